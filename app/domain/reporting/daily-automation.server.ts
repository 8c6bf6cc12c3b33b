import { dayKey, lastDays, REPORT_DAYS } from "./period";
import type { ConversationOutcome } from "./outcomes.server";

export interface DailyAutomation {
  /** "YYYY-MM-DD" in the shop's time zone. */
  day: string;
  /** Conversations started that day that the bot resolved (see outcomes.server.ts for the definition). */
  resolvedByBot: number;
  /** A person took part within 72 hours (for any reason, the holdout included). */
  handedOff: number;
  /** The shopper left while the bot was waiting for an answer. */
  abandoned: number;
  /** Neither: rated poorly, the bot could not help, or too recent to judge. */
  other: number;
}

/** Conversations started per shop-local day over the last 30 calendar days, by how they ended. */
export function dailyAutomation(outcomes: ConversationOutcome[], opts: { now: Date; timeZone: string; days?: number }): DailyAutomation[] {
  const days = opts.days ?? REPORT_DAYS;
  const byDay = new Map(lastDays(opts.now, opts.timeZone, days).map((day) => [day, { day, resolvedByBot: 0, handedOff: 0, abandoned: 0, other: 0 }]));
  for (const row of outcomes) {
    const bucket = byDay.get(dayKey(row.createdAt, opts.timeZone));
    if (!bucket) continue; // before the first listed day
    if (row.personInvolved) bucket.handedOff += 1;
    else if (row.outcome === "resolved_by_bot") bucket.resolvedByBot += 1;
    else if (row.outcome === "abandoned") bucket.abandoned += 1;
    else bucket.other += 1;
  }
  return [...byDay.values()];
}
