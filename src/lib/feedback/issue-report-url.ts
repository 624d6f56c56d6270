/**
 * A link that opens a prefilled issue on the tracker (its "new issue" address): the page, the data version shown on it,
 * and room for the reader's words. The section is added in the browser when one is selected.
 */
export function issueReportUrl(
  { page, dataVersion }: { page: string; dataVersion: string },
  tracker: string,
): string {
  const url = new URL(tracker);
  const path = new URL(page).pathname;
  url.searchParams.set('title', `Error on ${path}`);
  url.searchParams.set('body', `Page: ${page}\nData: ${dataVersion}\n\nWhat is wrong, and what is right (with a source if you have one):\n`);
  return url.href;
}
