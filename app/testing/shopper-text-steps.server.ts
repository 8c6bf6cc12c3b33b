// Every step the message path applies to a shopper's text, runnable one by one (for `npm run bench -- hostile`) or as
// the whole pipeline the conversation engine runs (understand with the real model and a catalogue, context resolution,
// bot-failure signals, the confirmation and return-selection checks).
import { readFileSync } from "node:fs";
import { selectReturnItems, isReturnSelection } from "../domain/answers/return-selection";
import { isConfirmation } from "../domain/conversations/confirmation";
import { IntentClassifier } from "../domain/understanding/classifier.server";
import { resolveInContext, type ConversationContext } from "../domain/understanding/context.server";
import { extractEmails, extractOrderNumbers } from "../domain/understanding/entities.server";
import { explicitRequest } from "../domain/understanding/explicit-requests.server";
import { isBotFailure } from "../domain/understanding/failure-signals.server";
import { detectLanguage } from "../domain/understanding/language.server";
import type { IntentModel } from "../domain/understanding/model-format";
import { MODEL_PATH } from "../domain/understanding/model-path.server";
import { findProducts } from "../domain/understanding/products.server";
import { analyzeSentiment } from "../domain/understanding/sentiment.server";
import type { CatalogueEntry, Understanding } from "../domain/understanding/types";
import { createUnderstander } from "../domain/understanding/understand.server";
import { detectUrgency } from "../domain/understanding/urgency.server";

/** The same catalogue shape `npm run bench -- understanding` uses: 200 products, so product matching does real work. */
export const BENCH_CATALOGUE: CatalogueEntry[] = Array.from({ length: 200 }, (_, i) => ({
  productId: `gid://shopify/Product/${i + 1}`,
  handle: `product-${i}-${["hoodie", "mug", "wallet", "candle", "sneaker"][i % 5]}`,
  title: `${["Classic", "Organic", "Leather", "Blue", "Winter"][i % 5]} ${["Hoodie", "Mug", "Wallet", "Candle", "Sneakers"][(i * 3) % 5]} ${i}`,
}));

// A conversation mid-way through an order question with a return proposal on the table, so every check runs.
const PREVIOUS: ConversationContext = { activeIntent: "order_status", orderNumber: null, email: null, products: [], language: "en" };
const PROPOSAL = {
  items: [
    { fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1", quantity: 2, title: "Ceramic Mug", variantTitle: "Blue" },
    { fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/2", quantity: 1, title: "Wool Beanie", variantTitle: null },
  ],
};

const model = JSON.parse(readFileSync(MODEL_PATH, "utf8")) as IntentModel;
const understander = createUnderstander({ model });
const classifier = new IntentClassifier(model);

/** The whole text pipeline for one message, as the conversation engine runs it. */
export function runShopperTextPipeline(text: string, catalogue: CatalogueEntry[] = BENCH_CATALOGUE): Understanding {
  const raw = understander.understand(text, { catalogue, languageHint: "en" });
  const { understanding } = resolveInContext(raw, PREVIOUS);
  isBotFailure(text, understanding, "order_status");
  isConfirmation(text);
  isReturnSelection(text, PROPOSAL, understanding.language);
  // isReturnSelection gives up on long messages; the selection itself must still be safe on them.
  selectReturnItems(text, PROPOSAL.items, understanding.language);
  return understanding;
}

export const TEXT_STEPS: Record<string, (text: string) => unknown> = {
  language: (t) => detectLanguage(t, classifier, "en"),
  classify: (t) => classifier.classify(t, "en"),
  explicitRequest,
  sentiment: (t) => analyzeSentiment(t, "en"),
  urgency: detectUrgency,
  orderNumbers: extractOrderNumbers,
  emails: extractEmails,
  products: (t) => findProducts(t, BENCH_CATALOGUE),
  failureSignals: (t) => isBotFailure(t, understander.understand("where is my order"), "order_status"),
  confirmation: isConfirmation,
  returnSelection: (t) => selectReturnItems(t, PROPOSAL.items, "en"),
  pipeline: (t) => runShopperTextPipeline(t),
};
