import { excludedRanges, remoteTest, type CheckTransport } from '../lib/commands/check-commands.ts';
import { highlightCheckCommands, highlightDirectly, PORT_PLACEHOLDER } from '../lib/highlight/command-highlighter.ts';
import { formatTransports } from '../lib/ports/port-summary.ts';
import { html, raw, type Html } from './html.ts';
import { sectionHeading } from './section-heading.ts';

/**
 * "What is listening on port N?": the commands per operating system. Compact on purpose: this
 * markup repeats on 65,536 pages. src/browser/os-tabs.ts adds the tab roles and ids, and the copy
 * buttons (they only work with JavaScript); without it the tab list is hidden and every panel
 * shows under its heading. One status, which the script adds, speaks for all copy buttons
 * ([data-copy-group]).
 */
export async function checkCommandsSection(
  port: number,
  transports: readonly CheckTransport[],
  { prose = false }: { prose?: boolean } = {},
): Promise<Html> {
  // The section says nothing about the port but its number: written once per kind with a
  // placeholder (as the highlighter does for each command), then the number is put in.
  const key = `${transports.join('+')}/${prose}`;
  let template = templates.get(key);
  if (!template) templates.set(key, (template = checkCommandsSectionDirect(PORT_PLACEHOLDER, transports, prose).then((h) => h.value)));
  return raw((await template).replaceAll(PORT_PLACEHOLDER, String(port)));
}

const templates = new Map<string, Promise<string>>();

/** The section written for `port` directly, without the template: tests prove the two agree. */
export async function checkCommandsSectionDirect(port: number | string, transports: readonly CheckTransport[], prose: boolean): Promise<Html> {
  const systems = await highlightCheckCommands(Number(port), transports);
  const remote = remoteTest(port, transports);
  const excluded = excludedRanges(port, transports);
  const block = (title: string, code: string, note?: string, id?: string) =>
    html`<div class="cmd"${id ? html` id="${id}"` : ''}><h4>${title}</h4><pre>${raw(code)}</pre>${note ? html`<p>${note}</p>` : ''}</div>`;
  const shown = transports.length === 0 ? 'TCP and UDP' : formatTransports(transports);
  return html`<section aria-labelledby="check" class="sec">${sectionHeading({ id: 'check', text: `What is listening on port ${port}?`, className: 'sh', prose })}<p class="mb-3">Commands for ${shown} on this machine, and to test a remote host.</p><os-tabs data-copy-group><div role="tablist" aria-label="Operating system">${systems.map(
    (s) => html`<button type="button" data-os="${s.os}">${s.label}</button>`,
  )}</div>${systems.map(
    (s) =>
      html`<div data-panel="${s.os}"><h3>${s.label}</h3>${s.blocks.map((b) => block(b.title, b.html, b.note))}</div>`,
  )}${block(remote.title, await highlightDirectly(remote.code, remote.lang), remote.note, 'remote')}${block(excluded.title, await highlightDirectly(excluded.code, excluded.lang), excluded.note, 'excluded')}</os-tabs></section>`;
}
