import { t } from '../../i18n/index.js';
import type { Letter } from './compose.js';

// A letter as plain text, 72 columns wide: to print on any printer, paste in a mail, or read
// at the counter. The addressee and the date stand on the right half, as on a French letter.

const WIDTH = 72;
const RIGHT = ' '.repeat(36);

/** `text` laid in lines of at most `width` characters, cut between words. */
export function wrapText(text: string, width = WIDTH): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = '';
      }
      line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines;
}

const right = (lines: string[]) => lines.flatMap((line) => wrapText(line, WIDTH - RIGHT.length)).map((l) => RIGHT + l);

export function renderLetterText(letter: Letter): string {
  const blocks = [
    letter.sender.join('\n'),
    right(letter.recipient).join('\n'),
    right([letter.placeAndDate]).join('\n'),
    [
      ...wrapText(t('letter.subjectLine', { subject: letter.subject })),
      ...wrapText(letter.references.join(' · ')),
    ].join('\n'),
    letter.opening,
    ...letter.paragraphs.map((paragraph) => wrapText(paragraph).join('\n')),
    wrapText(letter.closing).join('\n'),
    right(letter.signature).join('\n'),
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
