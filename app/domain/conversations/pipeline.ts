import type { Db } from "../../db.server";
import type { CustomerProfile, RoutingDecision, RoutingInput } from "../routing/types";
import type { ShopSettings } from "../routing/settings";
import type { Language, Understanding } from "../understanding/types";

/** What the bot decided to say for an automated intent, from live shop data. */
export type AnswerOutcome =
  | { kind: "answer"; text: string; facts?: Record<string, unknown>; context?: Record<string, unknown> }
  | { kind: "need"; missing: Array<"order_number" | "email" | "product">; text: string }
  | { kind: "handoff"; reason: "shop_api_unavailable" | "needs_person"; detail: string; text?: string };

/** Memory of a conversation between messages (stored as JSON on the conversation). */
export interface StoredContext {
  /** Opaque state owned by the understanding module's multi-turn resolver. */
  understanding?: unknown;
  /** Facts the answers module wants to keep (e.g. an order the shopper proved they own). */
  answers?: Record<string, unknown>;
  clarificationsAsked?: number;
  botFailures?: number;
  lastBotIntent?: string | null;
  disclosed?: boolean;
}

/**
 * Everything the message handler needs from the rest of the app, injected so the handler can be
 * tested with the real parts (and different shops, clocks and failures) without Remix.
 */
export interface ShopperMessagePipeline {
  db: Db;
  now(): Date;
  understand(text: string, languageHint: Language | undefined): Promise<Understanding>;
  /** Multi-turn: fills the understanding from what the conversation already established. */
  resolveInContext(current: Understanding, previous: unknown): { understanding: Understanding; context: unknown };
  /** The shopper said the bot failed, or asked the same thing again after an answer. */
  isBotFailure(text: string, current: Understanding, previousIntent: string | null): boolean;
  loadSettings(shop: string): Promise<ShopSettings>;
  /** Throws when the Admin API is unavailable; null for guests. */
  loadCustomerProfile(customerId: string | null, settings: ShopSettings): Promise<CustomerProfile | null>;
  route(input: RoutingInput): RoutingDecision;
  answer(args: {
    shop: string;
    understanding: Understanding;
    customerId: string | null;
    settings: ShopSettings;
    answersContext: Record<string, unknown>;
    contactEmail: string | null;
  }): Promise<AnswerOutcome>;
  texts: {
    disclosure(language: Language): string;
    clarify(language: Language): string;
    handoff(language: Language, decision: RoutingDecision, opts: { hasEmail: boolean }): string;
    emailNoted(language: Language): string;
  };
}
