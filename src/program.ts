import { readFileSync } from 'node:fs';
import { Command, Help, Option } from 'commander';
import { loadCommand } from './commands/load.js';
import type { Run } from './context.js';
import { DECLARATIONS, PROGRAM_OPTIONS } from './declarations.js';
import { UserError } from './errors.js';
import { t, type MessageKey } from './i18n/index.js';
import { usageCheck } from './options/checks.js';
import type { Declaration } from './options/declare.js';
import { color, writeOut } from './render/output.js';
import { placeholders } from './render/placeholders.js';
import { fitLines, outputWidth, wrap } from './render/width.js';
import { ALIASES, COMMANDS, type CommandName } from './route.js';

// The command line: the program, its options and help, and the commands of
// declarations.ts under their names and French aliases. Commander reads the command line;
// the handlers get plain values (src/options/declare.ts).

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
    if (typeof value === 'string' && value.trim() === '')
      throw new UserError('error.emptyOption', { option: option.long ?? option.flags });
  }
}

/** The terminal's width; 80 columns for a pipe or a file, as the help kept at build time. */
const helpWidth = () => (outputWidth() === Infinity ? 80 : outputWidth());

// Fewer columns than this beside the options, and their descriptions go under them.
const NARROWEST_DESCRIPTION = 30;

/** Commands declared for `plainte --help` only, without their options. */
const listedOnly = new WeakSet<Command>();

interface GlobalOptions {
  db?: string;
  shop?: string;
}

/** The options and action of `declaration` (a command of `module`), or its subcommands. */
function define(added: Command, declaration: Declaration, module: CommandName, run: Run | undefined): void {
  for (const spec of declaration.options) {
    const option = new Option(spec.flags, t(spec.help));
    if (spec.default !== undefined) option.default(spec.default);
    // A value it cannot take is refused as the command line is read: before the command runs.
    const check = usageCheck(spec);
    if (check)
      option.argParser((value: string) => {
        check(value);
        return value;
      });
    added.addOption(spec.hidden ? option.hideHelp() : option);
  }
  const after = declaration.helpAfter;
  if (after) added.addHelpText('after', () => `\n${wrap(t(after), helpWidth()).join('\n')}`);
  if (declaration.subcommands) {
    for (const sub of declaration.subcommands)
      define(added.command(sub.spec).description(t(sub.description)), sub, module, run);
    return;
  }
  // The command's module is loaded only now that it runs.
  added.action(async (...params: unknown[]) => {
    const command = params.at(-1) as Command;
    if (!run) throw new Error('internal error: a command run without a run');
    const globals = command.optsWithGlobals<GlobalOptions>();
    const context = run.context(globals.db, globals.shop);
    const handlers = await loadCommand(module);
    await handlers[declaration.handler](command.processedArgs, command.opts(), context);
  });
}

/**
 * The command line: the program's options, and either the one command `only` that a run
 * needs, with its options (bin/plainte.js knows it from route.ts), or, for help and
 * errors, every command with only its name, arguments and description: defining the 150
 * options of them all would be a third of `plainte --help`. `complete` defines them all.
 * `run` is what the commands run in (cli.ts); without it, the program only shows help.
 */
export function buildProgram(
  only: CommandName | null = null,
  { complete = false, run }: { complete?: boolean; run?: Run } = {},
): Command {
  const program = new Command('plainte')
    .hook('preAction', refuseEmptyOptions)
    .description(t('app.description'))
    .exitOverride()
    .configureOutput({
      outputError: () => undefined,
      // Results and help go through render/output.ts, which leaves process.stdout unbuilt
      // when stdout is no terminal.
      writeOut,
      getOutHelpWidth: helpWidth,
      getOutHasColors: () => color().level > 0,
    })
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => (title in TITLES ? t(TITLES[title]) : title),
      subcommandTerm(this: Help, command: Command): string {
        const term = Help.prototype.subcommandTerm.call(this, command);
        // "name|alias [options] <args>", as commander writes it for a command with options.
        return placeholders(listedOnly.has(command) ? term.replace(/^\S+/, '$& [options]') : term);
      },
      commandUsage(this: Help, command: Command): string {
        return placeholders(Help.prototype.commandUsage.call(this, command));
      },
      optionTerm: (option) => placeholders(option.flags),
      // A default is said in the option's own help, in the run's language: commander's
      // `(default: "text")` would be English.
      optionDescription: (option) => option.description,
      minWidthToWrap: NARROWEST_DESCRIPTION,
      // At a narrow terminal a description goes under its option or command, not beside it.
      formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
        const width = this.helpWidth ?? 80;
        if (!description || width - termWidth - 4 >= NARROWEST_DESCRIPTION)
          return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
        return [`  ${term}`, ...wrap(description, width, { first: '      ', indent: '      ' })].join('\n');
      },
      // Whatever is still too long (the usage line, a long word) wraps under its indentation.
      formatHelp(this: Help, command: Command, helper: Help): string {
        const text = Help.prototype.formatHelp.call(this, command, helper);
        return fitLines(text.split('\n'), this.helpWidth ?? 80).join('\n');
      },
    })
    .helpOption('-h, --help', t('help.helpOption'))
    .helpCommand('help [command]', t('help.helpCommand'))
    .version(version(), '-V, --version', t('help.version'));
  for (const spec of PROGRAM_OPTIONS) program.option(spec.flags, t(spec.help));
  for (const name of only === null ? COMMANDS : [only]) {
    const declaration = DECLARATIONS[name];
    const added = command(program, declaration.spec).description(t(declaration.description));
    if (only !== null || complete) define(added, declaration, name, run);
    else if (declaration.options.length > 0) listedOnly.add(added);
  }
  return program;
}
