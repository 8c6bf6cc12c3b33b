import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type BetterSqlite3 from "better-sqlite3";
import { startBackgroundCheckpoints } from "./sqlite-checkpointer";
import { createPrismaClient } from "../app/db.server";
import { createTestDatabase } from "../app/testing/test-database.server";

// The copy of better-sqlite3 Prisma's adapter uses, as the app's connection is opened with it.
const Database = createRequire(createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3"))("better-sqlite3") as typeof BetterSqlite3;

const dirs: string[] = [];
function walDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "switchboard-checkpoint-"));
  dirs.push(dir);
  const file = path.join(dir, "x.sqlite");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
  return { db, file, dir };
}

/** The rows a copy of the database file alone holds: what has been checkpointed out of the log. */
function rowsInFileAlone(file: string, dir: string): number {
  const copy = path.join(dir, `copy-${Date.now()}.sqlite`);
  copyFileSync(file, copy);
  const db = new Database(copy, { readonly: true });
  try {
    // The table itself is created in the log: until a checkpoint, the file alone does not have it.
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 't'").get()) return 0;
    return (db.prepare("SELECT COUNT(*) AS n FROM t").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const until = async (condition: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("startBackgroundCheckpoints", () => {
  it("copies committed pages into the database file from the worker, while the app's connection only writes", async () => {
    const { db, file, dir } = walDatabase();
    const stop = startBackgroundCheckpoints(db, file, { intervalMs: 20, backstopPages: 4000 });
    try {
      expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(4000);
      const insert = db.prepare("INSERT INTO t (body) VALUES (?)");
      for (let i = 0; i < 200; i++) insert.run(`row ${i}`);
      // Far below the backstop, so only the worker can have put them in the file.
      expect(await until(() => rowsInFileAlone(file, dir) === 200)).toBe(true);
    } finally {
      await stop();
      db.close();
    }
  });

  it("keeps the log bounded while the app writes without pause", async () => {
    const { db, file } = walDatabase();
    const stop = startBackgroundCheckpoints(db, file, { intervalMs: 20, backstopPages: 500 });
    try {
      const insert = db.prepare("INSERT INTO t (body) VALUES (?)");
      const started = Date.now();
      let largest = 0;
      while (Date.now() - started < 1_500) {
        for (let i = 0; i < 50; i++) insert.run("x".repeat(2_000));
        largest = Math.max(largest, statSync(`${file}-wal`).size);
        await new Promise((resolve) => setImmediate(resolve));
      }
      // The backstop is 500 pages (2 MB). The log rewinds only when a write finds it fully copied, so it can
      // run past that for a while; without any checkpoint this loop writes well over 100 MB of log.
      expect(largest).toBeLessThan(16 * 1024 * 1024);
      expect((db.prepare("SELECT COUNT(*) AS n FROM t").get() as { n: number }).n).toBeGreaterThan(1_000);
    } finally {
      await stop();
      db.close();
    }
  });

  it("hands checkpoints back to the app's connection when the worker cannot run", async () => {
    const { db, dir } = walDatabase();
    // The worker opens its file with fileMustExist, so a wrong path makes it fail at start.
    const stop = startBackgroundCheckpoints(db, path.join(dir, "missing.sqlite"), { backstopPages: 4000 });
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(4000);
    expect(await until(() => db.pragma("wal_autocheckpoint", { simple: true }) === 1000)).toBe(true);
    await stop();
    db.close();
  });
});

describe("the app's SQLite client with background checkpoints", () => {
  it("has its commits copied into the database file by the worker, also after $disconnect and reconnect", async () => {
    const test = await createTestDatabase("sqlite");
    await test.prisma.$disconnect();
    const file = test.url.replace(/^file:/, "");
    const dir = path.dirname(file);
    const db = createPrismaClient(test.url, { backgroundCheckpoints: true });
    const settingsInFileAlone = () => {
      const copy = path.join(dir, `copy-${Date.now()}.sqlite`);
      copyFileSync(file, copy);
      const alone = new Database(copy, { readonly: true });
      try {
        return (alone.prepare(`SELECT COUNT(*) AS n FROM "ShopSettings"`).get() as { n: number }).n;
      } finally {
        alone.close();
      }
    };
    try {
      // A few pages, far below the backstop: only the worker copies them into the file.
      await db.shopSettings.create({ data: { shop: "first.myshopify.com", settings: "{}" } });
      expect(await until(() => settingsInFileAlone() === 1)).toBe(true);
      await db.$disconnect();
      // Prisma reconnects on the next query, with a new worker.
      await db.shopSettings.create({ data: { shop: "second.myshopify.com", settings: "{}" } });
      expect(await until(() => settingsInFileAlone() === 2)).toBe(true);
    } finally {
      await db.$disconnect();
      await test.drop();
    }
  });
});
