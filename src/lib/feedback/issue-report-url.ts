/** Where "Report an error on this page" opens a new issue; configurable per deployment. */
export const DEFAULT_ISSUE_URL = 'https://github.com/port-atlas/port-atlas/issues/new';

/**
 * A link that opens a prefilled issue on the tracker: the page, the data version shown on it,
 * and room for the reader's words. The section is added in the browser when one is selected.
 */
export function issueReportUrl(
  { page, dataVersion }: { page: string; dataVersion: string },
  tracker: string = import.meta.env?.PUBLIC_ISSUE_URL || DEFAULT_ISSUE_URL,
): string {
  const url = new URL(tracker);
  const path = new URL(page).pathname;
  url.searchParams.set('title', `Error on ${path}`);
  url.searchParams.set('body', `Page: ${page}\nData: ${dataVersion}\n\nWhat is wrong, and what is right (with a source if you have one):\n`);
  return url.href;
}
