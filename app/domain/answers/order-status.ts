// "Where is my order?": the order's state in plain words, one line per shipment, from the fetched facts only.
import type { DeliveryState, FulfillmentFacts, OrderFacts } from "../shop-data/types";
import type { Language } from "../understanding/types";
import { formatDate, formatDay, formatList, formatMoney } from "./format";
import { t, type MessageKey } from "./messages";
import type { Answer, ComposeOptions } from "./types";

const STATE_KEY: Record<DeliveryState, MessageKey> = {
  label_created: "status_label_created",
  in_transit: "status_in_transit",
  out_for_delivery: "status_out_for_delivery",
  delivered: "status_delivered",
  attempted_delivery: "status_attempted_delivery",
  ready_for_pickup: "status_ready_for_pickup",
  picked_up: "status_picked_up",
  delayed: "status_delayed",
  failed: "status_failed",
  cancelled: "status_cancelled",
  fulfilled: "status_fulfilled",
};

const ARRIVED: ReadonlySet<DeliveryState> = new Set(["delivered", "picked_up", "cancelled"]);

function shipmentStatus(f: FulfillmentFacts, o: ComposeOptions): string {
  if (f.state === "delivered" && f.deliveredAt) return t(o.language, "status_delivered_on", { date: formatDate(f.deliveredAt, o.language, o.timeZone) });
  return t(o.language, STATE_KEY[f.state]);
}

function itemLabel(item: { title: string; variantTitle?: string | null; quantity: number }): string {
  const variant = item.variantTitle && item.variantTitle !== "Default Title" ? ` (${item.variantTitle})` : "";
  return `${item.quantity} × ${item.title}${variant}`;
}

export function shipmentLines(f: FulfillmentFacts, index: number, o: ComposeOptions): string[] {
  const L = o.language;
  const lines = [t(L, "shipment_line", { index, status: shipmentStatus(f, o) })];
  for (const tr of f.tracking) {
    if (tr.company && tr.number) lines.push(t(L, "shipment_carrier", { carrier: tr.company, number: tr.number }));
    else if (tr.number) lines.push(t(L, "shipment_carrier", { carrier: "", number: tr.number }).replace(/^,\s*/, ""));
    else if (tr.company) lines.push(t(L, "shipment_carrier_only", { carrier: tr.company }));
    if (tr.url) lines.push(t(L, "shipment_link", { url: tr.url }));
  }
  if (f.estimatedDeliveryAt && !ARRIVED.has(f.state)) {
    lines.push(t(L, "shipment_eta", { date: formatDay(f.estimatedDeliveryAt, L, o.timeZone) }));
  }
  return lines;
}

export interface OrderStatusExtras {
  otherRecentOrders?: Array<{ name: string }>;
  verifiedBy?: string;
}

export function orderStatusAnswer(order: OrderFacts, o: ComposeOptions, extras: OrderStatusExtras = {}): Answer {
  const L: Language = o.language;
  const lines: string[] = [t(L, "order_header", { orderName: order.name, date: formatDate(order.createdAt, L, o.timeZone) })];
  const refunded = order.totalRefunded && order.totalRefunded.amount > 0 ? formatMoney(order.totalRefunded.amount, order.totalRefunded.currencyCode, L) : null;

  const unshipped = order.cancelledAt
    ? []
    : order.lineItems.filter((li) => li.unfulfilledQuantity > 0).map((li) => ({ title: li.title, variantTitle: li.variantTitle, quantity: li.unfulfilledQuantity }));

  if (order.cancelledAt) {
    lines.push(t(L, "order_cancelled", { date: formatDate(order.cancelledAt, L, o.timeZone) }));
    if (refunded) lines.push(t(L, order.financialStatus === "REFUNDED" ? "order_refunded" : "order_partially_refunded", { amount: refunded }));
  } else {
    order.fulfillments.forEach((f, i) => lines.push(...shipmentLines(f, i + 1, o)));
    if (order.fulfillments.length === 0) lines.push(t(L, order.fulfillmentStatus === "ON_HOLD" ? "order_on_hold" : "order_not_shipped"));
    else if (unshipped.length > 0) lines.push(t(L, "items_not_shipped", { items: formatList(unshipped.map(itemLabel), L) }));
    if (order.financialStatus === "PENDING") lines.push(t(L, "order_payment_pending"));
    if (refunded) lines.push(t(L, order.financialStatus === "REFUNDED" ? "order_refunded" : "order_partially_refunded", { amount: refunded }));
  }

  const others = extras.otherRecentOrders ?? [];
  if (others.length > 0) {
    lines.push(t(L, "other_recent_orders", { count: others.length, names: formatList(others.map((x) => x.name), L) }));
  }

  return {
    text: lines.join("\n"),
    facts: {
      kind: "order_status",
      orderId: order.id,
      orderName: order.name,
      createdAt: order.createdAt,
      verifiedBy: extras.verifiedBy,
      cancelledAt: order.cancelledAt,
      financialStatus: order.financialStatus,
      fulfillmentStatus: order.fulfillmentStatus,
      totalRefunded: order.totalRefunded,
      fulfillments: order.fulfillments.map((f) => ({
        id: f.id,
        state: f.state,
        tracking: f.tracking,
        estimatedDeliveryAt: f.estimatedDeliveryAt,
        deliveredAt: f.deliveredAt,
      })),
      unshippedItems: unshipped,
      otherRecentOrders: others.map((x) => x.name),
    },
  };
}
