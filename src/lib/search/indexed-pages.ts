/**
 * The pages that go into the search index, recorded by the port page as the build renders it.
 * The index step then reads those 6,600 files instead of listing and reading all 66,000 pages to
 * find them (that scan took 8 s of a full build). The page route and the build integration are
 * bundled separately, so the list lives on globalThis.
 */
const PAGES = Symbol.for('port-atlas:indexed-pages');
const shared = globalThis as typeof globalThis & { [PAGES]?: Set<string> };

/** The built file of a directory-style URL: "/ports/626/" -> "ports/626/index.html". */
export function sourcePathOf(pathname: string): string {
  const clean = pathname.replace(/^\/+|\/+$/g, '');
  return clean ? `${clean}/index.html` : 'index.html';
}

/** Starts a new list; pages rendered before this (or outside a build) are not recorded. */
export function startRecordingIndexedPages(): void {
  shared[PAGES] = new Set();
}

/** Records that the page at `pathname` carries content for the index. */
export function recordIndexedPage(pathname: string): void {
  shared[PAGES]?.add(sourcePathOf(pathname));
}

/** Ends recording and returns the built files recorded, or undefined when nothing was recording. */
export function takeIndexedPages(): string[] | undefined {
  const pages = shared[PAGES];
  delete shared[PAGES];
  return pages && [...pages];
}
