import { describe, expect, it } from 'vitest';
import { askSolution } from '../../src/prompts/solution.js';
import { scriptedAsk } from '../helpers/ask.js';
import { testDraft } from '../helpers/draft.js';

describe('phase 4, solution', () => {
  it('asks what will be done, and takes its kind from the request', async () => {
    const ask = scriptedAsk(['Nous remplaçons le joint jeudi']);
    const draft = testDraft();
    await askSolution(ask, {}, 'repair', draft);
    expect(draft.kept.patch).toEqual({ solution: 'Nous remplaçons le joint jeudi', solutionType: 'repair' });
    expect(ask.asked).toHaveLength(1);
  });

  it('leaves the kind to the details when the request does not say it', async () => {
    const draft = testDraft();
    await askSolution(scriptedAsk(['Nous vérifions la facture']), {}, 'other', draft);
    expect(draft.kept.patch).toEqual({ solution: 'Nous vérifions la facture' });
  });

  it('warns gently about "malheureusement" and questions, and keeps the text when the operator wants', async () => {
    const ask = scriptedAsk(['Malheureusement ce n’est pas possible, vous voulez un avoir ?', 'keep']);
    const draft = testDraft();
    await askSolution(ask, {}, null, draft);
    const said = ask.said.join('\n');
    expect(said).toContain('Dites plutôt ce qui sera fait, comme un fait');
    expect(said).toContain('malheureusement');
    expect(said).toContain('une question');
    expect(draft.kept.patch.solution).toBe('Malheureusement ce n’est pas possible, vous voulez un avoir ?');
  });

  it('lets the operator rewrite a negative sentence', async () => {
    const ask = scriptedAsk(['Impossible de rembourser', 'rewrite', 'Nous vous faisons un avoir de 30 €']);
    const draft = testDraft();
    await askSolution(ask, {}, null, draft);
    expect(draft.kept.patch.solution).toBe('Nous vous faisons un avoir de 30 €');
  });

  it('keeps what was given as options, and asks nothing without a terminal', async () => {
    const draft = testDraft();
    await askSolution(
      scriptedAsk([], false),
      { solution: 'Avoir', solutionType: 'credit', assignee: 'Bruno', costCents: 3000 },
      'refund',
      draft,
    );
    expect(draft.kept.patch).toEqual({ solution: 'Avoir', solutionType: 'credit', assignee: 'Bruno', costCents: 3000 });
  });
});
