import { render } from '@inquirer/testing';
import input from '@inquirer/input';
import { describe, expect, it } from 'vitest';
import { dateReader } from '../../src/domain/spoken-dates.js';
import { dateCheck, phoneCheck } from '../../src/prompts/fields.js';

describe('answers typed in the wizard', () => {
  it('shows what a date should look like on the terminal when it cannot be read, then accepts a good one', async () => {
    const now = new Date(2026, 10, 23, 11);
    const { answer, events, getScreen } = await render(input, {
      message: 'Rappeler le client le :',
      validate: dateCheck(await dateReader('fr'), now, { direction: 'future', lang: 'fr', morning: 10 * 60 }),
    });
    events.type('31/02/2026');
    events.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The screen wraps at 80 columns.
    expect(getScreen().replace(/\s+/g, ' ')).toContain(
      'Date non reconnue. Exemples : 25/11/2026 14:30, 26/11, demain 10h, samedi matin, lundi, dans 3 jours, +2j.',
    );
    for (let i = 0; i < 10; i++) events.keypress('backspace');
    events.type('hier 10h');
    events.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(getScreen().replace(/\s+/g, ' ')).toContain(
      'Cette date est déjà passée (dimanche 22 novembre 2026 à 10:00). Donnez une date à venir',
    );
    for (let i = 0; i < 8; i++) events.keypress('backspace');
    events.type('samedi 10h');
    events.keypress('enter');
    await expect(answer).resolves.toBe('samedi 10h');
  });

  it('refuses a purchase date after today, saying the day back in full', async () => {
    const now = new Date(2026, 10, 23, 11);
    const check = dateCheck(await dateReader('fr'), now, { direction: 'past', lang: 'fr', morning: 10 * 60 });
    expect(check('demain')).toBe(
      'Cette date n’est pas encore arrivée (mardi 24 novembre 2026). ' +
        'Donnez une date passée, par exemple hier ou 12/11.',
    );
    expect(check('lundi')).toBe(true);
    expect(check('26/11')).toBe(true);
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
