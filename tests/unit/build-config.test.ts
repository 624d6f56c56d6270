import { describe, expect, it } from 'vitest';
import { DEFAULT_ISSUE_URL, DEFAULT_SITE_URL, readBuildConfig } from '../../src/config/build-config';
import { astroShardOptions, isShardPort, portsToBuild, rendersSharedPages, runsSiteSteps, shardCount, WHOLE_BUILD } from '../../src/config/shard-plan';
import { portsInSite } from '../../src/config/site-ports';

describe('readBuildConfig', () => {
  it('has a default for everything: the local address, every port, one shard', () => {
    expect(readBuildConfig({})).toEqual({
      siteUrl: DEFAULT_SITE_URL,
      ports: { kind: 'all' },
      shard: WHOLE_BUILD,
      buildShards: undefined,
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
      PORT_ATLAS_SHARD: '1/2',
      PORT_ATLAS_BUILD_SHARDS: '3',
      IANA_REGISTRY: ' data/x.csv ',
      PORT_ATLAS_CARD_CACHE: '  ',
      PUBLIC_FEEDBACK_URL: 'https://feedback.example.org/api/feedback',
    });
    expect(config).toMatchObject({
      siteUrl: 'https://ports.example.org',
      ports: { kind: 'span', first: 1000, last: 1009 },
      shard: { index: 1, count: 2 },
      buildShards: 3,
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
    ['PORT_ATLAS_BUILD_SHARDS', '0', 'PORT_ATLAS_BUILD_SHARDS must be a whole number from 1 to 16; got "0".'],
    ...['2/2', '1', 'a/b', '1/0', '-1/2'].map((bad) => ['PORT_ATLAS_SHARD', bad, `PORT_ATLAS_SHARD must be "i/n" with 0 <= i < n, e.g. "1/2"; got "${bad}".`]),
  ])('names %s when it is %s', (variable, value, message) => {
    expect(() => readBuildConfig({ [variable]: value })).toThrow(message);
  });
});

describe('the shard plan', () => {
  it('builds every port, and everything else, without a shard', () => {
    const config = readBuildConfig({});
    expect(portsToBuild(config)).toHaveLength(65536);
    expect(rendersSharedPages(config)).toBe(true);
    expect(runsSiteSteps(config)).toBe(true);
    expect(astroShardOptions(config)).toEqual({});
  });

  it('splits the ports between shards by number modulo the count, each port in exactly one', () => {
    const shares = ['0/3', '1/3', '2/3'].map((shard) => portsToBuild(readBuildConfig({ PORT_ATLAS_PORTS: '1000-1009', PORT_ATLAS_SHARD: shard })));
    expect(shares).toEqual([
      [1002, 1005, 1008],
      [1000, 1003, 1006, 1009],
      [1001, 1004, 1007],
    ]);
    expect(portsInSite({ kind: 'span', first: 1000, last: 1009 })).toHaveLength(10);
    expect(isShardPort(1003, { index: 1, count: 3 })).toBe(true);
  });

  it('lets only the first shard render shared pages, and no shard run the whole-site steps', () => {
    const first = readBuildConfig({ PORT_ATLAS_SHARD: '0/2' });
    const second = readBuildConfig({ PORT_ATLAS_SHARD: '1/2' });
    expect([rendersSharedPages(first), rendersSharedPages(second)]).toEqual([true, false]);
    expect([runsSiteSteps(first), runsSiteSteps(second)]).toEqual([false, false]);
    // Shards write to their own folder, so no two builds at once write one file.
    expect(astroShardOptions(first)).toEqual({});
    expect(astroShardOptions(second)).toEqual({ outDir: '.shard-1' });
  });

  it('runs one shard per core, at most two, unless told', () => {
    expect(shardCount({ buildShards: undefined }, 8)).toBe(2);
    expect(shardCount({ buildShards: undefined }, 1)).toBe(1);
    expect(shardCount({ buildShards: 4 }, 2)).toBe(4);
  });
});
