import type { Intent, Language, ProductMention, Understanding } from "./types";

/** What a conversation has established so far, carried from one shopper message to the next. */
export interface ConversationContext {
  activeIntent: Intent | null;
  orderNumber: string | null;
  email: string | null;
  products: ProductMention[];
  language: Language;
}

export type MissingPiece = "order_number" | "email" | "product";

// Intents that stand alone; anything else counts as a fresh question only when confidently recognised.
const WEAK_INTENTS: Intent[] = ["other", "greeting"];
const CLEAR_CONFIDENCE = 0.6;
/** A product name alone overrides the model's reading below this: "the down one" is not a damaged-item report. */
const BARE_PRODUCT_OVERRIDE = 0.95;

// Short follow-ups that lean on the previous question ("and when will it arrive?", "y cuándo llega?").
const FOLLOW_UP_RE =
  /^\s*(and|also|what about|how about|so|ok so|but|y|e|et|und|aber|also|pero|mais|alors|und was|what if)\b|\b(it|that|this one|them|they|lo|la|le|les|ça|es|das|ihn|sie)\b.{0,30}\?\s*$/i;

function namesProduct(u: Understanding): boolean {
  return u.entities.products.length > 0 || (u.entities.productChoices?.length ?? 0) > 0 || Boolean(u.entities.unknownProduct);
}

function hasEntity(u: Understanding): boolean {
  return u.entities.orderNumbers.length > 0 || u.entities.emails.length > 0 || namesProduct(u);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function isBareOrderNumber(u: Understanding): boolean {
  return u.entities.orderNumbers.length > 0 && u.entities.products.length === 0 && u.entities.emails.length === 0 && wordCount(u.text) <= 3;
}

/**
 * Decides whether the new message continues the active intent (a bare entity answer, a short follow-up, an
 * unsure guess) or starts a new one (a clear intent), and merges entities into the remembered context.
 */
export function resolveInContext(
  current: Understanding,
  previous: ConversationContext | null,
): { understanding: Understanding; context: ConversationContext } {
  let intent = current.intent;
  let confidence = current.confidence;
  let runnerUp = current.runnerUp;
  const active = previous?.activeIntent ?? null;
  // A bare order number with no question open ("#1003" as a first message) asks about that order: looking it up
  // beats asking the shopper to rephrase, after which their email would read as a second miss.
  if (!active && (WEAK_INTENTS.includes(intent) || confidence < CLEAR_CONFIDENCE) && isBareOrderNumber(current)) {
    runnerUp = { intent: current.intent, confidence: current.confidence };
    intent = "order_status";
    confidence = CLEAR_CONFIDENCE + 0.15;
  }

  // Nothing but a product name and options ("the down one, in medium") asks nothing else, whatever the model
  // makes of so few words; a request for a person still counts.
  const bareProduct =
    Boolean(current.entities.productNameOnly) && namesProduct(current) && current.intent !== "human_agent" && current.confidence < BARE_PRODUCT_OVERRIDE;
  if (active && active !== intent) {
    const weak = WEAK_INTENTS.includes(current.intent) || current.confidence < CLEAR_CONFIDENCE || bareProduct;
    const bareAnswer = hasEntity(current) && wordCount(current.text) <= 8 && weak;
    const followUp = FOLLOW_UP_RE.test(current.text) && wordCount(current.text) <= 10 && current.confidence < 0.9;
    const asksForPerson = current.intent === "human_agent" && current.confidence >= 0.5;
    if (!asksForPerson && (bareAnswer || followUp || (weak && current.intent !== "greeting" && hasEntity(current)))) {
      runnerUp = { intent: current.intent, confidence: current.confidence };
      intent = active;
      // Continuing a known thread is at least as certain as the earlier turn was; the routing threshold should
      // not bounce "it's #1002" into a clarifying question.
      confidence = Math.max(current.confidence, CLEAR_CONFIDENCE + 0.15);
    }
  }
  // A bare product name opening a conversation ("the trekking poles") asks whether the shop has it.
  if (!active && bareProduct && intent !== "product_availability") {
    runnerUp = { intent: current.intent, confidence: current.confidence };
    intent = "product_availability";
    confidence = CLEAR_CONFIDENCE + 0.15;
  }
  // An unsure reading of the same question as before ("and in 9 slate?") continues it.
  if (active && intent === active && confidence < CLEAR_CONFIDENCE && (hasEntity(current) || FOLLOW_UP_RE.test(current.text)) && wordCount(current.text) <= 10) {
    confidence = CLEAR_CONFIDENCE + 0.15;
  }

  const orderNumber = current.entities.orderNumbers[0] ?? null;
  const context: ConversationContext = {
    // "hi" or an unsure guess does not displace the question being worked on.
    activeIntent: WEAK_INTENTS.includes(intent) || confidence < CLEAR_CONFIDENCE ? (active ?? null) : intent,
    // Order and email describe the shopper, not the question, so they survive a change of topic.
    orderNumber: orderNumber ?? previous?.orderNumber ?? null,
    email: current.entities.emails[0] ?? previous?.email ?? null,
    // A message naming another product, several candidates or one the shop lacks is not about the earlier product.
    products: namesProduct(current) ? current.entities.products : (previous?.products ?? []),
    language: current.language,
  };

  const understanding: Understanding = {
    ...current,
    intent,
    confidence,
    runnerUp,
    entities: {
      orderNumbers: current.entities.orderNumbers.length
        ? current.entities.orderNumbers
        : context.orderNumber
          ? [context.orderNumber]
          : [],
      emails: current.entities.emails.length ? current.entities.emails : context.email ? [context.email] : [],
      products: context.products,
      productChoices: current.entities.productChoices ?? [],
      unknownProduct: current.entities.unknownProduct ?? null,
      productNameOnly: current.entities.productNameOnly ?? false,
    },
  };
  return { understanding, context };
}

const NEEDS_ORDER: Intent[] = ["order_status", "return_request", "cancel_order", "change_order"];

/** What the bot must still ask for before it can act on `intent`. Guests need an email to prove the order is theirs. */
export function missingFor(
  intent: Intent,
  context: ConversationContext | null,
  opts: { loggedIn: boolean },
): MissingPiece[] {
  const missing: MissingPiece[] = [];
  if (NEEDS_ORDER.includes(intent)) {
    if (!context?.orderNumber) missing.push("order_number");
    if (!opts.loggedIn && !context?.email) missing.push("email");
  }
  // product_question can be general ("do you have a size chart"); availability needs to know which product.
  if (intent === "product_availability" && !(context?.products.length ?? 0)) missing.push("product");
  return missing;
}
