import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareAssets } from '../../scripts/lib/shard-assets';

const root = mkdtempSync(join(tmpdir(), 'shard-assets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A shard's output with the given `_astro/` files. */
function shard(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(join(dir, '_astro'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, '_astro', file), text);
  return dir;
}

describe('compareAssets', () => {
  it('accepts shards that built the same assets', async () => {
    expect(await compareAssets(shard('a', { 'page.1.js': 'x', 'page.2.css': 'y' }), shard('b', { 'page.1.js': 'x', 'page.2.css': 'y' }))).toBeNull();
  });

  it('names a shard that built none when the other did', async () => {
    const empty = join(root, 'e');
    mkdirSync(empty);
    expect(await compareAssets(empty, shard('f', { 'a.js': '' }))).toBe(`_astro/ only in ${join(root, 'f')}: a.js`);
  });

  it('names the files only one shard has, and those whose bytes differ', async () => {
    const first = shard('c', { 'page.1.js': 'x', 'old.css': 'y' });
    const other = shard('d', { 'page.1.js': 'z', 'new.css': 'y' });
    expect(await compareAssets(first, other)).toBe(`_astro/ only in ${first}: old.css; only in ${other}: new.css; different contents: page.1.js`);
  });
});
