import { label, lang, t, type MessageKey } from '../i18n/index.js';
import type { ExportedComplaint } from '../store/store.js';
import { csvRecord, neutralise } from './csv.js';
import type { Target } from './hand-columns.js';
import type { Sink } from './sink.js';

// The spreadsheet for the owner (`export --format csv --for excel`): one line per complaint,
// the columns named in the user's language, local date-times (25/11/2026 14:30), labels
// rather than stored values, costs in euros (45,90); no history. The columns are those of a
// CSV kept by hand, so `plainte import` reads the file back, and its N° tells the
// complaints already in the logbook (README, "Export and import"). A last column names the
// attachments, one a line: import passes over it, their files travel in JSON only.

const BOM = '\uFEFF';

type Cell = (complaint: ExportedComplaint) => string | null;

const two = (n: number) => String(n).padStart(2, '0');

/** 25/11/2026 14:30 in local time; a day alone for a callback promised without a time. */
function localTime(iso: string | null): string | null {
  if (iso === null) return null;
  const at = new Date(iso);
  const day = `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`;
  return `${day} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

function euros(cents: number | null): string | null {
  if (cents === null) return null;
  const text = `${Math.floor(cents / 100)}.${two(cents % 100)}`;
  return lang() === 'fr' ? text.replace('.', ',') : text;
}

const COLUMNS: [Target, Cell][] = [
  ['id', (c) => String(c.id)],
  ['receivedAt', (c) => localTime(c.receivedAt)],
  ['customer', (c) => c.customer?.name ?? null],
  ['phone', (c) => c.customer?.phone ?? null],
  ['email', (c) => c.customer?.email ?? null],
  ['company', (c) => c.customer?.company ?? null],
  ['orderRef', (c) => c.orderRef],
  ['product', (c) => c.product],
  ['category', (c) => (c.category === null ? null : label('category', c.category))],
  ['channel', (c) => (c.channel === null ? null : label('channel', c.channel))],
  ['mood', (c) => (c.mood === null ? null : label('mood', c.mood))],
  ['account', (c) => c.account],
  ['facts', (c) => c.facts],
  ['request', (c) => (c.request === null ? null : label('request', c.request))],
  ['solution', (c) => c.solution],
  ['solutionType', (c) => (c.solutionType === null ? null : label('solution', c.solutionType))],
  ['assignee', (c) => c.assignee],
  ['cost', (c) => euros(c.costCents)],
  ['status', (c) => label('status', c.status)],
  ['nextContactAt', (c) => localTime(c.nextContactAt)],
  ['callbackNote', (c) => c.callbackNote],
  ['outcome', (c) => (c.outcome === null ? null : label('outcome', c.outcome))],
  ['satisfaction', (c) => (c.satisfaction === null ? null : String(c.satisfaction))],
  ['cause', (c) => c.cause],
  ['lesson', (c) => c.lesson],
  ['closedAt', (c) => localTime(c.closedAt)],
  ['operator', (c) => c.operator],
];

/** Cells the spreadsheet reads as numbers and dates; the others are text, neutralised. */
const TYPED = new Set<Target>(['id', 'receivedAt', 'cost', 'nextContactAt', 'satisfaction', 'closedAt']);

export async function writeExcelCsv(complaints: AsyncIterable<ExportedComplaint>, sink: Sink): Promise<number> {
  const head = COLUMNS.map(([target]) => t(`excel.col.${target}` as MessageKey));
  await sink.write(BOM + csvRecord([...head, t('excel.col.attachments')]));
  let count = 0;
  for await (const complaint of complaints) {
    const cells = COLUMNS.map(([target, cell]) => {
      const value = cell(complaint) ?? '';
      return TYPED.has(target) ? value : neutralise(value);
    });
    const names = (complaint.attachments ?? []).map((attachment) => attachment.name).join('\n');
    await sink.write(csvRecord([...cells, neutralise(names)]));
    count++;
  }
  return count;
}
