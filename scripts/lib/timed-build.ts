import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuildCost {
  seconds: number;
  /** One process's peak RSS; for a build of several processes, their highest total at once (see tree-memory.ts). */
  peakMemoryMb: number;
}

const OLD_OUTPUT = /^\.dist-old-/;

/**
 * Moves the previous build's output folders (`names` under `root`, e.g. dist) out of the way and
 * deletes them in a detached process. Astro would otherwise delete dist/ itself, synchronously,
 * before building, tens of thousands of files, all of it on the build's critical path.
 * Leftovers of an interrupted delete are swept too.
 */
export function clearOutputInBackground(root: string, names: readonly string[] = ['dist']): void {
  for (const name of names) {
    const dir = join(root, name);
    if (existsSync(dir)) renameSync(dir, join(root, `.dist-old-${name.replace(/\W/g, '')}-${process.pid}-${Date.now()}`));
  }
  const old = readdirSync(root).filter((name) => OLD_OUTPUT.test(name)).map((name) => join(root, name));
  if (!old.length) return;
  // rm in a shell that exits at once: the delete is no child of the build (nor counted in its
  // memory) and keeps going after it. Where there is no sh, a detached Node process does it.
  const detached = { detached: true, stdio: 'ignore' } as const;
  const child =
    process.platform === 'win32'
      ? spawn(process.execPath, ['-e', `for (const p of ${JSON.stringify(old)}) require('node:fs').rmSync(p, { recursive: true, force: true });`], detached)
      : spawn('/bin/sh', ['-c', 'rm -rf -- "$@" &', 'sh', ...old], detached);
  child.unref();
}

/**
 * Runs `astro build` for the project at `root` in a child Node process that reports its own peak
 * RSS when it exits; astro comes from `astroRoot`'s node_modules. Output goes to the console.
 */
export function timedAstroBuild(root: string, env: NodeJS.ProcessEnv = process.env, astroRoot = root): Promise<BuildCost> {
  const config = JSON.stringify({ root, logLevel: env.ASTRO_LOG_LEVEL ?? 'info' });
  const runner = `
    const { build } = await import(${JSON.stringify(join(astroRoot, 'node_modules/astro/dist/core/index.js'))});
    await build(${config});
    console.error('PEAK_RSS_KB=' + process.resourceUsage().maxRSS);`;
  const started = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', runner], { cwd: root, env, stdio: ['ignore', 'inherit', 'pipe'] });
    child.on('error', (error) => fail(error));
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      const text = d.toString();
      err += text;
      process.stderr.write(text.replace(/PEAK_RSS_KB=\d+\n?/, ''));
    });
    child.on('exit', (code) => {
      const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(err)?.[1]);
      if (code !== 0 || !kb) return fail(new Error(`astro build in ${root} failed (exit ${code})`));
      ok({ seconds: (performance.now() - started) / 1000, peakMemoryMb: kb / 1024 });
    });
  });
}

/** Files, bytes and HTML pages under a folder. */
export function measureOutput(dir: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { files, bytes, pages };
}

/**
 * The kind of an output file, from its path; a port page's kind from its markup (the article
 * element, or the status the page shows), since the three differ most in size.
 */
function kindOf(path: string, file: string): string {
  if (/^ports\/\d+\/index\.html$/.test(path)) {
    const html = readFileSync(file, 'utf8');
    if (html.includes('data-article')) return 'port page: article';
    return html.includes('data-status="unassigned"') ? 'port page: unassigned' : 'port page: registry entry';
  }
  const kinds: [RegExp, string][] = [
    [/^ports\/list\/.*\.html$/, 'port list block'],
    [/^software\/.*\.html$/, 'software page'],
    [/\.html$/, 'other page'],
    [/^cards\//, 'preview card'],
    [/^pagefind\//, 'search index'],
    [/^_astro\//, 'script or stylesheet'],
  ];
  return kinds.find(([pattern]) => pattern.test(path))?.[1] ?? 'other file';
}

/** Count, total, and largest file of each kind under `dir`, largest total first. */
export function outputByKind(dir: string) {
  const kinds = new Map<string, { count: number; bytes: number; largest: number; largestPath: string }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(dir, file).replaceAll('\\', '/');
    const size = statSync(file).size;
    const kind = kindOf(path, file);
    const k = kinds.get(kind) ?? { count: 0, bytes: 0, largest: 0, largestPath: '' };
    k.count++;
    k.bytes += size;
    if (size > k.largest) Object.assign(k, { largest: size, largestPath: path });
    kinds.set(kind, k);
  }
  return [...kinds].sort((a, b) => b[1].bytes - a[1].bytes);
}
