import fs from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { createServer, type RequestListener, type Server } from "node:http";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { SetupServerApi } from "msw/node";
import { FetchInterceptor } from "@mswjs/interceptors/fetch";
import { assertDemoAllowed, DEMO_API_KEY, DEMO_API_SECRET, DEMO_HOST, DEMO_SCOPES, DEMO_SHOP, demoEnv } from "./config";
import { mintSessionToken } from "./session-token";
import { createStorefront } from "./storefront";
import { mountMailbox } from "./mailbox";
import { startSmtpCapture } from "../../app/testing/smtp-capture.server";
import { createAppListener } from "../../server/app-listener.mjs";

export interface DemoOptions {
  appPort?: number;
  storefrontPort?: number;
  databaseUrl?: string;
  quiet?: boolean;
  /** Reuse an existing build/ (tests build once). */
  skipBuild?: boolean;
}

export interface RunningDemo {
  appUrl: string;
  storefrontUrl: string;
  adminUrl: string;
  /** The emails the app sent (a real SMTP server in this process received them). */
  mailboxUrl: string;
  shop: string;
  close(): Promise<void>;
}

/**
 * Everything offline in one process: the simulated shop behind msw (so the app's Admin API calls go
 * through the real Shopify client and fetch), the Remix app, and a demo storefront with the bubble.
 */
export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  assertDemoAllowed(process.env);
  const appPort = options.appPort ?? 3210;
  const storefrontPort = options.storefrontPort ?? 3211;
  Object.assign(process.env, demoEnv({ app: appPort, storefront: storefrontPort }));
  if (options.databaseUrl) process.env.DATABASE_URL = options.databaseUrl;
  // `npm run demo` uses the local SQLite database: bring it up to date first, so a checkout that pulled new
  // migrations (and did not run `npm install` again) does not fail on a missing column mid-demo.
  else await migrateLocalDatabase();
  // A real SMTP server in-process: the app sends its emails over SMTP to it, the mailbox page lists them.
  const smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.SMTP_FROM = "switchboard@switchboard-demo.example";

  // Before any app module loads: the Shopify client must capture msw's patched fetch. Fetch is the only
  // transport Shopify's client uses (its Node adapter takes globalThis.fetch), so only fetch is intercepted:
  // msw's default set also wraps the global Request, Response and Headers of every request the app
  // serves, which production does not have and which cost the load bench about 5% of the server's CPU.
  const { simulatedShopHandlers } = await import("../../app/simulated-shop/msw-handlers.server");
  const msw = new SetupServerApi(simulatedShopHandlers(), [new FetchInterceptor()]);
  msw.listen({ onUnhandledRequest: "bypass" });

  // A production build, served as `npm start` serves it: quicker pages and no dev-only module reloads.
  if (!options.skipBuild) await buildApp(options.quiet);
  const build = await import(pathToFileURL(path.resolve("build/server/index.js")).href + `?t=${Date.now()}`);

  // The shop "installed" the app: an offline session the app proxy can use before anyone opens the admin.
  await installDemoShop(DEMO_SHOP, DEMO_SCOPES);

  const standIn = fs.readFileSync(path.resolve("scripts/demo/app-bridge-standin.js"), "utf8");
  // Production's own listener (server/app-listener.mjs), with the demo's stand-ins for Shopify's admin in front.
  const listener = await createAppListener({
    build,
    mode: "production",
    compress: false,
    mount(app) {
      app.get("/demo/app-bridge.js", (_req, res) => res.type("application/javascript").send(standIn));
      app.get("/demo/session-token", async (req, res) => {
        const shop = String(req.query.shop || DEMO_SHOP);
        if (shop !== DEMO_SHOP) return void res.status(400).send("Unknown demo shop");
        res.type("text/plain").send(await mintSessionToken({ shop, apiKey: DEMO_API_KEY, apiSecret: DEMO_API_SECRET }));
      });
      app.get("/demo/admin", (req, res) => {
        const host = Buffer.from(`admin.shopify.com/store/${DEMO_SHOP.replace(".myshopify.com", "")}`).toString("base64url");
        const page = typeof req.query.page === "string" && /^\/app(\/[\w/-]*)?$/.test(req.query.page) ? req.query.page : "/app";
        res.redirect(`${page}?embedded=1&shop=${DEMO_SHOP}&host=${host}`);
      });
      mountMailbox(app, smtp);
    },
  });

  const appServer = await listen(listener, appPort);
  const appUrl = `http://localhost:${(appServer.address() as AddressInfo).port}`;
  const storefront = createStorefront({ shop: DEMO_SHOP, appUrl, apiSecret: DEMO_API_SECRET, shopName: "Switchboard Demo Outfitters" });
  const storefrontServer = await listen(storefront, storefrontPort);
  const storefrontUrl = `http://localhost:${(storefrontServer.address() as AddressInfo).port}`;
  process.env.SWITCHBOARD_DEMO_STOREFRONT_URL = storefrontUrl;

  // Emails (handoff notifications, reminders, reply emails, back-in-stock notices) are sent by the app's own job
  // runner, which the build's entry module started at import (in-process, sweeps every few seconds in the demo).
  const { stopJobRunner } = await import("../../app/jobs/runner.server");

  return {
    appUrl,
    storefrontUrl,
    adminUrl: `${appUrl}/demo/admin`,
    mailboxUrl: `${appUrl}/demo/mailbox`,
    shop: DEMO_SHOP,
    async close() {
      // The runner lives in globalThis (one per process), so this stops the one the build started.
      await stopJobRunner();
      await Promise.all([close(appServer), close(storefrontServer), smtp.close()]);
      msw.close();
    },
  };
}

async function migrateLocalDatabase() {
  const [{ databaseUrl, providerOf }, { migrateDeploy }] = await Promise.all([import("../../prisma/database-url.mjs"), import("../../prisma/cli.mjs")]);
  const url = databaseUrl();
  if (providerOf(url) !== "sqlite") return;
  const result = await migrateDeploy(url);
  if (result.status !== 0) throw new Error(`Migrating the demo database ${url} failed:\n${result.stderr || result.stdout}`);
}

function listen(listener: RequestListener, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(listener);
    server.on("error", reject);
    server.listen(port, DEMO_HOST, () => resolve(server));
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}

function buildApp(quiet?: boolean) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    stdio: quiet ? "pipe" : "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    throw new Error(`Building the app failed:\n${result.stderr?.toString() ?? ""}`);
  }
  if (!quiet) console.log(`Built the app in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The offline session an install would create, with a token the simulated shop accepts. */
async function installDemoShop(shop: string, scope: string) {
  const [{ Session }, { PrismaSessionStorage }, { createPrismaClient }, { databaseUrl }] = await Promise.all([
    import("@shopify/shopify-api"),
    import("@shopify/shopify-app-session-storage-prisma"),
    import("../../app/db.server"),
    import("../../prisma/database-url.mjs"),
  ]);
  const prisma = createPrismaClient(databaseUrl());
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- both generated clients share this shape
  const storage = new PrismaSessionStorage(prisma as any);
  await storage.storeSession(new Session({ id: `offline_${shop}`, shop, state: "demo", isOnline: false, scope, accessToken: "shpat_switchboard_demo" }));
  await prisma.$disconnect();
}
