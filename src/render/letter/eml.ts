import type { Letter } from './compose.js';
import { renderLetterHtml } from './html.js';
import { renderLetterText } from './text.js';

// A letter as an e-mail (RFC 5322): UTF-8 text with the HTML page as its alternative, from the
// shop's address to the customer's, composed by nodemailer (headers encoded, lines folded,
// quoted-printable), so that `sendmail -t` or a mail client takes it as it is.

export interface Envelope {
  from: { name: string; address: string };
  to: { name: string; address: string };
}

export async function renderLetterEml(letter: Letter, envelope: Envelope, at: Date): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const domain = envelope.from.address.split('@').pop();
  const mail = new MailComposer({
    ...envelope,
    subject: letter.subject,
    date: at,
    messageId: `<plainte-${letter.id}-${letter.type}-${at.getTime()}@${domain}>`,
    text: renderLetterText(letter),
    html: renderLetterHtml(letter),
    textEncoding: 'quoted-printable',
  });
  return mail.compile().build();
}
