import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DbProvider } from "./database-url.mjs";
import { runPrisma } from "./cli.mjs";
import { PROVIDERS, prismaDir as defaultPrismaDir, renderSchema } from "./schemas";

// The guard that keeps the two provider schemas and their migrations in step with models.prisma.
// Parameterised (models text, prisma dir) so tests can prove it catches drift on temporary copies.

export const DEFAULT_POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export type DbCheckOptions = {
  /** Text of models.prisma; defaults to <prismaDir>/models.prisma. */
  models?: string;
  /** Directory holding models.prisma and the sqlite/ and postgresql/ folders. */
  prismaDir?: string;
  /**
   * Any database on a PostgreSQL server where the check may create (and drop) a temporary shadow
   * database to replay the PostgreSQL migrations. Defaults to TEST_POSTGRES_URL, then DATABASE_URL if it
   * is PostgreSQL, then the local server.
   */
  postgresUrl?: string;
  providers?: readonly DbProvider[];
};

export type DbCheckResult = { ok: boolean; problems: string[] };

export function defaultPostgresUrl(env: Record<string, string | undefined> = process.env): string {
  if (env.TEST_POSTGRES_URL) return env.TEST_POSTGRES_URL;
  if (env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL)) return env.DATABASE_URL;
  return DEFAULT_POSTGRES_ADMIN_URL;
}

async function migrationsProblem(
  provider: DbProvider,
  migrationsDir: string,
  expectedSchemaFile: string,
  url: string,
): Promise<string | undefined> {
  // Replays the migrations on a shadow database (in-memory SQLite, or a temporary PostgreSQL database)
  // and compares the result with the schema; exit 2 means they differ.
  const result = await runPrisma(
    ["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema-datamodel", expectedSchemaFile, "--exit-code"],
    { env: { DATABASE_URL: url, PRISMA_SCHEMA_PROVIDER: provider } },
  );
  const rel = path.relative(process.cwd(), migrationsDir);
  if (result.status === 0) return undefined;
  if (result.status === 2) {
    return (
      `${rel} does not produce the ${provider} schema of models.prisma. Missing from the migrations:\n` +
      `${result.stdout.trim()}\nAdd a migration: npm run db:migration -- <name>`
    );
  }
  return `could not replay ${rel} (${provider}):\n${(result.stderr || result.stdout).trim()}`;
}

export async function checkDatabaseSchemas(options: DbCheckOptions = {}): Promise<DbCheckResult> {
  const dir = options.prismaDir ?? defaultPrismaDir;
  const models = options.models ?? (await readFile(path.join(dir, "models.prisma"), "utf8"));
  const providers = options.providers ?? PROVIDERS;
  const problems: string[] = [];
  const scratch = await mkdtemp(path.join(tmpdir(), "switchboard-db-check-"));
  try {
    const checks = providers.map(async (provider) => {
      let expected: string;
      try {
        expected = renderSchema(provider, models);
      } catch (error) {
        problems.push((error as Error).message);
        return;
      }
      const schemaFile = path.join(dir, provider, "schema.prisma");
      const committed = await readFile(schemaFile, "utf8").catch(() => undefined);
      if (committed !== expected) {
        problems.push(
          `${path.relative(process.cwd(), schemaFile)} is out of step with models.prisma: run npm run db:generate`,
        );
      }
      // Migrations are held to what models.prisma says, even when the generated schema is stale.
      const expectedFile = path.join(scratch, `${provider}.prisma`);
      await writeFile(expectedFile, expected);
      const url = provider === "sqlite" ? "file::memory:" : (options.postgresUrl ?? defaultPostgresUrl());
      const problem = await migrationsProblem(provider, path.join(dir, provider, "migrations"), expectedFile, url);
      if (problem) problems.push(problem);
    });
    await Promise.all(checks);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return { ok: problems.length === 0, problems };
}
