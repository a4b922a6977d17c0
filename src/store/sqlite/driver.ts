import { createRequire } from 'node:module';
import Database from 'better-sqlite3';

// better-sqlite3 finds its compiled part through the `bindings` package, which tries a dozen
// folders and reads a stack trace to do it: ~8 ms of every command's start. npm's build
// puts it at one known place, tried first; the package's own search stays the fallback.

let compiled: string | null | undefined;

function nativeBinding(): string | null {
  if (compiled === undefined) {
    try {
      compiled = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
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
