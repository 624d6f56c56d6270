import { describe, expect, it } from 'vitest';
import { DEFAULT_ISSUE_URL, DEFAULT_SITE_URL, readBuildConfig } from '../../src/config/build-config';
import { portsInSite } from '../../src/config/site-ports';
import { astroPortPages, REFERENCE_PORTS } from '../../src/site-steps/port-pages-plan';

describe('readBuildConfig', () => {
  it('has a default for everything: the local address, every port', () => {
    expect(readBuildConfig({})).toEqual({
      siteUrl: DEFAULT_SITE_URL,
      ports: { kind: 'all' },
      ianaRegistry: undefined,
      cardCache: undefined,
      feedbackUrl: undefined,
      issueUrl: DEFAULT_ISSUE_URL,
    });
  });

  it('reads each variable, trimmed, and treats a blank one as unset', () => {
    const config = readBuildConfig({
      SITE_URL: 'https://ports.example.org/',
      PORT_ATLAS_PORTS: '1000-1009',
      IANA_REGISTRY: ' data/x.csv ',
      PORT_ATLAS_CARD_CACHE: '  ',
      PUBLIC_FEEDBACK_URL: 'https://feedback.example.org/api/feedback',
    });
    expect(config).toMatchObject({
      siteUrl: 'https://ports.example.org',
      ports: { kind: 'span', first: 1000, last: 1009 },
      ianaRegistry: 'data/x.csv',
      cardCache: undefined,
      feedbackUrl: 'https://feedback.example.org/api/feedback',
    });
    expect(readBuildConfig({ PORT_ATLAS_SAMPLE: '1', PORT_ATLAS_PORTS: '1-2' }).ports).toEqual({ kind: 'sample' });
  });

  it.each([
    ['SITE_URL', 'ports.example.org', 'SITE_URL must be an absolute address such as https://ports.example.org; got "ports.example.org".'],
    ['SITE_URL', 'ftp://ports.example.org', 'SITE_URL must be an https:// (or http://) address; got "ftp://ports.example.org".'],
    ['SITE_URL', 'https://example.org/atlas/', 'SITE_URL must be an origin without a path, e.g. https://example.org (the site is served from the root); got "https://example.org/atlas/".'],
    ['PUBLIC_FEEDBACK_URL', '*', 'PUBLIC_FEEDBACK_URL must be an absolute address such as https://feedback.example.org/api/feedback; got "*".'],
    ['PUBLIC_ISSUE_URL', 'issues', 'PUBLIC_ISSUE_URL must be an absolute address such as https://github.com/owner/repo/issues/new; got "issues".'],
    ['PORT_ATLAS_SAMPLE', 'yes', 'PORT_ATLAS_SAMPLE must be "1" (a sample build) or unset; got "yes".'],
    ['PORT_ATLAS_PORTS', '9-1', 'PORT_ATLAS_PORTS must be a span "first-last" within 0-65535, e.g. "1000-1999"; got "9-1".'],
    ['PORT_ATLAS_PORTS', '0-65536', 'PORT_ATLAS_PORTS must be a span "first-last" within 0-65535, e.g. "1000-1999"; got "0-65536".'],
  ])('names %s when it is %s', (variable, value, message) => {
    expect(() => readBuildConfig({ [variable]: value })).toThrow(message);
  });
});

describe('the port pages plan', () => {
  const articles = (...ports: number[]) => ({ articles: ports.map((port) => ({ id: String(port), data: { port } as never })) });

  it('has Astro render the article pages and the reference pages, within the site, once each', () => {
    const all = portsInSite({ kind: 'all' });
    expect(astroPortPages(articles(22, 443, 22, 2647), all)).toEqual([...new Set([22, 443, ...REFERENCE_PORTS])].sort((a, b) => a - b));
    expect(astroPortPages(articles(22, 443), portsInSite({ kind: 'span', first: 0, last: 100 }))).toEqual([22]);
  });

  it('has a reference page of every kind in the sample build, which the step then compares with its own', () => {
    const sample = new Set(portsInSite({ kind: 'sample' }));
    expect(REFERENCE_PORTS.filter((p) => !sample.has(p))).toEqual([]);
  });
});
