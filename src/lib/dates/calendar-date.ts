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

/**
 * Whether "YYYY-MM-DD" names a day that exists. YAML reads `2026-02-30` as a date and JavaScript
 * rolls it over to 2 March, so the written text must be checked before it becomes a Date.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
