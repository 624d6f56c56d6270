import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardLayout, type CardElement } from '../../src/lib/cards/card-layout';
import { writeCards } from '../../src/lib/cards/write-cards';
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

describe('writeCards', () => {
  const cache = mkdtempSync(join(tmpdir(), 'port-atlas-cards-'));
  const site = mkdtempSync(join(tmpdir(), 'port-atlas-site-'));
  afterAll(() => [cache, site].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const card626 = { path: '/cards/ports/626.png', content: { kind: 'port', port: 626, names: 'asia, serialnumberd', range: system } } as const;

  it('renders each 1200x630 card once into the cache, then copies it from there', async () => {
    const cold = await writeCards(site, [card626, { path: '/cards/site.png', content: { kind: 'site' } }], cache);
    expect(cold).toMatchObject({ cards: 2, rendered: 2, cached: 0 });
    const png = readFileSync(join(site, 'cards/ports/626.png'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const warm = await writeCards(site, [card626], cache);
    expect(warm).toMatchObject({ cards: 1, rendered: 0, cached: 1 });
    expect(readFileSync(join(site, 'cards/ports/626.png')).equals(png)).toBe(true);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('renders again when anything on the card changes', async () => {
    const renamed = await writeCards(site, [{ ...card626, content: { ...card626.content, names: 'asia' } }], cache);
    expect(renamed).toMatchObject({ rendered: 1, cached: 0 });
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toHaveLength(3);
  });
});
