// A copy of a seeded logbook given photos: 1,000 attachments of 2 MB of random bytes (a
// photo does not compress), spread over its complaints, for `due` to be timed beside the
// same logbook without them (README, "Joindre une pièce": list, due and report never read
// an attachment's bytes, which live in a table of their own).
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';

const remove = (path) => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${path}${suffix}`, { force: true }));

/** Copies `source` to `target` (brought to the current schema by plainte), then adds
 * `photos` attachments of `bytes` each; returns the copy's size in bytes. */
export function logbookWithPhotos(node, bin, env, source, target, { photos = 1000, bytes = 2_000_000 } = {}) {
  remove(target);
  copyFileSync(source, target);
  const migrated = spawnSync(node, [bin, 'doctor'], { env: { ...env, PLAINTE_DB: target }, encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`doctor: ${migrated.stderr.trim()}`);
  const db = new Database(target);
  try {
    const complaints = db.prepare('SELECT count(*) FROM complaints').pluck().get();
    const step = Math.max(1, Math.floor(complaints / photos));
    const attach = db.prepare(
      `INSERT INTO attachments (complaint_id, number, name, type, size, sha256, added_at, operator)
       VALUES (?, 1, 'photo.jpg', 'image/jpeg', ?, '', strftime('%Y-%m-%dT%H:%M:%fZ'), 'Banc')`,
    );
    const keep = db.prepare('INSERT INTO attachment_bytes (attachment_id, bytes) VALUES (?, randomblob(?))');
    db.transaction(() => {
      for (let i = 0; i < photos; i++) {
        const { lastInsertRowid } = attach.run(1 + i * step, bytes);
        keep.run(lastInsertRowid, bytes);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return statSync(target).size;
}

export { remove as removeLogbook };
