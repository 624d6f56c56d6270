/**
 * Every environment variable the build reads, declared and validated here and nowhere else. A bad
 * value fails the build with the variable's name, what it got and what it takes. Plain Node loads
 * this module (astro.config.mjs, scripts/), so its imports carry their .ts extension.
 */
import { PORT_COUNT } from '../lib/ports/port-range.ts';

/** The address `npm start` serves, which a build without SITE_URL says it lives at. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Where "Report an error on this page" opens a new issue without PUBLIC_ISSUE_URL. */
export const DEFAULT_ISSUE_URL = 'https://github.com/port-atlas/port-atlas/issues/new';

/** Which ports the site has pages for. */
export type PortSelection = { kind: 'all' } | { kind: 'sample' } | { kind: 'span'; first: number; last: number };

export interface BuildConfig {
  /** SITE_URL: the public origin, no trailing slash. Canonical URLs, previews and the sitemap use it. */
  siteUrl: string;
  /** PORT_ATLAS_SAMPLE=1 or PORT_ATLAS_PORTS=first-last: a quick build of some ports. The default is every port. */
  ports: PortSelection;
  /** IANA_REGISTRY: an IANA registry file (XML or CSV) to build from instead of data/iana/. */
  ianaRegistry: string | undefined;
  /** PORT_ATLAS_CARD_CACHE: where rendered preview cards are kept between builds. */
  cardCache: string | undefined;
  /** PUBLIC_FEEDBACK_URL: where the feedback widget sends votes; undefined keeps them in the browser. */
  feedbackUrl: string | undefined;
  /** PUBLIC_ISSUE_URL: the tracker's "new issue" address for error reports. */
  issueUrl: string;
}

/** A variable with a value it cannot take; the message names both. */
export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, expected: string, got: string) {
    super(`${variable} must be ${expected}; got "${got}".`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** The value of `name`, trimmed; undefined when unset or blank. */
const valueOf = (env: Env, name: string) => env[name]?.trim() || undefined;

/** An absolute http(s) URL, or ConfigError naming the variable. */
function httpUrl(env: Env, name: string, example: string): URL | undefined {
  const raw = valueOf(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `an absolute address such as ${example}`, raw);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(name, 'an https:// (or http://) address', raw);
  return url;
}

function siteUrlOf(env: Env): string {
  const url = httpUrl(env, 'SITE_URL', 'https://ports.example.org') ?? new URL(DEFAULT_SITE_URL);
  // Every link on the site is root-relative (/ports/626/), so the site cannot live under a path.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError('SITE_URL', `an origin without a path, e.g. ${url.origin} (the site is served from the root)`, valueOf(env, 'SITE_URL')!);
  }
  return url.origin;
}

function portsOf(env: Env): PortSelection {
  const sample = valueOf(env, 'PORT_ATLAS_SAMPLE');
  if (sample !== undefined && sample !== '1' && sample !== '0') throw new ConfigError('PORT_ATLAS_SAMPLE', '"1" (a sample build) or unset', sample);
  if (sample === '1') return { kind: 'sample' };
  const span = valueOf(env, 'PORT_ATLAS_PORTS');
  if (span === undefined) return { kind: 'all' };
  const match = /^(\d+)-(\d+)$/.exec(span);
  const first = Number(match?.[1]);
  const last = Number(match?.[2]);
  if (!match || first > last || last >= PORT_COUNT) throw new ConfigError('PORT_ATLAS_PORTS', `a span "first-last" within 0-${PORT_COUNT - 1}, e.g. "1000-1999"`, span);
  return { kind: 'span', first, last };
}

/** The build's configuration, read from `env` (process.env by default) and validated. */
export function readBuildConfig(env: Env = process.env): BuildConfig {
  return {
    siteUrl: siteUrlOf(env),
    ports: portsOf(env),
    ianaRegistry: valueOf(env, 'IANA_REGISTRY'),
    cardCache: valueOf(env, 'PORT_ATLAS_CARD_CACHE'),
    feedbackUrl: httpUrl(env, 'PUBLIC_FEEDBACK_URL', 'https://feedback.example.org/api/feedback')?.href,
    issueUrl: httpUrl(env, 'PUBLIC_ISSUE_URL', 'https://github.com/owner/repo/issues/new')?.href ?? DEFAULT_ISSUE_URL,
  };
}
