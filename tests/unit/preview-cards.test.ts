import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardLayout, type CardElement } from '../../src/lib/cards/card-layout';
import { cachedCard } from '../../src/lib/cards/render-card';
import { PORT_RANGES } from '../../src/lib/ports/port-range';
import { pngSize } from '../support/built-html';

const [system, user] = PORT_RANGES as [(typeof PORT_RANGES)[number], (typeof PORT_RANGES)[number]];
const port626 = cardLayout({ kind: 'port', port: 626, names: 'asia, serialnumberd', range: system });

/** Every string on a card, in order. */
function wordsOf(element: CardElement): string[] {
  const children = [element.props.children ?? []].flat();
  return children.flatMap((child) => (typeof child === 'string' ? [child] : wordsOf(child)));
}

describe('cardLayout', () => {
  it('shows the port number, its names and its range', () => {
    expect(wordsOf(port626)).toEqual(
      expect.arrayContaining(['Port 626', 'asia, serialnumberd', 'System range · 0–1023 · well-known ports']),
    );
  });

  it('gives range and site cards their own words', () => {
    expect(wordsOf(cardLayout({ kind: 'range', range: user }))).toEqual(expect.arrayContaining(['User ports', '1024–49151']));
    expect(wordsOf(cardLayout({ kind: 'site' }))).toContain('Every TCP and UDP port');
  });
});

describe('cachedCard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'port-atlas-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders a 1200x630 PNG once, then serves it from the cache', async () => {
    const cold = await cachedCard(port626, dir);
    expect(cold.fromCache).toBe(false);
    expect(pngSize(cold.png)).toEqual({ width: 1200, height: 630 });
    const warm = await cachedCard(cardLayout({ kind: 'port', port: 626, names: 'asia, serialnumberd', range: system }), dir);
    expect(warm.fromCache).toBe(true);
    expect(warm.png.equals(cold.png)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('renders again when anything on the card changes', async () => {
    const renamed = await cachedCard(cardLayout({ kind: 'port', port: 626, names: 'asia', range: system }), dir);
    expect(renamed.fromCache).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });
});
