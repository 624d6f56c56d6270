// "Copy link" and "Copy as Markdown" for the whole page (the [data-page-links] row that
// src/render/port-page/page-links.ts writes): buttons that only work with a script, so the script
// makes them, from the canonical address and the row's link text. They copy the public address
// (SITE_URL), also when the page is read on a preview host.
import { markdownLink } from '../lib/links/markdown-link.ts';
import { canonicalUrl } from './canonical-url.ts';
import { createCopyButton } from './copy-button.ts';

for (const row of document.querySelectorAll<HTMLElement>('[data-page-links]')) {
  const url = canonicalUrl();
  const status = Object.assign(document.createElement('p'), { className: 'page-links-status', role: 'status' });
  status.dataset.copyStatus = '';
  // The group and its status first: a copy button finds its status when it is connected.
  row.dataset.copyGroup = '';
  row.append(status);
  row.prepend(
    createCopyButton('Copy link', { copy: url, what: 'link to this page' }),
    createCopyButton('Copy as Markdown', { copy: markdownLink(row.dataset.pageLinks!, url), what: 'Markdown link' }),
  );
}
