import { Run, type Host } from './context.js';
import { EXIT, type ExitCode } from './errors.js';
import { isLang, setLang, t, type MessageKey } from './i18n/index.js';
import { languageAsked } from './locale.js';
import { buildProgram } from './program.js';
import { reportError } from './render/errors.js';
import { colorWanted, printMessage, setColor, stdoutIsTerminal } from './render/output.js';
import { startPaging } from './render/pager.js';
import { sanitize } from './format/sanitize.js';
import { helpAsOption, unknownHelpTopic, type CommandLine, type CommandName } from './route.js';

// The program's entry: the checks made on the command line before commander reads it
// (language, repeated options), then the run, with every error reported the same way.

/** The commands whose output, read at a terminal, goes through a pager when it is long. */
const PAGED: ReadonlySet<CommandName> = new Set(['show', 'list', 'report', 'guide', 'customer']);

/** A usage error found before commander reads the command line: said, exit 2. */
function usageError(key: MessageKey, name: string): ExitCode {
  printMessage(`${t('error.prefix')} ${t(key, { name: sanitize(name) })} ${t('error.usage.hint')}`);
  return EXIT.usage;
}

/** Runs `line` in this process, on its terminal, and sets its exit code. */
export async function main(line: CommandLine): Promise<void> {
  const host: Host = {
    env: process.env,
    answerer: () => (process.stdin.isTTY === true && process.stdout.isTTY === true ? 'terminal' : null),
  };
  process.exitCode = await runProgram(line, host);
}

/** Runs `line` for `host` and returns the exit code: the binary's run, and the tests'
 * in-process one (test/helpers/run.ts). */
export async function runProgram(line: CommandLine, host: Host): Promise<ExitCode> {
  const language = languageAsked(line.language, host.env);
  if (!isLang(language)) {
    printMessage(`${t('error.prefix')} ${t('error.lang', { value: sanitize(language) })}`);
    return EXIT.usage;
  }
  setLang(language);
  setColor(colorWanted(!line.noColor, host.env, stdoutIsTerminal));
  if (line.repeated) return usageError('usage.repeatedOption', line.repeated);
  // Commander would answer `plainte help nimportequoi` with the whole help.
  const topic = unknownHelpTopic(line.args);
  if (topic !== null) return usageError('usage.unknownCommand', topic);
  const run = new Run(host);
  const paging = startPaging(host.env, !line.noPager && line.command !== null && PAGED.has(line.command));
  let failed = false;
  let failure: unknown;
  try {
    // A run that names its command declares only that one: help and typos need them all.
    await buildProgram(line.command, { run }).parseAsync(helpAsOption(line.args), { from: 'user' });
  } catch (error) {
    failed = true;
    failure = error;
  } finally {
    // A question still on screen ends before the error is said.
    run.end();
  }
  const code = !failed ? EXIT.ok : reportError(failure, run.logbook, host.env.PLAINTE_DEBUG === '1');
  await paging?.finish();
  return code;
}
