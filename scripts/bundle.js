// Bundles the built program into dist/bundle/, which bin/plainte.js runs. Node's module
// loader resolves, reads and links every file of src/ and node_modules one by one, and an ES
// module costs more to start than a CommonJS one; a start-up profile shows that work
// dominating `plainte --help`. esbuild joins them into CommonJS files:
//   launch.cjs              finds which command a command line runs (src/route.ts) and
//                           loads that command's file (src/launch.ts);
//   commands/<name>.cjs     the command line with that one command's code, for each command;
//   cli.cjs                 the command line without any command's code: help and errors;
//   messages.<language>.json  the messages of one language, read by whichever file runs;
//   chrono.cjs              chrono-node, loaded by a command only to read a date in words;
//   sqlite.cjs              the SQLite store and the driver's JavaScript, loaded by a command
//                           when it opens a logbook;
//   pg.cjs                  the PostgreSQL store and client, loaded only for a logbook on a
//                           server;
//   help.<language>.txt     `plainte --help` as a script reads it (scripts/help-text.js);
//   pdfkit.cjs, mail-composer.cjs, nodemailer.cjs  a letter's PDF and e-mail libraries;
//   ../fonts/               the fonts a letter's PDF embeds;
//   ../man/                 the manual pages (scripts/man-page.js).
// Each command's file holds all it needs but the messages, chrono, the stores and the
// letters' libraries, which every command would otherwise carry a copy of (the installed
// package stays small: README, "Install"), so a run loads them besides launch.cjs when it
// needs them. The sources in src/ stay the truth; tsc checks them, and its dist/ output is
// what the tests and the benchmark import directly.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { COMMANDS } from '../dist/route.js';
import { LOAD, hostModules, lazyPgCrypto, notCloudflare, storeEntry, storesApart } from './bundle-stores.js';

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
        `  throw new Error('internal error: ' + name + ' is not in this bundle; '`,
        `    + 'bin/plainte.js and src/route.ts disagree with commander');`,
        `}`,
      ].join('\n'),
    }));
  },
});

// The message catalogs are data: V8 parses them from JSON ~8 times faster than it builds the
// same 600-key object literals, and a file of their own is read only by the run that speaks
// its language (an English run reads the French one too: it is the default). The typed
// modules of src/i18n/ stay the source; their built values are written out as JSON.
const catalogFile = (lang) => `messages.${lang}.json`;
/** `bundleRoot` is the path from the bundle's folder to dist/bundle/ ('' or '/..'). */
const catalogsApart = (bundleRoot) => ({
  name: 'catalogs-apart',
  setup(build) {
    // A module of its own namespace, which esbuild takes as CommonJS: the property is read
    // where the catalog is used, so the file is read only then.
    build.onResolve({ filter: /(^|\/)(fr|en)\.js$/ }, (args) => {
      const path = join(args.resolveDir, args.path);
      return path.endsWith('/src/i18n/fr.js') || path.endsWith('/src/i18n/en.js')
        ? { path: path.slice(-5, -3), namespace: 'catalogs-apart' }
        : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'catalogs-apart' }, ({ path: lang }) => ({
      contents: [
        'let catalog;',
        `const file = __dirname + ${JSON.stringify(`${bundleRoot}/${catalogFile(lang)}`)};`,
        `Object.defineProperty(exports, ${JSON.stringify(lang)}, { enumerable: true, get: () =>`,
        "  (catalog ??= JSON.parse(require('node:fs').readFileSync(file, 'utf8'))) });",
      ].join('\n'),
      loader: 'js',
    }));
  },
});

async function writeCatalogs() {
  for (const lang of ['fr', 'en']) {
    const { [lang]: catalog } = await import(`../dist/i18n/${lang}.js`);
    writeFileSync(`${outdir}${catalogFile(lang)}`, JSON.stringify(catalog));
  }
}

// chrono-node reads dates typed in words (src/domain/chrono.ts, loaded on demand): one file
// of its own, loaded by the command that needs it (through src/launch.ts, as the stores are),
// rather than a copy in each command.
const chronoApart = (bundleRoot) => ({
  name: 'chrono-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/chrono\.js$/ }, (args) =>
      args.importer.endsWith('/src/domain/spoken-dates.ts') ? { path: 'chrono', namespace: 'chrono-apart' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'chrono-apart' }, () => ({
      contents: `module.exports = (${LOAD} ?? require)(__dirname + ${JSON.stringify(`${bundleRoot}/chrono.cjs`)});`,
      loader: 'js',
    }));
  },
});

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

// Node modules loaded only when something asks for them: node:child_process, which commander
// requires for subcommands run as separate executables (plainte has none) and the pager
// (src/render/pager.ts) only for long output at a terminal; node:dns, which pg requires as
// it starts for its native driver's connection string alone (3 ms of every run on a server);
// node:net, which a command loads only to reach a server (src/store/pg/early.ts).
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(child_process|dns|net)$/ }, (args) =>
      args.namespace === 'lazy' ? undefined : { path: args.path.replace(/^node:/, ''), namespace: 'lazy' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, ({ path }) => ({
      // Read as a whole (an import() hands over a copy of its properties) it loads then.
      contents: [
        `let loaded; const load = () => (loaded ??= require(${JSON.stringify(`node:${path}`)}));`,
        'module.exports = new Proxy({}, {',
        '  get: (_, name) => load()[name],',
        '  ownKeys: () => Reflect.ownKeys(load()),',
        '  getOwnPropertyDescriptor: (_, name) => ({ value: load()[name], enumerable: true, configurable: true }),',
        '});',
      ].join('\n'),
      loader: 'js',
    }));
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
      contents: `module.exports = (${LOAD} ?? require)(__dirname + '/../${bundleName(args.path)}.cjs');`,
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
  // Less to read and hash at each start, and a quarter less to install: local names are
  // shortened, but each function and class keeps its name (keepNames), so that a stack
  // trace (PLAINTE_DEBUG=1) still names the functions.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  keepNames: true,
  logLevel: 'warning',
};

const program = (name, outfile) => {
  const bundleRoot = name ? '/..' : '';
  return build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: `${outdir}${outfile}`,
    plugins: [
      oneCommand(name),
      catalogsApart(bundleRoot),
      chronoApart(bundleRoot),
      lazyBuiltins,
      chalkWithoutDetection,
      storesApart(bundleRoot),
      lettersApart,
    ],
  });
};

await Promise.all([
  build({ ...common, stdin: storeEntry('sqlite.cjs'), outfile: `${outdir}sqlite.cjs`, plugins: [hostModules] }),
  // pg's optional native binding and its Cloudflare socket are never used.
  build({
    ...common,
    stdin: storeEntry('pg.cjs'),
    outfile: `${outdir}pg.cjs`,
    external: [...common.external, 'pg-native', 'pg-cloudflare', 'cloudflare:sockets'],
    plugins: [hostModules, lazyPgCrypto, notCloudflare, lazyBuiltins],
  }),
  ...Object.entries(LETTER_LIBRARIES).map(([name, entry]) =>
    build({ ...common, entryPoints: [entry], outfile: `${outdir}${bundleName(name)}.cjs`, banner: {}, define: {} }),
  ),
  program(null, 'cli.cjs'),
  ...COMMANDS.map((name) => program(name, `commands/${name}.cjs`)),
  build({ ...common, entryPoints: ['src/domain/chrono.ts'], outfile: `${outdir}chrono.cjs` }),
]);
await writeCatalogs();

// The fonts a letter's PDF embeds, shipped beside the program (src/render/letter/pdf.ts).
cpSync(source('assets/fonts/'), source('dist/fonts/'), { recursive: true });

// The launcher keeps the code V8 compiles for a bundle in the user's cache when none was made
// at build time (an installed package: src/launch.ts). The cache is named after this build,
// so that a bundle never meets code compiled for another one.
const buildId = createHash('sha256');
for (const file of readdirSync(outdir, { recursive: true }).sort())
  if (String(file).endsWith('.cjs') || String(file).endsWith('.json'))
    buildId.update(String(file)).update(readFileSync(`${outdir}${file}`));
await build({
  ...common,
  entryPoints: ['src/launch.ts'],
  outfile: `${outdir}launch.cjs`,
  banner: {},
  define: { PLAINTE_BUILD: JSON.stringify(buildId.digest('hex').slice(0, 16)) },
});

// The program's help as a script reads it, its manual pages, and the code V8 compiles for
// each bundle, kept beside them (see src/launch.ts).
await import('./help-text.js');
await import('./man-page.js');
await import('./code-cache.js');
