import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IanaFormatError } from '../../../src/lib/iana/errors.ts';
import { parseIanaXml, readIanaPeople } from '../../../src/lib/iana/parse-iana-xml.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/iana/${name}`, import.meta.url), 'utf8');

/** A minimal registry document around the given record XML and people. */
function registryXml(records: string, people = ''): string {
  return `<?xml version="1.0"?>
<registry xmlns="http://www.iana.org/assignments" id="service-names-port-numbers">
  <updated>2024-01-01</updated>
  <record><name>first</name><protocol>tcp</protocol><description>ok</description><number>1</number></record>
  ${records}
  <people>${people}</people>
</registry>`;
}

function errorOf(text: string): IanaFormatError {
  try {
    parseIanaXml(text, { sourceName: 'test.xml' });
  } catch (error) {
    expect(error).toBeInstanceOf(IanaFormatError);
    return error as IanaFormatError;
  }
  throw new Error('expected parseIanaXml to throw');
}

describe('parseIanaXml on the hand-written fixture', () => {
  const registry = parseIanaXml(fixture('registry-small.xml'));
  const byName = (name: string) => registry.records.filter((r) => r.serviceName === name);

  it('turns every <record> into a record, numbered by ordinal', () => {
    expect(registry.format).toBe('xml');
    expect(registry.records).toHaveLength(11);
    expect(registry.records.map((r) => r.sourceLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("takes updated from the registry's own <updated> and reads footnotes", () => {
    expect(registry.updated).toBe('2024-02-29');
    expect(registry.footnotes).toEqual({ '1': 'Only for explicitly configured experiments; never ship as a default.' });
  });

  it('keeps aliases as separate records', () => {
    const on80 = registry.records.filter((r) => r.portFirst === 80 && r.transport === 'tcp');
    expect(on80.map((r) => r.serviceName)).toEqual(['http', 'www']);
  });

  it('reads ranges, records without protocol and records without number', () => {
    expect(registry.records[5]).toMatchObject({ serviceName: '', portFirst: 225, portLast: 241, transport: null });
    expect(registry.records[1]).toMatchObject({ portFirst: 4, transport: null, description: 'Unassigned' });
    expect(byName('sn-only')[0]).toMatchObject({ portFirst: null, portLast: null, transport: 'tcp' });
    expect(byName('legacy-sn')[0]).toMatchObject({ portFirst: null, transport: null, assignees: [], contacts: [] });
  });

  it('resolves people to name, organization and e-mail domain only', () => {
    const lm = byName('fixture-lm')[0];
    expect(lm?.assignees).toEqual([{ id: 'Example_Person', name: 'Dick van Example', organization: null, domain: 'example.nl' }]);
    expect(lm?.contacts).toEqual([
      { id: 'Example_Person', name: 'Dick van Example', organization: null, domain: 'example.nl' },
      { id: 'Phone_Only', name: 'Pat Phone', organization: null, domain: null },
    ]);
    expect(byName('fixture-sctp')[0]?.assignees).toEqual([
      { id: 'No_Uri_Org', name: null, organization: 'Organisation Without Address', domain: null },
    ]);
    expect(JSON.stringify(registry)).not.toMatch(/ada&|dick&|chair&|iesg&|mailto:|tel:/i);
  });

  it('uses <assignee> for assignees and bare person xrefs for contacts', () => {
    const http = byName('http')[0];
    expect(http?.assignees.map((p) => p.id)).toEqual(['IESG']);
    expect(http?.contacts.map((p) => p.id)).toEqual(['IETF_Chair']);
    // Without an <assignee> element the contact is also the assignee.
    expect(byName('echo')[0]?.assignees.map((p) => p.id)).toEqual(['Ada_Example']);
    expect(byName('echo')[0]?.contacts.map((p) => p.id)).toEqual(['Ada_Example']);
  });

  it('decodes entities and keeps newlines in notes', () => {
    expect(byName('http')[0]?.assignmentNotes).toBe(
      'Defined TXT keys: u=<username> p=<password> path=<path to document>\n' +
        'Known Subtypes: _printer\n' +
        'NOTE: the "http" service type means human-readable content.',
    );
  });

  it('flattens <br/>, inline xrefs and <paragraph> like the CSV export', () => {
    expect(byName('fixture-lm')[0]?.description).toBe('Fixture License\nManager');
    const xmlOnly = byName('fixture-xml-only')[0];
    expect(xmlOnly?.description).toBe('Fixture\nOld name kept as an alias.');
    expect(xmlOnly?.assignmentNotes).toBe(
      'Defined TXT keys:\npath: where the document\n      lives.\n\n(previous contact was [Ada_Example])',
    );
    expect(byName('sn-only')[0]?.assignmentNotes).toBe('This service name was first created by [RFC5389].');
  });

  it('turns xrefs into references', () => {
    expect(byName('fixture-lm')[0]?.references).toEqual([
      { kind: 'draft', label: 'draft-example-fixture-02', url: 'https://datatracker.ietf.org/doc/draft-example-fixture-02' },
      { kind: 'uri', label: 'https://example.org/spec', url: 'https://example.org/spec' },
      { kind: 'note', label: 'Note 1', url: null },
      { kind: 'text', label: 'A. Tester (e-mail address at example.net) 1 May 2001', url: null },
    ]);
    expect(byName('fixture-xml-only')[0]?.references).toEqual([
      { kind: 'uri', label: 'TR-1', url: 'https://example.org/tr-1.pdf' },
    ]);
  });

  it('reads record dates, service code and unauthorized use', () => {
    expect(byName('fixture-sctp')[0]).toMatchObject({
      registrationDate: '2010-05-06',
      modificationDate: '2011-07-08',
      serviceCode: '1234567',
    });
    expect(byName('fixture-lm')[0]).toMatchObject({
      registrationDate: '2003-04',
      unauthorizedUse: 'Unauthorized use by "somebody" (see [RFC4146])',
    });
  });

  it('readIanaPeople returns the directory', () => {
    const people = readIanaPeople(fixture('registry-small.xml'));
    expect(people.size).toBe(7);
    expect(people.get('IETF_Chair')).toEqual({ id: 'IETF_Chair', name: 'IETF Chair', organization: 'IETF', domain: 'ietf.org' });
    expect(people.get('Web_Only')?.domain).toBeNull();
  });
});

describe('parseIanaXml errors name the record and the problem', () => {
  it('a person id missing from <people> (fixture)', () => {
    const text = fixture('unknown-person.xml');
    expect(() => parseIanaXml(text)).toThrow(
      'service-names-port-numbers.xml record 2 (ghostly 1001/udp): person "Ghost_Person" is not defined in <people>',
    );
  });

  it('a person id missing from <people> inside an <assignee> or a note', () => {
    expect(
      errorOf(registryXml('<record><name>x</name><assignee><xref type="person" data="Nobody"/></assignee><number>5</number></record>'))
        .message,
    ).toBe('test.xml record 2 (x 5/-): person "Nobody" is not defined in <people>');
    expect(
      errorOf(registryXml('<record><name>y</name><number>6</number><note>was <xref type="person" data="Gone"/></note></record>'))
        .message,
    ).toContain('person "Gone" is not defined');
  });

  it('a number that is not a port or range', () => {
    const error = errorOf(registryXml('<record><name>bad</name><protocol>tcp</protocol><number>12a</number></record>'));
    expect(error.message).toBe('test.xml record 2 (bad 12a/tcp): number "12a" is not a port or a range');
    expect(error).toMatchObject({ line: 2, field: 'number' });
  });

  it('a reversed range and a port above 65535', () => {
    expect(errorOf(registryXml('<record><number>9-3</number></record>')).message).toBe(
      'test.xml record 2 ((no name) 9-3/-): number "9-3" is a range whose first port is above its last',
    );
    expect(errorOf(registryXml('<record><number>70000</number></record>')).message).toContain(
      'number "70000" is above 65535',
    );
  });

  it('an unknown protocol', () => {
    expect(errorOf(registryXml('<record><name>q</name><protocol>quic</protocol><number>443</number></record>')).message).toBe(
      'test.xml record 2 (q 443/quic): protocol "quic" is not one of tcp, udp, sctp, dccp',
    );
  });

  it('a malformed date attribute', () => {
    expect(errorOf(registryXml('<record date="May 2001"><name>d</name><number>7</number></record>')).message).toBe(
      'test.xml record 2 (d 7/-): date "May 2001" is not a date (YYYY-MM-DD or YYYY-MM)',
    );
  });

  it('a repeated single-valued element', () => {
    expect(errorOf(registryXml('<record><name>two</name><number>1</number><number>2</number></record>')).message).toBe(
      'test.xml record 2 (two): <number> appears more than once',
    );
  });

  it('a truncated download', () => {
    const text = fixture('registry-small.xml');
    expect(errorOf(text.slice(0, Math.floor(text.length / 2))).message).toMatch(/^test\.xml.*not well-formed XML/);
  });

  it('a document that is not the registry', () => {
    expect(errorOf('<html><body>Service unavailable</body></html>').message).toBe(
      'test.xml: root element is not <registry id="service-names-port-numbers">',
    );
  });

  it('a person defined twice', () => {
    const person = '<person id="Twice"><name>A</name></person>';
    expect(errorOf(registryXml('', person + person)).message).toBe('test.xml: person id "Twice" is defined twice in <people>');
  });
});
