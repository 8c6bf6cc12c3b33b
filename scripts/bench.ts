// `npm run bench`: speed and size, measured (not asserted in unit tests). Each section lives in
// scripts/bench/<name>.ts exporting run(); each runs in its own process so network interception and
// module caches of one section cannot affect another.
import { readdir } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import path from "node:path";

const dir = path.resolve("scripts/bench");
const only = process.argv[2];
const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && (!only || f.startsWith(only))).sort();
let failed = false;
for (const file of files) {
  console.log(`\n## ${file.replace(/\.ts$/, "")}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/bench-runner/run-one.ts"), path.join(dir, file)], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed = true;
}
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
process.exit(failed ? 1 : 0);
