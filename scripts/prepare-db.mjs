// npm postinstall (also `npm run db:prepare`): generate both Prisma clients and bring the local SQLite
// database up to date, so a fresh clone is ready after `npm install`. Plain Node on purpose: it runs
// before anyone can rely on tsx. Failures are loud: a missing client or database would otherwise surface
// later as a confusing runtime error.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { databaseUrl, providerOf, sqliteFilePath } from "../prisma/database-url.mjs";
import { generateClient, migrateDeploy, prismaCliInstalled } from "../prisma/cli.mjs";

const started = Date.now();

function banner(lines) {
  const width = Math.max(...lines.map((l) => l.length));
  const rule = "-".repeat(width + 4);
  return [rule, ...lines.map((l) => `| ${l.padEnd(width)} |`), rule].join("\n");
}

if (process.env.SWITCHBOARD_SKIP_PREPARE_DB === "1") {
  console.log("prepare-db: skipped (SWITCHBOARD_SKIP_PREPARE_DB=1). Run `npm run db:prepare` before using the app.");
  process.exit(0);
}

// `npm install --omit=dev` (production images) has no Prisma CLI: the clients must come from the build step.
if (!prismaCliInstalled()) {
  console.warn(
    banner([
      "prepare-db: the Prisma CLI (devDependency `prisma`) is not installed, so the Prisma clients",
      "were NOT generated and no migrations were applied. Fine for a production install that",
      "ships generated/ from its build; otherwise install with dev dependencies.",
    ]),
  );
  process.exit(0);
}

const url = databaseUrl();
let provider;
try {
  provider = providerOf(url);
} catch (error) {
  console.error(banner([`prepare-db: ${error.message}`]));
  process.exit(1);
}

// Level by level: `mkdirSync(..., { recursive: true })` spins forever on some pseudo file systems (/proc).
function makeDirectory(dir) {
  if (existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeDirectory(parent);
  mkdirSync(dir);
}

// SQLite creates the file but not its directory, and the engine then only says "External error".
if (provider === "sqlite" && sqliteFilePath(url) !== ":memory:") {
  try {
    makeDirectory(path.dirname(sqliteFilePath(url)));
  } catch (error) {
    console.error(banner([`prepare-db: cannot create the directory for ${url}: ${error.message}`]));
    process.exit(1);
  }
}

async function step(label, run) {
  try {
    const result = await run();
    return { label, ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
  } catch (error) {
    return { label, ok: false, output: error instanceof Error ? error.message : String(error) };
  }
}

// Independent steps, run side by side to keep installs quick.
const steps = [
  step("generate SQLite client", () => generateClient("sqlite")),
  step("generate PostgreSQL client", () => generateClient("postgresql")),
];
if (provider === "sqlite") steps.push(step(`migrate deploy ${url}`, () => migrateDeploy(url)));

const results = await Promise.all(steps);
const failed = results.filter((r) => !r.ok);
for (const r of failed) console.error(`\nprepare-db: ${r.label} FAILED:\n${r.output.trim()}\n`);
if (failed.length > 0) {
  console.error(
    banner([
      `prepare-db: ${failed.map((r) => r.label).join(", ")} failed (details above).`,
      "The app cannot use its database until this is fixed; retry with `npm run db:prepare`.",
      "A local SQLite file that no longer matches the migrations can be deleted: rm prisma/dev.sqlite",
      "To install without this step: SWITCHBOARD_SKIP_PREPARE_DB=1 npm install",
    ]),
  );
  process.exit(1);
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  provider === "sqlite"
    ? `prepare-db: generated both Prisma clients and migrated ${url} in ${seconds}s.`
    : `prepare-db: generated both Prisma clients in ${seconds}s. DATABASE_URL is PostgreSQL, so no ` +
        "migrations were applied on install: run `npm run db:deploy`.",
);
