import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { withStore } from '../context.js';
import { EXIT, Exit } from '../errors.js';
import { label, t, type MessageKey } from '../i18n/index.js';
import { color, printJson, printLine } from '../render/output.js';
import { sanitize } from '../render/sanitize.js';
import type { Health } from '../store/store.js';

interface Check {
  key: MessageKey;
  value: string;
  ok: boolean;
}

function checks(path: string, health: Health): Check[] {
  const mode = statSync(path).mode & 0o777;
  const modeText = `0${mode.toString(8)}`;
  // The logbook holds customers' personal data: nobody but its owner should read it.
  const modeOk = (mode & 0o077) === 0;
  const integrityOk = health.integrity.length === 1 && health.integrity[0] === 'ok';
  const byStatus = Object.entries(health.counts.byStatus)
    .map(([status, n]) => `${label('status', status)} ${n}`)
    .join(', ');
  return [
    { key: 'doctor.path', value: sanitize(path), ok: true },
    { key: 'doctor.schema', value: String(health.schemaVersion), ok: true },
    // A read-only logbook is read as a frozen file, whose journal mode SQLite reports as "delete".
    { key: 'doctor.journal', value: health.readOnly ? `${health.journalMode} (${t('doctor.readOnly')})` : health.journalMode, ok: health.readOnly || health.journalMode === 'wal' },
    { key: 'doctor.mode', value: modeOk ? modeText : t('doctor.mode.bad', { mode: modeText, path: sanitize(path) }), ok: modeOk },
    { key: 'doctor.integrity', value: integrityOk ? t('doctor.ok') : health.integrity.slice(0, 5).map((line) => sanitize(line)).join('; '), ok: integrityOk },
    { key: 'doctor.foreignKeys', value: health.foreignKeyProblems === 0 ? t('doctor.ok') : String(health.foreignKeyProblems), ok: health.foreignKeyProblems === 0 },
    { key: 'doctor.counts', value: t('doctor.counts.value', { complaints: health.counts.complaints, customers: health.counts.customers, events: health.counts.events }), ok: true },
    { key: 'doctor.byStatus', value: byStatus || t('common.none'), ok: true },
    { key: 'doctor.size', value: `${(statSync(path).size / 1024).toFixed(0)} KiB`, ok: true },
  ];
}

export async function run(command: Command): Promise<void> {
  const { json } = command.opts<{ json?: boolean }>();
  await withStore(command, async (store) => {
    const health = await store.health();
    const results = checks(store.location, health);
    const problems = results.filter((check) => !check.ok).length;
    if (json) {
      const mode = statSync(store.location).mode & 0o777;
      printJson({ path: store.location, mode: `0${mode.toString(8)}`, ...health, problems });
    } else {
      const width = Math.max(...results.map((check) => t(check.key).length));
      const paint = color();
      for (const check of results) printLine(`${check.ok ? ' ' : paint.red('✗')} ${t(check.key).padEnd(width)}  ${check.value}`);
      printLine();
      printLine(problems === 0 ? paint.green(t('doctor.healthy')) : paint.red(t('doctor.problems', { count: problems })));
    }
    if (problems > 0) throw new Exit(EXIT.error);
  });
}
