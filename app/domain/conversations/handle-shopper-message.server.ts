import type { Reason, RoutingDecision } from "../routing/types";
import type { Language, Understanding } from "../understanding/types";
import { LANGUAGES } from "../understanding/types";
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
import type { AnswerOutcome, ShopperMessagePipeline, StoredContext } from "./pipeline";
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

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

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
    await noteContactEmail(p, conversation, input.text, status === "waiting_for_human");
    return view(p, conversation.id, message.id);
  }

  const context = parseContext(conversation.context);
  const settings = await p.loadSettings(input.shop);
  const languageHint = LANGUAGES.includes(conversation.language as Language) ? (conversation.language as Language) : undefined;

  let understanding: Understanding;
  try {
    const raw = await p.understand(input.text, languageHint);
    const resolved = p.resolveInContext(raw, context.understanding ?? null);
    understanding = resolved.understanding;
    context.understanding = resolved.context;
    await saveUnderstanding(p.db, message.id, understanding);
    if (p.isBotFailure(input.text, understanding, context.lastBotIntent ?? null)) context.botFailures = (context.botFailures ?? 0) + 1;
  } catch (error) {
    console.error("[conversation] understanding failed", error);
    return handOff(p, { conversation, messageId: message.id, language: languageHint ?? "en", context, intent: "other", confidence: null,
      decision: { kind: "handoff", intent: "other", reasons: [{ code: "low_confidence_handoff", detail: "The message could not be processed" }] } });
  }
  const language = understanding.language;
  const contactEmail = conversation.contactEmail ?? understanding.entities.emails[0]?.toLowerCase() ?? null;
  if (language !== conversation.language || contactEmail !== conversation.contactEmail) {
    await updateConversation(p.db, conversation.id, { language, contactEmail });
  }

  let decision: RoutingDecision;
  const downVotes = await countBotFailures(p.db, conversation.id);
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
        botFailures: (context.botFailures ?? 0) + downVotes,
        humanOwnsConversation: false,
        previousIntents: context.lastBotIntent ? [context.lastBotIntent as Understanding["intent"]] : [],
      },
    });
  } catch (error) {
    decision = apiFailure(understanding, error);
  }

  const base = { conversation: { ...conversation, contactEmail }, messageId: message.id, language, context, intent: understanding.intent, confidence: understanding.confidence };
  if (decision.kind === "handoff") return handOff(p, { ...base, decision });
  if (decision.kind === "clarify") {
    context.clarificationsAsked = (context.clarificationsAsked ?? 0) + 1;
    await reply(p, conversation.id, context, language, p.texts.clarify(language));
    await finish(p, { ...base, decision });
    return view(p, conversation.id, message.id);
  }

  const outcome = await p
    .answer({ shop: input.shop, understanding, customerId: input.customerId, settings, answersContext: context.answers ?? {}, contactEmail })
    .catch((error: unknown): AnswerOutcome => ({ kind: "handoff", reason: "shop_api_unavailable", detail: errorText(error) }));
  if (outcome.kind === "handoff") {
    const reasons: Reason[] = [...decision.reasons, { code: outcome.reason === "shop_api_unavailable" ? "shop_api_unavailable" : "intent_sent_to_human", detail: outcome.detail }];
    return handOff(p, { ...base, decision: { ...decision, kind: "handoff", reasons }, prefix: outcome.text });
  }
  if (outcome.kind === "need") {
    const needDecision: RoutingDecision = {
      ...decision,
      kind: "clarify",
      missing: outcome.missing.filter((m): m is "order_number" | "email" => m !== "product"),
      reasons: [...decision.reasons, { code: "missing_information", detail: `Asked the shopper for: ${outcome.missing.join(", ")}` }],
    };
    await reply(p, conversation.id, context, language, outcome.text);
    await finish(p, { ...base, decision: needDecision });
    return view(p, conversation.id, message.id);
  }
  if (outcome.context) context.answers = { ...(context.answers ?? {}), ...outcome.context };
  context.lastBotIntent = understanding.intent;
  context.clarificationsAsked = 0;
  await reply(p, conversation.id, context, language, outcome.text);
  await finish(p, { ...base, decision });
  return view(p, conversation.id, message.id);
}

type ConversationRow = { id: string; contactEmail: string | null; customerId: string | null; context: string; language: string; status: string };

async function handOff(
  p: ShopperMessagePipeline,
  args: { conversation: ConversationRow; messageId: string; language: Language; context: StoredContext; intent: string; confidence: number | null; decision: RoutingDecision; prefix?: string },
) {
  const hasEmail = Boolean(args.conversation.contactEmail) || Boolean(args.conversation.customerId);
  const text = p.texts.handoff(args.language, args.decision, { hasEmail });
  await reply(p, args.conversation.id, args.context, args.language, args.prefix ? `${args.prefix}\n\n${text}` : text);
  await updateConversation(p.db, args.conversation.id, {
    status: "waiting_for_human",
    handoffReason: args.decision.reasons.map((r) => r.detail).join("; "),
    holdout: args.decision.reasons.some((r) => r.code === "holdout"),
  });
  await finish(p, args);
  return view(p, args.conversation.id, args.messageId);
}

async function finish(
  p: ShopperMessagePipeline,
  args: { conversation: { id: string }; messageId: string; context: StoredContext; intent: string; confidence: number | null; decision: RoutingDecision },
) {
  await recordDecision(p.db, {
    conversationId: args.conversation.id,
    messageId: args.messageId,
    kind: args.decision.kind,
    intent: args.decision.intent ?? args.intent,
    confidence: args.confidence,
    reasons: args.decision.reasons,
  });
  await updateConversation(p.db, args.conversation.id, { context: JSON.stringify(args.context) });
}

/** The bot's first words in a conversation say it is a bot and that a person is one message away. */
async function reply(p: ShopperMessagePipeline, conversationId: string, context: StoredContext, language: Language, text: string) {
  const body = context.disclosed ? text : `${p.texts.disclosure(language)}\n\n${text}`;
  context.disclosed = true;
  await appendMessage(p.db, { conversationId, author: "bot", body });
}

async function noteContactEmail(p: ShopperMessagePipeline, conversation: ConversationRow, text: string, acknowledge: boolean) {
  const email = EMAIL.exec(text)?.[0]?.toLowerCase();
  if (!email || conversation.contactEmail) return;
  await updateConversation(p.db, conversation.id, { contactEmail: email });
  if (acknowledge) {
    const language = (LANGUAGES as readonly string[]).includes(conversation.language) ? (conversation.language as Language) : "en";
    await appendMessage(p.db, { conversationId: conversation.id, author: "system", body: p.texts.emailNoted(language) });
  }
}

function apiFailure(understanding: Understanding, error: unknown): RoutingDecision {
  return {
    kind: "handoff",
    intent: understanding.intent,
    reasons: [{ code: "shop_api_unavailable", detail: `Shop data unavailable: ${errorText(error)}` }],
  };
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
  const all = await messagesAfter(p.db, conversationId, null);
  const start = all.findIndex((m) => m.id === fromMessageId);
  return {
    conversationId,
    status: conversation.status as ConversationStatus,
    messages: (start >= 0 ? all.slice(start) : all).map(toPublicMessage),
  };
}
