// Runs the project's Prisma CLI. Plain Node, so the npm postinstall hook (scripts/prepare-db.mjs) can use
// it before anyone can rely on tsx; the TypeScript db scripts and tests share it (types in cli.d.mts).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const prismaCliPath = path.join(projectRoot, "node_modules", "prisma", "build", "index.js");
const unrefLongTimers = path.join(projectRoot, "prisma", "unref-long-timers.cjs");

export function prismaCliInstalled() {
  return existsSync(prismaCliPath);
}

/**
 * Resolves with the exit status and output; never rejects for a non-zero exit.
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined> }} [options]
 * @returns {Promise<{ status: number, stdout: string, stderr: string }>}
 */
export function runPrisma(args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--require", unrefLongTimers, prismaCliPath, ...args], {
      cwd: projectRoot,
      env: {
        ...process.env,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
        // If the CLI cannot read a schema it assumes the library engine and tries to download it; the
        // real schema error is more useful than a network failure.
        PRISMA_CLI_QUERY_ENGINE_TYPE: "client",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (error) => resolve({ status: 1, stdout, stderr: stderr + String(error) }));
    child.on("close", (code) => resolve({ status: code ?? 1, stdout, stderr }));
  });
}

/** @param {string[]} args @param {{ env?: Record<string, string | undefined> }} [options] */
export async function runPrismaOrThrow(args, options = {}) {
  const result = await runPrisma(args, options);
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return result;
}

/** @param {"sqlite" | "postgresql"} provider */
export function generateClient(provider) {
  return runPrismaOrThrow(["generate", "--schema", `prisma/${provider}/schema.prisma`], {
    env: { PRISMA_SCHEMA_PROVIDER: provider },
  });
}

/**
 * `prisma migrate deploy` against `url` with that provider's committed migrations.
 * @param {string} url
 */
export function migrateDeploy(url) {
  return runPrisma(["migrate", "deploy"], { env: { DATABASE_URL: url, PRISMA_SCHEMA_PROVIDER: undefined } });
}
