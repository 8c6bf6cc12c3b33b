// "Try it": the merchant's message run through the real understanding, routing policy and answers against live
// shop data, with nothing written anywhere. It mirrors the message engine's steps (handle-shopper-message) with
// the same building blocks but none of its storage; two guards make "nothing changes" structural:
//  - every Admin call goes through readOnlyAdmin(), which refuses any mutation before it reaches the shop;
//  - a confirmed offer (return request, cancellation, back-in-stock email) is reported as what *would* happen and
//    never passed to answerFor as `confirm` (dry run), so the action code is not even reached.
import type { Db } from "../../db.server";
import { answerFor, type AnswerOutcome, type ConfirmedAction } from "../answers/answer-for.server";
import { botDisclosure } from "../answers/common";
import { acceptsOffer, isNewSubject, rememberEntities } from "../conversations/turn-memory";
import { nextReturnStep, type PendingReturn, type ReturnStep } from "../conversations/return-flow";
import { returnCancelledAnswer, returnItemsQuestion, returnReasonQuestion } from "../answers/returns";
import { handoffMessage, routingMessage } from "../conversations/routing-messages";
import { route } from "../routing/policy.server";
import type { ShopSettings } from "../routing/settings";
import type { CustomerProfile, Reason, RoutingDecision } from "../routing/types";
import { loadShopSettings } from "../settings/shop-settings-store.server";
import { CostBudget, type AdminGraphql } from "../shop-data/admin-api.server";
import type { BackInStockRepository } from "../shop-data/back-in-stock.server";
import { getCatalogue } from "../shop-data/catalogue.server";
import { getCustomerProfile } from "../shop-data/customers.server";
import { resolveInContext, type ConversationContext } from "../understanding/context.server";
import { isBotFailure } from "../understanding/failure-signals.server";
import type { Understander } from "../understanding/understand.server";
import type { CatalogueEntry, Intent, Language, ProductMention, Understanding } from "../understanding/types";
import { readOnlyAdmin } from "./read-only-admin.server";

import { MAX_TRY_MESSAGES } from "./limits";

export { MAX_TRY_MESSAGES };

export interface TryTurn {
  text: string;
  /** What the classifier said about this message alone. */
  raw: Pick<Understanding, "intent" | "confidence" | "runnerUp">;
  /** After the conversation so far (a bare "#1002" continues the earlier question). */
  understanding: Understanding;
  /** True when the earlier turns changed the intent. */
  continued: boolean;
  decision: RoutingDecision | null;
  /** What the shopper would read; null when the bot would stay silent (a person owns the conversation). */
  reply: string | null;
  /** A confirmed action the real bot would now carry out; Try it stops before doing it. */
  wouldDo: { action: ConfirmedAction["action"]; orderId?: string; items?: number; productTitle?: string } | null;
  adminApi: { points: number; requests: number };
}

export interface TryResult {
  customer: CustomerProfile | null;
  turns: TryTurn[];
  /** The shop's holdout share: real conversations in it go to a person; Try it shows the bot's path. */
  holdoutPercent: number;
  /** Mutations the read-only client refused (always empty unless something tried to write). */
  refusedOperations: string[];
}

interface Memory {
  orderNumber?: string | null;
  email?: string | null;
  product?: ProductMention | null;
  proposedAction?: (ConfirmedAction & { productTitle?: string }) | null;
}

// Offers may be shown (sold out -> "shall I email you?"), but nothing may be stored.
const NO_WRITES: BackInStockRepository = {
  add: () => Promise.reject(new Error("Try it never stores subscriptions")),
  pendingForInventoryItem: async () => [],
  markNotified: () => Promise.reject(new Error("Try it never stores subscriptions")),
};

const ACTION_INTENT: Record<ConfirmedAction["action"], Intent> = {
  return_request: "return_request",
  cancel_order: "cancel_order",
  back_in_stock: "product_availability",
};

export async function dryRunConversation(args: {
  db: Db;
  shop: string;
  admin: AdminGraphql;
  understander: Understander;
  messages: string[];
  /** A customer id the merchant picked; null tries it as a guest. */
  customerId: string | null;
  now?: Date;
}): Promise<TryResult> {
  const admin = readOnlyAdmin(args.admin);
  const now = args.now ?? new Date();
  // Read only: the shop's saved settings (or the defaults), never created or changed here.
  const saved = await loadShopSettings(args.db, args.shop);
  // The holdout is a coin flip per conversation; show the bot's path and say so.
  const settings: ShopSettings = { ...saved, holdoutPercent: 0 };
  const catalogue: CatalogueEntry[] = await getCatalogue(admin, { shop: args.shop }).catch(() => []);
  let customer: CustomerProfile | null = null;
  let profileError: string | null = null;
  if (args.customerId) {
    customer = await getCustomerProfile(admin, args.customerId, settings.alwaysHuman.segmentIds, { shop: args.shop }).catch((error: unknown) => {
      profileError = error instanceof Error ? error.message : String(error);
      return null;
    });
  }

  const turns: TryTurn[] = [];
  const memory: Memory = {};
  let understandingContext: ConversationContext | null = null;
  let clarificationsAsked = 0;
  let botFailures = 0;
  let lastBotIntent: Intent | null = null;
  let disclosed = false;
  let personOwns = false;
  let language: Language | undefined;

  for (const text of args.messages.slice(0, MAX_TRY_MESSAGES)) {
    const budget = new CostBudget({ deadlineAt: Date.now() + 6_000 });
    const raw = args.understander.understand(text, { catalogue, languageHint: language });
    const resolved = resolveInContext(raw, understandingContext);
    let understanding = resolved.understanding;
    understandingContext = resolved.context;
    language = understanding.language;
    const base = { text, raw: { intent: raw.intent, confidence: raw.confidence, runnerUp: raw.runnerUp }, continued: understanding.intent !== raw.intent };

    if (personOwns) {
      turns.push({ ...base, understanding, decision: null, reply: null, wouldDo: null, adminApi: { points: 0, requests: 0 } });
      continue;
    }

    const newSubject = isNewSubject(memory, understanding);
    rememberEntities(memory, understanding);
    const offered = memory.proposedAction ?? null;
    memory.proposedAction = null;
    let confirmed: ConfirmedAction | null = null;
    // The same return flow as the engine (turn.server.ts): items and a reason in any order, asked for when missing.
    let returnStep: ReturnStep | null = null;
    if (offered?.action === "return_request") {
      returnStep = nextReturnStep(offered as PendingReturn, text, { ...raw, language: understanding.language });
      if (returnStep.kind === "submit") confirmed = returnStep.pending;
      if (returnStep.kind !== "pass") {
        const intent = returnStep.kind === "route_as_damaged" ? "damaged_or_wrong_item" : "return_request";
        understanding = { ...understanding, intent, confidence: 1, runnerUp: null };
      }
    } else if (offered && acceptsOffer(offered, text, understanding)) {
      confirmed = offered;
      understanding = { ...understanding, intent: ACTION_INTENT[offered.action], confidence: 1, runnerUp: null };
    }
    if (!confirmed && isBotFailure(text, understanding, newSubject ? null : lastBotIntent)) botFailures += 1;

    let decision: RoutingDecision =
      args.customerId && !customer
        ? {
            kind: "handoff",
            intent: understanding.intent,
            reasons: [{ code: "shop_api_unavailable", detail: `Customer profile unavailable: ${profileError ?? "customer not found"}` }],
          }
        : route({
            understanding,
            customer,
            settings,
            now,
            history: { conversationId: "try-it", clarificationsAsked, botFailures, humanOwnsConversation: false, previousIntents: lastBotIntent ? [lastBotIntent] : [] },
          });

    const say = (body: string) => {
      const disclosure = botDisclosure(understanding.language);
      const out = disclosed || body.includes(disclosure) ? body : `${disclosure} ${body}`;
      disclosed = true;
      return out;
    };
    const hasEmail = Boolean(memory.email || args.customerId);
    const handOff = (d: RoutingDecision, lead: string | null) => {
      personOwns = true;
      return say(handoffMessage(understanding.language, d, { hasEmail, timeZone: settings.businessHours.timezone, lead }));
    };
    const spent = () => ({ points: budget.spent, requests: budget.requests });

    if (decision.kind === "handoff") {
      turns.push({ ...base, understanding, decision, reply: handOff(decision, null), wouldDo: null, adminApi: spent() });
      continue;
    }
    if (decision.kind === "clarify") {
      clarificationsAsked += 1;
      turns.push({ ...base, understanding, decision, reply: say(routingMessage(understanding.language, "clarify")), wouldDo: null, adminApi: spent() });
      continue;
    }
    if (returnStep && (returnStep.kind === "ask_reason" || returnStep.kind === "ask_items" || returnStep.kind === "cancel")) {
      const o = { language: understanding.language, timeZone: settings.businessHours.timezone };
      let answerText: string;
      if (returnStep.kind === "cancel") answerText = returnCancelledAnswer(o).text;
      else {
        const pending = returnStep.pending;
        memory.proposedAction = pending;
        answerText =
          returnStep.kind === "ask_reason"
            ? returnReasonQuestion((pending.chosen ?? []).map((c) => ({ ...c, ...pending.items.find((i) => i.fulfillmentLineItemId === c.fulfillmentLineItemId) })), o).text
            : returnItemsQuestion(pending.items, pending.reason ?? null, o).text;
      }
      lastBotIntent = "return_request";
      turns.push({ ...base, understanding, decision, reply: say(answerText), wouldDo: null, adminApi: spent() });
      continue;
    }
    if (confirmed) {
      // Dry run: the real bot would now re-check eligibility and carry the action out. Try it stops here.
      turns.push({ ...base, understanding, decision, reply: null, wouldDo: describeAction(confirmed), adminApi: spent() });
      lastBotIntent = understanding.intent;
      continue;
    }

    let outcome: AnswerOutcome | { kind: "failed"; error: unknown };
    try {
      outcome = await answerFor(
        { intent: understanding.intent, entities: understanding.entities, text: understanding.text },
        {
          admin,
          shop: args.shop,
          language: understanding.language,
          settings,
          orderNumber: memory.orderNumber ?? null,
          email: memory.email ?? null,
          loggedInCustomerId: args.customerId,
          product: memory.product ?? null,
          confirm: null,
          budget,
          backInStock: { repo: NO_WRITES },
          now,
        },
      );
    } catch (error) {
      outcome = { kind: "failed", error };
    }
    if (outcome.kind === "failed") {
      const reasons: Reason[] = [...decision.reasons, { code: "shop_api_unavailable", detail: `Answer failed: ${errorText(outcome.error)}` }];
      decision = { ...decision, kind: "handoff", reasons };
      turns.push({ ...base, understanding, decision, reply: handOff(decision, null), wouldDo: null, adminApi: spent() });
      continue;
    }
    const proposed = outcome.answer.facts.proposedAction as Memory["proposedAction"] | undefined;
    if (proposed) memory.proposedAction = { ...proposed, ...(outcome.answer.facts.productTitle ? { productTitle: String(outcome.answer.facts.productTitle) } : {}) } as Memory["proposedAction"];
    if (outcome.kind === "handoff") {
      const reasons: Reason[] = [
        ...decision.reasons,
        outcome.reason === "shop_api_unavailable"
          ? { code: "shop_api_unavailable", detail: `Shop data unavailable (${String(outcome.answer.facts.reason ?? "Admin API")})` }
          : { code: "intent_sent_to_human", detail: `The bot could not complete this: ${outcome.reason.replace(/_/g, " ")}` },
      ];
      decision = { ...decision, kind: "handoff", reasons };
      turns.push({ ...base, understanding, decision, reply: handOff(decision, outcome.answer.text), wouldDo: null, adminApi: spent() });
      continue;
    }
    if (outcome.kind === "need") {
      decision = {
        ...decision,
        kind: "clarify",
        missing: outcome.missing.filter((m): m is "order_number" | "email" => m !== "product"),
        reasons: [...decision.reasons, { code: "missing_information", detail: `Asked the shopper for: ${outcome.missing.join(", ").replace(/_/g, " ")}` }],
      };
      turns.push({ ...base, understanding, decision, reply: say(outcome.answer.text), wouldDo: null, adminApi: spent() });
      continue;
    }
    lastBotIntent = outcome.answer.facts.kind === "not_verified" ? null : understanding.intent;
    clarificationsAsked = 0;
    turns.push({ ...base, understanding, decision, reply: say(outcome.answer.text), wouldDo: null, adminApi: spent() });
  }

  return { customer, turns, holdoutPercent: saved.holdoutPercent, refusedOperations: [...admin.refused] };
}

function describeAction(action: ConfirmedAction): TryTurn["wouldDo"] {
  if (action.action === "return_request") return { action: "return_request", orderId: action.orderId, items: action.items.length };
  if (action.action === "cancel_order") return { action: "cancel_order", orderId: action.orderId };
  return { action: "back_in_stock", productTitle: action.productTitle };
}

function errorText(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}
