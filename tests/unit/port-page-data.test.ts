import { describe, expect, it } from 'vitest';
import type { PortIndex, SoftwareUse } from '../../src/model/port-index';
import { portPageData } from '../../src/page-data/port-page';
import { registryRecordSchema, type RegistryRecord } from '../../src/schemas/registry';
import { grafana, registrySource as source } from '../support/software-fixtures';

const rec = (port: number, serviceName: string, transport: 'tcp' | 'udp' = 'tcp') =>
  registryRecordSchema.parse({ port, portEnd: port, transport, serviceName, description: serviceName.toUpperCase(), status: 'assigned', source });

/** A port index over a few records and software facts, with the members the page data reads. */
function fakeIndex(records: Record<number, RegistryRecord[]>, uses: Record<number, SoftwareUse[]> = {}): PortIndex {
  const leading = (p: number) => (uses[p] ?? []).filter((u) => u.use.tier !== 'niche');
  return {
    recordsOf: (p) => records[p] ?? [],
    statusOf: (p) => ((records[p] ?? []).length ? 'assigned' : 'unassigned'),
    articleOf: () => undefined,
    nearestAssigned: (p) => ({ below: p > 22 ? 22 : null, above: null }),
    unassignedRun: (p) => ((records[p] ?? []).length ? null : { first: p, last: p }),
    softwareOf: (p) => uses[p] ?? [],
    namingSoftwareOf: (p) => uses[p] ?? [],
    leadingProductsOf: (p) => leading(p).map((u) => ({ name: u.software.name, speaksRegistered: false, implements: undefined })),
    namingOf: (p) => ({ articleNames: [], products: leading(p).map((u) => ({ name: u.software.name, speaksRegistered: false })) }),
    searchNamesOf: (p) => ({ leading: leading(p).map((u) => u.software.name), other: [] }),
    hasOwnCard: (p) => (uses[p] ?? []).length > 0,
    ownCardPorts: [],
    lastModifiedOf: () => null,
    sources: [source],
    dataVersion: source.label,
    articles: [],
    software: [],
  } as PortIndex;
}

const site = new URL('https://ports.example.org');

describe('portPageData', () => {
  it('gives a squatted port its title, note, summary, search entry and card from the index', () => {
    const index = fakeIndex({ 3000: [rec(3000, 'hbci'), rec(3000, 'remoteware-cl')], 22: [rec(22, 'ssh')] }, { 3000: [{ software: grafana, use: grafana.ports[0]! }] });
    const data = portPageData(index, 3000, 'https://ports.example.org/ports/3000/', site);
    expect(data.title).toBe('Port 3000: Grafana (registered: hbci)');
    expect(data.heading).toBe('Port 3000');
    expect(data.subtitle).toBe('Grafana (registered: hbci)');
    expect(data.linkText).toBe('Port 3000 - Grafana (registered: hbci)');
    expect(data.note).toMatch(/^Real-world use differs from the registry: IANA registered port 3000 for hbci and remoteware-cl, but it is also the default port of Grafana/);
    expect(data.summary.software).toBe('Software known to use it: Grafana.');
    expect(data.description).toBe(`${data.summary.registry} ${data.summary.range} ${data.summary.software}`);
    expect(data.search.entry).toMatchObject({ port: 3000, indexed: true, strongNames: ['hbci', 'remoteware-cl', 'Grafana'] });
    expect(data.search.summary).toBe(`${data.summary.registry} ${data.summary.software}`);
    expect(data.card.path).toBe('/cards/ports/3000.png');
    expect(data.transports).toEqual(['tcp']);
    expect(data.nav).toEqual({ port: 3000, status: 'assigned', run: null, below: { port: 22, names: 'ssh' }, above: null });
    expect(data.structuredData).toBeNull();
    expect(data.dataVersion).toBe(source.label);
  });

  it('gives an unassigned port its status, its range card and no index entry', () => {
    const data = portPageData(fakeIndex({}), 65000, 'https://ports.example.org/ports/65000/', site);
    expect(data.title).toBe('Port 65000: unassigned');
    expect(data.subtitle).toBe('Unassigned');
    expect(data.note).toBeNull();
    expect(data.search.entry.indexed).toBe(false);
    expect(data.card.path).toBe('/cards/ranges/dynamic.png');
    expect(data.nav.run).toEqual({ first: 65000, last: 65000 });
    expect(data.summary.software).toBe('');
  });
});

describe('searchPageFiles', () => {
  it('lists the pages whose search entry is indexed, as built files, from the data alone', async () => {
    const { searchPageFiles } = await import('../../src/page-data/search-pages');
    const index = fakeIndex({ 22: [rec(22, 'ssh')] }, { 3000: [{ software: grafana, use: grafana.ports[0]! }] });
    expect(searchPageFiles(index, [22, 3000, 65000])).toEqual(['ports/22/index.html', 'ports/3000/index.html']);
  });
});
