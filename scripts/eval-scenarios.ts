// Per-scenario checks for the judgment cases (issue 9): short conversations, written fresh, each turn understood
// with the conversation's language so far as the hint (the storefront locale before the first turn) and routed with
// the default settings. Data: app/domain/understanding/testset/scenarios/scenarios.jsonl.
import { readFileSync } from "node:fs";
import { route } from "../app/domain/routing/policy.server";
import { DEFAULT_SETTINGS } from "../app/domain/routing/settings";
import type { RoutingDecision } from "../app/domain/routing/types";
import type { Intent, Language, Understanding } from "../app/domain/understanding/types";
import type { Understander } from "../app/domain/understanding/understand.server";

interface Scenario {
  category: string;
  locale: Language;
  turns: string[];
  expect: { route?: RoutingDecision["kind"]; reason?: string; intent?: Intent; language?: Language; languages?: Language[]; notUpset?: boolean };
}

const FILE = new URL("../app/domain/understanding/testset/scenarios/scenarios.jsonl", import.meta.url);
const NOON_WEEKDAY = new Date("2026-11-18T12:00:00");

export function loadScenarios(): Scenario[] {
  return readFileSync(FILE, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Scenario);
}

function decide(u: Understanding, i: number): RoutingDecision {
  return route({
    understanding: u,
    customer: null,
    history: { conversationId: `scenario-${i}`, clarificationsAsked: 0, botFailures: 0, humanOwnsConversation: false, previousIntents: [] },
    settings: DEFAULT_SETTINGS,
    now: NOON_WEEKDAY,
  });
}

/** Runs every scenario; returns failures per category so a caller (or a test) can hold them. */
export function runScenarioChecks(understander: Understander, log = true): Record<string, { passed: number; total: number; failures: string[] }> {
  const out: Record<string, { passed: number; total: number; failures: string[] }> = {};
  loadScenarios().forEach((s, i) => {
    let hint: Language = s.locale;
    const us: Understanding[] = [];
    for (const text of s.turns) {
      const u = understander.understand(text, { languageHint: hint });
      us.push(u);
      hint = u.language;
    }
    const last = us[us.length - 1];
    const d = decide(last, i);
    const problems: string[] = [];
    const e = s.expect;
    if (e.route && d.kind !== e.route) problems.push(`route ${d.kind}, wanted ${e.route}`);
    if (e.reason && !d.reasons.some((r) => r.code === e.reason)) problems.push(`reasons ${d.reasons.map((r) => r.code).join(",")}, wanted ${e.reason}`);
    if (e.intent && last.intent !== e.intent) problems.push(`intent ${last.intent}, wanted ${e.intent}`);
    if (e.language && last.language !== e.language) problems.push(`language ${last.language}, wanted ${e.language}`);
    if (e.languages && us.map((u) => u.language).join() !== e.languages.join()) problems.push(`languages ${us.map((u) => u.language).join()}, wanted ${e.languages.join()}`);
    if (e.notUpset && us.some((u) => u.sentiment.label === "negative")) problems.push(`a turn read as upset`);
    const bucket = (out[s.category] ??= { passed: 0, total: 0, failures: [] });
    bucket.total += 1;
    if (problems.length === 0) bucket.passed += 1;
    else bucket.failures.push(`[${s.locale}] ${JSON.stringify(s.turns)}: ${problems.join("; ")}`);
  });
  if (log) {
    console.log(`\n=== judgment scenarios (testset/scenarios/scenarios.jsonl) ===`);
    for (const [category, r] of Object.entries(out)) {
      console.log(`${category.padEnd(18)} ${r.passed}/${r.total}`);
      for (const f of r.failures) console.log(`  FAIL ${f}`);
    }
  }
  return out;
}
