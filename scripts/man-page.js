// Writes the manual pages, `man plainte` in French and `man plainte-en` in English
// (dist/man/, listed in package.json's `man`, which npm links into its man folder on a
// global install). Made from the program the help is made from, command by command, with
// the same descriptions, placeholders and notes, then the environment, files, exit codes
// and examples, from the message catalogs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DECLARATIONS } from '../dist/declarations.js';
import { setLang, t } from '../dist/i18n/index.js';
import { buildProgram } from '../dist/program.js';
import { COMMANDS } from '../dist/route.js';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const folder = new URL('dist/man/', root).pathname;

/** Text as roff prints it: backslashes and hyphens escaped, no line taken for a request,
 * and every character beyond ASCII named (\[u00E9]), so that any roff reads it. */
const roff = (text) =>
  text
    .replaceAll('\\', '\\e')
    .replaceAll('-', '\\-')
    .replace(
      /[\u0080-\u{10ffff}]/gu,
      (char) => `\\[u${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
    )
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');

const bold = (text) => `\\fB${roff(text)}\\fR`;

/** The variables libpq reads, which the PostgreSQL store reads the same way. */
const PG_VARIABLES = [
  'PGHOST',
  'PGPORT',
  'PGDATABASE',
  'PGUSER',
  'PGPASSWORD',
  'PGPASSFILE',
  'PGSSLMODE',
  'PGSSLROOTCERT',
  'PGSSLCERT',
  'PGSSLKEY',
  'PGAPPNAME',
  'PGCONNECT_TIMEOUT',
];

/** The environment, in the order a reader looks for them; LC_ALL and its kin share a line. */
const ENVIRONMENT = [
  ['PLAINTE_DB', 'env.PLAINTE_DB'],
  ['PLAINTE_SHOP', 'env.PLAINTE_SHOP'],
  [PG_VARIABLES.join(', '), 'env.pg'],
  ['PLAINTE_LANG', 'env.PLAINTE_LANG'],
  ['LC_ALL, LC_MESSAGES, LANG', 'env.locale'],
  ['PLAINTE_PAGER', 'env.PLAINTE_PAGER'],
  ['PAGER', 'env.PAGER'],
  ['LESS', 'env.LESS'],
  ['NO_COLOR', 'env.NO_COLOR'],
  ['FORCE_COLOR', 'env.FORCE_COLOR'],
  ['TERM', 'env.TERM'],
  ['TZ', 'env.TZ'],
  ['PLAINTE_NOW', 'env.PLAINTE_NOW'],
  ['PLAINTE_DEBUG', 'env.PLAINTE_DEBUG'],
  ['XDG_DATA_HOME', 'env.XDG_DATA_HOME'],
  ['XDG_CONFIG_HOME', 'env.XDG_CONFIG_HOME'],
  ['XDG_CACHE_HOME', 'env.XDG_CACHE_HOME'],
  ['HOME', 'env.HOME'],
  ['USER, LOGNAME', 'env.user'],
  ['PATH', 'env.PATH'],
];

const EXAMPLES = [
  ['plainte new', 'man.example.new'],
  ['0 8 * * * plainte due --exit-code', 'man.example.due'],
  ['plainte report --week -1 --format md', 'man.example.report'],
  ['source <(plainte completion bash)', 'man.example.completion'],
];

/** A command's section: its usage, description, options and note, as its --help gives them. */
function commandSection(command, declaration) {
  const help = command.createHelp();
  const lines = ['.TP', bold(help.commandUsage(command)), roff(help.commandDescription(command))];
  const options = help.visibleOptions(command).filter((option) => option.long !== '--help');
  if (options.length > 0) {
    lines.push('.RS');
    for (const option of options)
      lines.push('.TP', bold(help.optionTerm(option)), roff(help.optionDescription(option)));
    lines.push('.RE');
  }
  if (declaration.helpAfter) lines.push('.IP', '.nf', roff(t(declaration.helpAfter)), '.fi');
  for (const sub of command.commands) {
    const subDeclaration = declaration.subcommands.find((each) => each.spec.split(' ')[0] === sub.name());
    lines.push('.RS', ...commandSection(sub, subDeclaration), '.RE');
  }
  return lines;
}

function page(language) {
  setLang(language);
  const program = buildProgram(null, { complete: true });
  const help = program.createHelp();
  const section = (key) => `.SH "${roff(t(key))}"`;
  const globalOptions = help
    .visibleOptions(program)
    .flatMap((option) => ['.TP', bold(help.optionTerm(option)), roff(help.optionDescription(option))]);
  return [
    `.TH PLAINTE 1 "" "plainte ${version}" "${roff(t('man.manual'))}"`,
    // Left-aligned and unhyphenated: paths and options stay whole.
    '.ad l',
    '.nh',
    section('man.section.name'),
    `plainte \\- ${roff(t('app.description'))}`,
    section('man.section.synopsis'),
    bold(help.commandUsage(program)),
    section('man.section.description'),
    roff(t('man.intro')),
    '.PP',
    roff(t('man.intro.results')),
    section('man.section.commands'),
    ...COMMANDS.flatMap((name) =>
      commandSection(
        program.commands.find((command) => command.name() === name),
        DECLARATIONS[name],
      ),
    ),
    section('man.section.globalOptions'),
    ...globalOptions,
    section('man.section.environment'),
    ...ENVIRONMENT.flatMap(([names, key]) => ['.TP', bold(names), roff(t(key))]),
    section('man.section.files'),
    '.TP',
    bold('~/.local/share/plainte/plainte.db'),
    roff(t('man.file.logbook')),
    '.TP',
    bold('~/.cache/plainte/'),
    roff(t('man.file.cache')),
    section('man.section.exit'),
    ...['0', '1', '2', '3', '130'].flatMap((code) => ['.TP', bold(code), roff(t(`man.exit.${code}`))]),
    section('man.section.examples'),
    ...EXAMPLES.flatMap(([example, key]) => ['.TP', bold(example), roff(t(key))]),
    section('man.section.seeAlso'),
    roff(t('man.seeAlso.text')),
    '',
  ].join('\n');
}

mkdirSync(folder, { recursive: true });
writeFileSync(`${folder}plainte.1`, page('fr'));
writeFileSync(`${folder}plainte-en.1`, page('en'));
setLang('fr');
