/**
 * Report CLI: `node feedback-receiver/src/report.ts [--db path] [--limit n]`.
 * Prints the pages with the most unhappy votes, the reasons given and the
 * latest comments. Opens the database read-only, so it is safe to run while
 * the receiver is serving.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { DEFAULT_DB_PATH } from './config.ts';
import { reasonCounts, recentFeedback, unhappiestPages, voteCount } from './queries.ts';
import { renderTable } from './text-table.ts';

const USAGE = 'usage: node feedback-receiver/src/report.ts [--db path] [--limit n]';

function percent(part: number, whole: number): string {
  return whole === 0 ? '' : `${Math.round((part / whole) * 100)}%`;
}

/**
 * Builds the full report text from an open database.
 * @param limit rows per table
 */
export function buildReport(db: DatabaseSync, limit: number): string {
  const total = voteCount(db);
  const pages = unhappiestPages(db, limit);
  const reasons = reasonCounts(db);
  const withReason = reasons.reduce((sum, row) => sum + row.count, 0);
  const comments = recentFeedback(db, limit, true);

  return [
    `Feedback report — ${total} vote${total === 1 ? '' : 's'} in total`,
    '',
    `Pages with the most unhappy votes (1 = not helpful, 2 = partly), top ${limit}`,
    renderTable(
      [
        { header: 'Page', maxWidth: 60 },
        { header: 'Unhappy', align: 'right' },
        { header: 'Not helpful', align: 'right' },
        { header: 'Partly', align: 'right' },
        { header: 'Helpful', align: 'right' },
        { header: 'Total', align: 'right' },
        { header: 'Unhappy %', align: 'right' },
      ],
      pages.map((row) => [
        row.page,
        row.notHelpful + row.partly,
        row.notHelpful,
        row.partly,
        row.helpful,
        row.total,
        percent(row.notHelpful + row.partly, row.total),
      ]),
    ),
    '',
    'Reasons given',
    renderTable(
      [
        { header: 'Reason' },
        { header: 'Count', align: 'right' },
        { header: 'Share', align: 'right' },
      ],
      reasons.map((row) => [row.reason, row.count, percent(row.count, withReason)]),
    ),
    '',
    `Latest comments, newest first (up to ${limit})`,
    renderTable(
      [
        { header: 'When (UTC)' },
        { header: 'Page', maxWidth: 30 },
        { header: 'Vote', align: 'right' },
        { header: 'Reason' },
        { header: 'Comment', maxWidth: 70 },
      ],
      comments.map((row) => [row.createdAt.slice(0, 16).replace('T', ' '), row.page, row.vote, row.reason, row.comment]),
    ),
    '',
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      limit: { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    console.error(`--limit must be a positive integer\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const dbPath = path.resolve(values.db ?? process.env.FEEDBACK_DB ?? DEFAULT_DB_PATH);
  if (!fs.existsSync(dbPath)) {
    console.error(`no database at ${dbPath}\n${USAGE}`);
    process.exitCode = 1;
    return;
  }
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    process.stdout.write(buildReport(db, limit));
  } finally {
    db.close();
  }
}

// Run only when executed directly, so tests can import buildReport.
if (import.meta.main) {
  try {
    main();
  } catch (error) {
    console.error('report failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
