import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { UserError } from './errors.js';
import { t, type MessageKey } from './i18n/index.js';
import { loadCommand } from './commands/load.js';
import { ALIASES, COMMANDS, type CommandName } from './route.js';

// Builds the command line. Each command's code is loaded only when that command runs, so
// `plainte due` from cron does not load the wizard, the report or the CSV writer.

function lazy(name: CommandName, entry = 'run') {
  return async (...params: unknown[]) => {
    const command = params.at(-1) as Command;
    const module = await loadCommand(name);
    await module[entry]!(command);
  };
}

/** A command of `parent`, with its French name as an alias (both listed in route.ts). */
function command(parent: Command, spec: string): Command {
  const added = parent.command(spec);
  const alias = ALIASES[spec.split(' ', 1)[0] as CommandName];
  return alias ? added.alias(alias) : added;
}

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.globalOptions',
};

// Written in by the bundle (scripts/bundle.js); tsc's dist/ reads package.json instead.
declare const PLAINTE_VERSION: string | undefined;

function version(): string {
  if (typeof PLAINTE_VERSION === 'string') return PLAINTE_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** An option given with an empty value (--customer "") says nothing: refuse it. */
function refuseEmptyOptions(_program: Command, action: Command): void {
  for (const option of action.options) {
    const value: unknown = action.getOptionValue(option.attributeName());
    if (typeof value === 'string' && value.trim() === '') throw new UserError('error.emptyOption', { option: option.long ?? option.flags });
  }
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
const writing = (command: Command) => command.option('--operator <name>', t('opt.operator')).option('--json', t('opt.json'));

/** How each command is declared, in the order help lists them (route.ts's COMMANDS). */
const REGISTER: Record<CommandName, (program: Command) => void> = {
  // At the counter
  new: (program) => wizardOptions(command(program, 'new').description(t('cmd.new'))).action(lazy('new')),
  resume: (program) => wizardOptions(command(program, 'resume <id>').description(t('cmd.resume'))).action(lazy('resume')),
  list: (program) =>
    command(program, 'list')
      .description(t('cmd.list'))
      .option('--status <status>', t('opt.status'))
      .option('--customer <text>', t('opt.customer'))
      .option('--category <category>', t('opt.category'))
      .option('--since <date>', t('opt.since'))
      .option('--until <date>', t('opt.until'))
      .option('--limit <n>', t('opt.limit'))
      .option('--json', t('opt.json'))
      .action(lazy('list')),
  show: (program) => command(program, 'show <id>').description(t('cmd.show')).option('--json', t('opt.json')).action(lazy('show')),

  // After the counter
  'follow-up': (program) =>
    writing(command(program, 'follow-up <id>').description(t('cmd.followUp')))
      .option('--channel <channel>', t('opt.followUp.channel'))
      .option('--note <text>', t('opt.followUp.note'))
      .option('--outcome <text>', t('opt.followUp.outcome'))
      .option('--callback <date>', t('opt.followUp.callback'))
      .option('--resolved', t('opt.followUp.resolved'))
      .option('--no-input', t('opt.noInput'))
      .action(lazy('follow-up')),
  transfer: (program) =>
    writing(command(program, 'transfer <id>').description(t('cmd.transfer')))
      .option('--to <name>', t('opt.transfer.to'))
      .option('--due <date>', t('opt.transfer.due'))
      .option('--note <text>', t('opt.transfer.note'))
      .action(lazy('transfer')),
  close: (program) =>
    writing(command(program, 'close <id>').description(t('cmd.close')))
      .option('--outcome <outcome>', t('opt.close.outcome'))
      .option('--satisfaction <1-5>', t('opt.close.satisfaction'))
      .option('--cause <text>', t('opt.close.cause'))
      .option('--lesson <text>', t('opt.close.lesson'))
      .option('--no-input', t('opt.noInput'))
      .action(lazy('close')),
  reopen: (program) =>
    writing(command(program, 'reopen <id>').description(t('cmd.reopen')))
      .option('--reason <text>', t('opt.reopen.reason'))
      .action(lazy('reopen')),

  // The owner and cron
  due: (program) =>
    command(program, 'due')
      .description(t('cmd.due'))
      .option('--within <days>', t('opt.due.within'))
      .option('--overdue', t('opt.due.overdue'))
      .option('--assignee <name>', t('opt.due.assignee'))
      .option('--exit-code', t('opt.due.exitCode'))
      .option('--json', t('opt.json'))
      .action(lazy('due')),
  report: (program) =>
    command(program, 'report')
      .description(t('cmd.report'))
      .option('--month', t('opt.report.month'))
      .option('--since <date>', t('opt.report.since'))
      .option('--until <date>', t('opt.report.until'))
      .option('--all', t('opt.report.all'))
      .option('--format <format>', t('opt.report.format'), 'text')
      .option('--json', t('opt.json'))
      .action(lazy('report')),
  customer: (program) => command(program, 'customer <query>').description(t('cmd.customer')).option('--json', t('opt.json')).action(lazy('customer')),

  // The books: data in and out, safety, personal data
  export: (program) =>
    command(program, 'export')
      .description(t('cmd.export'))
      .option('--format <format>', t('opt.export.format'))
      .option('-o, --output <file>', t('opt.export.output'))
      .option('--since <date>', t('opt.since'))
      .option('--until <date>', t('opt.until'))
      .option('--status <status>', t('opt.status'))
      .action(lazy('export')),
  import: (program) =>
    command(program, 'import <file>')
      .description(t('cmd.import'))
      .option('--dry-run', t('opt.import.dryRun'))
      .option('--operator <name>', t('opt.operator'))
      .action(lazy('import')),
  backup: (program) => command(program, 'backup [file]').description(t('cmd.backup')).option('--force', t('opt.backup.force')).action(lazy('backup')),
  restore: (program) =>
    command(program, 'restore <file>')
      .description(t('cmd.restore'))
      .option('-y, --yes', t('opt.erase.yes'))
      .option('--no-input', t('opt.noInput'))
      .action(lazy('restore')),
  doctor: (program) => command(program, 'doctor').description(t('cmd.doctor')).option('--json', t('opt.json')).action(lazy('doctor')),
  forget: (program) =>
    command(program, 'forget <customer>')
      .description(t('cmd.forget'))
      .option('-y, --yes', t('opt.erase.yes'))
      .option('--operator <name>', t('opt.operator'))
      .option('--no-input', t('opt.noInput'))
      .action(lazy('forget')),
  purge: (program) =>
    command(program, 'purge')
      .description(t('cmd.purge'))
      .option('--older-than <duration>', t('opt.purge.olderThan'))
      .option('--dry-run', t('opt.purge.dryRun'))
      .option('--delete', t('opt.purge.delete'))
      .option('-y, --yes', t('opt.erase.yes'))
      .option('--operator <name>', t('opt.operator'))
      .option('--no-input', t('opt.noInput'))
      .action(lazy('purge')),

  // Settings and the method
  config: (program) => {
    const config = command(program, 'config').description(t('cmd.config'));
    config.command('get <key>').description(t('cmd.configGet')).action(lazy('config', 'get'));
    config.command('set <key> <value>').description(t('cmd.configSet')).action(lazy('config', 'set'));
    config.command('list').description(t('cmd.configList')).option('--json', t('opt.json')).action(lazy('config', 'list'));
  },
  guide: (program) => command(program, 'guide').description(t('guide.cmd')).option('--phase <n>', t('guide.opt.phase')).action(lazy('guide')),
};

/** The command line: the program's options, and either every command or only `only`, the
 * one a run needs (bin/plainte.js knows it from route.ts; help lists them all). */
export function buildProgram(only: CommandName | null = null): Command {
  const program = new Command('plainte')
    .hook('preAction', refuseEmptyOptions)
    .description(t('app.description'))
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .configureHelp({ showGlobalOptions: true, styleTitle: (title) => (title in TITLES ? t(TITLES[title]!) : title) })
    .helpOption('-h, --help', t('help.helpOption'))
    .helpCommand('help [command]', t('help.helpCommand'))
    .version(version(), '-V, --version', t('help.version'))
    .option('--db <path>', t('opt.db'))
    .option('--lang <lang>', t('opt.lang'))
    .option('--no-color', t('opt.noColor'));
  for (const name of only === null ? COMMANDS : [only]) REGISTER[name](program);
  return program;
}
