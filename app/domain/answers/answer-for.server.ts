// The orchestrator: understood message + conversation context -> live shop lookups -> the bot's reply.
// It never answers from anything but fetched data or the merchant's settings; when the shop's API fails it hands off.
import type { ShopSettings } from "../routing/settings";
import { CostBudget, DEFAULT_DEADLINE_MS, isShopDataUnavailable, type AdminGraphql } from "../shop-data/admin-api.server";
import { subscribeBackInStock, type BackInStockRepository } from "../shop-data/back-in-stock.server";
import { cancelOrder, getCancelEligibility, getChangeEligibility } from "../shop-data/order-actions.server";
import { findOrderForShopper, type OrderLookup, type OrderPreference } from "../shop-data/orders.server";
import { getOrderRefunds } from "../shop-data/refunds.server";
import { findProductAvailability } from "../shop-data/products.server";
import { createReturnRequest, getReturnEligibility, getReturnReasonIds } from "../shop-data/returns.server";
import { getOrderById, emailsMatch, phonesMatch } from "../shop-data/orders.server";
import { toGid } from "../shop-data/ids";
import type { ReturnReasonHandle } from "./return-reasons";
import { getShopPolicies, getShopPolicyTranslation, type ShopPolicy } from "../shop-data/shop.server";
import { policyLanguage } from "./policy-language";
import type { ShownPolicy } from "./policies";
import type { LookupOptions, OrderFacts } from "../shop-data/types";
import type { Intent, Language, ProductMention, Understanding } from "../understanding/types";
import { askedOptionWords } from "../understanding/product-words";
import { groundedAnswer, shopContentFallback } from "../knowledge/grounded.server";
import { defaultShopContentStore, type ShopContentStore } from "../knowledge/store.server";
import { runEveryTime, type AtMostOnce } from "../shop-data/at-most-once.server";
import { availabilityAnswer, backInStockSubscribedAnswer, productChoicesAnswer, productNotFoundAnswer, productNotNamedInShopAnswer, titleFor } from "./availability";
import {
  apiUnavailableAnswer,
  greeting,
  handoffAnswer,
  needAnswer,
  noOrdersAnswer,
  notVerifiedAnswer,
  orderTooOldAnswer,
  otherIntentAnswer,
  withDisclosure,
  withPersonHint,
  type Missing,
} from "./common";
import { deliveredButNotReceived, deliveryProblemAnswer } from "./delivery-problem";
import { refundStatusAnswer } from "./refund-status";
import { detectDeliveryProblem, notReceivedCue } from "../understanding/problem-cues.server";
import { extractOrderNumbers } from "../understanding/entities.server";
import { cancelEligibilityAnswer, cancelFailedAnswer, cancelledAnswer, changeAnswer } from "./order-actions";
import { orderStatusAnswer } from "./order-status";
import { returnPolicyAnswer, shippingPolicyAnswer } from "./policies";
import { returnEligibilityAnswer, returnRequestedAnswer, returnRequestFailedAnswer, selectReturnItems } from "./returns";
import type { Answer, ComposeOptions, HandoffReason } from "./types";

/** What understanding produced for this message; an `Understanding` fits as is. */
export interface AnswerRequest {
  intent: Intent;
  entities?: Partial<Understanding["entities"]>;
  /** The shopper's words, used to spot product options such as a size or colour. */
  text?: string;
  /** From understanding: the delivery problem the words describe, if any. */
  deliveryProblem?: Understanding["deliveryProblem"];
}

/**
 * An action the bot proposed earlier (Answer.facts.proposedAction, kept server-side by the conversation) that the
 * shopper has now confirmed. Ownership and eligibility are checked again before anything changes.
 */
export type ConfirmedAction =
  | {
      action: "return_request";
      orderId: string;
      /** In the order they were numbered for the shopper; titles let the confirming reply pick items by name. */
      items: Array<{ fulfillmentLineItemId: string; quantity: number; title?: string | null; variantTitle?: string | null }>;
      /** The shopper's own words about why, sent to the merchant as the customer note. */
      note?: string | null;
      /** Set by the conversation's return flow: the items the shopper picked (otherwise picked from the reply text). */
      chosen?: Array<{ fulfillmentLineItemId: string; quantity: number }> | null;
      /** Shopify return reason handle for every chosen item without its own (lineReasons). */
      reason?: ReturnReasonHandle | null;
      lineReasons?: Record<string, ReturnReasonHandle> | null;
    }
  | { action: "cancel_order"; orderId: string }
  | { action: "back_in_stock"; variants: Array<{ variantId: string; inventoryItemId: string | null }>; productTitle: string; email?: string | null };

export interface AnswerContext {
  /** Production: `(await unauthenticated.admin(shop)).admin`; tests: createSimulatedAdmin(). */
  admin: AdminGraphql;
  /** myshopify domain; keys the per-shop cache. */
  shop: string;
  language: Language;
  settings: Pick<ShopSettings, "allowBotCancellation" | "showExactStock" | "returnWindowDays"> & {
    businessHours?: { timezone: string };
    publicDiscountCodes?: string[];
  };
  /** The shop-content index for grounded product answers; defaults to the process-wide store on the app database. */
  knowledge?: ShopContentStore;
  /** Remembered from earlier messages; this message's entities take precedence. */
  orderNumber?: string | null;
  email?: string | null;
  phone?: string | null;
  /** From the signed app-proxy request (`logged_in_customer_id`); never from the shopper's text. */
  loggedInCustomerId?: string | null;
  product?: ProductMention | null;
  confirm?: ConfirmedAction | null;
  /** Prefix the bot disclosure (first bot message of the conversation). */
  isFirstMessage?: boolean;
  /**
   * End the answer with "Prefer a person? …". The engine passes `shouldOfferPerson(...)` (common.ts): first answer,
   * after a bot failure or a negative signal. Undefined keeps the older behaviour (always), so no shopper loses the
   * offer before the engine passes it.
   */
  offerPerson?: boolean;
  /** Dates are shown in this zone; defaults to settings.businessHours.timezone, then UTC. */
  timeZone?: string;
  now?: Date;
  /** Admin API points/time for this message. Default: 400 points, 4 s. */
  budget?: CostBudget;
  deadlineMs?: number;
  /** When given, sold-out answers offer a back-in-stock email and confirmations are stored here. */
  backInStock?: { repo: BackInStockRepository };
  /** Guards confirmed actions (return request, cancellation) so they reach the shop at most once. */
  atMostOnce?: AtMostOnce;
  lowStockThreshold?: number;
}

export type AnswerOutcome =
  | { kind: "answer"; answer: Answer }
  | { kind: "need"; missing: Missing[]; answer: Answer }
  | { kind: "handoff"; reason: HandoffReason; answer: Answer };

const NO_HINT_KINDS = new Set(["greeting", "other"]);

export async function answerFor(request: AnswerRequest | Intent, ctx: AnswerContext): Promise<AnswerOutcome> {
  const req: AnswerRequest = typeof request === "string" ? { intent: request } : request;
  const o: ComposeOptions = { language: ctx.language, timeZone: ctx.timeZone ?? ctx.settings.businessHours?.timezone };
  const budget = ctx.budget ?? new CostBudget({ deadlineAt: Date.now() + (ctx.deadlineMs ?? DEFAULT_DEADLINE_MS) });
  const lookup: LookupOptions = { budget, shop: ctx.shop, deadlineMs: ctx.deadlineMs };

  let outcome: AnswerOutcome;
  try {
    outcome = await dispatch(req, ctx, o, lookup);
  } catch (error) {
    if (!isShopDataUnavailable(error)) throw error;
    const answer = apiUnavailableAnswer(ctx.language, { reason: error.reason, operation: error.operation });
    outcome = { kind: "handoff", reason: "shop_api_unavailable", answer };
  }
  let answer = outcome.answer;
  answer = { ...answer, facts: { ...answer.facts, adminApi: { points: budget.spent, requests: budget.requests } } };
  const offersPersonItself = answer.facts.kind === "refund_status" && Array.isArray(answer.facts.refunds) && answer.facts.refunds.length === 0;
  if ((ctx.offerPerson ?? true) && !offersPersonItself && !NO_HINT_KINDS.has(String(answer.facts.kind))) answer = withPersonHint(answer, ctx.language);
  if (ctx.isFirstMessage && req.intent !== "greeting") answer = withDisclosure(answer, ctx.language);
  return { ...outcome, answer };
}

function toOutcome(answer: Answer): AnswerOutcome {
  return answer.handoff ? { kind: "handoff", reason: answer.handoff.reason, answer } : { kind: "answer", answer };
}

function need(missing: Missing[], language: Language, orderNumber?: string | null): AnswerOutcome {
  return { kind: "need", missing, answer: needAnswer(missing, language, orderNumber) };
}

function identity(req: AnswerRequest, ctx: AnswerContext, prefer: OrderPreference = "latest") {
  return {
    orderNumber: req.entities?.orderNumbers?.[0] ?? ctx.orderNumber ?? null,
    email: req.entities?.emails?.[0] ?? ctx.email ?? null,
    phone: ctx.phone ?? null,
    customerId: ctx.loggedInCustomerId ?? null,
    prefer,
  };
}

/** Resolves the order or returns the outcome that explains why not (need / not verified / not found / too old). */
async function resolveOrder(
  req: AnswerRequest,
  ctx: AnswerContext,
  lookup: LookupOptions,
  prefer: OrderPreference = "latest",
): Promise<{ order: OrderFacts; found: Extract<OrderLookup, { kind: "found" }> } | { outcome: AnswerOutcome }> {
  const who = identity(req, ctx, prefer);
  const result = await findOrderForShopper(ctx.admin, who, lookup);
  const L = ctx.language;
  switch (result.kind) {
    case "found":
      return { order: result.order, found: result };
    case "need":
      return { outcome: need(result.missing, L, who.orderNumber) };
    case "not_verified":
      return { outcome: toOutcome(notVerifiedAnswer(result.orderNumber, L)) };
    case "not_found":
      // Same words as a wrong email: a different reply would tell a guesser which order numbers exist.
      return { outcome: toOutcome(notVerifiedAnswer(result.orderNumber, L)) };
    case "not_found_maybe_old":
      return { outcome: toOutcome(orderTooOldAnswer(result.orderNumber, result.windowDays, L)) };
    case "no_orders":
      return { outcome: toOutcome(noOrdersAnswer(L)) };
  }
}

function groundedInputs(req: AnswerRequest, ctx: AnswerContext, o: ComposeOptions, lookup: LookupOptions) {
  return [
    { intent: req.intent, text: req.text ?? "", language: ctx.language, products: req.entities?.products?.length ? req.entities.products : ctx.product ? [ctx.product] : [] },
    {
      admin: ctx.admin,
      shop: ctx.shop,
      store: ctx.knowledge ?? defaultShopContentStore(),
      publicDiscountCodes: ctx.settings.publicDiscountCodes ?? [],
      compose: o,
      lookup,
    },
  ] as const;
}

/** Product facts, discounts, shipping to a named country, account help: answered only from the shop's data. */
async function grounded(req: AnswerRequest, ctx: AnswerContext, o: ComposeOptions, lookup: LookupOptions): Promise<AnswerOutcome | null> {
  const answer = await groundedAnswer(...groundedInputs(req, ctx, o, lookup));
  return answer ? toOutcome(answer) : null;
}

/** "Other" or a greeting that asks something the shop's content answers ("how do I unsubscribe?"). */
async function fromShopContent(req: AnswerRequest, ctx: AnswerContext, o: ComposeOptions, lookup: LookupOptions): Promise<AnswerOutcome | null> {
  if (!req.text) return null;
  const answer = await shopContentFallback(...groundedInputs(req, ctx, o, lookup), "any_topic");
  return answer ? toOutcome(answer) : null;
}

async function dispatch(req: AnswerRequest, ctx: AnswerContext, o: ComposeOptions, lookup: LookupOptions): Promise<AnswerOutcome> {
  if (ctx.confirm) return confirmAction(ctx.confirm, req, ctx, o, lookup);
  const L = ctx.language;

  switch (req.intent) {
    case "greeting":
      return (await fromShopContent(req, ctx, o, lookup)) ?? { kind: "answer", answer: greeting(L) };

    case "order_status":
    case "shipping_info": {
      const who = identity(req, ctx);
      // The entities carry the order remembered from earlier turns; only an order this message names makes a shipping
      // question about that order ("how long does shipping usually take?" after an order chat asks about the shop).
      const namesOrder = req.text === undefined ? Boolean(req.entities?.orderNumbers?.length) : extractOrderNumbers(req.text).length > 0;
      // "Do you ship to Canada?" names a destination: the shop's rates for it, even mid-way through an order chat.
      if (req.intent === "shipping_info" && !namesOrder) {
        const toCountry = await grounded(req, ctx, o, lookup);
        if (toCountry) return toCountry;
      }
      // "How long does shipping take?" is a policy question unless an order is in play.
      if (req.intent === "shipping_info" && (!who.orderNumber || !namesOrder)) {
        const policies = await getShopPolicies(ctx.admin, lookup);
        return toOutcome(shippingPolicyAnswer(await inShoppersLanguage(policies.shipping, ctx, lookup), o));
      }
      // "I never got it" is about a shipped order, not the newest unshipped one.
      const r = await resolveOrder(req, ctx, lookup, notReceivedCue(req.text ?? "") ? "shipped" : "latest");
      if ("outcome" in r) return r.outcome;
      const problem = deliveredButNotReceived(r.order, req.text);
      if (problem) return toOutcome(deliveryProblemAnswer(r.order, problem, o));
      return toOutcome(orderStatusAnswer(r.order, o, { otherRecentOrders: r.found.otherRecentOrders, verifiedBy: r.found.verifiedBy }));
    }

    case "delivery_problem": {
      // Only gathers facts for the person: a shopper without a verified order still reaches a person at once.
      const problem = req.deliveryProblem ?? detectDeliveryProblem(req.text ?? "");
      const who = identity(req, ctx, "shipped");
      if (!who.customerId && !(who.orderNumber && (who.email || who.phone))) return toOutcome(deliveryProblemAnswer(null, problem, o));
      const r = await resolveOrder(req, ctx, lookup, "shipped");
      return toOutcome(deliveryProblemAnswer("outcome" in r ? null : r.order, problem, o));
    }

    case "refund_status": {
      const r = await resolveOrder(req, ctx, lookup, "refunded");
      if ("outcome" in r) return r.outcome;
      const [refunds, policies] = await Promise.all([
        getOrderRefunds(ctx.admin, r.order.id, lookup),
        getShopPolicies(ctx.admin, lookup),
      ]);
      return toOutcome(refundStatusAnswer(r.order, refunds, policies.refund, o));
    }

    case "return_policy": {
      const policies = await getShopPolicies(ctx.admin, lookup);
      return toOutcome(returnPolicyAnswer(await inShoppersLanguage(policies.refund, ctx, lookup), ctx.settings.returnWindowDays, o));
    }

    case "return_request": {
      // A signed-in "return my last order" means the latest order that arrived, not an unshipped newer one.
      const r = await resolveOrder(req, ctx, lookup, "returnable");
      if ("outcome" in r) return r.outcome;
      const eligibility = await getReturnEligibility(ctx.admin, r.order, { returnWindowDays: ctx.settings.returnWindowDays, now: ctx.now }, lookup);
      // The shopper's other recent orders, so "my last order" that meant another one is one message away.
      return toOutcome(
        returnEligibilityAnswer(eligibility, o, {
          otherOrders: r.found.otherRecentOrders.map((x) => x.name),
          message: { text: req.text ?? "", productTitles: (req.entities?.products ?? []).map((p) => p.title) },
        }),
      );
    }

    case "cancel_order": {
      const r = await resolveOrder(req, ctx, lookup);
      if ("outcome" in r) return r.outcome;
      return toOutcome(cancelEligibilityAnswer(r.order, getCancelEligibility(r.order, ctx.settings), o));
    }

    case "change_order": {
      const r = await resolveOrder(req, ctx, lookup);
      if ("outcome" in r) return r.outcome;
      return toOutcome(changeAnswer(r.order, getChangeEligibility(r.order), o));
    }

    case "product_availability": {
      const named = req.entities?.products?.[0] ?? null;
      const choices = req.entities?.productChoices ?? [];
      // Several products fit the words: offer them rather than pick one. None fits: say so rather than guess.
      if (!named && choices.length > 1) return { kind: "need", missing: ["product"], answer: productChoicesAnswer(choices, o) };
      if (!named && req.entities?.unknownProduct) return toOutcome(productNotNamedInShopAnswer(req.entities.unknownProduct, o));
      const mention = named ?? ctx.product ?? null;
      if (!mention) return need(["product"], L);
      const result = await findProductAvailability(
        ctx.admin,
        { productId: mention.productId, messageText: req.text ?? null, askedWords: askedOptionWords(req.text ?? "") },
        { showExactStock: ctx.settings.showExactStock, lowStockThreshold: ctx.lowStockThreshold },
        lookup,
      );
      if (result.kind === "not_found") return toOutcome(productNotFoundAnswer(result.query, o));
      // Named as the shopper reads it, when the shop published a translation of this very product.
      const displayTitle = mention.productId === result.product.id ? titleFor(mention, L) : undefined;
      return toOutcome(availabilityAnswer(result, o, { offerBackInStock: Boolean(ctx.backInStock), displayTitle }));
    }

    case "product_question":
    case "discount_question":
    case "account":
      return (await grounded(req, ctx, o, lookup)) ?? toOutcome(handoffAnswer(L, "not_automated", { intent: req.intent }));

    case "other":
      return (await fromShopContent(req, ctx, o, lookup)) ?? { kind: "answer", answer: otherIntentAnswer(L) };

    default:
      // Sensitive or judgment-heavy intents (complaints, payments, accounts...) go to a person.
      return toOutcome(handoffAnswer(L, "not_automated", { intent: req.intent }));
  }
}

/**
 * The policy in the shopper's language: the shop's text when it is written in it, else the merchant's own
 * translation (ShopPolicy.translations), else marked as only in the shop's language (never translated by the bot).
 */
async function inShoppersLanguage(policy: ShopPolicy | null, ctx: AnswerContext, lookup: LookupOptions): Promise<ShownPolicy | null> {
  if (!policy) return null;
  const original = policyLanguage(policy.text);
  if (original === ctx.language) return { policy, shown: "original" };
  const translated = await getShopPolicyTranslation(ctx.admin, policy, ctx.language, lookup);
  if (translated) return { policy: translated, shown: "translation" };
  return { policy, shown: "shop_language", originalLanguage: original };
}

/** The action was already attempted for this confirmation and its outcome is unknown: a person checks. */
function actionOutcomeUnknownAnswer(language: Language, action: ConfirmedAction): Answer {
  return handoffAnswer(language, "person_must_act", { action: action.action, outcome: "unknown_after_earlier_attempt" });
}

async function confirmAction(
  action: ConfirmedAction,
  req: AnswerRequest,
  ctx: AnswerContext,
  o: ComposeOptions,
  lookup: LookupOptions,
): Promise<AnswerOutcome> {
  const L = ctx.language;
  if (action.action === "back_in_stock") {
    const email = req.entities?.emails?.[0] ?? action.email ?? ctx.email ?? null;
    if (!email) return need(["email"], L);
    if (!ctx.backInStock) return toOutcome(handoffAnswer(L, "not_automated", { action: action.action }));
    for (const v of action.variants) {
      await subscribeBackInStock(ctx.backInStock.repo, { shop: ctx.shop, variantId: v.variantId, inventoryItemId: v.inventoryItemId, email, language: L });
    }
    return toOutcome(backInStockSubscribedAnswer(email.trim().toLowerCase(), action.productTitle, o));
  }

  // The proposal was made for one order; the shopper must still own it now. That order, not the latest one: a
  // signed-in shopper's newest order may be another (unshipped) one.
  const r = await resolveProposedOrder(action.orderId, req, ctx, lookup);
  if ("outcome" in r) return r.outcome;

  const once = ctx.atMostOnce ?? runEveryTime;
  if (action.action === "cancel_order") {
    const attempt = await once.run("cancel_order", () => cancelOrder(ctx.admin, r.order, ctx.settings, lookup));
    if (!attempt.ran && !attempt.previous) return toOutcome(actionOutcomeUnknownAnswer(L, action));
    const result = attempt.ran ? attempt.value : attempt.previous!;
    if (result.kind === "cancelled") return toOutcome(cancelledAnswer(r.order, result.jobId, o));
    if (result.kind === "failed") return toOutcome(cancelFailedAnswer(r.order, result.userErrors, o));
    return toOutcome(cancelEligibilityAnswer(r.order, { cancellable: false, botMayCancel: false, blockers: result.blockers }, o));
  }

  const eligibility = await getReturnEligibility(ctx.admin, r.order, { returnWindowDays: ctx.settings.returnWindowDays, now: ctx.now }, lookup);
  // Proposals stored before titles travelled with them still get picked by name, from the fresh eligibility.
  const proposed = action.items.map((i) => {
    const now = eligibility.items.find((e) => e.fulfillmentLineItemId === i.fulfillmentLineItemId);
    return { ...i, title: i.title ?? now?.title ?? null, variantTitle: i.variantTitle ?? now?.variantTitle ?? null };
  });
  const selection = action.chosen ? ({ kind: "some", items: action.chosen } as const) : selectReturnItems(req.text ?? "", proposed, L);
  if (selection.kind === "none") return toOutcome(returnEligibilityAnswer(eligibility, o));
  const wanted = selection.kind === "some" ? selection.items : proposed;
  const items = wanted.flatMap((want) => {
    const ok = eligibility.items.find((i) => i.fulfillmentLineItemId === want.fulfillmentLineItemId);
    return ok ? [{ ...ok, quantity: Math.min(ok.quantity, Math.max(1, Math.floor(want.quantity))) }] : [];
  });
  if (items.length === 0) return toOutcome(returnEligibilityAnswer(eligibility, o));
  const handleFor = (id: string) => action.lineReasons?.[id] ?? action.reason ?? null;
  const handles = items.map((i) => handleFor(i.fulfillmentLineItemId)).filter((h): h is ReturnReasonHandle => Boolean(h));
  const attempt = await once.run("return_request", async () => {
    const reasonIds = await getReturnReasonIds(ctx.admin, handles, lookup);
    return createReturnRequest(
      ctx.admin,
      {
        orderId: r.order.id,
        items: items.map((i) => ({
          fulfillmentLineItemId: i.fulfillmentLineItemId,
          quantity: i.quantity,
          returnReasonDefinitionId: reasonIds[handleFor(i.fulfillmentLineItemId) ?? ""] ?? null,
        })),
        note: action.note,
      },
      lookup,
    );
  });
  if (!attempt.ran && !attempt.previous) return toOutcome(actionOutcomeUnknownAnswer(L, action));
  const created = attempt.ran ? attempt.value : attempt.previous!;
  if (!created.ok) return toOutcome(returnRequestFailedAnswer(created.userErrors, o, r.order.id));
  return toOutcome(returnRequestedAnswer(created.return, items.map((i) => ({ ...i, reason: handleFor(i.fulfillmentLineItemId) })), o));
}

/**
 * The order a confirmed proposal was made for, if the shopper still proves it is theirs: their account's order when
 * signed in, otherwise the order's email or phone. Anything else gets the same words as a wrong email.
 */
async function resolveProposedOrder(
  orderId: string,
  req: AnswerRequest,
  ctx: AnswerContext,
  lookup: LookupOptions,
): Promise<{ order: OrderFacts } | { outcome: AnswerOutcome }> {
  const who = identity(req, ctx);
  const order = await getOrderById(ctx.admin, orderId, lookup);
  const customerGid = who.customerId ? toGid("Customer", who.customerId) : null;
  const owns =
    order &&
    ((customerGid && order.customerId === customerGid) || (who.email && emailsMatch(order.email, who.email)) || (who.phone && phonesMatch(order.phone, who.phone)));
  if (owns) return { order };
  if (!customerGid && !who.email && !who.phone) return { outcome: need(["email"], ctx.language, order?.name.replace(/^#/, "") ?? null) };
  return { outcome: toOutcome(notVerifiedAnswer((order?.name ?? who.orderNumber ?? "").replace(/^#/, ""), ctx.language)) };
}
