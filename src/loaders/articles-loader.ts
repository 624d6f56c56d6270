import type { Loader } from 'astro/loaders';
import { uniqueGlobLoader } from './unique-glob-loader';

/** Loader for the `articles` collection: every MDX file under `base`, one article per port. */
export function articlesLoader(base: string): Loader {
  return uniqueGlobLoader({ name: 'articles-loader', pattern: '**/*.mdx', base, field: 'port' });
}
