import { serializeJsonLd } from '../../lib/links/structured-data.ts';
import { hasPortData, portDataPath } from '../../page-data/open-data.ts';
import type { PortPageData } from '../../page-data/port-page.ts';
import { breadcrumb, jsonLdBlock } from '../breadcrumb.ts';
import { checkCommandsSection } from '../check-commands.ts';
import { feedbackWidget } from '../feedback-widget.ts';
import { html, type Html } from '../html.ts';
import { pageHead } from '../page-head.ts';
import { rangeSection } from '../range-section.ts';
import { pageLinks } from './page-links.ts';
import { relatedPorts } from './related-ports.ts';
import { portNav } from './port-nav.ts';
import { registryTable } from './registry-table.ts';
import { searchRegion } from './search-region.ts';
import { softwareUses } from './software-uses.ts';
import { choiceVerdict, exposureVerdict } from './verdicts.ts';

/** What every port page of one build shares: the public origin and where feedback goes. */
export interface PortPageContext {
  site: URL;
  /** PUBLIC_FEEDBACK_URL, or empty: votes then stay in the browser. */
  feedbackUrl: string;
  /** PUBLIC_ISSUE_URL. */
  issueUrl: string;
}

/**
 * A port page's markup in the parts an article goes between: `main` runs up to the registry
 * table, the article (rendered by Astro from MDX) follows with `related` at its end, then `rest`.
 * A page without an article is `main + rest`, which the port-pages step writes itself.
 */
export interface PortPageParts {
  head: Html;
  main: Html;
  related: Html;
  rest: Html;
}

export async function portPageParts(data: PortPageData, context: PortPageContext): Promise<PortPageParts> {
  const { port, summary, article } = data;
  const url = `/ports/${port}/`;
  const canonical = new URL(url, context.site).href;
  const region = searchRegion(data.search.entry, data.title, data.search.summary);
  // What search leaves out of a result's text; pages outside the index need no such marks.
  const { indexed } = data.search.entry;
  const range = indexed ? html`<span data-pagefind-ignore>${summary.range}</span>` : summary.range;
  const lead = article?.data.description ?? html`${summary.registry} ${range}${summary.software ? ` ${summary.software}` : ''}`;
  const head = pageHead({
    title: data.title,
    description: data.description,
    canonical,
    site: context.site,
    card: data.card,
    type: article ? 'article' : 'website',
    modified: article?.data.updated,
    dataJson: hasPortData(data.search.entry) ? portDataPath(port) : undefined,
  });
  // No BreadcrumbList on the 58,000 pages that only say "unassigned": the pages search leaves out
  // of its index too (port-search-entry.ts); their trail is their address.
  const crumbs = breadcrumb([{ label: 'Ports', href: '/ports/' }, { label: `Port ${port}`, href: url }], context.site, { structured: indexed });
  const main = html`${crumbs}${region.open}<h1 class="text-3xl font-bold">${data.heading}</h1><p class="mt-1 text-muted" data-status="${data.status}">${data.subtitle}</p>${pageLinks(data.linkText)}<p class="mt-4 text-lg" data-summary>${lead}</p>${
    article?.data.exposure ? exposureVerdict(article.data.exposure) : ''
  }${data.note ? html`<p class="callout" data-usage-note>${data.note}</p>` : ''}${choiceVerdict(data.choice, indexed)}${registryTable(port, data.records, data.sources)}`;
  const rest = html`${region.close}${softwareUses(port, data.uses)}${data.structuredData ? jsonLdBlock(serializeJsonLd(data.structuredData)) : ''}${rangeSection(port)}${await checkCommandsSection(
    port,
    data.transports,
  )}${portNav(data.nav)}${feedbackWidget({ page: url, site: context.site, endpoint: context.feedbackUrl, issueUrl: context.issueUrl })}`;
  return { head, main, related: relatedPorts(data.related), rest };
}

/** The context from the build's configuration (src/config/build-config.ts) and public origin. */
export const portPageContext = (config: { feedbackUrl?: string | undefined; issueUrl: string }, site: URL): PortPageContext => ({
  site,
  feedbackUrl: config.feedbackUrl ?? '',
  issueUrl: config.issueUrl,
});
