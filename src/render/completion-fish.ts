import type { ArgumentKind, CommandModel, CompletionModel, OptionModel, ValueKind } from './completion.js';

// The completion script for fish, from the model of completion.ts: one `complete` line per
// command, option and argument, each with its help; the complaint numbers, with their
// customer, asked of `plainte completion fish --numbers`. Kept in
// ~/.config/fish/completions/plainte.fish, or sourced.

/** `text` in fish's single quotes. */
const quoted = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;

/** The condition that the line is at `command` (one of its names), past any subcommand. */
function at(command: CommandModel, parent?: CommandModel): string {
  if (!parent) return quoted(`__fish_seen_subcommand_from ${command.names.join(' ')}`);
  return quoted(
    `__fish_seen_subcommand_from ${parent.names.join(' ')}; and __fish_seen_subcommand_from ${command.names.join(' ')}`,
  );
}

function values(kind: ValueKind | ArgumentKind, command: string): string {
  if (kind === 'file') return '-F';
  if (kind === 'text' || kind === 'none') return '-x';
  if (kind === 'complaint') return `-x -a ${quoted(`(__plainte_numbers ${command})`)}`;
  return `-x -a ${quoted(kind.values.join(' '))}`;
}

function optionLine(option: OptionModel, condition: string | null, command: string): string {
  const names = option.names.map((name) => (name.startsWith('--') ? `-l ${name.slice(2)}` : `-s ${name.slice(1)}`));
  const takes = option.value === 'none' ? '' : ` ${option.value === 'file' ? '-r -F' : values(option.value, command)}`;
  const when = condition === null ? '' : ` -n ${condition}`;
  return `complete -c plainte${when} ${names.join(' ')}${takes} -d ${quoted(option.help)}`;
}

function commandLines(command: CommandModel, parent?: CommandModel): string[] {
  const condition = at(command, parent);
  const lines = command.options.map((option) => optionLine(option, condition, command.names[0]));
  // Each argument after the first is offered as the first is: fish does not count them.
  for (const kind of command.args.slice(0, 1))
    if (kind !== 'text') lines.push(`complete -c plainte -n ${condition} ${values(kind, command.names[0])}`);
  if (command.subcommands.length > 0) {
    const none = command.subcommands.flatMap((sub) => sub.names).join(' ');
    const before = quoted(
      `__fish_seen_subcommand_from ${command.names.join(' ')}; and not __fish_seen_subcommand_from ${none}`,
    );
    for (const sub of command.subcommands) {
      lines.push(`complete -c plainte -n ${before} -a ${sub.names[0]} -d ${quoted(sub.help)}`);
      lines.push(...commandLines(sub, command));
    }
  }
  return lines;
}

/** The script for fish. */
export function fishScript(model: CompletionModel): string {
  return [
    `# ${model.header}`,
    'function __plainte_db',
    '    set -l words (commandline -opc)',
    '    for i in (seq (count $words))',
    '        switch $words[$i]',
    '            case --db',
    '                set -q words[(math $i + 1)]; and printf "%s\\n" --db $words[(math $i + 1)]',
    "            case '--db=*'",
    '                printf "%s\\n" $words[$i]',
    '        end',
    '    end',
    'end',
    'function __plainte_numbers',
    '    command plainte (__plainte_db) completion fish --numbers $argv[1] 2>/dev/null',
    'end',
    // No file names where the program takes none.
    'complete -c plainte -f',
    ...model.options.map((option) => optionLine(option, null, '')),
    `complete -c plainte -s h -l help -d ${quoted(model.helpHelp)}`,
    `complete -c plainte -s V -l version -d ${quoted(model.versionHelp)}`,
    ...model.commands.flatMap((command) =>
      command.names.map((name) => `complete -c plainte -n __fish_use_subcommand -a ${name} -d ${quoted(command.help)}`),
    ),
    `complete -c plainte -n __fish_use_subcommand -a help -d ${quoted(model.helpCommandHelp)}`,
    `complete -c plainte -n ${quoted('__fish_seen_subcommand_from help')} -a ${quoted(
      model.commands.flatMap((command) => command.names).join(' '),
    )}`,
    ...model.commands.flatMap((command) => commandLines(command)),
    '',
  ].join('\n');
}
