import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One page per layout: every inline script the site has appears on one of them. */
const LAYOUT_PAGES = ['index.html', '404.html', 'ports/0/index.html', 'software/index.html', 'search/index.html'];

/** sha256 CSP sources for the inline scripts of the given HTML. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[0]))
    .map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
}

/** The Content-Security-Policy the site satisfies: no inline script but hashed ones, no inline style. */
export function contentSecurityPolicy({ scriptHashes, connect }: { scriptHashes: string[]; connect: string[] }): string {
  return [
    "default-src 'self'",
    // pagefind compiles its WebAssembly search index in the browser.
    `script-src 'self' ${[...new Set(scriptHashes)].join(' ')} 'wasm-unsafe-eval'`.replace(/\s+/g, ' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connect.join(' ')}`.trim(),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) into the built site at `root`
 * with a strict CSP and the usual hardening headers, hashing the inline scripts the built pages
 * actually contain. `feedbackUrl` is where the feedback widget may send votes. Returns how many
 * inline script hashes the policy allows.
 */
export function writeSecurityHeaders(root: string, feedbackUrl: string | undefined): number {
  const scriptHashes = LAYOUT_PAGES.filter((p) => existsSync(join(root, p))).flatMap((p) => inlineScriptHashes(readFileSync(join(root, p), 'utf8')));
  const feedback = feedbackUrl ? [new URL(feedbackUrl).origin] : [];
  const headers = [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy({ scriptHashes, connect: feedback })}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    // Astro's bundled assets carry a content hash in their names: cache them for good.
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
  writeFileSync(join(root, '_headers'), headers);
  return new Set(scriptHashes).size;
}
