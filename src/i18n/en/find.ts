import type { find as fr } from '../fr/find.js';

// English messages: search, attachments, corrective actions, recurring problems, the
// customer's own rating. Same keys as the French file (checked by the type).
export const find: Record<keyof typeof fr, string> = {
  // ─── search ──────────────────────────────────────────────────────────────
  'cmd.search': 'find a complaint by its words: customer, phone, product, order, notes…',
  'opt.search.limit': 'maximum number of complaints found (default 20)',
  'opt.list.search': 'only the complaints holding these words (as plainte search)',
  'search.noWords':
    'what should be searched for? “{text}” holds no word to search. Example: plainte search kettle Smith.',
  'search.none': 'No complaint holds “{text}”.',
  'search.more': '{shown} found, closest first; --limit to see more.',
};
