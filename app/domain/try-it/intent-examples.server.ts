// Example questions per intent for the Automation page, and what the bot would answer each one with the shop's
// saved settings and live data. The questions live in a data file, checked when this module loads; the answers
// come from Try it's dry run, so nothing is written and no mutation is sent (see dry-run.server.ts).
import { z } from "zod";
import type { Db } from "../../db.server";
import type { AdminGraphql } from "../shop-data/admin-api.server";
import type { Understander } from "../understanding/understand.server";
import { INTENTS, type Intent } from "../understanding/types";
import type { RoutingDecision } from "../routing/types";
import { dryRunConversation } from "./dry-run.server";
import rawExamples from "./intent-examples.json";

export const MAX_EXAMPLE_LENGTH = 200;

const question = z.string().trim().min(1, "an example question is empty").max(MAX_EXAMPLE_LENGTH, `keep examples under ${MAX_EXAMPLE_LENGTH} characters`);
const examplesSchema = z.object({
  _about: z.string().optional(),
  // Every intent must have examples (a new intent without them fails here, not on a merchant's page), and no
  // key may be a typo of one.
  examples: z.object(Object.fromEntries(INTENTS.map((intent) => [intent, z.array(question).min(1).max(3)])) as Record<Intent, z.ZodArray<typeof question>>).strict(),
});

export type IntentExamples = Record<Intent, string[]>;

/** Throws with every problem named (file, intent, index) when the data is wrong. */
export function parseIntentExamples(raw: unknown, source = "intent-examples.json"): IntentExamples {
  const parsed = examplesSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(`${source} is invalid:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data.examples as IntentExamples;
}

export const INTENT_EXAMPLES: IntentExamples = parseIntentExamples(rawExamples);

export interface ExampleAnswer {
  intent: Intent;
  question: string;
  /** What the bot understood the question as (it may differ from the intent it illustrates). */
  understoodAs: Intent;
  decision: RoutingDecision["kind"] | null;
  /** The exact reply a guest shopper would read; null if the dry run failed. */
  reply: string | null;
  error: string | null;
}

/**
 * Runs each example through the dry run as a guest with the shop's saved settings, a few at a time.
 * A failing example reports its error instead of failing the page.
 */
export async function exampleAnswers(args: {
  db: Db;
  shop: string;
  admin: AdminGraphql;
  understander: Understander;
  examples?: IntentExamples;
  /** Only these intents' examples (the page asks for one intent when the merchant opens it); all when absent. */
  intents?: readonly Intent[];
  concurrency?: number;
}): Promise<ExampleAnswer[]> {
  const examples = args.examples ?? INTENT_EXAMPLES;
  const work = (args.intents ?? INTENTS).flatMap((intent) => (examples[intent] ?? []).map((q) => ({ intent, question: q })));
  const answers: ExampleAnswer[] = new Array(work.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < work.length; i = next++) {
      const { intent, question: text } = work[i];
      try {
        const result = await dryRunConversation({ db: args.db, shop: args.shop, admin: args.admin, understander: args.understander, messages: [text], customerId: null });
        const turn = result.turns[0];
        if (result.refusedOperations.length) throw new Error(`refused: ${result.refusedOperations.join(", ")}`);
        answers[i] = { intent, question: text, understoodAs: turn.understanding.intent, decision: turn.decision?.kind ?? null, reply: turn.reply, error: null };
      } catch (error) {
        answers[i] = { intent, question: text, understoodAs: intent, decision: null, reply: null, error: error instanceof Error ? error.message : String(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, args.concurrency ?? 4) }, worker));
  return answers;
}
