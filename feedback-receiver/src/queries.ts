/**
 * Read-only aggregate queries shared by the summary endpoint and the report
 * CLI, so both always describe the data the same way.
 */
import type { DatabaseSync } from 'node:sqlite';

export interface PageCounts {
  page: string;
  notHelpful: number;
  partly: number;
  helpful: number;
  total: number;
}

export interface ReasonCount {
  reason: string;
  count: number;
}

export interface RecentFeedback {
  page: string;
  vote: number;
  reason: string | null;
  comment: string | null;
  createdAt: string;
}

const PAGE_COUNTS_SELECT = `
  SELECT page,
         SUM(vote = 1) AS notHelpful,
         SUM(vote = 2) AS partly,
         SUM(vote = 3) AS helpful,
         COUNT(*)      AS total
  FROM votes
  GROUP BY page`;

/** Vote counts for every page that has votes, most voted first. */
export function pageCounts(db: DatabaseSync): PageCounts[] {
  return db.prepare(`${PAGE_COUNTS_SELECT} ORDER BY total DESC, page`).all() as unknown as PageCounts[];
}

/**
 * Pages with the most unhappy votes (1s and 2s), worst first.
 * @param limit number of pages to return
 */
export function unhappiestPages(db: DatabaseSync, limit: number): PageCounts[] {
  return db
    .prepare(
      `${PAGE_COUNTS_SELECT}
       HAVING notHelpful + partly > 0
       ORDER BY notHelpful + partly DESC, notHelpful DESC, page
       LIMIT ?`,
    )
    .all(limit) as unknown as PageCounts[];
}

/** How often each reason was given, most frequent first. */
export function reasonCounts(db: DatabaseSync): ReasonCount[] {
  return db
    .prepare(
      `SELECT reason, COUNT(*) AS count FROM votes
       WHERE reason IS NOT NULL GROUP BY reason ORDER BY count DESC, reason`,
    )
    .all() as unknown as ReasonCount[];
}

/**
 * The latest votes that carry a reason or a comment, newest first.
 * @param limit number of rows
 * @param commentsOnly only rows with a comment
 */
export function recentFeedback(db: DatabaseSync, limit: number, commentsOnly = false): RecentFeedback[] {
  const where = commentsOnly ? 'comment IS NOT NULL' : '(reason IS NOT NULL OR comment IS NOT NULL)';
  return db
    .prepare(
      `SELECT page, vote, reason, comment, created_at AS createdAt FROM votes
       WHERE ${where} ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as unknown as RecentFeedback[];
}

/** Total number of votes. */
export function voteCount(db: DatabaseSync): number {
  const row = db.prepare('SELECT COUNT(*) AS n FROM votes').get() as { n: number };
  return row.n;
}
