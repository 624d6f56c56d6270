/**
 * Unit tests of the SQLite store: pragmas, migrations and constraints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../feedback-receiver/src/migrations.ts';
import { openVoteStore } from '../../feedback-receiver/src/store.ts';
import { makeTempDir } from './helpers.ts';

const dirs: string[] = [];
function tempDb(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return path.join(dir, 'nested', 'feedback.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const vote = {
  page: '/',
  vote: 3 as const,
  reason: null,
  comment: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  clientHash: 'a'.repeat(64),
};

describe('openVoteStore', () => {
  it('creates the folder, uses WAL with synchronous=NORMAL and migrates to the latest version', () => {
    const dbPath = tempDb();
    const store = openVoteStore(dbPath);
    try {
      expect(fs.existsSync(dbPath)).toBe(true);
      expect(store.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
      // 1 = NORMAL
      expect(store.db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 1 });
      expect(schemaVersion(store.db)).toBe(MIGRATIONS.length);
      store.insert(vote);
      store.ping();
    } finally {
      store.close();
    }
    // Reopening is a no-op migration and keeps the data.
    const again = openVoteStore(dbPath);
    expect(again.db.prepare('SELECT COUNT(*) AS n FROM votes').get()).toEqual({ n: 1 });
    again.close();
  });

  it('refuses a database from a newer receiver', () => {
    const dbPath = tempDb();
    openVoteStore(dbPath).close();
    const db = new DatabaseSync(dbPath);
    db.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openVoteStore(dbPath)).toThrow(/newer/);
  });

  it('has table constraints that refuse impossible rows even if validation had a bug', () => {
    const store = openVoteStore(tempDb());
    try {
      expect(() => store.insert({ ...vote, vote: 4 as 3 })).toThrow();
      expect(() => store.insert({ ...vote, page: '' })).toThrow();
      expect(() => store.insert({ ...vote, reason: 'nope' as 'other' })).toThrow();
      expect(() => store.insert({ ...vote, comment: 'x'.repeat(501) })).toThrow();
      expect(store.db.prepare('SELECT COUNT(*) AS n FROM votes').get()).toEqual({ n: 0 });
    } finally {
      store.close();
    }
  });
});

describe('migrate', () => {
  it('applies pending steps in order and rolls back a failing one', () => {
    const db = new DatabaseSync(':memory:');
    const steps = [
      { version: 1, description: 'a', sql: 'CREATE TABLE a (x)' },
      { version: 2, description: 'b', sql: 'CREATE TABLE b (x)' },
    ];
    expect(migrate(db, steps)).toEqual({ from: 0, to: 2 });
    expect(migrate(db, steps)).toEqual({ from: 2, to: 2 });

    const broken = [...steps, { version: 3, description: 'bad', sql: 'CREATE TABLE c (x); NOT SQL' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'c'").all()).toEqual([]);
    db.close();
  });
});
