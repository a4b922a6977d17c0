#!/usr/bin/env node
// The program lives in dist/ (built by `npm run build`, run on install by `prepare`):
// dist/bundle/ is the whole program joined into a few files, which starts faster than
// tsc's one file per module (see scripts/bundle.js).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Scripts ask for the version to check what is installed: answer without loading the program.
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const cli = await import('../dist/bundle/cli.js');
  await cli.main(process.argv);
}
