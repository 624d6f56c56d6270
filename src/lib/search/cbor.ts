/**
 * The subset of CBOR (RFC 8949) that pagefind writes its index files in: unsigned and negative
 * integers, byte and text strings, arrays and maps, all with definite lengths. Anything else
 * (floats, tags, indefinite lengths) is refused with an error rather than guessed at, so a
 * pagefind release that changes its format fails the build instead of shipping a broken index.
 * Integers are written in their shortest form, as pagefind's encoder does, so decoding and
 * encoding a pagefind file gives back the same bytes.
 */

export type CborValue = number | string | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

export class CborError extends Error {}

/** Decodes one CBOR item that fills `bytes` exactly. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;

  const need = (n: number) => {
    if (at + n > bytes.length) throw new CborError(`truncated at byte ${at}`);
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const width = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (!width) throw new CborError(`unsupported length encoding ${info} at byte ${at - 1}`);
    need(width);
    const start = at;
    at += width;
    if (width === 1) return view.getUint8(start);
    if (width === 2) return view.getUint16(start);
    if (width === 4) return view.getUint32(start);
    const big = view.getBigUint64(start);
    if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new CborError(`integer too large at byte ${start}`);
    return Number(big);
  };
  const item = (): CborValue => {
    need(1);
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) throw new CborError(`unsupported simple value or float at byte ${at - 1}`);
    if (major === 6) throw new CborError(`unsupported tag at byte ${at - 1}`);
    const n = argument(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        need(n);
        const slice = bytes.subarray(at, at + n);
        at += n;
        return major === 2 ? slice.slice() : text.decode(slice);
      }
      case 4:
        return Array.from({ length: n }, item);
      default: {
        const map = new Map<CborValue, CborValue>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
    }
  };

  const value = item();
  if (at !== bytes.length) throw new CborError(`${bytes.length - at} bytes left after the item`);
  return value;
}

/** Encodes a value with definite lengths and shortest-form integers. */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const utf8 = new TextEncoder();
  const head = (major: number, n: number) => {
    const m = major << 5;
    if (n < 24) out.push(m | n);
    else if (n < 0x100) out.push(m | 24, n);
    else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push(m | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
    else {
      const big = BigInt(n);
      out.push(m | 27);
      for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((big >> shift) & 0xffn));
    }
  };
  const item = (v: CborValue): void => {
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw new CborError(`cannot encode ${v}: only safe integers are supported`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const b = utf8.encode(v);
      head(3, b.length);
      for (const x of b) out.push(x);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const x of v) out.push(x);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else {
      head(5, v.size);
      for (const [k, x] of v) {
        item(k);
        item(x);
      }
    }
  };
  item(value);
  return Uint8Array.from(out);
}
