import type { Db } from "../../db.server";

/** Headline numbers for the admin home page, over the last 30 days. */
export async function conversationSummary(db: Db, shop: string, now = new Date()) {
  const since = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const where = { shop, createdAt: { gte: since } };
  const [total, botOnly, waiting] = await Promise.all([
    db.conversation.count({ where }),
    db.conversation.count({ where: { ...where, handoffReason: null } }),
    db.conversation.count({ where: { shop, status: "waiting_for_human" } }),
  ]);
  return { total, botOnly, handedOff: total - botOnly, waiting };
}
