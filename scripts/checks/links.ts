/**
 * Every internal link and asset reference in the built site resolves to a file that exists,
 * anchors included. Reads each HTML file once; external URLs are not fetched.
 * Usage: node scripts/checks/links.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileForPath, listFiles } from './dist-files.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const files = listFiles(dist);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const existing = new Set(files);

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(join(dist, file), 'utf8').matchAll(ID)].map((m) => m[1]!));
    idCache.set(file, ids);
  }
  return ids;
}

/** The file a reference points at, or null when it leaves the site. */
function targetOf(ref: string, fromFile: string): { file: string; hash: string } | null {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) return null; // http:, mailto:, data:, protocol-relative
  const base = new URL(`/${fromFile}`, 'http://site.invalid');
  const url = new URL(ref.replace(/&amp;/g, '&'), base);
  let file = fileForPath(url.pathname);
  if (!existing.has(file) && existing.has(`${file}/index.html`)) file = `${file}/index.html`;
  return { file, hash: decodeURIComponent(url.hash.slice(1)) };
}

const problems: string[] = [];
let checked = 0;
for (const file of htmlFiles) {
  const html = readFileSync(join(dist, file), 'utf8');
  // A page's own anchors are checked from the text in hand; only pages other pages link into are
  // cached (keeping the ids of all 66,000 pages ran out of heap).
  let own: Set<string> | undefined;
  const ownIds = () => (own ??= new Set([...html.matchAll(ID)].map((m) => m[1]!)));
  for (const match of html.matchAll(ATTR)) {
    const ref = match[1]!;
    if (ref === '' || ref === '#') continue;
    const target = targetOf(ref, file);
    if (!target) continue;
    checked++;
    if (!existing.has(target.file)) {
      problems.push(`${file}: ${ref} -> ${target.file} does not exist`);
      continue;
    }
    if (target.hash && target.file.endsWith('.html') && !(target.file === file ? ownIds() : idsOf(target.file)).has(target.hash)) {
      problems.push(`${file}: ${ref} -> no element with id="${target.hash}" in ${target.file}`);
    }
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`links: ${checked.toLocaleString('en')} internal references in ${htmlFiles.length.toLocaleString('en')} pages checked in ${seconds} s`);
if (problems.length) {
  for (const p of problems.slice(0, 50)) console.error(`  broken: ${p}`);
  if (problems.length > 50) console.error(`  ... and ${problems.length - 50} more`);
  console.error(`links: ${problems.length} broken reference(s). Fix the link or build the page it points to.`);
  process.exit(1);
}
