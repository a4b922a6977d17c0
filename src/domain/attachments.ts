// Attachments: a photo of the defect, the receipt, a serial-number label, a letter, kept
// inside the logbook beside the complaint (README, "Joindre une pièce"). Each is numbered
// within its complaint; its name, type, size and SHA-256 are kept apart from its bytes, which
// only `attach --get`, an export in JSON, a copy and a backup ever read.

/** The event an attachment adds to its complaint's history. details: { attachment, name,
 * type, size } (never the bytes). */
export const ATTACHMENT_EVENT = 'attached';

/** What is known of an attachment without reading it. */
export interface Attachment {
  complaintId: number;
  /** Its number within the complaint, from 1. */
  number: number;
  /** The file's name as it was given (its last part only, not the folder). */
  name: string;
  /** Its media type, from its first bytes, else its extension. */
  type: string;
  /** In bytes. */
  size: number;
  /** Hexadecimal, lower case. */
  sha256: string;
  addedAt: string;
  operator: string | null;
}

/** An attachment's file as the store takes it: the store numbers and dates it. */
export interface NewAttachment {
  name: string;
  type: string;
  bytes: Uint8Array;
  sha256: string;
}

/** An attachment as an export carries it: what is known of it, and in JSON its bytes in
 * base64 (the fields in this order, the bytes last). */
export interface ExportedAttachment extends Omit<Attachment, 'complaintId'> {
  base64?: string;
}

export function exportedAttachment(attachment: Attachment, bytes?: Uint8Array): ExportedAttachment {
  const { number, name, type, size, sha256, addedAt, operator } = attachment;
  const known = { number, name, type, size, sha256, addedAt, operator };
  return bytes === undefined ? known : { ...known, base64: Buffer.from(bytes).toString('base64') };
}

/** An attachment brought back by an import: the store numbers it as in the file. */
export interface ImportedAttachment extends NewAttachment {
  number: number;
  addedAt: string;
  operator: string | null;
}

/** 10 MB: a phone's photo of the defect, a scanned receipt or a letter fit; a video does not. */
export const DEFAULT_ATTACHMENT_MAX = 10 * 1000 * 1000;

const SIZE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  o: 1,
  b: 1,
  ko: 1000,
  kb: 1000,
  k: 1000,
  mo: 1000 * 1000,
  mb: 1000 * 1000,
  m: 1000 * 1000,
  go: 1000 * 1000 * 1000,
  gb: 1000 * 1000 * 1000,
  g: 1000 * 1000 * 1000,
};

/** A size as a shop types it: `10MB`, `10 Mo`, `2,5 Mo`, `500 ko`, `1048576` (bytes); null
 * when it cannot be read or is not above zero. */
export function parseByteSize(text: string): number | null {
  const match = /^(\d+(?:[.,]\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!match) return null;
  const unit = SIZE_UNITS[match[2].toLowerCase()];
  if (unit === undefined) return null;
  const bytes = Math.round(Number(match[1].replace(',', '.')) * unit);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

/** The first bytes that tell a type, whatever the file's name says. */
const SIGNATURES: readonly { type: string; at: number; bytes: readonly number[] }[] = [
  { type: 'image/jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/gif', at: 0, bytes: [0x47, 0x49, 0x46, 0x38] },
  // RIFF....WEBP
  { type: 'image/webp', at: 8, bytes: [0x57, 0x45, 0x42, 0x50] },
  // ....ftypheic, ftypheix, ftypmif1: a phone's HEIC photo.
  { type: 'image/heic', at: 4, bytes: [0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69] },
  { type: 'image/heic', at: 4, bytes: [0x66, 0x74, 0x79, 0x70, 0x6d, 0x69, 0x66, 0x31] },
];

const BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heic',
  pdf: 'application/pdf',
  txt: 'text/plain',
  eml: 'message/rfc822',
};

const UNKNOWN_TYPE = 'application/octet-stream';

/** The media type of a file from its first bytes, else from its name's extension. */
export function attachmentType(name: string, head: Uint8Array): string {
  for (const { type, at, bytes } of SIGNATURES) {
    if (head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte)) {
      // RIFF files other than WebP (a WAV) share the bytes at 8 only by chance.
      if (type !== 'image/webp' || (head[0] === 0x52 && head[1] === 0x49 && head[2] === 0x46 && head[3] === 0x46))
        return type;
    }
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) ?? UNKNOWN_TYPE;
}
