import { attach } from './en/attach.js';
import { base } from './en/base.js';
import { books } from './en/books.js';
import { counter } from './en/counter.js';
import { dates } from './en/dates.js';
import { figures } from './en/figures.js';
import { find } from './en/find.js';
import { follow } from './en/follow.js';
import { terminal } from './en/terminal.js';
import { pickup } from './en/pickup.js';
import { letters } from './en/letters.js';
import { server } from './en/server.js';
import type { fr } from './fr.js';

// The English catalog, one file per area like the French one.
export const en: Record<keyof typeof fr, string> = {
  ...base,
  ...counter,
  ...follow,
  ...books,
  ...dates,
  ...figures,
  ...terminal,
  ...pickup,
  ...server,
  ...letters,
  ...find,
  ...attach,
};
