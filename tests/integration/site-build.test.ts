import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/site-build';

const repo = resolve(import.meta.dirname, '../..');
const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A one-page Astro project laid out in shards by the site's own shard plan, with `config` spliced into its astro config. */
function shardedProject(config: string): string {
  const root = mkdtempSync(join(tmpdir(), 'site-build-'));
  fixtures.push(root);
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { readBuildConfig } from ${JSON.stringify(join(repo, 'src/config/build-config.ts'))};
import { astroShardOptions } from ${JSON.stringify(join(repo, 'src/config/shard-plan.ts'))};
const shard = readBuildConfig().shard;
${config}
export default { ...astroShardOptions({ shard }), vite: { define: { SHARD: JSON.stringify(shard.index) }, build: { assetsInlineLimit: 0 } } };
`,
  );
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'src/pages/index.astro'), '<html lang="en"><head><title>x</title></head><body><script>console.log(SHARD)</script></body></html>\n');
  return root;
}

const quiet = { ...process.env, ASTRO_LOG_LEVEL: 'error', PORT_ATLAS_BUILD_SHARDS: '2' };

describe('the sharded build', () => {
  it('fails with the name of the shard that failed, and stops the others', async () => {
    const root = shardedProject(`if (shard.index === 1) throw new Error('this shard is broken');`);
    await expect(buildSite(root, quiet)).rejects.toThrow(/^shard 1\/2: astro build in .* failed \(exit 1\)$/);
  });

  it('refuses to merge shards that built different assets', async () => {
    // The page's script prints the shard's number, so each shard bundles a different script.
    const root = shardedProject('');
    await expect(buildSite(root, quiet)).rejects.toThrow(/^shard 1\/2 built different assets from shard 0: _astro\/ only in \S+dist: \S+\.js; only in \S+\.shard-1: \S+\.js$/);
  });
});
