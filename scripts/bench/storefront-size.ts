// What the bubble costs a storefront: bytes of the theme app extension's assets, raw and compressed.
// switchboard-bubble.js loads on every page (budget 4 KB gzip); the panel's JS and CSS load on first use.
// Shopify's theme check allows 10,000 compressed bytes per app block script.
import { readFile } from "node:fs/promises";
import { gzipSync, brotliCompressSync } from "node:zlib";

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const dir = "extensions/switchboard-bubble";
  const block = await readFile(`${dir}/blocks/help-bubble.liquid`, "utf8");
  const inline = Buffer.from(/<style>[\s\S]*?<\/style>/.exec(block)?.[0] ?? "");
  const files: [string, Buffer][] = [["inline critical CSS (every page)", inline]];
  for (const file of ["switchboard-bubble.js", "switchboard-panel.js", "switchboard-panel.css"]) {
    files.push([`${file}${file === "switchboard-bubble.js" ? " (every page)" : " (first use)"}`, await readFile(`${dir}/assets/${file}`)]);
  }
  for (const [name, bytes] of files) {
    out[`${name} raw bytes`] = bytes.length;
    out[`${name} gzip bytes`] = gzipSync(bytes, { level: 9 }).length;
    out[`${name} brotli bytes`] = brotliCompressSync(bytes).length;
  }
  return out;
}
