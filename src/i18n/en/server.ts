import type { server as fr } from '../fr/server.js';

// English messages: the logbook on a PostgreSQL server, and moving a logbook (copy).
export const server: Record<keyof typeof fr, string> = {
  'store.pg.badUrl':
    'unreadable server address: {url}. Expected: postgresql://user@server:5432/database (see “Plusieurs caisses, plusieurs magasins” in the README).',
  'store.pg.badSslMode': 'unknown sslmode “{mode}”: disable, allow, prefer, require, verify-ca or verify-full.',
  'store.pg.noRootCert':
    'sslmode={mode} checks the server’s certificate: give its authority’s certificate with sslrootcert=FILE in the address, PGSSLROOTCERT, or ~/.postgresql/root.crt.',
  'store.pg.cannotConnect':
    'cannot reach the logbook {url}: {detail}. Check the address, the password (PGPASSWORD or ~/.pgpass) and that the server is running.',
  'store.pg.denied':
    'the server refuses this counter: {detail}. Nothing was saved; its PostgreSQL role lacks that right (README, “Plusieurs caisses, plusieurs magasins”).',
  'store.pg.lost':
    'the connection to the logbook {path} was cut: {detail}. What was in progress was not saved; try again.',
  'store.pg.foreign':
    '{path} already holds another program’s tables (customers, complaints…). Nothing was changed; give another database.',
  'erase.pg.notScrubbed':
    'The erased values can no longer be read, but stay in the server’s files until the next “VACUUM FULL”: only the owner of the tables may run it (README, “Plusieurs caisses, plusieurs magasins”).',
  'backup.pg.noTool':
    '{program} is not installed on this machine: install the PostgreSQL client (package postgresql-client), or copy the logbook to a file with “plainte copy --to logbook.db”.',
  'backup.pg.failed': 'the backup could not be made: {detail}. No file was written.',
  'restore.pg.notArchive': '{path} is not a backup of a plainte logbook on a server ({detail}). Nothing was replaced.',
  'restore.pg.failed': 'the backup could not be put in place: {detail}. The logbook was left as it was.',
  'restore.pg.confirm':
    'Replace the logbook {logbook} with the backup {from}? The current logbook is first backed up beside it.',
  'doctor.server': 'Server',
  'doctor.server.value': 'PostgreSQL {version}, database {database}, role {user}',
  'doctor.constraints': 'Constraints',
  'doctor.access': 'Rights',
  'doctor.access.write': 'read and write',
  'cmd.copy': 'copy the logbook to a PostgreSQL server or a file, with its numbers and history',
  'opt.copy.to': 'where to copy: postgresql://… or a .db file',
  'opt.copy.from': 'the logbook to copy (default: that of --db)',
  'copy.same': 'the source and the target are the same logbook ({from}): nothing to copy.',
  'copy.notEmpty':
    '{to} already holds complaints that do not come from {from}: nothing was copied. Give an empty database (createdb) or a new file.',
  'copy.progress': 'Copy: {done} / {total} complaints',
  'copy.done': '{complaints}, {customers}, {events} and {settings} copied to {to}.',
  'copy.refreshed': '{to} held an older copy of this logbook: it was replaced.',
  'copy.refused':
    '{to} refuses a row of the logbook ({detail}): nothing was copied. Run “plainte doctor” on the logbook copied.',
  'opt.shop': 'the shop of this counter (or PLAINTE_SHOP); “all” for every shop with list, due, report, export',
  'config.savedMachine': '{key} = {value} (for this machine, in {path})',
  'report.section.shops': 'By shop',
  'report.shops.total': 'Total',
  'report.shops.none': '(no shop)',
  'copy.noTarget': 'say where to copy the logbook with --to: a .db file or postgresql://…',
};
