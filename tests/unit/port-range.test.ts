import { describe, expect, it } from 'vitest';
import { drawRangeLine, formatSpan, isPortNumber, PORT_RANGES, portToRange } from '../../src/lib/ports/port-range';

describe('portToRange', () => {
  it.each([
    [0, 'system'],
    [1023, 'system'],
    [1024, 'user'],
    [49151, 'user'],
    [49152, 'dynamic'],
    [65535, 'dynamic'],
  ])('puts port %i in the %s range', (port, id) => {
    expect(portToRange(port).id).toBe(id);
  });

  it('rejects numbers that are not ports', () => {
    for (const bad of [-1, 65536, 1.5, Number.NaN]) expect(() => portToRange(bad)).toThrow(RangeError);
  });

  it('covers 0-65535 with no gap or overlap', () => {
    expect(PORT_RANGES[0]!.first).toBe(0);
    for (let i = 1; i < PORT_RANGES.length; i++) expect(PORT_RANGES[i]!.first).toBe(PORT_RANGES[i - 1]!.last + 1);
    expect(PORT_RANGES.at(-1)!.last).toBe(65535);
  });
});

describe('isPortNumber', () => {
  it('accepts only integers from 0 to 65535', () => {
    expect([0, 80, 65535].every(isPortNumber)).toBe(true);
    expect([-1, 65536, 2.5, '80', null].some(isPortNumber)).toBe(false);
  });
});

it('formats spans with an en dash', () => {
  expect(formatSpan(0, 1023)).toBe('0–1023');
  expect(formatSpan(7, 7)).toBe('7');
});

describe('drawRangeLine', () => {
  it('places ports to scale and keeps the thin System range visible', () => {
    const line = drawRangeLine(600, 4);
    expect(line.xOf(0)).toBe(0);
    expect(line.xOf(32768)).toBe(300);
    expect(line.segments.map((s) => s.id)).toEqual(['system', 'user', 'dynamic']);
    expect(line.segments[0]!.width).toBe(9.4);
    expect(drawRangeLine(600, 20).segments[0]!.width).toBe(20);
    expect(line.segments[2]!.x + line.segments[2]!.width).toBeCloseTo(600, 5);
  });
});
