import { describe, expect, it } from 'vitest';
import { askSolution } from '../../src/prompts/solution.js';
import { scriptedAsk } from '../helpers/ask.js';

describe('phase 4, solution', () => {
  it('suggests the solution type matching the request, and reads the cost in euros', async () => {
    const ask = scriptedAsk(['Nous remplaçons le joint jeudi', undefined, undefined, '12,5']);
    expect(await askSolution(ask, {}, 'repair')).toEqual({
      solution: 'Nous remplaçons le joint jeudi',
      solutionType: 'repair',
      assignee: null,
      costCents: 1250,
    });
    expect(ask.asked[1]).toMatchObject({ message: 'Type de solution :', default: 'repair' });
  });

  it('warns gently about "malheureusement" and questions, and keeps the text when the operator wants', async () => {
    const ask = scriptedAsk([
      'Malheureusement ce n’est pas possible, vous voulez un avoir ?',
      'keep',
      'credit',
      undefined,
      '',
    ]);
    const answers = await askSolution(ask, {}, null);
    const said = ask.said.join('\n');
    expect(said).toContain('Dites plutôt ce qui sera fait, comme un fait');
    expect(said).toContain('malheureusement');
    expect(said).toContain('une question');
    expect(answers).toMatchObject({
      solution: 'Malheureusement ce n’est pas possible, vous voulez un avoir ?',
      solutionType: 'credit',
      costCents: null,
    });
  });

  it('lets the operator rewrite a negative sentence', async () => {
    const ask = scriptedAsk([
      'Impossible de rembourser',
      'rewrite',
      'Nous vous faisons un avoir de 30 €',
      'credit',
      undefined,
      '',
    ]);
    expect((await askSolution(ask, {}, null)).solution).toBe('Nous vous faisons un avoir de 30 €');
  });

  it('hands over to a named colleague, and refuses a cost that is not an amount', async () => {
    const ask = scriptedAsk(['Le SAV passe mardi', 'repair', 'colleague', 'Bruno', 'douze', '30']);
    const answers = await askSolution(ask, {}, 'repair');
    expect(answers).toMatchObject({ assignee: 'Bruno', costCents: 3000 });
    expect(ask.asked.find((q) => q.refused)!.refused).toBe('Montant non reconnu : en euros, par exemple 12,50.');
  });
});
