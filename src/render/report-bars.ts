// Bars drawn with characters, for the terminal and for plain-text e-mail.

const LEVELS = '▁▂▃▄▅▆▇█';
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** One character per value, from ▁ to █, scaled to the largest; a space for zero. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(...values, 0);
  return values
    .map((value) => (value === 0 || max === 0 ? ' ' : LEVELS[Math.min(7, Math.ceil((value / max) * 8) - 1)]))
    .join('');
}

/** A horizontal bar of up to `width` characters, to the eighth of a character. */
export function bar(value: number, max: number, width = 30): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}
