// Runs the project's Prisma CLI (plain Node, so scripts/prepare-db.mjs can use it before tsx exists).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export function prismaBin() {
  const require = createRequire(path.join(projectRoot, "package.json"));
  return require.resolve("prisma/build/index.js");
}

/**
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, capture?: boolean }} [options]
 */
export function runPrisma(args, options = {}) {
  const result = spawnSync(process.execPath, [prismaBin(), ...args], {
    cwd: projectRoot,
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1",
      // If the CLI cannot read a schema it assumes the library engine and tries to download it; the
      // real schema error is more useful than a network failure.
      PRISMA_CLI_QUERY_ENGINE_TYPE: "client",
      ...options.env },
    encoding: "utf8",
    stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** @param {string[]} args @param {{ env?: Record<string, string | undefined>, capture?: boolean }} [options] */
export function runPrismaOrThrow(args, options = {}) {
  const result = runPrisma(args, { capture: true, ...options });
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
