import { describe, expect, it } from 'vitest';
import { parsePortInput } from '../../src/lib/ports/parse-port-input';

describe('parsePortInput', () => {
  it.each([
    ['626', 626],
    [' 2646 ', 2646],
    ['0', 0],
    ['65535', 65535],
    ['00080', 80],
  ])('reads %j as port %i', (input, port) => {
    expect(parsePortInput(input)).toEqual({ ok: true, port });
  });

  it.each([
    ['', /Enter a port number/],
    ['70000', /highest port is 65535/],
    ['65536', /highest port is 65535/],
    ['abc', /not a port number/],
    ['-1', /no negative ports/],
    ['12a', /not a port number/],
    ['1e3', /not a port number/],
    ['0x50', /not a port number/],
    ['8'.repeat(400), /That number is not a port number/],
  ])('rejects %j with a message', (input, message) => {
    const result = parsePortInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
