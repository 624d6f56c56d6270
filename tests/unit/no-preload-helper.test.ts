// The build plugin that calls the browser code's dynamic imports without Vite's preload helper.
import { describe, expect, it } from 'vitest';
import { unwrapImports } from '../../src/build-plugins/no-preload-helper';

// Chunks as Vite renders them, before minification (file names are still placeholders).
const helperImport = 'import { t as __vitePreload } from "./!~{00g}~.js";\n';

describe('unwrapImports', () => {
  it('calls a wrapped import() bare and drops the import of the helper', () => {
    const code = `${helperImport}const load = () => loading ??= __vitePreload(() => import("./!~{00k}~.js"), __VITE_PRELOAD__);\n`;
    expect(unwrapImports(code)).toBe('const load = () => loading ??= (() => import("./!~{00k}~.js"))();\n');
  });

  it('keeps the names an async factory picks from the module', () => {
    const code = `${helperImport}const { SearchView } = await __vitePreload(async () => {\n\tconst { SearchView } = await import("./!~{00b}~.js");\n\treturn { SearchView };\n}, __VITE_PRELOAD__);\n`;
    const unwrapped = unwrapImports(code)!;
    expect(unwrapped).toBe('const { SearchView } = await (async () => {\n\tconst { SearchView } = await import("./!~{00b}~.js");\n\treturn { SearchView };\n})();\n');
    expect(unwrapped).not.toContain('__vite');
  });

  it('unwraps every import of a chunk, nested ones too', () => {
    const code = `${helperImport}__vitePreload(() => import("./a.js"), __VITE_PRELOAD__).then(() => __vitePreload(() => import("./b.js"), __VITE_PRELOAD__));\n`;
    expect(unwrapImports(code)).toBe('(() => import("./a.js"))().then(() => (() => import("./b.js"))());\n');
  });

  it('leaves a chunk alone that uses the helper in another way', () => {
    expect(unwrapImports(`${helperImport}const f = __vitePreload;\n`)).toBeNull();
    expect(unwrapImports(`${helperImport}__vitePreload(() => import("./a.js"), deps);\n`)).toBeNull();
    expect(unwrapImports('__vitePreload(() => import("./a.js"), __VITE_PRELOAD__);\n')).toBeNull();
  });
});
