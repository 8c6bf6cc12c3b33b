// Delivered-but-not-received, stolen, lost, stuck or misdelivered parcels. The bot never answers these with the
// carrier's status ("it was delivered on …"): it hands off, and gives the person the order and what the carrier says.
import type { OrderFacts } from "../shop-data/types";
import type { DeliveryProblemCue } from "../understanding/problem-cues.server";
import { notReceivedCue } from "../understanding/problem-cues.server";
import { t } from "./messages";
import type { Answer, ComposeOptions } from "./types";

/** What the person taking over needs first: which order, what the carrier last said, and when. */
export function deliveryFacts(order: OrderFacts) {
  return {
    orderId: order.id,
    orderName: order.name,
    createdAt: order.createdAt,
    fulfillmentStatus: order.fulfillmentStatus,
    shipments: order.fulfillments.map((f) => ({
      id: f.id,
      carrierStatus: f.displayStatus ?? f.status,
      state: f.state,
      shippedAt: f.createdAt,
      inTransitAt: f.inTransitAt,
      estimatedDeliveryAt: f.estimatedDeliveryAt,
      deliveredAt: f.deliveredAt,
      tracking: f.tracking,
    })),
  };
}

export function deliveryProblemAnswer(order: OrderFacts | null, problem: DeliveryProblemCue | null, o: ComposeOptions): Answer {
  const text = order
    ? t(o.language, "delivery_problem_handoff", { orderName: order.name })
    : t(o.language, "delivery_problem_handoff_no_order");
  return {
    text,
    facts: { kind: "delivery_problem", problem: problem ?? null, ...(order ? deliveryFacts(order) : { orderId: null }) },
    handoff: { reason: "delivery_problem" },
  };
}

/**
 * "I never got it" about an order the carrier marked delivered is a delivery problem, whatever the intent model
 * said; the same words about an order still in transit are an ordinary status question.
 */
export function deliveredButNotReceived(order: OrderFacts, text: string | undefined): DeliveryProblemCue | null {
  if (!text || order.cancelledAt) return null;
  const delivered = order.fulfillments.some((f) => f.state === "delivered" || f.state === "picked_up");
  if (!delivered) return null;
  const cue = notReceivedCue(text);
  return cue ? { kind: "not_received", cue } : null;
}
