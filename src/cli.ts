import { currentLogbook } from './context.js';
import { EXIT } from './errors.js';
import { isLang, setLang, t } from './i18n/index.js';
import { buildProgram } from './program.js';
import { reportError } from './render/errors.js';
import { colorWanted, printMessage, setColor, stdoutIsTerminal } from './render/output.js';
import { sanitize } from './format/sanitize.js';
import { commandOf } from './route.js';

// The program's entry: the checks made on the raw command line before commander reads it
// (language, repeated options), then the run, with every error reported the same way.

/** --lang is needed before the program is built (help texts are translated). */
function languageFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return env.PLAINTE_LANG || 'fr';
}

/** An option given twice is almost always a typing mistake; commander would silently keep
 * the last one. */
function repeatedOption(argv: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const arg of argv.slice(2)) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const name = arg.split('=', 1)[0];
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}

export async function main(argv: readonly string[]): Promise<void> {
  const language = languageFrom(argv, process.env);
  if (!isLang(language)) {
    printMessage(`${t('error.prefix')} ${t('error.lang', { value: sanitize(language) })}`);
    process.exitCode = EXIT.usage;
    return;
  }
  setLang(language);
  setColor(colorWanted(!argv.includes('--no-color'), process.env, stdoutIsTerminal));
  const repeated = repeatedOption(argv);
  if (repeated) {
    printMessage(
      `${t('error.prefix')} ${t('usage.repeatedOption', { name: sanitize(repeated) })} ${t('error.usage.hint')}`,
    );
    process.exitCode = EXIT.usage;
    return;
  }
  try {
    // A run that names its command declares only that one: help and typos need them all.
    await buildProgram(commandOf(argv.slice(2))).parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error, currentLogbook(), process.env.PLAINTE_DEBUG === '1');
  }
}
