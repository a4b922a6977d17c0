import type { Command } from 'commander';
import { t, type MessageKey } from './i18n/index.js';
import { loadCommand } from './commands/load.js';
import type { CommandName } from './route.js';

// What each command takes: its arguments, options and description, and the code it runs,
// loaded only when that command runs, so that `plainte due` from cron does not load the
// wizard, the report or the CSV writer. program.ts builds the command line from them.

function lazy(name: CommandName, entry = 'run') {
  return async (...params: unknown[]) => {
    const command = params.at(-1) as Command;
    const module = await loadCommand(name);
    await module[entry](command);
  };
}

/** Every answer of the wizard as an option, so that scripts need no terminal (issue 3). */
function wizardOptions(command: Command): Command {
  return command
    .option('--operator <name>', t('opt.operator'))
    .option('--channel <channel>', t('opt.w.channel'))
    .option('--mood <mood>', t('opt.w.mood'))
    .option('--description <text>', t('opt.w.description'))
    .option('--customer <name>', t('opt.w.customer'))
    .option('--phone <number>', t('opt.w.phone'))
    .option('--email <address>', t('opt.w.email'))
    .option('--company <name>', t('opt.w.company'))
    .option('--order <ref>', t('opt.w.order'))
    .option('--purchase-date <date>', t('opt.w.purchaseDate'))
    .option('--product <text>', t('opt.w.product'))
    .option('--category <category>', t('opt.w.category'))
    .option('--request <request>', t('opt.w.request'))
    .option('--business', t('opt.w.business'))
    .option('--second-hand', t('opt.w.secondHand'))
    .option('--written <date>', t('opt.w.written'))
    .option('--apologised', t('opt.w.apologised'))
    .option('--apology-note <text>', t('opt.w.apologyNote'))
    .option('--solution <text>', t('opt.w.solution'))
    .option('--solution-type <type>', t('opt.w.solutionType'))
    .option('--assignee <name>', t('opt.w.assignee'))
    .option('--cost <euros>', t('opt.w.cost'))
    .option('--callback <date-time>', t('opt.w.callback'))
    .option('--resolved', t('opt.w.resolved'))
    .option('--satisfaction <1-5>', t('opt.w.satisfaction'))
    .option('--note <text>', t('opt.w.note'))
    .option('--no-input', t('opt.noInput'))
    .option('--json', t('opt.w.json'))
    .addHelpText('after', `\n${t('help.wizard.noInput')}`);
}

/** The options of every command that writes: who did it, and a JSON answer. */
const writing = (command: Command) =>
  command.option('--operator <name>', t('opt.operator')).option('--json', t('opt.json'));

export interface Declaration {
  /** The name and arguments, as commander takes them. */
  spec: string;
  description: MessageKey;
  /** Whether `define` adds options: `plainte --help` says so without defining them. */
  hasOptions: boolean;
  /** The command's options, and its action or subcommands. */
  define: (command: Command) => void;
}

/** How each command is declared, in the order help lists them (route.ts's COMMANDS). */
export const DECLARATIONS: Record<CommandName, Declaration> = {
  // At the counter
  new: {
    spec: 'new',
    description: 'cmd.new',
    hasOptions: true,
    define: (command) => wizardOptions(command).action(lazy('new')),
  },
  resume: {
    spec: 'resume <id>',
    description: 'cmd.resume',
    hasOptions: true,
    define: (command) => wizardOptions(command).action(lazy('resume')),
  },
  list: {
    spec: 'list',
    description: 'cmd.list',
    hasOptions: true,
    define: (command) =>
      command
        .option('--status <status>', t('opt.status'))
        .option('--customer <text>', t('opt.customer'))
        .option('--category <category>', t('opt.category'))
        .option('--since <date>', t('opt.since'))
        .option('--until <date>', t('opt.until'))
        .option('--limit <n>', t('opt.limit'))
        .option('--json', t('opt.json'))
        .action(lazy('list')),
  },
  show: {
    spec: 'show <id>',
    description: 'cmd.show',
    hasOptions: true,
    define: (command) => command.option('--json', t('opt.json')).action(lazy('show')),
  },

  // After the counter
  'follow-up': {
    spec: 'follow-up <id>',
    description: 'cmd.followUp',
    hasOptions: true,
    define: (command) =>
      writing(command)
        .option('--channel <channel>', t('opt.followUp.channel'))
        .option('--note <text>', t('opt.followUp.note'))
        .option('--outcome <text>', t('opt.followUp.outcome'))
        .option('--callback <date>', t('opt.followUp.callback'))
        .option('--resolved', t('opt.followUp.resolved'))
        .option('--no-input', t('opt.noInput'))
        .action(lazy('follow-up')),
  },
  transfer: {
    spec: 'transfer <id>',
    description: 'cmd.transfer',
    hasOptions: true,
    define: (command) =>
      writing(command)
        .option('--to <name>', t('opt.transfer.to'))
        .option('--due <date>', t('opt.transfer.due'))
        .option('--note <text>', t('opt.transfer.note'))
        .action(lazy('transfer')),
  },
  close: {
    spec: 'close <id>',
    description: 'cmd.close',
    hasOptions: true,
    define: (command) =>
      writing(command)
        .option('--outcome <outcome>', t('opt.close.outcome'))
        .option('--satisfaction <1-5>', t('opt.close.satisfaction'))
        .option('--cause <text>', t('opt.close.cause'))
        .option('--lesson <text>', t('opt.close.lesson'))
        .option('--no-input', t('opt.noInput'))
        .action(lazy('close')),
  },
  reopen: {
    spec: 'reopen <id>',
    description: 'cmd.reopen',
    hasOptions: true,
    define: (command) => writing(command).option('--reason <text>', t('opt.reopen.reason')).action(lazy('reopen')),
  },

  // The owner and cron
  due: {
    spec: 'due',
    description: 'cmd.due',
    hasOptions: true,
    define: (command) =>
      command
        .option('--within <days>', t('opt.due.within'))
        .option('--overdue', t('opt.due.overdue'))
        .option('--assignee <name>', t('opt.due.assignee'))
        .option('--exit-code', t('opt.due.exitCode'))
        .option('--json', t('opt.json'))
        .action(lazy('due')),
  },
  report: {
    spec: 'report',
    description: 'cmd.report',
    hasOptions: true,
    define: (command) =>
      command
        .option('--month', t('opt.report.month'))
        .option('--since <date>', t('opt.report.since'))
        .option('--until <date>', t('opt.report.until'))
        .option('--all', t('opt.report.all'))
        .option('--week <week>', t('opt.report.week'))
        .option('--format <format>', t('opt.report.format'), 'text')
        .option('--json', t('opt.json'))
        .action(lazy('report')),
  },
  customer: {
    spec: 'customer <query>',
    description: 'cmd.customer',
    hasOptions: true,
    define: (command) => command.option('--json', t('opt.json')).action(lazy('customer')),
  },

  // The books: data in and out, safety, personal data
  export: {
    spec: 'export',
    description: 'cmd.export',
    hasOptions: true,
    define: (command) =>
      command
        .option('--format <format>', t('opt.export.format'))
        .option('--for <reader>', t('opt.export.for'))
        .option('-o, --output <file>', t('opt.export.output'))
        .option('--since <date>', t('opt.since'))
        .option('--until <date>', t('opt.until'))
        .option('--status <status>', t('opt.status'))
        .action(lazy('export')),
  },
  import: {
    spec: 'import <file>',
    description: 'cmd.import',
    hasOptions: true,
    define: (command) =>
      command
        .option('--dry-run', t('opt.import.dryRun'))
        .option('--update', t('opt.import.update'))
        .option('--encoding <encoding>', t('opt.import.encoding'))
        .option('--operator <name>', t('opt.operator'))
        .action(lazy('import')),
  },
  backup: {
    spec: 'backup [file]',
    description: 'cmd.backup',
    hasOptions: true,
    define: (command) => command.option('--force', t('opt.backup.force')).action(lazy('backup')),
  },
  restore: {
    spec: 'restore <file>',
    description: 'cmd.restore',
    hasOptions: true,
    define: (command) =>
      command.option('-y, --yes', t('opt.erase.yes')).option('--no-input', t('opt.noInput')).action(lazy('restore')),
  },
  doctor: {
    spec: 'doctor',
    description: 'cmd.doctor',
    hasOptions: true,
    define: (command) => command.option('--json', t('opt.json')).action(lazy('doctor')),
  },
  forget: {
    spec: 'forget <customer>',
    description: 'cmd.forget',
    hasOptions: true,
    define: (command) =>
      command
        .option('-y, --yes', t('opt.erase.yes'))
        .option('--operator <name>', t('opt.operator'))
        .option('--no-input', t('opt.noInput'))
        .action(lazy('forget')),
  },
  purge: {
    spec: 'purge',
    description: 'cmd.purge',
    hasOptions: true,
    define: (command) =>
      command
        .option('--older-than <duration>', t('opt.purge.olderThan'))
        .option('--dry-run', t('opt.purge.dryRun'))
        .option('--delete', t('opt.purge.delete'))
        .option('-y, --yes', t('opt.erase.yes'))
        .option('--operator <name>', t('opt.operator'))
        .option('--no-input', t('opt.noInput'))
        .action(lazy('purge')),
  },

  // Settings and the method
  config: {
    spec: 'config',
    description: 'cmd.config',
    hasOptions: false,
    define: (config) => {
      config.command('get <key>').description(t('cmd.configGet')).action(lazy('config', 'get'));
      config.command('set <key> <value>').description(t('cmd.configSet')).action(lazy('config', 'set'));
      config
        .command('list')
        .description(t('cmd.configList'))
        .option('--json', t('opt.json'))
        .action(lazy('config', 'list'));
    },
  },
  guide: {
    spec: 'guide',
    description: 'guide.cmd',
    hasOptions: true,
    define: (command) => command.option('--phase <n>', t('guide.opt.phase')).action(lazy('guide')),
  },
};
