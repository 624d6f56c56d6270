import type { Plugin } from 'vite';

/** Vite's id for the helper it wraps every dynamic import in, and that helper's name. */
const HELPER_ID = '\0vite/preload-helper.js';
const HELPER = '__vitePreload';
/** How a wrapped import's call ends: the factory, then the marker Vite fills with the list. */
const MARKER_CLOSE = ', __VITE_PRELOAD__)';

/**
 * Vite wraps each dynamic `import()` of the browser code in a helper that preloads the imported
 * chunk's CSS and dependencies (`__vitePreload`), and keeps it when `build.modulePreload` is off
 * (vitejs/vite#13952, #18551). The site's lazy chunks (the search code, the finder's, the
 * feedback widget's) import no CSS, and the helper is 1,761 B of script (887 gzip) that every
 * page loads before any interaction: `node scripts/checks/page-weight.ts` shows a port page's
 * script at 2,868 B gzip with this plugin and 3,621 without. This puts the bare `import()` back and
 * drops the helper.
 *
 * It works on each chunk as rendered, before minification and before file names are hashed, so
 * the names follow the code. A chunk that uses the helper in any other way keeps it, with a
 * warning: the site works either way, only heavier.
 */
export function noPreloadHelper(): Plugin {
  /** A chunk kept the helper: then the helper's own chunk stays too. */
  let kept = false;
  return {
    name: 'port-atlas:no-preload-helper',
    applyToEnvironment: (environment) => environment.name === 'client',
    renderStart: () => {
      kept = false;
    },
    renderChunk(code, chunk) {
      if (!code.includes(HELPER) || chunk.moduleIds.includes(HELPER_ID)) return null;
      const unwrapped = unwrapImports(code);
      if (unwrapped === null) {
        kept = true;
        this.warn(`${chunk.fileName}: uses ${HELPER} in an unexpected way and keeps it`);
        return null;
      }
      return { code: unwrapped, map: null };
    },
    generateBundle(_options, bundle) {
      if (kept) return;
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.includes(HELPER_ID)) continue;
        if (chunk.moduleIds.length > 1) {
          this.warn(`${file} holds more than the preload helper; left in place`);
          continue;
        }
        delete bundle[file];
        for (const other of Object.values(bundle)) {
          if (other.type === 'chunk') other.imports = other.imports.filter((f) => f !== file);
        }
      }
    },
  };
}

/**
 * `code` (a chunk as rendered) without its import of the helper, and each wrapped import
 * `__vitePreload(factory, __VITE_PRELOAD__)` called bare: `(factory)()`, the promise of the
 * `import()` inside. The factory is `() => import(url)`, or an async function that awaits it
 * and picks names from it. Null when the helper is used in any other way.
 */
export function unwrapImports(code: string): string | null {
  const statement = new RegExp(`^import \\{ \\w+ as ${HELPER} \\} from "[^"]+";\\n`, 'm');
  if (!statement.test(code)) return null;
  const opens = code.split(`${HELPER}(`).length - 1;
  const closes = code.split(MARKER_CLOSE).length - 1;
  if (opens === 0 || opens !== closes) return null;
  const unwrapped = code.replace(statement, '').replaceAll(`${HELPER}(`, '(').replaceAll(MARKER_CLOSE, ')()');
  return unwrapped.includes(HELPER) || unwrapped.includes('__VITE_PRELOAD__') ? null : unwrapped;
}
