import { getCollection } from 'astro:content';
import { buildPortIndex, type PortIndex, type PortIndexInput } from './port-index.ts';

let input: Promise<PortIndexInput> | undefined;
let index: Promise<PortIndex> | undefined;

/** The collections' data, read once per build: what the index is built from, here and in the port-pages workers. */
export function loadPortIndexInput(): Promise<PortIndexInput> {
  return (input ??= Promise.all([getCollection('registry'), getCollection('articles'), getCollection('software')]).then(
    ([registry, articles, software]) => ({
      registry: registry.map((e) => e.data),
      articles: articles.map((e) => ({ id: e.id, data: e.data })),
      software: software.map((e) => e.data),
    }),
  ));
}

/** The port index, built on first use and shared by every page of the build. */
export function loadPortIndex(): Promise<PortIndex> {
  return (index ??= loadPortIndexInput().then(buildPortIndex));
}
