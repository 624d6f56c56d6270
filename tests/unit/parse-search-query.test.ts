import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseSearchQuery } from '../../src/lib/search/parse-search-query';

describe('parseSearchQuery', () => {
  it.each([
    ['8080', 8080, null],
    [':8080', 8080, null],
    ['port 8080', 8080, null],
    ['Port: 8080', 8080, null],
    ['port #22', 22, null],
    ['8080/udp', 8080, 'udp'],
    ['8080 / UDP', 8080, 'udp'],
    ['8080 tcp', 8080, 'tcp'],
    ['tcp 8080', 8080, 'tcp'],
    ['TCP/8080', 8080, 'tcp'],
    ['udp:53', 53, 'udp'],
    ['port tcp 443', 443, 'tcp'],
    ['sctp 9', 9, 'sctp'],
    ['127.0.0.1:8080', 8080, null],
    ['0.0.0.0:22', 22, null],
    ['*:5432', 5432, null],
    ['[::]:8080', 8080, null],
    ['[::1]:631', 631, null],
    ['localhost:3000', 3000, null],
    ['http://localhost:3000/', 3000, null],
    ['  8080  ', 8080, null],
    ['0', 0, null],
    ['65535', 65535, null],
    ['00080', 80, null],
    ['49999', 49999, null],
  ])('reads %j as port %i', (input, port, transport) => {
    expect(parseSearchQuery(input)).toEqual({ kind: 'port', port, transport });
  });

  it.each([
    ['70000', /70000 is not a port number: the highest port is 65535/],
    ['65536', /highest port is 65535/],
    ['port 99999', /highest port is 65535/],
    ['-1', /no negative ports/],
    ['port -1', /no negative ports/],
    ['8'.repeat(400), /That number is not a port number/],
    ['9'.repeat(100_000), /That number is not a port number/],
  ])('says %j is not a port number', (input, message) => {
    const result = parseSearchQuery(input);
    expect(result.kind).toBe('not-a-port');
    if (result.kind === 'not-a-port') expect(result.message).toMatch(message);
  });

  it.each(['', '   ', '\n\t'])('reads %j as empty', (input) => {
    expect(parseSearchQuery(input)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['12a', '12a'],
    ['1e3', '1e3'],
    ['0x50', '0x50'],
    ['8.080', '8.080'],
    ['telnet', 'telnet'],
    ['  license    manager ', 'license manager'],
    ['80 443', '80 443'],
    ['tcp 53 udp', 'tcp 53 udp'],
    ['port', 'port'],
    ['ms-sql-s', 'ms-sql-s'],
  ])('reads %j as the text %j', (input, text) => {
    expect(parseSearchQuery(input)).toEqual({ kind: 'text', text });
  });

  it('caps a very long text query', () => {
    const result = parseSearchQuery(`license ${'manager '.repeat(5000)}`);
    expect(result.kind).toBe('text');
    if (result.kind === 'text') {
      expect(result.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(result.text.startsWith('license manager')).toBe(true);
    }
  });

  it('reads every port number 0-65535 in its plain and prefixed forms', () => {
    const wrong: string[] = [];
    for (let port = 0; port <= 65535; port++) {
      for (const form of [`${port}`, `:${port}`, `port ${port}`, `${port}/udp`]) {
        const result = parseSearchQuery(form);
        if (result.kind !== 'port' || result.port !== port) wrong.push(form);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
