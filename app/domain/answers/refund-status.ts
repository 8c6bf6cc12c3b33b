// "Has my refund gone through?": the order's own refund records, for a shopper who proved the order is theirs.
import type { RefundFacts } from "../shop-data/refunds.server";
import type { ShopPolicy } from "../shop-data/shop.server";
import type { OrderFacts } from "../shop-data/types";
import { formatDate, formatMoney } from "./format";
import { t } from "./messages";
import type { Answer, ComposeOptions } from "./types";

// A sentence of the merchant's refund policy that says how long refunds take, quoted rather than paraphrased.
const TIMING = /\b(\d+\s*(?:-|to|–)?\s*\d*|a few|several|few)\s+(business |working |bank )?days?\b/i;

export function refundTimingFromPolicy(policy: ShopPolicy | null): string | null {
  if (!policy) return null;
  const sentences = policy.text.replace(/\s*\n\s*/g, " ").split(/(?<=[.!?])\s+(?=\S)/u);
  const hit = sentences.find((s) => /refund/i.test(s) && TIMING.test(s) && !/return (window|within)|within \d+ days of (delivery|purchase)/i.test(s));
  return hit ? hit.trim() : null;
}

export function refundStatusAnswer(order: OrderFacts, refunds: RefundFacts[], refundPolicy: ShopPolicy | null, o: ComposeOptions): Answer {
  const L = o.language;
  const lines = [t(L, "refund_header", { orderName: order.name })];
  if (order.cancelledAt) lines.push(t(L, "refund_cancelled", { date: formatDate(order.cancelledAt, L, o.timeZone) }));
  const done = refunds.filter((r) => !r.pending || r.payments.length > 0);
  for (const r of done) {
    const p = r.payments[0];
    const method = p?.cardBrand && p.cardLast4
      ? t(L, "refund_method_card", { brand: p.cardBrand, last4: p.cardLast4 })
      : p?.gateway
        ? t(L, "refund_method_gateway", { gateway: p.gateway })
        : "";
    lines.push(
      t(L, "refund_line", {
        amount: formatMoney(r.amount.amount, r.amount.currencyCode, L),
        date: formatDate(r.processedAt, L, o.timeZone),
        method,
      }),
    );
  }
  for (const r of refunds.filter((x) => x.pending && x.payments.length === 0)) {
    lines.push(t(L, "refund_pending", { amount: formatMoney(r.amount.amount, r.amount.currencyCode, L) }));
  }
  const timing = L === "en" ? refundTimingFromPolicy(refundPolicy) : null;
  if (refunds.length > 0) {
    // The policy is written in the shop's language; quoting English to a Spanish shopper helps nobody.
    lines.push(timing ? t(L, "refund_policy_timing", { summary: timing }) : t(L, "refund_bank_delay"));
  } else {
    lines.push(t(L, "refund_none", { orderName: order.name }));
    const open = order.returns.filter((r) => r.status === "REQUESTED" || r.status === "OPEN");
    if (open.length > 0) lines.push(t(L, "refund_none_return_open", { returns: open.map((r) => r.name).join(", ") }));
    lines.push(t(L, "refund_none_person"));
  }
  return {
    text: lines.join("\n"),
    facts: {
      kind: "refund_status",
      orderId: order.id,
      orderName: order.name,
      cancelledAt: order.cancelledAt,
      financialStatus: order.financialStatus,
      totalRefunded: order.totalRefunded,
      refunds,
      bankDelayFrom: refunds.length === 0 ? null : timing ? "refund_policy" : "neutral_statement",
    },
  };
}
