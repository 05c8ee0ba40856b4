import { inflateSync } from 'node:zlib';

/** A decoded PNG: its header fields and every pixel as RGBA bytes, row by row. */
export interface PngImage {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** width * height * 4 bytes; images without alpha get 255. */
  rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Channels per pixel for the 8-bit colour types app icons use: grey+alpha, RGB, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Reads the header (width at bytes 16-19, height at 20-23, big-endian) and decodes the
 * pixels of a non-interlaced 8-bit PNG. Icons drawn by any tool use these settings;
 * anything else is reported rather than guessed at.
 */
export function readPng(file: Buffer): PngImage {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file (bad signature)');
  if (file.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  const bitDepth = file[24];
  const colorType = file[25];
  const interlace = file[28];
  const channels = CHANNELS[colorType];
  if (bitDepth !== 8 || channels === undefined || interlace !== 0) {
    throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`);
  }

  const idat: Buffer[] = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    const type = file.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error(`PNG data is ${raw.length} bytes, expected ${height * (stride + 1)}`);

  const samples = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i];
      const a = i >= channels ? samples[y * stride + i - channels] : 0;
      const b = y > 0 ? samples[(y - 1) * stride + i] : 0;
      const c = y > 0 && i >= channels ? samples[(y - 1) * stride + i - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter} on row ${y}`);
      samples[y * stride + i] = (x + predictor) & 0xff;
    }
  }

  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const s = samples.subarray(p * channels, (p + 1) * channels);
    const [r, g, b, a] = channels >= 3 ? [s[0], s[1], s[2], channels === 4 ? s[3] : 255] : [s[0], s[0], s[0], channels === 2 ? s[1] : 255];
    rgba.set([r, g, b, a], p * 4);
  }
  return { width, height, bitDepth, colorType, rgba };
}
