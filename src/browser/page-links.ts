// "Copy link" and "Copy as Markdown" for the whole page (the [data-page-links] row that
// src/render/port-page/page-links.ts writes): buttons that only work with a script, so the script
// makes them, from the canonical address and the row's link text. They copy the public address
// (SITE_URL), also when the page is read on a preview host.
import { markdownLink } from '../lib/links/markdown-link.ts';

for (const row of document.querySelectorAll<HTMLElement>('[data-page-links]')) {
  const url = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href.split('#')[0]!;
  const button = (copy: string, what: string, label: string) => {
    const host = document.createElement('copy-button');
    Object.assign(host.dataset, { copy, what });
    host.append(Object.assign(document.createElement('button'), { type: 'button', textContent: label }));
    return host;
  };
  const status = Object.assign(document.createElement('p'), { className: 'page-links-status', role: 'status' });
  status.dataset.copyStatus = '';
  // The group and its status first: a copy button finds its status when it is connected.
  row.dataset.copyGroup = '';
  row.append(status);
  row.prepend(button(url, 'link to this page', 'Copy link'), button(markdownLink(row.dataset.pageLinks!, url), 'Markdown link', 'Copy as Markdown'));
}
