import type { SoftwareUse } from '../../model/port-index.ts';
import { formatSpan } from '../../lib/ports/port-range.ts';
import { SOFTWARE_CATEGORIES, type ProminenceTier, type SourceKind } from '../../schemas/software.ts';
import { html, type Html } from '../html.ts';
import { sectionHeading } from '../section-heading.ts';

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
// The label says who wrote the source, not whether the port is a default: an RFC is a standard,
// a wiki page about a game server is not its maker's documentation.
const SOURCE_LABELS: Record<SourceKind, string> = {
  standard: 'Specified in a standard',
  vendor: 'Documented by the vendor',
  project: 'Documented by the project',
  'third-party': 'Reported by a third party',
};
const TIER_LABELS: Record<ProminenceTier, string> = { primary: 'Leading here', common: 'Common here', niche: 'Niche' };

/** "Software known to use port N": what products listen on, each with its source; nothing when none is known. */
export function softwareUses(port: number, uses: readonly SoftwareUse[]): Html {
  if (uses.length === 0) return html``;
  return html`<section aria-labelledby="software" class="sec">${sectionHeading({ id: 'software', text: `Software known to use port ${port}`, className: 'sh' })}<p class="mb-3 text-sm text-muted">Not IANA registrations: what these products listen on by default or are commonly configured to use, each with its source.</p><ul class="software-uses">${uses.map(
    ({ software, use }) =>
      html`<li data-software="${software.slug}"><p><a href="/software/${software.slug}/" class="font-semibold">${software.name}</a><span class="text-muted"> · ${SOFTWARE_CATEGORIES[software.category]}</span>${
        software.status !== 'current' ? html`<span class="tag">${software.status}</span>` : ''
      }</p><p>${use.purpose}: ${use.transport.toUpperCase()}, ${use.default ? 'the default port' : 'a common choice, not the default'}${
        use.port.first !== use.port.last ? ` (in the range ${formatSpan(use.port.first, use.port.last)})` : ''
      }.</p>${use.notes ? html`<p class="text-sm text-muted">${use.notes}</p>` : ''}${
        use.basis
          ? html`<p class="text-sm"><span class="tag">${TIER_LABELS[use.tier]}</span> ${use.basis.reason}${use.basis.date ? ` (${use.basis.date})` : ''}${
              use.basis.source ? html` <a href="${use.basis.source}">${hostOf(use.basis.source)}</a>` : ''
            }</p>`
          : ''
      }<p class="text-sm">${SOURCE_LABELS[use.sourceKind]}: <a href="${use.source}">${hostOf(use.source)}</a></p></li>`,
  )}</ul></section>`;
}
