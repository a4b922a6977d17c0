import type Database from 'better-sqlite3';
import { ALL_SQL, CALLBACK_PENDING_SQL } from './statuses.js';

/** What the search index holds of each complaint (migration 9), in four columns weighed
 * apart: who (the customer's name, company, phone as typed and in digits, e-mail, the
 * callback number), what (product, order number), what was said and done (account, facts,
 * apology note, solution, callback note, cause, lesson), and the notes of its history (of a
 * contact, a hand-over, a resolution, the reason for reopening, what a contact achieved). */
export const WORDS_OF_COMPLAINTS = `
  SELECT c.id,
    concat_ws(char(10), cu.name, cu.company, cu.phone, cu.phone_key, cu.email, c.callback_phone),
    concat_ws(char(10), c.product, c.order_ref),
    concat_ws(char(10), c.account, c.facts, c.apology_note, c.solution, c.callback_note, c.cause, c.lesson),
    (SELECT group_concat(j.value, char(10) ORDER BY e.id) FROM events e, json_each(e.details) j
     WHERE e.complaint_id = c.id AND j.type = 'text'
       AND (j.key IN ('note', 'reason') OR (e.kind = 'follow_up' AND j.key = 'outcome')))
  FROM complaints c LEFT JOIN customers cu ON cu.id = c.customer_id`;

/** The columns of complaints the index reads: a change to one of them re-indexes the complaint. */
const INDEXED_COLUMNS = `customer_id, account, order_ref, product, facts, apology_note, solution, callback_phone,
  callback_note, cause, lesson`;

/** An event whose details hold words the index reads. */
const EVENT_HAS_WORDS = `(json_extract(new.details, '$.note') IS NOT NULL
  OR json_extract(new.details, '$.reason') IS NOT NULL
  OR (new.kind = 'follow_up' AND json_extract(new.details, '$.outcome') IS NOT NULL))`;

// Pieces of the statements below, kept apart only to keep lines short: the text they make
// (stored in sqlite_master) stays what it was when the migrations landed.
const SOLUTION_TYPES_SQL = "'refund', 'exchange', 'repair', 'credit', 'gesture', 'explanation', 'other'";
/** The columns of an event that never change once it is written. */
const EVENT_FIXED_COLUMNS = 'complaint_id, at, operator, kind, status_before, status_after';
/** The date of a customer's first complaint, `customer` being their id. */
export const firstReceivedOf = (customer: string) =>
  `(SELECT min(received_at) FROM complaints WHERE customer_id = ${customer})`;

// Numbered, append-only: never edit a migration that has landed; add the next one. The
// status lists are written from src/domain/status.ts; test/store/schema.test.ts pins the
// text they make, which a landed migration must keep.
// Each runs inside the IMMEDIATE transaction opened by `migrate`, which also bumps
// `user_version`, so a logbook is always at one version or the next, never between.
export const MIGRATIONS: readonly ((db: Database.Database) => void)[] = [
  // 1: the logbook.
  (db) => {
    db.exec(`
      CREATE TABLE customers (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        name_key    TEXT NOT NULL,          -- lower case, no accents: what names are searched by
        phone       TEXT,
        phone_key   TEXT,                   -- digits only, +33 folded to 0
        email       TEXT,
        company     TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        forgotten_at TEXT                   -- personal data erased on request
      );
      CREATE INDEX customers_by_name ON customers (name_key);
      CREATE INDEX customers_by_phone ON customers (phone_key) WHERE phone_key IS NOT NULL;

      CREATE TABLE complaints (
        id             INTEGER PRIMARY KEY,
        status         TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN (${ALL_SQL})),
        phase_reached  INTEGER NOT NULL DEFAULT 0 CHECK (phase_reached BETWEEN 0 AND 5),
        received_at    TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        -- 1. listen
        channel        TEXT CHECK (channel IN ('counter', 'phone', 'email', 'web', 'mail')),
        operator       TEXT,
        mood           TEXT CHECK (mood IN ('calm', 'upset', 'angry', 'abusive')),
        account        TEXT,
        -- 2. take it seriously
        customer_id    INTEGER REFERENCES customers (id),
        order_ref      TEXT,
        purchase_date  TEXT,                -- YYYY-MM-DD: purchase or delivery
        product        TEXT,
        category       TEXT,
        request        TEXT CHECK (request IN ('refund', 'exchange', 'repair', 'gesture', 'apology', 'other')),
        facts          TEXT,
        business       INTEGER NOT NULL DEFAULT 0 CHECK (business IN (0, 1)),
        second_hand    INTEGER NOT NULL DEFAULT 0 CHECK (second_hand IN (0, 1)),
        written_at     TEXT,                -- YYYY-MM-DD: when the complaint was also made in writing
        -- 3. apologise
        apologised     INTEGER CHECK (apologised IN (0, 1)),
        apology_note   TEXT,
        -- 4. solution
        solution       TEXT,
        solution_type  TEXT CHECK (solution_type IN (${SOLUTION_TYPES_SQL})),
        assignee       TEXT,
        cost_cents     INTEGER CHECK (cost_cents >= 0),
        -- 5. close and follow up
        next_contact_at TEXT,
        callback_phone TEXT,
        callback_note  TEXT,
        outcome        TEXT CHECK (outcome IN ('resolved', 'partial', 'unresolved')),
        satisfaction   INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
        cause          TEXT,
        lesson         TEXT,
        first_response_at TEXT,
        resolved_at    TEXT,
        closed_at      TEXT,
        import_key     TEXT UNIQUE          -- set by import so that a file imported twice adds nothing
      );
      CREATE INDEX complaints_by_received ON complaints (received_at);
      CREATE INDEX complaints_by_customer ON complaints (customer_id);
      CREATE INDEX complaints_by_order ON complaints (order_ref) WHERE order_ref IS NOT NULL;
      -- What cron asks all day: pending complaints by next contact.
      CREATE INDEX complaints_due ON complaints (next_contact_at)
        WHERE next_contact_at IS NOT NULL AND status IN (${CALLBACK_PENDING_SQL});

      -- The history of each complaint, append-only: who did what, when.
      CREATE TABLE events (
        id            INTEGER PRIMARY KEY,
        complaint_id  INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        at            TEXT NOT NULL,
        operator      TEXT,
        kind          TEXT NOT NULL,
        status_before TEXT,
        status_after  TEXT,
        details       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
      );
      CREATE INDEX events_by_complaint ON events (complaint_id, at);
      -- Only the details may change, and only to erase personal data (forget, purge).
      CREATE TRIGGER events_append_only BEFORE UPDATE OF ${EVENT_FIXED_COLUMNS} ON events
      BEGIN
        SELECT RAISE(ABORT, 'events are append-only');
      END;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
  // 2: report indexes. A week's report reads only that week: complaints closed in
  // it, and the follow-up and escalation events logged in it.
  (db) => {
    db.exec(`
      CREATE INDEX complaints_by_closed ON complaints (closed_at);
      CREATE INDEX events_by_kind ON events (kind, at);
    `);
  },
  // 3: the report's repeat customers. Counting a customer's earlier complaints read
  // each of them from the table for its received_at; with both columns in the index the count
  // is answered from the index alone (a week of a million-complaint logbook: 80 ms -> 25 ms).
  (db) => {
    db.exec(`
      CREATE INDEX complaints_by_customer_received ON complaints (customer_id, received_at);
      DROP INDEX complaints_by_customer;
    `);
  },
  // 4: the weekly report read from indexes alone. Each figure of a period used to
  // look up every complaint or event of the period in its table, one random read each; with
  // the columns the report counts by in the index, a period is one contiguous range of it.
  // The durations the report takes medians of, and the due date of a follow-up, are indexed
  // as the expressions the report reads (report-sql.ts, written the same way), so that no
  // date is parsed and no JSON read per row; escalations are counted by complaint.
  // complaints_by_received stays: `list` walks it in (received_at, id) order, and the trend
  // counts weeks in it, where entries are narrower.
  (db) => {
    db.exec(`
      CREATE INDEX complaints_report_received ON complaints
        (received_at, status, mood, channel, request, solution_type, category, operator, satisfaction, customer_id,
         round((julianday(first_response_at) - julianday(received_at)) * 24, 2));
      CREATE INDEX complaints_report_closed ON complaints
        (closed_at, outcome, satisfaction, cost_cents, round(julianday(closed_at) - julianday(received_at), 2));
      DROP INDEX complaints_by_closed;
      -- The causes and lessons of the period, read in their order and at most 100 of them:
      -- only the complaints that have one, so the first 100 are the first 100 entries.
      CREATE INDEX complaints_report_lessons ON complaints (closed_at)
        WHERE coalesce(trim(cause), '') <> '' OR coalesce(trim(lesson), '') <> '';
      CREATE INDEX events_by_kind_due ON events
        (kind, at, complaint_id, json_extract(details, '$.dueAt'), julianday(json_extract(details, '$.dueAt')));
      DROP INDEX events_by_kind;
    `);
  },
  // 5: the report's repeat customers without a probe per customer. Each customer
  // keeps the date of their first complaint, kept by triggers whatever writes the complaints
  // (the wizard, an edit, an import, a purge). A customer with one complaint in the period is
  // new when that first complaint is in the period: the period's new customers are one range
  // of an index, where probing each customer's earlier complaints read a page of
  // complaints_by_customer_received per customer (a week of a million complaints: 30 -> 4 ms).
  (db) => {
    db.exec(`
      ALTER TABLE customers ADD COLUMN first_received_at TEXT;
      UPDATE customers SET first_received_at = ${firstReceivedOf('customers.id')};
      CREATE INDEX customers_by_first_complaint ON customers (first_received_at) WHERE first_received_at IS NOT NULL;
      CREATE TRIGGER customers_first_on_insert AFTER INSERT ON complaints WHEN new.customer_id IS NOT NULL
      BEGIN
        UPDATE customers SET first_received_at = new.received_at
        WHERE id = new.customer_id AND (first_received_at IS NULL OR first_received_at > new.received_at);
      END;
      CREATE TRIGGER customers_first_on_update AFTER UPDATE OF customer_id, received_at ON complaints
      BEGIN
        UPDATE customers SET first_received_at = ${firstReceivedOf('customers.id')}
        WHERE id IN (old.customer_id, new.customer_id);
      END;
      CREATE TRIGGER customers_first_on_delete AFTER DELETE ON complaints WHEN old.customer_id IS NOT NULL
      BEGIN
        UPDATE customers SET first_received_at = ${firstReceivedOf('old.customer_id')}
        WHERE id = old.customer_id;
      END;
    `);
  },
  // 6: the logbook's own id, what needs handling, and the complaints settled at the counter.
  // - The id makes the calendar's UIDs unique per logbook (complaint-12-<id>@plainte), so
  //   that two shops' files never replace each other's events in one calendar.
  // - The report's "to handle" section (drafts, pending complaints with no next contact)
  //   reads this partial index: a healthy logbook has few such complaints, whatever its size.
  // - A complaint settled on the spot is now closed by the wizard, so the report counts it in
  //   the period it was settled. Those settled before stayed "resolved" with their outcome
  //   and mark: closed at the time they were settled, with a `closed` event saying so, when
  //   nothing happened to them since.
  (db) => {
    db.exec(`
      INSERT OR IGNORE INTO settings (key, value) VALUES ('logbook.id', lower(hex(randomblob(8))));
      CREATE INDEX complaints_to_handle ON complaints (received_at, status, next_contact_at)
        WHERE status = 'draft' OR (status IN ('open', 'awaiting_callback', 'transferred') AND next_contact_at IS NULL);
      CREATE TEMP TABLE settled_on_the_spot AS
        SELECT c.id, c.resolved_at AS at, c.operator, c.outcome, c.satisfaction FROM complaints c
        WHERE c.status = 'resolved' AND c.closed_at IS NULL AND c.resolved_at IS NOT NULL AND c.outcome IS NOT NULL
          AND (SELECT e.kind || ' ' || ifnull(e.status_after, '') FROM events e WHERE e.complaint_id = c.id
               ORDER BY e.at DESC, e.id DESC LIMIT 1) = 'completed resolved';
      INSERT INTO events (complaint_id, at, operator, kind, status_before, status_after, details)
        SELECT id, at, operator, 'closed', 'resolved', 'closed',
               json_object('outcome', outcome, 'satisfaction', satisfaction, 'onTheSpot', json('true'))
        FROM settled_on_the_spot;
      UPDATE complaints SET status = 'closed', closed_at = resolved_at WHERE id IN (SELECT id FROM settled_on_the_spot);
      DROP TABLE settled_on_the_spot;
    `);
  },
  // 7: an erasure that always finishes. `forget` and `purge` commit the erasure, then clean
  // the files (VACUUM, WAL emptied): a row here, written in the erasing transaction and
  // removed once the files are clean, tells the next command that the clean-up was cut short
  // (a kill, a full disk, a reader holding an old snapshot) and is still to do (scrub.ts).
  (db) => {
    db.exec(`CREATE TABLE erasures_to_finish (at TEXT NOT NULL);`);
  },
  // 8: letters and the clocks (README, "Écrire au client"). The customer's postal address;
  // the day the first acknowledgement promised a written answer by, and when the first
  // written answer was made. `due` reads the complaints that may have a clock running from
  // complaints_clocks_open (those in progress with one, and the written complaints not
  // settled), the report those whose clocks fall due in a period from an index of each
  // clock's starting date.
  (db) => {
    db.exec(`
      ALTER TABLE customers ADD COLUMN address TEXT;
      ALTER TABLE complaints ADD COLUMN answer_due_at TEXT;   -- YYYY-MM-DD
      ALTER TABLE complaints ADD COLUMN written_answer_at TEXT;
      CREATE INDEX complaints_clocks_open ON complaints (id)
        WHERE (status IN ('draft', 'open', 'awaiting_callback', 'transferred')
               AND (written_at IS NOT NULL OR answer_due_at IS NOT NULL
                    OR (business = 0 AND purchase_date IS NOT NULL
                        AND (request IN ('repair', 'exchange') OR solution_type IN ('repair', 'exchange')))))
           OR (status = 'closed' AND written_at IS NOT NULL AND coalesce(outcome, '') <> 'resolved');
      CREATE INDEX complaints_clock_answer ON complaints (answer_due_at) WHERE answer_due_at IS NOT NULL;
      CREATE INDEX complaints_clock_warranty ON complaints (received_at)
        WHERE business = 0 AND purchase_date IS NOT NULL
          AND (request IN ('repair', 'exchange') OR solution_type IN ('repair', 'exchange'));
      CREATE INDEX complaints_clock_written ON complaints (written_at) WHERE written_at IS NOT NULL;
    `);
  },
  // 9: finding a past case (plainte search). A full-text index of each complaint's texts,
  // accents and case folded; whatever writes a complaint, its customer or its history
  // (the commands, an import, a copy, an erasure) keeps it in step through these triggers,
  // in the same transaction. 'secure-delete' removes a text's words from the index itself
  // when it changes, rather than marking them deleted: an erased name is gone from the
  // index's pages, which the erasure's VACUUM then rewrites (README, "Backup and personal data").
  (db) => {
    // FTS5 finds a row by `rowid = ?` only: `rowid IN (…)` reads the whole index (4 ms on 100,000
    // complaints, against 0.02 ms), kept for a customer's complaints, whose details change seldom.
    const reindex = (id: string) => `
      DELETE FROM complaint_words WHERE rowid = ${id};
      INSERT INTO complaint_words (rowid, who, what, said, notes) ${WORDS_OF_COMPLAINTS} WHERE c.id = ${id};`;
    db.exec(`
      CREATE VIRTUAL TABLE complaint_words USING fts5 (
        who, what, said, notes, tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO complaint_words (complaint_words, rank) VALUES ('secure-delete', 1);
      INSERT INTO complaint_words (rowid, who, what, said, notes) ${WORDS_OF_COMPLAINTS};
      CREATE TRIGGER complaint_words_on_insert AFTER INSERT ON complaints
      BEGIN
        INSERT INTO complaint_words (rowid, who, what, said, notes) ${WORDS_OF_COMPLAINTS} WHERE c.id = new.id;
      END;
      CREATE TRIGGER complaint_words_on_update AFTER UPDATE OF ${INDEXED_COLUMNS} ON complaints
      BEGIN ${reindex('new.id')}
      END;
      CREATE TRIGGER complaint_words_on_delete AFTER DELETE ON complaints
      BEGIN
        DELETE FROM complaint_words WHERE rowid = old.id;
      END;
      CREATE TRIGGER complaint_words_of_customer AFTER UPDATE OF name, phone, email, company ON customers
      BEGIN
        DELETE FROM complaint_words WHERE rowid IN (SELECT id FROM complaints WHERE customer_id = new.id);
        INSERT INTO complaint_words (rowid, who, what, said, notes) ${WORDS_OF_COMPLAINTS} WHERE c.customer_id = new.id;
      END;
      CREATE TRIGGER complaint_words_of_new_event AFTER INSERT ON events WHEN ${EVENT_HAS_WORDS}
      BEGIN ${reindex('new.complaint_id')}
      END;
      CREATE TRIGGER complaint_words_of_event AFTER UPDATE OF details ON events
      BEGIN ${reindex('new.complaint_id')}
      END;
    `);
  },
  // 10: the report's products complained about twice or more, over the 90 days before its
  // end: one range of an index holding the product (a million complaints: 200 -> 20 ms).
  (db) => {
    db.exec(
      `CREATE INDEX complaints_by_received_product ON complaints (received_at, product) WHERE product IS NOT NULL;`,
    );
  },
  // 11: attachments (plainte attach). What is known of each file in one table, its bytes in
  // another that only `attach --get`, an export in JSON and a copy read: a page of the first
  // never holds a photo, and the commands that list or count never touch the second. Both go
  // with their complaint (ON DELETE CASCADE); an erasure deletes them with secure_delete on.
  (db) => {
    db.exec(`
      CREATE TABLE attachments (
        id           INTEGER PRIMARY KEY,
        complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        number       INTEGER NOT NULL,
        name         TEXT NOT NULL,
        type         TEXT NOT NULL,
        size         INTEGER NOT NULL,
        sha256       TEXT NOT NULL,
        added_at     TEXT NOT NULL,
        operator     TEXT,
        UNIQUE (complaint_id, number)
      );
      CREATE TABLE attachment_bytes (
        attachment_id INTEGER PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
        bytes         BLOB NOT NULL
      );
    `);
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** "PLNT": marks the file as a plainte logbook (PRAGMA application_id). */
export const APPLICATION_ID = 0x504c4e54;

/** Brings the schema to SCHEMA_VERSION in one IMMEDIATE transaction. Another process may
 * have migrated meanwhile, so the version is read again once the lock is held. */
export function migrate(db: Database.Database): void {
  // Most opens find the schema current: no write lock is taken for them.
  if ((db.pragma('user_version', { simple: true }) as number) >= SCHEMA_VERSION) return;
  const run = db.transaction(() => {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from >= SCHEMA_VERSION) return;
    if (from === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of MIGRATIONS.slice(from)) migration(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  run.immediate();
}
