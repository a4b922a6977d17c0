import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it, onTestFinished } from 'vitest';
import { plainte, plainteAsync, refusedAsIs, sha256, tempDir, tempLogbook } from '../helpers/cli.js';
import { inTerminal } from '../helpers/pty.js';
import { testStore } from '../helpers/store.js';
import type { ComplaintPatch, CustomerInput } from '../../src/store/store.js';

// `plainte lettre` through the built binary: each format as its reader takes it (the PDF's
// text extracted, the e-mail parsed by a mail parser, the HTML escaped), the letter recorded
// in the complaint's history, the shop's own wording, and what is refused. NOW is Monday
// 23 November 2026 in Paris; the complaint was made on Friday the 20th.

const HOSTILE = '<script>alert(1)</script> Lefèvre';

interface Case {
  patch?: ComplaintPatch;
  customer?: CustomerInput;
  settings?: Record<string, string>;
}

/** A logbook with one open complaint about a washing machine bought in June, for repair. */
async function logbookWith(given: Case = {}): Promise<string> {
  const db = tempLogbook();
  const { store } = await testStore(db, '2026-11-20T09:00:00.000Z');
  const { id } = await store.createComplaint(
    {
      channel: 'counter',
      product: 'Lave-linge Œko 7',
      orderRef: 'CMD-42',
      request: 'repair',
      purchaseDate: '2026-06-01',
      writtenAt: '2026-11-20',
      phaseReached: 5,
      ...given.patch,
    },
    { kind: 'created', operator: 'Léa' },
    given.customer ?? {
      name: 'Hélène Lefèvre',
      email: 'helene@example.org',
      address: '3 place Bellecour; 69002 Lyon',
    },
  );
  await store.recordChange({ id, status: 'open', event: { kind: 'completed', operator: 'Léa' } });
  const settings = {
    'shop.name': 'Électro Martin',
    'shop.address': '12 rue des Lilas; 69003 Lyon',
    'shop.email': 'contact@electro.example',
    'shop.phone': '04 78 00 00 00',
    'shop.siret': '12345678900012',
    ...given.settings,
  };
  for (const [key, value] of Object.entries(settings)) await store.setSetting(key, value);
  await store.close();
  return db;
}

const historyOf = (db: string) =>
  JSON.parse(plainte(['show', '1', '--json'], { db }).stdout) as {
    answerDueAt: string | null;
    writtenAnswerAt: string | null;
    events: { kind: string; details: Record<string, unknown> }[];
  };

/** The text of each page of a PDF, as a PDF reader extracts it. */
async function pdfText(path: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await pdf.destroy();
  return pages.join('\f').replace(/[ \t]+/g, ' ');
}

describe('plainte lettre, the acknowledgement', () => {
  it('writes the shop, the customer, the complaint and the day of the answer, and records the letter', async () => {
    const db = await logbookWith();
    const run = plainte(['lettre', '1', '--type', 'accuse', '--operator', 'Léa'], { db });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const line of [
      'Électro Martin',
      '12 rue des Lilas',
      'Tél. 04 78 00 00 00 · contact@electro.example',
      'SIRET 12345678900012',
      'Hélène Lefèvre',
      '3 place Bellecour',
      '69002 Lyon',
      'Lyon, le 23 novembre 2026',
      'Objet : Accusé de réception de votre réclamation n° 1',
      'Léa',
      'pour Électro Martin',
    ])
      expect(run.stdout).toContain(line);
    const text = run.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Commande : CMD-42 · Produit : Lave-linge Œko 7');
    expect(text).toContain('Vous nous demandez la réparation de votre article.');
    // Ten open days from Monday the 23rd, the shop closed on Sundays: Friday 4 December.
    expect(text).toContain('nous vous répondrons par écrit au plus tard le 4 décembre 2026');
    const history = historyOf(db);
    expect(history.answerDueAt).toBe('2026-12-04');
    expect(history.events.at(-1)).toMatchObject({
      kind: 'letter',
      details: { type: 'accuse', format: 'text', sent: false, answerBy: '2026-12-04' },
    });
    const show = plainte(['show', '1'], { db }).stdout;
    expect(show).toContain('lettre au client : accusé de réception');
    expect(show).toContain('réponse écrite promise : le 4 déc. 2026 — en cours');
  });

  it('keeps the first promise when the acknowledgement is printed again a day later', async () => {
    const db = await logbookWith({ settings: { 'answer.days': '3' } });
    expect(plainte(['lettre', '1', '--type', 'accuse'], { db }).status).toBe(0);
    const later = plainte(['lettre', '1', '--type', 'accuse'], { db, env: { PLAINTE_NOW: '2026-11-24T10:00:00Z' } });
    expect(later.stdout.replace(/\s+/g, ' ')).toContain('au plus tard le 26 novembre 2026');
    expect(historyOf(db).events.filter((event) => event.kind === 'letter')).toHaveLength(2);
  });

  it('is written in English with --lang en, and in the shop’s own words where it gave them', async () => {
    const db = await logbookWith();
    const set = plainte(['config', 'set', 'letter.closing', 'Bien à vous, et merci de votre patience.'], { db });
    expect(set.status, set.stderr).toBe(0);
    expect(
      plainte(['config', 'set', 'letter.ack', 'Votre réclamation n° {id} du {received} : réponse le {answerBy}.'], {
        db,
      }).status,
    ).toBe(0);
    expect(plainte(['config', 'list'], { db }).stdout).toMatch(
      /letter\.closing\s+Bien à vous, et merci de votre patience\./,
    );
    const own = plainte(['lettre', '1', '--type', 'accuse'], { db }).stdout;
    expect(own).toContain('Votre réclamation n° 1 du 20 novembre 2026 : réponse le 4 décembre 2026.');
    expect(own).toContain('Bien à vous, et merci de votre patience.');
    expect(own).not.toContain('salutations distinguées');
    // Back to the catalog's wording with "-".
    expect(plainte(['config', 'set', 'letter.closing', '-'], { db }).status).toBe(0);
    expect(plainte(['lettre', '1', '--type', 'accuse'], { db }).stdout).toContain('salutations distinguées');
    const english = plainte(['lettre', '1', '--type', 'accuse', '--lang', 'en'], { db }).stdout;
    expect(english).toContain('Re: Acknowledgement of your complaint #1');
  });
});

describe('plainte lettre, the answer', () => {
  it('gives the decision, a consumer’s legal warranty, the mediator, and sets the written answer', async () => {
    const db = await logbookWith({
      patch: { solution: 'Réparation du tambour en atelier', assignee: 'Paul' },
      settings: { 'mediator.name': 'Médiateur du commerce', 'mediator.url': 'https://mediateur.example' },
    });
    const run = plainte(['lettre', '1', '--type', 'reponse'], { db });
    expect(run.status, run.stderr).toBe(0);
    const text = run.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('voici notre décision : Réparation du tambour en atelier. Paul suit votre dossier.');
    expect(text).toContain('garantie légale de conformité (articles L217-3 et suivants du Code de la consommation)');
    expect(text).toContain('jusqu’au 1er juin 2028');
    expect(text).toContain('(article L217-7)');
    // Thirty calendar days from the request of Friday 20 November: Sunday 20 December.
    expect(text).toContain('au plus tard le 20 décembre 2026 (article L217-10)');
    expect(text).toContain(
      'médiateur de la consommation dont nous relevons : Médiateur du commerce, https://mediateur.example',
    );
    expect(historyOf(db).writtenAnswerAt).toBe('2026-11-23T10:00:00.000Z');
    // A second answer does not move the day of the first.
    plainte(['lettre', '1', '--type', 'reponse'], { db, env: { PLAINTE_NOW: '2026-11-25T10:00:00Z' } });
    expect(historyOf(db).writtenAnswerAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('never names the consumer mediator to a business, nor once the complaint is settled', async () => {
    const business = await logbookWith({
      patch: { business: true, solution: 'Avoir de 40 €' },
      customer: { name: 'Jean Roux', company: 'Roux SARL', address: '1 quai Perrache; 69002 Lyon' },
      settings: { 'mediator.name': 'Médiateur du commerce' },
    });
    const toBusiness = plainte(['lettre', '1', '--type', 'reponse'], { db: business });
    expect(toBusiness.status, toBusiness.stderr).toBe(0);
    expect(toBusiness.stdout).toContain('Roux SARL');
    expect(toBusiness.stdout).not.toContain('médiateur');
    expect(toBusiness.stdout).not.toContain('garantie légale');
    const settled = await logbookWith({
      patch: { solution: 'Échange immédiat', resolvedAt: '2026-11-21T10:00:00Z' },
      settings: { 'mediator.name': 'Médiateur du commerce' },
    });
    const { store } = await testStore(settled);
    await store.recordChange({ id: 1, status: 'resolved', event: { kind: 'resolved', operator: 'Léa' } });
    await store.close();
    const answer = plainte(['lettre', '1', '--type', 'reponse'], { db: settled });
    expect(answer.stdout.replace(/\s+/g, ' ')).toContain('Votre réclamation est ainsi réglée.');
    expect(answer.stdout).not.toContain('médiateur');
  });

  it('says, on stderr only, that the mediator is not set for a dispute left', async () => {
    const db = await logbookWith({ patch: { solution: 'Réparation' } });
    const run = plainte(['lettre', '1', '--type', 'reponse'], { db });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('aucun médiateur réglé');
    expect(run.stdout).not.toContain('médiateur');
  });
});

describe('plainte lettre, each format', () => {
  it('escapes the customer’s text in one printable A4 HTML page, written 0600 with -o', async () => {
    const db = await logbookWith({
      customer: { name: HOSTILE, address: '3 place <b>Bellecour</b>; 69002 Lyon' },
      patch: { product: 'Four "Chef" & <img src=x onerror=alert(2)>' },
    });
    const file = join(tempDir(), 'accuse.html');
    const run = plainte(['lettre', '1', '--type', 'accuse', '--format', 'html', '-o', file], { db });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Lettre écrite dans ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Lefèvre');
    expect(html).toContain('3 place &lt;b&gt;Bellecour&lt;/b&gt;');
    expect(html).toContain('Four &quot;Chef&quot; &amp; &lt;img src=x onerror=alert(2)&gt;');
    expect(historyOf(db).events.at(-1)?.details).toMatchObject({ format: 'html' });
  });

  it('makes a PDF whose text a reader extracts, every French character kept', async () => {
    const db = await logbookWith({ patch: { solution: 'Remplacement à l’identique, œuvre de l’atelier' } });
    const file = join(tempDir(), 'reponse.pdf');
    const run = plainte(['lettre', '1', '--type', 'reponse', '--format', 'pdf', '-o', file], { db });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = await pdfText(file);
    expect(text).toContain('Électro Martin');
    expect(text).toContain('Hélène Lefèvre');
    expect(text).toContain('Objet : Réponse à votre réclamation n° 1');
    expect(text).toContain('Lave-linge Œko 7');
    expect(text).toContain('Remplacement à l’identique, œuvre de l’atelier');
    expect(text).toContain('L217-10');
    expect(text.split('\f')).toHaveLength(1);
  });

  it('refuses to write a PDF to a terminal, and records nothing', async () => {
    const db = await logbookWith();
    const before = sha256(db);
    const run = inTerminal(['lettre', '1', '--type', 'accuse', '--format', 'pdf'], [{ expect: 'lettre.pdf' }], { db });
    expect(run.failed, run.output).toBeNull();
    expect(run.status).toBe(1);
    expect(run.output).toContain('un PDF ne s’affiche pas dans le terminal');
    expect(run.raw).not.toContain('%PDF');
    expect(sha256(db)).toBe(before);
  });

  it('writes a PDF to a pipe, which is no terminal', async () => {
    const db = await logbookWith();
    const run = plainte(['lettre', '1', '--type', 'accuse', '--format', 'pdf'], { db });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.startsWith('%PDF-')).toBe(true);
  });

  it('makes an RFC 5322 e-mail from the shop to the customer that a mail parser reads', async () => {
    const db = await logbookWith({ customer: { name: HOSTILE, email: 'helene@example.org' } });
    const run = plainte(['lettre', '1', '--type', 'accuse', '--format', 'eml'], { db });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^(?:[\x21-\x7e]+:.*\r?\n(?:[ \t].*\r?\n)*)+\r?\n/);
    const mail = await simpleParser(run.stdout);
    expect(mail.from?.value).toEqual([{ name: 'Électro Martin', address: 'contact@electro.example' }]);
    expect(mail.to).toMatchObject({ value: [{ name: HOSTILE, address: 'helene@example.org' }] });
    expect(mail.subject).toBe('Accusé de réception de votre réclamation n° 1');
    expect(mail.date?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(mail.messageId).toMatch(/@electro\.example>$/);
    expect(mail.text?.replace(/\s+/g, ' ')).toContain('au plus tard le 4 décembre 2026');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Lefèvre');
    expect(mail.html).not.toContain('<script');
  });

  it('takes the customer’s e-mail and address given with the letter, and keeps them on their record', async () => {
    const db = await logbookWith({ customer: { name: 'Hélène Lefèvre' } });
    const args = ['lettre', '1', '--type', 'accuse', '--format', 'eml'];
    expect(refusedAsIs(db, args).stderr).toContain('le client n’a pas d’e-mail sur sa fiche');
    expect(refusedAsIs(db, [...args, '--email', 'pas-un-email'], 1).stderr).toContain('--email');
    const run = plainte([...args, '--email', 'helene@example.org', '--address', '3 place Bellecour; 69002 Lyon'], {
      db,
    });
    expect(run.status, run.stderr).toBe(0);
    expect((await simpleParser(run.stdout)).text).toContain('69002 Lyon');
    const customer = JSON.parse(plainte(['show', '1', '--json'], { db }).stdout).customer;
    expect(customer).toMatchObject({ email: 'helene@example.org', address: '3 place Bellecour; 69002 Lyon' });
  });
});

describe('plainte lettre refuses', () => {
  it('a missing --type, --send with another format, an unknown type or format: usage errors', async () => {
    const db = await logbookWith();
    expect(refusedAsIs(db, ['lettre', '1'], 2).stderr).toContain('--type accuse');
    expect(refusedAsIs(db, ['lettre', '1', '--type', 'facture'], 2).stderr).toContain('--type');
    expect(refusedAsIs(db, ['lettre', '1', '--type', 'accuse', '--format', 'docx'], 2).stderr).toContain('--format');
    expect(refusedAsIs(db, ['lettre', '1', '--type', 'accuse', '--send', '--format', 'pdf'], 2).stderr).toContain(
      '--send',
    );
    expect(refusedAsIs(db, ['lettre', '9', '--type', 'accuse']).stderr).toContain('aucune réclamation n° 9');
  });

  it('an answer without a decision, and a decision the customer must not read about themselves', async () => {
    const db = await logbookWith();
    expect(refusedAsIs(db, ['lettre', '1', '--type', 'reponse']).stderr).toContain('--decision');
    const flagged = refusedAsIs(db, ['lettre', '1', '--type', 'reponse', '--decision', 'Client hystérique, refus']);
    expect(flagged.stderr).toContain('« hystérique » (la décision)');
    expect(flagged.stderr).toContain('--decision');
    const product = await logbookWith({ patch: { product: 'Four du client radin' } });
    expect(refusedAsIs(product, ['lettre', '1', '--type', 'accuse']).stderr).toContain('« radin » (le produit)');
  });

  it('a letter to a customer whose data were erased', async () => {
    const db = await logbookWith();
    expect(plainte(['forget', '1', '--yes'], { db }).status).toBe(0);
    const before = sha256(db);
    const run = plainte(['lettre', '1', '--type', 'accuse'], { db });
    expect(run.status).toBe(1);
    expect(sha256(db)).toBe(before);
  });
});

describe('plainte lettre --send', () => {
  /** An SMTP server on 127.0.0.1 that wants shop / s3cret, keeping what it receives. */
  async function smtpServer(): Promise<{ port: number; received: { from: string; to: string[]; raw: string }[] }> {
    const { SMTPServer } = await import('smtp-server');
    const received: { from: string; to: string[]; raw: string }[] = [];
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, done) {
        if (auth.username === 'shop' && auth.password === 's3cret') done(null, { user: 'shop' });
        else done(new Error('Invalid username or password s3cret-wrong'));
      },
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    return { port: (server.server.address() as AddressInfo).port, received };
  }

  it('sends the e-mail through smtp.url, records it as sent, and never shows the password', async () => {
    const { port, received } = await smtpServer();
    const db = await logbookWith({ settings: { 'smtp.url': `smtp://shop:s3cret@127.0.0.1:${port}` } });
    const run = await plainteAsync(['lettre', '1', '--type', 'accuse', '--send'], { db, timeoutMs: 60_000 });
    expect(run.stderr).toBe('Lettre envoyée à helene@example.org (réclamation n° 1).\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'contact@electro.example', to: ['helene@example.org'] });
    const mail = await simpleParser(received[0]?.raw ?? '');
    expect(mail.subject).toBe('Accusé de réception de votre réclamation n° 1');
    expect(mail.text?.replace(/\s+/g, ' ')).toContain('au plus tard le 4 décembre 2026');
    expect(historyOf(db).events.at(-1)).toMatchObject({
      kind: 'letter',
      details: { type: 'accuse', format: 'eml', sent: true },
    });
    expect(plainte(['show', '1'], { db }).stdout).toContain('envoyée par e-mail');
    const list = plainte(['config', 'list'], { db }).stdout;
    expect(list).toContain(`smtp://shop:***@127.0.0.1:${port}`);
    expect(list).not.toContain('s3cret');
  });

  it('says the server refused, without the password, and records nothing', async () => {
    const { port, received } = await smtpServer();
    const db = await logbookWith({ settings: { 'smtp.url': `smtp://shop:s3cret-wrong@127.0.0.1:${port}` } });
    const before = sha256(db);
    const run = await plainteAsync(['lettre', '1', '--type', 'reponse', '--decision', 'Échange', '--send'], {
      db,
      timeoutMs: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`smtp://shop:***@127.0.0.1:${port}`);
    expect(run.stderr).toContain('Rien n’a été noté');
    expect(run.stderr).not.toContain('s3cret');
    expect(received).toHaveLength(0);
    expect(sha256(db)).toBe(before);
  });

  it('asks for smtp.url before sending', async () => {
    const db = await logbookWith();
    expect(refusedAsIs(db, ['lettre', '1', '--type', 'accuse', '--send']).stderr).toContain('smtp.url');
  });
});

describe('the SMTP password', () => {
  it('is never shown by config set, get or list, as text or JSON', async () => {
    const db = tempLogbook();
    const set = plainte(['config', 'set', 'smtp.url', 'smtps://shop:p%40ss@mail.example:465'], { db });
    expect(set.status, set.stderr).toBe(0);
    const shown = [
      set.stderr,
      plainte(['config', 'get', 'smtp.url'], { db }).stdout,
      plainte(['config', 'list'], { db }).stdout,
      plainte(['config', 'list', '--json'], { db }).stdout,
    ];
    for (const output of shown) {
      expect(output).toContain('smtps://shop:***@mail.example:465');
      expect(output).not.toMatch(/p%40ss|p@ss/);
    }
  });
});

describe('the README’s letters', () => {
  /** The ```text block following `heading` in the README's "Écrire au client". */
  function example(heading: string): string {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const after = readme.slice(readme.indexOf(heading));
    return /```text\n([\s\S]*?)```/.exec(after)?.[1] ?? '';
  }

  it('are what plainte lettre writes for the complaint they describe', async () => {
    const db = await logbookWith({
      patch: {
        product: 'Lave-linge LW-7',
        orderRef: 'F-2026-0412',
        solution: 'Nous reprenons l’appareil en atelier et remplaçons le roulement du tambour',
        solutionType: 'repair',
        assignee: 'Paul',
      },
      settings: {
        'shop.email': 'contact@electro-martin.fr',
        'mediator.name': 'Médiateur du commerce (exemple)',
        'mediator.url': 'https://mediateur.example',
      },
    });
    const ack = plainte(['lettre', '1', '--type', 'accuse', '--operator', 'Léa'], { db });
    expect(ack.stdout).toBe(example('**The acknowledgement**'));
    const answer = plainte(['lettre', '1', '--type', 'reponse', '--operator', 'Léa'], {
      db,
      env: { PLAINTE_NOW: '2026-11-27T10:00:00Z' },
    });
    expect(answer.stdout).toContain(example('**The answer**'));
  });
});
