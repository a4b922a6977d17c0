#!/usr/bin/env node
// The program lives in dist/ (built by `npm run build`, run on install by `prepare`):
// dist/bundle/ holds one file per command, each with all that command needs, started by
// launch.cjs (see scripts/bundle.js and src/launch.ts). This file is CommonJS
// (bin/package.json), which Node starts sooner than an ES module.
'use strict';
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Scripts ask for the version to check what is installed: answer without loading the program.
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  const bundle = require('node:path').join(__dirname, '..', 'dist', 'bundle');
  require('../dist/bundle/launch.cjs').launch(process.argv, bundle);
}
