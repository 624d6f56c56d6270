import { describe, expect, it } from 'vitest';
import { CborError, type CborValue, decodeCbor, encodeCbor } from '../../src/lib/search/cbor';

const hex = (v: CborValue) => Buffer.from(encodeCbor(v)).toString('hex');
const fromHex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));

describe('CBOR', () => {
  it('writes integers in their shortest form, at every width boundary', () => {
    expect(hex(0)).toBe('00');
    expect(hex(23)).toBe('17');
    expect(hex(24)).toBe('1818');
    expect(hex(255)).toBe('18ff');
    expect(hex(256)).toBe('190100');
    expect(hex(65535)).toBe('19ffff');
    expect(hex(65536)).toBe('1a00010000');
    expect(hex(2 ** 32)).toBe('1b0000000100000000');
    expect(hex(-1)).toBe('20');
    expect(hex(-25)).toBe('3818');
    expect(hex(-241)).toBe('38f0');
  });

  it('writes strings as UTF-8 with their byte length, and containers with their item count', () => {
    expect(hex('')).toBe('60');
    expect(hex('ü')).toBe('62c3bc');
    expect(hex([1, [2, 3]])).toBe('8201820203');
    expect(hex(new Map<CborValue, CborValue>([['a', 1]]))).toBe('a1616101');
    expect(hex(Uint8Array.of(1, 2))).toBe('420102');
  });

  it('reads back what it writes', () => {
    const values: CborValue[] = [
      0,
      1_000_000,
      -70_000,
      Number.MAX_SAFE_INTEGER,
      'telnet',
      '‿＿',
      ['1.6.0', [['p_0', 56, ''], ['p_1', 300, '']], []],
      new Map<CborValue, CborValue>([['names', ['ssh']], [1, -2]]),
      Uint8Array.of(),
    ];
    for (const v of values) expect(decodeCbor(encodeCbor(v))).toEqual(v);
  });

  it('refuses what pagefind does not write, naming the byte', () => {
    expect(() => decodeCbor(fromHex('f93c00'))).toThrow(/float at byte 0/); // half-precision 1.0
    expect(() => decodeCbor(fromHex('c074'))).toThrow(/tag at byte 0/);
    expect(() => decodeCbor(fromHex('9f01ff'))).toThrow(/length encoding 31/); // indefinite array
    expect(() => decodeCbor(fromHex('82010203'))).toThrow(/1 bytes left/);
    expect(() => decodeCbor(fromHex('830102'))).toThrow(/truncated/);
    expect(() => decodeCbor(fromHex('6261'))).toThrow(/truncated/);
    expect(() => decodeCbor(fromHex('1bffffffffffffffff'))).toThrow(/too large/);
    expect(() => decodeCbor(fromHex('62c328'))).toThrow(); // not UTF-8
    expect(() => encodeCbor(1.5)).toThrow(CborError);
  });
});
