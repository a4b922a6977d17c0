import type { Socket } from 'node:net';
import { pgSettings, type PgSettings } from './url.js';

// A connection to a server on this machine (a Unix socket) is opened, and its startup message
// sent, before the PostgreSQL client is loaded: the server starts the connection's backend
// and authenticates it while this process reads and runs pg.cjs, instead of after. The client
// then takes the socket as it is (connection.ts) and goes on from the server's answer. Over
// TCP nothing starts early: TLS is negotiated before the startup message.

/** How long a writer waits for the complaint another counter is writing, as SQLite's busy timeout. */
const LOCK_TIMEOUT_MS = 10_000;

/** What the startup message asks of the session, beside the user and the database: instants
 * in UTC, a writer waiting at most LOCK_TIMEOUT_MS for another's row, and no JIT (the report's
 * queries read a few thousand rows, and the planner, which cannot know how many a day of the
 * period holds, would compile them, 20 ms and more, for nothing). */
export const SESSION_OPTIONS = `-c TimeZone=UTC -c lock_timeout=${LOCK_TIMEOUT_MS} -c jit=off`;

/** The parameters of the startup message, as pg's client writes them for plainte's sessions
 * (never replication ones). */
export function startupParameters(settings: PgSettings): Record<string, string> {
  return {
    user: settings.user,
    database: settings.database,
    ...(settings.applicationName ? { application_name: settings.applicationName } : {}),
    options: SESSION_OPTIONS,
  };
}

/** The startup message of protocol 3.0: its length, the version, each parameter's name and
 * value (pg's client adds client_encoding), an empty name to end them. */
export function startupMessage(parameters: Record<string, string>): Buffer {
  const pairs = Object.entries({ ...parameters, client_encoding: 'UTF8' }).flat();
  const body = Buffer.from(`${pairs.join('\0')}\0\0`, 'utf8');
  const message = Buffer.alloc(8 + body.length);
  message.writeInt32BE(message.length, 0);
  message.writeInt32BE(3 << 16, 4);
  body.copy(message, 8);
  return message;
}

/** A connection begun before the client was loaded: its socket, the settings it was made
 * with, and what the client must do to take it over (see takeOver). */
export interface EarlyConnection {
  settings: PgSettings;
  socket: Socket;
  /** The error the socket met before the client listened to it, if any. */
  failure: Error | null;
}

/** The connection to `url` begun now, when it is to a Unix socket and its settings are
 * sound; else null, and the client connects as usual (and says what is wrong). */
export async function startConnecting(url: string, env: NodeJS.ProcessEnv): Promise<EarlyConnection | null> {
  let settings: PgSettings;
  try {
    settings = pgSettings(url, env);
  } catch {
    return null;
  }
  if (!settings.host.startsWith('/')) return null;
  const { createConnection } = await import('node:net');
  const socket = createConnection(`${settings.host}/.s.PGSQL.${settings.port}`);
  const early: EarlyConnection = { settings, socket, failure: null };
  socket.once('error', (error) => (early.failure = error));
  socket.write(startupMessage(startupParameters(settings)));
  // The socket connects, and the message goes out, once the event loop has turned, which
  // loading the client would not let it do: that is waited for now (a Unix socket connects or
  // fails at once).
  await new Promise<void>((resolve) => {
    socket.once('connect', resolve);
    socket.once('error', () => resolve());
  });
  // Until the client takes it, the socket does not keep the process alive.
  socket.unref();
  return early;
}

/** The socket as pg's client connects it: already connected (or connecting), its startup
 * message sent. Its `connect` only says so, as the client waits for the event. */
export function takeOver(early: EarlyConnection): Socket {
  const { socket } = early;
  socket.ref();
  socket.connect = () => {
    if (early.failure !== null) {
      // Said again as it happened, the error then the close, which the client waits for to end.
      const failure = early.failure;
      process.nextTick(() => {
        socket.emit('error', failure);
        socket.emit('close', true);
      });
    } else if (!socket.connecting) process.nextTick(() => socket.emit('connect'));
    return socket;
  };
  return socket;
}
