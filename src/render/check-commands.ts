import type { CheckTransport } from '../lib/commands/check-commands.ts';
import { highlightCheckCommands } from '../lib/highlight/command-highlighter.ts';
import { formatTransports } from '../lib/ports/port-summary.ts';
import { html, raw, type Html } from './html.ts';
import { sectionHeading } from './section-heading.ts';

/**
 * "What is listening on port N?": the commands per operating system. Compact on purpose: this
 * markup repeats on 65,536 pages. src/browser/os-tabs.ts adds the tab roles and ids; without
 * JavaScript the tab list is hidden and every panel shows under its heading. One status speaks
 * for all copy buttons ([data-copy-group]).
 */
export async function checkCommandsSection(
  port: number,
  transports: readonly CheckTransport[],
  { prose = false }: { prose?: boolean } = {},
): Promise<Html> {
  const systems = await highlightCheckCommands(port, transports);
  const shown = transports.length === 0 ? 'TCP and UDP' : formatTransports(transports);
  return html`<section aria-labelledby="check" class="sec">${sectionHeading({ id: 'check', text: `What is listening on port ${port}?`, className: 'sh', prose })}<p class="mb-3">Commands for ${shown} on this machine, and to test a remote host.</p><os-tabs data-copy-group><div role="tablist" aria-label="Operating system">${systems.map(
    (s) => html`<button type="button" data-os="${s.os}">${s.label}</button>`,
  )}</div>${systems.map(
    (s) =>
      html`<div data-panel="${s.os}"><h3>${s.label}</h3>${s.blocks.map(
        (b) => html`<div class="cmd"><h4>${b.title}</h4><copy-button><button type="button">Copy</button></copy-button><pre tabindex="0"><code>${raw(b.html)}</code></pre>${b.note ? html`<p>${b.note}</p>` : ''}</div>`,
      )}</div>`,
  )}<p role="status" class="sr-only"></p></os-tabs></section>`;
}
