import { has, t } from '../i18n/index.js';

// What went wrong with a file, in the user's language: Node, V8's JSON reader and the CSV
// reader say it in English ("ENOENT: no such file or directory, open 'x'"), which would
// leak into French messages.

/** The text of `error` as a user reads it: a system error by its code, JSON's by where it
 * stops, CSV's by its kind, else its own message. */
export function failureText(error: unknown): string {
  const { code, syscall, message = String(error) } = error as { code?: unknown; syscall?: unknown; message?: string };
  if (typeof code === 'string' && typeof syscall === 'string') {
    const key = `failure.${code}`;
    return has(key) ? t(key) : t('failure.system', { code });
  }
  if (error instanceof SyntaxError && message.includes('JSON')) {
    if (message.includes('end of JSON')) return t('failure.jsonEnd');
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined ? t('failure.json') : t('failure.jsonAt', { position });
  }
  if (typeof code === 'string' && /^(CSV_)?INVALID_(OPENING|CLOSING)_QUOTE$|^CSV_QUOTE_NOT_CLOSED$/.test(code))
    return t('failure.csvQuote');
  if (typeof code === 'string' && code.startsWith('CSV_')) return t('failure.csv');
  return message;
}
