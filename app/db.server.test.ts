import { Prisma as DefaultClientPrisma } from "@prisma/client";
import { Session } from "@shopify/shopify-api";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma } from "./db.server";
import { createTestDatabase, testProviders, type TestDatabase } from "./testing/test-database.server";

const SHOP = "switchboard-test.myshopify.com";

async function uniqueViolation(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a unique constraint violation");
}

describe.each(testProviders())("data layer on %s", (provider) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("talks to the database its URL names", async () => {
    const rows =
      provider === "postgresql"
        ? await db.prisma.$queryRaw<Array<{ v: string }>>`SELECT version() AS v`
        : await db.prisma.$queryRaw<Array<{ v: string }>>`SELECT 'SQLite ' || sqlite_version() AS v`;
    expect(rows[0].v).toMatch(provider === "postgresql" ? /^PostgreSQL/ : /^SQLite/);
  });

  it("creates a conversation with defaults and reads its messages in order", async () => {
    const conversation = await db.prisma.conversation.create({
      data: { shop: SHOP, visitorId: "visitor-crud" },
    });
    expect(conversation).toMatchObject({ status: "bot", language: "en", context: "{}", holdout: false });
    expect(conversation.id).toMatch(/^c[a-z0-9]{20,}$/);

    const first = await db.prisma.message.create({
      data: { conversationId: conversation.id, author: "shopper", body: "Where is my order?", createdAt: new Date(1_000) },
    });
    await db.prisma.message.create({
      data: { conversationId: conversation.id, author: "bot", body: "Let me check.", createdAt: new Date(2_000) },
    });

    const updated = await db.prisma.conversation.update({
      where: { id: conversation.id },
      data: { status: "waiting_for_human", handoffReason: "asked_for_human", lastMessageAt: new Date(2_000) },
      include: { messages: { orderBy: { createdAt: "asc" } } },
    });
    expect(updated.status).toBe("waiting_for_human");
    expect(updated.messages.map((m) => m.body)).toEqual(["Where is my order?", "Let me check."]);
    expect(updated.messages[0].id).toBe(first.id);
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(conversation.updatedAt.getTime());

    const waiting = await db.prisma.conversation.findMany({
      where: { shop: SHOP, status: "waiting_for_human" },
      orderBy: { lastMessageAt: "desc" },
    });
    expect(waiting.map((c) => c.id)).toContain(conversation.id);
  });

  it("deletes a conversation's messages and routing decisions with it", async () => {
    const conversation = await db.prisma.conversation.create({
      data: {
        shop: SHOP,
        visitorId: "visitor-cascade",
        messages: { create: [{ author: "shopper", body: "hi" }, { author: "bot", body: "hello" }] },
        decisions: {
          create: { kind: "bot", intent: "greeting", confidence: 0.92, reasons: JSON.stringify([{ code: "confident" }]) },
        },
      },
    });
    const other = await db.prisma.conversation.create({
      data: { shop: SHOP, visitorId: "visitor-cascade-other", messages: { create: { author: "shopper", body: "stay" } } },
    });

    await db.prisma.conversation.delete({ where: { id: conversation.id } });

    expect(await db.prisma.message.count({ where: { conversationId: conversation.id } })).toBe(0);
    expect(await db.prisma.routingDecisionRecord.count({ where: { conversationId: conversation.id } })).toBe(0);
    expect(await db.prisma.message.count({ where: { conversationId: other.id } })).toBe(1);
  });

  it("rejects a second message with the same clientMessageId in a conversation", async () => {
    const conversation = await db.prisma.conversation.create({ data: { shop: SHOP, visitorId: "visitor-idem" } });
    const data = { conversationId: conversation.id, author: "shopper", body: "hello", clientMessageId: "bubble-1" };
    await db.prisma.message.create({ data });

    const error = await uniqueViolation(db.prisma.message.create({ data }));

    // Both the app's namespace and the one session-storage-prisma imports must recognise it.
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect(error).toBeInstanceOf(DefaultClientPrisma.PrismaClientKnownRequestError);
    expect((error as { code: string }).code).toBe("P2002");
    expect(await db.prisma.message.count({ where: { conversationId: conversation.id } })).toBe(1);
  });

  it("allows the same clientMessageId in another conversation and several messages without one", async () => {
    const a = await db.prisma.conversation.create({ data: { shop: SHOP, visitorId: "visitor-idem-a" } });
    const b = await db.prisma.conversation.create({ data: { shop: SHOP, visitorId: "visitor-idem-b" } });
    await db.prisma.message.create({ data: { conversationId: a.id, author: "shopper", body: "x", clientMessageId: "same" } });
    await db.prisma.message.create({ data: { conversationId: b.id, author: "shopper", body: "x", clientMessageId: "same" } });
    await db.prisma.message.create({ data: { conversationId: a.id, author: "bot", body: "y" } });
    await db.prisma.message.create({ data: { conversationId: a.id, author: "bot", body: "z" } });

    const found = await db.prisma.message.findUnique({
      where: { conversationId_clientMessageId: { conversationId: b.id, clientMessageId: "same" } },
    });
    expect(found?.conversationId).toBe(b.id);
    expect(await db.prisma.message.count({ where: { conversationId: a.id } })).toBe(3);
  });

  it("keeps one back-in-stock subscription per shop, variant and email", async () => {
    const data = { shop: SHOP, variantId: "gid://shopify/ProductVariant/1", inventoryItemId: "gid://shopify/InventoryItem/9", email: "a@example.com" };
    await db.prisma.backInStockSubscription.create({ data });
    const error = await uniqueViolation(db.prisma.backInStockSubscription.create({ data }));
    expect((error as { code: string }).code).toBe("P2002");

    const pending = await db.prisma.backInStockSubscription.findMany({
      where: { shop: SHOP, inventoryItemId: data.inventoryItemId, notifiedAt: null },
    });
    expect(pending.map((s) => s.email)).toEqual(["a@example.com"]);
  });

  it("upserts shop settings and bumps updatedAt", async () => {
    const created = await db.prisma.shopSettings.upsert({
      where: { shop: SHOP },
      create: { shop: SHOP, settings: JSON.stringify({ botName: "Sam" }) },
      update: {},
    });
    const updated = await db.prisma.shopSettings.update({
      where: { shop: SHOP },
      data: { settings: JSON.stringify({ botName: "Alex" }) },
    });
    expect(JSON.parse(updated.settings)).toEqual({ botName: "Alex" });
    expect(updated.createdAt.getTime()).toBe(created.createdAt.getTime());
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());
  });

  it("stores, loads, finds and deletes Shopify sessions through PrismaSessionStorage", async () => {
    const storage = new PrismaSessionStorage(db.prisma);
    expect(await storage.isReady()).toBe(true);

    const offline = new Session({
      id: `offline_${SHOP}`,
      shop: SHOP,
      state: "state-1",
      isOnline: false,
      scope: "read_products,read_orders",
      accessToken: "shpat_offline",
    });
    const expires = new Date(Date.UTC(2030, 0, 1));
    const online = new Session({
      id: `${SHOP}_902541635`,
      shop: SHOP,
      state: "state-2",
      isOnline: true,
      scope: "read_products",
      accessToken: "shpua_online",
      expires,
      onlineAccessInfo: {
        expires_in: 86_399,
        associated_user_scope: "read_products",
        associated_user: {
          // Larger than 2^31: the column is a BigInt on both providers.
          id: 902541635123,
          first_name: "Ada",
          last_name: "Lovelace",
          email: "ada@example.com",
          email_verified: true,
          account_owner: true,
          locale: "en",
          collaborator: false,
        },
      },
    });

    expect(await storage.storeSession(offline)).toBe(true);
    expect(await storage.storeSession(online)).toBe(true);
    // Upsert: storing again replaces, it does not duplicate.
    offline.accessToken = "shpat_rotated";
    expect(await storage.storeSession(offline)).toBe(true);

    const loadedOffline = await storage.loadSession(offline.id);
    expect(loadedOffline?.accessToken).toBe("shpat_rotated");
    expect(loadedOffline?.isOnline).toBe(false);
    expect(loadedOffline?.scope).toBe("read_products,read_orders");

    const loadedOnline = await storage.loadSession(online.id);
    expect(loadedOnline?.expires?.getTime()).toBe(expires.getTime());
    expect(loadedOnline?.onlineAccessInfo?.associated_user).toMatchObject({
      id: 902541635123,
      first_name: "Ada",
      email: "ada@example.com",
      account_owner: true,
      email_verified: true,
    });

    const byShop = await storage.findSessionsByShop(SHOP);
    expect(byShop.map((s) => s.id).sort()).toEqual([offline.id, online.id].sort());

    expect(await storage.deleteSession(online.id)).toBe(true);
    expect(await storage.loadSession(online.id)).toBeUndefined();
    expect(await storage.deleteSessions([offline.id])).toBe(true);
    expect(await storage.findSessionsByShop(SHOP)).toEqual([]);
  });
});

describe("the app's prisma singleton", () => {
  const globalSlot = globalThis as { switchboardPrisma?: unknown };
  const created: TestDatabase[] = [];

  afterEach(async () => {
    vi.unstubAllEnvs();
    delete globalSlot.switchboardPrisma;
    vi.resetModules();
    await Promise.all(created.splice(0).map((db) => db.drop()));
  });

  it("survives module reloads, as in Remix dev", async () => {
    const first = (await import("./db.server")).prisma;
    vi.resetModules();
    const second = (await import("./db.server")).prisma;
    expect(second).toBe(first);
  });

  it.each(testProviders())("connects to the %s database that DATABASE_URL names", async (provider) => {
    const db = await createTestDatabase(provider);
    created.push(db);
    await db.prisma.shopSettings.create({ data: { shop: `marker-${provider}`, settings: "{}" } });
    await db.prisma.$disconnect();

    delete globalSlot.switchboardPrisma;
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", db.url);
    const app = await import("./db.server");
    try {
      expect(app.dbProvider).toBe(provider);
      expect(await app.prisma.shopSettings.findUnique({ where: { shop: `marker-${provider}` } })).not.toBeNull();
    } finally {
      await app.prisma.$disconnect();
    }
  });
});
