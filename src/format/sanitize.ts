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

// C1 controls (U+0080-U+009F, among them CSI, which a terminal takes as ESC [), DEL, bidi
// controls and the line and paragraph separators: JSON allows them raw inside strings, and
// JSON.stringify leaves them so. Written as \u escapes they read back the same.
const RAW_IN_JSON = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** JSON text with every character that could drive a terminal written as a \u escape:
 * lossless, so JSON written to a file or a pipe is still the data as stored. */
export function escapeJsonControls(json: string): string {
  return json.replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Data for a terminal (an export without -o at a terminal): line ends kept, every other
 * control character and bidi override shown as a stand-in. */
export function sanitizeForTerminal(text: string): string {
  return sanitize(text.replaceAll('\r\n', '\n'), { multiline: true });
}

/** What data written out (an export) goes through: JSON always has those characters escaped;
 * at a terminal every format is sanitised. Files and pipes get CSV and ICS as stored. */
export function dataFilter(json: boolean, terminal: boolean): (text: string) => string {
  if (json) return escapeJsonControls;
  return terminal ? sanitizeForTerminal : (text) => text;
}
