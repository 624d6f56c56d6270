/**
 * Unit tests of the environment configuration, origin handling, content type
 * and bearer-token checks.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAuthorisedAdmin } from '../../feedback-receiver/src/auth.ts';
import { DEFAULT_DB_PATH, loadConfigFromEnv, normaliseOrigin } from '../../feedback-receiver/src/config.ts';
import { isJsonContentType } from '../../feedback-receiver/src/content-type.ts';

describe('loadConfigFromEnv', () => {
  it('uses the documented defaults', () => {
    expect(loadConfigFromEnv({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      dbPath: DEFAULT_DB_PATH,
      allowedOrigin: 'http://localhost:4321',
      adminToken: undefined,
      siteDir: undefined,
      trustProxy: false,
      rateLimitPerMinute: 30,
    });
    expect(DEFAULT_DB_PATH.endsWith(path.join('feedback-receiver', 'data', 'feedback.sqlite'))).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfigFromEnv({
      FEEDBACK_PORT: '9000',
      FEEDBACK_HOST: '0.0.0.0',
      FEEDBACK_DB: 'x/votes.sqlite',
      FEEDBACK_ALLOWED_ORIGIN: 'https://ports.example.org/',
      FEEDBACK_ADMIN_TOKEN: 'secret',
      FEEDBACK_SITE_DIR: 'dist',
      FEEDBACK_TRUST_PROXY: '1',
      FEEDBACK_RATE_LIMIT: '100',
    });
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      dbPath: path.resolve('x/votes.sqlite'),
      allowedOrigin: 'https://ports.example.org',
      adminToken: 'secret',
      siteDir: path.resolve('dist'),
      trustProxy: true,
      rateLimitPerMinute: 100,
    });
  });

  it('fails loudly on malformed values', () => {
    expect(() => loadConfigFromEnv({ FEEDBACK_PORT: 'eighty' })).toThrow(/FEEDBACK_PORT/);
    expect(() => loadConfigFromEnv({ FEEDBACK_PORT: '70000' })).toThrow(/FEEDBACK_PORT/);
    expect(() => loadConfigFromEnv({ FEEDBACK_RATE_LIMIT: '-1' })).toThrow(/FEEDBACK_RATE_LIMIT/);
    expect(() => loadConfigFromEnv({ FEEDBACK_ALLOWED_ORIGIN: 'ftp://x' })).toThrow(/origin/);
    expect(() => loadConfigFromEnv({ FEEDBACK_ALLOWED_ORIGIN: 'not a url' })).toThrow();
  });

  it('treats an empty admin token as unset', () => {
    expect(loadConfigFromEnv({ FEEDBACK_ADMIN_TOKEN: '' }).adminToken).toBeUndefined();
  });

  it('normalises origins to what browsers send', () => {
    expect(normaliseOrigin('HTTPS://Ports.Example.org:443/path')).toBe('https://ports.example.org');
    expect(normaliseOrigin('http://localhost:4321')).toBe('http://localhost:4321');
    // A wildcard is not an origin: the error names the variable instead of saying only "Invalid URL".
    expect(() => loadConfigFromEnv({ FEEDBACK_ALLOWED_ORIGIN: '*' })).toThrow(/FEEDBACK_ALLOWED_ORIGIN must be one origin[^]*got "\*"/);
  });
});

describe('isJsonContentType', () => {
  it.each(['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"'])(
    'accepts %s',
    (value) => expect(isJsonContentType(value)).toBe(true),
  );
  it.each([undefined, '', 'text/plain', 'application/jsonp', 'application/json5', 'application/json; charset=latin1', 'text/json', 'multipart/form-data'])(
    'rejects %s',
    (value) => expect(isJsonContentType(value)).toBe(false),
  );
});

describe('isAuthorisedAdmin', () => {
  it('matches only "Bearer <token>"', () => {
    expect(isAuthorisedAdmin('Bearer s3cret', 's3cret')).toBe(true);
    expect(isAuthorisedAdmin('bearer s3cret', 's3cret')).toBe(true);
    expect(isAuthorisedAdmin('Bearer s3cre', 's3cret')).toBe(false);
    expect(isAuthorisedAdmin('Bearer s3cret s3cret', 's3cret')).toBe(false);
    expect(isAuthorisedAdmin('s3cret', 's3cret')).toBe(false);
    expect(isAuthorisedAdmin(undefined, 's3cret')).toBe(false);
    expect(isAuthorisedAdmin('Bearer ', '')).toBe(false);
    expect(isAuthorisedAdmin('Bearer x', undefined)).toBe(false);
  });
});
