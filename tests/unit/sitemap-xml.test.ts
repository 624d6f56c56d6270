import { describe, expect, it } from 'vitest';
import { formatDate, latestDate } from '../../src/lib/dates/calendar-date';
import { MAX_URLS_PER_SITEMAP, sitemapIndexXml, splitIntoSitemaps, urlsetXml } from '../../src/lib/sitemap/sitemap-xml';

describe('splitIntoSitemaps', () => {
  it('splits 65,671 URLs into files of 50,000 and the rest', () => {
    const chunks = splitIntoSitemaps(Array.from({ length: 65_671 }, (_, i) => i));
    expect(chunks.map((c) => c.length)).toEqual([50_000, 15_671]);
    expect(chunks.flat()).toHaveLength(65_671);
    expect(MAX_URLS_PER_SITEMAP).toBe(50_000);
  });

  it('gives no file for no URLs and rejects a limit below 1', () => {
    expect(splitIntoSitemaps([])).toEqual([]);
    expect(() => splitIntoSitemaps([1], 0)).toThrow(RangeError);
  });
});

describe('sitemap XML', () => {
  it('writes lastmod only where a date is known, and escapes URLs', () => {
    const xml = urlsetXml([
      { url: 'https://x.org/ports/626/', lastmod: new Date('2026-11-22') },
      { url: 'https://x.org/?a=1&b=2', lastmod: null },
    ]);
    expect(xml).toContain('<url><loc>https://x.org/ports/626/</loc><lastmod>2026-11-22</lastmod></url>');
    expect(xml).toContain('<url><loc>https://x.org/?a=1&amp;b=2</loc></url>');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  });

  it('refuses a file over the protocol limit', () => {
    const entries = Array.from({ length: MAX_URLS_PER_SITEMAP + 1 }, () => ({ url: 'https://x.org/', lastmod: null }));
    expect(() => urlsetXml(entries)).toThrow(/at most 50000/);
  });

  it('lists sitemap files in an index', () => {
    const xml = sitemapIndexXml([{ url: 'https://x.org/sitemap-0.xml', lastmod: null }]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap>');
  });
});

describe('dates', () => {
  it('picks the newest known date', () => {
    expect(latestDate([null, new Date('2026-01-02'), new Date('2025-12-31')])).toEqual(new Date('2026-01-02'));
    expect(latestDate([null, null])).toBeNull();
    expect(formatDate(new Date('2026-11-22T23:00:00Z'))).toBe('2026-11-22');
  });
});
