import { describe, expect, it } from 'vitest';
import { attach as enAttach } from '../../src/i18n/en/attach.js';
import { base as enBase } from '../../src/i18n/en/base.js';
import { books as enBooks } from '../../src/i18n/en/books.js';
import { counter as enCounter } from '../../src/i18n/en/counter.js';
import { figures as enFigures } from '../../src/i18n/en/figures.js';
import { dates as enDates } from '../../src/i18n/en/dates.js';
import { find as enFind } from '../../src/i18n/en/find.js';
import { follow as enFollow } from '../../src/i18n/en/follow.js';
import { terminal as enTerminal } from '../../src/i18n/en/terminal.js';
import { pickup as enPickup } from '../../src/i18n/en/pickup.js';
import { letters as enLetters } from '../../src/i18n/en/letters.js';
import { server as enServer } from '../../src/i18n/en/server.js';
import { en } from '../../src/i18n/en.js';
import { attach } from '../../src/i18n/fr/attach.js';
import { base } from '../../src/i18n/fr/base.js';
import { books } from '../../src/i18n/fr/books.js';
import { counter } from '../../src/i18n/fr/counter.js';
import { dates } from '../../src/i18n/fr/dates.js';
import { figures } from '../../src/i18n/fr/figures.js';
import { find } from '../../src/i18n/fr/find.js';
import { follow } from '../../src/i18n/fr/follow.js';
import { terminal } from '../../src/i18n/fr/terminal.js';
import { pickup } from '../../src/i18n/fr/pickup.js';
import { letters } from '../../src/i18n/fr/letters.js';
import { server } from '../../src/i18n/fr/server.js';
import { fr } from '../../src/i18n/fr.js';

/**
 * French messages alike under several keys, kept apart on purpose. Labels of stored values
 * are looked up by their group and value (label(), events.ts), so each group has its own:
 * the outcome "réglée" is not the status "réglée", and another language may tell them
 * apart. The report's headings alike to other tables' are left to the report's rework.
 */
const APART = [
  // label('status' | 'outcome', …), and the event kind.
  'event.resolved outcome.resolved status.resolved',
  // label('category' | 'request' | 'solution', …)
  'category.other request.other solution.other',
  'request.refund solution.refund',
  'request.exchange solution.exchange',
  'request.repair solution.repair',
  'request.gesture solution.gesture',
  // A letter says what the customer asks in a sentence; the label names the request.
  'letter.request.apology request.apology',
  // An event's details, labelled by their stored names (render/events.ts).
  'detail.note show.field.apologyNote',
  // The follow-up's choices, by value, and the option's help.
  'followUp.next.resolved opt.followUp.resolved',
  // The spreadsheet export's columns, looked up by the field they hold (excel.col.<field>).
  'excel.col.id list.col.id report.col.id',
  'excel.col.customer list.col.customer report.col.customer',
  'excel.col.attachments show.section.attachments',
  'excel.col.category list.col.category',
  'excel.col.receivedAt show.field.received',
  'detail.channel excel.col.channel show.field.channel',
  'excel.col.phone report.col.phone show.field.phone',
  'excel.col.product report.col.product',
  'excel.col.email show.field.email',
  'excel.col.facts show.field.facts',
  'excel.col.solutionType show.field.solutionType',
  'detail.assignee detail.to excel.col.assignee report.col.assignee show.field.assignee',
  'excel.col.nextContactAt show.field.nextContact',
  'excel.col.outcome show.field.outcome',
  'excel.col.satisfaction report.col.satisfaction show.field.satisfaction',
  'detail.cause excel.col.cause show.field.cause',
  'excel.col.closedAt show.field.closedAt',
  'detail.lesson excel.col.lesson',
  // The report's headings.
  'list.col.summary report.col.summary',
  'doctor.byStatus report.section.status',
  'report.col.received report.row.received',
  'report.noOperator report.noValue',
];

describe('the message catalogs', () => {
  it('give each key in one area file only, so that no message silently replaces another', () => {
    for (const [parts, whole] of [
      [[base, counter, follow, books, dates, figures, pickup, server, terminal, letters, find, attach], fr],
      [
        [
          ...[enBase, enCounter, enFollow, enBooks, enDates, enFigures, enPickup, enServer, enTerminal, enLetters],
          ...[enFind, enAttach],
        ],
        en,
      ],
    ] as const) {
      const count = parts.reduce((sum, part) => sum + Object.keys(part).length, 0);
      expect(count).toBe(Object.keys(whole).length);
    }
  });

  it('say one thing under one key: no two French messages alike but those kept apart on purpose', () => {
    const byText = new Map<string, string[]>();
    for (const [key, text] of Object.entries(fr)) byText.set(text, [...(byText.get(text) ?? []), key]);
    const alike = [...byText.values()].filter((keys) => keys.length > 1).map((keys) => keys.sort().join(' '));
    expect(alike.sort()).toEqual([...APART].sort());
  });

  it('have a message, not an empty string, for every key in both languages', () => {
    for (const catalog of [fr, en])
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
  });
});
