import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../app/testing/test-database.server";
import { DEMO_API_SECRET } from "../../scripts/demo/config";
import { buildApp, sendMessage } from "./instances";

// `npm start` as production runs it: `node server/index.mjs` on the build, no tsx, no demo stand-ins. The storefront
// routes go straight to their route modules and everything else through Express to Remix (decision 0023).
describe("the production server (npm start)", () => {
  let db: TestDatabase;
  let server: ChildProcess;
  let url: string;
  let output = "";
  let exited: Promise<number | null>;

  beforeAll(async () => {
    buildApp();
    db = await createTestDatabase("sqlite");
    const env: Record<string, string | undefined> = {
      ...process.env,
      NODE_ENV: "production",
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: db.url,
      SHOPIFY_API_KEY: "production-test-key",
      SHOPIFY_API_SECRET: DEMO_API_SECRET,
      SHOPIFY_APP_URL: "https://switchboard.example.com",
    };
    delete env.VITEST;
    server = spawn(process.execPath, [path.resolve("server/index.mjs")], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    exited = new Promise((resolve) => server.on("exit", (code) => resolve(code)));
    server.stderr!.on("data", (chunk) => (output += chunk));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${output}`)), 60_000);
      server.stdout!.on("data", (chunk: Buffer) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      void exited.then((code) => reject(new Error(`the server exited (${code}) before serving:\n${output}`)));
    });
  });

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill("SIGKILL");
    await db?.drop();
  });

  it("answers a signed shopper message, refuses an unsigned one, serves static files and Remix pages", async () => {
    // Its own client address and visitor: with REDIS_URL the request limits are counted in Redis, where the other
    // process tests' bursts (from sendMessage's default address) are still counted for a minute.
    const stamp = Date.now();
    const answer = await sendMessage(
      { url },
      { visitorId: `visitor-prod-${stamp}`, clientMessageId: `client-prod-${stamp}`, text: "hello" },
      { address: "198.51.100.23" },
    );
    expect(answer.status).toBe(200);
    expect((answer.json?.messages as { author: string }[]).map((m) => m.author)).toEqual(["shopper", "bot"]);

    const unsigned = await fetch(`${url}/proxy/messages`, { method: "POST", body: "{}" });
    expect(unsigned.status).toBe(400);
    // A trailing slash is Remix's to route, to the same route module: the same answer.
    const viaRemix = await fetch(`${url}/proxy/messages/`, { method: "POST", body: "{}" });
    expect(viaRemix.status).toBe(400);

    const icon = await fetch(`${url}/favicon.svg`);
    expect([icon.status, icon.headers.get("cache-control")]).toEqual([200, "public, max-age=3600"]);
    const redirect = await fetch(`${url}/favicon.ico`, { redirect: "manual" });
    expect([redirect.status, redirect.headers.get("location")]).toEqual([301, "/favicon.svg"]);
    const page = await fetch(`${url}/`, { headers: { "Accept-Encoding": "gzip" } });
    expect(page.status).toBeLessThan(500);
    // Shopify's packages log warnings and errors only, not a line per storefront request.
    expect(output).not.toMatch(/\[shopify-app\/INFO\]/);
  });

  // With REDIS_URL (as npm test sets it) the job runner is BullMQ's and hooks the signal after the server does,
  // and open Redis connections would keep the process alive: the server's own shutdown must still end it.
  it("stops on SIGTERM: the HTTP server and the job runner finish, then the process exits with 0", async () => {
    server.kill("SIGTERM");
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve("still running after 20 s"), 20_000))]);
    expect(code).toBe(0);
    expect(output).toMatch(/\[switchboard\] SIGTERM: finishing the requests in flight and the running jobs/);
    expect(output).toMatch(/jobs: SIGTERM: stopping the job runner/);
    expect(output).not.toMatch(/still busy after/);
  });
});
