import { parseHeadersFile } from './headers-file.ts';

export type ServerKind = 'nginx' | 'caddy';

/** What a template in deploy/ needs: where the built site is, where to listen, and `_headers`. */
export interface ServerConfigInput {
  /** Absolute path of the built site (the folder holding index.html). */
  root: string;
  /** nginx: a `listen` value (`8080`, `127.0.0.1:8080`). Caddy: a site address (`:8080`, `ports.example.org`). */
  listen: string;
  /** The text of the build's `dist/_headers`. */
  headersFile: string;
}

/** Characters each server would read as syntax inside a quoted value, not as the value. */
const UNSAFE: Record<ServerKind, RegExp> = { nginx: /["\\$\n]/, caddy: /["\\{}\n]/ };

/**
 * The headers `_headers` gives every path (its `/*` rule): the security headers, CSP included. The
 * build computes the CSP (the inline script's hash, the feedback origin), so the server configs take
 * it from the built file instead of a copy in the repository that would drift.
 */
export function siteWideHeaders(headersFile: string): [string, string][] {
  const rule = parseHeadersFile(headersFile).find((r) => r.path === '/*');
  if (!rule || rule.headers.length === 0) throw new Error('_headers: no headers for "/*" (run npm run build first)');
  return rule.headers;
}

function headerLines(kind: ServerKind, headers: [string, string][]): string[] {
  return headers.map(([name, value]) => {
    if (!/^[A-Za-z0-9-]+$/.test(name) || UNSAFE[kind].test(value)) {
      throw new Error(`_headers: ${name}: ${JSON.stringify(value)} cannot be written into the ${kind} config as it is`);
    }
    return kind === 'nginx' ? `add_header ${name} "${value}" always;` : `${name} "${value}"`;
  });
}

/**
 * Fills a template's placeholders (`@NAME@`). A placeholder alone on its line may take several
 * lines, each indented like it. Fails on a placeholder it has no value for, so a template and this
 * function cannot silently disagree.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  let text = template;
  for (const [name, value] of Object.entries(values)) {
    const mark = `@${name}@`;
    if (!text.includes(mark)) throw new Error(`template: no ${mark} placeholder`);
    text = text
      .replace(new RegExp(`^([ \\t]*)${mark}$`, 'gm'), (_, indent: string) => value.split('\n').map((l) => indent + l).join('\n'))
      .replaceAll(mark, value);
  }
  const left = /@[A-Z_]+@/.exec(text);
  if (left) throw new Error(`template: no value for ${left[0]}`);
  return text;
}

/** deploy/nginx.conf or deploy/Caddyfile, ready to use: the site's root, its address and the `_headers` security headers. */
export function renderServerConfig(kind: ServerKind, template: string, { root, listen, headersFile }: ServerConfigInput): string {
  if (!root.startsWith('/') || /[\s;{}"'\\]/.test(root)) throw new Error(`root: expected an absolute path without spaces or quotes, got ${JSON.stringify(root)}`);
  if (!/^[\w.:[\]/-]+$/.test(listen)) throw new Error(`listen: expected an address such as 8080 or 127.0.0.1:8080, got ${JSON.stringify(listen)}`);
  return fillTemplate(template, {
    ROOT: root.replace(/\/+$/, ''),
    LISTEN: listen,
    SECURITY_HEADERS: headerLines(kind, siteWideHeaders(headersFile)).join('\n'),
  });
}
