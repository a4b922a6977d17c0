import { withStore, type Context, type Handler } from '../context.js';
import { DECLARATIONS, PROGRAM_OPTIONS } from '../declarations.js';
import { SETTING_KEYS } from '../domain/settings.js';
import { CALLBACK_PENDING_STATUSES, FINISHED_STATUSES } from '../domain/status.js';
import { STATUSES, type Status } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Declaration } from '../options/declare.js';
import { oneLine, sanitize } from '../format/sanitize.js';
import { placeholderLabel } from '../render/placeholders.js';
import {
  bashScript,
  SHELLS,
  type ArgumentKind,
  type CommandModel,
  type CompletionModel,
  type OptionModel,
  type Shell,
  type ValueKind,
} from '../render/completion.js';
import { fishScript } from '../render/completion-fish.js';
import { zshScript } from '../render/completion-zsh.js';
import { printLine, writeOut } from '../render/output.js';
import { ALIASES, COMMANDS, type CommandName } from '../route.js';

// `plainte completion bash|zsh|fish` writes the shell's completion script, made from the
// declarations of every command (README, "Shell completion"). The script asks
// `plainte completion <shell> --numbers <command>` for the complaint numbers that command
// takes: read from the logbook, newest first, and silent whatever happens, since its output
// lands in the middle of the line being typed.

/** The complaints each command taking a complaint's number can act on. */
const NUMBERS_FOR: Readonly<Partial<Record<CommandName, readonly Status[]>>> = {
  show: STATUSES,
  resume: ['draft'],
  'follow-up': STATUSES.filter((status) => status !== 'draft'),
  transfer: CALLBACK_PENDING_STATUSES,
  close: [...CALLBACK_PENDING_STATUSES, 'resolved'],
  reopen: FINISHED_STATUSES,
};

/** How many numbers are offered: the newest. */
const NUMBERS = 100;

/** The placeholder of flags or a spec (`--since <date>` -> date), or null for none. */
const placeholderOf = (text: string) => /[<[]([a-z0-9-]+)[>\]]/.exec(text)?.[1] ?? null;

function valueOf(spec: Declaration['options'][number]): ValueKind {
  const name = placeholderOf(spec.flags);
  if (name === null) return 'none';
  if (spec.values) return { values: spec.values };
  return name.startsWith('file') || name === 'path' ? 'file' : 'text';
}

function optionModel(spec: Declaration['options'][number]): OptionModel {
  const name = placeholderOf(spec.flags);
  return {
    names: spec.flags.split(/[ ,]+/).filter((word) => word.startsWith('-')),
    help: t(spec.help),
    value: valueOf(spec),
    label: name === null ? '' : placeholderLabel(name),
  };
}

function argumentKind(name: string): ArgumentKind {
  if (name === 'id') return 'complaint';
  if (name === 'file') return 'file';
  if (name === 'key') return { values: SETTING_KEYS };
  if (name === 'shell') return { values: SHELLS };
  return 'text';
}

function commandModel(declaration: Declaration, names: string[]): CommandModel {
  const args = declaration.spec
    .split(' ')
    .slice(1)
    .map((word) => placeholderOf(word) ?? word);
  return {
    names,
    help: t(declaration.description),
    options: declaration.options.filter((spec) => !spec.hidden).map(optionModel),
    args: args.map(argumentKind),
    argLabels: args.map(placeholderLabel),
    subcommands: (declaration.subcommands ?? []).map((sub) => commandModel(sub, [sub.spec.split(' ')[0]])),
  };
}

/** What the scripts offer, from the declarations, in the run's language. */
function completionModel(shell: Shell): CompletionModel {
  return {
    options: PROGRAM_OPTIONS.map(optionModel),
    commands: COMMANDS.map((name) => {
      const alias = ALIASES[name];
      return commandModel(DECLARATIONS[name], alias ? [name, alias] : [name]);
    }),
    header: t('completion.header', { shell }),
    commandLabel: placeholderLabel('command'),
    numberLabel: placeholderLabel('id'),
    helpHelp: t('help.helpOption'),
    versionHelp: t('help.version'),
    helpCommandHelp: t('help.helpCommand'),
  };
}

const SCRIPTS: Record<Shell, (model: CompletionModel) => string> = {
  bash: bashScript,
  zsh: zshScript,
  fish: fishScript,
};

/** The complaint numbers `command` takes, one a line: bash gets the numbers, zsh and fish
 * each with its customer and summary, the way each shows a choice with its help. */
async function writeNumbers(shell: Shell, command: string, context: Context): Promise<void> {
  const statuses = NUMBERS_FOR[command as CommandName];
  if (!statuses) return;
  const lines = await withStore(context, async (store) => {
    const complaints = await store.listComplaints({ statuses, limit: NUMBERS });
    return complaints.map(({ id, customer, summary }) => {
      const about = [oneLine(customer, 30), oneLine(summary, 40)].filter(Boolean).join(' — ');
      if (shell === 'bash' || about === '') return String(id);
      return shell === 'zsh' ? `${id}:${about}` : `${id}\t${about}`;
    });
  });
  if (lines.length > 0) writeOut(`${lines.join('\n')}\n`);
}

export const run: Handler<typeof DECLARATIONS.completion> = async ([shell], { numbers }, context) => {
  if (!(SHELLS as readonly string[]).includes(shell))
    throw new UserError('completion.shell', { value: sanitize(shell) }, EXIT.usage);
  if (numbers === undefined) {
    printLine(SCRIPTS[shell as Shell](completionModel(shell as Shell)).trimEnd());
    return;
  }
  try {
    await writeNumbers(shell as Shell, numbers, context);
  } catch {
    // No logbook, a locked one, anything: the line being typed gets no numbers, and no message.
  }
};
