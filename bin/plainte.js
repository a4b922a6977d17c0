#!/usr/bin/env node
// The program lives in dist/ (built by `npm run build`, run on install by `prepare`).
import('../dist/cli.js').then((cli) => cli.main(process.argv));
