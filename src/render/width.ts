import { stdoutIsTerminal } from './output.js';

// How wide the output may be, and text laid out to it. At a terminal, lines fit its width:
// text wraps at spaces, values (a date, a phone number, "en retard de 7 j") are never broken,
// tables drop columns by priority (table.ts). Anywhere else (a pipe, a file, cron) the width
// is unlimited and nothing is laid out: what scripts and mail read stays as it was.

let simulated: number | null = null;

/** Output laid out as for a terminal of `columns` (null: the real one, if any): a run inside
 * another program, such as the tests' in-process runner, has no terminal of its own. */
export function simulateTerminalWidth(columns: number | null): void {
  simulated = columns;
}

/** The columns output may take: the terminal's, or Infinity when stdout is not a terminal. */
export function outputWidth(): number {
  if (simulated !== null) return simulated;
  if (!stdoutIsTerminal()) return Infinity;
  const columns = process.stdout.columns;
  // A terminal that does not say its size (a bare pseudo-terminal) gets the usual 80.
  return columns > 0 ? columns : 80;
}

const NBSP = '\u00a0';

/** A value kept whole on a line: at a terminal its spaces become non-breaking ones; elsewhere
 * it is left as it is, since nothing is wrapped there. */
export function keep(value: string): string {
  return outputWidth() === Infinity ? value : value.replace(/ /g, NBSP);
}

// Values written inside a sentence: a date ("23 nov. 2026", "23 nov. 2026, 14:30", "26 Nov
// 2026") or a phone number ("06 12 34 56 78", "+33 6 12 34 56 78").
const VALUES = /\b\d{1,2} \p{L}+\.? \d{4}(?:, \d{2}:\d{2})?|\+?\d{1,3}(?: \d{1,3}){3,6}\b/gu;

/** `text` with the values written inside it kept whole (see keep). */
export function keepValues(text: string): string {
  return outputWidth() === Infinity ? text : valuesKept(text);
}

/** `text` with the values written inside it held together by non-breaking spaces, for a
 * text about to be wrapped. */
export function valuesKept(text: string): string {
  return text.replace(VALUES, (value) => value.replace(/ /g, NBSP));
}

// Colour codes take no room; combining marks neither; East Asian wide characters and emoji
// take two columns (the ranges of Unicode's East Asian Width W and F, in short).
const SGR = /\u001b\[[0-9;]*m/g;
const ZERO = /^(?:\p{M}|[\u200b-\u200d\u2060]|[\ufe00-\ufe0f])$/u;
const WIDE = new RegExp(
  [
    '[\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\uac00-\\ud7a3]',
    '[\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6]',
    '[\\u{1f300}-\\u{1f64f}\\u{1f900}-\\u{1f9ff}\\u{20000}-\\u{3fffd}]',
    '\\p{Emoji_Presentation}',
  ].join('|'),
  'u',
);

// Printable ASCII and Latin letters (up to U+02FF, before the combining marks) take one
// column each: most text is only that, and is measured without looking at each character.
const NARROW = /^[\u0020-\u007e\u00a0-\u02ff]*$/;

/** The columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const char of text.replace(SGR, '')) width += ZERO.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/** `text` in at most `width` columns, ending with "…" when cut. */
export function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const char of text) {
    const size = displayWidth(char);
    if (used + size > width - 1) break;
    kept += char;
    used += size;
  }
  return `${kept}…`;
}

/** The longest start of `text` within `width` columns (one character at least), and the rest. */
function head(text: string, width: number): [string, string] {
  let kept = '';
  for (const char of text) {
    if (kept !== '' && displayWidth(kept + char) > width) break;
    kept += char;
  }
  return [kept, text.slice(kept.length)];
}

export interface Flow {
  /** What the first line starts with (counted in its width). */
  first?: string;
  /** What the other lines start with. */
  indent?: string;
  /** Between two pieces on one line. */
  separator?: string;
}

/**
 * Pieces laid in lines of at most `width` columns, `separator` between two on a line: a piece
 * that does not fit on the line goes to the next one, whole; one longer than a whole line is
 * split there. Lines end without spaces.
 */
export function flow(
  pieces: readonly string[],
  width: number,
  { first = '', indent = '', separator = ' ' }: Flow = {},
): string[] {
  const lines: string[] = [];
  const between = displayWidth(separator);
  let line = first;
  // The columns `line` takes, kept as it grows rather than measured again for each piece.
  let used = displayWidth(line);
  let empty = true;
  for (const piece of pieces) {
    const size = displayWidth(piece);
    if (size <= width - used - (empty ? 0 : between)) {
      line += (empty ? '' : separator) + piece;
      used += size + (empty ? 0 : between);
      empty = false;
      continue;
    }
    if (!empty) {
      lines.push(line);
      line = indent;
      used = displayWidth(indent);
    }
    let rest = piece;
    let restSize = size;
    while (used + restSize > width) {
      const [part, after] = head(rest, width - used);
      lines.push(line + part);
      line = indent;
      used = displayWidth(indent);
      rest = after;
      restSize = displayWidth(rest);
    }
    line += rest;
    used += restSize;
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/** The words of `text`, French punctuation kept with its word as if its space were a
 * non-breaking one: « with the word after it, » : ; ? ! with the word before. */
function words(text: string): string[] {
  const pieces: string[] = [];
  let glued = false;
  for (const word of text.split(' ').filter(Boolean)) {
    if (glued || (/^[»:;?!]+[.,]?$/.test(word) && pieces.length > 0)) pieces[pieces.length - 1] += ` ${word}`;
    else pieces.push(word);
    glued = word === '«';
  }
  return pieces;
}

/** `text` wrapped at its spaces to `width` columns; its own line breaks are kept. Unlimited,
 * it stays on its lines, the continuation ones starting with `indent`. */
export function wrap(text: string, width: number, options: Flow = {}): string[] {
  const { first = '', indent = '' } = options;
  return text.split('\n').flatMap((paragraph, index) => {
    const start = index === 0 ? first : indent;
    // What fits stays as it is, its spaces included (the help's columns).
    if (width === Infinity || displayWidth(start + paragraph) <= width) return [start + paragraph];
    return flow(words(paragraph), width, { ...options, first: start, separator: ' ' });
  });
}

/** Lines written for an unlimited width, each wrapped to `width` under its own indentation,
 * its continuations two columns further in. */
export function fitLines(lines: readonly string[], width: number): string[] {
  if (width === Infinity) return [...lines];
  return lines.flatMap((text) =>
    text.split('\n').flatMap((line) => {
      const indent = ' '.repeat(line.length - line.trimStart().length);
      return wrap(line.trimStart(), width, { first: indent, indent: `${indent}  ` });
    }),
  );
}

/** A value beside its label: free text is wrapped at its spaces, anything else (a date, a
 * phone number, a label) is kept whole on a line. */
export interface Labelled {
  label: string;
  value: string;
  text?: boolean;
}

// Under this many columns left beside the labels, values go under them instead.
const NARROWEST_VALUE = 24;

/** Values in a column beside their labels, indented by two; under them at a narrow terminal. */
export function labelled(fields: readonly Labelled[], width: number): string[] {
  const labels = Math.max(...fields.map((field) => displayWidth(field.label)), 0);
  const beside = width - labels - 4 >= NARROWEST_VALUE;
  return fields.flatMap(({ label, value, text }) => {
    const said = text ? value : keep(value);
    if (!beside) return [`  ${label}`, ...wrap(said, width, { first: '    ', indent: '    ' })];
    const first = `  ${label}${' '.repeat(labels - displayWidth(label))}  `;
    return wrap(said, width, { first, indent: ' '.repeat(labels + 4) });
  });
}
