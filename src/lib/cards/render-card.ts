import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type CardElement } from './card-layout.ts';
import { palettePng } from './palette-png.ts';

const require = createRequire(import.meta.url);
// satori reads TTF, OTF and WOFF, not WOFF2.
const FONT_FILES = [
  { weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
  { weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
] as const;

interface Renderer {
  fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
  /** Changes whenever a font or a renderer version changes, so cached cards from before are not reused. */
  fingerprint: string;
}

let renderer: Promise<Renderer> | undefined;

async function loadRenderer(): Promise<Renderer> {
  const fonts = await Promise.all(
    FONT_FILES.map(async (f) => ({
      name: 'Inter',
      data: await readFile(require.resolve(f.file)),
      weight: f.weight,
      style: 'normal' as const,
    })),
  );
  const versionOf = (pkg: string) =>
    (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256');
  for (const f of fonts) hash.update(f.data);
  hash.update(`satori ${versionOf('satori')} resvg ${versionOf('@resvg/resvg-js')} palette-png 1`);
  return { fonts, fingerprint: hash.digest('hex') };
}

/**
 * Renders a card's element tree to a 1200x630 PNG: satori lays it out as SVG, resvg rasterises
 * it, and it is written with a palette where its colours fit one (palette-png.ts).
 */
export async function renderCard(element: CardElement): Promise<Buffer> {
  const { fonts } = await (renderer ??= loadRenderer());
  const svg = await satori(element as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const image = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
  return palettePng(image.pixels, image.width, image.height) ?? image.asPng();
}

/**
 * Where rendered cards are kept between builds: outside dist/, which every build empties.
 * PORT_ATLAS_CARD_CACHE moves it (the card benchmark uses an empty folder for a cold build).
 */
export function cardCacheDir(root: string, configured: string | undefined): string {
  return configured ? resolve(root, configured) : join(root, 'node_modules/.cache/port-atlas-cards');
}

/** The cache file of a card: named by a hash of its element tree, the fonts and the renderer versions. */
export async function cardFile(element: CardElement, dir: string): Promise<string> {
  const { fingerprint } = await (renderer ??= loadRenderer());
  return join(dir, `${createHash('sha256').update(fingerprint).update(JSON.stringify(element)).digest('hex')}.png`);
}

/** Renders a card into its cache file, written under a temporary name and renamed, so an interrupted build never leaves half a card. */
export async function writeCard(element: CardElement, file: string): Promise<Buffer> {
  const png = await renderCard(element);
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, file);
  return png;
}
