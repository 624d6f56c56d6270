import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPortIndex } from '../../data/port-index';
import { previewCards, type PreviewCard } from '../../data/preview-cards';
import { cardLayout } from '../../lib/cards/card-layout';
import { cachedCard } from '../../lib/cards/render-card';

export const getStaticPaths = (async () => {
  const cards = previewCards(await loadPortIndex());
  return cards.map((card) => ({
    params: { card: card.path.replace(/^\/cards\/|\.png$/g, '') },
    props: { card, total: cards.length },
  }));
}) satisfies GetStaticPaths;

// What the cards cost this build, printed once the last one is written.
const cost = { rendered: 0, renderMs: 0, cached: 0, cachedMs: 0 };

/** One preview card, from the cache when its content has not changed since it was last rendered. */
export const GET: APIRoute<{ card: PreviewCard; total: number }> = async ({ props }) => {
  const result = await cachedCard(cardLayout(props.card.content));
  if (result.fromCache) {
    cost.cached++;
    cost.cachedMs += result.ms;
  } else {
    cost.rendered++;
    cost.renderMs += result.ms;
  }
  if (cost.rendered + cost.cached === props.total) {
    const each = (ms: number, n: number) => (n ? `${(ms / n).toFixed(1)} ms each` : '-');
    console.log(
      `[cards] ${props.total} cards: ` +
        `${cost.rendered} rendered in ${cost.renderMs.toFixed(0)} ms (${each(cost.renderMs, cost.rendered)}), ` +
        `${cost.cached} from cache in ${cost.cachedMs.toFixed(0)} ms (${each(cost.cachedMs, cost.cached)})`,
    );
  }
  return new Response(new Uint8Array(result.png), { headers: { 'content-type': 'image/png' } });
};
