/**
 * Decides whether a submitted `page` names a real page of the site. Votes for
 * anything else are refused so the table cannot be filled with junk keys, and
 * the optional look-up in the built site must never be steerable outside it.
 */
import fs from 'node:fs';
import path from 'node:path';

export const MAX_PAGE_LENGTH = 200;

/** Pages that exist in every build, whatever the content. */
const FIXED_PAGES = new Set(['/', '/ports/', '/search/', '/software/']);

/** /ports/<n>/ with n canonical: no leading zeros, no sign, at most 5 digits. */
const PORT_PAGE = /^\/ports\/(0|[1-9][0-9]{0,4})\/$/;

/**
 * The only shape a page path may have before it touches the file system:
 * slash-separated segments of ASCII letters, digits, '.', '_' and '-', each
 * starting with a letter or digit (so no '.', '..' or hidden files), ending
 * in '/'. This excludes '%', '\\', '?', '#', whitespace and all non-ASCII.
 */
const SAFE_PAGE = /^\/(?:[A-Za-z0-9][A-Za-z0-9._-]*\/)*$/;

/** Checks a page path and returns its canonical form, or null when it is not a page. */
export type PageValidator = (page: string) => string | null;

/**
 * Adds the trailing slash the site's URLs carry, so "/ports/22" and
 * "/ports/22/" count as the same page. Returns null for the empty string.
 */
function withTrailingSlash(page: string): string | null {
  if (page === '') return null;
  return page.endsWith('/') ? page : `${page}/`;
}

/** True when n is a port number page such as /ports/443/. */
function isPortPage(page: string): boolean {
  const match = PORT_PAGE.exec(page);
  return match !== null && Number(match[1]) <= 65535;
}

/**
 * Builds the page check used for every vote.
 * @param siteDir optional folder of the built site; when given, a path is
 *   also accepted when `<siteDir><path>index.html` exists inside that folder.
 * @returns a function giving the canonical page path or null.
 */
export function createPageValidator(siteDir?: string): PageValidator {
  // Resolve symlinks once so the containment check below compares real paths.
  const siteRoot = siteDir ? fs.realpathSync(siteDir) : undefined;

  return (raw: string): string | null => {
    if (raw.length === 0 || raw.length > MAX_PAGE_LENGTH) return null;
    // Belt and braces: the pattern already excludes these, but traversal is the
    // one mistake here that would matter, so refuse it explicitly too.
    if (raw.includes('..') || raw.includes('%') || raw.includes('\\')) return null;
    const page = withTrailingSlash(raw);
    if (page === null || !SAFE_PAGE.test(page)) return null;
    if (FIXED_PAGES.has(page) || isPortPage(page)) return page;
    if (siteRoot === undefined) return null;
    return builtPageExists(siteRoot, page) ? page : null;
  };
}

/** Looks for `<root><page>index.html`, refusing anything that resolves outside root. */
function builtPageExists(root: string, page: string): boolean {
  const candidate = path.join(root, ...page.split('/').filter(Boolean), 'index.html');
  if (!candidate.startsWith(root + path.sep)) return false;
  let real: string;
  try {
    // realpath also proves existence and defeats symlinks pointing elsewhere.
    real = fs.realpathSync(candidate);
  } catch {
    return false;
  }
  if (!real.startsWith(root + path.sep)) return false;
  return fs.statSync(real, { throwIfNoEntry: false })?.isFile() === true;
}
