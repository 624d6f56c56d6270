import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Astro's bundled scripts, styles and fonts, which every page of every shard links to. */
const ASSETS = '_astro';

async function assetsIn(site: string): Promise<Map<string, Buffer>> {
  const dir = join(site, ASSETS);
  const names = await readdir(dir).catch(() => [] as string[]);
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

/**
 * Compares the `_astro/` assets of two shards' output. Their pages are merged into one site that
 * keeps the first shard's assets, so a page of the other that links to an asset the first did not
 * build would be broken. Returns what differs, or null when both built the same files (or none).
 */
export async function compareAssets(first: string, other: string): Promise<string | null> {
  const [a, b] = await Promise.all([assetsIn(first), assetsIn(other)]);
  const onlyA = [...a.keys()].filter((name) => !b.has(name));
  const onlyB = [...b.keys()].filter((name) => !a.has(name));
  const changed = [...a.keys()].filter((name) => b.has(name) && !a.get(name)!.equals(b.get(name)!));
  const problems = [
    onlyA.length && `only in ${first}: ${onlyA.join(', ')}`,
    onlyB.length && `only in ${other}: ${onlyB.join(', ')}`,
    changed.length && `different contents: ${changed.join(', ')}`,
  ].filter(Boolean);
  return problems.length ? `${ASSETS}/ ${problems.join('; ')}` : null;
}
