import type { PortNavData } from '../../page-data/port-page.ts';
import { formatSpan, PORT_MAX, PORT_MIN } from '../../lib/ports/port-range.ts';
import { html, type Html } from '../html.ts';

/** "Nearby ports": the run of unassigned ports, the nearest assigned ones, previous and next. */
export function portNav({ port, status, run, below, above }: PortNavData): Html {
  return html`<nav aria-label="Nearby ports" class="port-nav">${
    status !== 'assigned'
      ? html`<div class="mb-4">${
          run && run.first !== run.last ? html`<p class="mb-2">Port ${port} lies in a run of ${run.last - run.first + 1} unassigned ports, ${formatSpan(run.first, run.last)}.</p>` : ''
        }<p>Nearest assigned ports:</p><ul class="ml-5 list-disc">${
          below ? html`<li>below: <a href="/ports/${below.port}/">port ${below.port}</a> (${below.names})</li>` : ''
        }${above ? html`<li>above: <a href="/ports/${above.port}/">port ${above.port}</a> (${above.names})</li>` : ''}${
          !above ? html`<li>none above: no port from ${port + 1} to ${PORT_MAX} is assigned.</li>` : ''
        }</ul></div>`
      : ''
  }<ul class="prev-next"><li>${port > PORT_MIN ? html`<a href="/ports/${port - 1}/" rel="prev">← Port ${port - 1}</a>` : ''}</li><li>${
    port < PORT_MAX ? html`<a href="/ports/${port + 1}/" rel="next">Port ${port + 1} →</a>` : ''
  }</li></ul></nav>`;
}
