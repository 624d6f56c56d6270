import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { footnoteProblems } from '../lib/articles/footnote-check.ts';
import { isCalendarDate } from '../lib/dates/calendar-date.ts';
import { uniqueGlobLoader } from './unique-glob-loader.ts';

/**
 * What the schema cannot see in an article, read from the file's text: an impossible `updated:`
 * date (YAML has already turned `2026-02-30` into 2 March by the time the schema sees it) and
 * footnotes that would show as literal text or point nowhere.
 */
function checkArticleText(path: string): string | null {
  const text = readFileSync(path, 'utf8');
  const parts = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const frontmatter = parts?.[1] ?? '';
  const written = /^updated:\s*["']?([^"'\s#]+)/m.exec(frontmatter)?.[1];
  if (written !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(written) && !isCalendarDate(written)) {
    return `the field \`updated\` is ${written}, which is not a day of the calendar; write a real date, e.g. \`updated: 2026-11-22\`.`;
  }
  const problems = footnoteProblems(parts?.[2] ?? text);
  return problems.length > 0 ? problems.join('; ') : null;
}

/** Loader for the `articles` collection: every MDX file under `base`, one article per port. */
export function articlesLoader(base: string): Loader {
  return uniqueGlobLoader({ name: 'articles-loader', pattern: '**/*.mdx', base, field: 'port', check: (_, _file, path) => checkArticleText(path) });
}
