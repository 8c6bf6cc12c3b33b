import fs from "node:fs";
import path from "node:path";
import express from "express";
import { Liquid } from "liquidjs";
import { signAppProxyQuery } from "./app-proxy-signature";

const EXTENSION_DIR = path.resolve("extensions/switchboard-bubble");

/** Shoppers the demo storefront can "sign in" as (ids from the simulated shop's seed). */
export const DEMO_SHOPPERS = [
  { id: "", label: "Guest (not signed in)" },
  { id: "7002", label: "Maya Chen (repeat customer)" },
  { id: "7003", label: "Olivia Hart (VIP)" },
  { id: "7001", label: "Noah Patel (new customer)" },
];

/**
 * A stand-in for the Online Store: renders the theme app extension's embed block with Liquid and
 * plays Shopify's app proxy (signs each /apps/switchboard request and forwards it to the app).
 */
export function createStorefront(opts: { shop: string; appUrl: string; apiSecret: string; shopName: string }) {
  const engine = new Liquid({ strictFilters: true });
  const locales = loadLocales();
  engine.registerFilter("asset_url", (name: string) => `/extension-assets/${encodeURIComponent(name)}`);
  engine.registerFilter("t", function (this: { context: { get(path: string[]): unknown } }, key: string) {
    const locale = String(this.context.get(["request", "locale", "iso_code"]) ?? "en");
    return lookup(locales[locale] ?? locales.en, key) ?? lookup(locales.en, key) ?? key;
  });
  // Shopify's color_contrast filter: the WCAG contrast ratio of two colours (the block picks its text colour with it).
  engine.registerFilter("color_contrast", (a: string, b: string) => contrastRatio(String(a), String(b)));

  const blockSource = fs.readFileSync(path.join(EXTENSION_DIR, "blocks/help-bubble.liquid"), "utf8");
  const schema = JSON.parse(/{%\s*schema\s*%}([\s\S]*?){%\s*endschema\s*%}/.exec(blockSource)?.[1] ?? "{}");
  const template = engine.parse(blockSource.replace(/{%\s*schema\s*%}[\s\S]*?{%\s*endschema\s*%}/, ""));
  const defaults = Object.fromEntries((schema.settings ?? []).map((s: { id: string; default?: unknown }) => [s.id, s.default]));

  const app = express();
  app.use("/extension-assets", express.static(path.join(EXTENSION_DIR, "assets"), { maxAge: 0 }));
  app.use(express.urlencoded({ extended: false }));

  app.post("/account/switch", (req, res) => {
    const id = String(req.body.customer ?? "");
    const known = DEMO_SHOPPERS.some((s) => s.id === id);
    res.cookie("demo_customer", known ? id : "", { httpOnly: true, sameSite: "lax" });
    res.redirect(303, "/");
  });

  // `/` is the home page, `/products/<handle>` a product page (the bubble follows the shopper across them).
  // Query parameters play the theme editor: ?accent=%23ffd700, ?position=left, ?hidden_pages=product; ?embed=0
  // renders the page without the app embed (the storefront benchmark compares the two).
  app.get(["/", "/products/:handle"], async (req, res) => {
    const locale = ["en", "es", "fr", "de"].includes(String(req.query.locale)) ? String(req.query.locale) : "en";
    const customer = readCookie(req.headers.cookie, "demo_customer") ?? "";
    const settings = { ...defaults };
    for (const key of ["accent_color", "position", "hidden_pages", "assistant_name", "greeting_en", "title_en"]) {
      const value = req.query[key === "accent_color" ? "accent" : key];
      if (typeof value === "string") settings[key] = value;
    }
    const block =
      req.query.embed === "0"
        ? ""
        : await engine.render(template, {
            block: { settings },
            routes: { root_url: "/" },
            request: { locale: { iso_code: locale } },
            template: { name: req.params.handle ? "product" : "index" },
          });
    res.type("html").send(storefrontPage({ shopName: opts.shopName, block, customer, locale, product: req.params.handle }));
  });

  // Shopify's app proxy: same-origin for the bubble, signed for the app.
  app.all("/apps/switchboard/*", express.raw({ type: "*/*", limit: "64kb" }), async (req, res) => {
    const incoming = new URL(req.originalUrl, "http://storefront.local");
    const subpath = incoming.pathname.slice("/apps/switchboard".length);
    const params = new URLSearchParams(incoming.search);
    params.set("shop", opts.shop);
    params.set("logged_in_customer_id", readCookie(req.headers.cookie, "demo_customer") ?? "");
    params.set("path_prefix", "/apps/switchboard");
    params.set("timestamp", String(Math.floor(Date.now() / 1000)));
    params.set("signature", signAppProxyQuery(params, opts.apiSecret));
    try {
      const upstream = await fetch(`${opts.appUrl}/proxy${subpath}?${params}`, {
        method: req.method,
        // Shopify's proxy tells the app who the shopper's client is; the app limits messages per address.
        headers: { "Content-Type": req.headers["content-type"] ?? "application/json", Accept: "application/json", "X-Forwarded-For": req.ip ?? "" },
        body: ["GET", "HEAD"].includes(req.method) ? undefined : new Uint8Array(req.body as Buffer),
      });
      res.status(upstream.status).type(upstream.headers.get("content-type") ?? "application/json");
      res.send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      res.status(502).json({ error: "App unreachable", detail: String(error) });
    }
  });
  return app;
}

function loadLocales(): Record<string, unknown> {
  const dir = path.join(EXTENSION_DIR, "locales");
  const out: Record<string, unknown> = {};
  for (const file of fs.readdirSync(dir)) {
    const lang = file.split(".")[0];
    out[lang] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  }
  return out;
}

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : undefined;
}

function readCookie(header: string | undefined, name: string): string | null {
  const match = (header ?? "").split(/;\s*/).find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const h = hex.replace("#", "");
    const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
    const [r, g, bl] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function storefrontPage(args: { shopName: string; block: string; customer: string; locale: string; product?: string }) {
  const options = DEMO_SHOPPERS.map(
    (s) => `<option value="${s.id}"${s.id === args.customer ? " selected" : ""}>${escapeHtml(s.label)}</option>`,
  ).join("");
  return `<!doctype html>
<html lang="${args.locale}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(args.shopName)} (demo storefront)</title>
<style>
body{margin:0;font:16px/1.5 Georgia,serif;color:#222;background:#faf8f5}
header{display:flex;justify-content:space-between;align-items:center;padding:16px 32px;border-bottom:1px solid #e5e0d8;background:#fff}
main{max-width:960px;margin:32px auto;padding:0 16px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:16px}
.card{background:#fff;border:1px solid #e5e0d8;border-radius:8px;padding:16px}
.note{font:13px system-ui;color:#666}
form.who{font:13px system-ui}
</style>
</head>
<body>
<header>
  <strong>${escapeHtml(args.shopName)}</strong>
  <form class="who" method="post" action="/account/switch">
    <label>Browsing as <select name="customer" onchange="this.form.submit()">${options}</select></label>
    <noscript><button>Switch</button></noscript>
  </form>
</header>
<main>
  <p class="note">Demo storefront. The help bubble below is the theme app extension's embed block, rendered from
  <code>extensions/switchboard-bubble</code>; its requests go through a local stand-in for Shopify's signed app proxy.
  Try: “where is my order #1003? my email is …”, “do you have the trail runner in size 10?”, “I want to talk to a person”.
  Languages: <a href="/?locale=en">en</a> · <a href="/?locale=es">es</a> · <a href="/?locale=fr">fr</a> · <a href="/?locale=de">de</a></p>
  ${args.product ? `<h1>${escapeHtml(args.product.replace(/-/g, " "))}</h1><p><a href="/">Back to the shop</a></p>` : ""}
  <div class="grid">
    <div class="card"><h3><a href="/products/trail-runner">Trail Runner Shoe</a></h3><p>Light, grippy, waterproof.</p></div>
    <div class="card"><h3>Merino Wool Beanie</h3><p>Warm and itch-free.</p></div>
    <div class="card"><h3>Canvas Weekender Bag</h3><p>Carry-on sized.</p></div>
    <div class="card"><h3>Alpine Down Jacket</h3><p>800-fill down.</p></div>
  </div>
</main>
${args.block}
</body>
</html>`;
}
