import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IanaFormatError } from '../../../src/lib/iana/errors.ts';
import { IANA_CSV_COLUMNS, parseIanaCsv } from '../../../src/lib/iana/parse-iana-csv.ts';
import type { IanaPerson } from '../../../src/lib/iana/types.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/iana/${name}`, import.meta.url), 'utf8');

const HEADER = IANA_CSV_COLUMNS.join(',');

/** A well-formed row with selected columns overridden (by position). */
function row(overrides: Partial<Record<(typeof IANA_CSV_COLUMNS)[number], string>> = {}): string {
  const base: Record<string, string> = {
    'Service Name': 'demo',
    'Port Number': '1234',
    'Transport Protocol': 'tcp',
    Description: 'Demo service',
  };
  return IANA_CSV_COLUMNS.map((c) => overrides[c] ?? base[c] ?? '').join(',');
}

function errorOf(text: string): IanaFormatError {
  try {
    parseIanaCsv(text, { sourceName: 'test.csv' });
  } catch (error) {
    expect(error).toBeInstanceOf(IanaFormatError);
    return error as IanaFormatError;
  }
  throw new Error('expected parseIanaCsv to throw');
}

describe('parseIanaCsv on the hand-written fixture', () => {
  const registry = parseIanaCsv(fixture('registry-small.csv'));
  const byName = (name: string) => registry.records.filter((r) => r.serviceName === name);

  it('turns every data row into a record, in order, with the line it starts on', () => {
    expect(registry.format).toBe('csv');
    expect(registry.records.map((r) => r.sourceLine)).toEqual([2, 3, 4, 5, 8, 9, 10, 12, 13, 14]);
    expect(registry.footnotes).toEqual({});
  });

  it('uses the newest registration/modification date as updated', () => {
    expect(registry.updated).toBe('2024-01-15');
  });

  it('keeps quoted newlines and un-doubles quotes', () => {
    const [http] = byName('http');
    expect(http?.assignmentNotes).toBe(
      'Defined TXT keys: u=<username> p=<password> path=<path to document>\n' +
        'Known Subtypes: _printer\n' +
        'NOTE: the "http" service type means human-readable content.',
    );
    expect(byName('fixture-lm')[0]?.description).toBe('Fixture License\nManager');
    expect(byName('fixture-lm')[0]?.unauthorizedUse).toBe('Unauthorized use by "somebody" (see [RFC4146])');
  });

  it('keeps aliases as separate records on the same port and transport', () => {
    const on80 = registry.records.filter((r) => r.portFirst === 80 && r.transport === 'tcp');
    expect(on80.map((r) => r.serviceName)).toEqual(['http', 'www']);
  });

  it('reads ranges, rows without transport and rows without port', () => {
    const range = registry.records.find((r) => r.portFirst === 225);
    expect(range).toMatchObject({ serviceName: '', portFirst: 225, portLast: 241, transport: null, description: 'Reserved' });
    expect(registry.records[1]).toMatchObject({ portFirst: 4, portLast: 4, transport: null, description: 'Unassigned' });
    expect(byName('sn-only')[0]).toMatchObject({ portFirst: null, portLast: null, transport: 'tcp' });
    expect(byName('legacy-sn')[0]).toMatchObject({ portFirst: null, portLast: null, transport: null });
  });

  it('leaves people unresolved without a people map', () => {
    expect(byName('fixture-lm')[0]?.assignees).toEqual([
      { id: 'Example_Person', name: null, organization: null, domain: null },
    ]);
    expect(byName('fixture-lm')[0]?.contacts.map((p) => p.id)).toEqual(['Example_Person', 'Phone_Only']);
    expect(byName('legacy-sn')[0]?.assignees).toEqual([]);
  });

  it('resolves people from a map and leaves unknown ids unresolved', () => {
    const people = new Map<string, IanaPerson>([
      ['IESG', { id: 'IESG', name: null, organization: 'IESG', domain: 'ietf.org' }],
    ]);
    const resolved = parseIanaCsv(fixture('registry-small.csv'), { people });
    const http = resolved.records.find((r) => r.serviceName === 'http');
    expect(http?.assignees).toEqual([{ id: 'IESG', name: null, organization: 'IESG', domain: 'ietf.org' }]);
    expect(http?.contacts).toEqual([{ id: 'IETF_Chair', name: null, organization: null, domain: null }]);
  });

  it('classifies references and redacts the address in a text reference', () => {
    expect(registry.records[0]?.references).toEqual([
      { kind: 'rfc', label: 'RFC 6335', url: 'https://www.rfc-editor.org/rfc/rfc6335' },
    ]);
    expect(byName('fixture-lm')[0]?.references).toEqual([
      {
        kind: 'draft',
        label: 'draft-example-fixture-02',
        url: 'https://datatracker.ietf.org/doc/draft-example-fixture-02',
      },
      { kind: 'uri', label: 'https://example.org/spec', url: 'https://example.org/spec' },
      { kind: 'note', label: 'Note 1', url: null },
      { kind: 'text', label: 'A. Tester (e-mail address at example.net) 1 May 2001', url: null },
    ]);
  });

  it('reads dates, service codes and notes', () => {
    expect(byName('fixture-lm')[0]).toMatchObject({ registrationDate: '2003-04', modificationDate: null });
    expect(byName('fixture-sctp')[0]).toMatchObject({
      transport: 'sctp',
      registrationDate: '2010-05-06',
      modificationDate: '2011-07-08',
      serviceCode: '1234567',
    });
    expect(byName('sn-only')[0]?.assignmentNotes).toBe('This service name was first created by [RFC5389].');
    expect(byName('echo')[0]).toMatchObject({ serviceCode: null, unauthorizedUse: null, assignmentNotes: null });
  });

  it('parses the same text with CRLF line endings identically', () => {
    const crlf = parseIanaCsv(fixture('registry-small.csv').replace(/\n/g, '\r\n'));
    expect(crlf.records).toEqual(registry.records);
  });

  it('finds columns by header name, not position', () => {
    const text = 'Port Number,Service Name,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\n80,http,tcp,Web,,,,,,,,\n';
    expect(parseIanaCsv(text).records[0]).toMatchObject({ serviceName: 'http', portFirst: 80 });
  });
});

describe('parseIanaCsv errors name the line and the field', () => {
  it('a non-numeric port in the malformed fixture (after a two-line row)', () => {
    expect(() => parseIanaCsv(fixture('malformed-port.csv'))).toThrow(
      'service-names-port-numbers.csv line 4: Port Number "12a" is not a port or a range',
    );
    try {
      parseIanaCsv(fixture('malformed-port.csv'));
    } catch (error) {
      expect(error).toMatchObject({ line: 4, field: 'Port Number' });
    }
  });

  it('a wrong column count', () => {
    const error = errorOf(`${HEADER}\n${row()}\n${row()},extra\n`);
    expect(error.message).toBe('test.csv line 3: expected 12 columns, found 13');
    expect(error.field).toBe('columns');
  });

  it('a range whose first port is above its last', () => {
    expect(errorOf(`${HEADER}\n${row({ 'Port Number': '241-225' })}\n`).message).toBe(
      'test.csv line 2: Port Number "241-225" is a range whose first port is above its last',
    );
  });

  it('a port above 65535', () => {
    expect(errorOf(`${HEADER}\n${row({ 'Port Number': '65536' })}\n`).message).toBe(
      'test.csv line 2: Port Number "65536" is above 65535',
    );
  });

  it('an unknown transport', () => {
    const error = errorOf(`${HEADER}\n${row()}\n${row({ 'Transport Protocol': 'quic' })}\n`);
    expect(error.message).toBe('test.csv line 3: Transport Protocol "quic" is not one of tcp, udp, sctp, dccp');
    expect(error).toMatchObject({ line: 3, field: 'Transport Protocol' });
  });

  it('a malformed date', () => {
    expect(errorOf(`${HEADER}\n${row({ 'Modification Date': '2024/01/01' })}\n`).message).toBe(
      'test.csv line 2: Modification Date "2024/01/01" is not a date (YYYY-MM-DD or YYYY-MM)',
    );
  });

  it('a person column that is not a list of [Person_Id]', () => {
    expect(errorOf(`${HEADER}\n${row({ Assignee: 'Jane Doe' })}\n`).message).toBe(
      'test.csv line 2: Assignee "Jane Doe" is not a list of [Person_Id]',
    );
  });

  it('a missing header column', () => {
    const error = errorOf('Service Name,Port Number\nx,1\n');
    expect(error.message).toBe('test.csv line 1: header has no "Transport Protocol" column');
  });

  it('broken quoting, reported as an IanaFormatError on the opening line', () => {
    const error = errorOf(`${HEADER}\n${row()}\n${row({ Description: '"never closed' })}\n${row()}\n`);
    expect(error.message).toBe('test.csv line 3: quoted field is never closed');
    expect(error.line).toBe(3);
  });

  it('an empty file', () => {
    expect(errorOf('').message).toBe('test.csv: file is empty (no header row)');
  });
});
