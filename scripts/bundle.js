// Bundles the built program into dist/bundle/, which bin/plainte.js runs. Node's ES module
// loader resolves, reads and links every file of src/ and node_modules one by one; a start-up
// profile shows that work dominating `plainte --help`. esbuild joins them into a few files:
// cli.js (what every run needs) and one file per command under commands/, still imported by
// cli.ts only when that command runs (the template import is left to run time), plus
// chunks shared between commands. The sources in src/ stay the truth; tsc checks them and
// its dist/ output is what tests and the benchmark import directly.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const commands = readdirSync(new URL('src/commands/', root))
  .filter((name) => name.endsWith('.ts') && name !== 'options.ts')
  .map((name) => `src/commands/${name}`);

// Node's ES module wrapper of a built-in module reads every export once when it is first
// imported, which loads the lazy parts of `node:fs` (streams, fs/promises, readline, watchers)
// and more: a profile puts it at a tenth of `plainte --help`. And importing the CommonJS
// SQLite driver from an ES module makes Node parse its sources to guess their exports
// (cjs-module-lexer). In the bundle, both are taken through require() instead, which hands
// over the module as it is.
const throughRequire = {
  name: 'through-require',
  setup(build) {
    build.onResolve({ filter: /^(node:.*|better-sqlite3)$/ }, (args) =>
      args.kind === 'import-statement' || args.kind === 'dynamic-import' ? { path: args.path, namespace: 'required' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'required' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

// plainte always tells chalk its colour level (render/output.ts decides), so chalk's own
// detection, which loads node:tty and with it node:net, is replaced by "no colour".
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-detection' }));
    build.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
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
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, name) => (loaded ??= require('node:child_process'))[name] });",
      loader: 'js',
    }));
  },
};

const outdir = new URL('dist/bundle/', root).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root.pathname,
  entryPoints: ['src/cli.ts', ...commands],
  outbase: 'src',
  outdir,
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  // The SQLite driver has a compiled part: it stays in node_modules.
  external: ['better-sqlite3'],
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander and cli-table3 are CommonJS: their require() of Node's modules needs a real one.
  banner: { js: "import { createRequire as __plainteRequire } from 'node:module'; const require = __plainteRequire(import.meta.url);" },
  // The version is written in, rather than read from ../package.json at each start.
  define: { PLAINTE_VERSION: JSON.stringify(version) },
  plugins: [lazyChildProcess, chalkWithoutDetection, throughRequire],
  logLevel: 'warning',
  // cli.ts imports `./commands/${name}.js` on purpose at run time: do not warn about it.
  logOverride: { 'empty-glob': 'silent' },
});
