import { html, type Html } from '../html.ts';

/** The ports an article discusses, each with the names its own title gives it; nothing when none. */
export function relatedPorts(ports: readonly { port: number; names: string }[]): Html {
  if (ports.length === 0) return html``;
  return html`<nav aria-label="Related ports" class="my-6" data-related><h2 class="mb-2 text-lg font-semibold">Related ports</h2><ul class="related">${ports.map(
    ({ port, names }) => html`<li><a href="/ports/${port}/">Port ${port}</a> <span class="text-muted">${names}</span></li>`,
  )}</ul></nav>`;
}
