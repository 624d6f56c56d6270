import { describe, expect, it } from 'vitest';
import {
  emailDomain,
  laterDate,
  parseIanaDate,
  parsePortSpan,
  parseTransport,
  redactEmailAddresses,
  referenceFromToken,
  type FieldFailure,
} from '../../../src/lib/iana/fields.ts';

const fail: FieldFailure = (field, detail) => {
  throw new Error(`[${field}] ${detail}`);
};
const noPeople = (): boolean => false;

describe('parsePortSpan', () => {
  it('reads single ports, ranges and empty values', () => {
    expect(parsePortSpan('80', 'Port Number', fail)).toEqual({ first: 80, last: 80 });
    expect(parsePortSpan('225-241', 'Port Number', fail)).toEqual({ first: 225, last: 241 });
    expect(parsePortSpan('0', 'Port Number', fail)).toEqual({ first: 0, last: 0 });
    expect(parsePortSpan('65535', 'Port Number', fail)).toEqual({ first: 65535, last: 65535 });
    expect(parsePortSpan('', 'Port Number', fail)).toEqual({ first: null, last: null });
    expect(parsePortSpan(' 7 ', 'Port Number', fail)).toEqual({ first: 7, last: 7 });
  });

  it.each([
    ['12a', 'is not a port or a range'],
    ['1-2-3', 'is not a port or a range'],
    ['-5', 'is not a port or a range'],
    ['80 - 81', 'is not a port or a range'],
    ['65536', 'is above 65535'],
    ['100-70000', 'is above 65535'],
    ['241-225', 'is a range whose first port is above its last'],
  ])('rejects %j', (raw, detail) => {
    expect(() => parsePortSpan(raw, 'Port Number', fail)).toThrow(`[Port Number] Port Number ${JSON.stringify(raw)} ${detail}`);
  });
});

describe('parseTransport', () => {
  it('accepts the four transports, case-insensitively, and empty', () => {
    expect(parseTransport('tcp', 't', fail)).toBe('tcp');
    expect(parseTransport('UDP', 't', fail)).toBe('udp');
    expect(parseTransport('sctp', 't', fail)).toBe('sctp');
    expect(parseTransport('dccp', 't', fail)).toBe('dccp');
    expect(parseTransport('', 't', fail)).toBeNull();
  });

  it('rejects anything else', () => {
    expect(() => parseTransport('quic', 'Transport Protocol', fail)).toThrow(
      '[Transport Protocol] Transport Protocol "quic" is not one of tcp, udp, sctp, dccp',
    );
  });
});

describe('parseIanaDate', () => {
  it('keeps full and month-only dates as written', () => {
    expect(parseIanaDate('2024-03-18', 'd', fail)).toBe('2024-03-18');
    expect(parseIanaDate('2002-02', 'd', fail)).toBe('2002-02');
    expect(parseIanaDate('', 'd', fail)).toBeNull();
  });

  it.each(['18/03/2024', '2024-13-01', '2024-00', '2024-01-32', '2024'])('rejects %j', (raw) => {
    expect(() => parseIanaDate(raw, 'Registration Date', fail)).toThrow(/\[Registration Date\] Registration Date ".*" is not a date/);
  });

  it('compares dates of both precisions', () => {
    expect(laterDate('2002-02', '2002-02-01')).toBe('2002-02-01');
    expect(laterDate(null, '2001-01')).toBe('2001-01');
    expect(laterDate('2024-12-20', null)).toBe('2024-12-20');
  });
});

describe('emailDomain', () => {
  it.each([
    ['mailto:dick&and.nl', 'and.nl'],
    ['mailto:someone@Example.COM', 'example.com'],
    ['mailto:a&b&sub.example.org', 'sub.example.org'],
    ['mailto:anthurbe@cisco.com>', 'cisco.com'],
    ['mailto:kevinc@.cnd.hp.com', 'cnd.hp.com'],
    ['mailto:hindin%25robcad@uunet.uu.net', 'uunet.uu.net'],
  ])('%s -> %s', (uri, domain) => {
    expect(emailDomain(uri)).toBe(domain);
  });

  it.each(['tel:+1-555-0100', 'http://example.com', '', 'mailto:nobody', 'mailto:freiss.pad@sni.'])(
    'has no domain for %j',
    (uri) => {
      expect(emailDomain(uri)).toBeNull();
    },
  );
});

describe('redactEmailAddresses', () => {
  it('keeps only the domain of addresses in free text', () => {
    expect(redactEmailAddresses('Ann Tester <ann&example.net> 15 June 2009')).toBe(
      'Ann Tester (e-mail address at example.net) 15 June 2009',
    );
    expect(redactEmailAddresses('write to bob@Mail.Example.org today')).toBe(
      'write to (e-mail address at mail.example.org) today',
    );
  });

  it('leaves ampersands and at-signs that are not addresses alone', () => {
    for (const text of ['SNI R&D network', 'Miele@home Protocol', 'Ports 44515 & 44516', 'AT&T']) {
      expect(redactEmailAddresses(text)).toBe(text);
    }
  });
});

describe('referenceFromToken', () => {
  it('recognises RFCs, with or without a cited section', () => {
    expect(referenceFromToken('RFC6335', noPeople)).toEqual({
      kind: 'rfc',
      label: 'RFC 6335',
      url: 'https://www.rfc-editor.org/rfc/rfc6335',
    });
    expect(referenceFromToken('RFC9110, Section 5.1', noPeople)).toEqual({
      kind: 'rfc',
      label: 'RFC 9110, Section 5.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.1',
    });
  });

  it('recognises drafts, including RFC Editor queue names', () => {
    expect(referenceFromToken('draft-ietf-rift-rift-16', noPeople)).toEqual({
      kind: 'draft',
      label: 'draft-ietf-rift-rift-16',
      url: 'https://datatracker.ietf.org/doc/draft-ietf-rift-rift-16',
    });
    expect(referenceFromToken('RFC-ietf-dnssd-srp-25', noPeople)).toEqual({
      kind: 'draft',
      label: 'RFC-ietf-dnssd-srp-25',
      url: 'https://datatracker.ietf.org/doc/draft-ietf-dnssd-srp-25',
    });
  });

  it('recognises URIs, footnotes, person ids and free text', () => {
    expect(referenceFromToken('https://example.org/a#b', noPeople)).toEqual({
      kind: 'uri',
      label: 'https://example.org/a#b',
      url: 'https://example.org/a#b',
    });
    expect(referenceFromToken('1', noPeople)).toEqual({ kind: 'note', label: 'Note 1', url: null });
    expect(referenceFromToken('Some_Person', (id) => id === 'Some_Person')).toEqual({
      kind: 'person',
      label: 'Some_Person',
      url: null,
    });
    expect(referenceFromToken('ISO/IEC 13818-6\n   MPEG-2 DSM-CC', noPeople)).toEqual({
      kind: 'text',
      label: 'ISO/IEC 13818-6 MPEG-2 DSM-CC',
      url: null,
    });
  });
});
