import type { Db } from "../../db.server";

export interface Delivery {
  /** One notification per key, ever: a re-run job finds the "sent" row and sends nothing. */
  key: string;
  shop: string;
  channel: "email" | "webhook";
  kind: "handoff" | "reminder" | "reply" | "back_in_stock";
  conversationId?: string | null;
  recipient: string;
  subject?: string | null;
}

/**
 * Sends at most once per key. The "sent" row is written only after `send` resolved (the SMTP server or the
 * receiver accepted it); a failure is recorded with its error (settings show failing channels) and rethrown
 * so the job runner retries with backoff.
 */
export async function deliverOnce(db: Db, delivery: Delivery, send: () => Promise<void>, now: () => Date = () => new Date()): Promise<"sent" | "already_sent"> {
  const base = {
    shop: delivery.shop,
    channel: delivery.channel,
    kind: delivery.kind,
    conversationId: delivery.conversationId ?? null,
    recipient: delivery.recipient.slice(0, 500),
    subject: delivery.subject ?? null,
  };
  // Claim the key before sending: two runs at once (a job and a sweep, two instances) must not both send.
  // A claim left "sending" by a crashed worker is taken over after a few minutes.
  if (!(await claimDelivery(db, delivery.key, base, now))) return "already_sent";
  try {
    await send();
  } catch (error) {
    const lastError = (error as Error).message.slice(0, 1000);
    await db.notification.upsert({
      where: { key: delivery.key },
      create: { key: delivery.key, ...base, status: "failed", attempts: 1, lastError },
      update: { status: "failed", attempts: { increment: 1 }, lastError },
    });
    throw error;
  }
  await db.notification.upsert({
    where: { key: delivery.key },
    create: { key: delivery.key, ...base, status: "sent", attempts: 1, sentAt: now() },
    update: { status: "sent", attempts: { increment: 1 }, lastError: null, sentAt: now() },
  });
  return "sent";
}

export interface ChannelHealth {
  channel: "email" | "webhook";
  /** The newest delivery's outcome, or null when nothing was sent yet. */
  lastStatus: "sent" | "failed" | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  failingSince: string | null;
}

/** For the settings page: is each channel working, and if not, since when and why. */
export async function notificationHealth(db: Db, shop: string): Promise<ChannelHealth[]> {
  const channels = ["email", "webhook"] as const;
  return Promise.all(
    channels.map(async (channel) => {
      const last = await db.notification.findFirst({ where: { shop, channel }, orderBy: { updatedAt: "desc" } });
      if (!last) return { channel, lastStatus: null, lastError: null, lastAttemptAt: null, failingSince: null };
      let failingSince: string | null = null;
      if (last.status === "failed") {
        const lastSent = await db.notification.findFirst({ where: { shop, channel, status: "sent" }, orderBy: { updatedAt: "desc" } });
        const firstFailure = await db.notification.findFirst({
          where: { shop, channel, status: "failed", ...(lastSent ? { updatedAt: { gt: lastSent.updatedAt } } : {}) },
          orderBy: { createdAt: "asc" },
        });
        failingSince = (firstFailure ?? last).createdAt.toISOString();
      }
      return {
        channel,
        lastStatus: last.status as "sent" | "failed",
        lastError: last.lastError,
        lastAttemptAt: last.updatedAt.toISOString(),
        failingSince,
      };
    }),
  );
}

const STALE_CLAIM_MS = 5 * 60_000;

async function claimDelivery(db: Db, key: string, base: Omit<Parameters<Db["notification"]["create"]>[0]["data"], "key" | "status">, now: () => Date): Promise<boolean> {
  const created = await db.notification.create({ data: { key, ...base, status: "sending" } }).then(
    () => true,
    (error: unknown) => {
      if ((error as { code?: string }).code === "P2002") return false;
      throw error;
    },
  );
  if (created) return true;
  const { count } = await db.notification.updateMany({
    where: { key, OR: [{ status: "failed" }, { status: "sending", updatedAt: { lt: new Date(now().getTime() - STALE_CLAIM_MS) } }] },
    data: { status: "sending" },
  });
  return count === 1;
}
