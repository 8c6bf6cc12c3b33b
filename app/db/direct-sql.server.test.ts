import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directSql } from "../db.server";
import { createTestDatabase, testProviders, type TestDatabase } from "../testing/test-database.server";
import { isUniqueViolationCode, SqlError } from "./direct-sql.server";
import { sql } from "./sql";

// The driver the message path uses must read and write exactly what Prisma's model API does, on both databases.
describe.each(testProviders())("direct SQL on %s", (provider) => {
  let t: TestDatabase;
  let n = 0;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  const conversation = (over: Record<string, unknown> = {}) =>
    t.prisma.conversation.create({ data: { shop: "direct.myshopify.com", visitorId: `v-${provider}-${++n}`, ...over } });

  it("writes Dates and booleans Prisma reads back unchanged, and reads Prisma's as Date and boolean", async () => {
    const c = await conversation({ upset: true, waitingSince: new Date("2026-11-30T23:59:59.999Z") });
    const read = await directSql(t.prisma).rows<{ upset: boolean; urgent: boolean; waitingSince: Date; handoffAt: Date | null }>(
      sql`SELECT "upset", "urgent", "waitingSince", "handoffAt" FROM "Conversation" WHERE "id" = ${c.id}`,
    );
    expect(read).toEqual([{ upset: true, urgent: false, waitingSince: new Date("2026-11-30T23:59:59.999Z"), handoffAt: null }]);

    const at = new Date("2027-01-02T03:04:05.678Z");
    const changed = await directSql(t.prisma).run(sql`UPDATE "Conversation" SET "handoffAt" = ${at}, "urgent" = ${true} WHERE "id" = ${c.id}`);
    expect(changed).toBe(1);
    const back = await t.prisma.conversation.findUniqueOrThrow({ where: { id: c.id } });
    expect(back.handoffAt).toEqual(at);
    expect(back.urgent).toBe(true);
    // Compared as stored: a direct write sorts with Prisma's writes.
    const later = await directSql(t.prisma).rows(sql`SELECT "id" FROM "Conversation" WHERE "id" = ${c.id} AND "handoffAt" > ${new Date("2027-01-02T03:04:05.677Z")}`);
    expect(later).toHaveLength(1);
  });

  it("counts as numbers, not BigInt or text", async () => {
    const c = await conversation();
    await t.prisma.message.createMany({ data: [1, 2, 3].map((i) => ({ conversationId: c.id, author: "bot", body: `b${i}`, feedback: "down" })) });
    const [row] = await directSql(t.prisma).rows<{ n: unknown }>(sql`SELECT COUNT(*) AS "n" FROM "Message" WHERE "conversationId" = ${c.id}`);
    expect(row.n).toBe(3);
  });

  it("reports a unique violation with the driver's code", async () => {
    const c = await conversation({ clientKey: "k" });
    const error = await directSql(t.prisma)
      .run(sql`INSERT INTO "Conversation" ("id", "shop", "visitorId", "clientKey", "updatedAt") VALUES (${"dup-" + provider}, ${c.shop}, ${c.visitorId}, ${"k"}, ${new Date()})`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SqlError);
    expect(isUniqueViolationCode((error as SqlError).code)).toBe(true);
  });

  it("commits a transaction whole, and rolls it back whole when it throws", async () => {
    const c = await conversation();
    const direct = directSql(t.prisma);
    await expect(
      direct.transaction(async (tx) => {
        await tx.run(sql`UPDATE "Conversation" SET "status" = 'human' WHERE "id" = ${c.id}`);
        throw new Error("midway");
      }),
    ).rejects.toThrow("midway");
    expect((await t.prisma.conversation.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("bot");
    await direct.transaction(async (tx) => {
      await tx.run(sql`UPDATE "Conversation" SET "status" = 'human' WHERE "id" = ${c.id}`);
      await tx.run(sql`UPDATE "Conversation" SET "language" = 'fr' WHERE "id" = ${c.id}`);
    });
    expect(await t.prisma.conversation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "human", language: "fr" });
  });

  it("never runs a transaction inside one of Prisma's that is still open", async () => {
    const c = await conversation();
    const order: string[] = [];
    let releasePrisma!: () => void;
    const prismaHolds = new Promise<void>((resolve) => (releasePrisma = resolve));
    const prismaTx = t.prisma.$transaction(async (tx) => {
      await tx.conversation.update({ where: { id: c.id }, data: { language: "de" } });
      order.push("prisma wrote");
      await prismaHolds;
      order.push("prisma commits");
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const directTx = directSql(t.prisma).transaction(async (tx) => {
      order.push("direct starts");
      await tx.run(sql`UPDATE "Conversation" SET "language" = 'es' WHERE "id" = ${c.id}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    releasePrisma();
    await Promise.all([prismaTx, directTx]);
    // SQLite: one connection, so the direct transaction waits its turn at the gate. PostgreSQL: its own
    // connection, and its write waits on the row lock until Prisma's commits. Either way the direct write is last.
    if (provider === "sqlite") expect(order).toEqual(["prisma wrote", "prisma commits", "direct starts"]);
    expect((await t.prisma.conversation.findUniqueOrThrow({ where: { id: c.id } })).language).toBe("es");
  });

  it("keeps a write made while someone else's transaction is open out of it, so that transaction's rollback cannot undo it", async () => {
    const c = await conversation();
    let failPrisma!: () => void;
    const prismaFails = new Promise<void>((resolve) => (failPrisma = resolve));
    const prismaTx = t.prisma
      .$transaction(async (tx) => {
        await tx.conversation.update({ where: { id: c.id }, data: { language: "de" } });
        await prismaFails;
        throw new Error("rolled back");
      })
      .catch((error: Error) => error.message);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Another request's statements, outside any transaction: one direct, one through Prisma's model API.
    const direct = directSql(t.prisma).run(sql`UPDATE "Conversation" SET "status" = 'human' WHERE "id" = ${c.id}`);
    const model = t.prisma.conversation.update({ where: { id: c.id }, data: { contactEmail: "kept@example.com" } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    failPrisma();
    expect(await prismaTx).toBe("rolled back");
    await Promise.all([direct, model]);
    expect(await t.prisma.conversation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      language: "en",
      status: "human",
      contactEmail: "kept@example.com",
    });
  });

  it("works again after the client disconnects", async () => {
    await t.prisma.$disconnect();
    const prismaAgain = await t.prisma.conversation.count().then(() => "works", () => "fails");
    const directAgain = await directSql(t.prisma).rows(sql`SELECT 1 AS "one"`).then(() => "works", () => "fails");
    // As Prisma does: it reopens the SQLite file, or opens a new PostgreSQL pool, and the direct driver follows.
    expect([prismaAgain, directAgain]).toEqual(["works", "works"]);
  });
});
