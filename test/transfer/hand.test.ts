import { describe, expect, it } from 'vitest';
import { handHeader, handRecord } from '../../src/transfer/hand.js';

const context = { now: new Date('2026-11-23T10:00:00.000Z'), source: 'cahier.csv', operator: 'Anne' };

function columns(header: string[]) {
  const read = handHeader(header);
  if (!('columns' in read)) throw new Error(JSON.stringify(read.problems));
  return read.columns;
}

describe('a CSV kept by hand', () => {
  it('recognises French and English column names whatever their case and accents', () => {
    expect(columns(['Reçue le', 'N° commande', 'À rappeler le', 'Reçu par', 'E-mail', 'CATÉGORIE', 'Société'])).toEqual(
      ['receivedAt', 'orderRef', 'nextContactAt', 'operator', 'email', 'category', 'company'],
    );
    expect(columns(['received', 'customer', 'amount', 'status'])).toEqual(['receivedAt', 'customer', 'cost', 'status']);
  });

  it('refuses unknown columns and a file without a date column', () => {
    expect(handHeader(['client', 'couleur'])).toEqual({
      problems: [
        { where: { line: 1 }, key: 'import.problem.unknownColumn', params: { column: 'couleur' } },
        { where: { line: 1 }, key: 'import.problem.noDate' },
      ],
    });
  });

  it('reads labels in either language, euros with a comma and built-in categories by their label', () => {
    const { record, problems } = handRecord(
      columns(['date', 'canal', 'demande', 'coût', 'catégorie', 'statut']),
      ['25/11/2026 14:30', 'Comptoir', 'refund', '1 234,5 €', 'Facturation', 'awaiting callback'],
      2,
      context,
    );
    expect(problems).toEqual([expect.objectContaining({ field: 'status', key: 'import.problem.choice' })]);
    expect(record).toBeNull();
    const ok = handRecord(
      columns(['date', 'canal', 'demande', 'coût', 'catégorie']),
      ['25/11/2026 14:30', 'Comptoir', 'refund', '1 234,5 €', 'Facturation'],
      2,
      context,
    );
    expect(ok.record?.complaint).toMatchObject({
      receivedAt: new Date(2026, 10, 25, 14, 30).toISOString(),
      channel: 'counter',
      request: 'refund',
      costCents: 123450,
      category: 'billing',
    });
    expect(ok.record?.events[0]).toMatchObject({
      kind: 'imported',
      operator: 'Anne',
      details: { source: 'cahier.csv' },
    });
  });
});
