import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { testProviders } from "../app/testing/test-database.server";
import { checkDatabaseSchemas } from "./check";
import { prismaDir, renderSchema } from "./schemas";

// db:check must pass on the repository and fail on every kind of drift it exists to catch.
// Drift is staged in temporary copies of prisma/, never in the real one.

const providers = testProviders();
const scratchDirs: string[] = [];

async function copyOfPrismaDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "switchboard-db-check-test-"));
  scratchDirs.push(dir);
  await cp(path.join(prismaDir, "models.prisma"), path.join(dir, "models.prisma"));
  for (const provider of ["sqlite", "postgresql"]) {
    await cp(path.join(prismaDir, provider), path.join(dir, provider), { recursive: true });
  }
  return dir;
}

async function addFieldToConversation(dir: string): Promise<string> {
  const file = path.join(dir, "models.prisma");
  const models = await readFile(file, "utf8");
  const changed = models.replace(/(model Conversation \{\n)/, "$1  priority Int @default(0)\n");
  expect(changed).not.toBe(models);
  await writeFile(file, changed);
  return changed;
}

afterEach(async () => {
  await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

// Each case runs the Prisma CLI; allow for a busy machine.
describe("db:check", { timeout: 60_000 }, () => {
  it("passes on the committed schemas and migrations", async () => {
    const result = await checkDatabaseSchemas({ providers });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("fails when models.prisma gains a field that neither schemas nor migrations have", async () => {
    const dir = await copyOfPrismaDir();
    await addFieldToConversation(dir);

    const result = await checkDatabaseSchemas({ prismaDir: dir, providers });

    expect(result.ok).toBe(false);
    for (const provider of providers) {
      expect(result.problems).toContainEqual(expect.stringMatching(new RegExp(`${provider}/schema.prisma is out of step`)));
      expect(result.problems).toContainEqual(expect.stringMatching(new RegExp(`${provider}/migrations does not produce`)));
    }
  });

  it("fails on missing migrations even after the schemas were regenerated", async () => {
    const dir = await copyOfPrismaDir();
    const models = await addFieldToConversation(dir);
    for (const provider of providers) {
      await writeFile(path.join(dir, provider, "schema.prisma"), renderSchema(provider, models));
    }

    const result = await checkDatabaseSchemas({ prismaDir: dir, providers });

    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => p.includes("out of step"))).toBe(false);
    expect(result.problems.filter((p) => p.includes("does not produce"))).toHaveLength(providers.length);
    expect(result.problems.join("\n")).toMatch(/Conversation/);
  });

  it("passes again once each provider has the migration for the change", async () => {
    const dir = await copyOfPrismaDir();
    const models = await addFieldToConversation(dir);
    const migration: Record<string, string> = {
      sqlite: `ALTER TABLE "Conversation" ADD COLUMN "priority" INTEGER NOT NULL DEFAULT 0;\n`,
      postgresql: `ALTER TABLE "Conversation" ADD COLUMN "priority" INTEGER NOT NULL DEFAULT 0;\n`,
    };
    for (const provider of providers) {
      await writeFile(path.join(dir, provider, "schema.prisma"), renderSchema(provider, models));
      const migrationDir = path.join(dir, provider, "migrations", "29990101000000_priority");
      await mkdir(migrationDir, { recursive: true });
      await writeFile(path.join(migrationDir, "migration.sql"), migration[provider]);
    }

    const result = await checkDatabaseSchemas({ prismaDir: dir, providers });

    expect(result.problems).toEqual([]);
  });

  it("fails when a generated schema was edited by hand", async () => {
    const dir = await copyOfPrismaDir();
    const file = path.join(dir, "sqlite", "schema.prisma");
    await writeFile(file, (await readFile(file, "utf8")).replace("@@index([shop, status, waitingSince])", ""));

    const result = await checkDatabaseSchemas({ prismaDir: dir, providers: ["sqlite"] });

    expect(result.problems).toEqual([expect.stringMatching(/sqlite\/schema.prisma is out of step/)]);
  });

  it("rejects datasource or generator blocks in models.prisma", async () => {
    const dir = await copyOfPrismaDir();
    const file = path.join(dir, "models.prisma");
    await writeFile(file, `datasource db {\n  provider = "sqlite"\n}\n${await readFile(file, "utf8")}`);

    const result = await checkDatabaseSchemas({ prismaDir: dir, providers: ["sqlite"] });

    expect(result.problems).toEqual([expect.stringMatching(/models only/)]);
  });
});
