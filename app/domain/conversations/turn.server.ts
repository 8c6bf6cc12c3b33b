import type { ConfirmedAction } from "../answers/answer-for.server";
import { botDisclosure, identityForNewRequest, shouldOfferPerson } from "../answers/common";
import type { Reason, RoutingDecision } from "../routing/types";
import type { ShopSettings } from "../routing/settings";
import { extractEmails } from "../understanding/entities.server";
import type { Intent, Language, Understanding } from "../understanding/types";
import { LANGUAGES } from "../understanding/types";
import { acceptsOffer, isNewSubject, rememberEntities } from "./turn-memory";
import { nextReturnStep, returnFlowState, type PendingReturn, type ReturnStep } from "./return-flow";
import { returnCancelledAnswer, returnItemsQuestion, returnReasonQuestion } from "../answers/returns";
import type { Answer } from "../answers/types";
import type { AnswersMemory, ShopperMessagePipeline, StoredContext } from "./pipeline";
import { emailNotedMessage, handoffMessage, routingMessage } from "./routing-messages";
import type { ConversationStatus } from "./types";

/** What a turn needs to know about its conversation (a row, or the row as the previous turn left it). */
export interface ConversationState {
  id: string;
  shop: string;
  visitorId: string;
  customerId: string | null;
  status: string;
  language: string;
  contactEmail: string | null;
  context: string;
  /** Thumbs-down on the bot's answers so far, when the worker read it with the conversation. */
  thumbsDown?: number;
  /** "holdout" | "bot", stored when the conversation started; null for older conversations. */
  experimentGroup?: string | null;
}

/** Everything one shopper message leads to, computed first and committed in one transaction. */
export interface TurnOutcome {
  replies: { author: "bot" | "system"; body: string }[];
  /** Null when the bot stays silent (a person owns the conversation). */
  decision: (RoutingDecision & { confidence: number | null }) | null;
  understanding: Understanding | null;
  conversation: Partial<{
    status: ConversationStatus;
    handoffReason: string | null;
    holdout: boolean;
    language: string;
    contactEmail: string | null;
    context: string;
  }>;
  /** Background work to enqueue with the commit (e.g. telling the team about a handoff). */
  jobs: { name: string; payload: unknown; key: string }[];
  /** The shopper now waits for a person (a handoff, or a message into a conversation a person owns). */
  waiting?: boolean;
}

/** Sentiment at or below this still routes to a person inside the return flow. */
const STRONGLY_NEGATIVE = -0.8;

const ACTION_INTENT: Record<ConfirmedAction["action"], Intent> = {
  return_request: "return_request",
  cancel_order: "cancel_order",
  back_in_stock: "product_availability",
};

/**
 * One shopper message's turn, named by the state it reaches:
 *   person owns the conversation → silent (an email left is kept)
 *   not understood (NLP failed)  → handed off
 *   routed to a person           → handed off
 *   routed to a question         → asked
 *   automated                    → answered, asked for what is missing, or handed off when the shop can't answer
 * Nothing is written here except an action's idempotency key (see at-most-once.server.ts).
 */
export async function decideTurn(
  p: ShopperMessagePipeline,
  conversation: ConversationState,
  message: { id: string; body: string },
): Promise<TurnOutcome> {
  const status = conversation.status as ConversationStatus;
  if (status === "waiting_for_human" || status === "human") return personOwnsOutcome(conversation, message.body, () => p.canEmail());

  const turn = new Turn(p, conversation, message.id);
  const language = turn.conversationLanguage();
  let settings: ShopSettings;
  let understanding: Understanding;
  try {
    settings = await p.loadSettings(conversation.shop);
    const raw = await p.understand(message.body, language);
    const resolved = p.resolveInContext(raw, turn.context.understanding ?? null);
    understanding = resolved.understanding;
    turn.context.understanding = resolved.context;
    turn.own = raw;
  } catch (error) {
    console.error("[conversation] understanding failed", error);
    return turn.handOff(language ?? "en", "UTC", await p.canEmail().catch(() => false), {
      kind: "handoff",
      intent: "other",
      reasons: [{ code: "low_confidence_handoff", detail: `The message could not be processed (${errorText(error)})` }],
    }, null);
  }
  turn.understanding = understanding;
  return automatedTurn(p, turn, settings, understanding, message);
}

async function automatedTurn(
  p: ShopperMessagePipeline,
  turn: Turn,
  settings: ShopSettings,
  understood: Understanding,
  message: { id: string; body: string },
): Promise<TurnOutcome> {
  const { conversation, context } = turn;
  let understanding = understood;
  const language = understanding.language;
  const timeZone = settings.businessHours.timezone;
  const memory: AnswersMemory = context.answers ?? {};
  turn.patch.language = language;
  turn.contactEmail = conversation.contactEmail ?? understanding.entities.emails[0]?.toLowerCase() ?? null;
  turn.patch.contactEmail = turn.contactEmail;
  if (conversation.status === "closed") turn.patch.status = "bot";
  // Order numbers and emails this message itself brings. Those the understanding context carries over from earlier
  // turns are in `memory`, which forgets an email that just failed; the carried copy must not bring it back.
  const own = turn.own ?? understanding;
  understanding = { ...understanding, entities: { ...understanding.entities, orderNumbers: own.entities.orderNumbers, emails: own.entities.emails } };
  // The same intent about a different order or product is a new question, not a rephrase.
  const newSubject = isNewSubject(memory, understanding);
  rememberEntities(memory, understanding);

  // A "yes" (or, for a back-in-stock offer, an email) accepts the action the bot offered last time. A return offer
  // runs its own flow: items and a reason, in any order (return-flow.ts).
  let confirm: ConfirmedAction | null = null;
  let returnStep: ReturnStep | null = null;
  const offered = memory.proposedAction ?? null;
  if (offered?.action === "return_request") {
    returnStep = nextReturnStep(offered as PendingReturn, message.body, { ...own, language });
    if (returnStep.kind === "submit") confirm = returnStep.pending;
    if (returnStep.kind !== "pass") {
      const intent = returnStep.kind === "route_as_damaged" ? "damaged_or_wrong_item" : "return_request";
      // An answer to the bot's own "why are you returning it?" describes the item ("ça ne me plaît pas", "too
      // small"), not the shopper's mood: only strongly negative wording still counts as upset.
      const sentiment = understanding.sentiment.score > STRONGLY_NEGATIVE ? { label: "neutral" as const, score: 0 } : understanding.sentiment;
      understanding = { ...understanding, intent, confidence: 1, runnerUp: null, sentiment };
    }
  } else if (offered && acceptsOffer(offered, message.body, understanding)) {
    confirm = offered;
    understanding = { ...understanding, intent: ACTION_INTENT[offered.action], confidence: 1, runnerUp: null };
  }
  memory.proposedAction = null;
  if (!confirm && (!returnStep || returnStep.kind === "pass") && p.isBotFailure(message.body, understanding, newSubject ? null : (context.lastBotIntent ?? null))) {
    context.botFailures = (context.botFailures ?? 0) + 1;
  }
  context.answers = memory;
  turn.intent = understanding.intent;
  turn.confidence = understanding.confidence;

  let decision: RoutingDecision;
  try {
    const customer = await p.loadCustomerProfile(conversation.customerId, settings);
    decision = p.route({
      understanding,
      customer,
      settings,
      now: p.now(),
      history: {
        conversationId: conversation.id,
        experimentGroup: conversation.experimentGroup === "holdout" || conversation.experimentGroup === "bot" ? conversation.experimentGroup : null,
        clarificationsAsked: context.clarificationsAsked ?? 0,
        botFailures: (context.botFailures ?? 0) + (conversation.thumbsDown ?? (await p.countThumbsDown(conversation.id))),
        humanOwnsConversation: false,
        previousIntents: context.lastBotIntent ? [context.lastBotIntent as Intent] : [],
      },
    });
  } catch (error) {
    decision = { kind: "handoff", intent: understanding.intent, reasons: [{ code: "shop_api_unavailable", detail: `Customer profile unavailable: ${errorText(error)}` }] };
  }

  const canEmail = async () => p.canEmail().catch(() => false);
  if (decision.kind === "handoff" && decision.reasons.some((r) => r.code === "delivery_problem")) {
    return deliveryProblemHandoff(p, turn, { understanding, settings, memory, decision, timeZone, canEmail: await canEmail(), actionKey: `${conversation.id}:${message.id}` });
  }
  if (decision.kind === "handoff" && returnStep?.kind === "route_as_damaged") {
    const p2 = returnStep.pending;
    const reasons: Reason[] = [...decision.reasons, { code: "sensitive_intent", detail: `Return of a damaged or wrong item: ${returnSummary(p2)}` }];
    return turn.handOff(language, timeZone, await canEmail(), { ...decision, reasons }, null);
  }
  if (decision.kind === "handoff") return turn.handOff(language, timeZone, await canEmail(), decision, null);
  if (decision.kind === "clarify") {
    context.clarificationsAsked = (context.clarificationsAsked ?? 0) + 1;
    return turn.reply(language, routingMessage(language, "clarify"), decision);
  }

  // The return flow asks for what is still missing (which items, or why) without a shop lookup.
  if (returnStep && (returnStep.kind === "ask_reason" || returnStep.kind === "ask_items" || returnStep.kind === "cancel")) {
    return returnFlowReply(turn, returnStep, decision, language, timeZone);
  }

  // Order lookups: wrong-email guesses are limited across conversations and instances.
  const verification = {
    shop: conversation.shop,
    conversationId: conversation.id,
    visitorId: conversation.visitorId,
    orderNumber: memory.orderNumber ?? null,
    email: memory.email ?? null,
    signedIn: Boolean(conversation.customerId),
  };
  const looksUpOrder = Boolean(memory.orderNumber || memory.email);
  const locked = looksUpOrder ? await p.verificationGuard.lockedBy(verification) : null;
  if (locked) {
    const reasons: Reason[] = [...decision.reasons, { code: "ownership_not_verified", detail: `Order ownership not verified: too many wrong details (${locked})` }];
    return turn.handOff(language, timeZone, await canEmail(), { ...decision, kind: "handoff", reasons }, null);
  }
  const budget = await p.adminLookupAllowed(conversation, understanding.intent);
  if (!budget.allowed) {
    return turn.reply(language, routingMessage(language, "slowDown", { seconds: String(budget.retryAfterSeconds) }), {
      ...decision,
      kind: "clarify",
      reasons: [...decision.reasons, { code: "rate_limited", detail: `Too many shop lookups from this shopper; asked to wait ${budget.retryAfterSeconds} s` }],
    });
  }

  // A failed lookup is not carried into a new request: the email that just failed is not tried again unasked.
  const identity = identityForNewRequest(memory, own.entities, context.lastAnswerKind ?? null);
  memory.orderNumber = identity.orderNumber;
  memory.email = identity.email;
  const offerPerson = shouldOfferPerson({
    isFirstAnswer: (context.answersGiven ?? 0) === 0,
    botFailures: context.botFailures ?? 0,
    sentiment: understanding.sentiment,
    previousAnswerFailed: context.lastAnswerKind === "not_verified" || context.lastAnswerKind === "order_not_found",
  });
  const outcome = await p
    .answer({ understanding, customerId: conversation.customerId, settings, memory, confirm, offerPerson, actionKey: `${conversation.id}:${confirm ? (offered?.key ?? message.id) : message.id}` })
    .catch((error: unknown) => ({ kind: "failed" as const, error }));
  if (outcome.kind === "failed") {
    const reasons: Reason[] = [...decision.reasons, { code: "shop_api_unavailable", detail: `Answer failed: ${errorText(outcome.error)}` }];
    return turn.handOff(language, timeZone, await canEmail(), { ...decision, kind: "handoff", reasons }, null);
  }
  if (outcome.answer.facts.kind === "not_verified") await p.verificationGuard.recordFailure(verification);
  context.lastAnswerKind = String(outcome.answer.facts.kind ?? "");
  context.answersGiven = (context.answersGiven ?? 0) + 1;
  const proposed = outcome.answer.facts.proposedAction as AnswersMemory["proposedAction"] | undefined;
  if (proposed) {
    memory.proposedAction = {
      ...proposed,
      // The confirming message's idempotency key: the action it triggers runs at most once.
      key: message.id,
      ...(outcome.answer.facts.productTitle ? { productTitle: String(outcome.answer.facts.productTitle) } : {}),
    } as AnswersMemory["proposedAction"];
  }
  if (outcome.kind === "handoff") {
    const reasons: Reason[] = [
      ...decision.reasons,
      outcome.reason === "shop_api_unavailable"
        ? { code: "shop_api_unavailable", detail: `Shop data unavailable (${String(outcome.answer.facts.reason ?? "Admin API")})` }
        : { code: "intent_sent_to_human", detail: `The bot could not complete this: ${outcome.reason.replace(/_/g, " ")}` },
    ];
    return turn.handOff(language, timeZone, await canEmail(), { ...decision, kind: "handoff", reasons }, outcome.answer.text);
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

/**
 * A parcel that never arrived, was stolen or is stuck goes to a person, never answered with "it was delivered
 * on …". The answers module only reads here: it gathers the order, carrier status and dates for the person,
 * and its words lead the handoff. If the shop can't be read, the handoff goes ahead without them.
 */
async function deliveryProblemHandoff(
  p: ShopperMessagePipeline,
  turn: Turn,
  args: { understanding: Understanding; settings: ShopSettings; memory: AnswersMemory; decision: RoutingDecision; timeZone: string; canEmail: boolean; actionKey: string },
): Promise<TurnOutcome> {
  const { understanding, decision } = args;
  const gathered = await p
    .answer({ understanding: { ...understanding, intent: "delivery_problem" }, customerId: turn.conversation.customerId, settings: args.settings, memory: args.memory, confirm: null, offerPerson: false, actionKey: args.actionKey })
    .catch(() => null);
  const facts = gathered?.answer.facts ?? {};
  const order = typeof facts.orderName === "string" ? facts.orderName : typeof facts.order === "string" ? facts.order : null;
  const reasons = decision.reasons.map((r) =>
    r.code === "delivery_problem" && gathered ? { ...r, detail: `${r.detail}${order ? `; order ${order}` : ""}; facts: ${JSON.stringify(facts).slice(0, 600)}` } : r,
  );
  return turn.handOff(understanding.language, args.timeZone, args.canEmail, { ...decision, reasons }, gathered?.answer.text ?? null);
}

/** Asks for the return's missing piece (items or reason) or drops it, keeping the proposal's idempotency key. */
function returnFlowReply(
  turn: Turn,
  step: Extract<ReturnStep, { kind: "ask_reason" | "ask_items" | "cancel" }>,
  decision: RoutingDecision,
  language: Language,
  timeZone: string,
): TurnOutcome {
  const o = { language, timeZone };
  const memory = turn.context.answers ?? {};
  let answer: Answer;
  let asked: string | null = null;
  if (step.kind === "cancel") {
    answer = returnCancelledAnswer(o);
  } else if (step.kind === "ask_reason") {
    const chosen = (step.pending.chosen ?? []).map((c) => ({ ...c, ...step.pending.items.find((i) => i.fulfillmentLineItemId === c.fulfillmentLineItemId) }));
    answer = returnReasonQuestion(chosen, o);
    asked = "the return reason";
  } else {
    answer = returnItemsQuestion(step.pending.items, step.pending.reason ?? null, o);
    asked = "which items to return";
  }
  const pending = step.kind === "cancel" ? null : step.pending;
  if (pending) memory.proposedAction = pending;
  turn.context.answers = memory;
  turn.context.lastAnswerKind = String(answer.facts.kind);
  turn.context.answersGiven = (turn.context.answersGiven ?? 0) + 1;
  turn.context.clarificationsAsked = 0;
  turn.context.lastBotIntent = "return_request";
  if (!asked || !pending) return turn.reply(language, answer.text, decision);
  return turn.reply(language, answer.text, {
    ...decision,
    kind: "clarify",
    reasons: [...decision.reasons, { code: "missing_information", detail: `Return flow (${returnFlowState(pending)}): asked the shopper for ${asked}` }],
  });
}

function returnSummary(p: PendingReturn): string {
  const chosen = p.chosen ?? p.items;
  const items = chosen.map((c) => {
    const item = p.items.find((i) => i.fulfillmentLineItemId === c.fulfillmentLineItemId);
    const reason = p.lineReasons?.[c.fulfillmentLineItemId] ?? p.reason ?? "no reason given";
    return `${c.quantity} × ${item?.title ?? c.fulfillmentLineItemId} (${reason})`;
  });
  return `order ${p.orderId}; ${items.join(", ")}${p.note ? `; shopper wrote: "${p.note}"` : ""}`;
}

/** Builds a turn's outcome: replies, the decision, the conversation's new status and context. */
class Turn {
  readonly context: StoredContext;
  readonly patch: TurnOutcome["conversation"] = {};
  readonly replies: TurnOutcome["replies"] = [];
  contactEmail: string | null;
  intent: Intent = "other";
  confidence: number | null = null;
  understanding: Understanding | null = null;
  /** This message's own understanding, before the conversation's context filled it in. */
  own: Understanding | null = null;
  waiting = false;

  constructor(
    private readonly p: ShopperMessagePipeline,
    readonly conversation: ConversationState,
    private readonly messageId: string,
  ) {
    this.context = parseContext(conversation.context);
    this.contactEmail = conversation.contactEmail;
  }

  conversationLanguage(): Language | undefined {
    return (LANGUAGES as readonly string[]).includes(this.conversation.language) ? (this.conversation.language as Language) : undefined;
  }

  reply(language: Language, text: string, decision: RoutingDecision): TurnOutcome {
    this.say(language, text);
    return this.finish(decision, []);
  }

  handOff(language: Language, timeZone: string, canEmail: boolean, decision: RoutingDecision, prefix: string | null): TurnOutcome {
    const hasEmail = Boolean(this.contactEmail) || Boolean(this.conversation.customerId);
    this.say(language, handoffMessage(language, decision, { hasEmail, timeZone, lead: prefix, canEmail }));
    this.patch.status = "waiting_for_human";
    this.patch.handoffReason = decision.reasons.map((r) => r.detail).join("; ");
    this.patch.holdout = decision.reasons.some((r) => r.code === "holdout");
    // One notification per handoff: a conversation handed back to the bot and handed off again notifies again.
    const handoffs = (this.context.handoffs ?? 0) + 1;
    this.context.handoffs = handoffs;
    this.waiting = true;
    const job = {
      name: "notify-handoff",
      payload: { shop: this.conversation.shop, conversationId: this.conversation.id, handoffNumber: handoffs },
      key: `notify-handoff:${this.conversation.id}:${handoffs}`,
    };
    return this.finish(decision, [job]);
  }

  /** The bot's first words in a conversation say it is a bot (the bubble also says so up front). */
  private say(language: Language, text: string) {
    const disclosure = botDisclosure(language);
    const body = this.context.disclosed || text.includes(disclosure) ? text : `${disclosure} ${text}`;
    this.context.disclosed = true;
    this.replies.push({ author: "bot", body });
  }

  private finish(decision: RoutingDecision, jobs: TurnOutcome["jobs"]): TurnOutcome {
    this.patch.context = JSON.stringify(this.context);
    return {
      replies: this.replies,
      decision: { ...decision, intent: decision.intent ?? this.intent, confidence: this.confidence },
      understanding: this.understanding,
      conversation: this.patch,
      jobs,
      waiting: this.waiting,
    };
  }
}

/** Hands the conversation off without running the pipeline (used by recovery after a failed retry). */
export function handOffOutcome(p: ShopperMessagePipeline, conversation: ConversationState, decision: RoutingDecision): TurnOutcome {
  const turn = new Turn(p, conversation, "");
  return turn.handOff(turn.conversationLanguage() ?? "en", "UTC", false, decision, null);
}

/** A person owns the conversation: the bot stays silent, but keeps an email the shopper leaves. */
async function personOwnsOutcome(conversation: ConversationState, text: string, canEmail: () => Promise<boolean>): Promise<TurnOutcome> {
  // A shopper writing into a conversation a person owns is waiting for that person again.
  const outcome: TurnOutcome = { replies: [], decision: null, understanding: null, conversation: {}, jobs: [], waiting: true };
  const email = extractEmails(text)[0];
  if (!email || conversation.contactEmail) return outcome;
  outcome.conversation.contactEmail = email;
  if (conversation.status === "waiting_for_human") {
    const language = (LANGUAGES as readonly string[]).includes(conversation.language) ? (conversation.language as Language) : "en";
    outcome.replies.push({ author: "system", body: emailNotedMessage(language, email, await canEmail().catch(() => false)) });
  }
  return outcome;
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
