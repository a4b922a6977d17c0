import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Layers point down only (CONTRIBUTING.md, "Layout"). Each folder of src/ may import the
// folders listed for it; the files at the top of src/ (the command line, the context) may
// import anything. An `import type` costs nothing at run time: the store's interfaces
// describe the records every layer shows or asks about, the report's document is what
// render draws, and the declarations type what a handler receives, so those three may be
// imported as types from anywhere.

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

const ALLOWED: Record<string, readonly string[]> = {
  i18n: [],
  domain: [],
  format: ['i18n', 'domain'],
  store: ['domain', 'errors', 'i18n'],
  options: ['render', 'format', 'domain', 'errors', 'i18n'],
  render: ['format', 'domain', 'errors', 'i18n'],
  report: ['store', 'format', 'domain', 'errors', 'i18n'],
  transfer: ['render', 'format', 'store', 'domain', 'errors', 'i18n'],
  prompts: ['render', 'format', 'options', 'domain', 'errors', 'i18n'],
  wizard: ['prompts', 'render', 'format', 'options', 'store', 'domain', 'errors', 'i18n', 'context'],
  commands: [
    'wizard',
    'prompts',
    'report',
    'transfer',
    'render',
    'format',
    'options',
    'store',
    'domain',
    'errors',
    'i18n',
    'context',
    'route',
    // The completion scripts are written from the declarations of every command.
    'declarations',
  ],
};
const TYPES_FROM_ANYWHERE = ['store', 'report', 'declarations'];

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The folder of src/ a path is in, or the file's name without .ts for a file at the top. */
function layerOf(path: string): string {
  const [first, second] = relative(SRC, path).split('/');
  return second === undefined ? first.replace(/\.(ts|js)$/, '') : first;
}

interface Import {
  target: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm))
    found.push({ target: join(dirname(file), match[2]), typeOnly: match[1] !== undefined });
  for (const match of text.matchAll(/import\('(\.[^']+)'\)/g))
    found.push({ target: join(dirname(file), match[1]), typeOnly: false });
  return found;
}

describe('the layers of src/', () => {
  it('point down only: each folder imports only the folders beneath it', () => {
    const wrong: string[] = [];
    for (const file of files(SRC)) {
      const from = layerOf(file);
      const allowed = ALLOWED[from];
      if (allowed === undefined) continue;
      for (const { target, typeOnly } of importsOf(file)) {
        const to = layerOf(target);
        if (to === from || allowed.includes(to) || (typeOnly && TYPES_FROM_ANYWHERE.includes(to))) continue;
        wrong.push(`${relative(SRC, file)} imports ${relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('knows every folder of src/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !(folder in ALLOWED))).toEqual([]);
  });
});
