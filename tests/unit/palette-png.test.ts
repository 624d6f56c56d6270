import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { palettePng } from '../../src/lib/cards/palette-png';

/** Reads an 8-bit palette PNG back into RGBA, checking each chunk's CRC: what a viewer would see. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  let palette: Buffer = Buffer.alloc(0);
  let alpha: Buffer = Buffer.alloc(0);
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
    }
    if (type === 'PLTE') palette = body;
    if (type === 'tRNS') alpha = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = rows[y * (width + 1) + 1 + x]!;
      palette.copy(rgba, (y * width + x) * 4, i * 3, i * 3 + 3);
      rgba[(y * width + x) * 4 + 3] = alpha.length > i ? alpha[i]! : 255;
    }
  }
  return { width, height, rgba };
}

/** A width x height image whose pixel colours come from `colourAt`. */
function image(width: number, height: number, colourAt: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(colourAt(x, y), (y * width + x) * 4);
  return rgba;
}

describe('palettePng', () => {
  it('keeps every pixel of an opaque image of few colours, without a transparency chunk', () => {
    const rgba = image(37, 11, (x, y) => [(x % 8) * 30, y * 23, 90, 255]);
    const png = palettePng(rgba, 37, 11)!;
    expect(png.includes(Buffer.from('tRNS'))).toBe(false);
    expect(decode(png)).toEqual({ width: 37, height: 11, rgba });
  });

  it('keeps transparency where there is some', () => {
    const rgba = image(5, 4, (x) => [255, 0, 0, x * 60]);
    expect(decode(palettePng(rgba, 5, 4)!).rgba).toEqual(rgba);
  });

  it('gives up on an image of more than 256 colours, and refuses a buffer of the wrong size', () => {
    expect(palettePng(image(17, 16, (x, y) => [x, y, 0, 255]), 17, 16)).toBeNull();
    expect(palettePng(image(16, 16, (x, y) => [x, y, 0, 255]), 16, 16)).not.toBeNull();
    expect(() => palettePng(Buffer.alloc(10), 2, 2)).toThrow(/10 bytes is not 2x2 RGBA/);
  });
});
