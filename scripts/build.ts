/**
 * `npm run build`: the full site build, timed. Writes test-results/build-stats.json (wall time,
 * peak RSS, pages, files, bytes) for the build-budget check, so CI need not build twice.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBuildConfig } from '../src/config/build-config.ts';
import { buildSite } from './lib/site-build.ts';
import { measureOutput } from './lib/timed-build.ts';

const root = resolve(import.meta.dirname, '..');
const cost = await buildSite(root);
const output = measureOutput(join(root, 'dist'));
const stats = { ...cost, ...output, sample: readBuildConfig().ports.kind !== 'all', at: new Date().toISOString() };
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results/build-stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
console.log(`build: ${cost.seconds.toFixed(1)} s, peak memory ${cost.peakMemoryMb.toFixed(0)} MB, ${output.pages} pages, ${output.files} files`);
