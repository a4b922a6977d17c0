import { isUtf8 } from 'node:buffer';

// The encoding of a CSV to import. A spreadsheet saves UTF-8 (with or without a byte order
// mark) when asked to, but French Excel's plain "CSV (séparateur : point-virgule)" is
// Windows-1252: a file that is not valid UTF-8 and holds no UTF-8 sequence at all is read
// as such, and the import says so. A file that mixes both (valid UTF-8 sequences and bytes
// that are not) was damaged or pieced together: it is refused line by line, not guessed.

export const ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** What `--encoding` accepts for each encoding. */
const NAMES: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  ansi: 'windows-1252',
};

export function encodingNamed(name: string): Encoding | null {
  return NAMES[name.trim().toLowerCase()] ?? null;
}

// Windows-1252 is Latin-1 but for 0x80-0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – —
// ˜ ™ š › œ ž Ÿ (five codes unused, kept as they are). Decoded here: Node's TextDecoder
// reads "windows-1252" as Latin-1, and would turn € and œ into control characters.
const HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (char) => HIGH[char.charCodeAt(0) - 0x80]);
}

/** A lead byte and its continuation bytes: what UTF-8 writes for any character past ASCII. */
const UTF8_SEQUENCE = /[\xc2-\xf4][\x80-\xbf]+/;

export interface Found {
  encoding: Encoding;
  /** Chosen here (the file was not UTF-8), rather than given with --encoding. */
  assumed: boolean;
}

/**
 * The encoding of a file given as its pieces (each ending at a line break, so that no UTF-8
 * sequence is cut), or null when it cannot be read in the encoding given (or found). The
 * whole file is looked at first, without decoding it: UTF-8 when every piece is valid;
 * else Windows-1252 when no piece holds a UTF-8 sequence and UTF-8 was not asked for.
 */
export function encodingOf(pieces: () => Iterable<Buffer>, forced?: Encoding): Found | null {
  if (forced === 'windows-1252') return { encoding: forced, assumed: false };
  let valid = true;
  for (const piece of pieces()) if (!(valid = isUtf8(piece))) break;
  if (valid) return { encoding: 'utf-8', assumed: false };
  if (forced !== undefined) return null;
  for (const piece of pieces()) if (UTF8_SEQUENCE.test(piece.toString('latin1'))) return null;
  return { encoding: 'windows-1252', assumed: true };
}

/** The text of bytes in an encoding found (a piece, or a whole file). */
export function decodeAs(encoding: Encoding, bytes: Buffer): string {
  return encoding === 'utf-8' ? bytes.toString('utf8') : windows1252(bytes);
}
