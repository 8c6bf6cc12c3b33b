import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { createSimulatedAdmin, TEST_SHOP } from "../../simulated-shop/test-admin.server";
import { getSimulatedShop } from "../../simulated-shop/state.server";
import { SEED_CUSTOMERS, SEED_PRODUCTS } from "../../simulated-shop/seed.server";
import { shopDataCache } from "../shop-data/ttl-cache.server";
import { InMemoryBackInStockRepository } from "../shop-data/back-in-stock.server";
import { createShopperMessagePipeline } from "./default-pipeline.server";
import { handleShopperMessage } from "./handle-shopper-message.server";

// Products as shoppers name them, through the whole engine: real model, routing, the simulated shop's catalogue
// (with its published translations) and the database. The scenario file is also run by `npm run eval`; these tests
// hold its key cases where the code lives.
const NOON = new Date("2026-11-18T17:00:00Z");
const ROUTE: Record<string, string> = { automate: "bot", handoff: "person", clarify: "clarify" };

interface Expect {
  route?: string;
  intent?: string;
  language?: string;
  replyIncludes?: string[];
  replyExcludes?: string[];
}
interface Scenario {
  id: string;
  category: string;
  locale: string;
  shopper: null | { customer: string };
  turns: Array<{ say: string; expect: Expect }>;
}

const SCENARIOS: Scenario[] = readFileSync(new URL("./scenarios/products.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Scenario);

describe.each(testProviders())("products in conversations on %s", (provider) => {
  let t: TestDatabase;
  let admin: Awaited<ReturnType<typeof createSimulatedAdmin>>;
  let n = 0;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    shopDataCache.clear();
    admin = await createSimulatedAdmin();
  });

  /** One shopper's conversation: each call sends a message and returns what the bot did with it. */
  function shopper(customerId: string | null = null) {
    const visitorId = `visitor-${provider}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
    let conversationId: string | null = null;
    return async (text: string) => {
      const pipeline = createShopperMessagePipeline({ db: t.prisma, shop: TEST_SHOP, admin, backInStock: new InMemoryBackInStockRepository(), now: () => NOON });
      const view = await handleShopperMessage(pipeline, { shop: TEST_SHOP, customerId, visitorId, conversationId, clientMessageId: `c-${++n}-${Math.random()}`, text });
      conversationId = view.conversationId;
      const mine = view.messages.map((m) => m.author === "shopper" && m.body === text).lastIndexOf(true);
      const reply = view.messages.slice(mine + 1).map((m) => m.body).join("\n");
      const [decision] = await t.prisma.routingDecisionRecord.findMany({ where: { conversationId }, orderBy: { createdAt: "desc" }, take: 1 });
      const conversation = await t.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } });
      return { reply, route: ROUTE[decision.kind] ?? decision.kind, intent: decision.intent, language: conversation.language, reasons: decision.reasons };
    };
  }

  it("answers the README's example with the size asked for, and then another size and colour in any order", async () => {
    const say = shopper();
    const first = await say("do you have the trail runner in size 10?");
    expect(first.route).toBe("bot");
    expect(first.reply).toContain(SEED_PRODUCTS.trailRunner.title);
    expect(first.reply).toMatch(/10 \/ Ember: only a few left/);
    expect(first.reply).not.toMatch(/9 \/ Slate/);
    const second = await say("and in slate, size 9?");
    expect(second.reply).toContain(`${SEED_PRODUCTS.trailRunner.title} (9 / Slate) is in stock`);
  });

  it("answers the bot's own suggestion and says the colour asked for does not exist rather than ignoring it", async () => {
    const { reply, route } = await shopper()("the beanie in red?");
    expect(route).toBe("bot");
    expect(reply).toContain(SEED_PRODUCTS.beanie.title);
    expect(reply).toMatch(/couldn't find “red”/);
    expect(reply).toMatch(/Rust: in stock/);
  });

  it("never answers about the earlier product when the new message names an unknown or a different one", async () => {
    const say = shopper();
    expect((await say("do you have the trekking poles?")).reply).toContain(SEED_PRODUCTS.trekkingPoles.title);
    const unknown = await say("do you have the snowboard?");
    expect(unknown.reply).toMatch(/couldn't find “snowboard”/);
    expect(unknown.reply).not.toContain(SEED_PRODUCTS.trekkingPoles.title);
    const beanie = await say("is the beanie in stock?");
    expect(beanie.reply).toContain(SEED_PRODUCTS.beanie.title);
    expect(beanie.reply).not.toContain(SEED_PRODUCTS.trekkingPoles.title);
  });

  it("asks which product after an unknown one instead of falling back to the product before it", async () => {
    const say = shopper();
    await say("is the down jacket in stock?");
    await say("do you have a paddle board?");
    const it = await say("is it in stock?");
    expect(it.reply).not.toContain(SEED_PRODUCTS.downJacket.title);
    expect(it.route).toBe("clarify");
  });

  it("offers the choices when several products fit, then answers the one picked", async () => {
    const say = shopper();
    const ask = await say("is the jacket in stock?");
    expect(ask.route).toBe("clarify");
    expect(ask.reply).toContain(SEED_PRODUCTS.downJacket.title);
    expect(ask.reply).toContain(SEED_PRODUCTS.rainShell.title);
    const pick = await say("the rain shell, in XL");
    expect(pick.reply).toContain(`${SEED_PRODUCTS.rainShell.title} (XL) is in stock`);
  });

  it("matches the shop's published translations and the synonym list in the shopper's language", async () => {
    // Answered with the shop's own French title for the beanie, and the shop's title where it has none.
    const fr = await shopper()("avez-vous le bonnet en laine mérinos en stock ?");
    expect(fr).toMatchObject({ route: "bot", language: "fr" });
    expect(fr.reply).toContain("Bonnet en laine mérinos :");
    expect(fr.reply).not.toContain(SEED_PRODUCTS.beanie.title);
    const untranslated = await shopper()("l'imperméable Ridge est dispo en XL ?");
    expect(untranslated.reply, untranslated.reply).toContain(`${SEED_PRODUCTS.rainShell.title} (XL) est en stock`);
    const de = await shopper()("Habt ihr die Daunenjacke in M?");
    expect(de).toMatchObject({ route: "bot", language: "de" });
    expect(de.reply).toMatch(/M \/ Black: auf Lager/);
    const es = await shopper()("¿tienen los bastones de trekking?");
    expect(es).toMatchObject({ route: "bot", language: "es" });
    expect(es.reply).toContain("Bastones de trekking Summit está agotado");
  });

  it("reads no more than the catalogue and the product asked about (no mutation, no extra lookups)", async () => {
    const before = getSimulatedShop(TEST_SHOP).requests.length;
    await shopper(SEED_CUSTOMERS.repeat.id)("do you have the trail runner in 10 ember?");
    const queries = getSimulatedShop(TEST_SHOP).requests.slice(before).map((r) => r.query);
    expect(queries.some((q) => /mutation/.test(q))).toBe(false);
    expect(queries.filter((q) => /CatalogueForUnderstanding/.test(q))).toHaveLength(1);
    expect(queries.filter((q) => /ProductAvailabilityById/.test(q))).toHaveLength(1);
  });

  it(`passes every scenario in scenarios/products.jsonl (${SCENARIOS.length} conversations)`, async () => {
    const failures: string[] = [];
    for (const s of SCENARIOS) {
      const say = shopper(s.shopper ? (Object.values(SEED_CUSTOMERS).find((c) => c.email === s.shopper!.customer)?.id ?? null) : null);
      for (const [i, turn] of s.turns.entries()) {
        const got = await say(turn.say);
        const e = turn.expect;
        const lower = got.reply.toLowerCase();
        const problems = [
          e.route && e.route !== got.route ? `route ${got.route}` : null,
          e.intent && e.intent !== got.intent ? `intent ${got.intent}` : null,
          e.language && e.language !== got.language ? `language ${got.language}` : null,
          ...(e.replyIncludes ?? []).filter((x) => !lower.includes(x.toLowerCase())).map((x) => `missing "${x}"`),
          ...(e.replyExcludes ?? []).filter((x) => lower.includes(x.toLowerCase())).map((x) => `has "${x}"`),
        ].filter(Boolean);
        if (problems.length) failures.push(`${s.id} turn ${i + 1} "${turn.say}": ${problems.join(", ")} — reply: ${got.reply.replace(/\n/g, " / ").slice(0, 200)} — why: ${got.reasons}`);
      }
    }
    const failedScenarios = new Set(failures.map((f) => f.split(" ")[0]));
    console.info(`[products scenarios] ${SCENARIOS.length - failedScenarios.size}/${SCENARIOS.length} passed\n${failures.join("\n")}`);
    expect(failures).toEqual([]);
  }, 120_000);
});
