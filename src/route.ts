// The command line, read once before the program is loaded (CommandLine): bin/plainte.js
// uses the command it runs to load only that command's bundle (dist/bundle/commands/<name>.cjs, see
// scripts/bundle.js), so that `plainte due` from cron reads neither the wizard nor the
// report. It finds the command the way commander does: the program's own options come
// first, and --db, --lang and --shop take a value.

export const COMMANDS = [
  'new',
  'resume',
  'list',
  'search',
  'show',
  'follow-up',
  'transfer',
  'close',
  'action',
  'reopen',
  'letter',
  'due',
  'report',
  'customer',
  'export',
  'import',
  'backup',
  'restore',
  'copy',
  'doctor',
  'forget',
  'purge',
  'config',
  'guide',
] as const;

export type CommandName = (typeof COMMANDS)[number];

/** The French names of the commands (program.ts gives them to commander as aliases). */
export const ALIASES: Readonly<Partial<Record<CommandName, string>>> = {
  new: 'nouvelle',
  resume: 'reprendre',
  list: 'liste',
  search: 'chercher',
  show: 'voir',
  'follow-up': 'suivi',
  transfer: 'transferer',
  close: 'classer',
  reopen: 'rouvrir',
  letter: 'lettre',
  due: 'rappels',
  report: 'rapport',
  customer: 'client',
  forget: 'oublier',
};

/** The program's options that take a value when given without `=`. */
const GLOBAL_WITH_VALUE = new Set(['--db', '--lang', '--shop']);

const byWord = new Map<string, CommandName>();
for (const name of COMMANDS) byWord.set(name, name);
for (const [name, alias] of Object.entries(ALIASES) as [CommandName, string][]) byWord.set(alias, name);

/** The command `args` (the arguments after the program's name) runs or shows the help of,
 * or null for the program's own help, an unknown word or no word at all. */
export function commandOf(args: readonly string[]): CommandName | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // After `--` commander reads no more options: the next word is the command.
    if (arg === '--') return byWord.get(args[i + 1] ?? '') ?? null;
    // Help asked before any command is the program's help.
    if (arg === '-h' || arg === '--help') return null;
    if (arg.startsWith('-')) {
      if (GLOBAL_WITH_VALUE.has(arg)) i++;
      continue;
    }
    // `help due` shows the help of due, from the bundle that declares it whole.
    if (arg === 'help') return byWord.get(args[i + 1] ?? '') ?? null;
    return byWord.get(arg) ?? null;
  }
  return null;
}

/** The command line as the launcher reads it once, before the program is loaded, and hands
 * it on: the program reads its language, colour and repeated options from it. */
export interface CommandLine {
  /** The arguments after the program's name. */
  readonly args: readonly string[];
  /** What commandOf finds. */
  readonly command: CommandName | null;
  /** The value of --lang, when given. */
  readonly language: string | undefined;
  /** An option given twice before `--`: almost always a typing mistake, which commander
   * would silently answer by keeping the last one. */
  readonly repeated: string | null;
  readonly noColor: boolean;
}

export function readCommandLine(args: readonly string[]): CommandLine {
  let language: string | undefined;
  let repeated: string | null = null;
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    if (language === undefined && arg === '--lang') language = args[i + 1] ?? '';
    if (language === undefined && arg.startsWith('--lang=')) language = arg.slice('--lang='.length);
    if (!arg.startsWith('--')) continue;
    const name = arg.split('=', 1)[0];
    if (seen.has(name)) repeated ??= name;
    seen.add(name);
  }
  return { args, command: commandOf(args), language, repeated, noColor: args.includes('--no-color') };
}
