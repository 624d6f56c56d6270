import { describe, expect, it } from 'vitest';
import { textOfHtml } from '../../src/lib/links/html-text';
import { markdownLink } from '../../src/lib/links/markdown-link';
import { canonicalUrl, siteUrl } from '../../src/lib/links/page-url';
import { PORT_QUERY_RULE, redirectsFile, SHORT_LINK_RULES } from '../../src/lib/links/redirects-file';
import { shortLinkTarget } from '../../src/lib/links/short-link';
import { breadcrumbList, serializeJsonLd, techArticle } from '../../src/lib/links/structured-data';

describe('siteUrl', () => {
  it('gives pages a trailing slash and leaves files alone', () => {
    const site = 'https://ports.example.org';
    expect(siteUrl('/ports/626', site)).toBe('https://ports.example.org/ports/626/');
    expect(siteUrl('/ports/626/', site)).toBe('https://ports.example.org/ports/626/');
    expect(siteUrl('/', site)).toBe('https://ports.example.org/');
    expect(siteUrl('/cards/ports/626.png', site)).toBe('https://ports.example.org/cards/ports/626.png');
    expect(siteUrl('/sitemap-index.xml', new URL(site))).toBe('https://ports.example.org/sitemap-index.xml');
  });
});

describe('markdownLink', () => {
  it('writes the link the issue asks for', () => {
    expect(markdownLink('Port 626 - asia, serialnumberd', 'https://ports.example.org/ports/626/')).toBe(
      '[Port 626 - asia, serialnumberd](https://ports.example.org/ports/626/)',
    );
  });

  it('keeps brackets in the text and parentheses in the URL from breaking the link', () => {
    expect(markdownLink('a [b] \\c', 'https://x.org/a (b)')).toBe('[a \\[b\\] \\\\c](https://x.org/a%20%28b%29)');
  });
});

describe('shortLinkTarget', () => {
  it.each([
    ['/626', '/ports/626/'],
    ['/626/', '/ports/626/'],
    ['/port/626', '/ports/626/'],
    ['/port/626/', '/ports/626/'],
    ['/ports/626', '/ports/626/'],
    ['/0', '/ports/0/'],
    ['/65535', '/ports/65535/'],
    ['/0626', '/ports/626/'],
  ])('sends %s to %s', (path, target) => {
    expect(shortLinkTarget(path)).toBe(target);
  });

  it.each(['/65536', '/99999', '/626a', '/-1', '/ports/626/', '/ports/', '/', '/port/', '/about', '/626/x', '/1e3'])(
    'leaves %s alone',
    (path) => {
      expect(shortLinkTarget(path)).toBeNull();
    },
  );
});

describe('redirectsFile', () => {
  const file = redirectsFile([
    { name: 'robots.txt', folder: false },
    { name: 'ports', folder: true },
    { name: '_redirects', folder: false },
    { name: '_astro', folder: true },
    { name: 'favicon.svg', folder: false },
  ]);
  const rules = file.split('\n').filter((line) => line && !line.startsWith('#'));

  it('ends with the short-link rules', () => {
    expect(rules.slice(-2)).toEqual([...SHORT_LINK_RULES]);
    expect(rules).toContain('/:port /ports/:port/ 301');
  });

  it('starts with the port-number rule, which only Netlify reads: four fields, forced past /ports/index.html', () => {
    expect(rules[0]).toBe(PORT_QUERY_RULE);
    expect(PORT_QUERY_RULE.split(' ')).toEqual(['/ports/', 'port=:port', '/ports/:port/', '301!']);
  });

  it('passes every served top-level file and folder through before the catch-all', () => {
    expect(rules.slice(1, -2)).toEqual([
      '/_astro /_astro/ 301',
      '/favicon.svg /favicon.svg 200',
      '/ports /ports/ 301',
      '/robots.txt /robots.txt 200',
    ]);
  });
});

describe('textOfHtml', () => {
  it('reads rendered heading markup as text', () => {
    expect(textOfHtml('What <code>ss</code> &amp; <em>lsof</em>\n show &#8211; &#x2014; &lt;x&gt; &bogus;')).toBe(
      'What ss & lsof show – — <x> &bogus;',
    );
  });
});

describe('structured data', () => {
  it('numbers breadcrumb items from 1, top level first', () => {
    const list = breadcrumbList([
      { name: 'Ports', url: 'https://x.org/ports/' },
      { name: 'Port 626', url: 'https://x.org/ports/626/' },
    ]);
    expect(list).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Ports', item: 'https://x.org/ports/' },
        { '@type': 'ListItem', position: 2, name: 'Port 626', item: 'https://x.org/ports/626/' },
      ],
    });
  });

  it('dates a TechArticle by its calendar day', () => {
    const article = techArticle({
      headline: 'H',
      description: 'D',
      url: 'https://x.org/ports/626/',
      image: 'https://x.org/cards/ports/626.png',
      dateModified: new Date('2026-11-22'),
      about: 'Port 626: asia',
      siteName: 'Port Atlas',
      siteOrigin: 'https://x.org',
    });
    expect(article).toMatchObject({ '@type': 'TechArticle', dateModified: '2026-11-22', publisher: { url: 'https://x.org/' } });
  });

  it('cannot be closed early by text from the data', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('canonicalUrl', () => {
  it('puts the page path on the configured site, whatever host served the page', () => {
    const served = new URL('http://127.0.0.1:5000/ports/626');
    expect(canonicalUrl(served, new URL('https://ports.example.org'))).toBe('https://ports.example.org/ports/626/');
    expect(canonicalUrl(served, undefined)).toBe('http://127.0.0.1:5000/ports/626/');
  });
});

describe('siteUrl input', () => {
  it('takes only root-relative paths', () => {
    expect(() => siteUrl('ports/626/', 'https://x.org')).toThrow(/root-relative/);
    expect(() => siteUrl('/ports/626/#check', 'https://x.org')).toThrow(/root-relative/);
  });
});
