import { setFlagsFromString } from 'node:v8';
import { en, fr, type Chrono } from 'chrono-node';

// chrono-node's French and English parsers, in a module of their own so that it is loaded
// only when a date needs them (src/domain/spoken-dates.ts). The bundle keeps only these two
// of chrono's languages.

// chrono's patterns are large ("in 3 days" repeats a 400-character group ten times). V8 runs
// a regular expression in its interpreter once, then compiles it to machine code: for these,
// 0.3 to 1 s at the second date read ("tomorrow morning"), where the interpreter takes a few
// milliseconds. A command reads a few dates: the interpreter is kept for a thousand runs of
// each expression, after which a hot one (a CSV export's) is compiled as before.
setFlagsFromString('--regexp-tier-up-ticks=1000');

export const french: Chrono = fr.casual;

/**
 * English, reading 26/11 as day/month like the French shop does. chrono's British setting
 * does that but then takes "november 26" for November 2026: its month-day parser is told
 * not to skip a two-digit day.
 */
export function english(): Chrono {
  const configuration = en.configuration.createCasualConfiguration(true);
  for (const parser of configuration.parsers)
    if ('shouldSkipYearLikeDate' in parser) Object.assign(parser, { shouldSkipYearLikeDate: false });
  return new en.Chrono(configuration);
}
