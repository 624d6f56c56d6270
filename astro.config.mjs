// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';

// The public address; links, canonical URLs and previews are built from it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  integrations: [mdx(), searchIndex()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts go to cached files instead of being inlined into each of 65,536 pages.
    build: { assetsInlineLimit: 0 },
  },
});
