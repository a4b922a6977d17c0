import type { Attachment } from '../domain/attachments.js';
import { formatDateTime } from '../format/dates.js';
import { formatBytes } from '../format/numbers.js';
import { sanitize } from '../format/sanitize.js';
import { t } from '../i18n/index.js';

// A complaint's attachments as `show` and `attach <id>` list them: number, name, type, size, date.

export function attachmentLines(attachments: readonly Attachment[]): string[] {
  return attachments.map((attachment) =>
    t('attach.line', {
      number: attachment.number,
      name: sanitize(attachment.name),
      type: attachment.type,
      size: formatBytes(attachment.size),
      date: formatDateTime(attachment.addedAt),
    }),
  );
}
