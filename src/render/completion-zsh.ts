import type { ArgumentKind, CommandModel, CompletionModel, OptionModel, ValueKind } from './completion.js';

// The completion script for zsh, from the model of completion.ts: one `_arguments` per
// command, with each option's help and values, and the complaint numbers with their
// customer, asked of `plainte completion zsh --numbers`. Kept as `_plainte` in a folder of
// $fpath, or sourced (then it registers itself with compdef).

/** `text` in single quotes. */
const quoted = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/** `text` inside the brackets of an `_arguments` specification. */
const inBrackets = (text: string) => text.replace(/[\\[\]]/g, '\\$&');

/** A word of a `_describe` list: its colon is the one between name and description. */
const described = (name: string, help: string) => quoted(`${name.replaceAll(':', '\\:')}:${help}`);

function action(kind: ValueKind | ArgumentKind, command: string): string {
  if (kind === 'file') return '_files';
  if (kind === 'text' || kind === 'none') return ' ';
  if (kind === 'complaint') return `{_plainte_numbers ${command}}`;
  return `(${kind.values.join(' ')})`;
}

function optionSpecs(option: OptionModel, command: string): string[] {
  const exclusive = option.names.length > 1 ? `(${option.names.join(' ')})` : '';
  return option.names.map((name) => {
    const help = `[${inBrackets(option.help)}]`;
    if (option.value === 'none') return quoted(`${exclusive}${name}${help}`);
    const joined = name.startsWith('--') ? '=' : '+';
    return quoted(`${exclusive}${name}${joined}${help}:${option.label}:${action(option.value, command)}`);
  });
}

function argumentSpecs(command: CommandModel, labels: readonly string[]): string[] {
  return command.args.map((kind, index) => quoted(`${index + 1}:${labels[index]}:${action(kind, command.names[0])}`));
}

/** The `_arguments` call of one command, its options and the program's. */
function commandArguments(command: CommandModel, model: CompletionModel, indent: string): string {
  const specs = [
    ...command.options.flatMap((option) => optionSpecs(option, command.names[0])),
    ...model.options.flatMap((option) => optionSpecs(option, command.names[0])),
    ...argumentSpecs(command, command.argLabels),
  ];
  return `${indent}_arguments -s ${specs.join(` \\\n${indent}  `)} && ret=0 ;;`;
}

function describeList(variable: string, commands: readonly CommandModel[], extra: string[] = []): string {
  const words = commands.flatMap((command) => command.names.map((name) => described(name, command.help)));
  return `local -a ${variable}; ${variable}=(${[...words, ...extra].join(' ')})`;
}

function commandBranch(command: CommandModel, model: CompletionModel): string[] {
  const pattern = `      ${command.names.join('|')})`;
  if (command.subcommands.length === 0) return [pattern, commandArguments(command, model, '        ')];
  return [
    pattern,
    `        _arguments -C ${model.options.flatMap((option) => optionSpecs(option, '')).join(' ')} ` +
      `'1: :->sub' '*:: :->subargument' && ret=0`,
    '        case $state in',
    `          sub) ${describeList('subs', command.subcommands)}`,
    `            _describe -t commands ${quoted(model.commandLabel)} subs && ret=0 ;;`,
    '          subargument)',
    '            case $words[1] in',
    ...command.subcommands.flatMap((sub) => [
      `              ${sub.names.join('|')})`,
      commandArguments(sub, model, '                '),
    ]),
    '            esac ;;',
    '        esac ;;',
  ];
}

/** The script for zsh. */
export function zshScript(model: CompletionModel): string {
  const help = [`'(- *)'{-h,--help}'[${inBrackets(model.helpHelp)}]'`];
  return [
    '#compdef plainte',
    `# ${model.header}`,
    '_plainte_numbers() {',
    '  local -a numbers db',
    '  local given=${opt_args[--db]:-$_plainte_db}',
    '  [[ -n $given ]] && db=(--db ${(Q)~given})',
    '  numbers=(${(f)"$(command plainte $db completion zsh --numbers $1 2>/dev/null)"})',
    `  _describe -t numbers ${quoted(model.numberLabel)} numbers`,
    '}',
    '_plainte() {',
    '  local curcontext=$curcontext state state_descr line ret=1 _plainte_db',
    '  typeset -A opt_args',
    `  _arguments -C -s ${[
      ...model.options.flatMap((option) => optionSpecs(option, '')),
      ...help,
      `'(- *)'{-V,--version}'[${inBrackets(model.versionHelp)}]'`,
      "'1: :->command'",
      "'*:: :->argument'",
    ].join(' \\\n    ')} && ret=0`,
    '  case $state in',
    '    command)',
    `      ${describeList('commands', model.commands, [described('help', model.helpCommandHelp)])}`,
    `      _describe -t commands ${quoted(model.commandLabel)} commands && ret=0 ;;`,
    '    argument)',
    '      _plainte_db=${opt_args[--db]}',
    '      curcontext=${curcontext%:*:*}:plainte-$words[1]:',
    '      case $words[1] in',
    ...model.commands.flatMap((command) => commandBranch(command, model)),
    '      help)',
    `        ${describeList('commands', model.commands)}`,
    `        _describe -t commands ${quoted(model.commandLabel)} commands && ret=0 ;;`,
    '      esac ;;',
    '  esac',
    '  return ret',
    '}',
    'if [[ $funcstack[1] == _plainte ]]; then',
    '  _plainte "$@"',
    'else',
    '  compdef _plainte plainte',
    'fi',
    '',
  ].join('\n');
}
