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
  'attach',
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
  'completion',
] as const;

export type CommandName = (typeof COMMANDS)[number];

/** The French names of the commands (program.ts gives them to commander as aliases). */
export const ALIASES: Readonly<Partial<Record<CommandName, string>>> = {
  new: 'nouvelle',
  resume: 'reprendre',
  list: 'liste',
  search: 'chercher',
  show: 'voir',
  attach: 'joindre',
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

/** Where the command's word is in `args`, as commander finds it: the program's options and
 * their values skipped; -1 for none, or for help asked before any command. */
function commandWordAt(args: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // After `--` commander reads no more options: the next word is the command.
    if (arg === '--') return i + 1 < args.length ? i + 1 : -1;
    // Help asked before any command is the program's help.
    if (arg === '-h' || arg === '--help') return -1;
    if (arg.startsWith('-')) {
      if (GLOBAL_WITH_VALUE.has(arg)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The command `args` (the arguments after the program's name) runs or shows the help of,
 * or null for the program's own help, an unknown word or no word at all. */
export function commandOf(args: readonly string[]): CommandName | null {
  const at = commandWordAt(args);
  if (at < 0) return null;
  // `help due` shows the help of due, from the bundle that declares it whole.
  if (args[at] === 'help' && args[at - 1] !== '--') return byWord.get(args[at + 1] ?? '') ?? null;
  return byWord.get(args[at]) ?? null;
}

/** The word `plainte help WORD` asks about when it names no command, else null. */
export function unknownHelpTopic(args: readonly string[]): string | null {
  const at = commandWordAt(args);
  const topic = at >= 0 && args[at] === 'help' ? args[at + 1] : undefined;
  return topic === undefined || topic === 'help' || topic.startsWith('-') || byWord.has(topic) ? null : topic;
}

/** `help config set` as `config set --help`: commander's own help command reads only the
 * word after it, and would show config's help. Other command lines are left as they are. */
export function helpAsOption(args: readonly string[]): readonly string[] {
  const at = commandWordAt(args);
  if (at < 0 || args[at] !== 'help' || !byWord.has(args[at + 1] ?? '')) return args;
  return [...args.slice(0, at), ...args.slice(at + 1), '--help'];
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
  readonly noPager: boolean;
}

export function readCommandLine(args: readonly string[]): CommandLine {
  let language: string | undefined;
  let repeated: string | null = null;
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    // `--lang` last has no value: commander says so, as of any option.
    if (language === undefined && arg === '--lang') language = args[i + 1];
    if (language === undefined && arg.startsWith('--lang=')) language = arg.slice('--lang='.length);
    if (!arg.startsWith('--')) continue;
    const name = arg.split('=', 1)[0];
    if (seen.has(name)) repeated ??= name;
    seen.add(name);
  }
  return {
    args,
    command: commandOf(args),
    language,
    repeated,
    noColor: args.includes('--no-color'),
    noPager: args.includes('--no-pager'),
  };
}
