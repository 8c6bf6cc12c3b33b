// npm postinstall: generate both Prisma clients and bring the local SQLite database up to date, so a
// fresh clone is ready after `npm install`. Plain Node on purpose: it runs before anyone can rely on tsx.
// Failures are loud: a broken client or database would otherwise surface later as a confusing runtime error.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
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
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
if (!existsSync(prismaCli)) {
  console.warn(
    banner([
      "prepare-db: the Prisma CLI (devDependency `prisma`) is not installed, so Prisma clients",
      "were NOT generated and no migrations were applied. Fine for a production install that",
      "ships generated/ from its build; otherwise run `npm install` with dev dependencies.",
    ]),
  );
  process.exit(0);
}

const { databaseUrl, providerOf } = await import("../prisma/database-url.mjs");

function runPrisma(label, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd: root,
      env: {
        ...process.env,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
        PRISMA_CLI_QUERY_ENGINE_TYPE: "client",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (error) => resolve({ label, ok: false, output: String(error) }));
    child.on("close", (code) => resolve({ label, ok: code === 0, output }));
  });
}

const url = databaseUrl(process.env);
let provider;
try {
  provider = providerOf(url);
} catch (error) {
  console.error(banner(["prepare-db: " + error.message]));
  process.exit(1);
}

// Independent steps, run side by side to keep installs quick.
const jobs = [
  runPrisma("generate SQLite client", ["generate", "--schema", "prisma/sqlite/schema.prisma"], {
    PRISMA_SCHEMA_PROVIDER: "sqlite",
  }),
  runPrisma("generate PostgreSQL client", ["generate", "--schema", "prisma/postgresql/schema.prisma"], {
    PRISMA_SCHEMA_PROVIDER: "postgresql",
  }),
];
if (provider === "sqlite") {
  jobs.push(runPrisma(`migrate deploy (${url})`, ["migrate", "deploy"]));
}

const results = await Promise.all(jobs);
const failed = results.filter((r) => !r.ok);
for (const r of failed) {
  console.error(`\nprepare-db: ${r.label} FAILED:\n${r.output.trim()}\n`);
}
if (failed.length > 0) {
  console.error(
    banner([
      `prepare-db: ${failed.map((r) => r.label).join(", ")} failed (details above).`,
      "The app cannot use its database until this is fixed. Retry with `npm run db:prepare`.",
      "A local SQLite file that no longer matches the migrations can be deleted: rm prisma/dev.sqlite",
      "To install without this step: SWITCHBOARD_SKIP_PREPARE_DB=1 npm install",
    ]),
  );
  process.exit(1);
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (provider === "sqlite") {
  console.log(`prepare-db: generated both Prisma clients and migrated ${url} in ${seconds}s.`);
} else {
  console.log(
    `prepare-db: generated both Prisma clients in ${seconds}s. DATABASE_URL is PostgreSQL: ` +
      "migrations are not applied on install; run `npm run db:deploy` when ready.",
  );
}

