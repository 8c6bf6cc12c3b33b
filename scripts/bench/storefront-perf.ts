// What the app embed costs a storefront page, in real Chromium: the demo storefront with and without the
// help bubble, five fresh loads each, at normal speed and with 4x CPU throttling (CDP). Medians of:
// transferred bytes, total blocking time (long tasks after first contentful paint, until 2 s after load),
// cumulative layout shift and largest contentful paint. Then the bytes the panel adds on first use.
// Only the storefront runs (no app): an untouched bubble makes no request to the app proxy.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../tests/browser/chromium";
import { createStorefront } from "../demo/storefront";

const RUNS = 5;

interface Sample {
  bytes: number;
  tbt: number;
  cls: number;
  lcp: number;
}

declare global {
  interface Window {
    __perf: { cls: number; lcp: number; fcp: number; long: { start: number; duration: number }[] };
  }
}

function observe() {
  const perf = (window.__perf = { cls: 0, lcp: 0, fcp: 0, long: [] as { start: number; duration: number }[] });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) perf.cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) perf.lcp = e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === "first-contentful-paint") perf.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) perf.long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
}

async function countBytes(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const counter = { bytes: 0, cdp };
  cdp.on("Network.loadingFinished", (e: { encodedDataLength: number }) => {
    counter.bytes += e.encodedDataLength;
  });
  return counter;
}

async function sample(browser: Browser, url: string, throttle: number, openPanel: boolean): Promise<Sample & { panelBytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const counter = await countBytes(page);
  await counter.cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(2000);
  const perf = await page.evaluate(() => window.__perf);
  const tbt = perf.long.filter((t) => t.start >= perf.fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  const result = { bytes: counter.bytes, tbt, cls: perf.cls, lcp: perf.lcp, panelBytes: 0 };
  if (openPanel) {
    const before = counter.bytes;
    await page.locator(".switchboard-toggle").click();
    await page.locator(".switchboard-panel").waitFor();
    await page.waitForTimeout(300);
    result.panelBytes = counter.bytes - before;
  }
  await context.close();
  return result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number, digits = 0) => Number(n.toFixed(digits));

export async function run(): Promise<Record<string, number | string>> {
  const storefront = createStorefront({ shop: "bench.myshopify.com", appUrl: "http://127.0.0.1:9", apiSecret: "bench", shopName: "Bench Outfitters" });
  const server: Server = await new Promise((resolve) => {
    const s = storefront.listen(0, "127.0.0.1", () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  const table: Record<string, Record<string, number | string>> = {};
  const out: Record<string, number | string> = { runs: RUNS, "note": "demo storefront serves uncompressed; see storefront-size for gzip" };
  try {
    for (const throttle of [1, 4]) {
      const speed = throttle === 1 ? "normal CPU" : "4x slower CPU";
      const runs: Record<"without" | "with", (Sample & { panelBytes: number })[]> = { without: [], with: [] };
      await sample(browser, base, throttle, false); // warm-up (server, compile caches), not counted
      for (let i = 0; i < RUNS; i++) {
        runs.without.push(await sample(browser, `${base}?embed=0`, throttle, false));
        runs.with.push(await sample(browser, base, throttle, true));
      }
      for (const [metric, key, digits] of [
        ["transferred bytes", "bytes", 0],
        ["total blocking time ms", "tbt", 0],
        ["CLS", "cls", 4],
        ["LCP ms", "lcp", 0],
      ] as const) {
        const without = round(median(runs.without.map((r) => r[key])), digits);
        const withEmbed = round(median(runs.with.map((r) => r[key])), digits);
        const range = (rs: Sample[]) => `${round(Math.min(...rs.map((r) => r[key])), digits)}–${round(Math.max(...rs.map((r) => r[key])), digits)}`;
        table[`${speed}: ${metric}`] = {
          "without embed": without,
          "with embed": withEmbed,
          difference: round(withEmbed - without, digits),
          "range without": range(runs.without),
          "range with": range(runs.with),
        };
        out[`${speed} ${metric} without / with`] = `${without} / ${withEmbed}`;
      }
      const panel = median(runs.with.map((r) => r.panelBytes));
      table[`${speed}: bytes loaded on first open`] = { "without embed": 0, "with embed": panel, difference: panel };
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`median of ${RUNS} fresh loads each (cache disabled)`);
  console.table(table);
  return out;
}
