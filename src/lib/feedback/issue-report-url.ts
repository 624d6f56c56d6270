/**
 * A link that opens a new issue on the tracker (its "new issue" address) titled with the page's
 * path. What the report is about, in its body, is added when the link is followed
 * (src/browser/report-link.ts, with issueReportBody): the page's address, the data version its
 * footer shows and the section being read. 65,536 pages would otherwise each carry it encoded.
 */
export function issueReportUrl(page: string, tracker: string): string {
  const url = new URL(tracker);
  url.searchParams.set('title', `Error on ${new URL(page).pathname}`);
  return url.href;
}

/** The report's prefilled body: the page, its data, the section if one is selected, and room for the reader's words. */
export function issueReportBody({ page, dataVersion, section }: { page: string; dataVersion: string; section?: string }): string {
  return `Page: ${page}\nData: ${dataVersion}\n${section ? `Section: #${section}\n` : ''}\nWhat is wrong, and what is right (with a source if you have one):\n`;
}
