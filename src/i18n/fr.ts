import { attach } from './fr/attach.js';
import { base } from './fr/base.js';
import { books } from './fr/books.js';
import { counter } from './fr/counter.js';
import { dates } from './fr/dates.js';
import { figures } from './fr/figures.js';
import { find } from './fr/find.js';
import { follow } from './fr/follow.js';
import { terminal } from './fr/terminal.js';
import { pickup } from './fr/pickup.js';
import { letters } from './fr/letters.js';
import { server } from './fr/server.js';

// Every user-facing string, in French (the default), one file per area of the product:
// en.ts has the same keys, checked by its type. French first, written for a shopkeeper.
export const fr = {
  ...base,
  ...counter,
  ...follow,
  ...books,
  ...dates,
  ...figures,
  ...pickup,
  ...server,
  ...terminal,
  ...letters,
  ...find,
  ...attach,
};
