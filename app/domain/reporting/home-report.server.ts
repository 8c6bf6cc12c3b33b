import type { Db } from "../../db.server";
import { dailyAutomation } from "./daily-automation.server";
import { handoffReasonCounts } from "./handoff-reasons.server";
import { holdoutReport } from "./holdout-report.server";
import { conversationOutcomes, countOutcomes, type ConversationOutcome } from "./outcomes.server";
import { REPORT_DAYS, windowStart } from "./period";
import { loadShopSettings } from "../settings/shop-settings-store.server";
import { serviceLevelReport } from "./service-level.server";

/** Headline numbers over the last 30 days, each conversation counted once by how it ended. */
export function conversationSummary(outcomes: ConversationOutcome[], now: Date) {
  const recent = outcomes.filter((o) => o.createdAt >= windowStart(now));
  const counts = countOutcomes(recent);
  const judged = counts.conversations - counts.open;
  return {
    total: counts.conversations,
    resolvedByBot: counts.resolved_by_bot,
    /** Share of judged conversations (open ones can't be judged yet); null before any can be. */
    resolvedByBotShare: judged ? counts.resolved_by_bot / judged : null,
    handedOff: counts.personInvolved,
    abandoned: counts.abandoned,
    /** Bot-only conversations that were rated poorly or that the bot could not help with. */
    unresolvedByBot: recent.filter((o) => !o.personInvolved && o.outcome === "unresolved").length,
    open: counts.open,
  };
}

/** Everything the home page shows: the tiles, what happened per day, why people were needed, your team's reply times, the holdout. */
export async function homeReport(db: Db, shop: string, now = new Date()) {
  const settings = await loadShopSettings(db, shop);
  const timeZone = settings.businessHours.timezone;
  const [outcomes, reasons, waiting, serviceLevel] = await Promise.all([
    conversationOutcomes(db, shop, { now, holdoutPercent: settings.holdoutPercent }),
    handoffReasonCounts(db, shop, { now }),
    db.conversation.count({ where: { shop, status: "waiting_for_human" } }),
    serviceLevelReport(db, shop, now),
  ]);
  const inWindow = outcomes.filter((o) => o.createdAt >= windowStart(now));
  return {
    summary: { ...conversationSummary(outcomes, now), waiting },
    daily: dailyAutomation(outcomes, { now, timeZone }),
    reasons,
    serviceLevel,
    timeZone,
    holdoutPercent: settings.holdoutPercent,
    holdout: holdoutReport(inWindow, { days: REPORT_DAYS }),
  };
}
