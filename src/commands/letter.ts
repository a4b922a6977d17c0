import { callbackRulesOf, withStore, type Context, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { isoDay } from '../domain/dates.js';
import { EVENT_KINDS } from '../domain/events.js';
import { addOpenDays } from '../domain/hours.js';
import { LETTER_PARTS, shownSetting, type LetterPart } from '../domain/settings.js';
import { isPlausibleEmail } from '../domain/text.js';
import type { Complaint } from '../domain/types.js';
import { EXIT, UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { dataFilter, sanitize } from '../format/sanitize.js';
import { parseId, text } from '../options/values.js';
import { parseChoice } from '../options/checks.js';
import {
  addressLines,
  composeLetter,
  LETTER_TYPES,
  type Letter,
  type LetterSettings,
  type LetterType,
} from '../render/letter/compose.js';
import type { Envelope } from '../render/letter/eml.js';
import { printMessage, stdoutIsTerminal } from '../render/output.js';
import type { SettingsStore } from '../store/store.js';
import { openSink } from '../transfer/sink.js';

// `plainte lettre <id>`: an acknowledgement or an answer for the customer, as text, an HTML
// page, a PDF or an e-mail, written out or sent; each letter made is recorded in the
// complaint's history (README, "Écrire au client").

type Format = 'text' | 'html' | 'pdf' | 'eml';
const FORMATS: readonly Format[] = ['text', 'html', 'pdf', 'eml'];

/** How many open days the acknowledgement promises a written answer within. */
const DEFAULT_ANSWER_DAYS = 10;

async function letterSettings(store: SettingsStore): Promise<LetterSettings> {
  const get = (key: string) => store.getSetting(key);
  const parts: Partial<Record<LetterPart, string>> = {};
  for (const part of LETTER_PARTS) {
    const own = await get(`letter.${part}`);
    if (own !== null) parts[part] = own;
  }
  return {
    shopName: await get('shop.name'),
    shopAddress: await get('shop.address'),
    shopPhone: await get('shop.phone'),
    shopEmail: await get('shop.email'),
    shopSiret: await get('shop.siret'),
    mediatorName: await get('mediator.name'),
    mediatorUrl: await get('mediator.url'),
    parts,
    avoidedWords: ((await get('notes.words')) ?? '').split(',').filter(Boolean),
  };
}

/** The customer's address and e-mail given with the letter, kept on their record. */
function customerPatch(given: { address?: string | undefined; email?: string | undefined }): {
  address?: string;
  email?: string;
} {
  const patch: { address?: string; email?: string } = {};
  const address = text(given.address);
  if (address !== undefined) patch.address = addressLines(address).join('; ');
  const email = text(given.email);
  if (email !== undefined) {
    if (!isPlausibleEmail(email)) throw new UserError('letter.badEmail', { value: email });
    patch.email = email;
  }
  return patch;
}

/** The day by which the acknowledgement promises the written answer: the first one's promise
 * stands; else `answer.days` open days from today, by the shop's hours. */
async function answerBy(store: SettingsStore, complaint: Complaint, today: Date): Promise<string> {
  if (complaint.answerDueAt !== null) return complaint.answerDueAt;
  const days = Number((await store.getSetting('answer.days')) ?? DEFAULT_ANSWER_DAYS);
  return isoDay(addOpenDays((await callbackRulesOf(store)).hours, today, days));
}

function envelopeOf(letter: Letter, settings: LetterSettings, complaint: Complaint): Envelope {
  if (settings.shopEmail === null) throw new UserError('letter.noShopEmail');
  const to = complaint.customer?.email;
  if (!to) throw new UserError('letter.noCustomerEmail');
  return {
    from: { name: settings.shopName ?? '', address: settings.shopEmail },
    to: { name: letter.recipient[0] ?? '', address: to },
  };
}

async function rendered(letter: Letter, format: Format, envelope: () => Envelope, at: Date): Promise<string | Buffer> {
  if (format === 'html') return (await import('../render/letter/html.js')).renderLetterHtml(letter);
  if (format === 'pdf') return (await import('../render/letter/pdf.js')).renderLetterPdf(letter, at);
  if (format === 'eml') return (await import('../render/letter/eml.js')).renderLetterEml(letter, envelope(), at);
  return (await import('../render/letter/text.js')).renderLetterText(letter);
}

/** Sends the message through `smtp.url`; the password is never shown, even in the server's words. */
async function send(url: string, envelope: Envelope, message: Buffer): Promise<void> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  try {
    await transport.sendMail({ envelope: { from: envelope.from.address, to: envelope.to.address }, raw: message });
  } catch (error) {
    const password = /^smtps?:\/\/[^:@/]*:([^@/]*)@/.exec(url)?.[1];
    let detail = error instanceof Error ? error.message : String(error);
    if (password) detail = detail.replaceAll(password, '***').replaceAll(decodeURIComponent(password), '***');
    throw new UserError('letter.sendFailed', {
      server: sanitize(shownSetting('smtp.url', url)),
      detail: sanitize(detail),
    });
  } finally {
    transport.close();
  }
}

/** A letter asked for: by `plainte lettre`, or by `new` and `resume` at the end of phase 5. */
export interface LetterRequest {
  id: number;
  type: LetterType;
  format: Format;
  /** The file to write; none: standard output (unless sent). */
  output: string | undefined;
  send: boolean;
  address?: string | undefined;
  email?: string | undefined;
  decision?: string | undefined;
  operator?: string | undefined;
}

/** Makes the letter, writes or sends it, and records it in the complaint's history. */
export async function makeLetter(context: Context, request: LetterRequest): Promise<void> {
  const { id, type, format } = request;
  if (request.send && format !== 'eml') throw new UserError('letter.sendFormat', {}, EXIT.usage);
  const terminal = request.output === undefined && !request.send && stdoutIsTerminal();
  if (format === 'pdf' && terminal) throw new UserError('letter.pdfTerminal');
  const given = customerPatch(request);
  await withStore(context, async (store, clock) => {
    const now = clock();
    const found = await store.getComplaint(id);
    if (!found) throw new UserError('error.notFound', { id });
    const complaint: Complaint = found.customer ? { ...found, customer: { ...found.customer, ...given } } : found;
    const settings = await letterSettings(store);
    const operator = await context.operatorFor(store, request.operator);
    const promise = type === 'accuse' ? await answerBy(store, complaint, now) : null;
    const letter = composeLetter({
      type,
      complaint,
      settings,
      signedBy: operator ?? complaint.operator,
      today: now,
      answerBy: promise,
      ...(request.decision === undefined ? {} : { decision: request.decision.trim() }),
    });
    const smtp = request.send ? await store.getSetting('smtp.url') : null;
    if (request.send && smtp === null) throw new UserError('letter.noSmtp');
    const envelope = () => envelopeOf(letter, settings, complaint);
    const output = await rendered(letter, format, envelope, now);
    for (const warning of letter.warnings) printMessage(t(warning));
    if (smtp !== null) await send(smtp, envelope(), output as Buffer);
    if (request.output !== undefined || !request.send) {
      const sink = openSink(request.output, dataFilter(false, terminal));
      try {
        await sink.write(format === 'eml' ? output.toString() : output);
        await sink.close();
      } finally {
        sink.discard();
      }
    }
    const first = type === 'accuse' ? complaint.answerDueAt === null : complaint.writtenAnswerAt === null;
    await store.recordChange({
      id,
      event: {
        kind: EVENT_KINDS.letter,
        operator,
        details: { type, format, sent: smtp !== null, ...(promise === null ? {} : { answerBy: promise }) },
      },
      ...(first
        ? { patch: type === 'accuse' ? { answerDueAt: promise } : { writtenAnswerAt: now.toISOString() } }
        : {}),
      ...(Object.keys(given).length > 0 && found.customerId !== null ? { customerPatch: given } : {}),
    });
    if (smtp !== null) printMessage(t('letter.sent', { to: sanitize(envelope().to.address), id }));
    else if (request.output !== undefined) printMessage(t('letter.written', { path: sanitize(request.output), id }));
  });
}

export const run: Handler<typeof DECLARATIONS.letter> = async ([idText], options, context) => {
  const id = parseId(idText);
  if (options.type === undefined) throw new UserError('letter.typeMissing', {}, EXIT.usage);
  const type = parseChoice('--type', options.type, LETTER_TYPES);
  const format = parseChoice<Format>('--format', options.format ?? (options.send ? 'eml' : 'text'), FORMATS);
  await makeLetter(context, { ...options, id, type, format, send: options.send === true });
};
