import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { excerpt, excerptText, searchWords } from '../domain/search.js';
import { UserError } from '../errors.js';
import { sanitize } from '../format/sanitize.js';
import { t } from '../i18n/index.js';
import { parsePositiveInteger } from '../options/checks.js';
import { printJson, printLine, printMessage } from '../render/output.js';
import { renderHits } from '../render/search.js';

// `plainte search <words>`: the complaints whose texts hold every word, best first (README,
// "Finding a past case").

const DEFAULT_LIMIT = 20;

export const run: Handler<typeof DECLARATIONS.search> = async ([typed], options, context) => {
  const text = typed.join(' ');
  const words = searchWords(text);
  if (words.length === 0) throw new UserError('search.noWords', { text: sanitize(text) });
  const limit = options.limit === undefined ? DEFAULT_LIMIT : parsePositiveInteger('--limit', options.limit);
  await withStore(context, async (store) => {
    const hits = await store.searchComplaints(words, limit);
    if (options.json) {
      printJson(hits.map(({ texts, ...hit }) => ({ ...hit, excerpt: excerptText(excerpt(texts, words)) })));
      return;
    }
    if (hits.length === 0) {
      printMessage(t('search.none', { text: sanitize(text) }));
      return;
    }
    printLine(renderHits(hits, words));
    if (hits.length === limit) printMessage(t('search.more', { shown: hits.length }));
  });
};
