// `npm run bench -- load`: the real HTTP server under load. The production build, served the way
// `npm run demo` serves it (scripts/bench/load/server.ts, its own process), on a fresh migrated SQLite
// and a fresh PostgreSQL database, with correctly signed app-proxy POSTs to /proxy/messages (the path Shopify's
// app proxy, and the demo's stand-in, forward /apps/switchboard/messages to): first saturated by autocannon's
// closed loop (how much the server carries), then open-loop at a fixed offered rate (what a shopper waits at
// that rate; decision 0022).
// Every request is a new visitor with its own clientMessageId. After each run the database is checked:
// shopper messages stored, the same clientMessageId stored twice, and stored messages with no outcome.
//
// Env: LOAD_CONNECTIONS (10), LOAD_DURATION seconds (10), LOAD_WARMUP seconds (5, unmeasured, per scenario), LOAD_DBS (sqlite,postgresql),
// LOAD_SCENARIOS (greeting,policy,order), LOAD_RATES (300; offered rates of the fixed-rate runs, "" for none),
// LOAD_RATE_SCENARIOS (greeting,policy; the scenarios that get fixed-rate runs), LOAD_RATE_WARMUP seconds (1, unmeasured,
// at the same rate, before each fixed-rate run), LOAD_INSTANCES (1; app processes on the same database),
// LOAD_SKIP_BUILD=1 (reuse build/), LOAD_CPU_PROF=<dir> (a V8 CPU
// profile of the server during the measured runs; `npx tsx scripts/bench/load/profile-summary.ts <file>`; with
// LOAD_HEAP_PROF=1 also a sampling heap profile of what is still alive at the end, LOAD_HEAP_PROF=all of everything
// allocated during the runs, collected or not), LOAD_SERVER_NODE_ARGS (extra
// Node flags for the server, e.g. "--trace-gc"; its output goes to $TMPDIR/switchboard-load-server-<db>.log),
// LOAD_TIMELINE=<file> (appends a JSON line per fixed-rate run: its wall-clock start and each request's scheduled
// start and latency, to find when in a run the slow requests were and line them up with what else ran),
// LOAD_REDIS_URL (the PostgreSQL runs' Redis for limits and jobs, as in production; "" for none: scripts/bench/load/stores.ts).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { appendFileSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import autocannon from "autocannon";
import { Pool } from "undici";
import { signAppProxyQuery } from "../demo/app-proxy-signature";
import { DEMO_API_SECRET } from "../demo/config";
import { serverStores, type ServerStores } from "./load/stores";
import type { Db, DbProvider } from "../../app/db.server";
import type { TestDatabase } from "../../app/testing/test-database.server";

interface Scenario {
  text: string;
  /** Numeric customer id the signed proxy request carries (logged_in_customer_id), "" for a guest. */
  customer: string;
}

// The order question is asked by the signed-in owner (seed: Maya Chen, 7002, owns #1003), so it is
// answered from live Admin API data (order + fulfillment lookups) instead of asking for an email.
const SCENARIOS: Record<string, Scenario> = {
  greeting: { text: "hello", customer: "" },
  policy: { text: "what is your return policy?", customer: "" },
  order: { text: "where is my order #1003?", customer: "7002" },
};

const env = process.env;
const CONNECTIONS = Number(env.LOAD_CONNECTIONS ?? 10);
const DURATION = Number(env.LOAD_DURATION ?? 10);
// Each scenario first runs unmeasured for this long: V8 optimises the hot paths only after they have run a
// while (the first seconds ran at about 85% of steady speed with twice the p99), and a server in production
// runs warm. Its messages are checked like the measured ones.
const WARMUP = Number(env.LOAD_WARMUP ?? 5);
const DBS = (env.LOAD_DBS ?? "sqlite,postgresql").split(",").filter(Boolean) as DbProvider[];
const SCENARIO_NAMES = (env.LOAD_SCENARIOS ?? Object.keys(SCENARIOS).join(",")).split(",").filter(Boolean);
// Several stateless instances on one database, each its own process, as production runs them; the load is
// spread over them the way a load balancer would (one client per instance, connections split evenly).
const INSTANCES = Number(env.LOAD_INSTANCES ?? 1);
// Offered rates (messages a second) for the fixed-rate runs that follow each scenario's saturation run: the
// latency a shopper sees while the server carries that much traffic (decision 0022). "" for none.
// Only for the scenarios the latency target is about (no Admin API call): the order question is bounded by the
// simulated shop's Admin API allowance (a few a second), so offering it 300 a second only measures a queue.
const RATES = (env.LOAD_RATES ?? "300").split(",").filter(Boolean).map(Number);
const RATE_SCENARIOS = new Set((env.LOAD_RATE_SCENARIOS ?? "greeting,policy").split(",").filter(Boolean));
// Each fixed-rate run first offers the same rate for this long, unmeasured, on the connections it then measures on:
// the load generator's own HTTP client (used for nothing before) and its connections are warm, and the server
// has moved from the saturation run before it to the steady rate, when measuring starts.
const RATE_WARMUP = Number(env.LOAD_RATE_WARMUP ?? 1);

export async function run(): Promise<Record<string, number | string>> {
  for (const name of SCENARIO_NAMES) if (!SCENARIOS[name]) throw new Error(`Unknown LOAD_SCENARIOS entry "${name}"`);
  for (const db of DBS) if (db !== "sqlite" && db !== "postgresql") throw new Error(`Unknown LOAD_DBS entry "${db}"`);
  if (env.LOAD_SKIP_BUILD !== "1") build();
  const { createTestDatabase } = await import("../../app/testing/test-database.server");
  const out: Record<string, number | string> = { connections: CONNECTIONS, "seconds per run": DURATION, "unmeasured warm-up seconds per run": WARMUP, "unmeasured warm-up seconds per fixed-rate run": RATE_WARMUP, "load average (1 min) at start": os.loadavg()[0].toFixed(1) };
  let failed = false;
  for (const provider of DBS) {
    // Before the database: a Redis that does not answer stops the bench with nothing to clean up.
    const stores = await serverStores(provider);
    const db = await createTestDatabase(provider);
    out[`${provider}: request limits and jobs`] = stores.description;
    const servers: RunningServer[] = [];
    try {
      for (let i = 0; i < INSTANCES; i++) servers.push(await startServer(db, stores));
      // Model load, schema build, first queries and the policy cache: not part of the measurement.
      for (const [i, server] of servers.entries()) {
        for (const name of SCENARIO_NAMES) await sendOne(server.appUrl, server.shop, SCENARIOS[name], `warmup-${i}-${name}`);
      }
      const label = INSTANCES > 1 ? `${provider}×${INSTANCES}` : provider;
      for (const name of SCENARIO_NAMES) {
        if (WARMUP > 0) {
          const warm = await loadRun(servers, provider, name, db.prisma, WARMUP);
          if (warm.duplicates || warm.unanswered || warm.errors || warm.stored !== warm.sent) failed = true;
        }
        const result = await loadRun(servers, provider, name, db.prisma, DURATION);
        report(`load ${label} ${name}`, result);
        out[`${provider} ${name} server busy %`] = Math.round(result.busy * 100);
        out[`${provider} ${name} server CPU ms/msg (of which kernel)`] = `${result.cpuMsPerMessage.toFixed(1)} (${result.systemCpuMsPerMessage.toFixed(1)})`;
        out[`${provider} ${name} event-loop delay p99 / max ms`] = `${result.loopDelayP99.toFixed(0)} / ${result.loopDelayMax.toFixed(0)}`;
        out[`${provider} ${name} unanswered`] = result.unanswered;
        out[`${provider} ${name} stored from requests abandoned at the end`] = result.storedInFlight;
        if (result.duplicates || result.unanswered || result.errors || result.stored !== result.sent) failed = true;
        for (const rate of RATE_SCENARIOS.has(name) ? RATES : []) {
          const fixed = await fixedRateRun(servers, provider, name, db.prisma, DURATION, rate);
          report(`load ${label} ${name} at ${rate}/s`, fixed);
          out[`${provider} ${name} at ${rate}/s: server busy %`] = Math.round(fixed.busy * 100);
          out[`${provider} ${name} at ${rate}/s: server CPU ms/msg (of which kernel)`] = `${fixed.cpuMsPerMessage.toFixed(1)} (${fixed.systemCpuMsPerMessage.toFixed(1)})`;
          out[`${provider} ${name} at ${rate}/s: p99.9 / max ms`] = `${fixed.p999} / ${fixed.max}`;
          out[`${provider} ${name} at ${rate}/s: event-loop delay p99 / max ms, server | load generator`] =
            `${fixed.loopDelayP99.toFixed(0)} / ${fixed.loopDelayMax.toFixed(0)} | ${fixed.senderDelayP99.toFixed(0)} / ${fixed.senderDelayMax.toFixed(0)}`;
          // The whole machine's CPU per message, split: what is neither the app nor the load generator is mostly
          // the database server (PostgreSQL) or anything else running on the machine.
          const others = fixed.machineCpuMsPerMessage - fixed.cpuMsPerMessage - fixed.senderCpuMsPerMessage;
          out[`${provider} ${name} at ${rate}/s: machine CPU ms/msg = server + load generator + rest`] =
            `${fixed.machineCpuMsPerMessage.toFixed(1)} = ${fixed.cpuMsPerMessage.toFixed(1)} + ${fixed.senderCpuMsPerMessage.toFixed(1)} + ${others.toFixed(1)}`;
          out[`${provider} ${name} at ${rate}/s: load generator CPU ms/msg (of which kernel)`] =
            `${fixed.senderCpuMsPerMessage.toFixed(1)} (${fixed.senderSystemCpuMsPerMessage.toFixed(1)})`;
          out[`${provider} ${name} at ${rate}/s: CPU stolen by the hypervisor %`] = Math.round(fixed.stealShare * 100);
          if (fixed.warmupFailed || fixed.duplicates || fixed.unanswered || fixed.errors || fixed.stored !== fixed.sent) failed = true;
        }
      }
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await stores.cleanup(servers[0]?.shop ?? "");
      await db.drop();
    }
  }
  out["all sent stored once and answered, no errors"] = failed ? "NO" : "yes";
  return out;
}

/** The summary line of a run (the issue's format), and what went wrong if anything did. */
function report(title: string, result: RunResult) {
  console.log(
    `${title}: ${Math.round(result.rate)} msg/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
      `sent ${result.sent}, stored ${result.stored}, duplicates ${result.duplicates}, errors ${result.errors}`,
  );
  if (result.unanswered > 0) console.log(`  ${result.unanswered} stored shopper messages have no reply and no handoff`);
  if (result.errorSample) console.log(`  first error response: ${result.errorSample}`);
}

/** A latency percentile (0..1) of ascending latencies, in whole ms. */
function percentileOf(sorted: number[], q: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]) : 0;
}

/** The servers' own figures over a run: busy share, event-loop delays, and CPU per answered request. */
function serverFigures(marks: Mark[], requests: number) {
  const perRequest = Math.max(1, requests);
  return {
    busy: marks.reduce((sum, m) => sum + m.utilization, 0) / marks.length,
    loopDelayP99: Math.max(...marks.map((m) => m.loopDelayP99Ms)),
    loopDelayMax: Math.max(...marks.map((m) => m.loopDelayMaxMs)),
    cpuMsPerMessage: marks.reduce((sum, m) => sum + m.cpuMs, 0) / perRequest,
    systemCpuMsPerMessage: marks.reduce((sum, m) => sum + m.systemCpuMs, 0) / perRequest,
  };
}

/** CPU time this machine's cores have spent busy since boot (Linux's /proc/stat, in ms). */
function machineCpuMs(): { busy: number; steal: number } {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n", 1)[0].trim().split(/\s+/);
  // Busy: not idle, not waiting for I/O, and not steal. Steal is time the hypervisor gave to other machines
  // while this one had work: on a shared VM it is what makes the same build's runs differ.
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return { busy: ((user + nice + system + irq + softirq) * 1000) / CLOCK_TICKS_PER_SECOND, steal: (steal * 1000) / CLOCK_TICKS_PER_SECOND };
}
/** USER_HZ, which is 100 on Linux's common architectures. */
const CLOCK_TICKS_PER_SECOND = 100;

/** What the server measured of itself since the previous mark. */
interface Mark {
  utilization: number;
  cpuMs: number;
  /** The part of cpuMs spent in the kernel (socket writes and reads, wake-ups). */
  systemCpuMs: number;
  /** Event-loop delay (how long a ready callback waited), 99th percentile and worst, in ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

interface RunningServer {
  appUrl: string;
  shop: string;
  child: ChildProcess;
  /** Event-loop busy share and CPU time of the server since the previous call. */
  mark(): Promise<Mark>;
  stop(): Promise<void>;
}

function build() {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    stdio: "pipe",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`Building the app failed:\n${result.stderr.toString()}`);
  console.log(`(built the app in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(db: TestDatabase, stores: ServerStores): Promise<RunningServer> {
  const profileDir = env.LOAD_CPU_PROF;
  const nodeArgs = ["--import", "tsx", ...(env.LOAD_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean)];
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  // What the app logs, as it would in production.
  const log = openSync(path.join(os.tmpdir(), `switchboard-load-server-${db.provider}.log`), "w");
  const child = spawn(process.execPath, [...nodeArgs, path.resolve("scripts/bench/load/server.ts")], {
    stdio: ["ignore", log, "inherit", "ipc"],
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      // All bench traffic is one shop from one address: the shop-wide limit (6,000 a minute) would turn a
      // run above 100 msg/s into 429s. Visitor limits still apply (each request is a new visitor).
      SWITCHBOARD_RATE_LIMITS: env.SWITCHBOARD_RATE_LIMITS ?? "shop=10000000/60,address=10000000/60",
      ...(profileDir ? { LOAD_CPU_PROF: path.resolve(profileDir) } : {}),
      LOAD_APP_PORT: String(await freePort()),
      LOAD_STOREFRONT_PORT: String(await freePort()),
      ...stores.env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = await new Promise<{ appUrl: string; shop: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The app server did not start within 120 s")), 120_000);
    child.on("message", (message: { type: string; appUrl: string; shop: string }) => {
      if (message.type === "ready") {
        clearTimeout(timer);
        resolve(message);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The app server exited (${code}) before it was ready`));
    });
  });
  return {
    ...ready,
    child,
    mark: () =>
      new Promise((resolve) => {
        const onMessage = (message: Mark & { type: string }) => {
          if (message.type !== "mark") return;
          child.off("message", onMessage);
          resolve(message);
        };
        child.on("message", onMessage);
        child.send({ type: "mark" });
      }),
    async stop() {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** The query Shopify's app proxy adds to /apps/switchboard/* before forwarding it to the app, signed. */
function signedPath(shop: string, customer: string): string {
  const params = new URLSearchParams({
    shop,
    logged_in_customer_id: customer,
    path_prefix: "/apps/switchboard",
    timestamp: String(Math.floor(Date.now() / 1000)),
  });
  params.set("signature", signAppProxyQuery(params, DEMO_API_SECRET));
  return `/proxy/messages?${params}`;
}

function messageBody(visitorId: string, clientMessageId: string, text: string) {
  return JSON.stringify({ visitorId, clientMessageId, text });
}

async function sendOne(appUrl: string, shop: string, scenario: Scenario, id: string) {
  const response = await fetch(appUrl + signedPath(shop, scenario.customer), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: messageBody(`visitor-${id}`, id, scenario.text),
  });
  if (!response.ok) throw new Error(`Warm-up request failed: ${response.status} ${await response.text()}`);
}

interface RunResult {
  rate: number;
  p50: number;
  p99: number;
  sent: number;
  stored: number;
  storedInFlight: number;
  duplicates: number;
  unanswered: number;
  errors: number;
  busy: number;
  cpuMsPerMessage: number;
  systemCpuMsPerMessage: number;
  loopDelayP99: number;
  loopDelayMax: number;
  errorSample: string | null;
}

async function loadRun(servers: RunningServer[], provider: DbProvider, name: string, prisma: Db, duration: number): Promise<RunResult> {
  const scenario = SCENARIOS[name];
  const prefix = `load-${provider}-${name}-${Date.now().toString(36)}-`;
  // One request in flight per connection, so the client's context names the request a response answers.
  // Requests still in flight when the time is up are abandoned by autocannon: they are not "sent".
  let n = 0;
  const answered = new Set<string>();
  const latencies: number[] = [];
  let errorSample: string | null = null;
  await Promise.all(servers.map((server) => server.mark())); // start of the busy-time and CPU window
  const started = performance.now();
  const clients = servers.map((server, i) => new Promise<autocannon.Result>((resolve, reject) => {
    const client = autocannon({
      url: server.appUrl,
      connections: Math.max(1, Math.floor(CONNECTIONS / servers.length) + (i < CONNECTIONS % servers.length ? 1 : 0)),
      duration,
      headers: { "content-type": "application/json", accept: "application/json" },
      requests: [
        {
          method: "POST",
          setupRequest: (request, context) => {
            const id = `${prefix}${++n}`;
            (context as { id?: string }).id = id;
            return { ...request, path: signedPath(server.shop, scenario.customer), body: messageBody(`${prefix}v${n}`, id, scenario.text) };
          },
          onResponse: (status, body, context) => {
            const id = (context as { id?: string }).id;
            if (id) answered.add(id);
            if ((status < 200 || status > 299) && !errorSample) errorSample = `${status} ${body.slice(0, 300)}`;
          },
        },
      ],
    }, (error, result) => (error ? reject(error) : resolve(result)));
    // Every response's time, so percentiles are over all instances' requests together.
    client.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  }));
  const results = await Promise.all(clients);
  const seconds = (performance.now() - started) / 1000;
  const marks = await Promise.all(servers.map((server) => server.mark()));
  const check = await settleAndCheck(prisma, prefix, answered);
  const ok = results.reduce((sum, r) => sum + r["2xx"], 0);
  const failed = results.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
  latencies.sort((a, b) => a - b);
  return {
    rate: ok / Math.min(seconds, Math.max(...results.map((r) => r.duration))),
    p50: percentileOf(latencies, 0.5),
    p99: percentileOf(latencies, 0.99),
    sent: answered.size,
    ...check,
    errors: failed,
    ...serverFigures(marks, ok + results.reduce((sum, r) => sum + r.non2xx, 0)),
    errorSample,
  };
}

/**
 * An open-loop run: requests start on a fixed schedule (`rate` a second, evenly spaced) whether or not earlier
 * ones have been answered, as shoppers' messages arrive, and each one's latency counts from its scheduled start.
 * A stalled server therefore shows up in the latencies of everything scheduled behind the stall instead of
 * slowing the sender down (the "coordinated omission" a closed loop such as autocannon's suffers from). The
 * connections are many more than the requests in flight at that rate, so the pool is not the bottleneck.
 * The same schedule first runs unmeasured for RATE_WARMUP seconds on the same connections (checked like the rest).
 */
async function fixedRateRun(servers: RunningServer[], provider: DbProvider, name: string, prisma: Db, duration: number, rate: number): Promise<
  RunResult & {
    p999: number;
    max: number;
    senderDelayP99: number;
    senderDelayMax: number;
    machineCpuMsPerMessage: number;
    senderCpuMsPerMessage: number;
    senderSystemCpuMsPerMessage: number;
    stealShare: number;
    warmupFailed: boolean;
  }
> {
  const scenario = SCENARIOS[name];
  const run = `rate-${provider}-${name}-${Date.now().toString(36)}-`;
  const pools = servers.map((server) => new Pool(server.appUrl, { connections: 64, pipelining: 1 }));
  let warmupFailed = false;
  if (RATE_WARMUP > 0) {
    const warm = await openLoop(servers, pools, scenario, `${run}w-`, rate, Math.round(rate * RATE_WARMUP));
    const check = await settleAndCheck(prisma, `${run}w-`, warm.answered);
    warmupFailed = warm.errors > 0 || check.duplicates > 0 || check.unanswered > 0 || check.stored !== warm.answered.size;
  }
  const prefix = `${run}m-`;
  await Promise.all(servers.map((server) => server.mark()));
  // The sender's own delays count in the latencies (they are measured from the schedule), so they are shown.
  const senderDelay = monitorEventLoopDelay({ resolution: 5 });
  senderDelay.enable();
  const machineBefore = machineCpuMs();
  const senderBefore = process.cpuUsage();
  const measured = await openLoop(servers, pools, scenario, prefix, rate, Math.round(rate * duration));
  const { latencies, ok, errors } = measured;
  senderDelay.disable();
  const seconds = measured.seconds;
  const senderCpu = process.cpuUsage(senderBefore);
  const machineAfter = machineCpuMs();
  const machineMs = machineAfter.busy - machineBefore.busy;
  const stealShare = (machineAfter.steal - machineBefore.steal) / (seconds * 1000 * os.cpus().length);
  const marks = await Promise.all(servers.map((server) => server.mark()));
  await Promise.all(pools.map((pool) => pool.close()));
  const check = await settleAndCheck(prisma, prefix, measured.answered);
  if (env.LOAD_TIMELINE) {
    // Wall-clock start (Unix seconds), so the requests can be lined up with what the machine did meanwhile.
    const line = { run: `${provider} ${name} at ${rate}/s`, startedAtUnixSeconds: measured.startedAtUnixSeconds, requests: measured.timeline };
    appendFileSync(env.LOAD_TIMELINE, JSON.stringify(line) + "\n");
  }
  latencies.sort((a, b) => a - b);
  return {
    rate: ok / seconds,
    p50: percentileOf(latencies, 0.5),
    p99: percentileOf(latencies, 0.99),
    p999: percentileOf(latencies, 0.999),
    senderDelayP99: senderDelay.percentile(99) / 1e6,
    senderDelayMax: senderDelay.max / 1e6,
    max: Math.round(latencies.at(-1) ?? 0),
    machineCpuMsPerMessage: machineMs / Math.max(1, ok + errors),
    stealShare,
    senderCpuMsPerMessage: (senderCpu.user + senderCpu.system) / 1000 / Math.max(1, ok + errors),
    senderSystemCpuMsPerMessage: senderCpu.system / 1000 / Math.max(1, ok + errors),
    sent: measured.answered.size,
    ...check,
    errors,
    ...serverFigures(marks, ok + errors),
    errorSample: measured.errorSample,
    warmupFailed,
  };
}

/** `total` requests on the open-loop schedule (see fixedRateRun), each a new visitor with id `${prefix}${i}`. */
async function openLoop(servers: RunningServer[], pools: Pool[], scenario: Scenario, prefix: string, rate: number, total: number) {
  const answered = new Set<string>();
  const latencies: number[] = [];
  // [ms from the run's start to the request's scheduled start, its latency in ms], for LOAD_TIMELINE.
  const timeline: [number, number][] = [];
  let ok = 0;
  let errors = 0;
  let errorSample: string | null = null;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  const send = async (i: number, scheduled: number) => {
    const server = servers[i % servers.length];
    const id = `${prefix}${i}`;
    try {
      const response = await pools[i % servers.length].request({
        method: "POST",
        path: signedPath(server.shop, scenario.customer),
        headers: { "content-type": "application/json", accept: "application/json" },
        body: messageBody(`${prefix}v${i}`, id, scenario.text),
      });
      const body = await response.body.text();
      const latency = performance.now() - scheduled;
      latencies.push(latency);
      timeline.push([scheduled - started, latency]);
      answered.add(id);
      if (response.statusCode >= 200 && response.statusCode <= 299) ok++;
      else {
        errors++;
        errorSample ??= `${response.statusCode} ${body.slice(0, 300)}`;
      }
    } catch (error) {
      errors++;
      errorSample ??= String(error);
    }
  };
  for (let i = 0; i < total; ) {
    const now = performance.now();
    // Everything due by now goes out, so a late timer does not lower the offered rate.
    while (i < total && started + (i * 1000) / rate <= now) {
      inFlight.push(send(i, started + (i * 1000) / rate));
      i++;
    }
    if (i < total) await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (i * 1000) / rate - performance.now())));
  }
  await Promise.all(inFlight);
  return {
    answered,
    latencies,
    timeline,
    ok,
    errors,
    errorSample,
    seconds: (performance.now() - started) / 1000,
    startedAtUnixSeconds: (performance.timeOrigin + started) / 1000,
  };
}

/**
 * Reads what the run stored, again while some stored message has no outcome yet and something still changes
 * (requests still in flight when autocannon stopped, replies written after their response; at most 60 s).
 */
async function settleAndCheck(prisma: Db, prefix: string, answered: Set<string>) {
  const deadline = Date.now() + 60_000;
  let check = await readOutcomes(prisma, prefix, answered);
  let stableSince = Date.now();
  while (check.unanswered > 0 && Date.now() - stableSince < 5_000 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const next = await readOutcomes(prisma, prefix, answered);
    if (JSON.stringify(next) !== JSON.stringify(check)) stableSince = Date.now();
    check = next;
  }
  return check;
}

async function readOutcomes(prisma: Db, prefix: string, answered: Set<string>) {
  const shopper = await prisma.message.findMany({
    where: { author: "shopper", clientMessageId: { startsWith: prefix } },
    select: { conversationId: true, clientMessageId: true },
  });
  // Every request is a new visitor with one message, so its conversation's reply or handoff is its outcome. Counted
  // in the database, over this run's conversations only: reading every earlier run's replies into the load generator
  // after each run made its garbage collector pause the next run's first requests.
  const unanswered = await prisma.conversation.count({
    where: {
      messages: { some: { author: "shopper", clientMessageId: { startsWith: prefix } } },
      AND: [{ messages: { none: { author: { in: ["bot", "system"] } } } }, { decisions: { none: { kind: "handoff" } } }],
    },
  });
  const perClientId = new Map<string, number>();
  for (const m of shopper) perClientId.set(m.clientMessageId ?? "", (perClientId.get(m.clientMessageId ?? "") ?? 0) + 1);
  let duplicates = 0;
  for (const count of perClientId.values()) duplicates += count - 1;
  const stored = shopper.filter((m) => answered.has(m.clientMessageId ?? "")).length;
  return { stored, storedInFlight: shopper.length - stored, duplicates, unanswered };
}
