import type { Context } from '../context.js';
import type { SessionEnd } from '../wizard/session.js';

// The acknowledgement asked for at the end of `new` or `resume` (src/wizard/session.ts): a PDF
// to print and hand over, `accuse-<number>.pdf` in the current folder, made once the complaint
// is saved (README, "Écrire au client").

export async function printAcknowledgement(
  context: Context,
  end: SessionEnd,
  operator: string | undefined,
): Promise<void> {
  if (end.acknowledgement === null) return;
  const { makeLetter } = await import('./letter.js');
  await makeLetter(context, {
    id: end.id,
    type: 'accuse',
    format: 'pdf',
    output: `accuse-${end.id}.pdf`,
    send: false,
    address: end.acknowledgement.address,
    operator,
  });
}
