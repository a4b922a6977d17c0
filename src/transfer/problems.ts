import { t, type MessageKey, type Params } from '../i18n/index.js';
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
  if (total > shown) printMessage(t('import.problems.more', { count: total - shown }));
}
