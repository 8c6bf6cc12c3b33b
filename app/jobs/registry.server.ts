import { z } from "zod";
import { dispatchOutbox, purgeDispatchedOutbox } from "./outbox.server";
import { defineJob, type JobDefinition, type JobServices } from "./types";
import { createShopperMessagePipeline } from "../domain/conversations/default-pipeline.server";
import { recoverStuckMessagesJob } from "../domain/conversations/recovery.server";
import { prismaBackInStockRepository } from "../persistence/back-in-stock-repository.server";
import { notificationJobs } from "../domain/notifications/jobs.server";
import { reindexShopContentJob } from "../domain/knowledge/reindex-job.server";

// Every job the app runs. A job is added here (name, payload schema, handler) and enqueued by name.
// Handlers must be idempotent: a job can run twice (a crash after the work, before the ack).

const noPayload = z.object({}).passthrough();

/** Moves committed outbox rows to the queue; picks up rows whose after-commit dispatch never happened. */
export const dispatchOutboxJob = defineJob({
  name: "dispatch-outbox",
  payload: noPayload,
  everyMs: 2_000,
  // The next run is 2 s away: a retry would only overlap it.
  attempts: 1,
  async run(_payload, { services, jobs }) {
    await dispatchOutbox(services, jobs);
  },
});

/** Housekeeping: dispatched outbox rows older than 7 days, expired rate-limit counters. */
export const purgeExpiredJob = defineJob({
  name: "purge-expired",
  payload: noPayload,
  everyMs: 60 * 60 * 1000,
  attempts: 3,
  async run(_payload, { services }) {
    const outboxRows = await purgeDispatchedOutbox(services);
    if (outboxRows > 0) console.info(`purge-expired: deleted ${outboxRows} dispatched outbox row(s)`);
    // rate-limiter-flexible's Prisma store also clears expired rows on a timer in each process; this
    // catches what processes that stopped left behind. A null expire never expires.
    const { count: limitRows } = await services.db.rateLimit.deleteMany({ where: { expire: { lt: services.now() } } });
    if (limitRows > 0) console.info(`purge-expired: deleted ${limitRows} expired rate-limit row(s)`);
  },
});

/** Messages stored but not finished (a crash, a deploy, an outage) are answered or handed off. */
export const recoverMessagesJob = recoverStuckMessagesJob(async (services: JobServices, shop: string) =>
  createShopperMessagePipeline({
    db: services.db,
    shop,
    admin: await services.adminFor(shop),
    backInStock: prismaBackInStockRepository(services.db),
    // This job runs inside the queue: it enqueues nothing itself; the scheduled dispatch moves its outbox rows.
  }),
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition has its own payload type
export const jobDefinitions: readonly JobDefinition<any>[] = [
  dispatchOutboxJob,
  purgeExpiredJob,
  recoverMessagesJob,
  ...notificationJobs,
  reindexShopContentJob,
];
