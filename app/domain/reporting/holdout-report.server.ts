import type { Db } from "../../db.server";
import { REPORT_DAYS, windowStart } from "./period";

/** Below this many conversations in either group, differences are mostly noise. */
export const MIN_CONVERSATIONS_PER_GROUP = 30;

export interface GroupOutcome {
  conversations: number;
  resolved: number;
  /** resolved / conversations; null with no conversations. */
  resolvedShare: number | null;
  /** Thumbs up / (up + down) on bot replies; null when nobody rated (always for the holdout group: only bot replies can be rated). */
  satisfaction: number | null;
  ratings: number;
  /** Median time from the shopper's first message to the first answer; null when nothing was answered yet. */
  medianFirstReplyMs: number | null;
  /** Conversations that have that first answer (the median's sample size). */
  answered: number;
}

export interface HoldoutReport {
  days: number;
  /** Automatable conversations the holdout sent to people. */
  holdout: GroupOutcome;
  /** Conversations the bot handled alone (not held out, never handed off). */
  automated: GroupOutcome;
  /** Both groups have at least `minimumPerGroup` conversations. */
  enoughData: boolean;
  minimumPerGroup: number;
}

type Group = "holdout" | "automated";
// Who gives a group's first real answer. Holdout conversations also get a bot message ("a person will
// reply"), but that acknowledgement is not an answer: counting it would make both groups look instant.
const ANSWERED_BY: Record<Group, "bot" | "staff"> = { automated: "bot", holdout: "staff" };

/**
 * What automation changes: conversations the holdout sent to people compared with conversations the bot
 * handled, over the last 30 days. Resolved means closed by the team, or for the bot a conversation that
 * never needed a person and got no thumbs-down.
 */
export async function holdoutReport(db: Db, shop: string, opts: { now: Date; days?: number }): Promise<HoldoutReport> {
  const days = opts.days ?? REPORT_DAYS;
  const inGroups = {
    shop,
    createdAt: { gte: windowStart(opts.now, days), lte: opts.now },
    OR: [{ holdout: true }, { holdout: false, handoffReason: null }],
  };
  const [conversations, messages] = await Promise.all([
    db.conversation.findMany({ where: inGroups, select: { id: true, holdout: true, status: true } }),
    db.message.findMany({
      where: { conversation: inGroups, author: { in: ["shopper", "bot", "staff"] } },
      select: { conversationId: true, author: true, createdAt: true, feedback: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);

  const threads = new Map(conversations.map((c) => [c.id, { ...c, group: (c.holdout ? "holdout" : "automated") as Group, firstShopperAt: null as Date | null, firstAnswerAt: null as Date | null, up: 0, down: 0 }]));
  for (const m of messages) {
    const t = threads.get(m.conversationId);
    if (!t) continue;
    if (m.author === "shopper") t.firstShopperAt ??= m.createdAt;
    else if (m.author === ANSWERED_BY[t.group] && t.firstShopperAt && !t.firstAnswerAt) t.firstAnswerAt = m.createdAt;
    if (m.author === "bot" && m.feedback === "up") t.up += 1;
    if (m.author === "bot" && m.feedback === "down") t.down += 1;
  }

  const outcome = (group: Group): GroupOutcome => {
    const rows = [...threads.values()].filter((t) => t.group === group);
    const resolved = rows.filter((t) => t.status === "closed" || (group === "automated" && t.down === 0)).length;
    const up = group === "automated" ? rows.reduce((n, t) => n + t.up, 0) : 0;
    const down = group === "automated" ? rows.reduce((n, t) => n + t.down, 0) : 0;
    const waits = rows.flatMap((t) => (t.firstShopperAt && t.firstAnswerAt ? [t.firstAnswerAt.getTime() - t.firstShopperAt.getTime()] : []));
    return {
      conversations: rows.length,
      resolved,
      resolvedShare: rows.length ? resolved / rows.length : null,
      satisfaction: up + down ? up / (up + down) : null,
      ratings: up + down,
      medianFirstReplyMs: median(waits),
      answered: waits.length,
    };
  };
  const holdout = outcome("holdout");
  const automated = outcome("automated");
  return {
    days,
    holdout,
    automated,
    enoughData: holdout.conversations >= MIN_CONVERSATIONS_PER_GROUP && automated.conversations >= MIN_CONVERSATIONS_PER_GROUP,
    minimumPerGroup: MIN_CONVERSATIONS_PER_GROUP,
  };
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
