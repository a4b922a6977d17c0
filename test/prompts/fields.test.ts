import { render } from '@inquirer/testing';
import input from '@inquirer/input';
import { describe, expect, it } from 'vitest';
import { dateCheck, phoneCheck } from '../../src/prompts/fields.js';

describe('answers typed in the wizard', () => {
  it('shows what a date should look like on the terminal when it cannot be read, then accepts a good one', async () => {
    const { answer, events, getScreen } = await render(input, {
      message: 'Rappeler le client le :',
      validate: dateCheck(new Date('2026-11-23T10:00:00Z')),
    });
    events.type('31/02/2026');
    events.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The screen wraps at 80 columns.
    expect(getScreen().replace(/\s+/g, ' ')).toContain(
      'Date non reconnue. Exemples : 25/11/2026, 25/11/2026 14:30, 2026-11-25, aujourd’hui, demain, +3j.',
    );
    for (let i = 0; i < 10; i++) events.keypress('backspace');
    events.type('+3j');
    events.keypress('enter');
    await expect(answer).resolves.toBe('+3j');
  });

  it('explains what a phone number should look like', async () => {
    const { answer, events, getScreen } = await render(input, { message: 'Téléphone :', validate: phoneCheck });
    events.type('abc');
    events.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(getScreen()).toContain('Numéro non reconnu');
    for (let i = 0; i < 3; i++) events.keypress('backspace');
    events.type('06 12 34 56 78');
    events.keypress('enter');
    await expect(answer).resolves.toBe('06 12 34 56 78');
  });
});
