import { basename } from 'node:path';
import type { Loader } from 'astro/loaders';
import { uniqueGlobLoader } from './unique-glob-loader.ts';

/** Loader for the `software` collection: one YAML file per product, named after its slug. */
export function softwareLoader(base: string): Loader {
  return uniqueGlobLoader({
    name: 'software-loader',
    pattern: '**/*.{yaml,yml}',
    base,
    field: 'slug',
    check: (data, file) => {
      const expected = basename(file).replace(/\.ya?ml$/, '');
      return data['slug'] === expected ? null : `the field \`slug\` is "${String(data['slug'])}" but must equal the file name, "${expected}".`;
    },
  });
}
