import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

// The check tables and the /data/ page write sizes alike.
export { formatBytes } from '../../src/lib/units/format-bytes.ts';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'));
}

/** The file a site path is served from by a plain static host: /a/ -> a/index.html. */
export function fileForPath(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path;
}
