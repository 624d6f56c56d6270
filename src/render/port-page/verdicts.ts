import type { ExposureLevel } from '../../schemas/article.ts';
import type { PortChoice, Verdict } from '../../schemas/port-choice.ts';
import { html, type Html } from '../html.ts';

/** What each exposure level tells the reader, in the words a first screen on a phone has room for. */
const EXPOSURE_LABELS: Record<ExposureLevel, string> = {
  public: 'Made to face the internet',
  guarded: 'Internet-facing only when hardened',
  private: 'Keep it off the internet',
  local: 'Local only: bind it to 127.0.0.1',
};

/** An article's exposure verdict: the first thing a reader on a phone must see. */
export const exposureVerdict = ({ level, reason }: { level: ExposureLevel; reason: string }): Html =>
  html`<p class="verdict" data-exposure="${level}"><strong>${EXPOSURE_LABELS[level]}.</strong> ${reason}</p>`;

const CHOICE_LABELS: Record<Verdict, string> = { good: 'A good choice.', care: 'Usable with care.', avoid: 'Avoid it.' };

/**
 * "Using port N for your own service": the verdict of src/lib/port-choice/verdict.ts, each reason
 * with its sources. Software reasons point at the page's own list, which carries their sources.
 * `indexed`: the page is in the search index, whose result texts leave the verdict out.
 */
export function choiceVerdict({ port, verdict, reasons, alternatives }: PortChoice, indexed: boolean): Html {
  const good = alternatives ? [alternatives.below, alternatives.above].filter((p) => p !== null) : [];
  return html`<section class="verdict" data-choice="${verdict}"${indexed ? html` data-pagefind-ignore` : ''}><h2 id="choice" class="font-semibold">Using port ${port} for your own service</h2><p><strong>${CHOICE_LABELS[verdict]}</strong></p><ul class="ml-5 list-disc">${reasons.map(
    (r) =>
      html`<li data-reason="${r.code}">${r.text}${
        r.code.startsWith('software') ? html` <a href="#software">(list)</a>` : r.sources.map((s, i) => html`${i ? ' · ' : ' '}<a href="${s.url}">${s.label}</a>`)
      }</li>`,
  )}</ul><p>${good.length > 0 ? html`Nearest good: ${good.map((p, i) => html`${i > 0 ? ', ' : ''}<a href="/ports/${p}/">${p}</a>`)}. ` : ''}<a href="/pick-a-port/?near=${port}">Find a free port</a>. On Windows, also check its <a href="#excluded">excluded ranges</a>.</p></section>`;
}
