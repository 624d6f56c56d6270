import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';

interface UniqueGlobOptions {
  name: string;
  pattern: string;
  base: string;
  /** The frontmatter or data field that must be unique across files, e.g. "port" or "slug". */
  field: string;
  /**
   * Extra per-file check; returns an error message naming the field, or null. `path` is the
   * file's absolute path, for checks that read the file's text.
   */
  check?: (data: Record<string, unknown>, file: string, path: string) => string | null;
}

/**
 * Astro's glob() loader plus the rules a schema cannot express because they span files:
 * one file per value of `field` (one article per port, one software entry per slug).
 * The error names both files and the field.
 */
export function uniqueGlobLoader({ name, pattern, base, field, check }: UniqueGlobOptions): Loader {
  // Ids come from file paths: glob()'s default would take a `slug` field, and two files with one
  // slug would silently overwrite each other before the check below could see them.
  const files = glob({ pattern, base, generateId: ({ entry }) => entry.replace(/\.[^./]+$/, '') });
  return {
    name,
    async load(context) {
      await files.load(context);
      const fileByValue = new Map<unknown, string>();
      for (const entry of context.store.values()) {
        const data = entry.data as Record<string, unknown>;
        const file = entry.filePath ?? entry.id;
        const problem = check?.(data, file, fileURLToPath(new URL(file, context.config.root)));
        if (problem) throw new Error(`${file}: ${problem}`);
        const value = data[field];
        const other = fileByValue.get(value);
        if (other !== undefined) {
          throw new Error(
            `${other} and ${file} both set the field \`${field}: ${String(value)}\`, which must be unique. ` +
              'Merge the two files or change the field in one of them.',
          );
        }
        fileByValue.set(value, file);
      }
    },
  };
}
