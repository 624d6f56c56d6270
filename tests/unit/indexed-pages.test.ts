import { describe, expect, it } from 'vitest';
import { recordIndexedPage, sourcePathOf, startRecordingIndexedPages, takeIndexedPages } from '../../src/lib/search/indexed-pages';

describe('indexed pages', () => {
  it('maps a directory-style URL to its built file', () => {
    expect(sourcePathOf('/ports/626/')).toBe('ports/626/index.html');
    expect(sourcePathOf('/ports/626')).toBe('ports/626/index.html');
    expect(sourcePathOf('/')).toBe('index.html');
  });

  it('records only while a build records, once per page, and hands the list over once', () => {
    recordIndexedPage('/ports/1/');
    expect(takeIndexedPages()).toBeUndefined();
    startRecordingIndexedPages();
    recordIndexedPage('/ports/22/');
    recordIndexedPage('/ports/22/');
    recordIndexedPage('/ports/626/');
    expect(takeIndexedPages()).toEqual(['ports/22/index.html', 'ports/626/index.html']);
    expect(takeIndexedPages()).toBeUndefined();
  });
});
