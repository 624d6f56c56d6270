import type { APIRoute } from 'astro';
import { commandHighlightCss } from '../../lib/highlight/command-highlighter';

/** The token classes of the highlighted check commands, served once and cached by every port page. */
export const GET: APIRoute = async () =>
  new Response(await commandHighlightCss(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
