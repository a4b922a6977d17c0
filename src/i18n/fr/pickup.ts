// French messages: a complaint picked up again (its card, the questions of follow-up, close
// and transfer), the shop's own categories, and the file problems said in words.
export const pickup = {
  // ─── the shop's own categories ──────────────────────────────────────────
  'config.reason.categoryBuiltIn': '« {value} » est déjà une catégorie du programme : inutile de l’ajouter.',
};
