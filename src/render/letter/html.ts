import { lang, t } from '../../i18n/index.js';
import { escapeHtml } from '../report-html.js';
import type { Letter } from './compose.js';

// A letter as one HTML page, laid out for an A4 sheet (20 mm margins, the addressee where a
// window envelope shows it), its CSS inline: it opens and prints from a browser with no other
// file, and reads as the body of an e-mail. Every text is escaped.

const STYLE = `
  @page { size: A4; margin: 20mm; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45;
         color: #111; max-width: 170mm; margin: 0 auto; }
  .sender { font-size: 10pt; }
  .sender .name { font-weight: bold; font-size: 12pt; }
  .recipient { margin: 12mm 0 8mm 90mm; }
  .place { margin: 0 0 8mm 90mm; }
  .subject { font-weight: bold; margin-bottom: 1mm; }
  .refs { font-size: 10pt; color: #333; margin-bottom: 8mm; }
  p { margin: 0 0 4mm; text-align: justify; }
  .signature { margin: 10mm 0 0 90mm; }
  @media print { body { max-width: none; } }`;

const lines = (items: readonly string[]) => items.map(escapeHtml).join('<br>');

export function renderLetterHtml(letter: Letter): string {
  const [name, ...rest] = letter.sender;
  const sender = name === undefined ? '' : `<div class="name">${escapeHtml(name)}</div>${lines(rest)}`;
  return `<!DOCTYPE html>
<html lang="${lang()}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(letter.subject)}</title>
<style>${STYLE}
</style>
</head>
<body>
<div class="sender">${sender}</div>
<div class="recipient">${lines(letter.recipient)}</div>
<div class="place">${escapeHtml(letter.placeAndDate)}</div>
<div class="subject">${escapeHtml(t('letter.subjectLine', { subject: letter.subject }))}</div>
<div class="refs">${lines(letter.references)}</div>
<p>${escapeHtml(letter.opening)}</p>
${letter.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
<p>${escapeHtml(letter.closing)}</p>
<div class="signature">${lines(letter.signature)}</div>
</body>
</html>
`;
}
