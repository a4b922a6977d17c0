import { subjectiveWords } from '../../domain/notes.js';
import type { LetterPart } from '../../domain/settings.js';
import type { Complaint } from '../../domain/types.js';
import { warrantyAtRequest } from '../../domain/warranty.js';
import { UserError } from '../../errors.js';
import { t, type MessageKey, type Params } from '../../i18n/index.js';
import { formatLetterDay } from '../../format/dates.js';

// A letter to the customer as a document, before any format: who writes, to whom, where and
// when, the subject, the paragraphs, the signature (README, "Écrire au client"). Every text is
// as typed or as the catalog says it; each format escapes or sanitises it for its reader.

export type LetterType = 'accuse' | 'reponse';
export const LETTER_TYPES: readonly LetterType[] = ['accuse', 'reponse'];

/** The shop's settings a letter reads (null: not set). */
export interface LetterSettings {
  shopName: string | null;
  shopAddress: string | null;
  shopPhone: string | null;
  shopEmail: string | null;
  shopSiret: string | null;
  mediatorName: string | null;
  mediatorUrl: string | null;
  /** The shop's own wording of each part (`letter.<part>`). */
  parts: Partial<Record<LetterPart, string>>;
  /** `notes.words`: more words the customer must not read about themselves. */
  avoidedWords: readonly string[];
}

export interface LetterInput {
  type: LetterType;
  complaint: Complaint;
  settings: LetterSettings;
  /** Who signs: the operator making the letter. */
  signedBy: string | null;
  today: Date;
  /** The acknowledgement's promise, YYYY-MM-DD. */
  answerBy: string | null;
  /** The decision as the letter says it, instead of the recorded solution. */
  decision?: string;
}

export interface Letter {
  type: LetterType;
  id: number;
  sender: string[];
  recipient: string[];
  placeAndDate: string;
  subject: string;
  references: string[];
  opening: string;
  paragraphs: string[];
  closing: string;
  signature: string[];
  /** What the letter needs and lacks, for the shopkeeper (stderr), not the customer. */
  warnings: MessageKey[];
}

/** Lines typed in one setting or option: separated by ";" or line breaks. */
export function addressLines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/[;\n]/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The town of a French address: what follows the 5-digit postcode on its last line. */
function townOf(address: string | null): string | null {
  const last = addressLines(address).at(-1) ?? '';
  return /\b\d{5}\s+(.+)$/.exec(last)?.[1]?.trim() ?? null;
}

/** A part in the shop's wording when it gave one, else the catalog's, with its values. */
function part(settings: LetterSettings, name: LetterPart, params: Params): string {
  const own = settings.parts[name];
  const template = own ?? t(`letter.${name}` as MessageKey);
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Resolved, or closed as resolved: nothing left to dispute. */
const settled = (c: Complaint) => c.status === 'resolved' || (c.status === 'closed' && c.outcome === 'resolved');

type FlaggedField = 'product' | 'order' | 'decision';

/** The customer must never read a word the notes check flags (src/domain/notes.ts). */
function refuseFlagged(fields: [FlaggedField, string | null | undefined][], avoided: readonly string[]): void {
  for (const [field, value] of fields) {
    if (!value) continue;
    const words = subjectiveWords(value, avoided);
    if (words.length === 0) continue;
    // A decision is reworded with --decision; the other fields are the complaint's own.
    const key = field === 'decision' ? 'letter.flaggedDecision' : 'letter.flagged';
    throw new UserError(key, { words: words.join(', '), field: t(`letter.field.${field}`) });
  }
}

function sender(settings: LetterSettings): string[] {
  const contact = [
    settings.shopPhone ? t('letter.shop.phone', { phone: settings.shopPhone }) : null,
    settings.shopEmail,
  ].filter((item): item is string => item !== null);
  return [
    ...(settings.shopName ? [settings.shopName] : []),
    ...addressLines(settings.shopAddress),
    ...(contact.length > 0 ? [contact.join(' · ')] : []),
    ...(settings.shopSiret ? [t('letter.shop.siret', { siret: settings.shopSiret })] : []),
  ];
}

function decisionParagraph(input: LetterInput, params: Params, decision: string): string {
  const c = input.complaint;
  const sentences = [
    part(input.settings, 'answer', { ...params, decision: /[.!?…]$/.test(decision) ? decision : `${decision}.` }),
  ];
  if (settled(c)) sentences.push(t('letter.answer.settled'));
  else {
    const who = c.assignee ?? c.operator;
    if (who) sentences.push(t('letter.answer.who', { who }));
    if (c.nextContactAt !== null && new Date(c.nextContactAt) > input.today)
      sentences.push(t('letter.answer.by', { by: formatLetterDay(c.nextContactAt) }));
  }
  return sentences.join(' ');
}

/** The warranty paragraph, for a consumer's goods still under the legal warranty. */
function warrantyParagraph(c: Complaint, settings: LetterSettings): string | null {
  const warranty = warrantyAtRequest(c);
  if (warranty === null) return null;
  return part(settings, 'warranty', {
    purchased: formatLetterDay(c.purchaseDate!),
    coveredUntil: formatLetterDay(warranty.coveredUntil),
    presumedUntil: formatLetterDay(warranty.presumedUntil),
    repairDeadline: formatLetterDay(warranty.repairDeadline),
  });
}

export function composeLetter(input: LetterInput): Letter {
  const { complaint: c, settings } = input;
  if (c.customer === null) throw new UserError('letter.noCustomer', { id: c.id });
  if (c.customer.forgottenAt !== null) throw new UserError('letter.forgotten', { id: c.id });
  const decision = input.decision ?? c.solution ?? undefined;
  if (input.type === 'reponse' && decision === undefined) throw new UserError('letter.noDecision', { id: c.id });
  refuseFlagged(
    [
      ['product', c.product],
      ['order', c.orderRef],
      ['decision', input.type === 'reponse' ? decision : null],
    ],
    settings.avoidedWords,
  );
  const warnings: MessageKey[] = [];
  const address = addressLines(c.customer.address);
  if (address.length === 0) warnings.push('letter.noAddress');
  const town = townOf(settings.shopAddress);
  const date = formatLetterDay(input.today);
  const params: Params = {
    id: c.id,
    received: formatLetterDay(c.receivedAt),
    product: c.product ?? '',
    about: c.product ? ` (${c.product})` : '',
    request: t(`letter.request.${c.request ?? 'other'}` as MessageKey),
    answerBy: input.answerBy === null ? '' : formatLetterDay(input.answerBy),
  };
  const paragraphs: string[] = [];
  if (input.type === 'accuse') paragraphs.push(part(settings, 'ack', params));
  else {
    paragraphs.push(decisionParagraph(input, params, decision!));
    const warranty = warrantyParagraph(c, settings);
    if (warranty !== null) paragraphs.push(warranty);
    // The consumer mediator is named when a dispute is left (L616-1), never to a business.
    if (!c.business && !settled(c)) {
      if (settings.mediatorName === null) warnings.push('letter.noMediator');
      else {
        const mediator = [settings.mediatorName, settings.mediatorUrl].filter(Boolean).join(', ');
        paragraphs.push(part(settings, 'mediator', { mediator }));
      }
    }
  }
  return {
    type: input.type,
    id: c.id,
    sender: sender(settings),
    recipient: [c.customer.name, ...(c.business && c.customer.company ? [c.customer.company] : []), ...address],
    placeAndDate: town === null ? t('letter.date', { date }) : t('letter.placeDate', { place: town, date }),
    subject: t(`letter.subject.${input.type}`, { id: c.id }),
    references: [
      t('letter.ref.received', { date: formatLetterDay(c.receivedAt) }),
      ...(c.writtenAt ? [t('letter.ref.written', { date: formatLetterDay(c.writtenAt) })] : []),
      ...(c.orderRef ? [t('letter.ref.order', { order: c.orderRef })] : []),
      ...(c.product ? [t('letter.ref.product', { product: c.product })] : []),
    ],
    opening: part(settings, 'opening', {}),
    paragraphs,
    closing: part(settings, 'closing', {}),
    signature: [
      ...(input.signedBy ? [input.signedBy] : []),
      ...(settings.shopName
        ? [input.signedBy ? t('letter.signature.for', { shop: settings.shopName }) : settings.shopName]
        : []),
    ],
    warnings,
  };
}
