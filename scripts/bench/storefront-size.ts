// What the bubble costs a storefront: bytes of the theme app extension's assets, raw and compressed.
// Shopify's theme check allows 10,000 compressed bytes per app block script.
import { readFile } from "node:fs/promises";
import { gzipSync, brotliCompressSync } from "node:zlib";

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  for (const file of ["switchboard-bubble.js", "switchboard-bubble.css"]) {
    const bytes = await readFile(`extensions/switchboard-bubble/assets/${file}`);
    out[`${file} raw bytes`] = bytes.length;
    out[`${file} gzip bytes`] = gzipSync(bytes, { level: 9 }).length;
    out[`${file} brotli bytes`] = brotliCompressSync(bytes).length;
  }
  return out;
}
