import { readFileSync } from "node:fs";
import { IntentClassifier } from "./classifier.server";
import { extractEmails, extractOrderNumbers } from "./entities.server";
import { EXPLICIT_CONFIDENCE, explicitRequest, MUST_GO_TO_PERSON } from "./explicit-requests.server";
import { detectLanguage } from "./language.server";
import type { IntentModel } from "./model-format";
import { MODEL_PATH } from "./model-path.server";
import { detectDeliveryProblem, problemCue, refundStatusCue } from "./problem-cues.server";
import { saysBotFailed } from "./failure-signals.server";
import { asksAvailability, matchProducts } from "./products.server";
import { analyzeSentiment } from "./sentiment.server";
import type { CatalogueEntry, Intent, Language, Understanding } from "./types";
import { detectUrgency } from "./urgency.server";

export interface UnderstandContext {
  catalogue?: CatalogueEntry[];
  languageHint?: Language;
}

export interface Understander {
  understand(text: string, ctx?: UnderstandContext): Understanding;
}

export interface UnderstanderOptions {
  /** Defaults to the committed model file. */
  modelPath?: string;
  model?: IntentModel;
}

/** Intents a refund-status question is mistaken for; the refund-status wording wins over them. */
const REFUND_NEIGHBOURS: readonly Intent[] = ["return_request", "return_policy", "cancel_order", "order_status", "payment_issue", "other"];

let shared: IntentClassifier | null = null;
/** Below this the model is guessing (the routing policy's default threshold). */
const CLEAR = 0.6;

/** Loads the model once (shared across understanders using the default model) and answers synchronously. */
export function createUnderstander(options: UnderstanderOptions = {}): Understander {
  let clf: IntentClassifier;
  if (options.model) clf = new IntentClassifier(options.model);
  else if (options.modelPath) clf = new IntentClassifier(JSON.parse(readFileSync(options.modelPath, "utf8")));
  else {
    shared ??= new IntentClassifier(JSON.parse(readFileSync(MODEL_PATH, "utf8")) as IntentModel);
    clf = shared;
  }

  return {
    understand(text: string, ctx: UnderstandContext = {}): Understanding {
      const language = detectLanguage(text, clf, ctx.languageHint);
      const ranked = clf.classify(text, language);
      let [top, second] = ranked;
      const named = explicitRequest(text);
      if (named && named === top.intent) top = { ...top, confidence: Math.max(EXPLICIT_CONFIDENCE, top.confidence) };
      else if (named && !MUST_GO_TO_PERSON.includes(top.intent)) {
        second = top;
        top = { intent: named, confidence: EXPLICIT_CONFIDENCE };
      }
      // Delivery-problem wording ("says delivered but", "stolen", "stuck for a week") outranks the model's
      // "where is my order": answering those with the carrier's status is exactly the failure to avoid.
      const deliveryProblem = detectDeliveryProblem(text);
      // A damaged/wrong-item reading also yields: both go to a person, but only this one attaches the carrier status.
      const yields = !MUST_GO_TO_PERSON.includes(top.intent) || top.intent === "damaged_or_wrong_item";
      if (deliveryProblem && top.intent !== "delivery_problem" && yields) {
        second = top;
        top = { intent: "delivery_problem", confidence: EXPLICIT_CONFIDENCE };
      }
      // "Has my refund gone through?" reads to the model like "I want a refund" or "how long do refunds take".
      else if (!deliveryProblem && refundStatusCue(text)) {
        // The model's own unsure "refund_status" is firmed up by the cue; a damaged/wrong-item reading yields only when
        // nothing in the message says something went wrong ("schon eine Rückerstattung bekommen?" is not a complaint).
        // The same rule the other way round: when the model weighs "refund status" against "damaged item" and the
        // message says something went wrong ("arrived broken, has my refund gone through?"), the damage is what needs
        // a person, so the damaged reading stands rather than being firmed up into a routine refund answer.
        if (top.intent === "refund_status" && second?.intent === "damaged_or_wrong_item" && problemCue(text)) {
          [top, second] = [{ intent: "damaged_or_wrong_item", confidence: EXPLICIT_CONFIDENCE }, top];
        } else if (top.intent === "refund_status") top = { ...top, confidence: Math.max(EXPLICIT_CONFIDENCE, top.confidence) };
        else if (REFUND_NEIGHBOURS.includes(top.intent) || (top.intent === "damaged_or_wrong_item" && !problemCue(text))) {
          second = top;
          top = { intent: "refund_status", confidence: EXPLICIT_CONFIDENCE };
        }
      }
      // "That's not what I asked" is about the bot's last answer; the model hears "not what I ordered" (a wrong item)
      // and sent it to a person as a sensitive topic. As "other" the engine counts a bot failure and offers a person.
      if (top.intent === "damaged_or_wrong_item" && saysBotFailed(text) && !problemCue(text)) {
        second = top;
        top = { intent: "other", confidence: top.confidence };
      }
      const products = matchProducts(text, ctx.catalogue, language);
      // "Do you have the trekking poles?" names a product and asks whether the shop has it: the model alone is unsure
      // of such short messages. A confident problem or person request keeps its own route.
      const namesProduct = products.products.length > 0 || products.choices.length > 0;
      // A name the shop lacks ("do you have snowboards?") only settles a guess: "do you have a size chart?" stays a question.
      const namesUnknown = products.unknownName !== null && (top.intent === "other" || top.confidence < CLEAR);
      const outranks = !MUST_GO_TO_PERSON.includes(top.intent) || top.confidence < CLEAR;
      if (!deliveryProblem && (namesProduct || namesUnknown) && asksAvailability(text) && top.intent !== "product_availability" && outranks) {
        second = top;
        top = { intent: "product_availability", confidence: EXPLICIT_CONFIDENCE };
      } else if (top.intent === "product_availability" && (namesProduct || products.unknownName !== null)) {
        top = { ...top, confidence: Math.max(top.confidence, EXPLICIT_CONFIDENCE) };
      }
      return {
        text,
        language,
        intent: top.intent,
        confidence: round(top.confidence),
        runnerUp: second ? { intent: second.intent, confidence: round(second.confidence) } : null,
        // "Camp mug", "pine", "chaqueta" score as moods in the lexicons; a product's name says nothing about the shopper's.
        sentiment: analyzeSentiment(withoutWords(text, products.shopWords), language),
        urgency: detectUrgency(text),
        deliveryProblem,
        problemCue: deliveryProblem?.cue ?? problemCue(text),
        entities: {
          orderNumbers: extractOrderNumbers(text),
          emails: extractEmails(text),
          products: products.products,
          productChoices: products.choices,
          unknownProduct: products.unknownName,
          productNameOnly: products.nameOnly,
        },
      };
    },
  };
}

function withoutWords(text: string, words: string[]): string {
  if (words.length === 0) return text;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join("|")})(?![\\p{L}\\p{N}])`, "gu"), " ");
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
