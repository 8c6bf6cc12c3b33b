// Which database a DATABASE_URL points at. Shared by the app (app/db.server.ts), the Prisma CLI
// (prisma.config.ts), the db scripts and the npm postinstall hook (plain Node, hence .mjs) so they
// can never disagree.
import path from "node:path";

export const DEFAULT_SQLITE_URL = "file:prisma/dev.sqlite";

/** @param {string | undefined} url @returns {"sqlite" | "postgresql"} */
export function providerOf(url) {
  if (!url || url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be unset, a "file:" SQLite path or a "postgresql://" URL; got "${url.split(":")[0]}:..."`,
  );
}

/** @param {Record<string, string | undefined>} [env] */
export function databaseUrl(env = process.env) {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_SQLITE_URL;
}

// Relative SQLite paths resolve against the working directory (the project root for npm scripts and
// the server), not against a schema file as Prisma's Rust engines did: one rule for CLI and app.
/** @param {string} url @param {string} [cwd] */
export function sqliteFilePath(url, cwd = process.cwd()) {
  const file = url.replace(/^file:/, "").split("?")[0];
  if (file === ":memory:") return file;
  return path.resolve(cwd, file);
}
