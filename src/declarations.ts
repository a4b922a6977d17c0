import { CHANNELS, DEFAULT_CATEGORIES, OUTCOMES, STATUSES } from './domain/types.js';
import { LANGS } from './i18n/index.js';
import { EXPORT_FORMATS, EXPORT_READERS, GUIDE_PARTS, REPORT_FORMATS, SATISFACTION_MARKS } from './options/choices.js';
import { option, type Declaration } from './options/declare.js';
import { WIZARD_OPTIONS } from './options/wizard.js';
import type { CommandName } from './route.js';
import { ENCODINGS } from './transfer/encoding.js';

// What each command takes: its arguments, options and description, and the function of
// src/commands/<name>.ts that runs it, loaded only when that command runs (so that `plainte
// due` from cron does not load the wizard, the report or the CSV writer). program.ts builds
// the command line from them; each handler's arguments and options are typed from them
// (src/options/declare.ts).

export type { WizardOptions } from './options/wizard.js';

/** The program's own options, taken before or after the command. */
export const PROGRAM_OPTIONS = [
  option('--db <path>', 'opt.db'),
  option('--shop <name>', 'opt.shop'),
  option('--lang <lang>', 'opt.lang', { values: LANGS }),
  option('--no-color', 'opt.noColor'),
  option('--no-pager', 'opt.noPager'),
] as const;

const json = option('--json', 'opt.json');
const noInput = option('--no-input', 'opt.noInput');
const operator = option('--operator <name>', 'opt.operator');
const yes = option('-y, --yes', 'opt.erase.yes');
/** The options of every command that writes: who did it, and a JSON answer. */
const WRITING = [operator, json] as const;

/** One command, checked as a Declaration with its literal types kept for its handler. */
const declare = <const D extends Declaration>(declaration: D): D => declaration;

const wizard = <Spec extends 'new' | 'resume <id>'>(spec: Spec) =>
  declare({
    spec,
    description: spec === 'new' ? 'cmd.new' : 'cmd.resume',
    options: WIZARD_OPTIONS,
    helpAfter: 'help.wizard.noInput',
    handler: 'run',
  });

/** How each command is declared, in the order help lists them (route.ts's COMMANDS). */
export const DECLARATIONS = {
  // At the counter
  new: wizard('new'),
  resume: wizard('resume <id>'),
  list: declare({
    spec: 'list',
    description: 'cmd.list',
    options: [
      option('--status <status>', 'opt.status', { values: STATUSES, labels: 'status', several: true }),
      option('--customer <text>', 'opt.customer'),
      // A filter: a category the logbook does not hold matches nothing.
      option('--category <category>', 'opt.category', { values: DEFAULT_CATEGORIES, suggested: true }),
      option('--since <date>', 'opt.since'),
      option('--until <date>', 'opt.until'),
      option('--search <words>', 'opt.list.search'),
      option('--limit <n>', 'opt.limit', { count: true }),
      json,
    ],
    handler: 'run',
  }),
  search: declare({
    spec: 'search <words...>',
    description: 'cmd.search',
    options: [option('--limit <n>', 'opt.search.limit', { count: true }), json],
    handler: 'run',
  }),
  show: declare({ spec: 'show <id>', description: 'cmd.show', options: [json], handler: 'run' }),
  attach: declare({
    spec: 'attach <id> [files...]',
    description: 'cmd.attach',
    options: [option('--get <n>', 'opt.attach.get'), option('-o, --output <file>', 'opt.attach.output'), ...WRITING],
    handler: 'run',
  }),

  // After the counter
  'follow-up': declare({
    spec: 'follow-up <id>',
    description: 'cmd.followUp',
    options: [
      ...WRITING,
      option('--channel <channel>', 'opt.followUp.channel', { values: CHANNELS, labels: 'channel' }),
      option('--note <text>', 'opt.followUp.note'),
      option('--outcome <text>', 'opt.followUp.outcome'),
      option('--rating <1-5>', 'opt.followUp.rating'),
      option('--callback <date>', 'opt.followUp.callback'),
      option('--resolved', 'opt.followUp.resolved'),
      noInput,
    ],
    handler: 'run',
  }),
  transfer: declare({
    spec: 'transfer <id>',
    description: 'cmd.transfer',
    options: [
      ...WRITING,
      option('--to <name>', 'opt.transfer.to'),
      option('--due <date>', 'opt.transfer.due'),
      option('--note <text>', 'opt.transfer.note'),
      noInput,
    ],
    handler: 'run',
  }),
  close: declare({
    spec: 'close <id>',
    description: 'cmd.close',
    options: [
      ...WRITING,
      option('--outcome <outcome>', 'opt.close.outcome', { values: OUTCOMES, labels: 'outcome' }),
      option('--satisfaction <1-5>', 'opt.satisfaction', {
        values: SATISFACTION_MARKS,
        refused: 'close.satisfaction',
      }),
      option('--cause <text>', 'opt.close.cause'),
      option('--lesson <text>', 'opt.close.lesson'),
      option('--action <text>', 'opt.close.action'),
      option('--action-owner <name>', 'opt.close.actionOwner'),
      option('--action-due <date>', 'opt.close.actionDue'),
      noInput,
    ],
    handler: 'run',
  }),
  action: declare({
    spec: 'action',
    description: 'cmd.action',
    options: [],
    handler: 'run',
    subcommands: [
      declare({
        spec: 'add <id>',
        description: 'cmd.actionAdd',
        options: [
          option('--what <text>', 'opt.action.what'),
          option('--owner <name>', 'opt.action.owner'),
          option('--due <date>', 'opt.action.due'),
          ...WRITING,
        ],
        handler: 'add',
      }),
      declare({
        spec: 'done <n>',
        description: 'cmd.actionDone',
        options: [option('--note <text>', 'opt.action.note'), ...WRITING],
        handler: 'done',
      }),
      declare({
        spec: 'list',
        description: 'cmd.actionList',
        options: [option('--open', 'opt.action.open'), option('--owner <name>', 'opt.action.listOwner'), json],
        handler: 'list',
      }),
    ],
  }),
  reopen: declare({
    spec: 'reopen <id>',
    description: 'cmd.reopen',
    options: [...WRITING, option('--reason <text>', 'opt.reopen.reason')],
    handler: 'run',
  }),

  letter: declare({
    spec: 'letter <id>',
    description: 'cmd.letter',
    options: [
      option('--type <type>', 'opt.letter.type'),
      option('--format <format>', 'opt.letter.format'),
      option('-o, --output <file>', 'opt.letter.output'),
      option('--send', 'opt.letter.send'),
      option('--address <text>', 'opt.letter.address'),
      option('--email <address>', 'opt.letter.email'),
      option('--decision <text>', 'opt.letter.decision'),
      operator,
    ],
    handler: 'run',
  }),

  // The owner and cron
  due: declare({
    spec: 'due',
    description: 'cmd.due',
    options: [
      option('--within <days>', 'opt.due.within', { count: true }),
      option('--overdue', 'opt.due.overdue'),
      option('--assignee <name>', 'opt.due.assignee'),
      option('--exit-code', 'opt.due.exitCode'),
      option('--clocks', 'opt.due.clocks'),
      json,
    ],
    handler: 'run',
  }),
  report: declare({
    spec: 'report',
    description: 'cmd.report',
    options: [
      option('--month', 'opt.report.month'),
      option('--since <date>', 'opt.report.since'),
      option('--until <date>', 'opt.report.until'),
      option('--all', 'opt.report.all'),
      option('--week <week>', 'opt.report.week'),
      option('--format <format>', 'opt.report.format', { default: 'text', values: REPORT_FORMATS }),
      json,
    ],
    handler: 'run',
  }),
  customer: declare({ spec: 'customer <query>', description: 'cmd.customer', options: [json], handler: 'run' }),

  // The books: data in and out, safety, personal data
  export: declare({
    spec: 'export',
    description: 'cmd.export',
    options: [
      option('--format <format>', 'opt.export.format', { values: EXPORT_FORMATS }),
      option('--for <reader>', 'opt.export.for', { values: EXPORT_READERS }),
      option('-o, --output <file>', 'opt.export.output'),
      option('--since <date>', 'opt.since'),
      option('--until <date>', 'opt.until'),
      option('--status <status>', 'opt.status', { values: STATUSES, labels: 'status', several: true }),
    ],
    handler: 'run',
  }),
  import: declare({
    spec: 'import <file>',
    description: 'cmd.import',
    options: [
      option('--dry-run', 'opt.import.dryRun'),
      option('--update', 'opt.import.update'),
      option('--encoding <encoding>', 'opt.import.encoding', { values: ENCODINGS, ownCheck: true }),
      operator,
    ],
    handler: 'run',
  }),
  backup: declare({
    spec: 'backup [file]',
    description: 'cmd.backup',
    options: [option('--force', 'opt.backup.force')],
    handler: 'run',
  }),
  restore: declare({ spec: 'restore <file>', description: 'cmd.restore', options: [yes, noInput], handler: 'run' }),
  copy: declare({
    spec: 'copy',
    description: 'cmd.copy',
    options: [option('--to <file-or-url>', 'opt.copy.to'), option('--from <file-or-url>', 'opt.copy.from')],
    handler: 'run',
  }),
  doctor: declare({ spec: 'doctor', description: 'cmd.doctor', options: [json], handler: 'run' }),
  forget: declare({
    spec: 'forget <customer>',
    description: 'cmd.forget',
    options: [yes, operator, noInput],
    handler: 'run',
  }),
  purge: declare({
    spec: 'purge',
    description: 'cmd.purge',
    options: [
      option('--older-than <duration>', 'opt.purge.olderThan'),
      option('--dry-run', 'opt.purge.dryRun'),
      option('--delete', 'opt.purge.delete'),
      yes,
      operator,
      noInput,
    ],
    handler: 'run',
  }),

  // Settings and the method
  config: declare({
    spec: 'config',
    description: 'cmd.config',
    options: [],
    handler: 'run',
    subcommands: [
      declare({ spec: 'get <key>', description: 'cmd.configGet', options: [], handler: 'get' }),
      declare({ spec: 'set <key> <value>', description: 'cmd.configSet', options: [], handler: 'set' }),
      declare({ spec: 'list', description: 'cmd.configList', options: [json], handler: 'list' }),
    ],
  }),
  guide: declare({
    spec: 'guide',
    description: 'guide.cmd',
    options: [option('--phase <n>', 'guide.opt.phase', { values: GUIDE_PARTS, ownCheck: true })],
    handler: 'run',
  }),

  // The shell
  completion: declare({
    spec: 'completion <shell>',
    description: 'cmd.completion',
    options: [option('--numbers <command>', 'opt.completion.numbers', { hidden: true })],
    helpAfter: 'help.completion',
    handler: 'run',
  }),
} as const satisfies Record<CommandName, Declaration>;

/** The declaration of `config <sub>`. */
export type ConfigDeclaration<Name extends 'get' | 'set' | 'list'> = Extract<
  (typeof DECLARATIONS.config.subcommands)[number],
  { handler: Name }
>;

/** The declaration of `action <sub>`. */
export type ActionDeclaration<Name extends 'add' | 'done' | 'list'> = Extract<
  (typeof DECLARATIONS.action.subcommands)[number],
  { handler: Name }
>;
