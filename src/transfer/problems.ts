import { t, tn, type MessageKey, type Params } from '../i18n/index.js';
import { printMessage } from '../render/output.js';
import { oneLine } from '../format/sanitize.js';

/** A problem found in a file: its place (CSV line or JSON index; none for the whole file). */
export interface RowProblem {
  where: { line: number } | { index: number } | null;
  field?: string;
  key: MessageKey;
  params?: Params;
}

// A file of 100,000 bad rows should not flood the terminal: the first ones say enough.
export const SHOWN = 50;

/** One line per problem on stderr, translated, with the text of the file made safe: the
 * first SHOWN of `problems`, then how many more of the `total` there are. */
export function reportProblems(problems: readonly RowProblem[], total = problems.length): void {
  for (const problem of problems.slice(0, SHOWN)) {
    const params: Params = {};
    // Values come from the file: one line, cut short, nothing that drives the terminal.
    for (const [name, value] of Object.entries(problem.params ?? {}))
      params[name] = typeof value === 'string' ? oneLine(value, name === 'choices' ? 200 : 60) : value;
    const what = t(problem.key, params);
    const field = problem.field ? t('import.field', { field: oneLine(problem.field, 40) }) : '';
    const where =
      problem.where === null
        ? ''
        : 'line' in problem.where
          ? t('import.where.line', { line: problem.where.line })
          : t('import.where.index', { index: problem.where.index });
    printMessage(`${where}${field}${what}`);
  }
  const shown = Math.min(problems.length, SHOWN);
  if (total > shown) printMessage(tn('import.problems.more', total - shown));
}

/** Where JSON.parse stopped, in words: V8's own message ("Expected property name or '}' in
 * JSON at position 1") is not shown. */
export function jsonSyntax(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const at = /position (\d+)/.exec(message);
  if (at) return t('import.syntax.at', { n: Number(at[1]) + 1 });
  return t(/end of JSON/.test(message) ? 'import.syntax.end' : 'import.syntax.other');
}

/** What csv-parse found wrong, in words, by its code. */
export function csvSyntax(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return t('import.syntax.quoteNotClosed');
  if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'INVALID_OPENING_QUOTE') return t('import.syntax.quoteInside');
  return t('import.syntax.other');
}
