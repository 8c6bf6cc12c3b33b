import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEED_CUSTOMERS, SEED_ORDERS } from "~/simulated-shop/seed.server";
import { getSimulatedShopRequests } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { saveShopSettings } from "../settings/shop-settings-store.server";
import type { AdminGraphql } from "../shop-data/admin-api.server";
import { searchCustomers } from "./customer-search.server";
import { dryRunConversation } from "./dry-run.server";
import { MutationRefusedError, readOnlyAdmin } from "./read-only-admin.server";
import { tryItUnderstander } from "./understander.server";

const isWrite = (query: string) => /^\s*mutation\b/m.test(query.replace(/#graphql/g, ""));

describe.each(testProviders())("try it (dry run) on %s", (provider) => {
  let t: TestDatabase;
  let admin: AdminGraphql;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  beforeEach(async () => {
    admin = await createSimulatedAdmin(TEST_SHOP);
  });
  afterAll(() => t.drop());

  const counts = async () => ({
    conversations: await t.prisma.conversation.count(),
    messages: await t.prisma.message.count(),
    decisions: await t.prisma.routingDecisionRecord.count(),
    settings: await t.prisma.shopSettings.count(),
    subscriptions: await t.prisma.backInStockSubscription.count(),
  });

  it("a confirmed return request is reported, never executed: no mutation reaches the shop and nothing is stored", async () => {
    const order = SEED_ORDERS.delivered;
    const before = await counts();
    const result = await dryRunConversation({
      db: t.prisma,
      shop: TEST_SHOP,
      admin,
      understander: tryItUnderstander(),
      customerId: null,
      messages: [`I want to return my order ${order.name}`, order.email, "yes", "they're too small"],
    });

    const [ask, proposal, why, confirm] = result.turns;
    expect(ask.understanding.intent).toBe("return_request");
    expect(ask.decision?.kind).toBe("clarify");
    expect(ask.decision?.reasons.map((r) => r.code)).toContain("missing_information");
    expect(proposal.continued).toBe(true);
    expect(proposal.decision?.kind).toBe("automate");
    expect(proposal.reply).toContain("Merino Wool Beanie");
    // As in the engine: a yes takes every item, and the bot asks why before anything would be requested.
    expect(why.wouldDo).toBeNull();
    expect(why.reply).toMatch(/why are you returning/i);
    expect(confirm.wouldDo).toMatchObject({ action: "return_request", orderId: order.id });
    expect(confirm.reply).toBeNull();

    const requests = getSimulatedShopRequests(TEST_SHOP);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => isWrite(r.query))).toEqual([]);
    expect(result.refusedOperations).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it("shows every routing reason for a customer the merchant picked, using their live profile", async () => {
    await saveShopSettings(t.prisma, TEST_SHOP, { holdoutPercent: 10 });
    const [vip] = await searchCustomers(admin, SEED_CUSTOMERS.vip.email);
    expect(vip).toMatchObject({ id: SEED_CUSTOMERS.vip.id, name: "Olivia Hart" });
    const result = await dryRunConversation({ db: t.prisma, shop: TEST_SHOP, admin, understander: tryItUnderstander(), customerId: vip.id, messages: ["where is my order?"] });
    const [turn] = result.turns;
    expect(result.customer?.tags).toContain("VIP");
    expect(turn.decision?.kind).toBe("handoff");
    expect(turn.decision?.reasons.map((r) => r.code)).toContain("customer_tag");
    expect(turn.reply).toBeTruthy();
    expect(result.holdoutPercent).toBe(10);
  });

  it("answers from live shop data for a guest, with the understanding the merchant needs to see", async () => {
    const order = SEED_ORDERS.inTransit;
    const result = await dryRunConversation({
      db: t.prisma,
      shop: TEST_SHOP,
      admin,
      understander: tryItUnderstander(),
      customerId: null,
      messages: [`where is my order ${order.name}? my email is ${order.email}`],
    });
    const [turn] = result.turns;
    expect(turn.understanding).toMatchObject({ intent: "order_status", language: "en" });
    expect(turn.understanding.entities.orderNumbers).toEqual([order.name.replace("#", "")]);
    expect(turn.decision?.kind).toBe("automate");
    expect(turn.reply).toContain(order.tracking!.number);
    expect(turn.adminApi.requests).toBeGreaterThan(0);
  });
});

describe("read-only Admin client", () => {
  it("refuses mutations (and anything it cannot parse) before they reach the shop, passes queries through", async () => {
    const sent: string[] = [];
    const inner: AdminGraphql = { graphql: async (q) => (sent.push(q), Response.json({ data: {} })) };
    const ro = readOnlyAdmin(inner);
    await expect(ro.graphql("mutation ReturnCreate { returnCreate(returnInput: {}) { userErrors { message } } }")).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(ro.graphql("query A { shop { name } } mutation B { x }")).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(ro.graphql("not graphql {")).rejects.toBeInstanceOf(MutationRefusedError);
    await ro.graphql("#graphql\n query Shop { shop { name } }");
    expect(sent).toHaveLength(1);
    expect(ro.refused).toEqual(["ReturnCreate", "B", "(unparsable document)"]);
  });
});
