// Text typed by users (and read back from the logbook or an imported file) must never
// drive the terminal: an ESC could move the cursor, rewrite earlier lines or change the
// window title, and bidirectional overrides can make a line read differently from what
// it holds. Everything below is shown as a visible stand-in instead.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function standIn(char: string, multiline: boolean): string {
  const code = char.charCodeAt(0);
  if (char === '\n') return multiline ? '\n' : ' ↵ ';
  if (char === '\t') return ' ';
  // C0 controls become their Unicode "control picture" (ESC shows as ␛).
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\uFFFD';
}

/** `text` made safe to print: no control character, escape sequence or bidi override
 * reaches the terminal. With `multiline`, line feeds are kept. */
export function sanitize(text: string, options: { multiline?: boolean } = {}): string {
  const multiline = options.multiline ?? false;
  return text.toWellFormed().replace(UNSAFE, (char) => standIn(char, multiline));
}

/** Sanitised and cut to `max` characters, for one table cell or one summary line. */
export function oneLine(text: string | null | undefined, max = 60): string {
  if (!text) return '';
  const flat = sanitize(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
