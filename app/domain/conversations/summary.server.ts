import type { Db } from "../../db.server";
import { dailyAutomation } from "../reporting/daily-automation.server";
import { handoffReasonCounts } from "../reporting/handoff-reasons.server";
import { holdoutReport } from "../reporting/holdout-report.server";
import { windowStart } from "../reporting/period";
import { loadShopSettings } from "../settings/shop-settings-store.server";

/** Headline numbers for the admin home page, over the last 30 days. */
export async function conversationSummary(db: Db, shop: string, now = new Date()) {
  const where = { shop, createdAt: { gte: windowStart(now) } };
  const [total, botOnly, waiting] = await Promise.all([
    db.conversation.count({ where }),
    db.conversation.count({ where: { ...where, handoffReason: null } }),
    db.conversation.count({ where: { shop, status: "waiting_for_human" } }),
  ]);
  return { total, botOnly, handedOff: total - botOnly, waiting };
}

/** Everything the home page shows: the tiles, what automation did per day, why people were needed, the holdout. */
export async function homeReport(db: Db, shop: string, now = new Date()) {
  const settings = await loadShopSettings(db, shop);
  const timeZone = settings.businessHours.timezone;
  const [summary, daily, reasons, holdout] = await Promise.all([
    conversationSummary(db, shop, now),
    dailyAutomation(db, shop, { now, timeZone }),
    handoffReasonCounts(db, shop, { now }),
    holdoutReport(db, shop, { now }),
  ]);
  return { summary, daily, reasons, timeZone, holdoutPercent: settings.holdoutPercent, holdout };
}
