/** "2026-11-22": the calendar date (UTC), as article frontmatter and sitemaps write it. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The newest of the known dates, or null when none is known. */
export function latestDate(dates: readonly (Date | null)[]): Date | null {
  let latest: Date | null = null;
  for (const date of dates) if (date && (!latest || date > latest)) latest = date;
  return latest;
}
