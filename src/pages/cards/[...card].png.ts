import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPortIndex } from '../../data/port-index';
import { cardsInBackground, previewCards, type PreviewCard } from '../../data/preview-cards';
import { cardLayout } from '../../lib/cards/card-layout';
import { cachedCard, cardFile } from '../../lib/cards/render-card';
import { rendersSharedOutput } from '../../lib/ports/ports-to-build';

export const getStaticPaths = (async () => {
  // Only one shard of a sharded build renders the cards (src/lib/ports/ports-to-build.ts).
  if (!rendersSharedOutput()) return [];
  const index = await loadPortIndex();
  void cardsInBackground(index);
  const cards = previewCards(index);
  return cards.map((card) => ({
    params: { card: card.path.replace(/^\/cards\/|\.png$/g, '') },
    props: { card, total: cards.length },
  }));
}) satisfies GetStaticPaths;

// What the cards cost this build, printed once the last one is written.
const cost = { rendered: 0, renderMs: 0, cached: 0, cachedMs: 0, background: 0, waitedMs: 0 };

/** One preview card, from the cache when its content has not changed since it was last rendered. */
export const GET: APIRoute<{ card: PreviewCard; total: number }> = async ({ props }) => {
  const element = cardLayout(props.card.content);
  const pending = (await cardsInBackground(await loadPortIndex())).get(await cardFile(element));
  const result = await cachedCard(element, undefined, pending);
  if (pending) {
    // Rendered by the worker thread while pages were built; the time here is only the wait.
    cost.background++;
    cost.waitedMs += result.ms;
  } else if (result.fromCache) {
    cost.cached++;
    cost.cachedMs += result.ms;
  } else {
    cost.rendered++;
    cost.renderMs += result.ms;
  }
  if (cost.rendered + cost.cached + cost.background === props.total) {
    const each = (ms: number, n: number) => (n ? `${(ms / n).toFixed(1)} ms each` : '-');
    console.log(
      `[cards] ${props.total} cards: ` +
        `${cost.rendered} rendered in ${cost.renderMs.toFixed(0)} ms (${each(cost.renderMs, cost.rendered)}), ` +
        `${cost.cached} from cache in ${cost.cachedMs.toFixed(0)} ms (${each(cost.cachedMs, cost.cached)}), ` +
        `${cost.background} awaited from the card worker thread (waited ${cost.waitedMs.toFixed(0)} ms). ` +
        'Cards the worker finished before their route was reached count as from cache.',
    );
  }
  return new Response(new Uint8Array(result.png), { headers: { 'content-type': 'image/png' } });
};
