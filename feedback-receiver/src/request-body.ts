/**
 * Reads a small request body with a hard byte limit. The limit is enforced
 * both from Content-Length (refuse before reading anything) and while
 * streaming (chunked bodies), and at most one chunk past the limit is ever
 * held in memory.
 */
import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { kind: 'ok'; text: string }
  | { kind: 'too-large' }
  | { kind: 'not-utf8' }
  | { kind: 'aborted' };

/**
 * Reads the whole body as UTF-8 text, or stops as soon as it exceeds limit.
 * On 'too-large' the caller answers 413 and closes the connection; the rest
 * of the body is never kept.
 * @param limitBytes largest accepted body in bytes
 */
export function readLimitedBody(req: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limitBytes) {
    return Promise.resolve({ kind: 'too-large' });
  }

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;

    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limitBytes) {
        // Stop consuming: nothing more is read into memory from here on.
        req.pause();
        finish({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      try {
        // fatal: reject invalid UTF-8 instead of silently storing U+FFFD.
        const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Buffer.concat(chunks));
        finish({ kind: 'ok', text });
      } catch {
        finish({ kind: 'not-utf8' });
      }
    };
    const onError = (): void => finish({ kind: 'aborted' });

    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}
