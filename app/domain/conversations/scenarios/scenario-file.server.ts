// The scenario files (`*.jsonl` in this folder): one conversation per line, checked on load so a typo in an
// expectation is a clear error naming file:line, never a silently passing check. Format: docs in README.md here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { REASON_CODES } from "../../routing/types";
import { SEED_CUSTOMERS } from "../../../simulated-shop/seed.server";
import { INTENTS, LANGUAGES } from "../../understanding/types";

export const SCENARIO_CATEGORIES = ["delivery_problem", "refund_status", "urgency", "products", "returns", "language", "wording"] as const;

/** Shop mutations a turn may be expected to run (the Admin API root field). */
export const SHOP_ACTIONS = ["returnRequest", "orderCancel"] as const;

const customerEmails: readonly string[] = Object.values(SEED_CUSTOMERS).map((c) => c.email);

const expectSchema = z
  .object({
    // "bot": the bot kept the conversation (answered, or asked for something); "clarify": it asked (rephrase or a
    // missing detail); "person": handed to a person.
    route: z.enum(["bot", "person", "clarify"]),
    reason: z.enum(REASON_CODES),
    // Reasons that must NOT be among the turn's routing reasons.
    notReasons: z.array(z.enum(REASON_CODES)).min(1),
    intent: z.enum(INTENTS),
    language: z.enum(LANGUAGES),
    replyIncludes: z.array(z.string().min(1)).min(1),
    replyExcludes: z.array(z.string().min(1)).min(1),
    offersPerson: z.boolean(),
    action: z.enum(SHOP_ACTIONS).nullable(),
    // Whether the message was read as upset (negative sentiment) / urgent.
    upset: z.boolean(),
    urgent: z.boolean(),
  })
  .partial()
  .strict();

const turnSchema = z.object({ say: z.string().min(1).max(2000), expect: expectSchema.default({}) }).strict();

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]+$/, "lower-case letters, digits, - and _"),
    category: z.enum(SCENARIO_CATEGORIES),
    // The storefront's locale (what the bubble sends), e.g. "fr" or "fr-CA".
    locale: z.string().regex(/^[a-zA-Z]{2}([-_][a-zA-Z0-9]{2,8})?$/, "a locale such as fr or fr-CA"),
    shopper: z
      .object({ customer: z.string().refine((e) => customerEmails.includes(e), (e) => ({ message: `no seeded customer has the email ${e}` })) })
      .strict()
      .nullable(),
    // Merchant settings for this scenario (defaults otherwise), e.g. {"urgentProblemsToPerson": false}.
    settings: z.record(z.unknown()).optional(),
    note: z.string().optional(),
    turns: z.array(turnSchema).min(1),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type TurnExpectation = z.infer<typeof expectSchema>;
export type ScenarioSource = Scenario & { file: string; line: number };

export class ScenarioFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid scenario data:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ScenarioFileError";
  }
}

export const SCENARIO_DIR = path.dirname(new URL(import.meta.url).pathname);

/** Every scenario in every `*.jsonl` of `dir`; throws ScenarioFileError listing each bad line as file:line. */
export function loadScenarios(dir: string = SCENARIO_DIR): ScenarioSource[] {
  const problems: string[] = [];
  const out: ScenarioSource[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    readFileSync(path.join(dir, name), "utf8")
      .split("\n")
      .forEach((text, i) => {
        const where = `${name}:${i + 1}`;
        if (!text.trim()) return;
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (error) {
          problems.push(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
          return;
        }
        const parsed = scenarioSchema.safeParse(json);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) problems.push(`${where}: ${issue.path.join(".") || "(line)"}: ${issue.message}`);
          return;
        }
        const before = seen.get(parsed.data.id);
        if (before) problems.push(`${where}: id ${parsed.data.id} is also used at ${before}`);
        seen.set(parsed.data.id, where);
        out.push({ ...parsed.data, file: name, line: i + 1 });
      });
  }
  if (problems.length > 0) throw new ScenarioFileError(problems);
  return out;
}
