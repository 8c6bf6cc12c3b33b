// The contract between understanding (NLP) and everything downstream (routing, answers).
export const INTENTS = [
  "order_status",
  "delivery_problem",
  "refund_status",
  "shipping_info",
  "return_request",
  "return_policy",
  "cancel_order",
  "change_order",
  "product_availability",
  "product_question",
  "payment_issue",
  "discount_question",
  "damaged_or_wrong_item",
  "complaint",
  "human_agent",
  "account",
  "greeting",
  "other",
] as const;
export type Intent = (typeof INTENTS)[number];

export const LANGUAGES = ["en", "es", "fr", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

export type SentimentLabel = "negative" | "neutral" | "positive";

/** A product the shopper named, matched against the shop's catalogue. */
export interface ProductMention {
  productId: string;
  handle: string;
  title: string;
  /** The words in the message that matched. */
  matchedText: string;
  /** The shop's published title translations, so an answer can name the product in the shopper's language. */
  localTitles?: Partial<Record<Language, string>>;
}

/** What the classifier needs to know about the catalogue to find product mentions. */
export interface CatalogueEntry {
  productId: string;
  handle: string;
  title: string;
  /** The merchant's product type ("Jackets"): a shopper asking for "a jacket" may mean any of them. */
  productType?: string | null;
  /** Its variants' option values ("Rust", "10"): they support a match ("the rust one") but never make one alone. */
  optionValues?: string[];
  /** Published title translations (Admin API `Product.translations`), by language. */
  translatedTitles?: Partial<Record<Language, string>>;
}

export interface Understanding {
  text: string;
  language: Language;
  intent: Intent;
  /** Calibrated probability of `intent`, 0..1. */
  confidence: number;
  runnerUp: { intent: Intent; confidence: number } | null;
  /** score in -1..1; label derived from it. */
  sentiment: { label: SentimentLabel; score: number };
  urgency: { urgent: boolean; cues: string[] };
  /**
   * Delivered-but-not-received, stolen, lost, stuck or misdelivered: the kind and the words that matched.
   * Optional so understandings stored before it existed still read.
   */
  deliveryProblem?: { kind: "not_received" | "stolen" | "lost" | "stuck" | "wrong_address"; cue: string } | null;
  /** Words saying something went wrong with an order (late, missing, damaged, wrong), for urgency routing. */
  problemCue?: string | null;
  entities: {
    /** Normalised without '#', e.g. "1001". */
    orderNumbers: string[];
    emails: string[];
    products: ProductMention[];
    /** Several products fit the same words; the bot offers them instead of picking one. */
    productChoices?: ProductMention[];
    /** Words naming a product the shop does not have; the bot says so (and forgets any earlier product). */
    unknownProduct?: string | null;
    /** The message is little more than a product name (and options): a bare answer or an availability question. */
    productNameOnly?: boolean;
  };
}
