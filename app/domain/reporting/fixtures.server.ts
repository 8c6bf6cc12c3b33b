import type { Db } from "../../db.server";
import type { ReasonCode } from "../routing/types";

// Test-only: conversations written straight to the database with exact timestamps, so the reports'
// numbers can be checked against rows we control.

export interface SeedMessage {
  author: "shopper" | "bot" | "staff" | "system";
  /** Seconds after the conversation started. */
  at: number;
  feedback?: "up" | "down";
}

export interface SeedConversation {
  shop: string;
  createdAt: Date;
  handoffReason?: string | null;
  holdout?: boolean;
  status?: "bot" | "waiting_for_human" | "human" | "closed";
  messages?: SeedMessage[];
  decisions?: Array<{ kind: "automate" | "clarify" | "handoff"; codes: Array<ReasonCode | string>; at?: number; rawReasons?: string; intent?: string }>;
  /** The end-of-conversation satisfaction answer, 1..5. */
  rating?: number;
  /** Stored conversation context (JSON), e.g. a pending offer. */
  context?: unknown;
  /** Fixed id (the holdout bucket is derived from it). */
  id?: string;
}

let seq = 0;

export async function seedConversation(db: Db, seed: SeedConversation) {
  const start = seed.createdAt.getTime();
  const conversation = await db.conversation.create({
    data: {
      ...(seed.id ? { id: seed.id } : {}),
      shop: seed.shop,
      context: JSON.stringify(seed.context ?? {}),
      visitorId: `visitor-${++seq}`,
      createdAt: seed.createdAt,
      lastMessageAt: seed.createdAt,
      handoffReason: seed.handoffReason ?? null,
      holdout: seed.holdout ?? false,
      status: seed.status ?? "bot",
    },
  });
  for (const m of seed.messages ?? []) {
    await db.message.create({
      data: { conversationId: conversation.id, author: m.author, body: `${m.author} at ${m.at}s`, feedback: m.feedback ?? null, createdAt: new Date(start + m.at * 1000) },
    });
  }
  for (const d of seed.decisions ?? []) {
    await db.routingDecisionRecord.create({
      data: {
        conversationId: conversation.id,
        kind: d.kind,
        intent: d.intent ?? "other",
        reasons: d.rawReasons ?? JSON.stringify(d.codes.map((code) => ({ code, detail: `because ${code}` }))),
        createdAt: new Date(start + (d.at ?? 0) * 1000),
      },
    });
  }
  if (seed.rating !== undefined) {
    await db.satisfactionRating.create({ data: { conversationId: conversation.id, score: seed.rating } });
  }
  return conversation;
}

export const daysBefore = (now: Date, days: number, hours = 0) => new Date(now.getTime() - days * 24 * 3600 * 1000 - hours * 3600 * 1000);
