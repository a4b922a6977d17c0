// French messages: a complaint picked up again (its card, the questions of follow-up, close
// and transfer), the shop's own categories, and the file problems said in words.
export const pickup = {
  // ─── the shop's own categories ──────────────────────────────────────────
  'config.reason.categoryBuiltIn': '« {value} » est déjà une catégorie du programme : inutile de l’ajouter.',

  // ─── counts, with their plural ─────────────────────────────────────────
  'count.customers.one': '{count} client',
  'count.customers.other': '{count} clients',
  'count.events.one': '{count} événement',
  'count.events.other': '{count} événements',
  'count.columns.one': '{count} colonne',
  'count.columns.other': '{count} colonnes',
  'count.closedComplaints.one': '{count} réclamation classée',
  'count.closedComplaints.other': '{count} réclamations classées',
  'import.count.added.one': '{count} réclamation ajoutée',
  'import.count.added.other': '{count} réclamations ajoutées',
  'import.count.wouldAdd.one': '{count} réclamation serait ajoutée',
  'import.count.wouldAdd.other': '{count} réclamations seraient ajoutées',
  'import.count.skipped.one': '{count} déjà présente',
  'import.count.skipped.other': '{count} déjà présentes',
  'import.count.customersAdded.one': '{count} client ajouté',
  'import.count.customersAdded.other': '{count} clients ajoutés',
  'import.count.customersWouldAdd.one': '{count} client serait ajouté',
  'import.count.customersWouldAdd.other': '{count} clients seraient ajoutés',
  'import.count.customersMatched.one': '{count} retrouvé',
  'import.count.customersMatched.other': '{count} retrouvés',
  'purge.count.anonymised.one': '{count} réclamation anonymisée',
  'purge.count.anonymised.other': '{count} réclamations anonymisées',
  'purge.count.deleted.one': '{count} réclamation supprimée',
  'purge.count.deleted.other': '{count} réclamations supprimées',
  'purge.count.erased.one': '{count} client effacé',
  'purge.count.erased.other': '{count} clients effacés',
  'purge.count.customersDeleted.one': '{count} client supprimé',
  'purge.count.customersDeleted.other': '{count} clients supprimés',
};
