import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getSimulatedShopRequests } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.server";
import { saveShopSettings } from "../settings/shop-settings-store.server";
import type { AdminGraphql } from "../shop-data/admin-api.server";
import { INTENTS } from "../understanding/types";
import { exampleAnswers, INTENT_EXAMPLES, parseIntentExamples } from "./intent-examples.server";
import { tryItUnderstander } from "./understander.server";

const isWrite = (query: string) => /^\s*mutation\b/m.test(query.replace(/#graphql/g, ""));

describe("intent examples data", () => {
  it("has examples for every intent", () => {
    for (const intent of INTENTS) expect(INTENT_EXAMPLES[intent].length).toBeGreaterThan(0);
  });

  it("rejects a missing intent, an unknown one, an empty question and a question that is too long, naming each", () => {
    const good = { ...INTENT_EXAMPLES };
    const { greeting: _dropped, ...missing } = good;
    expect(() => parseIntentExamples({ examples: missing })).toThrow(/examples\.greeting/);
    expect(() => parseIntentExamples({ examples: { ...good, order_stauts: ["typo"] } })).toThrow(/order_stauts/);
    expect(() => parseIntentExamples({ examples: { ...good, other: [" "] } })).toThrow(/examples\.other\.0: an example question is empty/);
    expect(() => parseIntentExamples({ examples: { ...good, other: ["x".repeat(201)] } })).toThrow(/under 200 characters/);
  });

  it("illustrates each intent with questions the bot understands as that intent", () => {
    const understander = tryItUnderstander();
    const misread = INTENTS.flatMap((intent) =>
      INTENT_EXAMPLES[intent].flatMap((q) => {
        const got = understander.understand(q, {}).intent;
        return got === intent ? [] : [`${intent}: "${q}" read as ${got}`];
      }),
    );
    expect(misread).toEqual([]);
  });
});

describe("what the bot would answer each example", () => {
  let t: TestDatabase;
  let admin: AdminGraphql;
  beforeAll(async () => {
    t = await createTestDatabase("sqlite");
  });
  beforeEach(async () => {
    admin = await createSimulatedAdmin(TEST_SHOP);
  });
  afterAll(() => t.drop());

  it("answers from the shop's settings and live data, writes nothing and sends no mutation", async () => {
    await saveShopSettings(t.prisma, TEST_SHOP, { intents: { shipping_info: "human" } });
    const before = { conversations: await t.prisma.conversation.count(), messages: await t.prisma.message.count(), settings: await t.prisma.shopSettings.findMany() };
    const answers = await exampleAnswers({ db: t.prisma, shop: TEST_SHOP, admin, understander: tryItUnderstander() });

    expect(answers).toHaveLength(INTENTS.reduce((n, i) => n + INTENT_EXAMPLES[i].length, 0));
    expect(answers.filter((a) => a.error)).toEqual([]);
    const byIntent = (intent: string) => answers.filter((a) => a.intent === intent);
    // The merchant sent shipping questions to people: the examples show the handoff, not an answer.
    expect(byIntent("shipping_info").every((a) => a.decision === "handoff")).toBe(true);
    // Return policy is answered from the shop's live refund policy.
    const policy = byIntent("return_policy")[0];
    expect(policy.decision).toBe("automate");
    expect(policy.reply).toMatch(/\d+ days/);
    expect(byIntent("human_agent").every((a) => a.decision === "handoff")).toBe(true);

    // The page asks for one intent at a time.
    const one = await exampleAnswers({ db: t.prisma, shop: TEST_SHOP, admin, understander: tryItUnderstander(), intents: ["return_policy"] });
    expect(one.map((a) => a.question)).toEqual(INTENT_EXAMPLES.return_policy);

    expect(getSimulatedShopRequests(TEST_SHOP).filter((r) => isWrite(r.query))).toEqual([]);
    expect({ conversations: await t.prisma.conversation.count(), messages: await t.prisma.message.count(), settings: await t.prisma.shopSettings.findMany() }).toEqual(before);
  });
});
