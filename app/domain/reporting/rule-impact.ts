// "This rule would have sent 12 conversations to people": each routing rule replayed over the last 30 days'
// conversations, as the merchant edits it. Browser-safe (the Automation page recomputes as fields change).
import type { ShopSettings } from "../routing/settings";
import type { Intent } from "../understanding/types";

/** One past conversation, reduced to what the rules look at (from the understanding stored with each message). */
export interface ConversationSample {
  /** Confidently recognised intents of the shopper's messages. */
  intents: Intent[];
  /** Lowest intent confidence of any shopper message (0..1). */
  minConfidence: number;
  /** Most negative sentiment score of any shopper message (-1..1). */
  minSentiment: number;
  /** Routing reason codes the conversation actually got (customer rules need the live profile, so they are historical). */
  codes: string[];
}

export interface RuleImpact {
  conversations: number;
  /** Conversations that asked about each intent. */
  byIntent: Partial<Record<Intent, number>>;
  /** Conversations where some message was below the confidence threshold. */
  belowConfidence: number;
  /** Conversations where some message was at or below the upset threshold. */
  upset: number;
  /** Conversations that the customer rules (tags, segments, spend, order count, order value) sent to people. */
  customerRules: number;
}

const CUSTOMER_CODES = new Set(["customer_segment", "customer_tag", "lifetime_spend", "order_count", "order_value"]);

export function ruleImpact(samples: ConversationSample[], settings: Pick<ShopSettings, "confidenceThreshold" | "negativeSentimentThreshold">): RuleImpact {
  const byIntent: Partial<Record<Intent, number>> = {};
  let belowConfidence = 0;
  let upset = 0;
  let customerRules = 0;
  for (const s of samples) {
    for (const intent of new Set(s.intents)) byIntent[intent] = (byIntent[intent] ?? 0) + 1;
    if (s.minConfidence < settings.confidenceThreshold) belowConfidence += 1;
    if (s.minSentiment <= settings.negativeSentimentThreshold) upset += 1;
    if (s.codes.some((c) => CUSTOMER_CODES.has(c))) customerRules += 1;
  }
  return { conversations: samples.length, byIntent, belowConfidence, upset, customerRules };
}
