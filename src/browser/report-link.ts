// "Report an error on this page": the issue's body is written when the link is followed, from
// the page (its canonical address, the data its footer names, the section in the URL's #fragment).
import { issueReportBody } from '../lib/feedback/issue-report-url.ts';
import { canonicalUrl } from './canonical-url.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-report-link]')) {
  link.addEventListener('click', () => {
    const page = canonicalUrl();
    const dataVersion = [...document.querySelectorAll('[data-registry-source]')].map((s) => s.textContent).join('; ');
    const section = decodeURIComponent(location.hash.slice(1));
    const url = new URL(link.href);
    url.searchParams.set('body', issueReportBody({ page, dataVersion, section }));
    link.href = url.href;
  });
}
