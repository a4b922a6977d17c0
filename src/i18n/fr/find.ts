// French messages: finding a past case (search), keeping the evidence (attachments), learning
// from it (corrective actions, recurring problems, the customer's own rating).
export const find = {
  // ─── search ──────────────────────────────────────────────────────────────
  'cmd.search': 'retrouver une réclamation par ses mots : client, téléphone, produit, commande, notes…',
  'opt.search.limit': 'nombre maximum de réclamations trouvées (20 par défaut)',
  'opt.list.search': 'seulement les réclamations qui contiennent ces mots (comme plainte search)',
  'search.noWords':
    'que faut-il chercher ? « {text} » ne contient aucun mot à chercher. Exemple : plainte search cafetière Dupont.',
  'search.none': 'Aucune réclamation ne contient « {text} ».',
  'search.more': '{shown} trouvées, les plus proches d’abord ; --limit pour en voir davantage.',
};
