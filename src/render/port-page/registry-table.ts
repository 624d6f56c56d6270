import { formatSpan } from '../../lib/ports/port-range.ts';
import { formatTransports } from '../../lib/ports/port-summary.ts';
import { formatPerson, groupRegistryRecords, type ServiceGroup } from '../../lib/ports/registry-groups.ts';
import type { RegistryRecord, RegistrySource } from '../../schemas/registry.ts';
import { html, type Html } from '../html.ts';
import { sectionHeading } from '../section-heading.ts';

const STATUS_LABEL = { assigned: 'Assigned', reserved: 'Reserved', unassigned: 'Unassigned' } as const;
const statusOf = (g: ServiceGroup) => (g.historic ? (g.status === 'assigned' ? 'Historic' : 'Removed') : STATUS_LABEL[g.status]);
const people = (list: ServiceGroup['assignees']) => list.map(formatPerson).join(', ');
const detail = (content: Html | string) => html`<span class="detail">${content}</span>`;
const NONE = html`<span class="text-muted">—</span>`;

/**
 * "IANA registry": the port's records grouped by service name (transports and aliases under the
 * primary name), with who registered them and the references. Left out of the search index:
 * pagefind runs table cells together into one word, and the summary says the same in sentences.
 */
export function registryTable(port: number, records: readonly RegistryRecord[], sources: readonly RegistrySource[]): Html {
  // An unassigned port's summary already says the registry assigns it nothing, and the nearby-ports
  // navigation gives the run of unassigned ports (IANA's "Unassigned" range record): no section repeats it.
  if (records.every((r) => r.status === 'unassigned')) return html``;
  const sourceLabel = (id: string) => sources.find((s) => s.id === id)?.label ?? id;
  const body = html`<table class="registry"><caption class="sr-only">IANA registry records for port ${port}</caption><thead><tr><th scope="col">Service name</th><th scope="col">Transport</th><th scope="col">Description</th></tr></thead><tbody>${groupRegistryRecords(records).map(
          (g) =>
            html`<tr data-records="${g.records.length + g.aliases.reduce((n, a) => n + a.records.length, 0)}"><td><span class="svc">${g.name || NONE}</span><span class="detail" data-status>${statusOf(g)}</span>${
              g.replaces ? detail(`replaces the historic name ${g.replaces}`) : ''
            }</td><td>${formatTransports(g.transports)}</td><td>${g.description || NONE}${g.range ? detail(`Range record: ports ${formatSpan(g.range.first, g.range.last)}`) : ''}${g.aliases.map((a) =>
              detail(html`Alias <span class="font-mono">${a.name}</span> (${formatTransports(a.transports)})${a.historic ? ', historic' : ''}${a.assignees.length > 0 ? `, assigned to ${people(a.assignees)}` : ''}`),
            )}${g.assignees.length > 0 ? detail(`Assignee: ${people(g.assignees)}`) : ''}${
              g.contacts.length > 0 && people(g.contacts) !== people(g.assignees) ? detail(`Contact: ${people(g.contacts)}`) : ''
            }${
              g.registered || g.modified
                ? detail(`${g.registered ? `Registered ${g.registered}` : ''}${g.registered && g.modified ? ' · ' : ''}${g.modified ? `Modified ${g.modified}` : ''}`)
                : ''
            }${
              g.references.length > 0
                ? detail(html`References: ${g.references.map((ref, i) => html`${i > 0 ? ', ' : ''}${ref.url ? html`<a href="${ref.url}">${ref.label}</a>` : ref.label}`)}`)
                : ''
            }${g.notes.map((note) => html`<span class="detail whitespace-pre-line">${note}</span>`)}${g.unauthorizedUse.map(
              (u) => html`<span class="detail warn">Unauthorized use reported: ${u}</span>`,
            )}${g.onlyIn.map((id) => detail(`Listed only by ${sourceLabel(id)}; the official file lacks it.`))}</td></tr>`,
        )}</tbody></table>`;
  return html`<section aria-labelledby="registry" class="sec" data-pagefind-ignore>${sectionHeading({ id: 'registry', text: 'IANA registry', className: 'sh' })}${body}</section>`;
}
