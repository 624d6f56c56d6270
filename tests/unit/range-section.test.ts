// The port line of the Range section: drawn per page, its labels a shared symbol of /icons.svg.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINE, RANGE_TICKS, rangeSection, WIDTH } from '../../src/render/range-section';

const sprite = readFileSync(resolve(import.meta.dirname, '../../public/icons.svg'), 'utf8');

describe('range section', () => {
  it('draws its labels from a symbol that /icons.svg has, at the positions of this line', () => {
    const id = RANGE_TICKS.split('#')[1]!;
    const symbol = new RegExp(`<symbol id="${id}" viewBox="0 0 (\\d+) 44">([\\s\\S]*?)</symbol>`).exec(sprite);
    expect(symbol, `${id} in public/icons.svg`).not.toBeNull();
    expect(Number(symbol![1])).toBe(WIDTH);
    const ticks = [...symbol![2]!.matchAll(/<text x="([\d.]+)"[^>]*>(\d+)<\/text>/g)].map((m) => [Number(m[2]), Number(m[1])]);
    expect(ticks).toEqual([
      [0, LINE.xOf(0)],
      [49152, LINE.xOf(49152)],
      [65535, WIDTH],
    ]);
  });

  it('marks the port on the line and dims the ranges it is not in', () => {
    const markup = rangeSection(443).value;
    expect(markup).toContain(`<use href="${RANGE_TICKS}"/>`);
    expect(markup).toContain(`<path d="M${LINE.xOf(443)} 4v28" class="pin"/>`);
    expect(markup.match(/class="stroke-\w+ dim"/g)).toHaveLength(2);
    expect(markup).toContain('class="stroke-system"/>');
  });
});
