import type { Db } from "../../db.server";
import type { ReasonCode } from "../routing/types";
import { windowStart, REPORT_DAYS } from "./period";

export interface ReasonCount {
  code: ReasonCode | string;
  /** Conversations handed to a person with this reason (a conversation counts once per reason). */
  conversations: number;
}

// Once a person owns a conversation every later shopper message is "handed off" again with this code;
// it says who owns the conversation, not why it went to a person.
const NOT_A_CAUSE = new Set<string>(["human_owns_conversation"]);

/** Why conversations went to people over the last 30 days, most frequent first. */
export async function handoffReasonCounts(db: Db, shop: string, opts: { now: Date; days?: number }): Promise<ReasonCount[]> {
  const decisions = await db.routingDecisionRecord.findMany({
    where: {
      kind: "handoff",
      createdAt: { gte: windowStart(opts.now, opts.days ?? REPORT_DAYS), lte: opts.now },
      conversation: { shop },
    },
    select: { conversationId: true, reasons: true },
  });
  const conversationsByCode = new Map<string, Set<string>>();
  for (const decision of decisions) {
    for (const code of reasonCodes(decision.reasons)) {
      if (NOT_A_CAUSE.has(code)) continue;
      const seen = conversationsByCode.get(code) ?? new Set<string>();
      seen.add(decision.conversationId);
      conversationsByCode.set(code, seen);
    }
  }
  return [...conversationsByCode]
    .map(([code, ids]) => ({ code, conversations: ids.size }))
    .sort((a, b) => b.conversations - a.conversations || a.code.localeCompare(b.code));
}

function reasonCodes(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((r: unknown) =>
      r && typeof r === "object" && typeof (r as { code?: unknown }).code === "string" ? [(r as { code: string }).code] : [],
    );
  } catch {
    // One unreadable record must not take the home page down; it simply isn't counted.
    return [];
  }
}
