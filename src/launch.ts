import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { languageAsked } from './locale.js';
import { writeWhole } from './render/fd.js';
import { surelyNoTerminal } from './render/terminal.js';
import { readCommandLine, type CommandLine, type CommandName } from './route.js';

// How bin/plainte.js starts the bundled program (dist/bundle/, see scripts/bundle.js): it
// picks the one file that holds the command being run, and loads it with the code V8
// compiled for it at build time.
//
// Compiling the program's JavaScript is most of what `plainte --help` or `plainte due` costs
// beyond Node's own start. V8 can save the code it compiled and take it back later when
// the source is the same, which is what Node 22's module.enableCompileCache does; Node 20
// offers it through vm.Script. The build runs each bundle once and keeps its code in
// `<bundle>.cache` beside it (scripts/code-cache.js). V8 refuses a cache made by another
// Node version or for other flags: the bundle is then compiled as usual.
//
// The installed package carries no such cache (it would be the packer's Node version, and
// triple the package's size): the first run of each command keeps the code V8 compiled for
// it in the user's cache folder, for the runs after it (README, "Performance").

interface Program {
  main(line: CommandLine): Promise<void>;
}

/** The bundle that runs `command`: its own, or the program's without any command's code. */
function bundleFor(directory: string, command: CommandName | null): string {
  return command === null ? join(directory, 'cli.cjs') : join(directory, 'commands', `${command}.cjs`);
}

/** A bundle's code wrapped as require() wraps a module, compiled with V8's saved code. */
function compiled(file: string, cache: Buffer | undefined): Script {
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n})`;
  return new Script(source, { filename: file, ...(cache ? { cachedData: cache } : {}) });
}

// V8 refuses code saved under other flags: a run that changes them (src/domain/chrono.ts,
// src/commands/export.ts do) keeps none. Their setter is watched when a bundle asks for
// node:v8 (loading it for every run would cost a few milliseconds).
let flagsChanged = false;
type V8 = { setFlagsFromString(this: void, flags: string): void };
let v8: V8 | undefined;

function watchedV8(): unknown {
  if (v8 === undefined) {
    // The module object itself, which every require hands out: an import would be a copy of it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    v8 = require('node:v8') as V8;
    const set = v8.setFlagsFromString;
    v8.setFlagsFromString = (flags) => {
      flagsChanged = true;
      set(flags);
    };
  }
  return v8;
}

/** This file's require, as the bundles are handed it (made on first use: tsc's dist/launch.js,
 * which the build imports, is an ES module and has no require). */
let bundleRequire: NodeJS.Require | undefined;

/** Runs a CommonJS bundle as require() would, with V8's saved code when it is there. The
 * bundle is handed this file's require (bundleRequire): both live in dist/bundle/ and need only Node's
 * modules and the SQLite driver's compiled part (node:module's createRequire would cost
 * another half millisecond to load). This file runs only as dist/bundle/launch.cjs. */
function load(file: string, cache: Buffer | undefined): { exports: unknown; script: Script } {
  const script = compiled(file, cache);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bundleRequire ??= Object.assign((id: string): unknown => (id === 'node:v8' ? watchedV8() : require(id)), require);
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, bundleRequire, module, file, join(file, '..'));
  return { exports: module.exports, script };
}

/** A bundle loaded by this run: what it exports, the code V8 compiled for it, where the
 * user's cache keeps that code (null: the build saved it, or there is no cache folder), and
 * whether V8 took the code saved there. */
interface Loaded {
  exports: unknown;
  script: Script;
  userFile: string | null;
  accepted: boolean;
}

// The bundles a run loads, each once: a command's, then the store's when it opens the
// logbook (scripts/bundle.js, STORES), which share the errors and messages of the first.
const loaded = new Map<string, Loaded>();

/** Loads `file` once, with the code saved for it at build time, else in the user's cache. */
function loadBundle(file: string): unknown {
  let bundle = loaded.get(file);
  if (bundle === undefined) {
    const built = savedCode(`${file}.cache`);
    const userFile = built ? null : userCodeCache(file, process.env);
    const { exports, script } = load(file, built ?? (userFile === null ? undefined : savedCode(userFile)));
    bundle = { exports, script, userFile, accepted: script.cachedDataRejected === false };
    loaded.set(file, bundle);
  }
  return bundle.exports;
}

// How a command's bundle loads a store's (scripts/bundle.js, storesApart).
(globalThis as Record<symbol, unknown>)[Symbol.for('plainte.load')] = loadBundle;

function savedCode(cacheFile: string): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// Written in when launch.cjs is built (scripts/bundle.js): what names this build's bundles.
declare const PLAINTE_BUILD: string | undefined;

/** Where the user's cache keeps the code compiled for `file` (a bundle) by this Node: in
 * $XDG_CACHE_HOME/plainte/, else ~/.cache/plainte/, in a folder named after the build, so
 * that V8 never takes code compiled for another bundle of the same length. None without a
 * home or outside a build. */
export function userCodeCache(file: string, env: NodeJS.ProcessEnv): string | null {
  if (typeof PLAINTE_BUILD !== 'string') return null;
  const xdg = env.XDG_CACHE_HOME;
  const root = xdg?.startsWith('/') ? xdg : env.HOME?.startsWith('/') ? join(env.HOME, '.cache') : null;
  if (root === null) return null;
  return join(root, 'plainte', `${PLAINTE_BUILD}-${process.version}-${process.arch}`, `${basename(file)}.cache`);
}

/** Keeps the code V8 compiled for `script` in `cacheFile`, whole or not at all; a folder of
 * another build beside it is removed. A cache that cannot be written is not an error: the
 * next run compiles again. */
function keepCode(script: Script, cacheFile: string): void {
  const folder = dirname(cacheFile);
  try {
    if (mkdirSync(folder, { recursive: true, mode: 0o700 }) !== undefined) {
      const build = basename(folder).split('-', 1)[0];
      for (const other of readdirSync(dirname(folder)))
        if (!other.startsWith(`${build}-`)) rmSync(join(dirname(folder), other), { recursive: true, force: true });
    }
    const temp = `${cacheFile}.${process.pid}`;
    writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
    renameSync(temp, cacheFile);
  } catch {
    // A read-only or full home: nothing kept.
  }
}

/** The file the build keeps the program's help in, for one language (scripts/help-text.js). */
export const helpFile = (directory: string, language: string) => join(directory, `help.${language}.txt`);

const HELP = ['--help', '-h', 'help'];

/**
 * `plainte --help` alone, written from the text the build kept, without loading the
 * program: read by a script or a pager (no terminal), the help is always the same text in
 * a language, 80 columns wide and without colour. At a terminal it is laid out to the
 * terminal's width by the program, as any other help. Whatever is unusual (an unknown
 * language, no kept text, a pipe that would block) is left to the program.
 */
function keptHelp({ args }: CommandLine, directory: string): boolean {
  const language = languageAsked(undefined, process.env);
  if (args.length !== 1 || !HELP.includes(args[0]) || !/^[a-z]+$/.test(language) || !surelyNoTerminal()) return false;
  let text: Buffer;
  try {
    text = readFileSync(helpFile(directory, language));
  } catch {
    return false;
  }
  const end = writeWhole(1, text);
  if (end.ended === 'failed') {
    // A failure before a byte was written (stdout closed, say) is the program's.
    if (end.written === 0) return false;
    throw end.error;
  }
  // A full non-blocking pipe: the rest goes through Node's stream, which waits for room.
  if (end.ended === 'blocked')
    process.stdout.on('error', () => process.exit(process.exitCode ?? 0)).write(text.subarray(end.written));
  return true;
}

/** Runs the command line `argv` (process.argv) with the bundles of `directory`. */
export function launch(argv: readonly string[], directory: string): Promise<void> {
  const line = readCommandLine(argv.slice(2));
  if (keptHelp(line, directory)) return Promise.resolve();
  const file = bundleFor(directory, line.command);
  const program = loadBundle(file) as Program;
  // Without code saved at build time (an installed package), what this run compiles is kept
  // in the user's cache for the runs after it: the command's bundle's and the store's.
  if (loaded.get(file)?.userFile == null) return program.main(line);
  return program.main(line).then(() => {
    if (flagsChanged) return;
    for (const { script, userFile, accepted } of loaded.values())
      if (userFile !== null && !accepted) keepCode(script, userFile);
  });
}

/** Whether V8 takes the code saved for `file` in `cacheFile` (beside it by default): for the
 * tests that a cache is used, not silently compiled again. */
export function savedCodeAccepted(file: string, cacheFile = `${file}.cache`): boolean {
  const cache = savedCode(cacheFile);
  return cache !== undefined && !compiled(file, cache).cachedDataRejected;
}

/** For the build: runs `argv` once with `file`, then keeps beside each bundle the run loaded
 * the code V8 compiled meanwhile: always for `file`, for the others (a store's) only when
 * no earlier run kept it (scripts/code-cache.js picks which run does). */
export async function saveCodeCache(file: string, argv: readonly string[]): Promise<void> {
  const program = loadBundle(file) as Program;
  await program.main(readCommandLine(argv.slice(2)));
  for (const [loadedFile, { script }] of loaded) {
    if (loadedFile !== file && savedCode(`${loadedFile}.cache`) !== undefined) continue;
    const temp = `${loadedFile}.cache.${process.pid}`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, `${loadedFile}.cache`);
  }
}
