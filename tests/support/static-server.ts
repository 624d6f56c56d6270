import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../src/lib/deploy/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serves a built site on 127.0.0.1 the way a plain static host does: /dir/ -> /dir/index.html,
 * /dir -> /dir/index.html, anything else missing -> /404.html with status 404. With
 * `applyHeaders`, the site's own `_headers` file is applied, as Netlify or Cloudflare Pages would.
 */
export async function serveStatic(
  root: string,
  { applyHeaders = false }: { applyHeaders?: boolean } = {},
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const rules = applyHeaders && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(base, '404.html');
    }
    const extra = headersFor(rules, path);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as any real host does, so transfer sizes and timings are realistic.
    const gzip = /text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(status, { ...Object.fromEntries(extra), 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
