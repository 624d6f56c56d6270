/**
 * Writes src/styles/code-theme.css: the token classes of the highlighted check commands, so they
 * ship in the site's one stylesheet instead of a second render-blocking request. A unit test
 * fails when the file is stale. Usage: npm run generate:code-css
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { codeThemeCssFile } from '../src/lib/highlight/code-theme-css.ts';

const file = resolve(import.meta.dirname, '../src/styles/code-theme.css');
writeFileSync(file, await codeThemeCssFile());
console.log(`wrote ${file}`);
