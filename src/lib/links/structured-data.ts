import { formatDate } from '../dates/calendar-date.ts';

/** A JSON-LD object (schema.org vocabulary). */
export type JsonLd = Record<string, unknown>;

/** schema.org BreadcrumbList for a trail of absolute URLs, top level first. */
export function breadcrumbList(items: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** What a TechArticle block says about an article page. */
export interface ArticleFacts {
  headline: string;
  description: string;
  /** The page's canonical URL. */
  url: string;
  /** Absolute URL of the preview card. */
  image: string;
  dateModified: Date;
  /** What the article is about, e.g. "Port 626: asia, serialnumberd". */
  about: string;
  /** The site's name and origin, as publisher and author. */
  siteName: string;
  siteOrigin: string;
}

/** schema.org TechArticle for a page with an article. */
export function techArticle(facts: ArticleFacts): JsonLd {
  const site = { '@type': 'Organization', name: facts.siteName, url: `${facts.siteOrigin}/` };
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: facts.image,
    dateModified: formatDate(facts.dateModified),
    inLanguage: 'en',
    about: { '@type': 'Thing', name: facts.about },
    author: site,
    publisher: site,
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. "<" is escaped so that text from the data
 * can never close the script element early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
