import { describe, expect, it } from 'vitest';
import {} from '../helpers/cli.js';
import { runIn } from '../helpers/run.js';

const FRENCH_TITLES = [
  '1. Écouter',
  '2. Prendre au sérieux',
  '3. S’excuser',
  '4. Proposer une solution',
  '5. Conclure et suivre',
  'Client injurieux ou menaçant',
];
const ENGLISH_TITLES = [
  '1. Listen',
  '2. Take it seriously',
  '3. Apologise',
  '4. Offer a solution',
  '5. Close and follow up',
  'Insulting or threatening customer',
];

describe('plainte guide, the method as a cheat sheet', () => {
  it('prints every phase and the abusive-customer protocol in French, without colour in a pipe', async () => {
    const run = await runIn(['guide']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    for (const title of FRENCH_TITLES) expect(run.stdout).toContain(title);
    expect(run.stdout).toContain('À faire');
    expect(run.stdout).toContain('À éviter');
    expect(run.stdout).toContain('Ce n’est pas contre vous');
    expect(run.stdout).not.toMatch(/\u001b/);
  });

  it('needs no logbook', async () => {
    expect((await runIn(['guide'], { db: '/nonexistent/folder/plainte.db' })).status).toBe(0);
  });

  it('prints the escalation steps in the order of the method', async () => {
    const { stdout } = await runIn(['guide', '--phase', '6']);
    const steps = [
      '1. Personnaliser',
      '2. Dire votre intention',
      '3. Passer la main',
      '4. Mettre fin',
      '5. Appeler la sécurité',
    ];
    const places = steps.map((step) => stdout.indexOf(step));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
  });

  it('prints only the phase asked for with --phase', async () => {
    const run = await runIn(['guide', '--phase', '4']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('4. Proposer une solution\n')).toBe(true);
    expect(run.stdout).toContain('Annoncez ce qui va être fait');
    for (const title of FRENCH_TITLES.filter((title) => !title.startsWith('4.')))
      expect(run.stdout).not.toContain(title);
    expect(run.stdout).not.toContain('La méthode');
  });

  it('prints the abusive-customer protocol alone with --phase abusive, abusif or 6', async () => {
    for (const value of ['abusive', 'abusif', '6', ' Abusif ']) {
      const run = await runIn(['guide', '--phase', value]);
      expect(run.status, value).toBe(0);
      expect(run.stdout, value).toMatch(/^Client injurieux ou menaçant\n/);
      expect(run.stdout, value).not.toContain('1. Écouter');
    }
  });

  it('speaks complete English with --lang en', async () => {
    const run = await runIn(['guide', '--lang', 'en']);
    expect(run.status).toBe(0);
    for (const title of ENGLISH_TITLES) expect(run.stdout).toContain(title);
    for (const title of FRENCH_TITLES) expect(run.stdout).not.toContain(title);
    expect(run.stdout).not.toMatch(/À faire|À éviter|client|réclamation/);
  });

  it('refuses a phase that does not exist as a usage error (exit 2), saying what it expects', async () => {
    for (const value of ['9', '0', 'deux']) {
      const run = await runIn(['guide', '--phase', value]);
      expect(run.status, value).toBe(2);
      expect(run.stdout, value).toBe('');
      expect(run.stderr, value).toBe(
        'plainte : --phase attend un numéro de 1 à 5, ou 6 (ou « abusif ») pour le client injurieux, ' +
          `pas « ${value} ».\n`,
      );
    }
    expect((await runIn(['guide', '--phase', '9', '--lang', 'en'])).stderr).toContain(
      '--phase expects a number from 1 to 5',
    );
    expect((await runIn(['guide', '--phase', ''])).stderr).toBe(
      'plainte : --phase est vide : donnez une valeur, ou n’indiquez pas cette option.\n',
    );
  });

  it('documents --phase in its help', async () => {
    const help = await runIn(['guide', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--phase <n>');
    expect(help.stdout).toContain('abusif');
  });
});
