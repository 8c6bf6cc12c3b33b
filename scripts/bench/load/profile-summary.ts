// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function and per package/file, and the share
// of samples the process was idle. `npx tsx scripts/bench/load/profile-summary.ts <file.cpuprofile> [top]`
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: profile-summary.ts <file.cpuprofile> [top]");
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

const where = (url: string) => {
  const path = url.replace(/^file:\/\//, "");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  if (path.includes("/build/server/")) return "app (build/server)";
  if (path.startsWith("node:") || !path.includes("/")) return path || "(native/vm)";
  return path.split("/").slice(-2).join("/");
};

const functions = new Map<string, number>();
const places = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const key = `${functionName || "(anonymous)"}  ${where(url)}${url ? `:${lineNumber + 1}` : ""}`;
  functions.set(key, (functions.get(key) ?? 0) + ms);
  const place = url ? where(url) : functionName;
  places.set(place, (places.get(place) ?? 0) + ms);
}
const pct = (ms: number) => `${((ms / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled`);
console.log(`\nself time by package / file:`);
for (const [k, ms] of [...places].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(ms)}  ${k}`);
console.log(`\ntop ${top} functions by self time:`);
for (const [k, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(ms)}  ${k}`);
