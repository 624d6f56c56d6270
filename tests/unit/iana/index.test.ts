import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseIanaRegistry, readIanaPeople } from '../../../src/lib/iana/index.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/iana/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it.each([
    ['service-names-port-numbers.xml', 'xml'],
    ['/data/iana/service-names-port-numbers.CSV', 'csv'],
    ['C:\\data\\registry.Xml', 'xml'],
  ] as const)('%s -> %s', (name, format) => {
    expect(detectFormat(name)).toBe(format);
  });

  it.each(['registry.json', 'registry', 'registry.xml.gz'])('rejects %s', (name) => {
    expect(() => detectFormat(name)).toThrow(`cannot tell the registry format of "${name}"`);
  });
});

describe('parseIanaRegistry', () => {
  it('dispatches on the format', () => {
    expect(parseIanaRegistry(fixture('registry-small.xml'), 'xml').format).toBe('xml');
    expect(parseIanaRegistry(fixture('registry-small.csv'), 'csv').format).toBe('csv');
  });

  it('passes the source name into error messages', () => {
    expect(() => parseIanaRegistry(fixture('malformed-port.csv'), detectFormat('x.csv'), { sourceName: 'x.csv' })).toThrow(
      /^x\.csv line 4: Port Number "12a"/,
    );
  });

  it('gives the same records for the same data in both formats', () => {
    // The fixtures hold the same ten records (plus one XML-only record);
    // resolving the CSV's people from the XML directory must make them equal.
    const xml = parseIanaRegistry(fixture('registry-small.xml'), 'xml');
    const csv = parseIanaRegistry(fixture('registry-small.csv'), 'csv', {
      people: readIanaPeople(fixture('registry-small.xml')),
    });
    const strip = <T extends { sourceLine: number }>(r: T) => ({ ...r, sourceLine: 0 });
    expect(csv.records.map(strip)).toEqual(xml.records.slice(0, csv.records.length).map(strip));
  });
});
