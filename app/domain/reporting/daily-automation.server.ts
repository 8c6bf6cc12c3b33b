import type { Db } from "../../db.server";
import { dayKey, lastDays, queryStart, REPORT_DAYS } from "./period";

export interface DailyAutomation {
  /** "YYYY-MM-DD" in the shop's time zone. */
  day: string;
  /** Conversations started that day that the bot handled without handing them to a person. */
  botOnly: number;
  handedOff: number;
}

/** Conversations started per day over the last 30 calendar days, split by whether a person was needed. */
export async function dailyAutomation(db: Db, shop: string, opts: { now: Date; timeZone: string; days?: number }): Promise<DailyAutomation[]> {
  const days = opts.days ?? REPORT_DAYS;
  const rows = await db.conversation.findMany({
    where: { shop, createdAt: { gte: queryStart(opts.now, days), lte: opts.now } },
    select: { createdAt: true, handoffReason: true },
  });
  const byDay = new Map(lastDays(opts.now, opts.timeZone, days).map((day) => [day, { day, botOnly: 0, handedOff: 0 }]));
  for (const row of rows) {
    const bucket = byDay.get(dayKey(row.createdAt, opts.timeZone));
    if (!bucket) continue; // before the first listed day
    if (row.handoffReason === null) bucket.botOnly += 1;
    else bucket.handedOff += 1;
  }
  return [...byDay.values()];
}
