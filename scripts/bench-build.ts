/**
 * Builds the whole site and prints what it cost: wall time, peak memory of the build process,
 * pages, bytes and files in dist/, and what the preview cards cost. A benchmark, not a test: it
 * asserts nothing, it prints.
 * Usage: npm run bench:build
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Runs `astro build` in a child Node process that reports its own peak RSS when it exits. */
function timedBuild(cwd: string): Promise<{ seconds: number; peakRssMb: number; cards: string }> {
  const runner = `
    const { build } = await import(${JSON.stringify(join(cwd, 'node_modules/astro/dist/core/index.js'))});
    await build({ root: ${JSON.stringify(cwd)}, logLevel: 'warn' });
    console.log('PEAK_RSS_KB=' + process.resourceUsage().maxRSS);`;
  const started = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', runner], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(out)?.[1]);
      if (code !== 0 || !kb) return fail(new Error(`build in ${cwd} failed (exit ${code})\n${out}`));
      // The preview-card endpoint reports what the cards cost once it has written the last one.
      const cards = /\[cards\] ([^\n]*)/.exec(out)?.[1] ?? 'no report';
      ok({ seconds: (performance.now() - started) / 1000, peakRssMb: kb / 1024, cards });
    });
  });
}

/** Files, bytes and HTML pages under a folder. */
function measure(dir: string) {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        files++;
        bytes += statSync(path).size;
        if (entry.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { files, bytes, pages };
}

const cost = await timedBuild(root);
const out = measure(join(root, 'dist'));
const rows = [
  ['wall time', `${cost.seconds.toFixed(1)} s`],
  ['peak RSS', `${cost.peakRssMb.toFixed(0)} MB`],
  ['pages', out.pages.toLocaleString('en')],
  ['output', `${(out.bytes / 1024 / 1024).toFixed(1)} MB`],
  ['files', out.files.toLocaleString('en')],
  ['cards', cost.cards],
];
for (const [name, value] of rows) console.log(`${name!.padEnd(10)} ${value}`);
