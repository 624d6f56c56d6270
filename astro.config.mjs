// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { redirectsFileIntegration } from './src/integrations/redirects-file.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { markdownCodeTheme, styleToTokenClasses } from './src/lib/highlight/markdown-code.ts';
import { resolveSiteUrl } from './src/lib/links/site-url.ts';

// The public address; canonical URLs, previews, the sitemap and copied links are built from it.
const site = resolveSiteUrl(process.env.SITE_URL);

export default defineConfig({
  site,
  // `npm run build` renders the port pages in shards, each into its own folder and cache (scripts/lib/site-build.ts).
  ...(process.env.PORT_ATLAS_OUT_DIR && {
    outDir: process.env.PORT_ATLAS_OUT_DIR,
    cacheDir: `./node_modules/.astro-${process.env.PORT_ATLAS_OUT_DIR.replace(/\W/g, '')}`,
  }),
  // Pages are written as /ports/626/index.html: static hosts serve /ports/626/ and send /ports/626
  // there, and every URL the site writes (links, canonical, sitemap) ends in a slash.
  trailingSlash: 'ignore',
  // redirectsFileIntegration stays last: its pass-through list must see what the others write.
  integrations: [mdx(), searchIndex(), securityHeaders(), redirectsFileIntegration()],
  markdown: {
    // Article code blocks get classes, not inline styles: the site's CSP forbids those.
    shikiConfig: { theme: markdownCodeTheme, transformers: [styleToTokenClasses] },
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts go to cached files instead of being inlined into each of 65,536 pages.
    build: { assetsInlineLimit: 0 },
  },
});
