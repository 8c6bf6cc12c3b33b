// Quality figures on our own held-out test set, shared by `npm run eval` and the floor test (quality.server.test.ts)
// so the number the floor guards is the number eval prints.
import { route } from "../routing/policy.server";
import { DEFAULT_SETTINGS } from "../routing/settings";
import type { RoutingInput } from "../routing/types";
import { STRONG_NEGATIVE_SCORE } from "./sentiment.server";
import { TESTSET } from "./testset";
import { INTENTS, LANGUAGES, type Intent, type Language, type Understanding } from "./types";
import type { Understander } from "./understand.server";

/** Messages that must reach a person, whatever the merchant automates. */
export const MUST_GO_TO_PERSON: readonly Intent[] = ["complaint", "damaged_or_wrong_item", "human_agent", "delivery_problem"];

export interface LabelledRow {
  text: string;
  gold: Intent;
  language?: Language;
}

export function ownTestSet(): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const language of LANGUAGES) {
    for (const gold of INTENTS) for (const text of TESTSET[language][gold]) rows.push({ text, gold, language });
  }
  return rows;
}

// A guest on a weekday at noon inside default business hours, nothing in the history: the policy's plainest case.
const NOON_WEEKDAY = new Date("2026-11-18T12:00:00");
export function routedToPerson(u: Understanding): boolean {
  const input: RoutingInput = {
    understanding: u,
    customer: null,
    history: { conversationId: "eval", clarificationsAsked: 0, botFailures: 0, humanOwnsConversation: false, previousIntents: [] },
    settings: DEFAULT_SETTINGS,
    now: NOON_WEEKDAY,
  };
  return route(input).kind !== "automate";
}

export function macroF1(rows: Array<{ gold: Intent; predicted: Intent }>): number {
  const gold = INTENTS.filter((i) => rows.some((r) => r.gold === i));
  const f1s = gold.map((i) => {
    const tp = rows.filter((r) => r.gold === i && r.predicted === i).length;
    const predicted = rows.filter((r) => r.predicted === i).length;
    const support = rows.filter((r) => r.gold === i).length;
    const p = predicted ? tp / predicted : 0;
    const r = support ? tp / support : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}

export interface MustGoResult {
  recall: number;
  total: number;
  missed: Array<{ text: string; gold: Intent; language?: Language; predicted: Intent; confidence: number; sentiment: number }>;
}

export function mustGoRecall(scored: Array<LabelledRow & { u: Understanding }>): MustGoResult {
  const must = scored.filter((s) => MUST_GO_TO_PERSON.includes(s.gold) || s.u.sentiment.score <= STRONG_NEGATIVE_SCORE);
  const missed = must
    .filter((s) => !routedToPerson(s.u))
    .map((s) => ({ text: s.text, gold: s.gold, language: s.language, predicted: s.u.intent, confidence: s.u.confidence, sentiment: s.u.sentiment.score }));
  return { recall: must.length ? (must.length - missed.length) / must.length : NaN, total: must.length, missed };
}

/**
 * Messages with no mood at all (a bare email, "yes", an order number) in each language. Flagging any of them as
 * upset sends calm shoppers to the upset queue; the rate is held at zero.
 */
export const NEUTRAL_MESSAGES: Record<Language, string[]> = {
  en: ["yes", "no", "ok", "yes please", "maya.chen@example.com", "#1003", "1003", "order 1005", "my email is maya.chen@example.com", "it's 1005", "sure", "jordan.lee@example.net"],
  es: ["sí", "si", "vale", "no", "pedido 1005", "mi correo es maya.chen@example.com", "es el 1003", "claro", "#1006"],
  fr: ["oui", "non", "d'accord", "commande 1005", "mon email est maya.chen@example.com", "c'est la 1003", "#1006"],
  de: ["ja", "nein", "okay", "Bestellung 1005", "meine E-Mail ist maya.chen@example.com", "es ist die 1003", "#1006", "genau"],
};

export function neutralFalsePositives(understander: Understander): { rate: number; flagged: Array<{ text: string; hint: Language; score: number }> } {
  const flagged: Array<{ text: string; hint: Language; score: number }> = [];
  let n = 0;
  for (const hint of LANGUAGES) {
    for (const text of NEUTRAL_MESSAGES[hint]) {
      n += 1;
      const u = understander.understand(text, { languageHint: hint });
      if (u.sentiment.label === "negative") flagged.push({ text, hint, score: u.sentiment.score });
    }
  }
  return { rate: flagged.length / n, flagged };
}
