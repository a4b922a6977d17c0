import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

// better-sqlite3 finds its compiled part through the `bindings` package, which tries a dozen
// folders and reads a stack trace to do it: ~8 ms of every command's start. npm's build
// puts it at one known place, tried first; the package's own search stays the fallback.

const ADDON = 'better-sqlite3/build/Release/better_sqlite3.node';
let compiled: string | null | undefined;

function nativeBinding(): string | null {
  if (compiled === undefined) {
    try {
      // The bundle is CommonJS and has require; tsc's dist/ is ES modules, which resolve
      // through import.meta (neither loads node:module, another half millisecond).
      compiled = typeof require === 'function' ? require.resolve(ADDON) : fileURLToPath(import.meta.resolve(ADDON));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** `new Database(path, options)`, with the driver's compiled part found the quick way. */
export function newDatabase(path: string, options: Database.Options = {}): Database.Database {
  const binding = nativeBinding();
  return new Database(path, binding === null ? options : { ...options, nativeBinding: binding });
}
