/**
 * Writes deploy/out/nginx.conf and deploy/out/Caddyfile from the templates in deploy/, for the
 * built site: its folder on the server, the address to listen on, and the security headers of
 * dist/_headers (the CSP carries a hash of the build's inline script, so it is never copied by hand).
 * Usage: npm run build && npm run deploy:configs -- [--root /srv/port-atlas] [--port 8080] [--domain ports.example.org] [--out deploy/out]
 *   --root    the folder the server reads the site from (default: this checkout's dist/)
 *   --port    nginx listens on it; Caddy too unless --domain is given (default 8080)
 *   --domain  Caddy serves this name over HTTPS with a certificate it obtains itself
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderServerConfig } from '../src/lib/deploy/server-config.ts';

const repo = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: join(repo, 'dist') },
    port: { type: 'string', default: '8080' },
    domain: { type: 'string' },
    out: { type: 'string', default: join(repo, 'deploy/out') },
  },
});
if (!/^\d{1,5}$/.test(values.port)) throw new Error(`--port: expected a number, got ${JSON.stringify(values.port)}`);

const headersPath = join(repo, 'dist/_headers');
let headersFile: string;
try {
  headersFile = readFileSync(headersPath, 'utf8');
} catch {
  throw new Error(`${headersPath} is missing: run npm run build first (the configs take the site's security headers from it)`);
}
const root = resolve(values.root);
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const configs = [
  { file: 'nginx.conf', kind: 'nginx', listen: values.port },
  { file: 'Caddyfile', kind: 'caddy', listen: values.domain ?? `:${values.port}` },
] as const;
for (const { file, kind, listen } of configs) {
  const template = readFileSync(join(repo, 'deploy', file), 'utf8');
  writeFileSync(join(out, file), renderServerConfig(kind, template, { root, listen, headersFile }));
  console.log(`wrote ${join(out, file)} (root ${root}, ${kind === 'nginx' ? 'listen' : 'address'} ${listen})`);
}
