/**
 * Schema migrations, applied in order on start. The database's
 * PRAGMA user_version records how many have run; to change the schema, append
 * a migration (never edit one that has shipped).
 */
import type { DatabaseSync } from 'node:sqlite';
import { MAX_COMMENT_LENGTH, REASON_IDS } from '../../src/lib/feedback/feedback-contract.ts';

export interface Migration {
  /** 1-based and consecutive; becomes user_version once applied. */
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'votes table',
    // CHECK constraints repeat the request validation so a bug there still
    // cannot store an impossible row. STRICT rejects wrongly typed values.
    sql: `
      CREATE TABLE votes (
        id          INTEGER PRIMARY KEY,
        page        TEXT    NOT NULL CHECK (length(page) BETWEEN 1 AND 200),
        vote        INTEGER NOT NULL CHECK (vote IN (1, 2, 3)),
        reason      TEXT    CHECK (reason IS NULL OR reason IN
                      (${REASON_IDS.map((r) => `'${r}'`).join(', ')})),
        comment     TEXT    CHECK (comment IS NULL OR length(comment) <= ${MAX_COMMENT_LENGTH}),
        created_at  TEXT    NOT NULL,
        client_hash TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX votes_page_vote ON votes (page, vote);
      CREATE INDEX votes_created_at ON votes (created_at);
    `,
  },
];

/** Reads PRAGMA user_version. */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/**
 * Brings the database up to the latest migration, each step in its own
 * transaction together with its user_version bump, so a crash mid-way leaves
 * either the old or the new version, never half of one.
 * @returns the versions before and after.
 * @throws when the database is newer than this code (refuse to guess).
 */
export function migrate(
  db: DatabaseSync,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations.length;
  if (from > latest) {
    throw new Error(`database schema version ${from} is newer than this receiver knows (${latest})`);
  }
  for (const migration of migrations.slice(from)) {
    // IMMEDIATE takes the write lock up front, so two receivers starting on
    // the same file cannot both apply the same step.
    db.exec('BEGIN IMMEDIATE');
    try {
      if (schemaVersion(db) >= migration.version) {
        db.exec('ROLLBACK');
        continue;
      }
      db.exec(migration.sql);
      db.exec(`PRAGMA user_version = ${Number(migration.version)}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return { from, to: schemaVersion(db) };
}
