import { crc32, deflateSync } from 'node:zlib';

/**
 * A preview card as an indexed-colour PNG: the same pixels, written with a palette. A card is flat
 * colour and anti-aliased text, a hundred-odd colours, so one byte per pixel instead of four
 * makes the file much smaller (`npm run bench:build` prints the cards' total). Returns null when
 * the image has more than 256 colours; the caller keeps its true-colour PNG then.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer | null {
  if (rgba.length !== width * height * 4) throw new Error(`palettePng: ${rgba.length} bytes is not ${width}x${height} RGBA`);
  const index = new Map<number, number>();
  // One filter byte (0, none: palette images compress best unfiltered) and one index per pixel.
  const rows = Buffer.alloc(height * (width + 1));
  const view = new DataView(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = view.getUint32((y * width + x) * 4);
      let i = index.get(colour);
      if (i === undefined) {
        if (index.size === 256) return null;
        index.set(colour, (i = index.size));
      }
      rows[y * (width + 1) + 1 + x] = i;
    }
  }
  const colours = [...index.keys()];
  const palette = Buffer.alloc(colours.length * 3);
  const alpha = Buffer.alloc(colours.length);
  colours.forEach((c, i) => {
    palette.writeUIntBE(c >>> 8, i * 3, 3);
    alpha[i] = c & 255;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, colour type 3 (palette), no interlace
  const chunks = [chunk('IHDR', header), chunk('PLTE', palette)];
  // Transparency only when some colour has any: cards are opaque.
  if (alpha.some((a) => a !== 255)) chunks.push(chunk('tRNS', alpha));
  chunks.push(chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
