import { CHANNELS, DEFAULT_CATEGORIES, MOODS, REQUESTS, SOLUTION_TYPES } from '../domain/types.js';
import { SATISFACTION_MARKS } from './choices.js';
import { option, type OptionsOf } from './declare.js';

// The options of `new` and `resume` (src/declarations.ts declares the commands).

/** Every answer of the wizard as an option, so that scripts need no terminal. */
export const WIZARD_OPTIONS = [
  option('--operator <name>', 'opt.operator'),
  option('--channel <channel>', 'opt.w.channel', { values: CHANNELS, labels: 'channel' }),
  option('--mood <mood>', 'opt.w.mood', { values: MOODS, labels: 'mood' }),
  option('--description <text>', 'opt.w.description'),
  option('--customer <name>', 'opt.w.customer'),
  option('--customer-id <n>', 'opt.w.customerId'),
  option('--phone <number>', 'opt.w.phone'),
  option('--email <address>', 'opt.w.email'),
  option('--company <name>', 'opt.w.company'),
  option('--order <ref>', 'opt.w.order'),
  option('--purchase-date <date>', 'opt.w.purchaseDate'),
  option('--product <text>', 'opt.w.product'),
  // The shop's own categories (the `categories` setting) are taken too.
  option('--category <category>', 'opt.w.category', { values: DEFAULT_CATEGORIES, suggested: true }),
  option('--request <request>', 'opt.w.request', { values: REQUESTS, labels: 'request' }),
  option('--business', 'opt.w.business'),
  option('--second-hand', 'opt.w.secondHand'),
  option('--written <date>', 'opt.w.written'),
  option('--apologised', 'opt.w.apologised'),
  option('--apology-note <text>', 'opt.w.apologyNote'),
  option('--solution <text>', 'opt.w.solution'),
  option('--solution-type <type>', 'opt.w.solutionType', { values: SOLUTION_TYPES, labels: 'solution' }),
  option('--assignee <name>', 'opt.w.assignee'),
  option('--cost <euros>', 'opt.w.cost'),
  option('--callback <date-time>', 'opt.w.callback'),
  option('--resolved', 'opt.w.resolved'),
  option('--satisfaction <1-5>', 'opt.satisfaction', {
    values: SATISFACTION_MARKS,
    refused: 'wizard.option.satisfaction',
  }),
  option('--note <text>', 'opt.w.note'),
  option('--letter <type>', 'opt.w.letter'),
  option('--address <text>', 'opt.w.address'),
  option('--no-input', 'opt.noInput'),
  option('--json', 'opt.w.json'),
] as const;

/** The wizard's options as `new` and `resume` receive them. */
export type WizardOptions = OptionsOf<typeof WIZARD_OPTIONS>;
