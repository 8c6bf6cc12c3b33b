import type { Db } from "../../db.server";
import { INTENTS, type Intent } from "../understanding/types";
import { REPORT_DAYS, windowStart } from "./period";
import type { ConversationSample } from "./rule-impact";

/** Enough to show the effect of a rule; the newest conversations first. */
export const MAX_SAMPLES = 5000;

/** The last 30 days' conversations reduced to what the routing rules look at. */
export async function conversationSamples(db: Db, shop: string, opts: { now: Date; days?: number }): Promise<ConversationSample[]> {
  const rows = await db.conversation.findMany({
    where: { shop, createdAt: { gte: windowStart(opts.now, opts.days ?? REPORT_DAYS), lte: opts.now } },
    orderBy: { createdAt: "desc" },
    take: MAX_SAMPLES,
    select: {
      messages: { where: { author: "shopper", understanding: { not: null } }, select: { understanding: true } },
      decisions: { select: { reasons: true } },
    },
  });
  return rows.map((row) => {
    const sample: ConversationSample = { intents: [], minConfidence: 1, minSentiment: 1, codes: [] };
    for (const m of row.messages) {
      const u = parseJson(m.understanding) as { intent?: unknown; confidence?: unknown; sentiment?: { score?: unknown } } | null;
      if (!u) continue;
      if (typeof u.intent === "string" && (INTENTS as readonly string[]).includes(u.intent)) sample.intents.push(u.intent as Intent);
      if (typeof u.confidence === "number") sample.minConfidence = Math.min(sample.minConfidence, u.confidence);
      if (typeof u.sentiment?.score === "number") sample.minSentiment = Math.min(sample.minSentiment, u.sentiment.score);
    }
    for (const d of row.decisions) {
      const reasons = parseJson(d.reasons);
      if (Array.isArray(reasons)) for (const r of reasons) if (typeof r?.code === "string") sample.codes.push(r.code);
    }
    return sample;
  });
}

function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
