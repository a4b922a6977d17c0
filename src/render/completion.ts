// What the shells' completion scripts know of the program (commands/completion.ts makes it
// from the declarations), and the script for bash. Everything a script offers is in it but
// the complaint numbers, which it asks `plainte completion <shell> --numbers <command>` for
// (read from the logbook at each Tab).

/** What an option's value is: none (a switch), one of a list, a file, or free text. */
export type ValueKind = 'none' | 'file' | 'text' | { readonly values: readonly string[] };

export interface OptionModel {
  /** As typed: ['-o', '--output']. */
  readonly names: readonly string[];
  readonly help: string;
  readonly value: ValueKind;
  /** What its value is called in the help (`chemin`), or '' for a switch. */
  readonly label: string;
}

/** What an argument is: a complaint's number, a file, one of a list, or free text. */
export type ArgumentKind = 'complaint' | 'file' | 'text' | { readonly values: readonly string[] };

export interface CommandModel {
  /** Its name, then its French alias if it has one. */
  readonly names: readonly string[];
  readonly help: string;
  readonly options: readonly OptionModel[];
  readonly args: readonly ArgumentKind[];
  /** What each argument is called in the help. */
  readonly argLabels: readonly string[];
  readonly subcommands: readonly CommandModel[];
}

export interface CompletionModel {
  /** The program's own options, taken anywhere on the line. */
  readonly options: readonly OptionModel[];
  readonly commands: readonly CommandModel[];
  /** The first line of the script, a comment. */
  readonly header: string;
  /** What a command and a complaint's number are called, for the shells that say it. */
  readonly commandLabel: string;
  readonly numberLabel: string;
  /** The help of --help, --version and `help`. */
  readonly helpHelp: string;
  readonly versionHelp: string;
  readonly helpCommandHelp: string;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** Each command, and each subcommand under its path (`config/set`). */
export function everyCommand(model: CompletionModel): { path: string; command: CommandModel }[] {
  return model.commands.flatMap((command) => [
    { path: command.names[0], command },
    ...command.subcommands.map((sub) => ({ path: `${command.names[0]}/${sub.names[0]}`, command: sub })),
  ]);
}

/** `word` as one word of a shell: single-quoted when it needs to be. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

function bashValue(value: ValueKind | ArgumentKind): string {
  if (value === 'file' || value === 'text' || value === 'complaint') return `@${value}`;
  if (value === 'none') return '';
  return value.values.join(' ');
}

/** The bash function that says what an option takes: a list of values, @file or @text; it
 * fails for a switch. */
function bashOptionValues(model: CompletionModel): string[] {
  const cases = [...model.options.map((option) => ({ path: '*', option }))];
  for (const { path, command } of everyCommand(model))
    for (const option of command.options) cases.push({ path, option });
  const lines = ['_plainte_option_value() {', '  case "$1:$2" in'];
  for (const { path, option } of cases) {
    if (option.value === 'none') continue;
    const patterns = option.names.map((name) => (path === '*' ? `*:${name}` : `${path}:${name}`));
    lines.push(`    ${patterns.join('|')}) echo ${shellWord(bashValue(option.value))} ;;`);
  }
  lines.push('    *) return 1 ;;', '  esac', '}');
  return lines;
}

/** The bash functions that list each command's options, and what its arguments are. */
function bashCommands(model: CompletionModel): string[] {
  const global = model.options.flatMap((option) => option.names);
  const options = ['_plainte_options() {', '  case $1 in'];
  const args = ['_plainte_argument() {', '  case "$1:$2" in'];
  for (const { path, command } of everyCommand(model)) {
    const names = [...command.options.flatMap((option) => option.names), ...global, '--help'];
    options.push(`    ${path}) echo ${shellWord(names.join(' '))} ;;`);
    command.args.forEach((kind, index) => args.push(`    ${path}:${index}) echo ${shellWord(bashValue(kind))} ;;`));
  }
  options.push(`    *) echo ${shellWord([...global, '--help', '--version'].join(' '))} ;;`, '  esac', '}');
  args.push('  esac', '}');
  const names = ['_plainte_name() {', '  case $1 in'];
  for (const command of model.commands)
    if (command.names.length > 1) names.push(`    ${command.names.join('|')}) echo ${command.names[0]} ;;`);
  names.push('    *) echo "$1" ;;', '  esac', '}');
  return [...options, ...args, ...names];
}

/** The script for bash: `source` it, or keep it in bash-completion's folder. */
export function bashScript(model: CompletionModel): string {
  const commands = model.commands.flatMap((command) => command.names);
  const subcommands = model.commands.map(
    (command) =>
      `    ${command.names[0]}) echo ${shellWord(command.subcommands.map((sub) => sub.names[0]).join(' '))} ;;`,
  );
  return [
    `# ${model.header}`,
    ...bashOptionValues(model),
    ...bashCommands(model),
    '_plainte_subcommands() {',
    '  case $1 in',
    ...subcommands.filter((line) => !line.endsWith("echo '' ;;")),
    '  esac',
    '}',
    '_plainte_reply() {',
    '  # $1: @file, @text, @complaint or the values; $2: the word typed so far.',
    '  local cur=$2 prefix=',
    '  case $1 in',
    '    @file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;',
    '    @text) COMPREPLY=() ;;',
    '    @complaint)',
    '      local numbers',
    '      numbers=$(command plainte "${_plainte_db[@]}" completion bash --numbers "$3" 2>/dev/null)',
    '      COMPREPLY=($(compgen -W "$numbers" -- "$cur")) ;;',
    '    *)',
    '      # A list of values after a comma (--status open,closed) completes its last one.',
    '      if [[ $cur == *,* ]]; then prefix=${cur%,*},; cur=${cur##*,}; fi',
    '      COMPREPLY=($(compgen -P "$prefix" -W "$1" -- "$cur")) ;;',
    '  esac',
    '}',
    '_plainte() {',
    '  local cur=${COMP_WORDS[COMP_CWORD]} word command= path= waiting= i args=0',
    '  local -a _plainte_db=()',
    '  COMPREPLY=()',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    word=${COMP_WORDS[i]}',
    '    if [[ -n $waiting ]]; then',
    '      # bash cuts --db=FILE into --db, = and FILE.',
    '      [[ $word == = ]] && continue',
    '      [[ $waiting == --db ]] && _plainte_db=(--db "$word")',
    '      waiting=',
    '      continue',
    '    fi',
    '    case $word in',
    '      --db=*) _plainte_db=("$word") ;;',
    '      -*=*) ;;',
    '      -*) _plainte_option_value "${path:-*}" "$word" >/dev/null && waiting=$word ;;',
    '      *)',
    '        if [[ -z $command ]]; then',
    '          command=$(_plainte_name "$word"); path=$command',
    '        elif [[ $path == "$command" && -n $(_plainte_subcommands "$command") ]]; then',
    '          path=$command/$word',
    '        else',
    '          args=$((args + 1))',
    '        fi ;;',
    '    esac',
    '  done',
    '  if [[ -n $waiting ]]; then',
    '    [[ $cur == = ]] && cur=',
    '    _plainte_reply "$(_plainte_option_value "${path:-*}" "$waiting")" "$cur"',
    '  elif [[ $cur == -* ]]; then',
    '    COMPREPLY=($(compgen -W "$(_plainte_options "$path")" -- "$cur"))',
    '  elif [[ -z $command ]]; then',
    `    COMPREPLY=($(compgen -W ${shellWord([...commands, 'help'].join(' '))} -- "$cur"))`,
    '  elif [[ $command == help ]]; then',
    `    ((args == 0)) && COMPREPLY=($(compgen -W ${shellWord(commands.join(' '))} -- "$cur"))`,
    '  elif [[ $path == "$command" && -n $(_plainte_subcommands "$command") ]]; then',
    '    COMPREPLY=($(compgen -W "$(_plainte_subcommands "$command")" -- "$cur"))',
    '  else',
    '    local kind',
    '    kind=$(_plainte_argument "$path" "$args") && _plainte_reply "$kind" "$cur" "$command"',
    '  fi',
    '}',
    'complete -F _plainte plainte',
    '',
  ].join('\n');
}
