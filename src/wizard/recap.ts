import type { Complaint } from '../domain/types.js';
import { t, type Params } from '../i18n/index.js';
import { formatFull } from '../format/dates.js';
import { color } from '../render/output.js';
import { oneLine } from '../format/sanitize.js';

// What is read back to the customer before they leave or hang up: what will be done,
// by whom, when they will hear from the shop and on which number.

interface Mediator {
  name: string | null;
  url: string | null;
}

/** "Bruno vous rappelle le jeudi 26 novembre 2026 à 14:30 au 06 12 34 56 78.": who calls
 * back (the colleague it was handed to, else who recorded it), for which shop (the `shop.name`
 * setting: "Bruno, pour Quincaillerie Martin, vous rappelle…"), when, on which number. */
function callbackLine(complaint: Complaint, at: string, who: string | null, shop: string | null): string {
  const date = new Date(at);
  // A callback day without a time is stored at local midnight: say the day only.
  const when = formatFull(date, date.getHours() !== 0 || date.getMinutes() !== 0);
  const params: Params = { when };
  if (who !== null) params.who = oneLine(who);
  if (shop !== null) params.shop = oneLine(shop);
  if (complaint.callbackPhone) params.phone = oneLine(complaint.callbackPhone);
  const on = complaint.callbackPhone ? 'On' : '';
  if (who !== null && shop !== null) return t(`wizard.recap.callsBackFor${on}`, params);
  if (who !== null) return t(`wizard.recap.callsBack${on}`, params);
  if (shop !== null) return t(`wizard.recap.shopCallback${on}`, params);
  return t(`wizard.recap.callback${on}`, params);
}

/** `shop`: the `shop.name` setting, named as the one who calls back. */
export function recapLines(complaint: Complaint, mediator: Mediator, shop: string | null = null): string[] {
  const lines = [color().bold(t('wizard.recap.title', { id: complaint.id }))];
  if (complaint.solution) lines.push(t('wizard.recap.what', { solution: oneLine(complaint.solution, 200) }));
  const who = complaint.assignee ?? complaint.operator;
  const settled = complaint.status === 'resolved' || complaint.status === 'closed';
  if (complaint.nextContactAt && !settled) lines.push(callbackLine(complaint, complaint.nextContactAt, who, shop));
  else if (who) lines.push(t('wizard.recap.who', { who: oneLine(who) }));
  // Settled on the spot (the wizard closes it then) or resolved since.
  if (settled) {
    lines.push(t('wizard.recap.resolved'));
    return lines;
  }
  // Naming the shop's consumer mediator to a consumer left unsatisfied is a legal duty
  // (L612-1, L616-1); a business customer has no consumer mediator.
  if (mediator.name && !complaint.business) {
    lines.push(
      mediator.url
        ? t('wizard.recap.mediatorUrl', { name: oneLine(mediator.name), url: oneLine(mediator.url, 200) })
        : t('wizard.recap.mediator', { name: oneLine(mediator.name) }),
    );
  }
  return lines;
}
