// The app as `npm run demo` serves it (production build behind express, simulated shop behind msw, the
// demo shop's offline session), in a process of its own so the load generator does not share its CPU and
// the server can be profiled (`node --cpu-prof`). Started by scripts/bench/load.ts with DATABASE_URL set;
// talks to it over IPC: "ready" with the URL, and its event-loop utilisation between two "mark"s.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { startDemo } from "../../demo/servers";

const send = (message: unknown) => process.send?.(message);

// The demo runs its periodic jobs every few seconds so they can be watched; the bench measures production's
// schedule (the outbox every 2 s, recovery every 5 s, the sweeps every minute).
process.env.SWITCHBOARD_DEMO_SWEEPS = "production";

const demo = await startDemo({
  appPort: Number(process.env.LOAD_APP_PORT),
  storefrontPort: Number(process.env.LOAD_STOREFRONT_PORT),
  databaseUrl: process.env.DATABASE_URL,
  skipBuild: true,
  quiet: true,
});

// CPU time is what a message costs whatever else the machine runs; busy share (event-loop utilisation)
// says whether requests waited on something other than this process's CPU.
let mark = { elu: performance.eventLoopUtilization(), cpu: process.cpuUsage() };
// How long the event loop was held at a time: one long synchronous stretch delays every request in flight.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
// LOAD_CPU_PROF=<dir>: a V8 CPU profile of the measured runs only (not start-up and warm-up), written at exit.
const profileDir = process.env.LOAD_CPU_PROF;
let profiler: Session | null = null;
process.on("message", async (message: { type: string }) => {
  if (message.type === "mark") {
    if (profileDir && !profiler) {
      profiler = new Session();
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
      // "all": every sampled allocation, collected or not (what drives the garbage collector), not only the survivors.
      const everything = process.env.LOAD_HEAP_PROF === "all";
      if (process.env.LOAD_HEAP_PROF) {
        await profiler.post("HeapProfiler.startSampling", {
          samplingInterval: 32768,
          includeObjectsCollectedByMajorGC: everything,
          includeObjectsCollectedByMinorGC: everything,
        });
      }
    }
    const now = { elu: performance.eventLoopUtilization(), cpu: process.cpuUsage() };
    const cpu = process.cpuUsage(mark.cpu);
    send({
      type: "mark",
      utilization: performance.eventLoopUtilization(now.elu, mark.elu).utilization,
      cpuMs: (cpu.user + cpu.system) / 1000,
      systemCpuMs: cpu.system / 1000,
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      loopDelayMaxMs: loopDelay.max / 1e6,
    });
    loopDelay.reset();
    mark = now;
  }
});

// A normal exit, so --cpu-prof writes its profile.
const stop = async () => {
  if (profiler && profileDir) {
    if (process.env.LOAD_HEAP_PROF) {
      await profiler.post("HeapProfiler.collectGarbage");
      const { profile: heap } = await profiler.post("HeapProfiler.getSamplingProfile");
      writeFileSync(path.join(profileDir, `load-server-${process.pid}.heapprofile`), JSON.stringify(heap));
    }
    const { profile } = await profiler.post("Profiler.stop");
    writeFileSync(path.join(profileDir, `load-server-${process.pid}.cpuprofile`), JSON.stringify(profile));
  }
  await demo.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.on("disconnect", stop);
send({ type: "ready", appUrl: demo.appUrl, shop: demo.shop });
