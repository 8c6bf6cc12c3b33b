// Grounded-answer coverage on a realistic storefront mix (app/domain/knowledge/eval/storefront-mix.jsonl, 305 messages
// in en/es/fr/de written for this eval): every message goes through understanding (no language hint), the routing
// policy with default settings, and, when automated, answerFor against the simulated shop and a real SQLite database.
// Reports: automation coverage of the answerable messages (routine + product facts), correctness of the answered
// ones (the answer contains the labelled fact or passage), must-go-to-a-person recall, and judgment/not-in-data handoffs.
// Run alone: `npm run eval -- --grounded-only`; `npm run eval` prints it after the intent report.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { answerFor, type AnswerOutcome } from "../app/domain/answers/answer-for.server";
import { ShopContentStore } from "../app/domain/knowledge/store.server";
import { route } from "../app/domain/routing/policy.server";
import { DEFAULT_SETTINGS } from "../app/domain/routing/settings";
import { LANGUAGES, type Language } from "../app/domain/understanding/types";
import { createUnderstander } from "../app/domain/understanding/understand.server";
import { createDirectSimulatedAdmin } from "../app/simulated-shop/direct-admin.server";
import { getSimulatedShop, resetSimulatedShops } from "../app/simulated-shop/state.server";
import { createTestDatabase } from "../app/testing/test-database.server";

const SET = new URL("../app/domain/knowledge/eval/storefront-mix.jsonl", import.meta.url);
const rowSchema = z
  .object({
    language: z.enum(LANGUAGES),
    kind: z.enum(["routine", "product", "must_go"]),
    expect: z.enum(["answer", "need", "handoff"]),
    text: z.string().min(1),
    contains: z.string().min(1).optional(),
  })
  .strict();
type Row = z.infer<typeof rowSchema>;

const SHOP = "eval-grounded.myshopify.com";
const NOON_WEEKDAY = new Date("2026-11-18T12:00:00");
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "n/a");

export async function evalGrounded(options: { verbose?: boolean } = {}): Promise<Record<string, number>> {
  const rows = readFileSync(SET, "utf8").split("\n").filter(Boolean).map((l, i) => {
    const r = rowSchema.safeParse(JSON.parse(l));
    if (!r.success) throw new Error(`storefront-mix.jsonl:${i + 1}: ${r.error.message}`);
    return r.data;
  });
  resetSimulatedShops();
  const admin = createDirectSimulatedAdmin(SHOP);
  const catalogue = getSimulatedShop(SHOP).data.products.map((p) => ({ productId: p.id as string, handle: p.handle as string, title: p.title as string }));
  const db = await createTestDatabase("sqlite");
  const store = new ShopContentStore(db.prisma);
  const understander = createUnderstander();

  type Result = Row & { intent: string; routed: string; outcome: AnswerOutcome | null; reply: string };
  const results: Result[] = [];
  try {
    for (const row of rows) {
      const u = understander.understand(row.text, { catalogue });
      const decision = route({
        understanding: u,
        customer: null,
        history: { conversationId: "eval", clarificationsAsked: 0, botFailures: 0, humanOwnsConversation: false, previousIntents: [] },
        settings: DEFAULT_SETTINGS,
        now: NOON_WEEKDAY,
      });
      let outcome: AnswerOutcome | null = null;
      if (decision.kind === "automate") {
        outcome = await answerFor(
          { intent: u.intent, entities: u.entities, text: row.text },
          { admin, shop: SHOP, language: u.language as Language, settings: { ...DEFAULT_SETTINGS }, knowledge: store, timeZone: "America/Los_Angeles", deadlineMs: 4_000 },
        );
      }
      results.push({ ...row, intent: u.intent, routed: decision.kind, outcome, reply: outcome?.answer.text ?? "" });
    }
  } finally {
    await db.drop();
  }

  // What the shopper got: an answer (or a question for missing details) from the bot, or a person.
  const handled = (r: Result) => r.outcome !== null && r.outcome.kind !== "handoff";
  const correct = (r: Result) =>
    handled(r) && (r.expect === "answer" ? r.outcome!.kind === "answer" && (!r.contains || r.reply.includes(r.contains)) : r.expect === "need" ? r.outcome!.kind === "need" : false);

  const answerable = results.filter((r) => r.kind !== "must_go" && r.expect !== "handoff");
  const answered = answerable.filter(handled);
  const routine = results.filter((r) => r.kind === "routine");
  const productFacts = results.filter((r) => r.kind === "product" && r.expect === "answer");
  const productHandoffs = results.filter((r) => r.kind === "product" && r.expect === "handoff");
  const mustGo = results.filter((r) => r.kind === "must_go");
  const mustGoToPerson = mustGo.filter((r) => !handled(r));
  // Answered although the label says a person should take it: the costly mistake.
  const wrongAnswers = results.filter((r) => r.expect === "handoff" && handled(r));
  const answeredCorrect = answered.filter(correct);

  console.log(`\n=== grounded answers: storefront mix, ${results.length} messages (${LANGUAGES.join("/")}) ===`);
  console.log(`mix: routine ${routine.length}, product ${productFacts.length + productHandoffs.length} (${productFacts.length} facts, ${productHandoffs.length} judgment/not in data), must-go ${mustGo.length}`);
  console.log(`automation coverage of answerable messages: ${pct(answered.length, answerable.length)} (${answered.length}/${answerable.length})`);
  console.log(`  routine data questions answered: ${pct(routine.filter(handled).length, routine.length)} (${routine.filter(handled).length}/${routine.length})`);
  console.log(`  product facts answered:          ${pct(productFacts.filter(handled).length, productFacts.length)} (${productFacts.filter(handled).length}/${productFacts.length})`);
  console.log(`correct among answered: ${pct(answeredCorrect.length, answered.length)} (${answeredCorrect.length}/${answered.length})`);
  console.log(`judgment / not-in-data product questions handed off: ${pct(productHandoffs.filter((r) => !handled(r)).length, productHandoffs.length)} (${productHandoffs.filter((r) => !handled(r)).length}/${productHandoffs.length})`);
  console.log(`must-go-to-a-person recall: ${pct(mustGoToPerson.length, mustGo.length)} (${mustGoToPerson.length}/${mustGo.length})`);
  for (const l of LANGUAGES) {
    const a = answerable.filter((r) => r.language === l);
    console.log(`  ${l}: coverage ${pct(a.filter(handled).length, a.length)}, correct ${pct(a.filter(correct).length, a.filter(handled).length)}`);
  }
  const show = (title: string, list: Result[]) => {
    if (!list.length) return;
    console.log(`\n${title} (${list.length}):`);
    for (const r of list.slice(0, options.verbose ? 200 : 25)) {
      const got = r.outcome ? `${r.outcome.kind}${r.outcome.kind === "handoff" ? `:${r.outcome.reason}` : ""}` : `routed:${r.routed}`;
      console.log(`  [${r.language}] ${r.text}  → intent ${r.intent}, ${got}${r.contains ? `  (wanted "${r.contains}")` : ""}`);
    }
  };
  show("answerable but handed to a person", answerable.filter((r) => !handled(r)));
  show("answered but not correct", answered.filter((r) => !correct(r)));
  show("answered although a person should take it", wrongAnswers);
  return {
    coverage: answered.length / answerable.length,
    correct: answeredCorrect.length / answered.length,
    mustGoRecall: mustGoToPerson.length / mustGo.length,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  await evalGrounded({ verbose: process.argv.includes("--verbose") });
}
