import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../app/db.server";
import { createTestDatabase, testProviders, type TestDatabase } from "../app/testing/test-database.server";
import { createPgAdapter } from "./adapters";
import { databaseUrl, DEFAULT_SQLITE_URL, providerOf, sqliteFilePath } from "./database-url.mjs";

describe("DATABASE_URL", () => {
  it("defaults to the SQLite file in prisma/", () => {
    expect(databaseUrl({})).toBe(DEFAULT_SQLITE_URL);
    expect(databaseUrl({ DATABASE_URL: "  " })).toBe(DEFAULT_SQLITE_URL);
    expect(sqliteFilePath(DEFAULT_SQLITE_URL, "/srv/app")).toBe(path.join("/srv/app", "prisma", "dev.sqlite"));
  });

  it("picks the provider from the scheme and rejects others", () => {
    expect(providerOf(undefined)).toBe("sqlite");
    expect(providerOf("file:./x.sqlite")).toBe("sqlite");
    expect(providerOf("postgresql://u@h/db")).toBe("postgresql");
    expect(providerOf("postgres://u@h/db")).toBe("postgresql");
    expect(() => providerOf("mysql://u:secret@h/db")).toThrow(/must be unset.*"mysql:\.\.\."/);
    expect(() => providerOf("mysql://u:secret@h/db")).not.toThrow(/secret/);
  });

  it("resolves relative SQLite paths against the working directory and keeps absolute ones", () => {
    expect(sqliteFilePath("file:data/a.sqlite?mode=rwc", "/srv/app")).toBe("/srv/app/data/a.sqlite");
    expect(sqliteFilePath("file:/var/lib/a.sqlite", "/srv/app")).toBe("/var/lib/a.sqlite");
  });

  it("refuses a PostgreSQL ?schema= that migrations would not honour", () => {
    expect(() => createPgAdapter("postgresql://u@127.0.0.1/db?schema=tenant")).toThrow(/schema=tenant is not supported/);
    expect(() => createPrismaClient("postgresql://u@127.0.0.1/db?schema=public")).not.toThrow();
  });
});

if (testProviders().includes("postgresql")) {
  describe("PostgreSQL adapter", () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase("postgresql");
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("reads the catalog types `name` and \"char\" that adapter-pg 6.19 rejects on its own", async () => {
      const rows = await db.prisma.$queryRaw<Array<{ db: string; kind: string }>>`
        SELECT current_database()::name AS db, c.contype AS kind
        FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
        WHERE t.relname = 'Message' AND c.contype = 'f'`;
      expect(rows).toEqual([{ db: new URL(db.url).pathname.slice(1), kind: "f" }]);
    });

    it("reads the same columns inside an interactive transaction", async () => {
      const name = await db.prisma.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<Array<{ n: string }>>`SELECT 'x'::name AS n`;
        return rows[0].n;
      });
      expect(name).toBe("x");
    });
  });
}

describe("the app's SQLite connection", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
  });
  afterAll(() => db.drop());

  // Rollback journal + synchronous=FULL cost ~34 fsyncs and ~8 journal files per shopper message (bench load).
  it("runs in WAL mode with synchronous=NORMAL and waits for locks instead of failing", async () => {
    const [journal] = await db.prisma.$queryRawUnsafe<Array<{ journal_mode: string }>>("PRAGMA journal_mode");
    const [sync] = await db.prisma.$queryRawUnsafe<Array<{ synchronous: bigint | number }>>("PRAGMA synchronous");
    const [busy] = await db.prisma.$queryRawUnsafe<Array<{ timeout: bigint | number }>>("PRAGMA busy_timeout");
    expect(journal.journal_mode).toBe("wal");
    expect(Number(sync.synchronous)).toBe(1); // NORMAL
    expect(Number(busy.timeout)).toBeGreaterThanOrEqual(5000);
  });
});
