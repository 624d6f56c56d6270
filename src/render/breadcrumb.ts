import { siteUrl } from '../lib/links/page-url.ts';
import { breadcrumbList, serializeJsonLd } from '../lib/links/structured-data.ts';
import { html, raw, type Html } from './html.ts';

export interface Crumb {
  label: string;
  href: string;
}

/** JSON-LD as a data block: browsers never execute it, so a strict CSP has nothing to allow. */
export const jsonLdBlock = (json: string) => html`<script type="application/ld+json">${raw(json)}</script>`;

/**
 * The visible trail and, from the same items, its BreadcrumbList for search engines (unless
 * `structured` is false). The last item is the current page and is not linked.
 */
export function breadcrumb(items: readonly Crumb[], site: URL | string, { structured = true } = {}): Html {
  const last = items.length - 1;
  return html`<nav aria-label="Breadcrumb" class="crumbs"><ol>${items.map((item, i) =>
    i === last ? html`<li aria-current="page">${item.label}</li>` : html`<li><a href="${item.href}">${item.label}</a><span aria-hidden="true">›</span></li>`,
  )}</ol></nav>${structured ? jsonLdBlock(serializeJsonLd(breadcrumbList(items.map((item) => ({ name: item.label, url: siteUrl(item.href, site) }))))) : ''}`;
}
