import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readBuildConfig } from '../../src/config/build-config';
import { builtPagePaths, distPathOf, jsonLdOf, metaOf, pngSize } from '../support/built-html';
import { skipWithout } from '../support/built-input';

const dist = resolve(import.meta.dirname, '../../dist');
const SITE = readBuildConfig().siteUrl;
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
const typesOf = (html: string) => jsonLdOf(html).map((block) => block['@type']);
const articles = resolve(import.meta.dirname, '../../content/ports');
/** The frontmatter of an article, read from its file: the tests follow the article as it is edited. */
const articleFrontmatter = (port: number) => {
  const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(articles, `${port}.mdx`), 'utf8'))![1]!);
  return { ...front, updated: new Date(front.updated).toISOString().slice(0, 10) } as { title: string; description: string; updated: string };
};
/** The anchor id a heading gets: lower case, punctuation dropped, spaces as hyphens. */
const slugOf = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').trim().replace(/\s+/g, '-');

/** The preview image must exist in dist/ and be a 1200x630 PNG. */
function expectCard(url: string | undefined) {
  expect(url).toBeDefined();
  expect(pngSize(readFileSync(join(dist, distPathOf(url!, SITE))))).toEqual({ width: 1200, height: 630 });
}

/** Open Graph and Twitter tags every page carries, with the values they must agree on; X falls back to og:* for the rest. */
function expectPreview(html: string, path: string, title: string, description: string) {
  const meta = metaOf(html);
  expect(canonicalOf(html)).toBe(`${SITE}${path}`);
  expect(meta.get('og:url')).toBe(`${SITE}${path}`);
  expect(meta.get('og:site_name')).toBe('Port Atlas');
  expect(meta.get('og:title')).toBe(title);
  expect(meta.get('description')).toBe(description);
  expect(meta.get('og:description')).toBe(description);
  expect(meta.get('twitter:card')).toBe('summary_large_image');
  for (const copy of ['twitter:title', 'twitter:description', 'twitter:image']) expect(meta.has(copy), copy).toBe(false);
  expect(meta.get('og:image:width')).toBe('1200');
  expect(meta.get('og:image:height')).toBe('630');
  expect(meta.get('og:image:alt')).toBeTruthy();
  expectCard(meta.get('og:image'));
  return meta;
}

/** The BreadcrumbList every port page carries: Ports, then the port. */
function expectBreadcrumbs(html: string, port: number) {
  const trail = jsonLdOf(html).find((block) => block['@type'] === 'BreadcrumbList');
  expect(trail).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Ports', item: `${SITE}/ports/` },
      { '@type': 'ListItem', position: 2, name: `Port ${port}`, item: `${SITE}/ports/${port}/` },
    ],
  });
}

describe.skipIf(skipWithout(existsSync(dist)))('link previews and structured data', () => {
  it('describes an article page from its article: /ports/626/', () => {
    const html = page('ports/626');
    const article = articleFrontmatter(626);
    const meta = expectPreview(html, '/ports/626/', 'Port 626: asia, serialnumberd', article.description);
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('article:modified_time')).toBe(article.updated);
    expect(meta.get('og:image')).toBe(`${SITE}/cards/ports/626.png`);
    expectBreadcrumbs(html, 626);
    expect(jsonLdOf(html).find((block) => block['@type'] === 'TechArticle')).toMatchObject({
      headline: article.title,
      description: article.description,
      url: `${SITE}/ports/626/`,
      image: `${SITE}/cards/ports/626.png`,
      dateModified: article.updated,
      about: { name: 'Port 626: asia, serialnumberd' },
    });
  });

  it('describes a registry-only page from the registry: /ports/104/', () => {
    const html = page('ports/104');
    const description = metaOf(html).get('description')!;
    expect(description).toMatch(/^IANA lists port 104 as acr-nema \(ACR-NEMA Digital Imag\. & Comm\. 300\) on TCP and UDP\b.* Port 104 is in the System range \(0–1023\)\.$/);
    const meta = expectPreview(html, '/ports/104/', 'Port 104: acr-nema', description);
    expect(meta.get('og:type')).toBe('website');
    expect(meta.has('article:modified_time')).toBe(false);
    expect(meta.get('og:image')).toBe(`${SITE}/cards/ranges/system.png`);
    expectBreadcrumbs(html, 104);
    expect(typesOf(html)).toEqual(['BreadcrumbList']);
  });

  it('describes an unassigned page and gives it its range card, without a BreadcrumbList: /ports/65001/', () => {
    const html = page('ports/65001');
    const description =
      'IANA has not assigned port 65001 to any service on any transport. Port 65001 is in the Dynamic/Private range (49152–65535).';
    const meta = expectPreview(html, '/ports/65001/', 'Port 65001: unassigned', description);
    expect(meta.get('og:type')).toBe('website');
    expect(meta.get('og:image')).toBe(`${SITE}/cards/ranges/dynamic.png`);
    // The pages that only say "unassigned" carry no structured data, as search leaves them out.
    expect(typesOf(html)).toEqual([]);
  });

  it('gives the most-linked ports their own card: /ports/443/', () => {
    expect(metaOf(page('ports/443')).get('og:image')).toBe(`${SITE}/cards/ports/443.png`);
  });

  it('previews the pages that are not about one port with the site card', () => {
    for (const path of ['', 'ports', 'ports/list/0-499']) {
      const html = page(path);
      expect(canonicalOf(html), path).toBe(`${SITE}/${path}${path ? '/' : ''}`);
      expect(metaOf(html).get('og:image'), path).toBe(`${SITE}/cards/site.png`);
    }
  });

  it('keeps the 404 page, which any address can show, out of indexes', () => {
    const html = readFileSync(join(dist, '404.html'), 'utf8');
    expect(canonicalOf(html)).toBeUndefined();
    expect(metaOf(html).get('robots')).toBe('noindex');
  });
});

describe.skipIf(skipWithout(existsSync(dist)))('heading anchors', () => {
  it('links every section of a port page and of its article, at build time (the browser fills in the copy button: links-browser.test.ts)', () => {
    const html = page('ports/626');
    const headings = [...readFileSync(join(articles, '626.mdx'), 'utf8').matchAll(/^## (.+)$/gm)].map((m) => slugOf(m[1]!));
    expect(headings.length).toBeGreaterThan(1);
    for (const id of ['registry', ...headings, 'range', 'check']) {
      expect(html, id).toMatch(new RegExp(`<h[23] id="${id}"[^>]*><a href="#${id}" class="hd-a">[\\s\\S]*?</a></h[23]><copy-button class="hd-c[^"]*" data-section></copy-button>`));
    }
  });
});

describe.skipIf(skipWithout(existsSync(dist)))('sitemap and robots.txt', () => {
  const sitemapUrls = () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    return files.map((file) => {
      const xml = readFileSync(join(dist, distPathOf(file, SITE)), 'utf8');
      return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    });
  };

  it('lists every page built, in files of at most 50,000 URLs', () => {
    const files = sitemapUrls();
    const pages = builtPagePaths(dist).filter((path) => path !== '/404.html');
    for (const urls of files) expect(urls.length).toBeLessThanOrEqual(50_000);
    expect(files.reduce((sum, urls) => sum + urls.length, 0)).toBe(pages.length);
    const listed = new Set(files.flat());
    const missing = pages.filter((path) => !listed.has(`${SITE}${path}`));
    expect(missing.slice(0, 10), `${missing.length} pages not in the sitemap`).toEqual([]);
  });

  it('dates article pages by their article', () => {
    const all = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    expect(all).toContain(`<url><loc>${SITE}/ports/626/</loc><lastmod>${articleFrontmatter(626).updated}</lastmod></url>`);
    expect(all).toContain(`<url><loc>${SITE}/ports/65001/</loc></url>`);
  });

  it('points robots.txt to the sitemap index', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml\n`);
  });
});

describe.skipIf(skipWithout(existsSync(dist)))('short links', () => {
  it('writes _redirects with the short-link rule, after a pass-through for everything at the top of dist/', () => {
    const rules = readFileSync(join(dist, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(rules.slice(-2)).toEqual(['/port/:port /ports/:port/ 301', '/:port /ports/:port/ 301']);
    // _redirects and _headers configure the host and are never served.
    for (const entry of readdirSync(dist).filter((name) => !/^_(redirects|headers)$/.test(name))) {
      expect(rules.some((rule) => rule.startsWith(`/${entry} `)), entry).toBe(true);
    }
  });

  it('redirects numeric paths from the 404 page with an external script and a visible fallback link', () => {
    const html = readFileSync(join(dist, '404.html'), 'utf8');
    expect(html).toMatch(/<p data-short-link hidden[^>]*>[\s\S]*<a href="\/ports\/">/);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline.join('')).not.toContain('location.replace');
    const external = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8'));
    expect(external.some((code) => code.includes('location.replace'))).toBe(true);
  });
});
