// Keeps the program's help, `plainte --help`, as it reads when stdout is no terminal, in
// each language: dist/bundle/help.<language>.txt, written by src/launch.ts without loading
// the program (a test checks it is the program's own text). Made by running the program,
// with --lang so that the run does not take the kept text it makes.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { LANGS } from '../dist/i18n/index.js';
import { helpFile } from '../dist/launch.js';

const bundle = new URL('../dist/bundle/', import.meta.url).pathname;
const bin = new URL('../bin/plainte.js', import.meta.url).pathname;

for (const language of LANGS) {
  const run = spawnSync(process.execPath, [bin, '--lang', language, '--help'], {
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
  });
  if (run.status !== 0 || run.stdout === '')
    throw new Error(`plainte --lang ${language} --help: ${run.error?.message ?? run.stderr}`);
  writeFileSync(helpFile(bundle, language), run.stdout);
}
