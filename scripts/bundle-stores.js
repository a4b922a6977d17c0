// The stores' bundles for scripts/bundle.js: how a command's bundle loads them, and what
// the PostgreSQL client leaves out of its start-up.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const source = (path) => new URL(`../${path}`, import.meta.url).pathname;

// How a command's bundle loads another file of dist/bundle/: through src/launch.ts, which
// loads each once, with the code V8 compiled for it (require, when run without launch.cjs).
export const LOAD = "globalThis[Symbol.for('plainte.load')]";

// The stores are bundled apart, each in a file every command's bundle loads when it opens a
// logbook (src/store/open.ts) instead of carrying a copy of it: sqlite.cjs, the SQLite store
// and the driver's JavaScript (`restore` also takes its backup checks from it); pg.cjs, the
// PostgreSQL store and its client, loaded only for a logbook on a server. The package holds
// each once (README, "Install"). A store shares the errors and the messages of the command
// that loads it (its UserError is the one the command reports, its messages in the run's
// language): the command hands over its own modules, which the store takes instead of copies
// of them. Each file is loaded through src/launch.ts, with the code V8 compiled for it.
const HOST = "globalThis[Symbol.for('plainte.host')]";
const SHARED = { errors: 'src/errors.ts', i18n: 'src/i18n/index.ts' };
/** Each store's file and the modules it hands over, by the name they take in it. */
const STORES = {
  'sqlite.cjs': { index: 'src/store/sqlite/index.ts', backup: 'src/store/sqlite/backup.ts' },
  'pg.cjs': { index: 'src/store/pg/index.ts' },
};

/** The module a store's file starts from: each module it hands over, as one export. */
export const storeEntry = (file) => ({
  contents: Object.entries(STORES[file])
    .map(([name, path]) => `export * as ${name} from './${path.slice(4)}';`)
    .join('\n'),
  resolveDir: source('src/'),
  sourcefile: `${file}.entry.js`,
  loader: 'js',
});

/** In a command's bundle: an import of a store's module, replaced by that module as the
 * store's file hands it over. */
export const storesApart = (bundleRoot) => ({
  name: 'stores-apart',
  setup(build) {
    const apart = new Map(
      Object.entries(STORES).flatMap(([file, modules]) =>
        Object.entries(modules).map(([name, path]) => [source(path), `${file}#${name}`]),
      ),
    );
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const found = apart.get(join(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
      return found ? { path: found, namespace: 'stores-apart' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'stores-apart' }, ({ path }) => {
      const [file, name] = path.split('#');
      const where = `__dirname + ${JSON.stringify(`${bundleRoot}/${file}`)}`;
      return {
        contents: `require('plainte:host'); module.exports = (${LOAD} ?? require)(${where}).${name};`,
        loader: 'js',
      };
    });
    build.onResolve({ filter: /^plainte:host$/ }, () => ({ path: 'host', namespace: 'stores-apart-host' }));
    build.onLoad({ filter: /.*/, namespace: 'stores-apart-host' }, () => ({
      resolveDir: source('src/'),
      loader: 'js',
      contents: [
        ...Object.entries(SHARED).map(([name, path]) => `import * as ${name} from './${path.slice(4)}';`),
        `${HOST} = { ${Object.keys(SHARED).join(', ')} };`,
      ].join('\n'),
    }));
  },
});

/** In a store's file: the modules the command that loads it hands over. */
export const hostModules = {
  name: 'host-modules',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(errors|index)\.js$/ }, (args) => {
      const path = join(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      const name = Object.keys(SHARED).find((key) => path === source(SHARED[key]));
      return name ? { path: name, namespace: 'host' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'host' }, ({ path: name }) => ({
      contents: `module.exports = ${HOST}.${name};`,
      loader: 'js',
    }));
  },
};

// pg loads node:crypto as it starts, for the password exchanges (SCRAM, MD5) that a Unix
// socket with peer or trust authentication never has: its crypto module is loaded on first use.
export const lazyPgCrypto = {
  name: 'lazy-pg-crypto',
  setup(build) {
    build.onLoad({ filter: /\/pg\/lib\/crypto\/utils\.js$/ }, (args) =>
      args.suffix === '?now'
        ? undefined
        : {
            contents:
              'let loaded; module.exports = new Proxy({}, ' +
              `{ get: (_, name) => (loaded ??= require(${JSON.stringify(`${args.path}?now`)}))[name] });`,
            loader: 'js',
            resolveDir: source('node_modules/pg/lib/crypto/'),
          },
    );
    build.onResolve({ filter: /\/pg\/lib\/crypto\/utils\.js\?now$/ }, (args) => ({
      path: args.path.slice(0, -'?now'.length),
      suffix: '?now',
    }));
  },
};

// pg asks whether it runs on Cloudflare Workers by building a web `Response`, which makes
// Node load its whole fetch implementation (undici, zlib, http2): 40 ms of every command on a
// server. Node is never Cloudflare.
export const notCloudflare = {
  name: 'pg-not-cloudflare',
  setup(build) {
    build.onLoad({ filter: /\/pg\/lib\/stream\.js$/ }, async (args) => {
      const text = readFileSync(args.path, 'utf8');
      const marker = 'function isCloudflareRuntime() {';
      if (!text.includes(marker)) throw new Error(`${args.path}: isCloudflareRuntime not found, see scripts/bundle.js`);
      return { contents: text.replace(marker, `${marker}\n  return false;`), loader: 'js' };
    });
  },
};
