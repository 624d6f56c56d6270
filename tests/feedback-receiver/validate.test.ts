/**
 * Unit tests of the vote validation and the page rules.
 */
import { describe, expect, it } from 'vitest';
import { createPageValidator } from '../../feedback-receiver/src/pages.ts';
import { MAX_COMMENT_LENGTH, cleanComment, validateVote } from '../../feedback-receiver/src/validate.ts';

const checkPage = createPageValidator();

describe('page rules', () => {
  it.each([
    ['/', '/'],
    ['/ports/', '/ports/'],
    ['/ports', '/ports/'],
    ['/search/', '/search/'],
    ['/software/', '/software/'],
    ['/ports/0/', '/ports/0/'],
    ['/ports/1/', '/ports/1/'],
    ['/ports/65535/', '/ports/65535/'],
    ['/ports/8080', '/ports/8080/'],
  ])('accepts %s as %s', (page, canonical) => {
    expect(checkPage(page)).toBe(canonical);
  });

  it.each([
    '', '//', 'ports/22/', '/ports/65536/', '/ports/99999/', '/ports/00/', '/ports/022/', '/ports/-1/',
    '/ports/1e3/', '/ports/+22/', '/ports/22.0/', '/ports/ 22/', '/ports/２２/', '/ports/22/extra/',
    '/ports//22/', '/ports/22/../', '/../etc/passwd', '/ports/%32%32/', '/ports\\22\\', '/ports/22/?x=1',
    '/ports/22/#top', '/PORTS/22/', '/software/openssh/', '/.env/', '/ports/22/\u0000', `/${'a'.repeat(200)}/`,
    'http://localhost:4321/ports/22/', '/pörts/',
  ])('rejects %j', (page) => {
    expect(checkPage(page)).toBeNull();
  });
});

describe('validateVote', () => {
  it('accepts the minimal and the full vote', () => {
    expect(validateVote({ page: '/', vote: 3 }, checkPage)).toEqual({
      ok: true,
      vote: { page: '/', vote: 3, reason: null, comment: null },
    });
    expect(validateVote({ page: '/ports/22/', vote: 1, reason: 'wrong-facts', comment: ' it is SSH ' }, checkPage)).toEqual({
      ok: true,
      vote: { page: '/ports/22/', vote: 1, reason: 'wrong-facts', comment: 'it is SSH' },
    });
  });

  it.each([
    null, [], 'vote', 3, true, { vote: 1 }, { page: '/' }, { page: '/', vote: 0 }, { page: '/', vote: 4 },
    { page: '/', vote: 2.5 }, { page: '/', vote: '3' }, { page: '/', vote: null }, { page: 7, vote: 1 },
    { page: ['/'], vote: 1 }, { page: '/', vote: 1, reason: 'bad' }, { page: '/', vote: 1, reason: 1 },
    { page: '/', vote: 1, reason: 'Wrong-Facts' }, { page: '/', vote: 1, comment: 5 }, { page: '/', vote: 1, comment: ['x'] },
    { page: '/', vote: 1, extra: 1 }, { page: '/', vote: 1, Page: '/' }, JSON.parse('{"page":"/","vote":1,"__proto__":{"x":1}}'),
    { page: '/', vote: 1, comment: '\ud800' }, { page: '/', vote: 1, comment: 'x'.repeat(MAX_COMMENT_LENGTH + 1) },
  ])('rejects %j', (data) => {
    const result = validateVote(data, checkPage);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });

  it('counts the comment limit in characters after cleaning', () => {
    const emoji = '😀'.repeat(MAX_COMMENT_LENGTH);
    expect(validateVote({ page: '/', vote: 2, comment: emoji }, checkPage).ok).toBe(true);
    expect(validateVote({ page: '/', vote: 2, comment: `${emoji}😀` }, checkPage).ok).toBe(false);
    // Control characters removed before counting: 500 letters plus 100 BELs fit.
    const noisy = `${'a'.repeat(MAX_COMMENT_LENGTH)}${'\u0007'.repeat(100)}`;
    expect(validateVote({ page: '/', vote: 2, comment: noisy }, checkPage).ok).toBe(true);
  });

  it('stores a blank comment as null', () => {
    const result = validateVote({ page: '/', vote: 2, comment: ' \u0000\n\t ' }, checkPage);
    expect(result).toEqual({ ok: true, vote: { page: '/', vote: 2, reason: null, comment: null } });
  });
});

describe('cleanComment', () => {
  it('keeps newlines, normalises line endings and removes other control characters', () => {
    expect(cleanComment('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(cleanComment('tab\there\u0000nul\u001b[31mred\u007f\u0085')).toBe('tabherenul[31mred');
    expect(cleanComment('a\n\n\n\n\nb')).toBe('a\n\nb');
  });

  it('removes bidi overrides but keeps ordinary unicode', () => {
    expect(cleanComment('abc\u202Edcb\u2066x\u2069')).toBe('abcdcbx');
    expect(cleanComment('Grüße 👋 日本語')).toBe('Grüße 👋 日本語');
  });
});
