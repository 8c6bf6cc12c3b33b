// `npm run bench`: speed and size, measured (not asserted in unit tests). Each section lives in scripts/bench/.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = path.resolve("scripts/bench");
const only = process.argv[2];
const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && (!only || f.startsWith(only))).sort();
const results: Record<string, Record<string, number | string>> = {};
for (const file of files) {
  const name = file.replace(/\.ts$/, "");
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run(): Promise<Record<string, number | string>> };
  results[name] = await mod.run();
  console.table(results[name]);
}
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
process.exit(0);
