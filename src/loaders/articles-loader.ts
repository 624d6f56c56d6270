import { glob, type Loader } from 'astro/loaders';

/**
 * Content-layer loader for the `articles` collection: every MDX file under `base`, with one
 * rule the schema cannot express because it spans files: one article per port.
 */
export function articlesLoader(base: string): Loader {
  const files = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'articles-loader',
    async load(context) {
      await files.load(context);
      const fileByPort = new Map<number, string>();
      for (const entry of context.store.values()) {
        const port = (entry.data as { port: number }).port;
        const file = entry.filePath ?? entry.id;
        const other = fileByPort.get(port);
        if (other !== undefined) {
          throw new Error(
            `Two articles for port ${port}: ${other} and ${file} both set the field \`port: ${port}\`. ` +
              'Each port has one page; merge the two files or correct the port of one.',
          );
        }
        fileByPort.set(port, file);
      }
    },
  };
}
