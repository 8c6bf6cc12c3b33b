import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../app/testing/test-database.server";

// The inbox_filter_columns migration also fills the new columns for conversations stored before it (the Inbox used to
// find upset/urgent/reason by substring in JSON). Its backfill statements, run on rows written the old way.
const MIGRATION = "20261201143745_inbox_filter_columns_and_notice_language";

function backfillStatements(provider: string): string[] {
  const sql = readFileSync(path.resolve("prisma", provider, "migrations", MIGRATION, "migration.sql"), "utf8");
  const part = sql.slice(sql.indexOf("-- Backfill"));
  return part
    .split(/;\s*\n/)
    .map((s) => s.replace(/^--.*$/gm, "").trim())
    .filter(Boolean);
}

describe.each(testProviders())("the inbox filter backfill on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("marks upset and urgent conversations, writes reason rows and takes the subscriber's language from the conversation", async () => {
    const shop = "backfill.myshopify.com";
    const understanding = (label: string, urgent: boolean) => JSON.stringify({ intent: "other", sentiment: { label, score: 0 }, urgency: { urgent, cues: [] } });
    const angry = await t.prisma.conversation.create({
      data: { shop, visitorId: "v-angry", messages: { create: [{ author: "shopper", body: "awful", understanding: understanding("negative", true) }] } },
    });
    const calm = await t.prisma.conversation.create({
      data: { shop, visitorId: "v-calm", language: "fr", contactEmail: "camille@example.fr", messages: { create: [{ author: "shopper", body: "bonjour", understanding: understanding("neutral", false) }] } },
    });
    await t.prisma.routingDecisionRecord.create({
      data: { conversationId: angry.id, kind: "handoff", intent: "other", reasons: JSON.stringify([{ code: "negative_sentiment", detail: "x" }, { code: "customer_tag", detail: "VIP" }]) },
    });
    await t.prisma.backInStockSubscription.create({ data: { shop, variantId: "gid://shopify/ProductVariant/1", email: "camille@example.fr" } });

    for (const statement of backfillStatements(provider)) await t.prisma.$executeRawUnsafe(statement);
    // Running it twice changes nothing (a re-run of a failed deploy).
    for (const statement of backfillStatements(provider)) await t.prisma.$executeRawUnsafe(statement);

    const flags = async (id: string) => t.prisma.conversation.findUniqueOrThrow({ where: { id }, select: { upset: true, urgent: true } });
    expect(await flags(angry.id)).toEqual({ upset: true, urgent: true });
    expect(await flags(calm.id)).toEqual({ upset: false, urgent: false });
    const codes = await t.prisma.routingReasonCode.findMany({ where: { decision: { conversationId: angry.id } }, select: { code: true }, orderBy: { code: "asc" } });
    expect(codes.map((c) => c.code)).toEqual(["customer_tag", "negative_sentiment"]);
    expect((await t.prisma.backInStockSubscription.findFirstOrThrow({ where: { shop } })).language).toBe("fr");
  });
});
