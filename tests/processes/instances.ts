import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import type { Db } from "../../app/db.server";
import path from "node:path";
import { signAppProxyQuery } from "../../scripts/demo/app-proxy-signature";
import { DEMO_API_SECRET, DEMO_SHOP } from "../../scripts/demo/config";

export interface Instance {
  url: string;
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function buildApp() {
  const result = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    stdio: "pipe",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr.toString()}`);
}

/** Starts an app instance on DATABASE_URL (and REDIS_URL, if set) and waits until it serves. */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  // The app starts its job runner at boot except under vitest: these are real instances, not tests.
  delete childEnv.VITEST;
  delete childEnv.VITEST_POOL_ID;
  delete childEnv.VITEST_WORKER_ID;
  delete childEnv.NODE_ENV;
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/processes/app-instance.ts")], {
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let log = "";
  child.stderr!.on("data", (chunk) => {
    log += chunk;
    if (process.env.SHOW_INSTANCE_LOG) process.stderr.write(chunk);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start in 180 s:\n${log}`)), 180_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = /READY (\S+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((code) => reject(new Error(`instance exited (${code}) before serving:\n${log}`)));
  });
  return {
    url,
    process: child,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** What Shopify's app proxy would send for a shopper message: a signed query and the bubble's JSON body. */
export async function sendMessage(
  instance: Pick<Instance, "url">,
  body: { visitorId: string; clientMessageId: string; text: string; conversationId?: string; conversationKey?: string },
  opts: { address?: string } = {},
): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const params = new URLSearchParams({
    shop: DEMO_SHOP,
    logged_in_customer_id: "",
    path_prefix: "/apps/switchboard",
    timestamp: String(Math.floor(Date.now() / 1000)),
  });
  params.set("signature", signAppProxyQuery(params, DEMO_API_SECRET));
  const response = await fetch(`${instance.url}/proxy/messages?${params}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", "X-Forwarded-For": opts.address ?? "203.0.113.7" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json };
}

/** `count` first messages from as many new visitors, alternating a greeting and a policy question. */
export function burstBodies(tag: string, count: number, stamp = Date.now()) {
  return Array.from({ length: count }, (_, i) => ({
    visitorId: `visitor-${tag}-${i}-${stamp}`,
    conversationKey: `key-${tag}-${i}-${stamp}`,
    clientMessageId: `client-${tag}-${i}-${stamp}`,
    text: i % 2 ? "what is your return policy?" : "hello",
  }));
}

type SendResult = Awaited<ReturnType<typeof sendMessage>>;

/**
 * Sends the bodies one every `spacingMs` without waiting for answers. A send that fails at the connection
 * (the instance died) has status 0. `untilAnswered(n)` resolves once n were answered (or after 30 s), so a
 * fault can be injected mid-burst however fast the machine is.
 */
export function startBurst(instance: Pick<Instance, "url">, bodies: Parameters<typeof sendMessage>[1][], spacingMs: number) {
  let answered = 0;
  const results = Promise.all(
    bodies.map((body, i) =>
      new Promise((resolve) => setTimeout(resolve, i * spacingMs))
        .then(() => sendMessage(instance, body))
        .then((r) => {
          if (r.status === 200) answered++;
          return r;
        })
        .catch((error: Error): SendResult => ({ status: 0, json: { error: error.message } })),
    ),
  );
  return {
    results,
    answered: () => answered,
    async untilAnswered(n: number) {
      const by = Date.now() + 30_000;
      while (answered < n && Date.now() < by) await new Promise((resolve) => setTimeout(resolve, 5));
    },
  };
}

/** The burst's stored shopper messages, read again until none is waiting for an outcome (at most 90 s). */
export async function storedOnceSettled(db: Db, bodies: { clientMessageId: string }[]) {
  const where = { author: "shopper", clientMessageId: { in: bodies.map((b) => b.clientMessageId) } };
  const deadline = Date.now() + 90_000;
  let stored = await db.message.findMany({ where });
  while (stored.some((m) => m.state !== "done") && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    stored = await db.message.findMany({ where });
  }
  return stored;
}
