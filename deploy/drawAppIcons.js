#!/usr/bin/env node
'use strict';
/**
 * Draws the Teams app icons into deploy/appPackage: color.png (192x192, white calendar on
 * the accent colour) and outline.png (32x32, white calendar outline on transparency).
 * Plain Node with zlib so that redrawing the icons needs no image tooling:
 *   node deploy/drawAppIcons.js   (Node 20.15 or later, for zlib.crc32)
 * Shapes are described in unit coordinates (0..1) and sampled 4x4 per pixel, so both
 * sizes come from one drawing and edges are anti-aliased.
 */
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { crc32, deflateSync } = require('node:zlib');

/** Keep in step with accentColor in appPackage/manifest.json. */
const ACCENT = [0x2e, 0x5a, 0xac];
const WHITE = [0xff, 0xff, 0xff];

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** An 8-bit RGBA PNG (colour type 6); pixelAt(x, y) gives each pixel as [r, g, b, a]. */
function encodePng(size, pixelAt) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixelAt(x, y), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);

/** Day cells of the month grid: 3 rows of 4, inside the page body. */
function dayCells(x0, y0, x1, y1, cell) {
  const cells = [];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 4; col++) {
      const cx = x0 + ((x1 - x0) * (col + 0.5)) / 4;
      const cy = y0 + ((y1 - y0) * (row + 0.5)) / 3;
      cells.push(roundedRect(cx - cell / 2, cy - cell / 2, cx + cell / 2, cy + cell / 2, cell * 0.2));
    }
  }
  return union(...cells);
}

/** Fraction of a pixel a shape covers, from a 4x4 grid of samples. */
function coverage(shape, size, px, py) {
  let hits = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) if (shape((px + (i + 0.5) / 4) / size, (py + (j + 0.5) / 4) / size)) hits++;
  }
  return hits / 16;
}

/** Color icon: a white calendar page, filled, with the day grid cut out in the accent colour. */
function colorIcon(size) {
  const page = union(
    roundedRect(0.24, 0.27, 0.76, 0.76, 0.06),
    roundedRect(0.34, 0.2, 0.4, 0.33, 0.03),
    roundedRect(0.6, 0.2, 0.66, 0.33, 0.03),
  );
  const body = roundedRect(0.29, 0.41, 0.71, 0.71, 0.03);
  const symbol = union(minus(page, body), dayCells(0.29, 0.41, 0.71, 0.71, 0.07));
  return encodePng(size, (x, y) => {
    const a = coverage(symbol, size, x, y);
    return [...ACCENT.map((c, k) => Math.round(c * (1 - a) + WHITE[k] * a)), 255];
  });
}

/** Outline icon: the same calendar as white strokes on a transparent background, on whole pixels of the 32 grid. */
function outlineIcon(size) {
  const px = (n) => n / 32;
  const outer = roundedRect(px(4), px(6), px(28), px(28), px(3));
  const inner = roundedRect(px(6), px(8), px(26), px(26), px(1));
  const symbol = union(
    minus(outer, inner),
    roundedRect(px(4), px(10), px(28), px(12), 0),
    roundedRect(px(9), px(3), px(11), px(8), 0),
    roundedRect(px(21), px(3), px(23), px(8), 0),
    dayCells(px(8), px(13), px(24), px(25), px(2)),
  );
  return encodePng(size, (x, y) => [...WHITE, Math.round(255 * coverage(symbol, size, x, y))]);
}

const out = join(__dirname, 'appPackage');
writeFileSync(join(out, 'color.png'), colorIcon(192));
writeFileSync(join(out, 'outline.png'), outlineIcon(32));
