import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { withStore, type Handler } from '../context.js';
import type { DECLARATIONS } from '../declarations.js';
import { EXIT, Exit, UserError } from '../errors.js';
import { label, t, tn, type MessageKey } from '../i18n/index.js';
import { color, printJson, printLine } from '../render/output.js';
import { sanitize } from '../format/sanitize.js';
import { formatBytes } from '../format/numbers.js';
import { leftoverFiles, removeLeftovers } from '../store/files.js';
import type { Health } from '../store/store.js';

interface Check {
  key: MessageKey;
  value: string;
  ok: boolean;
}

function isSound(health: Health): boolean {
  return health.integrity.length === 1 && health.integrity[0] === 'ok';
}

/** On a server: which one and who this counter is, the schema, the constraints and triggers
 * in force, the rights of its role, the counts. No file, so no mode or size. */
function serverChecks(location: string, health: Health, server: NonNullable<Health['server']>): Check[] {
  const [constraints, links, erasure, counts, byStatus] = commonChecks(health);
  return [
    { key: 'doctor.path', value: sanitize(location), ok: true },
    { key: 'doctor.server', value: sanitize(t('doctor.server.value', server)), ok: true },
    { key: 'doctor.schema', value: String(health.schemaVersion), ok: true },
    { ...constraints, key: 'doctor.constraints' },
    links,
    erasure,
    { key: 'doctor.access', value: health.readOnly ? t('doctor.readOnly') : t('doctor.access.write'), ok: true },
    counts,
    byStatus,
  ];
}

/** Temporary files left in the logbook's folder by a killed backup, restore or export:
 * they hold personal data, so they are removed; those that cannot be are a problem. */
function leftoversCheck(folder: string): Check {
  const removed = removeLeftovers(folder);
  const staying = leftoverFiles(folder);
  const names = (files: string[]) => files.map((file) => sanitize(basename(file))).join(', ');
  if (staying.length > 0)
    return { key: 'doctor.leftovers', value: t('doctor.leftovers.staying', { files: names(staying) }), ok: false };
  const value = removed.length > 0 ? t('doctor.leftovers.removed', { files: names(removed) }) : t('common.none');
  return { key: 'doctor.leftovers', value, ok: true };
}

function checks(path: string, health: Health): Check[] {
  const mode = statSync(path).mode & 0o777;
  const modeText = `0${mode.toString(8)}`;
  // The logbook holds customers' personal data: nobody but its owner should read it.
  const modeOk = (mode & 0o077) === 0;
  const [integrity, links, erasure, counts, byStatus] = commonChecks(health);
  return [
    { key: 'doctor.path', value: sanitize(path), ok: true },
    { key: 'doctor.schema', value: String(health.schemaVersion), ok: true },
    // A read-only logbook is read as a frozen file, whose journal mode SQLite reports as "delete".
    {
      key: 'doctor.journal',
      value: health.readOnly ? `${health.journalMode} (${t('doctor.readOnly')})` : health.journalMode,
      ok: health.readOnly || health.journalMode === 'wal',
    },
    {
      key: 'doctor.mode',
      value: modeOk ? modeText : t('doctor.mode.bad', { mode: modeText, path: sanitize(path) }),
      ok: modeOk,
    },
    integrity,
    links,
    erasure,
    counts,
    byStatus,
    { key: 'doctor.size', value: `${(statSync(path).size / 1024).toFixed(0)} KiB`, ok: true },
    leftoversCheck(dirname(path)),
  ];
}

/** Integrity, links, erasures, counts and counts by status: what a file and a server both have. */
function commonChecks(health: Health): Check[] {
  const integrityOk = isSound(health);
  const counts = health.counts;
  const byStatus = Object.entries(counts?.byStatus ?? {})
    .map(([status, n]) => `${label('status', status)} ${n}`)
    .join(', ');
  return [
    {
      key: 'doctor.integrity',
      value: integrityOk
        ? t('doctor.ok')
        : health.integrity
            .slice(0, 5)
            .map((line) => sanitize(line))
            .join('; '),
      ok: integrityOk,
    },
    {
      key: 'doctor.foreignKeys',
      value: health.foreignKeyProblems === 0 ? t('doctor.ok') : String(health.foreignKeyProblems),
      ok: health.foreignKeyProblems === 0,
    },
    {
      key: 'doctor.erasure',
      value: health.erasure === 'none' ? t('doctor.ok') : t(`doctor.erasure.${health.erasure}`),
      ok: health.erasure === 'none' || health.erasure === 'finished',
    },
    {
      key: 'doctor.counts',
      value: counts
        ? t('doctor.counts.value', {
            complaints: tn('customer.count', counts.complaints),
            customers: tn('count.customers', counts.customers),
            events: tn('count.events', counts.events),
          }) +
          (counts.attachments.count === 0
            ? ''
            : t('doctor.counts.attachments', {
                attachments: tn('count.attachments', counts.attachments.count),
                size: formatBytes(counts.attachments.bytes),
              }))
        : t('common.none'),
      ok: true,
    },
    { key: 'doctor.byStatus', value: byStatus || t('common.none'), ok: true },
  ];
}

/** A file too damaged to open or check fails in SQLite itself: say so and point to the backups. */
function explainDamage(error: unknown): never {
  const found = (error as { code?: unknown }).code;
  const code = typeof found === 'string' ? found : '';
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) {
    throw new UserError('doctor.corrupt', { detail: sanitize(error instanceof Error ? error.message : code) });
  }
  throw error;
}

export const run: Handler<typeof DECLARATIONS.doctor> = async (_args, { json }, context) => {
  await withStore(context, async (store) => {
    const health = await store.health();
    const results = health.server
      ? serverChecks(store.location, health, health.server)
      : checks(store.location, health);
    const problems = results.filter((check) => !check.ok).length;
    if (json && health.server) {
      printJson({ path: store.location, ...health, problems });
    } else if (json) {
      const mode = statSync(store.location).mode & 0o777;
      printJson({ path: store.location, mode: `0${mode.toString(8)}`, ...health, problems });
    } else {
      const width = Math.max(...results.map((check) => t(check.key).length));
      const paint = color();
      for (const check of results)
        printLine(`${check.ok ? ' ' : paint.red('✗')} ${t(check.key).padEnd(width)}  ${check.value}`);
      printLine();
      printLine(problems === 0 ? paint.green(t('doctor.healthy')) : paint.red(tn('doctor.problems', problems)));
      if (!isSound(health)) printLine(t('doctor.corrupt', { detail: sanitize(health.integrity[0] ?? '') }));
    }
    if (problems > 0) throw new Exit(EXIT.error);
  }).catch(explainDamage);
};
