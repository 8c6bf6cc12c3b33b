// Engine-level conversation scenarios (issue 9, "Measured"): each scenario is driven message by message through the
// real engine (handleShopperMessage: understanding, routing, live answers, the database) against the simulated shop,
// and every turn's expectations are checked. Used by `npm run eval` and by a vitest floor.
import type { Db } from "../../../db.server";
import { SEED_CUSTOMERS } from "../../../simulated-shop/seed.server";
import { getSimulatedShop, resetSimulatedShops } from "../../../simulated-shop/state.server";
import { CATALOGUES } from "../../answers/messages";
import type { AdminGraphql } from "../../shop-data/admin-api.server";
import { InMemoryBackInStockRepository } from "../../shop-data/back-in-stock.server";
import { shopDataCache } from "../../shop-data/ttl-cache.server";
import { saveShopSettings } from "../../settings/shop-settings-store.server";
import type { Understanding } from "../../understanding/types";
import { LANGUAGES } from "../../understanding/types";
import { createShopperMessagePipeline } from "../default-pipeline.server";
import { handleShopperMessage } from "../handle-shopper-message.server";
import { loadScenarios, SHOP_ACTIONS, type ScenarioSource, type TurnExpectation } from "./scenario-file.server";

/** Wednesday noon in New York: inside the default business hours, so handoffs carry no out-of-hours reason. */
export const SCENARIO_NOW = new Date("2026-11-18T17:00:00Z");

export interface TurnResult {
  say: string;
  route: "bot" | "person" | "clarify" | "silent";
  reasons: string[];
  intent: string | null;
  language: string | null;
  upset: boolean | null;
  urgent: boolean | null;
  reply: string;
  actions: string[];
  problems: string[];
}

export interface ScenarioResult {
  id: string;
  category: string;
  locale: string;
  where: string;
  passed: boolean;
  turns: TurnResult[];
}

export interface ScenarioReport {
  results: ScenarioResult[];
  byCategory: Record<string, { passed: number; total: number }>;
}

// The way to a person in every language: the "Prefer a person?" line, or an answer that offers one in its own words
// (which is why those answers go without the line). A reply "offers a person" when it carries one of them.
const PERSON_OFFERS = ["talk_to_person", "other_intent", "refund_none_person"] as const;
const PERSON_HINTS = LANGUAGES.flatMap((l) => PERSON_OFFERS.map((k) => CATALOGUES[l][k].toLowerCase()));

const ROUTE_OF = { automate: "bot", handoff: "person", clarify: "clarify" } as const;

function mutationsIn(query: string): string[] {
  if (!/^\s*(#[^\n]*\n\s*)*mutation\b/.test(query)) return [];
  return SHOP_ACTIONS.filter((a) => new RegExp(`\\b${a}\\s*\\(`).test(query));
}

function check(e: TurnExpectation, got: Omit<TurnResult, "problems" | "say">): string[] {
  const problems: string[] = [];
  const reply = got.reply.toLowerCase();
  if (e.route) {
    // "bot" = the bot kept the conversation (an answer or a question); "clarify" = specifically a question.
    const ok = e.route === "bot" ? got.route === "bot" || got.route === "clarify" : got.route === e.route;
    if (!ok) problems.push(`route ${got.route}, wanted ${e.route}`);
  }
  if (e.reason && !got.reasons.includes(e.reason)) problems.push(`reasons [${got.reasons.join(", ")}], wanted ${e.reason}`);
  for (const r of e.notReasons ?? []) if (got.reasons.includes(r)) problems.push(`reason ${r} present, wanted absent`);
  if (e.intent && got.intent !== e.intent) problems.push(`intent ${got.intent}, wanted ${e.intent}`);
  if (e.language && got.language !== e.language) problems.push(`language ${got.language}, wanted ${e.language}`);
  for (const s of e.replyIncludes ?? []) if (!reply.includes(s.toLowerCase())) problems.push(`reply lacks "${s}"`);
  for (const s of e.replyExcludes ?? []) if (reply.includes(s.toLowerCase())) problems.push(`reply has "${s}"`);
  if (e.offersPerson !== undefined) {
    const offers = PERSON_HINTS.some((h) => reply.includes(h));
    if (offers !== e.offersPerson) problems.push(offers ? "reply offers a person, wanted not" : "reply does not offer a person");
  }
  if (e.action !== undefined) {
    const wanted = e.action === null ? [] : [e.action];
    if (got.actions.join() !== wanted.join()) problems.push(`shop mutations [${got.actions.join(", ")}], wanted [${wanted.join(", ")}]`);
  }
  if (e.upset !== undefined && got.upset !== e.upset) problems.push(got.upset ? "read as upset" : "not read as upset");
  if (e.urgent !== undefined && got.urgent !== e.urgent) problems.push(got.urgent ? "read as urgent" : "not read as urgent");
  return problems;
}

async function runOne(args: { db: Db; adminFor(shop: string): Promise<AdminGraphql> | AdminGraphql; scenario: ScenarioSource; index: number }): Promise<ScenarioResult> {
  const { db, scenario: s } = args;
  // A shop of its own per scenario: settings, verification locks, caches and shop mutations never leak between them.
  const shop = `scenario-${args.index}-${s.id.replace(/_/g, "-")}.myshopify.com`.slice(0, 80);
  if (s.settings) {
    const saved = await saveShopSettings(db, shop, s.settings);
    if (!saved.ok) throw new Error(`${s.file}:${s.line}: settings: ${JSON.stringify(saved.errors)}`);
  }
  const admin = await args.adminFor(shop);
  const customer = s.shopper ? Object.values(SEED_CUSTOMERS).find((c) => c.email === s.shopper!.customer)!.id : null;
  const backInStock = new InMemoryBackInStockRepository();
  const visitorId = `visitor-${args.index}-${Math.random().toString(36).slice(2, 10)}`;
  let conversationId: string | null = null;
  const turns: TurnResult[] = [];
  for (const [i, turn] of s.turns.entries()) {
    const pipeline = createShopperMessagePipeline({ db, shop, admin, backInStock, now: () => SCENARIO_NOW });
    const before = getSimulatedShop(shop).requests.length;
    const view = await handleShopperMessage(pipeline, {
      shop,
      customerId: customer,
      visitorId,
      conversationId,
      clientMessageId: `turn-${i}-${Math.random().toString(36).slice(2, 10)}`,
      text: turn.say,
      locale: s.locale,
    });
    conversationId = view.conversationId;
    const shopperMessage = view.messages.find((m) => m.author === "shopper");
    const [stored, decision] = await Promise.all([
      shopperMessage ? db.message.findUnique({ where: { id: shopperMessage.id }, select: { understanding: true } }) : null,
      shopperMessage ? db.routingDecisionRecord.findFirst({ where: { messageId: shopperMessage.id } }) : null,
    ]);
    const understanding = stored?.understanding ? (JSON.parse(stored.understanding) as Understanding) : null;
    const got = {
      route: decision ? ROUTE_OF[decision.kind as keyof typeof ROUTE_OF] : ("silent" as const),
      reasons: decision ? (JSON.parse(decision.reasons) as { code: string }[]).map((r) => r.code) : [],
      intent: decision?.intent ?? understanding?.intent ?? null,
      language: understanding?.language ?? null,
      upset: understanding ? understanding.sentiment.label === "negative" : null,
      urgent: understanding ? understanding.urgency.urgent : null,
      reply: view.messages.filter((m) => m.author !== "shopper").map((m) => m.body).join("\n"),
      actions: getSimulatedShop(shop).requests.slice(before).flatMap((r) => mutationsIn(r.query)),
    };
    turns.push({ say: turn.say, ...got, problems: check(turn.expect, got) });
  }
  return {
    id: s.id,
    category: s.category,
    locale: s.locale,
    where: `${s.file}:${s.line}`,
    passed: turns.every((t) => t.problems.length === 0),
    turns,
  };
}

/**
 * Runs every scenario (or those `only` keeps) on `db`, a fresh migrated test database. `adminFor` gives the Admin
 * API client for a shop: the real Shopify client over msw in tests, the simulated executor directly in scripts.
 */
export async function runScenarios(args: {
  db: Db;
  adminFor(shop: string): Promise<AdminGraphql> | AdminGraphql;
  dir?: string;
  only?: (s: ScenarioSource) => boolean;
}): Promise<ScenarioReport> {
  const scenarios = loadScenarios(args.dir).filter(args.only ?? (() => true));
  // The seed's "now" matches the engine's clock: "delivered 3 days ago" is three days before SCENARIO_NOW.
  resetSimulatedShops({ now: SCENARIO_NOW });
  shopDataCache.clear();
  const results: ScenarioResult[] = [];
  for (const [index, scenario] of scenarios.entries()) results.push(await runOne({ ...args, scenario, index }));
  const byCategory: ScenarioReport["byCategory"] = {};
  for (const r of results) {
    const c = (byCategory[r.category] ??= { passed: 0, total: 0 });
    c.total += 1;
    if (r.passed) c.passed += 1;
  }
  return { results, byCategory };
}

/** passed/total per category, then every failed turn with what the engine did. */
export function formatScenarioReport(report: ScenarioReport, options: { everyTurn?: boolean } = {}): string {
  const lines: string[] = [];
  const all = report.results;
  lines.push(`=== engine conversation scenarios (app/domain/conversations/scenarios/*.jsonl): ${all.filter((r) => r.passed).length}/${all.length} ===`);
  for (const [category, c] of Object.entries(report.byCategory).sort()) lines.push(`${category.padEnd(18)} ${c.passed}/${c.total}`);
  const failed = all.filter((r) => !r.passed);
  if (failed.length) lines.push("", `failures (${failed.length}):`);
  for (const r of options.everyTurn ? all : failed) {
    lines.push(`  ${r.id} [${r.locale}] (${r.where})${r.passed ? " ok" : ""}`);
    r.turns.forEach((t, i) => {
      if (!t.problems.length && !options.everyTurn) return;
      lines.push(`    turn ${i + 1} "${t.say}" → ${t.route} ${t.intent ?? "-"}/${t.language ?? "-"} [${t.reasons.join(", ")}]`);
      for (const p of t.problems) lines.push(`      ✗ ${p}`);
      lines.push(`      reply: ${t.reply.replace(/\s+/g, " ").slice(0, 300)}`);
    });
  }
  return lines.join("\n");
}
