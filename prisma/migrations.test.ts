import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../app/db.server";
import { createPostgresDatabase, testProviders } from "../app/testing/test-database.server";
import { migrateDeploy, runPrisma } from "./cli.mjs";
import type { DbProvider } from "./database-url.mjs";

// The real `prisma migrate deploy` (JS schema engine + driver adapter) on a fresh database per provider:
// what a fresh install (SQLite) and a production deploy (PostgreSQL) run.

async function freshDatabase(provider: DbProvider): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === "postgresql") return createPostgresDatabase();
  const dir = await mkdtemp(path.join(tmpdir(), "switchboard-migrate-"));
  return { url: `file:${path.join(dir, "deploy.sqlite")}`, drop: () => rm(dir, { recursive: true, force: true }) };
}

describe.each(testProviders())("prisma migrate deploy on %s", { timeout: 60_000 }, (provider) => {
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    database = await freshDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("applies every migration to an empty database, then has nothing left to apply", async () => {
    const first = await migrateDeploy(database.url);
    expect(first.stderr + first.stdout).not.toMatch(/error/i);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/successfully applied/);

    const again = await migrateDeploy(database.url);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/No pending migrations/);

    const status = await runPrisma(["migrate", "status"], { env: { DATABASE_URL: database.url } });
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/Database schema is up to date/);
  });

  it("leaves a database the app's client can use", async () => {
    const prisma = createPrismaClient(database.url);
    try {
      const conversation = await prisma.conversation.create({
        data: { shop: "deploy.myshopify.com", visitorId: "v", messages: { create: { author: "shopper", body: "hi" } } },
        include: { messages: true },
      });
      expect(conversation.messages).toHaveLength(1);
      expect(await prisma.session.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
