import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { EXIT, UserError } from './errors.js';
import { reportError } from './render/errors.js';
import { isLang, setLang, t, type MessageKey } from './i18n/index.js';
import { colorWanted, printMessage, setColor } from './render/output.js';
import { sanitize } from './render/sanitize.js';

// Builds the command line. Each command's code is imported only when that command runs,
// so `plainte due` from cron does not load the wizard, the report or the CSV writer.

type CommandName = 'list' | 'show' | 'config' | 'doctor' | 'guide' | 'backup' | 'restore' | 'forget' | 'purge' | 'export' | 'import' | 'follow-up' | 'transfer' | 'close' | 'reopen' | 'customer' | 'due' | 'report' | 'new' | 'resume';

function lazy(name: CommandName, entry = 'run') {
  return async (...params: unknown[]) => {
    const command = params.at(-1) as Command;
    // A path built at run time: the bundle (scripts/bundle.js) keeps each command in its own
    // file beside cli.js instead of inlining every command into it.
    const path = `./commands/${name}.js`;
    const module = (await import(path)) as Record<string, (command: Command) => Promise<void>>;
    await module[entry]!(command);
  };
}

/** --lang is needed before the program is built (help texts are translated). */
function languageFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return env.PLAINTE_LANG || 'fr';
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

/** An option given twice is almost always a typing mistake; commander would silently keep
 * the last one. */
function repeatedOption(argv: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const arg of argv.slice(2)) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const name = arg.split('=', 1)[0]!;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
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

export function buildProgram(): Command {
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

  // At the counter
  wizardOptions(program.command('new').alias('nouvelle').description(t('cmd.new'))).action(lazy('new'));
  wizardOptions(program.command('resume <id>').alias('reprendre').description(t('cmd.resume'))).action(lazy('resume'));
  program
    .command('list')
    .alias('liste')
    .description(t('cmd.list'))
    .option('--status <status>', t('opt.status'))
    .option('--customer <text>', t('opt.customer'))
    .option('--category <category>', t('opt.category'))
    .option('--since <date>', t('opt.since'))
    .option('--until <date>', t('opt.until'))
    .option('--limit <n>', t('opt.limit'))
    .option('--json', t('opt.json'))
    .action(lazy('list'));

  program.command('show <id>').alias('voir').description(t('cmd.show')).option('--json', t('opt.json')).action(lazy('show'));

  // After the counter
  const writing = (command: Command) => command.option('--operator <name>', t('opt.operator')).option('--json', t('opt.json'));
  writing(program.command('follow-up <id>').alias('suivi').description(t('cmd.followUp')))
    .option('--channel <channel>', t('opt.followUp.channel'))
    .option('--note <text>', t('opt.followUp.note'))
    .option('--outcome <text>', t('opt.followUp.outcome'))
    .option('--callback <date>', t('opt.followUp.callback'))
    .option('--resolved', t('opt.followUp.resolved'))
    .option('--no-input', t('opt.noInput'))
    .action(lazy('follow-up'));
  writing(program.command('transfer <id>').alias('transferer').description(t('cmd.transfer')))
    .option('--to <name>', t('opt.transfer.to'))
    .option('--due <date>', t('opt.transfer.due'))
    .option('--note <text>', t('opt.transfer.note'))
    .action(lazy('transfer'));
  writing(program.command('close <id>').alias('classer').description(t('cmd.close')))
    .option('--outcome <outcome>', t('opt.close.outcome'))
    .option('--satisfaction <1-5>', t('opt.close.satisfaction'))
    .option('--cause <text>', t('opt.close.cause'))
    .option('--lesson <text>', t('opt.close.lesson'))
    .option('--no-input', t('opt.noInput'))
    .action(lazy('close'));
  writing(program.command('reopen <id>').alias('rouvrir').description(t('cmd.reopen')))
    .option('--reason <text>', t('opt.reopen.reason'))
    .action(lazy('reopen'));

  // The owner and cron
  program
    .command('due')
    .alias('rappels')
    .description(t('cmd.due'))
    .option('--within <days>', t('opt.due.within'))
    .option('--overdue', t('opt.due.overdue'))
    .option('--assignee <name>', t('opt.due.assignee'))
    .option('--exit-code', t('opt.due.exitCode'))
    .option('--json', t('opt.json'))
    .action(lazy('due'));

  program
    .command('report')
    .alias('rapport')
    .description(t('cmd.report'))
    .option('--month', t('opt.report.month'))
    .option('--since <date>', t('opt.report.since'))
    .option('--until <date>', t('opt.report.until'))
    .option('--all', t('opt.report.all'))
    .option('--format <format>', t('opt.report.format'), 'text')
    .option('--json', t('opt.json'))
    .action(lazy('report'));
  program.command('customer <query>').alias('client').description(t('cmd.customer')).option('--json', t('opt.json')).action(lazy('customer'));

  // The books: data in and out, safety, personal data
  program
    .command('export')
    .description(t('cmd.export'))
    .option('--format <format>', t('opt.export.format'))
    .option('-o, --output <file>', t('opt.export.output'))
    .option('--since <date>', t('opt.since'))
    .option('--until <date>', t('opt.until'))
    .option('--status <status>', t('opt.status'))
    .action(lazy('export'));
  program
    .command('import <file>')
    .description(t('cmd.import'))
    .option('--dry-run', t('opt.import.dryRun'))
    .option('--operator <name>', t('opt.operator'))
    .action(lazy('import'));

  program.command('backup [file]').description(t('cmd.backup')).option('--force', t('opt.backup.force')).action(lazy('backup'));
  program
    .command('restore <file>')
    .description(t('cmd.restore'))
    .option('-y, --yes', t('opt.erase.yes'))
    .option('--no-input', t('opt.noInput'))
    .action(lazy('restore'));
  program.command('doctor').description(t('cmd.doctor')).option('--json', t('opt.json')).action(lazy('doctor'));
  program
    .command('forget <customer>')
    .alias('oublier')
    .description(t('cmd.forget'))
    .option('-y, --yes', t('opt.erase.yes'))
    .option('--operator <name>', t('opt.operator'))
    .option('--no-input', t('opt.noInput'))
    .action(lazy('forget'));
  program
    .command('purge')
    .description(t('cmd.purge'))
    .option('--older-than <duration>', t('opt.purge.olderThan'))
    .option('--dry-run', t('opt.purge.dryRun'))
    .option('--delete', t('opt.purge.delete'))
    .option('-y, --yes', t('opt.erase.yes'))
    .option('--operator <name>', t('opt.operator'))
    .option('--no-input', t('opt.noInput'))
    .action(lazy('purge'));

  // Settings and the method
  const config = program.command('config').description(t('cmd.config'));
  config.command('get <key>').description(t('cmd.configGet')).action(lazy('config', 'get'));
  config.command('set <key> <value>').description(t('cmd.configSet')).action(lazy('config', 'set'));
  config.command('list').description(t('cmd.configList')).option('--json', t('opt.json')).action(lazy('config', 'list'));

  program.command('guide').description(t('guide.cmd')).option('--phase <n>', t('guide.opt.phase')).action(lazy('guide'));

  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  // A closed pipe (plainte list | head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const language = languageFrom(argv, process.env);
  if (!isLang(language)) {
    printMessage(`${t('error.prefix')} ${t('error.lang', { value: sanitize(language) })}`);
    process.exitCode = EXIT.usage;
    return;
  }
  setLang(language);
  setColor(colorWanted(!argv.includes('--no-color'), process.env, process.stdout.isTTY));
  const repeated = repeatedOption(argv);
  if (repeated) {
    printMessage(`${t('error.prefix')} ${t('usage.repeatedOption', { name: sanitize(repeated) })} ${t('error.usage.hint')}`);
    process.exitCode = EXIT.usage;
    return;
  }
  try {
    await buildProgram().parseAsync(argv as string[]);
  } catch (error) {
    process.exitCode = reportError(error);
  }
}
