import type { ConfirmedAction } from "../answers/answer-for.server";
import type { Reason, RoutingDecision } from "../routing/types";
import type { ShopSettings } from "../routing/settings";
import type { Intent, Language, Understanding } from "../understanding/types";
import { LANGUAGES } from "../understanding/types";
import { botDisclosure } from "../answers/common";
import { isConfirmation } from "./confirmation";
import { extractEmails } from "../understanding/entities.server";
import { isReturnSelection } from "../answers/returns";
import {
  appendMessage,
  appendShopperMessage,
  countBotFailures,
  findShopperConversation,
  messagesAfter,
  recordDecision,
  saveUnderstanding,
  startConversation,
  toPublicMessage,
  updateConversation,
} from "./conversation-store.server";
import type { AnswersMemory, ShopperMessagePipeline, StoredContext } from "./pipeline";
import { handoffMessage, routingMessage } from "./routing-messages";
import { MAX_FAILED_VERIFICATIONS, verificationKeys } from "./verification-guard.server";
import type { ConversationStatus, ConversationView } from "./types";

export interface ShopperMessageInput {
  shop: string;
  /** Only from a signed app proxy request. */
  customerId: string | null;
  visitorId: string;
  conversationId?: string | null;
  clientMessageId: string;
  text: string;
}

const ACTION_INTENT: Record<ConfirmedAction["action"], Intent> = {
  return_request: "return_request",
  cancel_order: "cancel_order",
  back_in_stock: "product_availability",
};

type ConversationRow = { id: string; contactEmail: string | null; customerId: string | null; context: string; language: string; status: string };

/**
 * One shopper message, end to end. The message is stored before anything else can fail, so a
 * failure later (NLP, Admin API) degrades to a handoff and never loses what the shopper wrote.
 */
export async function handleShopperMessage(p: ShopperMessagePipeline, input: ShopperMessageInput): Promise<ConversationView> {
  const conversation = input.conversationId
    ? await findShopperConversation(p.db, { shop: input.shop, conversationId: input.conversationId, visitorId: input.visitorId, customerId: input.customerId })
    : await startConversation(p.db, { shop: input.shop, visitorId: input.visitorId, customerId: input.customerId });
  const { message, duplicate } = await appendShopperMessage(p.db, {
    conversationId: conversation.id,
    clientMessageId: input.clientMessageId,
    body: input.text,
  });
  if (duplicate) return view(p, conversation.id, message.id);

  const status = conversation.status as ConversationStatus;
  if (status === "waiting_for_human" || status === "human") {
    // A person owns this conversation: the bot stays silent, but keeps an email the shopper leaves.
    await noteContactEmail(p, conversation, input.text);
    return view(p, conversation.id, message.id);
  }
  if (status === "closed") await updateConversation(p.db, conversation.id, { status: "bot" });

  const context = parseContext(conversation.context);
  const memory: AnswersMemory = context.answers ?? {};
  const turn = new Turn(p, conversation, message.id, context);
  let settings: ShopSettings;
  let understanding: Understanding;
  try {
    settings = await p.loadSettings(input.shop);
    const hint = (LANGUAGES as readonly string[]).includes(conversation.language) ? (conversation.language as Language) : undefined;
    const raw = await p.understand(input.text, hint);
    const resolved = p.resolveInContext(raw, context.understanding ?? null);
    understanding = resolved.understanding;
    context.understanding = resolved.context;
    await saveUnderstanding(p.db, message.id, understanding);
  } catch (error) {
    console.error("[conversation] understanding failed", error);
    const language = (LANGUAGES as readonly string[]).includes(conversation.language) ? (conversation.language as Language) : "en";
    return turn.handOff(language, "UTC", {
      kind: "handoff",
      intent: "other",
      reasons: [{ code: "low_confidence_handoff", detail: `The message could not be processed (${errorText(error)})` }],
    }, null);
  }

  const language = understanding.language;
  const timeZone = settings.businessHours.timezone;
  const contactEmail = conversation.contactEmail ?? understanding.entities.emails[0]?.toLowerCase() ?? null;
  if (language !== conversation.language || contactEmail !== conversation.contactEmail) {
    await updateConversation(p.db, conversation.id, { language, contactEmail });
  }
  turn.contactEmail = contactEmail;
  // The same intent about a different order or product is a new question, not a rephrase.
  const newSubject = isNewSubject(memory, understanding);
  rememberEntities(memory, understanding);

  // A "yes" (or, for a back-in-stock offer, an email) accepts the action the bot offered last time.
  let confirm: ConfirmedAction | null = null;
  const offered = memory.proposedAction ?? null;
  if (offered && acceptsOffer(offered, input.text, understanding)) {
    confirm = offered;
    understanding = { ...understanding, intent: ACTION_INTENT[offered.action], confidence: 1, runnerUp: null };
  }
  memory.proposedAction = null;
  if (!confirm && p.isBotFailure(input.text, understanding, newSubject ? null : (context.lastBotIntent ?? null))) {
    context.botFailures = (context.botFailures ?? 0) + 1;
  }

  let decision: RoutingDecision;
  try {
    const customer = await p.loadCustomerProfile(input.customerId, settings);
    decision = p.route({
      understanding,
      customer,
      settings,
      now: p.now(),
      history: {
        conversationId: conversation.id,
        clarificationsAsked: context.clarificationsAsked ?? 0,
        botFailures: (context.botFailures ?? 0) + (await countBotFailures(p.db, conversation.id)),
        humanOwnsConversation: false,
        previousIntents: context.lastBotIntent ? [context.lastBotIntent as Intent] : [],
      },
    });
  } catch (error) {
    decision = { kind: "handoff", intent: understanding.intent, reasons: [{ code: "shop_api_unavailable", detail: `Customer profile unavailable: ${errorText(error)}` }] };
  }
  context.answers = memory;
  turn.intent = understanding.intent;
  turn.confidence = understanding.confidence;

  if (decision.kind === "handoff") return turn.handOff(language, timeZone, decision, null);
  if (decision.kind === "clarify") {
    context.clarificationsAsked = (context.clarificationsAsked ?? 0) + 1;
    return turn.reply(language, routingMessage(language, "clarify"), decision);
  }

  const guardKeys = verificationKeys(input.shop, conversation.id, memory.orderNumber);
  if (!input.customerId && p.verificationGuard.isLocked(guardKeys, p.now().getTime())) {
    const reasons: Reason[] = [...decision.reasons, { code: "ownership_not_verified", detail: `Order ownership not verified after ${MAX_FAILED_VERIFICATIONS} attempts` }];
    return turn.handOff(language, timeZone, { ...decision, kind: "handoff", reasons }, null);
  }
  const outcome = await p
    .answer({ understanding, customerId: input.customerId, settings, memory, confirm })
    .catch((error: unknown) => ({ kind: "failed" as const, error }));
  if (outcome.kind === "failed") {
    const reasons: Reason[] = [...decision.reasons, { code: "shop_api_unavailable", detail: `Answer failed: ${errorText(outcome.error)}` }];
    return turn.handOff(language, timeZone, { ...decision, kind: "handoff", reasons }, null);
  }
  if (outcome.answer.facts.kind === "not_verified") p.verificationGuard.recordFailure(guardKeys, p.now().getTime());
  const proposed = outcome.answer.facts.proposedAction as AnswersMemory["proposedAction"] | undefined;
  if (proposed) {
    memory.proposedAction = { ...proposed, ...(outcome.answer.facts.productTitle ? { productTitle: String(outcome.answer.facts.productTitle) } : {}) } as AnswersMemory["proposedAction"];
  }
  if (outcome.kind === "handoff") {
    const reasons: Reason[] = [
      ...decision.reasons,
      outcome.reason === "shop_api_unavailable"
        ? { code: "shop_api_unavailable", detail: `Shop data unavailable (${String(outcome.answer.facts.reason ?? "Admin API")})` }
        : { code: "intent_sent_to_human", detail: `The bot could not complete this: ${outcome.reason.replace(/_/g, " ")}` },
    ];
    return turn.handOff(language, timeZone, { ...decision, kind: "handoff", reasons }, outcome.answer.text);
  }
  if (outcome.kind === "need") {
    return turn.reply(language, outcome.answer.text, {
      ...decision,
      kind: "clarify",
      missing: outcome.missing.filter((m): m is "order_number" | "email" => m !== "product"),
      reasons: [...decision.reasons, { code: "missing_information", detail: `Asked the shopper for: ${outcome.missing.join(", ").replace(/_/g, " ")}` }],
    });
  }
  // A wrong email is the shopper's slip, not the bot's: asking again after it is not a rephrase.
  context.lastBotIntent = outcome.answer.facts.kind === "not_verified" ? null : understanding.intent;
  context.clarificationsAsked = 0;
  return turn.reply(language, outcome.answer.text, decision);
}

/** One shopper message's bookkeeping: replies, the decision record and the saved context. */
class Turn {
  contactEmail: string | null;
  intent: Intent = "other";
  confidence: number | null = null;

  constructor(
    private readonly p: ShopperMessagePipeline,
    private readonly conversation: ConversationRow,
    private readonly messageId: string,
    private readonly context: StoredContext,
  ) {
    this.contactEmail = conversation.contactEmail;
  }

  async reply(language: Language, text: string, decision: RoutingDecision) {
    await this.say(language, text);
    await this.finish(decision);
    return view(this.p, this.conversation.id, this.messageId);
  }

  async handOff(language: Language, timeZone: string, decision: RoutingDecision, prefix: string | null) {
    const hasEmail = Boolean(this.contactEmail) || Boolean(this.conversation.customerId);
    await this.say(language, handoffMessage(language, decision, { hasEmail, timeZone, lead: prefix }));
    await updateConversation(this.p.db, this.conversation.id, {
      status: "waiting_for_human",
      handoffReason: decision.reasons.map((r) => r.detail).join("; "),
      holdout: decision.reasons.some((r) => r.code === "holdout"),
    });
    await this.finish(decision);
    return view(this.p, this.conversation.id, this.messageId);
  }

  /** The bot's first words in a conversation say it is a bot (the bubble also says so up front). */
  private async say(language: Language, text: string) {
    const disclosure = botDisclosure(language);
    const body = this.context.disclosed || text.includes(disclosure) ? text : `${disclosure} ${text}`;
    this.context.disclosed = true;
    await appendMessage(this.p.db, { conversationId: this.conversation.id, author: "bot", body });
  }

  private async finish(decision: RoutingDecision) {
    await recordDecision(this.p.db, {
      conversationId: this.conversation.id,
      messageId: this.messageId,
      kind: decision.kind,
      intent: decision.intent ?? this.intent,
      confidence: this.confidence,
      reasons: decision.reasons,
    });
    await updateConversation(this.p.db, this.conversation.id, { context: JSON.stringify(this.context) });
  }
}

/** A "yes"; for a return, a pick of items ("just the beanie", "1 and 3"); for back-in-stock, an email. */
function acceptsOffer(offered: NonNullable<AnswersMemory["proposedAction"]>, text: string, u: Understanding) {
  if (isConfirmation(text)) return true;
  if (offered.action === "back_in_stock") return u.entities.emails.length > 0;
  // "the shoe is damaged" names an item but is not a pick: let understanding route it.
  if (offered.action === "return_request" && !MUST_NOT_CONFIRM.has(u.intent)) return isReturnSelection(text, offered, u.language);
  return false;
}
const MUST_NOT_CONFIRM = new Set<Intent>(["damaged_or_wrong_item", "complaint", "human_agent"]);

function isNewSubject(memory: AnswersMemory, u: Understanding) {
  const order = u.entities.orderNumbers[0];
  const product = u.entities.products[0];
  return Boolean((order && memory.orderNumber && order !== memory.orderNumber) || (product && memory.product && product.productId !== memory.product.productId));
}

function rememberEntities(memory: AnswersMemory, u: Understanding) {
  if (u.entities.orderNumbers[0]) memory.orderNumber = u.entities.orderNumbers[0];
  if (u.entities.emails[0]) memory.email = u.entities.emails[0].toLowerCase();
  if (u.entities.products[0]) memory.product = u.entities.products[0];
}

async function noteContactEmail(p: ShopperMessagePipeline, conversation: ConversationRow, text: string) {
  const email = extractEmails(text)[0];
  if (!email || conversation.contactEmail) return;
  await updateConversation(p.db, conversation.id, { contactEmail: email });
  if (conversation.status === "waiting_for_human") {
    const language = (LANGUAGES as readonly string[]).includes(conversation.language) ? (conversation.language as Language) : "en";
    await appendMessage(p.db, { conversationId: conversation.id, author: "system", body: routingMessage(language, "emailNoted", { email }) });
  }
}

function errorText(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

function parseContext(text: string): StoredContext {
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as StoredContext) : {};
  } catch {
    return {};
  }
}

async function view(p: ShopperMessagePipeline, conversationId: string, fromMessageId: string): Promise<ConversationView> {
  const conversation = await p.db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
  const from = await p.db.message.findUniqueOrThrow({ where: { id: fromMessageId } });
  // The shopper's message and everything after it: what this request added (or, for a retry, added before).
  const messages = [from, ...(await messagesAfter(p.db, conversationId, fromMessageId))];
  return { conversationId, status: conversation.status as ConversationStatus, messages: messages.map(toPublicMessage) };
}
