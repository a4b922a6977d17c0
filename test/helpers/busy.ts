import { expect } from 'vitest';
import { runIn } from './run.js';

// A logbook with what makes lines long: long names and accounts, phone numbers, overdue and
// handed-over callbacks, a closed complaint with its cause and lesson, the shop's own category.

const BEFORE = { PLAINTE_NOW: '2026-11-20T09:00:00.000Z' };

export async function busyLogbook(db: string): Promise<void> {
  const run = async (args: string[], env = BEFORE) => {
    const result = await runIn(args, { db, env });
    expect(result.status, result.stderr).toBe(0);
  };
  await run(['config', 'set', 'categories', 'Pièces détachées et outils de jardin']);
  await run(['config', 'set', 'operators', 'Léa, Karim']);
  const customer = ['--customer', 'Jean-Baptiste Lefèvre-Dumoulin', '--phone', '+33 6 12 34 56 78'];
  const account = [
    '--description',
    'Le lave-linge fuit depuis la livraison et personne ne m’a rappelé malgré trois appels',
  ];
  await run([
    'new',
    '--no-input',
    ...customer,
    ...account,
    '--category',
    'produit défectueux',
    '--callback',
    'samedi 10h',
  ]);
  await run([
    'new',
    '--no-input',
    ...['--customer', 'Marie-Christine de La Tour d’Auvergne', '--phone', '06 12 34 56 78'],
    ...[
      '--description',
      'La tondeuse commandée pour le printemps n’est toujours pas arrivée',
      '--channel',
      'téléphone',
    ],
    ...['--category', 'pièces détachées et outils de jardin', '--product', 'Tondeuse thermique autotractée 53 cm'],
    ...['--solution', 'Nous relançons le fournisseur et vous appelons dès réception', '--callback', 'lundi 9h'],
  ]);
  await run([
    'transfer',
    '2',
    '--to',
    'Karim',
    '--due',
    'mardi 14h',
    '--note',
    'Le fournisseur promet une livraison mardi',
  ]);
  await run(['new', '--no-input', ...customer, '--description', 'Facture en double', '--category', 'facturation']);
  await run(['close', '3', '--outcome', 'partial', '--satisfaction', '2', '--cause', 'Double saisie en caisse']);
  await run(['follow-up', '1', '--channel', 'téléphone', '--note', 'Laissé un message sur le répondeur du client']);
}
