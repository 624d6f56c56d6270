import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redirectsFile } from '../lib/links/redirects-file.ts';

/** Writes `_redirects` into the built site at `dir`; returns how many top-level entries it covers. */
export async function writeRedirectsFile(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true });
  await writeFile(join(dir, '_redirects'), redirectsFile(entries.map((e) => ({ name: e.name, folder: e.isDirectory() }))));
  return entries.length;
}
