// English messages of the program at the shell: the names in the help's brackets, the pager,
// the completion scripts and the manual page.
export const terminal = {
  // ─── what the help's <…> and […] stand for ────────────────────────────────
  'arg.1-5': '1-5',
  'arg.address': 'address',
  'arg.category': 'category',
  'arg.channel': 'channel',
  'arg.command': 'command',
  'arg.customer': 'customer',
  'arg.date': 'date',
  'arg.date-time': 'date-time',
  'arg.days': 'days',
  'arg.duration': 'duration',
  'arg.encoding': 'encoding',
  'arg.euros': 'euros',
  'arg.file': 'file',
  'arg.file-or-url': 'file-or-url',
  'arg.format': 'format',
  'arg.id': 'id',
  'arg.key': 'key',
  'arg.lang': 'lang',
  'arg.mood': 'mood',
  'arg.n': 'n',
  'arg.name': 'name',
  'arg.number': 'number',
  'arg.options': 'options',
  'arg.outcome': 'outcome',
  'arg.path': 'path',
  'arg.query': 'query',
  'arg.reader': 'reader',
  'arg.ref': 'ref',
  'arg.request': 'request',
  'arg.shell': 'shell',
  'arg.status': 'status',
  'arg.text': 'text',
  'arg.type': 'type',
  'arg.value': 'value',
  'arg.week': 'week',
  'arg.words': 'words',
  'usage.invalid': 'invalid command line.',

  // ─── pager ────────────────────────────────────────────────────────────────
  'opt.noPager': 'write everything at once, without a pager (else PLAINTE_PAGER, PAGER, or less)',

  // ─── completion ───────────────────────────────────────────────────────────
  'cmd.completion': 'the shell’s completion script (bash, zsh or fish)',
  'opt.completion.numbers': 'the complaint numbers the command takes (for the completion scripts)',
  'help.completion':
    'The Tab key then completes commands, options, their values and complaint numbers.\n' +
    // Each command on a line of its own, within 80 columns: copied whole from the help.
    'To install it, with bash:\n' +
    '  plainte completion bash > ~/.local/share/bash-completion/completions/plainte\n' +
    'with zsh (and, in ~/.zshrc, fpath+=~/.zfunc before compinit):\n' +
    '  plainte completion zsh > ~/.zfunc/_plainte\n' +
    'with fish:\n' +
    '  plainte completion fish > ~/.config/fish/completions/plainte.fish\n' +
    'Or, for the open shell only: source <(plainte completion bash)',
  'completion.shell': 'unknown shell “{value}”: choose bash, zsh or fish.',
  'completion.header': 'plainte’s completion for {shell}, written by “plainte completion {shell}”.',

  // ─── manual page ──────────────────────────────────────────────────────────
  'man.section.name': 'NAME',
  'man.section.synopsis': 'SYNOPSIS',
  'man.section.description': 'DESCRIPTION',
  'man.section.commands': 'COMMANDS',
  'man.section.globalOptions': 'GLOBAL OPTIONS',
  'man.section.environment': 'ENVIRONMENT',
  'man.section.files': 'FILES',
  'man.section.exit': 'EXIT STATUS',
  'man.section.examples': 'EXAMPLES',
  'man.section.seeAlso': 'SEE ALSO',
  'man.manual': 'plainte manual',
  'man.intro':
    'plainte is a small shop’s complaint logbook. At the counter or on the phone, “plainte new” walks ' +
    'whoever faces an unhappy customer through the five phases of the method: listen, take the complaint ' +
    'seriously, apologise, solve, close and follow up. Every answer is saved at once to a local SQLite file.',
  'man.intro.results':
    'Results go to standard output, messages to standard error. Long output read at a terminal goes through ' +
    'a pager (show, list, report, guide, customer). Each command has its help: plainte help <command>.',
  'man.file.logbook': 'the logbook, when neither --db nor PLAINTE_DB is given',
  'man.file.cache': 'the code compiled by the first run of each command, for the runs after it',
  'man.exit.0': 'success',
  'man.exit.1': 'error: bad input, not found, a file problem (one line on standard error)',
  'man.exit.2': 'usage error: unknown command, option or option value, a count (--limit) that is not a number',
  'man.exit.3': 'plainte due --exit-code found callbacks due',
  'man.exit.130': 'interrupted (Ctrl-C); what was saved stays saved',
  'man.example.new': 'record a complaint, questions asked at the counter',
  'man.example.due': 'in the crontab: the day’s callbacks, every morning at 8',
  'man.example.report': 'last week’s summary, to send by e-mail',
  'man.example.completion': 'completion for bash',
  'man.seeAlso.text': 'The package’s README gives every rule in detail. The French page: man plainte.',

  // ─── environment ──────────────────────────────────────────────────────────
  'env.PLAINTE_DB': 'the logbook file, when --db is not given',
  'env.PLAINTE_SHOP': 'the shop of this counter, on a server, when --shop is not given',
  'env.pg': 'a logbook on a PostgreSQL server, as libpq reads them, after the URL’s own settings',
  'env.XDG_CONFIG_HOME': 'this machine’s own settings (its shop, its operator): $XDG_CONFIG_HOME/plainte/config',
  'env.PLAINTE_LANG': 'the language of messages, fr or en, when --lang is not given',
  'env.locale':
    'the system’s language, taken when it is French or English (fr_FR.UTF-8, en_GB.UTF-8) and neither ' +
    '--lang nor PLAINTE_LANG is given; else French',
  'env.PLAINTE_NOW': 'an ISO 8601 instant that pins the clock, for tests and demonstrations',
  'env.PLAINTE_DEBUG': '1: the whole stack trace of an unexpected error',
  'env.PLAINTE_PAGER': 'the pager of long output, before PAGER; empty: none',
  'env.PAGER': 'the pager, when PLAINTE_PAGER is not given; empty: none; else less -FRX when installed',
  'env.LESS': 'less’s options; FRX when not given',
  'env.PATH': 'where less and the programs plainte runs are found',
  'env.NO_COLOR': 'not empty: no colours, even with FORCE_COLOR',
  'env.FORCE_COLOR': '1, 2 or 3: colours even in a pipe or a file; 0: none',
  'env.TERM': 'dumb: no colours',
  'env.TZ': 'the time zone of the dates read and written (else the system’s)',
  'env.XDG_DATA_HOME': 'the default logbook’s folder: $XDG_DATA_HOME/plainte/plainte.db',
  'env.XDG_CACHE_HOME': 'the compiled code’s folder: $XDG_CACHE_HOME/plainte',
  'env.HOME':
    'without the XDG_ ones: ~/.local/share, ~/.config and ~/.cache; ~/.pgpass; without HOME, no default logbook',
  'env.user': 'who records, when neither --operator nor the “operator” setting says',
};
