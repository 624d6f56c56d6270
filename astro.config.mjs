// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { noPreloadHelper } from './src/build-plugins/no-preload-helper.ts';
import { readBuildConfig } from './src/config/build-config.ts';
import { markdownCodeTheme, styleToTokenClasses } from './src/lib/highlight/markdown-code.ts';
import { siteSteps } from './src/site-steps/site-steps.ts';

const config = readBuildConfig();

export default defineConfig({
  // The public address; canonical URLs, previews, the sitemap and copied links are built from it.
  site: config.siteUrl,
  // Pages are written as /ports/626/index.html: static hosts serve /ports/626/ and send /ports/626
  // there, and every URL the site writes (links, canonical, sitemap) ends in a slash.
  trailingSlash: 'ignore',
  integrations: [mdx(), siteSteps()],
  markdown: {
    // Article code blocks get classes, not inline styles: the site's CSP forbids those.
    shikiConfig: { theme: markdownCodeTheme, transformers: [styleToTokenClasses] },
  },
  vite: {
    plugins: [
      tailwindcss(),
      // No list of chunks to preload with the few dynamic imports (the search code, the finder's,
      // the feedback widget's), which load on first use anyway: the list is script on every page.
      // Astro sets the option itself, so it is set per environment, after Astro.
      { name: 'port-atlas:no-module-preload', configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined) },
      // Nor Vite's wrapper around those imports, which only serves that list and CSS we do not split.
      noPreloadHelper(),
    ],
    // Scripts go to cached files instead of being inlined into each of 65,536 pages.
    build: { assetsInlineLimit: 0 },
    // Scripts named by their hash alone: Astro's names ("SearchBox.astro_astro_type_script_index_0_
    // lang.Djn13zUo.js") repeat in a tag on every page. (The stylesheet is named by Astro elsewhere.)
    environments: {
      client: { build: { rolldownOptions: { output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js' } } } },
    },
  },
});
