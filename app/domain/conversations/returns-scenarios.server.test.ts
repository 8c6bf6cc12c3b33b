// The `returns` conversation scenarios (scenarios/returns.jsonl, format in the scenario runner's docs) driven through the
// real engine: NLP model, routing, the return flow and the simulated shop over the real Admin schema. The shared
// runner (`npm run eval`) reports every category; this file keeps the returns category green beside its code.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.server";
import { createSimulatedAdmin, TEST_SHOP } from "../../simulated-shop/test-admin.server";
import { getSimulatedShop, resetSimulatedShops } from "../../simulated-shop/state.server";
import { SEED_CUSTOMERS } from "../../simulated-shop/seed.server";
import { shopDataCache } from "../shop-data/ttl-cache.server";
import { InMemoryBackInStockRepository } from "../shop-data/back-in-stock.server";
import { t } from "../answers/messages";
import type { Language } from "../understanding/types";
import { createShopperMessagePipeline } from "./default-pipeline.server";
import { handleShopperMessage } from "./handle-shopper-message.server";
import { databaseVerificationGuard } from "./verification-guard.server";

interface Expect {
  route?: "bot" | "person" | "clarify";
  reason?: string;
  intent?: string;
  language?: string;
  replyIncludes?: string[];
  replyExcludes?: string[];
  offersPerson?: boolean;
  action?: string | null;
}
interface Scenario {
  id: string;
  category: string;
  locale: Language;
  shopper: { customer: string } | null;
  turns: Array<{ say: string; expect: Expect }>;
}

const FILE = path.join(import.meta.dirname, "scenarios", "returns.jsonl");
const SCENARIOS: Scenario[] = readFileSync(FILE, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Scenario);
const NOW = new Date("2026-11-18T17:00:00Z"); // a Wednesday, inside business hours
const ROUTE = { automate: "bot", handoff: "person", clarify: "clarify" } as const;
const MUTATIONS: Record<string, RegExp> = { returnRequest: /\breturnRequest\s*\(/ };

function customerIdFor(email: string): string {
  const found = Object.values(SEED_CUSTOMERS).find((c) => c.email === email);
  if (!found) throw new Error(`scenario shopper ${email} is not a seeded customer`);
  return found.id;
}

describe("returns scenarios", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
  });
  afterAll(() => db.drop());

  it("has at least 20 conversations spread over the four languages, signed in and as guests", () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const language of ["en", "fr", "de", "es"]) expect(SCENARIOS.filter((s) => s.locale === language).length).toBeGreaterThanOrEqual(5);
    expect(SCENARIOS.some((s) => s.shopper === null)).toBe(true);
    expect(SCENARIOS.some((s) => s.shopper !== null)).toBe(true);
    expect(SCENARIOS.every((s) => s.category === "returns" && s.turns.length > 0)).toBe(true);
  });

  for (const scenario of SCENARIOS) {
    it(scenario.id, async () => {
      resetSimulatedShops({ now: NOW });
      shopDataCache.clear();
      const admin = await createSimulatedAdmin();
      const pipeline = createShopperMessagePipeline({
        db: db.prisma,
        shop: TEST_SHOP,
        admin,
        backInStock: new InMemoryBackInStockRepository(),
        verificationGuard: databaseVerificationGuard(db.prisma),
        now: () => NOW,
      });
      const customerId = scenario.shopper ? customerIdFor(scenario.shopper.customer) : null;
      const visitorId = `${scenario.id}-${Math.random().toString(36).slice(2)}`;
      let conversationId: string | null = null;
      for (const [n, turn] of scenario.turns.entries()) {
        const where = `${scenario.id} turn ${n + 1} "${turn.say}"`;
        const before = getSimulatedShop(TEST_SHOP).requests.length;
        const view = await handleShopperMessage(pipeline, {
          shop: TEST_SHOP,
          customerId,
          visitorId,
          conversationId,
          clientMessageId: `${visitorId}-${n}`,
          text: turn.say,
        });
        conversationId = view.conversationId;
        const lastShopper = view.messages.map((m) => m.author).lastIndexOf("shopper");
        const reply = view.messages.slice(lastShopper + 1).filter((m) => m.author !== "shopper").map((m) => m.body).join("\n");
        const decision = await db.prisma.routingDecisionRecord.findFirst({ where: { conversationId }, orderBy: { createdAt: "desc" } });
        const e = turn.expect;
        if (e.route) expect(decision && ROUTE[decision.kind as keyof typeof ROUTE], where).toBe(e.route);
        if (e.intent) expect(decision?.intent, where).toBe(e.intent);
        if (e.reason) expect((JSON.parse(decision?.reasons ?? "[]") as Array<{ code: string }>).map((r) => r.code), where).toContain(e.reason);
        if (e.language) expect(view.language ?? (await db.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).language, where).toBe(e.language);
        for (const s of e.replyIncludes ?? []) expect(reply.toLowerCase(), `${where}: reply includes "${s}"\n${reply}`).toContain(s.toLowerCase());
        for (const s of e.replyExcludes ?? []) expect(reply.toLowerCase(), `${where}: reply excludes "${s}"\n${reply}`).not.toContain(s.toLowerCase());
        if (e.offersPerson !== undefined) {
          const language = (decision ? view.language : scenario.locale) as Language;
          expect(reply.includes(t(language ?? scenario.locale, "talk_to_person")), `${where}: offers a person`).toBe(e.offersPerson);
        }
        if (e.action !== undefined) {
          const ran = getSimulatedShop(TEST_SHOP).requests.slice(before).filter((r) => Object.values(MUTATIONS).some((m) => m.test(r.query)));
          if (e.action === null) expect(ran, `${where}: no shop action`).toHaveLength(0);
          else expect(ran.filter((r) => MUTATIONS[e.action!].test(r.query)), `${where}: ${e.action} exactly once`).toHaveLength(1);
        }
      }
    });
  }
});
