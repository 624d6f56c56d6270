import { describe, expect, it } from 'vitest';
import { compareUses, isDemoted, isPool, leadingUses, type RankedUse } from '../../src/lib/ports/software-ranking';

const use = (name: string, fields: Partial<RankedUse> = {}): RankedUse => ({
  name,
  category: 'web-servers',
  status: 'current',
  tier: 'niche',
  isDefault: true,
  first: 22,
  last: 22,
  ...fields,
});
const sorted = (uses: RankedUse[]) => [...uses].sort(compareUses).map((u) => u.name);

describe('compareUses', () => {
  it('puts the primary product first, whatever its name', () => {
    // The old order was defaults first, then alphabetical: Dropbear, Forgejo, Gitea, GitLab, then OpenSSH.
    const uses = [use('Dropbear SSH', { tier: 'common' }), use('Forgejo'), use('Gitea'), use('GitLab'), use('OpenSSH', { tier: 'primary' })];
    expect(sorted(uses)).toEqual(['OpenSSH', 'Dropbear SSH', 'Forgejo', 'Gitea', 'GitLab']);
  });

  it('orders by tier, then documented default, then name', () => {
    const uses = [use('Zed', { tier: 'common', isDefault: false }), use('Alpha', { tier: 'common', isDefault: true }), use('Beta')];
    expect(sorted(uses)).toEqual(['Alpha', 'Zed', 'Beta']);
  });

  it('never lets malware, historic products or pools lead', () => {
    const uses = [
      use('Sasser worm', { category: 'malware', tier: 'primary' }),
      use('Old thing', { status: 'historic', tier: 'primary' }),
      use('RPC pool', { tier: 'primary', first: 49152, last: 65535 }),
      use('Samba'),
    ];
    expect(sorted(uses)[0]).toBe('Samba');
    expect(uses.filter(isDemoted).map((u) => u.name)).toEqual(['Sasser worm', 'Old thing', 'RPC pool']);
  });
});

describe('isPool', () => {
  it('counts ports, so a 100-port range such as 5900-5999 is a pool', () => {
    expect(isPool(5900, 5999)).toBe(true);
    expect(isPool(1714, 1764)).toBe(false);
    expect(isPool(22, 22)).toBe(false);
  });
});

describe('leadingUses', () => {
  it('takes primary and common products, at most three, each once', () => {
    const uses = [
      use('nginx', { tier: 'primary' }),
      use('nginx', { tier: 'primary' }),
      use('Apache', { tier: 'primary' }),
      use('IIS', { tier: 'primary' }),
      use('Caddy', { tier: 'common' }),
      use('lighttpd'),
    ].sort(compareUses);
    expect(leadingUses(uses, true).map((u) => u.name)).toEqual(['Apache', 'IIS', 'nginx']);
  });

  it('names no niche product on a registered port', () => {
    expect(leadingUses([use('AWS SAM CLI'), use('Bun')], true)).toEqual([]);
  });

  it('lets documented defaults stand in on an unregistered port, never malware', () => {
    const uses = [use('Hugo'), use('NetBus', { category: 'malware' }), use('Other', { isDefault: false })].sort(compareUses);
    expect(leadingUses(uses, false).map((u) => u.name)).toEqual(['Hugo']);
  });
});
