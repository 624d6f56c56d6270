import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PortIndex } from '../../src/model/port-index';
import { readCsv } from '../../src/lib/iana/csv';
import { csvField, toCsv } from '../../src/lib/open-data/csv-writer';
import { IANA_LICENSING_TERMS, PROJECT_LICENSE, REGISTRY_LICENSE } from '../../src/lib/open-data/licenses';
import { buildOpenData, jsonDocument, recordFieldsOf, jsonSchemaOf } from '../../src/page-data/open-data';
import { portDataFile } from '../../src/page-data/port-data';
import { portFileSchema, registryFileSchema } from '../../src/schemas/open-data';
import { registryRecordSchema, type RegistryRecord } from '../../src/schemas/registry';
import { softwareSchema } from '../../src/schemas/software';
import { jsonSchemaValidator } from '../support/json-schema';
import { grafana as baseGrafana, registrySource as source } from '../support/software-fixtures';

const site = new URL('https://ports.example.org');
const record = (port: number, fields: Partial<Record<keyof RegistryRecord, unknown>> = {}) =>
  registryRecordSchema.parse({ port, portEnd: port, transport: 'tcp', serviceName: 'svc', description: 'A service', status: 'assigned', source, ...fields });

const range = record(225, { portEnd: 227, transport: null, serviceName: '', description: 'Reserved', status: 'reserved' });
const ssh = record(22, {
  serviceName: 'ssh',
  description: 'The Secure Shell (SSH) Protocol',
  notes: 'Defined TXT keys: "none",\nsecond line',
  assignees: [{ id: 'Tatu_Ylonen', name: 'Tatu Ylonen', domain: 'ssh.com' }],
  references: [{ kind: 'rfc', label: 'RFC 4251', url: 'https://www.rfc-editor.org/rfc/rfc4251' }],
});
// Grafana with a second fact: a span, with a description and no basis, to test quoting and empty cells.
const grafana = softwareSchema.parse({
  ...baseGrafana,
  description: 'Dashboards, "observability" and alerts.',
  ports: [
    ...baseGrafana.ports.map((fact) => ({ ...fact, port: fact.port.first, purpose: 'Web UI, API' })),
    { port: '3100-3101', transport: 'udp', purpose: 'Loki', default: false, source: 'https://grafana.com/docs/loki/', sourceKind: 'vendor' },
  ],
});

/** A port index over a few records and one product, with the members the downloads read. */
function fakeIndex(): PortIndex {
  const records = new Map<number, RegistryRecord[]>([[22, [ssh]], [225, [range]], [226, [range]], [227, [range]]]);
  const uses = (p: number) => grafana.ports.filter((u) => u.port.first <= p && p <= u.port.last).map((use) => ({ software: grafana, use }));
  return {
    recordsOf: (p) => records.get(p) ?? [],
    statusOf: (p) => records.get(p)?.[0]?.status ?? 'unassigned',
    articleOf: () => undefined,
    nearestAssigned: () => ({ below: null, above: null }),
    unassignedRun: (p) => (records.has(p) ? null : { first: p, last: p }),
    softwareOf: uses,
    namingSoftwareOf: uses,
    leadingProductsOf: () => [],
    namingOf: () => ({ articleNames: [], products: [] }),
    searchNamesOf: (p) => ({ leading: [], other: uses(p).map((u) => u.software.name) }),
    hasOwnCard: () => false,
    ownCardPorts: [],
    lastModifiedOf: () => null,
    sources: [source],
    dataVersion: source.label,
    articles: [],
    software: [grafana],
  } as PortIndex;
}

const validatorOf = (body: string) => jsonSchemaValidator(JSON.parse(body));

describe('csv writer', () => {
  it('quotes exactly the fields that need it and doubles their quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(false)).toBe('false');
    expect(csvField(443)).toBe('443');
  });

  it('writes a header row and CRLF-ended records that the RFC 4180 reader reads back', () => {
    const rows = [
      { a: 'x,y', b: 'he said "no"\nthen left' },
      { a: '', b: null },
    ];
    const text = toCsv(
      [
        { header: 'a', value: (r: (typeof rows)[number]) => r.a },
        { header: 'b', value: (r: (typeof rows)[number]) => r.b },
      ],
      rows,
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x,y', 'he said "no"\nthen left'],
      ['', ''],
    ]);
  });
});

describe('open data files', () => {
  const data = buildOpenData(fakeIndex(), [22, 225, 3000, 3100, 4000], site, '2026-12-01');
  const byId = (id: string) => data.datasets.find((d) => d.id === id)!;

  it('writes the header and one record a line as one JSON document', () => {
    const text = jsonDocument({ title: 't', n: 1 }, [{ a: 1 }, { b: [2] }]);
    expect(JSON.parse(text)).toEqual({ title: 't', n: 1, records: [{ a: 1 }, { b: [2] }] });
    expect(text.split('\n')).toHaveLength(5);
  });

  it('lists a range record once, with its source by id, and validates against the generated schema', () => {
    const registry = JSON.parse(byId('registry').json.body);
    expect(registry.records.map((r: RegistryRecord) => [r.port, r.portEnd])).toEqual([
      [22, 22],
      [225, 227],
    ]);
    expect(registry.records[0].source).toBe('iana-csv');
    expect(registry.registrySources).toEqual([source]);
    expect(registry.license.id).toBe('CC0-1.0');
    expect(registry.$schema).toBe('https://ports.example.org/data/schema/registry.schema.json');
    const validate = validatorOf(byId('registry').schema.body);
    expect(validate(registry), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a record with a field the schema does not know or a wrong type', () => {
    const validate = validatorOf(byId('registry').schema.body);
    const registry = JSON.parse(byId('registry').json.body);
    expect(validate({ ...registry, records: [{ ...registry.records[0], extra: 1 }] })).toBe(false);
    expect(validate({ ...registry, records: [{ ...registry.records[0], port: 70000 }] })).toBe(false);
    expect(validate({ ...registry, license: undefined })).toBe(false);
  });

  it('writes the same records to CSV, lists joined, text with quotes and line breaks intact', () => {
    const [header, ...rows] = readCsv(byId('registry').csv.body).map((r) => r.fields);
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(rows).toHaveLength(2);
    expect(row).toMatchObject({ port: '22', serviceName: 'ssh', notes: ssh.notes, assignees: 'Tatu Ylonen (ssh.com)', references: 'https://www.rfc-editor.org/rfc/rfc4251', historic: 'false', aliasOf: '' });
  });

  it('has one software CSV row per port fact, with the product repeated and the span in two columns', () => {
    const software = JSON.parse(byId('software').json.body);
    const validate = validatorOf(byId('software').schema.body);
    expect(validate(software), JSON.stringify(validate.errors)).toBe(true);
    expect(software.license.id).toBe('CC-BY-4.0');
    const [header, ...rows] = readCsv(byId('software').csv.body).map((r) => r.fields);
    const col = (name: string) => rows.map((r) => r[header!.indexOf(name)]);
    expect(col('slug')).toEqual(['grafana', 'grafana']);
    expect(col('port')).toEqual(['3000', '3100']);
    expect(col('portEnd')).toEqual(['3000', '3101']);
    expect(col('basisKind')).toEqual(['editorial', '']);
  });

  it('gives every port a verdict, its reasons by code, each code explained once with its sources', () => {
    const verdicts = JSON.parse(byId('verdicts').json.body);
    const validate = validatorOf(byId('verdicts').schema.body);
    expect(validate(verdicts), JSON.stringify(validate.errors)).toBe(true);
    expect(verdicts.records).toHaveLength(65536);
    expect(verdicts.records[22]).toMatchObject({ port: 22, verdict: 'avoid', reasons: expect.arrayContaining(['browser-blocked', 'system-range']) });
    expect(verdicts.records[4000]).toMatchObject({ port: 4000, verdict: 'good', reasons: ['quiet'], alternatives: null });
    const codes = verdicts.reasons.map((r: { code: string }) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(verdicts.records.flatMap((r: { reasons: string[] }) => r.reasons))).toEqual(new Set(codes));
    const blocked = verdicts.reasons.find((r: { code: string }) => r.code === 'browser-blocked');
    expect(blocked.example.port).toBe(0);
    expect(blocked.sources.map((s: { url: string }) => s.url)).toContain('https://fetch.spec.whatwg.org/#bad-port');
    const [header, ...rows] = readCsv(byId('verdicts').csv.body).map((r) => r.fields);
    expect(header).toEqual(['port', 'verdict', 'reasons', 'alternativeBelow', 'alternativeAbove']);
    expect(rows).toHaveLength(65536);
    expect(rows[22]!.slice(0, 3)).toEqual(['22', 'avoid', verdicts.records[22].reasons.join('; ')]);
    expect(rows[22]![3]).toBe(String(verdicts.records[22].alternatives.below ?? ''));
  });

  it('measures each file from the bytes it writes', () => {
    for (const file of data.files) expect(file.bytes, file.path).toBe(Buffer.byteLength(file.body));
    expect(data.files.map((f) => f.path)).toContain('/data/schema/port.schema.json');
  });

  it('lists the record fields from the schema, nested ones by path', () => {
    const fields = byId('software').fields.map((f) => f.name);
    expect(fields).toEqual(expect.arrayContaining(['slug', 'ports', 'ports[].purpose', 'ports[].port', 'ports[].basis']));
    expect(byId('registry').fields.find((f) => f.name === 'aliasOf')?.type).toBe('string or null');
  });

  it('gives a data file to the ports that say more than "unassigned" only', () => {
    expect(data.portFiles).toEqual([22, 225, 3000, 3100]);
  });

  it('describes a port page as data that validates against the port schema', () => {
    const index = fakeIndex();
    const validate = jsonSchemaValidator(jsonSchemaOf('port', portFileSchema, site));
    for (const port of [22, 3000]) {
      const file = JSON.parse(portDataFile(index, port, site, '2026-12-01'));
      expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
      expect(file.data.port).toBe(port);
      expect(file.data.url).toBe(`https://ports.example.org/ports/${port}/`);
    }
    const grafanaPort = JSON.parse(portDataFile(index, 3000, site, '2026-12-01')).data;
    // The fake index names no leading product: Grafana counts as less-known software there.
    expect(grafanaPort.choice).toMatchObject({ port: 3000, verdict: 'care', reasons: [expect.objectContaining({ code: 'software-other' })] });
    expect(grafanaPort.software.map((s: { slug: string; purpose: string }) => [s.slug, s.purpose])).toEqual([['grafana', 'Web UI, API']]);
  });

  it('states in LICENSE-DATA.md the licences the files carry', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../LICENSE-DATA.md'), 'utf8');
    for (const license of [REGISTRY_LICENSE, PROJECT_LICENSE]) expect(text, license.id).toContain(license.url);
    expect(text).toContain(IANA_LICENSING_TERMS);
  });

  it('keeps a schema name in its $id and the 2020-12 dialect', () => {
    const schema = jsonSchemaOf('registry', registryFileSchema, site);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://ports.example.org/data/schema/registry.schema.json');
    expect(recordFieldsOf(schema).length).toBeGreaterThan(15);
  });
});
