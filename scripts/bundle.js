// Bundles the built program into dist/bundle/, which bin/plainte.js runs. Node's module
// loader resolves, reads and links every file of src/ and node_modules one by one, and an ES
// module costs more to start than a CommonJS one; a start-up profile shows that work
// dominating `plainte --help`. esbuild joins them into CommonJS files:
//   launch.cjs              finds which command a command line runs (src/route.ts) and
//                           loads that command's file (src/launch.ts);
//   commands/<name>.cjs     the command line with that one command's code, for each command;
//   cli.cjs                 the command line without any command's code: help and errors;
//   help.<language>.txt     `plainte --help` as a script reads it (scripts/help-text.js).
// Each file holds all it needs, so a run loads exactly one of them besides launch.cjs. The
// sources in src/ stay the truth; tsc checks them, and its dist/ output is what the tests
// and the benchmark import directly.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { COMMANDS } from '../dist/route.js';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const source = (path) => new URL(path, root).pathname;

// src/commands/load.ts imports a command's module by a path built at run time. In a
// command's bundle it is replaced by a module that hands over that one command; in cli.cjs,
// by one that has none (bin/plainte.js sends every command line that runs a command to
// that command's bundle, so cli.cjs never needs one).
const oneCommand = (name) => ({
  name: 'one-command',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/load\.js$/ }, () => ({ path: 'load', namespace: 'one-command' }));
    build.onLoad({ filter: /.*/, namespace: 'one-command' }, () => ({
      resolveDir: source('src/commands/'),
      loader: 'js',
      contents: [
        name ? `import * as bundled from './${name}.ts';` : 'const bundled = null;',
        `export async function loadCommand(name) {`,
        `  if (name === ${JSON.stringify(name)}) return bundled;`,
        `  throw new Error('internal error: ' + name + ' is not in this bundle; bin/plainte.js and src/route.ts disagree with commander');`,
        `}`,
      ].join('\n'),
    }));
  },
});

// The message catalogs are data: V8 parses them from JSON ~8 times faster than it builds the
// same 600-key object literals (1 ms against 8 ms at every start). The typed modules of
// src/i18n/ stay the source; their built values are written in as JSON.
const catalogsAsJson = {
  name: 'catalogs-as-json',
  setup(build) {
    build.onLoad({ filter: /\/src\/i18n\/(fr|en)\.ts$/ }, async (args) => {
      const lang = args.path.endsWith('fr.ts') ? 'fr' : 'en';
      const { [lang]: catalog } = await import(`../dist/i18n/${lang}.js`);
      return {
        contents: `export const ${lang} = JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`,
        loader: 'js',
      };
    });
  },
};

// plainte always tells chalk its colour level (render/output.ts decides), so chalk's own
// detection, which loads node:tty and with it node:net, is replaced by "no colour".
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-detection' }));
    build.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

// commander requires node:child_process for subcommands run as separate executables, which
// plainte does not use: it is loaded only if something asks for it.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "let loaded; module.exports = new Proxy({}, { get: (_, name) => (loaded ??= require('node:child_process'))[name] });",
      loader: 'js',
    }));
  },
};

// The PostgreSQL client is bundled apart, in pg.cjs, which a command's bundle loads only
// when the logbook is on a server (src/store/open.ts): a SQLite logbook neither reads nor
// compiles it. Only the `pg` package is there; the store's own code stays in each command's
// bundle, sharing its messages and errors.
const pgApart = {
  name: 'pg-apart',
  setup(build) {
    build.onResolve({ filter: /^pg$/ }, () => ({ path: 'pg', namespace: 'pg-apart' }));
    build.onLoad({ filter: /.*/, namespace: 'pg-apart' }, () => ({
      contents: "module.exports = require(require('node:path').join(__dirname, '..', 'pg.cjs'));",
      loader: 'js',
    }));
  },
};

// pg loads node:crypto as it starts, for the password exchanges (SCRAM, MD5) that a Unix
// socket with peer or trust authentication never has: its crypto module is loaded on first use.
const lazyPgCrypto = {
  name: 'lazy-pg-crypto',
  setup(build) {
    build.onLoad({ filter: /\/pg\/lib\/crypto\/utils\.js$/ }, (args) =>
      args.suffix === '?now'
        ? undefined
        : {
            contents: `let loaded; module.exports = new Proxy({}, { get: (_, name) => (loaded ??= require(${JSON.stringify(`${args.path}?now`)}))[name] });`,
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
const notCloudflare = {
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

// A letter's PDF and e-mail are written by libraries as large as the rest of a command:
// each is a bundle of its own (pdfkit.cjs, mail-composer.cjs, nodemailer.cjs), which the
// letter's bundle loads only for the format asked (src/render/letter/, src/commands/letter.ts).
const LETTER_LIBRARIES = {
  pdfkit: 'node_modules/pdfkit/js/pdfkit.js',
  'nodemailer/lib/mail-composer': 'node_modules/nodemailer/dist/cjs/mail-composer/index.js',
  nodemailer: 'node_modules/nodemailer/dist/cjs/nodemailer.js',
};
const bundleName = (name) => (name.startsWith('nodemailer/') ? 'mail-composer' : name);
const lettersApart = {
  name: 'letters-apart',
  setup(build) {
    const names = Object.keys(LETTER_LIBRARIES).map((name) => name.replace(/[/.]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({
      path: args.path,
      namespace: 'letters-apart',
    }));
    build.onLoad({ filter: /.*/, namespace: 'letters-apart' }, (args) => ({
      contents: `module.exports = require(require('node:path').join(__dirname, '..', '${bundleName(args.path)}.cjs'));`,
      loader: 'js',
    }));
  },
};

const outdir = source('dist/bundle/');
rmSync(outdir, { recursive: true, force: true });

const common = {
  absWorkingDir: root.pathname,
  bundle: true,
  // The SQLite driver's JavaScript is bundled too; its compiled part stays in node_modules,
  // found by src/store/sqlite/driver.ts. `bindings`, the driver's own way to find it, is
  // only its fallback.
  external: ['bindings'],
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // A CommonJS file has no import.meta: its URL is made from __filename, when asked for.
  banner: { js: 'var __plainteMeta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' },
  define: {
    'import.meta': '__plainteMeta',
    // The version is written in, rather than read from ../package.json at each start.
    PLAINTE_VERSION: JSON.stringify(version),
  },
  // Less to read and hash at each start; names are kept, so that a stack trace
  // (PLAINTE_DEBUG=1) still names the functions.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

const program = (name, outfile) =>
  build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: `${outdir}${outfile}`,
    plugins: [oneCommand(name), catalogsAsJson, lazyChildProcess, chalkWithoutDetection, pgApart, lettersApart],
  });

await Promise.all([
  build({ ...common, entryPoints: ['src/launch.ts'], outfile: `${outdir}launch.cjs`, banner: {}, define: {} }),
  // pg's optional native binding and its Cloudflare socket are never used.
  build({
    ...common,
    entryPoints: ['node_modules/pg/lib/index.js'],
    outfile: `${outdir}pg.cjs`,
    external: ['pg-native', 'pg-cloudflare', 'cloudflare:sockets'],
    plugins: [lazyPgCrypto, notCloudflare],
    banner: {},
    define: {},
  }),
  ...Object.entries(LETTER_LIBRARIES).map(([name, entry]) =>
    build({ ...common, entryPoints: [entry], outfile: `${outdir}${bundleName(name)}.cjs`, banner: {}, define: {} }),
  ),
  program(null, 'cli.cjs'),
  ...COMMANDS.map((name) => program(name, `commands/${name}.cjs`)),
]);

// The fonts a letter's PDF embeds, shipped beside the program (src/render/letter/pdf.ts).
cpSync(source('assets/fonts/'), source('dist/fonts/'), { recursive: true });

// The program's help as a script reads it, and the code V8 compiles for each bundle, kept
// beside them (see src/launch.ts).
await import('./help-text.js');
await import('./code-cache.js');
