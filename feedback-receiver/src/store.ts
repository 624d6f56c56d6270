/**
 * The vote store: opens SQLite, applies pragmas and migrations and offers the
 * few statements the server needs, prepared once.
 *
 * Durability: WAL with synchronous=NORMAL. In WAL mode every commit is
 * written to the -wal file with write(2) before the statement returns, so
 * once we answer 204 the row is in the operating system's page cache and
 * survives the process being killed (SIGKILL, crash, OOM). What NORMAL gives
 * up compared with FULL is the fsync per commit, i.e. the last few votes may
 * be lost on a power cut or kernel crash. For "was this helpful" votes that
 * trade is right: node:sqlite is synchronous, so an fsync per vote would
 * stall the whole event loop for the disk's flush latency.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { StatementSync } from 'node:sqlite';
import { migrate } from './migrations.ts';
import type { ValidVote } from './validate.ts';

/** A validated vote plus what the server adds. */
export interface VoteRecord extends ValidVote {
  createdAt: string;
  clientHash: string;
}

export interface VoteStore {
  readonly db: DatabaseSync;
  /** Inserts one vote row (autocommit: durable when it returns). */
  insert(vote: VoteRecord): void;
  /** Runs a trivial query; throws when the database is unusable. */
  ping(): void;
  close(): void;
}

/**
 * Opens (creating if needed) the database at dbPath and migrates it.
 * @param dbPath file path; its folder is created when missing
 */
export function openVoteStore(dbPath: string): VoteStore {
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const db = new DatabaseSync(dbPath);
  try {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    // Lets the report CLI or a backup hold a lock briefly without failing votes.
    db.exec('PRAGMA busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const insertStatement: StatementSync = db.prepare(
    `INSERT INTO votes (page, vote, reason, comment, created_at, client_hash)
     VALUES (:page, :vote, :reason, :comment, :createdAt, :clientHash)`,
  );
  const pingStatement: StatementSync = db.prepare('SELECT 1 AS ok');

  return {
    db,
    insert(vote: VoteRecord): void {
      insertStatement.run({
        page: vote.page,
        vote: vote.vote,
        reason: vote.reason,
        comment: vote.comment,
        createdAt: vote.createdAt,
        clientHash: vote.clientHash,
      });
    },
    ping(): void {
      pingStatement.get();
    },
    close(): void {
      if (db.isOpen) db.close();
    },
  };
}
