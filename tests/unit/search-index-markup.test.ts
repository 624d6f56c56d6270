import { describe, expect, it } from 'vitest';
import { describeRange, describeRegistry, summarizePort } from '../../src/lib/ports/port-summary';
import { extractIndexedHtml } from '../../src/lib/search/indexed-html';
import { nameKeys, portSearchEntry, weightedNameKeys } from '../../src/lib/search/port-search-entry';
import { registryStatusOf } from '../../src/lib/ports/registry-status';
import { registryRecordSchema, type RegistryRecord } from '../../src/schemas/registry';
import { searchRegion } from '../../src/render/port-page/search-region';

const source = { id: 'test', label: 'test data', version: '1' };
const record = (port: number, transport: RegistryRecord['transport'], serviceName: string, description: string) =>
  registryRecordSchema.parse({
    port,
    portEnd: port,
    transport,
    serviceName,
    description,
    status: registryStatusOf(serviceName, description),
    source,
  });

describe('portSearchEntry', () => {
  it('indexes an assigned port with its names, range and transports', () => {
    const records = [record(626, 'tcp', 'asia', 'ASIA'), record(626, 'udp', 'asia', 'ASIA')];
    expect(portSearchEntry(626, records, { leading: ['serialnumberd'], other: ['Apple serialnumberd'] }, true)).toEqual({
      port: 626,
      indexed: true,
      names: ['asia', 'serialnumberd', 'Apple serialnumberd'],
      strongNames: ['asia', 'serialnumberd'],
      descriptions: ['ASIA'],
      range: 'System',
      transports: ['TCP', 'UDP'],
    });
  });

  it('leaves out a port that says only "unassigned", unless it has an article or other names', () => {
    expect(portSearchEntry(65535, []).indexed).toBe(false);
    expect(portSearchEntry(65000, [record(65000, 'tcp', '', 'Unassigned')]).indexed).toBe(false);
    expect(portSearchEntry(65000, [], undefined, true).indexed).toBe(true);
    expect(portSearchEntry(25565, [], { leading: ['minecraft'], other: [] }).indexed).toBe(true);
    expect(portSearchEntry(40000, [], { leading: [], other: ['Some niche tool'] }).indexed).toBe(true);
    expect(portSearchEntry(25565, [], { leading: ['minecraft'], other: [] }).transports).toEqual([]);
  });

  it('indexes a reserved port under the transports it is reserved on', () => {
    const entry = portSearchEntry(0, [record(0, 'tcp', '', 'Reserved'), record(0, 'udp', '', 'Reserved')]);
    expect(entry).toMatchObject({ indexed: true, names: [], range: 'System', transports: ['TCP', 'UDP'] });
  });

  it('lists transports of assigned records only (993 is imaps on TCP, reserved on UDP)', () => {
    const entry = portSearchEntry(993, [
      record(993, 'tcp', 'imaps', 'IMAP over TLS protocol'),
      record(993, 'udp', '', 'Reserved'),
    ]);
    expect(entry.transports).toEqual(['TCP']);
  });
});

describe('nameKeys', () => {
  it('makes each name one lower-case word', () => {
    expect(nameKeys(['syslog-tls', 'MS-SQL-S', 'x_y.z', 'grafana', 'Grafana Loki'])).toBe('syslogtls mssqls xyz grafana grafanaloki');
    expect(nameKeys([])).toBe('');
  });
});

describe('weightedNameKeys', () => {
  it('weighs the names a port leads on above the words of other names', () => {
    // "grafana" must find 3000 (Grafana leads there) before 3100 (Grafana Loki leads there).
    expect(weightedNameKeys({ strongNames: ['Grafana Loki'], names: ['Grafana Loki', 'Promtail'] })).toEqual({
      strong: 'grafanaloki',
      weak: 'grafana loki promtail',
    });
    expect(weightedNameKeys({ strongNames: ['ssh', 'OpenSSH'], names: ['ssh', 'OpenSSH'] })).toEqual({ strong: 'ssh openssh', weak: '' });
  });
});

describe('describeRegistry and describeRange', () => {
  it('are the two halves of the summary', () => {
    const records = [record(626, 'tcp', 'asia', 'ASIA'), record(626, 'udp', 'asia', 'ASIA')];
    expect(describeRegistry(626, records)).toBe('IANA lists port 626 as asia on TCP and UDP.');
    expect(describeRange(626)).toBe('Port 626 is in the System range (0–1023).');
    expect(summarizePort(626, records)).toBe(`${describeRegistry(626, records)} ${describeRange(626)}`);
  });
});

describe('extractIndexedHtml', () => {
  const page = (main: string) =>
    `<!doctype html><html lang="en"><head><title>t</title></head><body><header>menu words</header><main>${main}</main><footer>x</footer></body></html>`;

  it('keeps the marked element with everything inside it, nested divs included', () => {
    const html = page(
      '<nav>crumbs</nav><div data-pagefind-body><h1>Port 1</h1><div><div>a</div><br/><img src="x"></div><p>b</p></div><div>after</div>',
    );
    expect(extractIndexedHtml(html)).toBe(
      '<!doctype html><html><body><div data-pagefind-body><h1>Port 1</h1><div><div>a</div><br/><img src="x"></div><p>b</p></div></body></html>',
    );
  });

  it('works for any element name and leaves out everything around it', () => {
    const out = extractIndexedHtml(
      page('<article class="x" data-pagefind-body="">one <article>two</article></article><p>after</p>'),
    );
    expect(out).toContain('<article class="x" data-pagefind-body="">one <article>two</article></article>');
    expect(out).not.toMatch(/menu words|after|<title>/);
  });

  it('does not confuse a longer tag name with the marked one', () => {
    const out = extractIndexedHtml(page('<div data-pagefind-body><divider></divider>text</div><p>after</p>'));
    expect(out).toContain('<div data-pagefind-body><divider></divider>text</div>');
  });

  it('returns null for a page without the marker, and throws for an element never closed', () => {
    expect(extractIndexedHtml(page('<div>nothing</div>'))).toBeNull();
    expect(() => extractIndexedHtml('<div data-pagefind-body><div>open')).toThrow(/never closed/);
  });
});

describe('searchRegion', () => {
  const render = (indexed: boolean) => {
    const entry = { port: 626, indexed, names: ['asia', 'serialnumberd', 'Apple serialnumberd'], strongNames: ['asia', 'serialnumberd'], descriptions: ['ASIA'], range: 'System', transports: ['TCP', 'UDP'] };
    const region = searchRegion(entry, 'Port 626: asia, serialnumberd', 'IANA lists port 626 as asia on TCP and UDP.');
    return `${region.open.value}<h1>Port 626</h1>${region.close.value}`;
  };

  it('marks an indexed page with body, metadata, filters and weighted name words', () => {
    const html = render(true);
    expect(html).toMatch(/<div data-pagefind-body/);
    for (const attribute of [
      'data-pagefind-meta="port:626"',
      'data-pagefind-meta="title:Port 626: asia, serialnumberd"',
      'data-pagefind-meta="names:asia, serialnumberd, Apple serialnumberd"',
      'data-pagefind-meta="summary:IANA lists port 626 as asia on TCP and UDP."',
      'data-pagefind-filter="range:System"',
      'data-pagefind-filter="transport:TCP"',
      'data-pagefind-filter="transport:UDP"',
    ]) {
      expect(html).toContain(attribute);
    }
    expect(html).toMatch(/<p data-pagefind-weight="10"[^>]*>asia serialnumberd<\/p>/);
    expect(html).toMatch(/<p data-pagefind-weight="4"[^>]*>appleserialnumberd apple serialnumberd<\/p>/);
    expect(extractIndexedHtml(`<html><body>${html}</body></html>`)).toContain('<h1>Port 626</h1>');
  });

  it('leaves a page out of the index with a bare wrapper', () => {
    const html = render(false);
    expect(html).not.toContain('data-pagefind');
    expect(html).toBe('<div><h1>Port 626</h1></div>');
  });
});
