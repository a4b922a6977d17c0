import type { Complaint, ComplaintEvent } from '../domain/types.js';
import { label, t, type MessageKey } from '../i18n/index.js';
import { formatDateTime, formatDay } from '../format/dates.js';
import { formatCost } from '../format/numbers.js';
import { clockLines } from './clocks.js';
import { describeEvent } from './events.js';
import { color } from './output.js';
import { sanitize } from '../format/sanitize.js';

// `plainte show`: every answer of the five phases, then the timeline.

type Field = [MessageKey, string | null | undefined];

function yesNo(value: boolean | null): string | null {
  return value === null ? null : t(value ? 'common.yes' : 'common.no');
}

function section(title: MessageKey, reached: boolean, fields: Field[]): string[] {
  const lines = [color().bold(t(title))];
  if (!reached) return [...lines, `  ${color().dim(t('show.notReached'))}`];
  const shown = fields.filter(([, value]) => value !== null && value !== undefined && value !== '');
  const width = Math.max(...shown.map(([key]) => t(key).length), 0);
  for (const [key, value] of shown) {
    const text = sanitize(value!, { multiline: true }).replace(/\n/g, `\n  ${' '.repeat(width + 2)}`);
    lines.push(`  ${t(key).padEnd(width)}  ${text}`);
  }
  return lines;
}

/** The running and finished clocks, when the complaint has any (README, "Écrire au client"). */
function clocksSection(complaint: Complaint, now: Date): string[] {
  const lines = clockLines(complaint, now);
  return lines.length === 0 ? [] : [color().bold(t('show.section.clocks')), ...lines.map((line) => `  ${line}`), ''];
}

export function renderComplaint(complaint: Complaint, events: ComplaintEvent[], now: Date): string {
  const c = complaint;
  const customer = c.customer;
  const lines = [color().bold(t('show.title', { id: c.id, status: label('status', c.status) })), ''];
  lines.push(
    ...section('wizard.phase.1', c.phaseReached >= 1, [
      ['show.field.received', formatDateTime(c.receivedAt)],
      ['show.field.channel', label('channel', c.channel)],
      ['show.field.operator', c.operator],
      ['show.field.mood', label('mood', c.mood)],
      ['show.field.account', c.account],
    ]),
    '',
    ...section('wizard.phase.2', c.phaseReached >= 2, [
      ['list.col.customer', customer?.name],
      ['show.field.phone', customer?.phone],
      ['show.field.email', customer?.email],
      ['show.field.company', customer?.company],
      ['show.field.address', customer?.address],
      ['show.field.kind', t(c.business ? 'show.field.kind.business' : 'show.field.kind.consumer')],
      ['show.field.order', c.orderRef],
      ['show.field.purchaseDate', formatDay(c.purchaseDate)],
      ['show.field.product', c.product],
      ['show.field.goods', t(c.secondHand ? 'show.field.goods.secondHand' : 'show.field.goods.new')],
      ['list.col.category', label('category', c.category)],
      ['show.field.request', label('request', c.request)],
      ['show.field.facts', c.facts],
      ['show.field.written', formatDay(c.writtenAt)],
    ]),
    '',
    ...section('wizard.phase.3', c.phaseReached >= 3, [
      ['show.field.apologised', yesNo(c.apologised)],
      ['show.field.apologyNote', c.apologyNote],
    ]),
    '',
    ...section('wizard.phase.4', c.phaseReached >= 4, [
      ['show.field.solution', c.solution],
      ['show.field.solutionType', label('solution', c.solutionType)],
      ['show.field.assignee', c.assignee],
      ['show.field.cost', formatCost(c.costCents)],
    ]),
    '',
    ...section('wizard.phase.5', c.phaseReached >= 5 || c.status !== 'draft', [
      ['show.field.nextContact', formatDateTime(c.nextContactAt)],
      ['show.field.callbackPhone', c.callbackPhone],
      ['show.field.callbackNote', c.callbackNote],
      ['show.field.outcome', label('outcome', c.outcome)],
      ['show.field.satisfaction', c.satisfaction === null ? null : `${c.satisfaction}/5`],
      ['show.field.cause', c.cause],
      ['show.field.lesson', c.lesson],
      ['show.field.closedAt', formatDateTime(c.closedAt)],
    ]),
    '',
    ...clocksSection(c, now),
    color().bold(t('show.section.timeline')),
  );
  if (events.length === 0) lines.push(`  ${t('show.timeline.empty')}`);
  for (const event of events) lines.push(...describeEvent(event, now).map((line) => `  ${line}`));
  if (c.status === 'draft') lines.push('', t('show.resumeHint', { id: c.id }));
  return lines.join('\n');
}
