/**
 * Tests of the report CLI, run as a real process on a seeded database.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVoteStore } from '../../feedback-receiver/src/store.ts';
import { displayWidth, renderTable } from '../../feedback-receiver/src/text-table.ts';
import { makeTempDir } from './helpers.ts';

const run = promisify(execFile);
const REPORT = path.resolve(import.meta.dirname, '../../feedback-receiver/src/report.ts');

let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = makeTempDir();
  dbPath = path.join(dir, 'feedback.sqlite');
  const store = openVoteStore(dbPath);
  const seed: [string, 1 | 2 | 3, string | null, string | null][] = [
    ['/ports/22/', 1, 'wrong-facts', 'Says UDP, is TCP'],
    ['/ports/22/', 1, 'wrong-facts', null],
    ['/ports/22/', 2, 'missing-info', 'multi\nline 日本語 😀'],
    ['/ports/22/', 3, null, null],
    ['/ports/80/', 2, 'commands-failed', 'curl hung'],
    ['/ports/80/', 3, null, null],
    ['/', 3, null, 'nice'],
  ];
  seed.forEach(([page, vote, reason, comment], i) =>
    store.insert({ page, vote, reason: reason as null, comment, createdAt: `2026-03-0${i + 1}T10:00:00.000Z`, clientHash: 'f'.repeat(64) }),
  );
  // A row written behind the receiver's back with a terminal escape sequence.
  store.db.exec(`INSERT INTO votes (page, vote, comment, created_at, client_hash)
                 VALUES ('/ports/443/', 1, 'evil ' || char(27) || '[2J clear', '2026-03-09T10:00:00.000Z', 'x')`);
  store.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('report CLI', () => {
  it('prints unhappy pages, reasons and latest comments', async () => {
    const { stdout } = await run(process.execPath, [REPORT, '--db', dbPath]);
    expect(stdout).toContain('8 votes in total');
    const lines = stdout.split('\n');
    const pageRows = lines.filter((line) => /^\s+\/ports\/(22|80|443)\//.test(line));
    expect(pageRows[0]).toMatch(/^\s+\/ports\/22\/\s+3\s+2\s+1\s+1\s+4\s+75%$/);
    expect(pageRows[1]).toMatch(/^\s+\/ports\/443\/\s+1\s+1\s+0\s+0\s+1\s+100%$/);
    expect(pageRows[2]).toMatch(/^\s+\/ports\/80\/\s+1\s+0\s+1\s+1\s+2\s+50%$/);
    expect(stdout).toMatch(/wrong-facts\s+2\s+50%/);
    expect(stdout).toContain('multi ⏎ line 日本語 😀');
    // Newest comment first, escape character stripped.
    expect(stdout).not.toContain('\u001b');
    const commentLines = lines.filter((line) => line.includes('2026-03-'));
    expect(commentLines[0]).toContain('evil [2J clear');
    expect(commentLines).toHaveLength(5);
  });

  it('exits with an error when the database is missing', async () => {
    await expect(run(process.execPath, [REPORT, '--db', path.join(dir, 'missing.sqlite')])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no database'),
    });
  });
});

describe('renderTable', () => {
  it('aligns columns by display width, including wide characters', () => {
    const table = renderTable(
      [{ header: 'Name' }, { header: 'N', align: 'right' }],
      [
        ['ascii', 1],
        ['日本', 22],
        ['😀x', 333],
      ],
    );
    const widths = table.split('\n').map(displayWidth);
    expect(new Set(widths).size).toBe(1);
    expect(renderTable([{ header: 'x' }], [])).toBe('  (none)');
  });

  it('truncates long cells with an ellipsis', () => {
    const table = renderTable([{ header: 'C', maxWidth: 5 }], [['abcdefgh']]);
    expect(table.split('\n')[2]).toBe('  abcd…');
  });
});
