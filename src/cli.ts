import { Run, type Host } from './context.js';
import { EXIT, type ExitCode } from './errors.js';
import { isLang, setLang, t } from './i18n/index.js';
import { buildProgram } from './program.js';
import { reportError } from './render/errors.js';
import { colorWanted, printMessage, setColor, stdoutIsTerminal } from './render/output.js';
import { sanitize } from './format/sanitize.js';
import type { CommandLine } from './route.js';

// The program's entry: the checks made on the command line before commander reads it
// (language, repeated options), then the run, with every error reported the same way.

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
  const language = line.language ?? (host.env.PLAINTE_LANG || 'fr');
  if (!isLang(language)) {
    printMessage(`${t('error.prefix')} ${t('error.lang', { value: sanitize(language) })}`);
    return EXIT.usage;
  }
  setLang(language);
  setColor(colorWanted(!line.noColor, host.env, stdoutIsTerminal));
  if (line.repeated) {
    const name = sanitize(line.repeated);
    printMessage(`${t('error.prefix')} ${t('usage.repeatedOption', { name })} ${t('error.usage.hint')}`);
    return EXIT.usage;
  }
  const run = new Run(host);
  let failed = false;
  let failure: unknown;
  try {
    // A run that names its command declares only that one: help and typos need them all.
    await buildProgram(line.command, { run }).parseAsync(line.args, { from: 'user' });
  } catch (error) {
    failed = true;
    failure = error;
  } finally {
    // A question still on screen ends before the error is said.
    run.end();
  }
  return !failed ? EXIT.ok : reportError(failure, run.logbook, host.env.PLAINTE_DEBUG === '1');
}
