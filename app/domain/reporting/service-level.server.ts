import type { Db } from "../../db.server";
import { loadShopSettings } from "../settings/shop-settings-store.server";
import { windowStart } from "./period";

export interface ServiceLevelReport {
  /** Handoffs in the window (conversations whose first handoff falls in it). */
  handoffs: number;
  replied: number;
  resolved: number;
  medianFirstReplyMinutes: number | null;
  medianResolutionMinutes: number | null;
  targetReplyMinutes: number;
  /** Replied later than the target, or still waiting past it now. */
  waitedPastTarget: number;
}

/**
 * First human reply time (handoff → first staff reply) and resolution time (handoff → closed) over the last 30 days,
 * with how many shoppers waited longer than the shop's target reply time. For the Home page.
 */
export async function serviceLevelReport(db: Db, shop: string, now: Date = new Date()): Promise<ServiceLevelReport> {
  const settings = await loadShopSettings(db, shop);
  const target = settings.notifications.targetReplyMinutes;
  const rows = await db.conversation.findMany({
    where: { shop, handoffAt: { gte: windowStart(now) } },
    select: { handoffAt: true, firstHumanReplyAt: true, resolvedAt: true, waitingSince: true },
  });
  const minutes = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / 60_000);
  const firstReplies: number[] = [];
  const resolutions: number[] = [];
  let waitedPastTarget = 0;
  for (const r of rows) {
    const handoffAt = r.handoffAt!;
    if (r.firstHumanReplyAt) {
      const m = minutes(handoffAt, r.firstHumanReplyAt);
      firstReplies.push(m);
      if (m > target) waitedPastTarget++;
    } else if (minutes(r.waitingSince ?? handoffAt, now) > target && !r.resolvedAt) {
      waitedPastTarget++;
    }
    if (r.resolvedAt) resolutions.push(minutes(handoffAt, r.resolvedAt));
  }
  return {
    handoffs: rows.length,
    replied: firstReplies.length,
    resolved: resolutions.length,
    medianFirstReplyMinutes: median(firstReplies),
    medianResolutionMinutes: median(resolutions),
    targetReplyMinutes: target,
    waitedPastTarget,
  };
}

/**
 * The shop's usual first reply time for the bubble's "usually within …" (median of the last 30 days' first replies),
 * or null with fewer than 5 replies: too few to promise anything.
 */
export async function usualReplyMinutes(db: Db, shop: string, now: Date = new Date()): Promise<number | null> {
  const report = await serviceLevelReport(db, shop, now);
  return report.replied >= 5 ? report.medianFirstReplyMinutes : null;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 10) / 10;
}
