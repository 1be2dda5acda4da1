// Draws the add-in's icons as real PNG files (no image library: a tiny rasteriser with 4×4
// supersampling and a PNG encoder on node:zlib). Run `node scripts/make-icons.mjs`; the PNGs are
// committed under assets/ and copied to dist/assets by the build.
//   icon-<size>.png      the add-in: a white check mark over rising bars on the brand blue
//   template-<size>.png  "insert blank Table 1": a white table grid on the brand blue
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [16, 32, 64, 80];
const BLUE = [15, 108, 189]; // Fluent brand #0F6CBD
const WHITE = [255, 255, 255];

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** RGBA pixels (size × size × 4) → PNG file bytes. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1 across the icon).
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
const polyline = (points, width) => (x, y) => {
  for (let i = 1; i < points.length; i++)
    if (segmentDistance(x, y, points[i - 1], points[i]) <= width / 2) return true;
  return false;
};

/** Layers drawn in order; each is [shape, colour]. */
function render(size, layers) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const ux = (x + (sx + 0.5) / S) / size;
          const uy = (y + (sy + 0.5) / S) / size;
          let colour = null;
          for (const [shape, c] of layers) if (shape(ux, uy)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (y * size + x) * 4;
      const n = S * S;
      // Premultiplied sum → straight alpha.
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / n) * 255);
    }
  }
  return rgba;
}

const background = roundedRect(0.03, 0.03, 0.97, 0.97, 0.18);
const ICONS = {
  icon: [
    [background, BLUE],
    [
      polyline(
        [
          [0.22, 0.3],
          [0.4, 0.46],
          [0.78, 0.13],
        ],
        0.12
      ),
      WHITE,
    ],
    [rect(0.16, 0.72, 0.28, 0.84), WHITE],
    [rect(0.34, 0.66, 0.46, 0.84), WHITE],
    [rect(0.52, 0.6, 0.64, 0.84), WHITE],
    [rect(0.7, 0.54, 0.82, 0.84), WHITE],
  ],
  template: [
    [background, BLUE],
    [rect(0.16, 0.2, 0.84, 0.8), WHITE],
    // Grid lines cut out in blue: a solid header row, then two rows and three columns.
    [rect(0.16, 0.34, 0.84, 0.4), BLUE],
    [rect(0.16, 0.55, 0.84, 0.6), BLUE],
    [rect(0.38, 0.4, 0.43, 0.8), BLUE],
    [rect(0.6, 0.4, 0.65, 0.8), BLUE],
  ],
};

mkdirSync(join(root, "assets"), { recursive: true });
for (const [name, layers] of Object.entries(ICONS)) {
  for (const size of SIZES) {
    const file = join(root, "assets", `${name}-${size}.png`);
    writeFileSync(file, encodePng(size, render(size, layers)));
    console.log(`wrote ${file}`);
  }
}
