/** One rule of a Netlify/Cloudflare-style `_headers` file: a path pattern and its headers. */
export interface HeadersRule {
  /** The pattern as written, e.g. `/*` or `/_astro/*`. */
  path: string;
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file: a path pattern on its own line, then its headers indented below it. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, got ${JSON.stringify(line)}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The request paths a rule's pattern matches (`*` matches anything, slashes included). */
export function headersRulePattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

/** Every header the rules give a request path, in file order, as a host that reads `_headers` sends them. */
export function headersFor(rules: readonly HeadersRule[], path: string): [string, string][] {
  return rules.filter((r) => headersRulePattern(r.path).test(path)).flatMap((r) => r.headers);
}
