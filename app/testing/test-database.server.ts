import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type Db, type DbProvider } from "../db.server";
import { migrationsPath } from "../../prisma/schemas";

// Fresh, migrated databases for tests. Usage:
//   describe.each(testProviders())("%s", (provider) => {
//     let db: TestDatabase;
//     beforeAll(async () => { db = await createTestDatabase(provider); });
//     afterAll(() => db.drop());
//   });
// PostgreSQL is part of every run: an unreachable server fails the tests. Only SKIP_POSTGRES=1, set
// explicitly, leaves it out.

export type TestDatabase = { prisma: Db; url: string; provider: DbProvider; drop(): Promise<void> };

export const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function testProviders(env: Record<string, string | undefined> = process.env): DbProvider[] {
  return env.SKIP_POSTGRES === "1" ? ["sqlite"] : ["sqlite", "postgresql"];
}

/** A database on the test PostgreSQL server where databases may be created and dropped. */
export function testPostgresAdminUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL;
}

export function uniqueDatabaseName(): string {
  return `switchboard_test_${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`;
}

/** The committed migration scripts of a provider, oldest first. */
export async function migrationScripts(provider: DbProvider): Promise<string[]> {
  const dir = migrationsPath(provider);
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(names.map((name) => readFile(path.join(dir, name, "migration.sql"), "utf8")));
}

// Tests run the migration SQL directly: the same scripts `prisma migrate deploy` runs, in milliseconds
// instead of a CLI process per database. prisma/migrations.test.ts covers the real `migrate deploy`.
async function createSqlite(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), "switchboard-test-db-"));
  const file = path.join(dir, "test.sqlite");
  const sqlite = new Database(file);
  try {
    for (const script of await migrationScripts("sqlite")) sqlite.exec(script);
  } finally {
    sqlite.close();
  }
  const url = `file:${file}`;
  const prisma = createPrismaClient(url);
  return {
    prisma,
    url,
    provider: "sqlite",
    async drop() {
      await prisma.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function withPostgresAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${redact(adminUrl)} (${(error as Error).message}). The PostgreSQL tests ` +
        "need it: start it (pg_ctlcluster <version> main start), point TEST_POSTGRES_URL at a server, " +
        "or set SKIP_POSTGRES=1 to leave PostgreSQL out explicitly.",
      { cause: error },
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createPostgresDatabase(adminUrl = testPostgresAdminUrl()): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const name = uniqueDatabaseName();
  await withPostgresAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: databaseUrlFor(adminUrl, name),
    drop: () => withPostgresAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const database = await createPostgresDatabase();
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // Simple-protocol queries accept a whole multi-statement script.
      for (const script of await migrationScripts("postgresql")) await client.query(script);
    } finally {
      await client.end();
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
  const prisma = createPrismaClient(database.url);
  return {
    prisma,
    url: database.url,
    provider: "postgresql",
    async drop() {
      await prisma.$disconnect();
      await database.drop();
    },
  };
}

export function createTestDatabase(provider: DbProvider): Promise<TestDatabase> {
  return provider === "postgresql" ? createPostgres() : createSqlite();
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
