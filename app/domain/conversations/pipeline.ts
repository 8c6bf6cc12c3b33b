import type { Db } from "../../db.server";
import type { VerificationGuard } from "./verification-guard.server";
import type { AnswerOutcome, ConfirmedAction } from "../answers/answer-for.server";
import type { CustomerProfile, RoutingDecision, RoutingInput } from "../routing/types";
import type { ShopSettings } from "../routing/settings";
import type { Intent, Language, ProductMention, Understanding } from "../understanding/types";

export type { AnswerOutcome };

/** What the answers module remembers between messages (stored server-side, never sent to the bubble). */
export interface AnswersMemory {
  orderNumber?: string | null;
  email?: string | null;
  product?: ProductMention | null;
  /** An action the bot offered (return request, cancellation, back-in-stock email) awaiting the shopper's yes. */
  proposedAction?: (ConfirmedAction & { productTitle?: string; key?: string }) | null;
}

/** Memory of a conversation between messages (stored as JSON on the conversation). */
export interface StoredContext {
  /** Opaque state owned by the understanding module's multi-turn resolver. */
  understanding?: unknown;
  answers?: AnswersMemory;
  clarificationsAsked?: number;
  botFailures?: number;
  lastBotIntent?: string | null;
  disclosed?: boolean;
  /** The kind of the bot's last answer (e.g. "not_verified"): a failed lookup is not carried into a new request. */
  lastAnswerKind?: string | null;
  /** How many answers the bot has given in this conversation. */
  answersGiven?: number;
  /** How many times this conversation was handed to a person (keys one notification per handoff). */
  handoffs?: number;
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
  /** The shopper said the bot failed, or asked the same thing again right after an answer. */
  isBotFailure(text: string, current: Understanding, previousIntent: string | null): boolean;
  loadSettings(shop: string): Promise<ShopSettings>;
  /** Null for guests; throws when the Admin API is unavailable. */
  loadCustomerProfile(customerId: string | null, settings: ShopSettings): Promise<CustomerProfile | null>;
  route(input: RoutingInput): RoutingDecision;
  /** Limits wrong emails/phones per conversation, visitor, email and order (see verification-guard.server.ts). */
  verificationGuard: VerificationGuard;
  /** Whether the shop can send email now (a mailer is configured): never promise an email otherwise. */
  canEmail(): Promise<boolean>;
  /** Called after a turn that enqueued jobs committed (the app dispatches its outbox right away). */
  jobsCommitted?(): void;
  /** Thumbs-down the shopper gave the bot's answers in this conversation. */
  countThumbsDown(conversationId: string): Promise<number>;
  /** Whether this shopper may make another Admin API lookup now (one sender must not spend the shop's allowance). */
  adminLookupAllowed(conversation: { shop: string; visitorId: string }, intent: Intent): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  answer(args: {
    understanding: Understanding;
    customerId: string | null;
    settings: ShopSettings;
    memory: AnswersMemory;
    confirm: ConfirmedAction | null;
    /** Idempotency key for an action this answer may take in the shop. */
    actionKey: string;
    /** End the answer with the way to a person (first answer, after a failure or a negative signal). */
    offerPerson: boolean;
  }): Promise<AnswerOutcome>;
}
