import type { PortIndex } from '../model/port-index.ts';

/**
 * Who writes which port page. Astro renders the pages with an article (their bodies are MDX), a
 * few reference pages, and the shell: a port page whose head and main are marks. The port-pages
 * step (port-pages.ts) writes every other port page into the shell with the same functions
 * (src/render/port-page/), in worker threads, and compares its own rendering of the reference
 * pages with Astro's byte for byte: the two can never drift apart unnoticed.
 */

/** The route parameter of the shell, /ports/shell/; the step reads that page and deletes it. */
export const SHELL = 'shell';
export const HEAD_MARK = '<!--port-atlas:head-->';
export const MAIN_MARK = '<!--port-atlas:main-->';

/** One port of each kind of page that has no article: registry-only, avoid, good, unassigned with a pool, the last. */
export const REFERENCE_PORTS: readonly number[] = [2647, 6000, 20011, 65000, 65535];

/** The port pages Astro renders itself: those with an article, and the reference ports, among the site's ports. */
export function astroPortPages(index: Pick<PortIndex, 'articles'>, sitePorts: readonly number[]): number[] {
  const inSite = new Set(sitePorts);
  const ports = new Set([...index.articles.map((a) => a.data.port), ...REFERENCE_PORTS]);
  return [...ports].filter((p) => inSite.has(p)).sort((a, b) => a - b);
}

