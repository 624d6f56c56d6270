/** A file or folder at the top of the built site. */
export interface TopLevelEntry {
  name: string;
  folder: boolean;
}

/** The short-link rule, in the placeholder syntax that Netlify and Cloudflare share. */
export const SHORT_LINK_RULES = ['/port/:port /ports/:port/ 301', '/:port /ports/:port/ 301'] as const;

/**
 * Netlify only: the "Go to a port" box submits /ports/?port=626 when JavaScript is off; this sends
 * it on to /ports/626/. Forced (`!`) because /ports/ exists, and Netlify skips a rule where a file
 * exists unless forced. Cloudflare matches no query string and ignores a line that is not
 * `[source] [destination] [code?]`.
 */
export const PORT_QUERY_RULE = '/ports/ port=:port /ports/:port/ 301!';

/**
 * The `_redirects` file for hosts that read one: the short-link rule (/626 and /port/626 ->
 * /ports/626/ with a real 301, which link previewers follow without running the 404 page's script).
 *
 * `/:port` matches any single path segment. Netlify never applies a rule where a file exists, but
 * Cloudflare always does, so every top-level file is first passed through to itself (200) and every
 * top-level folder sent to its slashed form; Cloudflare applies the first rule that matches.
 * Files starting with "_" are host configuration, never served, and need no rule.
 */
export function redirectsFile(entries: readonly TopLevelEntry[]): string {
  const served = entries.filter((e) => e.folder || !e.name.startsWith('_')).sort((a, b) => a.name.localeCompare(b.name));
  const passThrough = served.map((e) => (e.folder ? `/${e.name} /${e.name}/ 301` : `/${e.name} /${e.name} 200`));
  return [
    '# Written by the build (src/site-steps/redirects-file.ts).',
    '# The port-number box without JavaScript (Netlify; Cloudflare ignores this line).',
    PORT_QUERY_RULE,
    '# Top-level files and folders first: Cloudflare applies a rule even where a file exists.',
    ...passThrough,
    '# Short links: /626 and /port/626 -> /ports/626/. The 404 page does the same on hosts without this file.',
    ...SHORT_LINK_RULES,
    '',
  ].join('\n');
}
