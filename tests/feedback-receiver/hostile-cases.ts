/**
 * Generator of hostile requests for hostile.test.ts. Every case is invalid in
 * exactly one known way and carries the status the receiver must answer.
 * A seeded PRNG keeps the run reproducible: a failure names its case index.
 */
import type { RawRequest } from './helpers.ts';
import { REASON_IDS } from '../../src/lib/feedback/feedback-contract.ts';

export interface HostileCase {
  kind: string;
  request: RawRequest;
  expected: number;
}

const MAX_BODY = 2048;
const JSON_TYPE = { 'content-type': 'application/json' };

/** mulberry32: tiny, fast, good enough to vary test inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

function randomString(rng: Rng, length: number, alphabet: string): string {
  const chars = [...alphabet];
  let out = '';
  for (let i = 0; i < length; i++) out += pick(rng, chars);
  return out;
}

const VALID_PAGES = ['/', '/ports/', '/search/', '/software/', '/ports/22/', '/ports/443/', '/ports/0/', '/ports/65535/'];

function validVote(rng: Rng): Record<string, unknown> {
  const vote: Record<string, unknown> = { page: pick(rng, VALID_PAGES), vote: int(rng, 1, 3) };
  if (rng() < 0.3) vote.reason = pick(rng, REASON_IDS);
  if (rng() < 0.3) vote.comment = 'fine comment';
  return vote;
}

/** A JSON POST whose expected status follows from its size: too big is 413. */
function jsonPost(kind: string, body: string | Buffer, expectedIfSmall: number, headers: Record<string, string> = {}): HostileCase {
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  return {
    kind,
    request: { method: 'POST', path: '/api/feedback', headers: { ...JSON_TYPE, ...headers }, body },
    expected: size > MAX_BODY ? 413 : expectedIfSmall,
  };
}

const SQL = [
  "'; DROP TABLE votes; --",
  '" OR 1=1 --',
  "1; DELETE FROM votes WHERE 1=1",
  "' UNION SELECT client_hash FROM votes --",
  "/ports/22/'); INSERT INTO votes VALUES (1,'/',3,null,null,'x','y'); --",
  'Robert\'); DROP TABLE Students;--',
  "wrong-facts' OR '1'='1",
  '\\x00\\x1a; ATTACH DATABASE \'/tmp/x\' AS x; --',
];

const UNICODE_JUNK = [
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u202e', '\u2066', '\u200b', '\ufeff', '\ud800', '\udfff',
  'é', 'ß', '日本', '😀', '👩‍👩‍👧', '\u0301', 'Ａ', '２２', '\u2028', '\u2029', '\ufffd', '𝕏',
];

// --- generators, one per kind of bad request --------------------------------

function wrongMethod(rng: Rng): HostileCase {
  const method = pick(rng, ['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD']);
  const body = method === 'GET' || method === 'HEAD' ? undefined : JSON.stringify(validVote(rng));
  return { kind: 'wrong-method', request: { method, path: '/api/feedback', headers: JSON_TYPE, body }, expected: 405 };
}

function wrongContentType(rng: Rng): HostileCase {
  const type = pick(rng, [
    'text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
    'application/jsonp', 'application/json5', 'text/json', 'application/json; charset=latin1', 'application/json; charset=utf-16',
    'application/xml', '*/*', 'json', '', 'application/vnd.api+json', 'application/ld+json',
  ]);
  const headers: Record<string, string> = type === '' ? {} : { 'content-type': type };
  // Some bodies are big: the 415 must come before reading them.
  const body = rng() < 0.05 ? 'x'.repeat(int(rng, 3000, 200_000)) : JSON.stringify(validVote(rng));
  return { kind: 'content-type', request: { method: 'POST', path: '/api/feedback', headers, body }, expected: 415 };
}

function invalidJson(rng: Rng): HostileCase {
  const valid = JSON.stringify(validVote(rng));
  const variants: (() => string | Buffer)[] = [
    () => valid.slice(0, int(rng, 0, valid.length - 1)),
    () => valid.replace(/"/g, "'"),
    () => `${valid.slice(0, -1)},}`,
    () => `${valid}${valid}`,
    () => `// comment\n${valid}`,
    () => `\ufeff\ufeff${valid}`, // one BOM is tolerated (RFC 8259 allows ignoring it), two are not
    () => valid.replace(/:/, '='),
    () => valid.replace(/"vote":\d/, '"vote":NaN'),
    () => valid.replace(/"vote":\d/, '"vote":Infinity'),
    () => valid.replace(/"vote":\d/, '"vote":0x3'),
    () => '',
    () => 'null',
    () => 'undefined',
    () => randomString(rng, int(rng, 1, 300), '{}[]":,0123456789abcdefnulltrue \\\n\t'),
    () => Buffer.concat([Buffer.from('{"page":"/","vote":1,"comment":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]),
    () => Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
  ];
  return jsonPost('invalid-json', pick(rng, variants)(), 400);
}

function deepNesting(rng: Rng): HostileCase {
  const depth = rng() < 0.8 ? int(rng, 50, 1000) : int(rng, 1100, 100_000);
  const variants = [
    () => '['.repeat(depth) + ']'.repeat(depth),
    () => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
    () => `{"page":${'['.repeat(depth)}"/"${']'.repeat(depth)},"vote":1}`,
    () => `{"page":"/","vote":${'{"v":'.repeat(depth)}3${'}'.repeat(depth)}}`,
    () => '['.repeat(depth),
  ];
  return jsonPost('deep-nesting', pick(rng, variants)(), 400);
}

function hugeBody(rng: Rng): HostileCase {
  const size = rng() < 0.5 ? 1024 * 1024 : int(rng, MAX_BODY + 1, 64 * 1024);
  const prefix = '{"page":"/","vote":3,"comment":"';
  const body = prefix + 'x'.repeat(size - prefix.length - 2) + '"}';
  if (rng() < 0.3) {
    // Streamed without Content-Length: the limit must hold while reading.
    const buffer = Buffer.from(body);
    const chunks: Buffer[] = [];
    for (let i = 0; i < buffer.length; i += 16 * 1024) chunks.push(buffer.subarray(i, i + 16 * 1024));
    return { kind: 'huge-chunked', request: { method: 'POST', path: '/api/feedback', headers: JSON_TYPE, body: chunks }, expected: 413 };
  }
  return jsonPost('huge', body, 413);
}

function wrongTypes(rng: Rng): HostileCase {
  const vote = validVote(rng);
  const field = pick(rng, ['page', 'vote', 'vote', 'reason', 'comment']);
  const bad: Record<string, unknown[]> = {
    page: [1, 0, -1, true, false, null, [], ['/'], {}, { path: '/' }, 22, 1e308],
    vote: [0, 4, -1, 1.5, 2.0000001, '1', '3', 'three', true, null, [], [3], {}, 1e308, -0.5, 300, 65535],
    reason: [1, true, [], {}, ['wrong-facts'], 'WRONG-FACTS', 'wrong_facts', 'wrong-facts ', '', 'spam'],
    comment: [1, true, false, [], ['x'], {}, { text: 'x' }, 0],
  };
  vote[field] = pick(rng, bad[field]);
  return jsonPost(`wrong-type-${field}`, JSON.stringify(vote), 400);
}

function notAPage(rng: Rng): HostileCase {
  const variants = [
    () => `/ports/${int(rng, 65536, 9_999_999)}/`,
    () => `/ports/0${int(rng, 0, 65535)}/`,
    () => `/ports/-${int(rng, 1, 65535)}/`,
    () => `/ports/${int(rng, 1, 65535)}.0/`,
    () => `/ports/${int(rng, 1, 65535)}/${randomString(rng, int(rng, 1, 8), 'abcxyz019')}/`,
    () => `/software/${randomString(rng, int(rng, 1, 20), 'abcdefghijklmnopqrstuvwxyz-')}/`,
    () => `/${randomString(rng, int(rng, 1, 30), 'abcdefghijklmnopqrstuvwxyz0123456789')}/`,
    () => `/${'a/'.repeat(int(rng, 101, 150))}`,
    () => '/' + 'x'.repeat(int(rng, 200, 600)),
    () => pick(rng, ['', ' ', '//', '///', 'ports/22/', '/ports//22/', '/ports/22//', '/./', '/ports/./22/', '/index.html', '/ports/22/index.html', '/404/', '/404.html']),
    () => pick(rng, ['/..', '/../', '/../../etc/passwd', '/ports/../', '/ports/22/../../', '/%2e%2e/', '/ports/%32%32/', '/ports%2F22/', '%2Fports%2F22%2F']),
    () => pick(rng, ['\\', '\\ports\\22\\', '/ports\\22/', 'C:\\Windows\\', '/ports/22/\\..\\']),
    () => pick(rng, ['http://localhost:4321/', 'https://evil.example/ports/22/', '//evil.example/', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x']),
    () => pick(rng, ['/ports/22/?x=1', '/ports/22/#top', '/ports/22/;a', '/ports/22/ ', ' /ports/22/', '/ports/22/\n', '/ports/22/\t']),
    () => `/${pick(rng, ['PORTS', 'Ports', 'SEARCH', 'Software'])}/`,
    () => `/ports/${pick(rng, ['２２', '٢٢', '22 ', ' 22', '+22', '1e3', '0x16', '22n', '∞', 'NaN'])}/`,
    () => `/${pick(rng, ['.git', '.env', '.well-known', '_astro', 'pagefind'])}/`,
    () => `/ports/${pick(rng, UNICODE_JUNK)}/`,
    () => `/${pick(rng, UNICODE_JUNK)}${pick(rng, VALID_PAGES).slice(1)}`,
  ];
  const vote = validVote(rng);
  vote.page = pick(rng, variants)();
  return jsonPost('not-a-page', JSON.stringify(vote), 400);
}

function sqlLooking(rng: Rng): HostileCase {
  const vote = validVote(rng);
  const sql = pick(rng, SQL);
  const where = pick(rng, ['page', 'reason', 'field-name', 'comment-with-bad-vote', 'vote']);
  if (where === 'field-name') vote[sql] = 1;
  else if (where === 'comment-with-bad-vote') {
    vote.comment = sql;
    vote.vote = 0;
  } else vote[where] = sql;
  return jsonPost(`sql-${where}`, JSON.stringify(vote), 400);
}

function unicodeJunk(rng: Rng): HostileCase {
  const vote = validVote(rng);
  const junk = Array.from({ length: int(rng, 1, 8) }, () => pick(rng, UNICODE_JUNK)).join('');
  const where = pick(rng, ['page', 'reason', 'comment-surrogate', 'comment-too-long', 'key']);
  if (where === 'page') vote.page = `${pick(rng, VALID_PAGES)}${junk}`;
  else if (where === 'reason') vote.reason = `${pick(rng, REASON_IDS)}${junk}`;
  else if (where === 'comment-surrogate') vote.comment = `text ${junk} \ud83d end`;
  // No control characters or spaces: cleaning cannot bring it back under the limit.
  else if (where === 'comment-too-long') vote.comment = randomString(rng, int(rng, 501, 600), 'aé日😀');
  else vote[`page${junk}`] = '/';
  // JSON.stringify escapes lone surrogates as \udxxx, so they reach the server intact.
  return jsonPost(`unicode-${where}`, JSON.stringify(vote), 400);
}

function missingOrExtra(rng: Rng): HostileCase {
  const vote = validVote(rng);
  const variant = pick(rng, ['no-page', 'no-vote', 'empty', 'extra', 'array', 'proto']);
  let body: string;
  if (variant === 'no-page') {
    delete vote.page;
    body = JSON.stringify(vote);
  } else if (variant === 'no-vote') {
    delete vote.vote;
    body = JSON.stringify(vote);
  } else if (variant === 'empty') {
    body = '{}';
  } else if (variant === 'extra') {
    vote[pick(rng, ['id', 'created_at', 'client_hash', 'ip', 'userAgent', 'Page', 'votes', 'constructor', 'toString', ''])] = pick(rng, [1, 'x', null, true]);
    body = JSON.stringify(vote);
  } else if (variant === 'array') {
    body = JSON.stringify([vote]);
  } else {
    body = `${JSON.stringify(vote).slice(0, -1)},"__proto__":{"vote":1}}`;
  }
  return jsonPost(`fields-${variant}`, body, 400);
}

function foreignOrigin(rng: Rng): HostileCase {
  const origin = pick(rng, ['https://evil.example', 'http://localhost:4322', 'null', 'http://localhost:4321.evil.example', 'https://localhost:4321', 'http://LOCALHOST:4321x', 'file://']);
  if (rng() < 0.3) {
    return {
      kind: 'preflight-foreign',
      request: { method: 'OPTIONS', path: '/api/feedback', headers: { origin, 'access-control-request-method': 'POST' } },
      expected: 403,
    };
  }
  // A perfectly valid vote: only the origin is wrong.
  return jsonPost('foreign-origin', JSON.stringify(validVote(rng)), 403, { origin });
}

function unknownPath(rng: Rng): HostileCase {
  const path = pick(rng, ['/api/feedbacks', '/api/feedback/x', '/API/feedback', '/api/feedback/', '/', '/admin', '/api', '/api/', '/healthz/', '/api/feedback%00', '/api/feedback.json', '/ports/22/', '/api/feedback/summary/']);
  return { kind: 'unknown-path', request: { method: 'POST', path, headers: JSON_TYPE, body: JSON.stringify(validVote(rng)) }, expected: 404 };
}

function summaryWithoutToken(rng: Rng): HostileCase {
  const authorization = pick(rng, [undefined, '', 'Bearer', 'Bearer ', 'Bearer wrong', 'Basic dXNlcjpwYXNz', 'bearer  x', `Bearer ${'a'.repeat(500)}`, 'Token x']);
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  if (rng() < 0.2) return { kind: 'summary-method', request: { method: 'POST', path: '/api/feedback/summary', headers }, expected: 405 };
  return { kind: 'summary-token', request: { method: 'GET', path: '/api/feedback/summary', headers }, expected: 401 };
}

const GENERATORS: [weight: number, generate: (rng: Rng) => HostileCase][] = [
  [8, wrongMethod],
  [8, wrongContentType],
  [12, invalidJson],
  [6, deepNesting],
  [2, hugeBody],
  [14, wrongTypes],
  [18, notAPage],
  [8, sqlLooking],
  [10, unicodeJunk],
  [8, missingOrExtra],
  [3, foreignOrigin],
  [2, unknownPath],
  [1, summaryWithoutToken],
];

/**
 * Generates `count` hostile requests, deterministic for a given seed.
 */
export function generateHostileCases(count: number, seed: number): HostileCase[] {
  const rng = seededRandom(seed);
  const total = GENERATORS.reduce((sum, [weight]) => sum + weight, 0);
  const cases: HostileCase[] = [];
  for (let i = 0; i < count; i++) {
    let roll = rng() * total;
    for (const [weight, generate] of GENERATORS) {
      roll -= weight;
      if (roll < 0) {
        cases.push(generate(rng));
        break;
      }
    }
  }
  return cases;
}

/**
 * Raw HTTP that the Node parser itself must refuse (400), sent over a bare
 * socket because no HTTP client will produce it.
 */
export const MALFORMED_HTTP: string[] = [
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\nX-Bad\u0000Header: 1\r\n\r\n',
  'POST /api/feedback HTTP/9.9\r\nHost: x\r\n\r\n',
  'POST  /api/feedback HTTP/1.1\r\n\r\n',
  'GARBAGE\r\n\r\n',
  `POST /api/feedback HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\n Folded: header\r\n\r\n',
];
