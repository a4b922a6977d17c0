import type { Attachment } from '../domain/attachments.js';
import type { Complaint, ComplaintEvent } from '../domain/types.js';
import { attachmentLines } from './attachments.js';
import { label, t, type MessageKey } from '../i18n/index.js';
import { formatDateTime, formatDay } from '../format/dates.js';
import { formatCost } from '../format/numbers.js';
import { clockLines } from './clocks.js';
import { describeEvent } from './events.js';
import { color } from './output.js';
import { sanitize } from '../format/sanitize.js';
import { fitLines, labelled, outputWidth, wrap } from './width.js';

// `plainte show`: every answer of the five phases, then the timeline.

/** A field: its label, its value, and whether the value is free text (wrapped at its spaces)
 * rather than a value kept whole on a line (a date, a phone number, a label). */
type Field = [MessageKey, string | null | undefined, 'text'?];

function yesNo(value: boolean | null): string | null {
  return value === null ? null : t(value ? 'common.yes' : 'common.no');
}

function section(title: MessageKey, reached: boolean, fields: Field[], width: number): string[] {
  const lines = [color().bold(t(title))];
  if (!reached) return [...lines, `  ${color().dim(t('show.notReached'))}`];
  const shown = fields.filter(([, value]) => value !== null && value !== undefined && value !== '');
  const values = shown.map(([key, value, text]) => ({
    label: t(key),
    value: sanitize(value!, { multiline: true }),
    text: text === 'text',
  }));
  return [...lines, ...labelled(values, width)];
}

/** The running and finished clocks, when the complaint has any (README, "Écrire au client"). */
function clocksSection(complaint: Complaint, now: Date, width: number): string[] {
  const lines = clockLines(complaint, now).map((line) => `  ${line}`);
  return lines.length === 0 ? [] : [color().bold(t('show.section.clocks')), ...fitLines(lines, width), ''];
}

/** The files kept with the complaint, when it has any (README, "Joindre une pièce"). */
function attachmentsSection(attachments: readonly Attachment[], width: number): string[] {
  if (attachments.length === 0) return [];
  const lines = attachmentLines(attachments).map((line) => `  ${line}`);
  return [color().bold(t('show.section.attachments')), ...fitLines(lines, width), ''];
}

export function renderComplaint(
  complaint: Complaint,
  events: ComplaintEvent[],
  now: Date,
  attachments: readonly Attachment[] = [],
): string {
  const c = complaint;
  const customer = c.customer;
  const width = outputWidth();
  const title = wrap(t('show.title', { id: c.id, status: label('status', c.status) }), width);
  const lines = [...title.map((line) => color().bold(line)), ''];
  lines.push(
    ...section(
      'wizard.phase.1',
      c.phaseReached >= 1,
      [
        ['show.field.received', formatDateTime(c.receivedAt)],
        ['show.field.channel', label('channel', c.channel)],
        ['show.field.operator', c.operator, 'text'],
        ['show.field.mood', label('mood', c.mood)],
        ['show.field.account', c.account, 'text'],
      ],
      width,
    ),
    '',
    ...section(
      'wizard.phase.2',
      c.phaseReached >= 2,
      [
        ['list.col.customer', customer?.name, 'text'],
        ['show.field.phone', customer?.phone],
        ['show.field.email', customer?.email],
        ['show.field.company', customer?.company, 'text'],
        ['show.field.address', customer?.address, 'text'],
        ['show.field.kind', t(c.business ? 'show.field.kind.business' : 'show.field.kind.consumer')],
        ['show.field.order', c.orderRef, 'text'],
        ['show.field.purchaseDate', formatDay(c.purchaseDate)],
        ['show.field.product', c.product, 'text'],
        ['show.field.goods', t(c.secondHand ? 'show.field.goods.secondHand' : 'show.field.goods.new')],
        ['list.col.category', label('category', c.category), 'text'],
        ['show.field.request', label('request', c.request)],
        ['show.field.facts', c.facts, 'text'],
        ['show.field.written', formatDay(c.writtenAt)],
      ],
      width,
    ),
    '',
    ...section(
      'wizard.phase.3',
      c.phaseReached >= 3,
      [
        ['show.field.apologised', yesNo(c.apologised)],
        ['show.field.apologyNote', c.apologyNote, 'text'],
      ],
      width,
    ),
    '',
    ...section(
      'wizard.phase.4',
      c.phaseReached >= 4,
      [
        ['show.field.solution', c.solution, 'text'],
        ['show.field.solutionType', label('solution', c.solutionType)],
        ['show.field.assignee', c.assignee, 'text'],
        ['show.field.cost', formatCost(c.costCents)],
      ],
      width,
    ),
    '',
    ...section(
      'wizard.phase.5',
      c.phaseReached >= 5 || c.status !== 'draft',
      [
        ['show.field.nextContact', formatDateTime(c.nextContactAt)],
        ['show.field.callbackPhone', c.callbackPhone],
        ['show.field.callbackNote', c.callbackNote, 'text'],
        ['show.field.outcome', label('outcome', c.outcome)],
        ['show.field.satisfaction', c.satisfaction === null ? null : `${c.satisfaction}/5`],
        ['show.field.cause', c.cause, 'text'],
        ['show.field.lesson', c.lesson, 'text'],
        ['show.field.closedAt', formatDateTime(c.closedAt)],
      ],
      width,
    ),
    '',
    ...clocksSection(c, now, width),
    ...attachmentsSection(attachments, width),
    color().bold(t('show.section.timeline')),
  );
  if (events.length === 0) lines.push(`  ${t('show.timeline.empty')}`);
  for (const event of events)
    lines.push(
      ...fitLines(
        describeEvent(event, now).map((line) => `  ${line}`),
        width,
      ),
    );
  if (c.status === 'draft') lines.push('', ...wrap(t('show.resumeHint', { id: c.id }), width));
  return lines.join('\n');
}
