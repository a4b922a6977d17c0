// `npm run -s dev -- <arguments>`: the program run from src/ through tsx, without a build,
// so that a change can be tried at once. It runs as tsc's dist/ would, one module per file;
// the bundles, their code cache and the kept help of `plainte --help` are the build's
// (npm run build), which is what bin/plainte.js and the tests run.
import { main } from '../src/cli.ts';
import { readCommandLine } from '../src/route.ts';

await main(readCommandLine(process.argv.slice(2)));
