import { t, type MessageKey } from '../i18n/index.js';

// A one-line counter on stderr for long imports, redrawn in place. Only on a terminal:
// pipes, cron and CI get nothing. Too small to justify a progress-bar library.

const LARGE = 2000;

/** `count` is asked only on a terminal: it may read the whole file to count its rows. */
export function progressLine(
  count: () => number,
  message: MessageKey = 'import.progress',
): { update: (done: number) => void; done: () => void } {
  const total = process.stderr.isTTY === true ? count() : 0;
  if (total <= LARGE) return { update: () => undefined, done: () => undefined };
  const width = 30;
  const draw = (done: number) => {
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${t(message, { done, total })}`);
  };
  return {
    update: draw,
    done: () => process.stderr.write('\r\u001b[2K'),
  };
}
