// Writes the add-in icons (assets/icon-<size>.png): a 3×3 nine-box in Talenta's kotak colours.
// PNG by hand (signature, IHDR, one zlib IDAT, IEND) so no image library is needed. Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

// Rows top to bottom (potensial high → low), columns left to right (kinerja low → high).
const GRID = [
  ["F4B183", "A9D18E", "00B050"],
  ["FFC000", "FFE699", "A9D18E"],
  ["C00000", "FFC000", "F4B183"],
];
const BORDER = "1F3864";
export const SIZES = [16, 32, 64, 80, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
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
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const rgb = (hex) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));

export function ninebox(size) {
  const line = Math.max(1, Math.round(size / 16));
  const cell = (size - 4 * line) / 3;
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    raw[y * (1 + size * 4)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const cx = Math.floor((x - line) / (cell + line)), cy = Math.floor((y - line) / (cell + line));
      const inLine = (v) => (v % (cell + line)) >= cell || v < line || v >= size - line;
      const onBorder = inLine(x - line) || inLine(y - line) || cx > 2 || cy > 2;
      const [r, g, b] = rgb(onBorder ? BORDER : GRID[cy][cx]);
      raw.set([r, g, b, 255], y * (1 + size * 4) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync("assets", { recursive: true });
  for (const size of SIZES) writeFileSync(`assets/icon-${size}.png`, ninebox(size));
  console.log(`wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(", ")}`);
}
