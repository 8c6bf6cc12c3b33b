import { z } from "zod";
import type { Db } from "../../db.server";
import { defineJob, type JobServices } from "../../jobs/types";
import { workConversation } from "./conversation-worker.server";
import { STUCK_AFTER_MS } from "./message-states";
import type { ShopperMessagePipeline } from "./pipeline";

/**
 * Nothing left unanswered: a shopper message stored but not finished (a crash, a deploy, a database blip,
 * a timeout) is picked up here, not by the shopper's retry. Conversations whose lease is still live are
 * left to their worker; an expired lease is taken over.
 */
export async function findStuckConversations(db: Db, now: Date, limit = 50) {
  const rows = await db.message.findMany({
    where: {
      author: "shopper",
      state: "received",
      createdAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) },
      conversation: { OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    },
    select: { conversationId: true, conversation: { select: { shop: true } } },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  const seen = new Map<string, string>();
  for (const row of rows) seen.set(row.conversationId, row.conversation.shop);
  return [...seen].map(([conversationId, shop]) => ({ conversationId, shop }));
}

export async function recoverStuckMessages(args: {
  db: Db;
  now: Date;
  pipelineFor(shop: string): Promise<ShopperMessagePipeline>;
}): Promise<{ conversations: number }> {
  const stuck = await findStuckConversations(args.db, args.now);
  for (const { conversationId, shop } of stuck) {
    try {
      await workConversation(await args.pipelineFor(shop), conversationId, "recovery");
    } catch (error) {
      // One conversation's failure must not stop the others; its message stays `received` for the next run.
      console.error(`[recovery] conversation ${conversationId} failed`, error);
    }
  }
  return { conversations: stuck.length };
}

export const RECOVER_EVERY_MS = 5_000;

/** Every 5 s, once across all instances: bounds how long a stored message can wait (about 10-20 s). */
export function recoverStuckMessagesJob(makePipeline: (services: JobServices, shop: string) => Promise<ShopperMessagePipeline>) {
  return defineJob({
    name: "recover-stuck-messages",
    payload: z.object({}).passthrough(),
    everyMs: RECOVER_EVERY_MS,
    attempts: 1,
    async run(_payload, { services }) {
      await recoverStuckMessages({ db: services.db, now: services.now(), pipelineFor: (shop) => makePipeline(services, shop) });
    },
  });
}
