import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Letter } from './compose.js';

// A letter as a PDF, one A4 page (more only for very long texts), written by pdfkit with DejaVu
// Sans embedded: a font that has every French character (é, œ, «, », the narrow spaces), so that
// the letter prints the same on any machine. pdfkit embeds only the glyphs used. The fonts ship
// in dist/fonts/ (scripts/bundle.js copies them from assets/fonts/); pdfkit itself is loaded only
// for a PDF.

const FONTS = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** The folder holding the fonts: dist/fonts/ beside the built program, or assets/fonts/ in the
 * sources, found from this module's own place (a bundle, tsc's dist/ or src/). */
function fontFolder(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let folder = start; ; folder = dirname(folder)) {
    for (const candidate of [join(folder, 'fonts'), join(folder, 'assets', 'fonts')])
      if (existsSync(join(candidate, FONTS.regular))) return candidate;
    if (dirname(folder) === folder) throw new UserError('letter.fontMissing', { path: join(start, FONTS.regular) });
  }
}

const MM = 72 / 25.4;

export async function renderLetterPdf(letter: Letter, at: Date): Promise<Buffer> {
  const folder = fontFolder();
  const regular = readFileSync(join(folder, FONTS.regular));
  const bold = readFileSync(join(folder, FONTS.bold));
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 20 * MM,
    font: regular as unknown as string,
    info: { Title: letter.subject, CreationDate: at, ModDate: at },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const half = left + 90 * MM;
  const block = (lines: string[], x: number, options: { size?: number; bold?: boolean } = {}) => {
    doc.font(options.bold ? 'bold' : 'regular').fontSize(options.size ?? 11);
    for (const line of lines) doc.text(line, x, undefined, { width: left + width - x });
  };
  const [name, ...rest] = letter.sender;
  if (name !== undefined) block([name], left, { size: 13, bold: true });
  block(rest, left, { size: 9.5 });
  doc.y = Math.max(doc.y + 8 * MM, 45 * MM);
  block(letter.recipient, half);
  doc.moveDown(2);
  block([letter.placeAndDate], half);
  doc.moveDown(2);
  block([t('letter.subjectLine', { subject: letter.subject })], left, { bold: true });
  block(letter.references, left, { size: 9.5 });
  doc.moveDown(1.5);
  doc.font('regular').fontSize(11);
  for (const paragraph of [letter.opening, ...letter.paragraphs, letter.closing]) {
    doc.text(paragraph, left, undefined, { width, align: 'justify', lineGap: 2 });
    doc.moveDown(0.8);
  }
  doc.moveDown(1.5);
  block(letter.signature, half);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
