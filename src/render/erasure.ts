import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Scrub } from '../store/store.js';
import { printMessage } from './output.js';
import { sanitize } from '../format/sanitize.js';

/** Says what became of the clean-up of the files after an erasure (`forget`, `purge`). The
 * erasure itself is committed; a clean-up left undone is finished by the next command that
 * opens the logbook: a reader in the way is only said, a full disk or a failure is an error. */
export function reportScrub(scrub: Scrub, logbook: string): void {
  if (scrub === 'busy') printMessage(t('erase.notScrubbed'));
  if (scrub === 'full') throw new UserError('erase.full', { path: sanitize(logbook) });
  if (scrub === 'failed') throw new UserError('erase.failed', { path: sanitize(logbook) });
}
