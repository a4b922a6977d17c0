import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { holdOutput, stdoutIsTerminal, writeTo, type Held } from './output.js';

// Long output read at a terminal (show, list, report, guide, customer) goes through a pager,
// as git's does: PLAINTE_PAGER, else PAGER, else `less -FRX` when it is installed (-F: none
// for what fits on the screen, -R: colours, -X: the text stays on screen afterwards).
// Only when stdout is a terminal and the text is taller than it: pipes, files and cron
// never page. --no-pager, or PLAINTE_PAGER or PAGER set empty, turn it off (README, "Pager").

const DEFAULT_PAGER = 'less -FRX';

function installed(program: string, path: string | undefined): boolean {
  for (const folder of (path ?? '').split(':')) {
    if (!folder.startsWith('/')) continue;
    try {
      accessSync(join(folder, program), constants.X_OK);
      return true;
    } catch {
      // Not in this folder.
    }
  }
  return false;
}

/** The pager's command line for `env`, or null for none. */
export function pagerFor(env: NodeJS.ProcessEnv): string | null {
  const chosen = env.PLAINTE_PAGER ?? env.PAGER;
  if (chosen !== undefined) return chosen.trim() === '' ? null : chosen;
  return installed('less', env.PATH) ? DEFAULT_PAGER : null;
}

const ESCAPES = /\x1b\[[0-9;]*m/g;

/** How many rows of a terminal `columns` wide `text` takes, long lines wrapped. */
export function rowsOf(text: string, columns: number): number {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let rows = 0;
  for (const line of lines) rows += Math.max(1, Math.ceil([...line.replace(ESCAPES, '')].length / columns));
  return rows;
}

function replay(held: Held): void {
  for (const { fd, text } of held) writeTo(fd, text);
}

/** Runs `pager` with `text` on its input. False when it could not start (the shell's 126
 * and 127: not executable, not found), so that the text is written as it is. */
async function page(pager: string, text: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const { spawn } = await import('node:child_process');
  // Ctrl-C is the pager's to handle while it runs (less stays on screen); it would kill
  // plainte, which the terminal's whole process group receives it with.
  const ignore = () => undefined;
  process.on('SIGINT', ignore);
  try {
    return await new Promise<boolean>((resolve) => {
      const child = spawn('/bin/sh', ['-c', pager], {
        stdio: ['pipe', 'inherit', 'inherit'],
        // less keeps the colours and the text on screen when PAGER names it alone.
        env: { ...env, LESS: env.LESS ?? 'FRX' },
      });
      child.on('error', () => resolve(false));
      child.on('close', (code) => resolve(code !== 126 && code !== 127));
      // Quitting the pager before the end closes its input: not an error.
      child.stdin.on('error', () => undefined);
      child.stdin.end(text);
    });
  } finally {
    process.off('SIGINT', ignore);
  }
}

/** Paging for one run, once the run has written everything. */
export interface Paging {
  finish(): Promise<void>;
}

/**
 * Holds the run's output when it may need the pager (a terminal, a pager, `wanted`), and,
 * when finished, pages it if it is taller than the terminal or writes it as it came.
 * Messages to stderr are held too, so that they keep their place after the text.
 */
export function startPaging(env: NodeJS.ProcessEnv, wanted: boolean): Paging | null {
  if (!wanted || !stdoutIsTerminal()) return null;
  const pager = pagerFor(env);
  if (pager === null) return null;
  const release = holdOutput();
  return {
    async finish() {
      const held = release();
      const text = held.flatMap(({ fd, text }) => (fd === 1 ? [text] : [])).join('');
      // A terminal that does not say its size is taken as the usual 80 × 24.
      const { rows = 24, columns = 80 } = process.stdout;
      if (rowsOf(text, columns || 80) < (rows || 24) || !(await page(pager, text, env))) return replay(held);
      replay(held.filter(({ fd }) => fd === 2));
    },
  };
}
