import type { Complaint } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { formatDateTime, formatDay } from '../format/dates.js';
import { color } from '../render/output.js';
import { oneLine } from '../format/sanitize.js';

// What is read back to the customer before they leave or hang up: what will be done,
// by whom, when they will hear from the shop and on which number.

interface Mediator {
  name: string | null;
  url: string | null;
}

/** `shop`: the `shop.name` setting, which says who calls back ("Quincaillerie Martin vous
 * rappelle…"); without it, "Nous vous rappelons…". */
export function recapLines(complaint: Complaint, mediator: Mediator, shop: string | null = null): string[] {
  const lines = [color().bold(t('wizard.recap.title', { id: complaint.id }))];
  if (complaint.solution) lines.push(t('wizard.recap.what', { solution: oneLine(complaint.solution, 200) }));
  const who = complaint.assignee ?? complaint.operator;
  if (who) lines.push(t('wizard.recap.who', { who: oneLine(who) }));
  // Settled on the spot (the wizard closes it then) or resolved since.
  if (complaint.status === 'resolved' || complaint.status === 'closed') {
    lines.push(t('wizard.recap.resolved'));
    return lines;
  }
  if (complaint.nextContactAt) {
    const at = new Date(complaint.nextContactAt);
    // A callback day without a time is stored at local midnight: say the day only.
    const when =
      at.getHours() === 0 && at.getMinutes() === 0
        ? formatDay(complaint.nextContactAt)
        : formatDateTime(complaint.nextContactAt);
    const phone = complaint.callbackPhone ? oneLine(complaint.callbackPhone) : null;
    if (shop) {
      const name = oneLine(shop);
      lines.push(
        phone
          ? t('wizard.recap.shopCallbackOn', { shop: name, when, phone })
          : t('wizard.recap.shopCallback', { shop: name, when }),
      );
    } else lines.push(phone ? t('wizard.recap.callbackOn', { when, phone }) : t('wizard.recap.callback', { when }));
  }
  // Naming the shop's consumer mediator to a customer left unsatisfied is a legal duty (L612-1, L616-1).
  if (mediator.name) {
    lines.push(
      mediator.url
        ? t('wizard.recap.mediatorUrl', { name: oneLine(mediator.name), url: oneLine(mediator.url, 200) })
        : t('wizard.recap.mediator', { name: oneLine(mediator.name) }),
    );
  }
  return lines;
}
