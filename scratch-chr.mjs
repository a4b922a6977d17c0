import * as fr from 'chrono-node/fr';
import * as en from 'chrono-node/en';
const ref = new Date(2026, 10, 23, 15, 45);
for (const [p, s] of [[fr.casual,'dans 1 mois'],[fr.casual,'novembre'],[fr.casual,'demain'],[fr.casual,'26/11'],[fr.casual,'lundi'],[fr.casual,'demain vers 14h'],[fr.casual,'8h du soir'],[fr.casual,'le samedi 28 novembre 2026 à 10h30'],[en.GB,'3:30 pm'],[en.GB,'next month'],[fr.casual,'samedi 28'], [fr.casual, '29/02'], [fr.casual, '31/02/2027'], [fr.casual, 'mardi 24 novembre'], [fr.casual, '14h-16h'], [fr.casual, 'demain ou lundi'], [en.GB, 'midday'], [fr.casual, 'jeudi à 17 h']]) {
  const r = p.parse(s, ref);
  console.log(JSON.stringify(s), r.map(x => `${x.text}@${x.index} ${x.start.date().toString().slice(0,21)} known=${JSON.stringify(x.start.knownValues)} tags=${[...x.tags()].join(',')} end=${!!x.end}`).join(' | '));
}
const cfg = en.configuration.createCasualConfiguration(true);
for (const p of cfg.parsers) if ('shouldSkipYearLikeDate' in p) p.shouldSkipYearLikeDate = false;
const c = new en.Chrono(cfg);
for (const s of ['november 26', 'nov 26', '26 november', '26/11', 'november 2026', 'november 26 2026', 'november 26, 10am', 'nov 26th']) { const r = c.parse(s, ref); console.log(JSON.stringify(s), r.map(x => `${x.text} ${x.start.date().toString().slice(0,21)} known=${JSON.stringify(x.start.knownValues)}`).join(' | ')); }
