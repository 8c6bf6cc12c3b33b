import { pathToFileURL } from "node:url";

const file = process.argv[2];
const mod = (await import(pathToFileURL(file).href)) as { run(): Promise<Record<string, number | string>> };
console.table(await mod.run());
process.exit(0);
