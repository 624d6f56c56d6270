import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildShard, portsInSite, portsToBuild, rendersSharedOutput } from '../../src/lib/ports/ports-to-build';

describe('ports to build', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('builds every port, all of them shared output, without a shard', () => {
    vi.stubEnv('PORT_ATLAS_SHARD', '');
    expect(portsToBuild()).toHaveLength(65536);
    expect(buildShard()).toEqual({ index: 0, count: 1 });
    expect(rendersSharedOutput()).toBe(true);
  });

  it('splits the ports between shards by number modulo the count, each port in exactly one', () => {
    vi.stubEnv('PORT_ATLAS_PORTS', '1000-1009');
    const shares = ['0/3', '1/3', '2/3'].map((shard) => {
      vi.stubEnv('PORT_ATLAS_SHARD', shard);
      return portsToBuild();
    });
    expect(shares).toEqual([
      [1002, 1005, 1008],
      [1000, 1003, 1006, 1009],
      [1001, 1004, 1007],
    ]);
    // The site (sitemaps, lists) still has every port, whichever shard asks.
    expect(portsInSite()).toHaveLength(10);
    expect(rendersSharedOutput()).toBe(false);
  });

  it('rejects a malformed shard with the variable and the value named', () => {
    for (const bad of ['2/2', '1', 'a/b', '1/0', '-1/2']) {
      vi.stubEnv('PORT_ATLAS_SHARD', bad);
      expect(() => portsToBuild(), bad).toThrow(`PORT_ATLAS_SHARD must be "i/n" with 0 <= i < n, e.g. "1/2"; got "${bad}"`);
    }
  });
});
