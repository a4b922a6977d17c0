import pg from 'pg';
import { serialize } from 'pg-protocol';
import { describe, expect, it } from 'vitest';
import { SESSION_OPTIONS, startConnecting, startupMessage, startupParameters } from '../../../src/store/pg/early.js';
import { openPgStore } from '../../../src/store/pg/index.js';
import { pgSettings } from '../../../src/store/pg/url.js';
import { plainte, tempDir } from '../../helpers/cli.js';
import { PG, PG_MISSING, pgLogbook } from '../../helpers/logbooks.js';

// The connection to a server on a Unix socket is begun before pg's client is loaded, its
// startup message written by plainte itself: it must be the very message the client would
// have sent, since the client takes the socket over after it.

/** The startup message pg's client sends for the settings the store gives it. */
function pgsOwnMessage(url: string): Buffer {
  const settings = pgSettings(url, process.env);
  const client = new pg.Client({
    user: settings.user,
    database: settings.database,
    application_name: settings.applicationName,
    options: SESSION_OPTIONS,
  }) as pg.Client & { getStartupConf(): Record<string, string> };
  return serialize.startup(client.getStartupConf());
}

const ours = (url: string) => startupMessage(startupParameters(pgSettings(url, process.env)));

describe('the startup message sent before the client is loaded', () => {
  it('is byte for byte the one pg’s client would send', () => {
    for (const url of [
      'postgresql://caisse@/boutique?host=/run/postgresql',
      'postgresql://caisse@/boutique?host=/run/postgresql&application_name=comptoir%20%C3%A9t%C3%A9',
      'postgresql:///?host=/tmp&port=5433',
    ])
      expect(ours(url).equals(pgsOwnMessage(url)), url).toBe(true);
  });

  it('is not sent over TCP, where TLS comes first', async () => {
    expect(await startConnecting('postgresql://caisse@127.0.0.1/boutique', process.env)).toBeNull();
  });
});

describe.skipIf(PG === null)(`a connection begun early ${PG_MISSING}`, () => {
  it('is the one the store then works over', async () => {
    const url = pgLogbook();
    const early = await startConnecting(url, process.env);
    expect(early).not.toBeNull();
    const store = await openPgStore(url, () => new Date(), null, early);
    try {
      expect(await store.listDue({ before: new Date() })).toEqual([]);
    } finally {
      await store.close();
    }
    // Its side shut, the Terminate message sent: the server closes the rest.
    expect(early?.socket.writableFinished).toBe(true);
  });

  it('has connected and sent its startup message when handed back, before any client is loaded', async () => {
    const url = pgLogbook();
    const early = await startConnecting(url, process.env);
    try {
      // Sent now, the server authenticates the session while the client loads.
      expect(early?.socket.connecting).toBe(false);
      expect(early?.socket.bytesWritten).toBe(startupMessage(startupParameters(pgSettings(url, process.env))).length);
    } finally {
      early?.socket.destroy();
    }
  });
});

describe('a Unix socket with no server behind it', () => {
  it('is said by the client when the socket failed before the client took it over', async () => {
    const url = `postgresql://caisse@/boutique?host=${encodeURIComponent(tempDir())}&connect_timeout=5`;
    const early = await startConnecting(url, process.env);
    if (early === null) throw new Error('no connection begun on a Unix socket');
    // Closed after its error (events.once would reject on that error).
    await new Promise((resolve) => early.socket.once('close', resolve));
    await expect(openPgStore(url, () => new Date(), null, early)).rejects.toThrow(/fichier ou dossier introuvable/);
  });

  it('is said as before, in the system’s words, with exit 1 and without waiting', () => {
    const url = `postgresql://caisse@/boutique?host=${encodeURIComponent(tempDir())}&connect_timeout=30`;
    const run = plainte(['due'], { db: url, timeoutMs: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('impossible de joindre le cahier');
    expect(run.stderr).toContain('fichier ou dossier introuvable');
  });
});
