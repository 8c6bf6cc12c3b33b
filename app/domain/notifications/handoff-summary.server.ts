import type { Conversation, Db } from "../../db.server";
import { reasonLabel } from "../../admin/charts/reason-labels";
import type { AdminGraphql } from "../shop-data/admin-api.server";
import { getCustomerCard } from "../conversations/customer-card.server";

/** What a notification says about a waiting conversation: who, why (in Home's words), which order, what they said. */
export interface HandoffSummary {
  conversationId: string;
  url: string;
  status: string;
  language: string;
  waitingSince: string | null;
  reasons: Array<{ code: string; label: string; detail: string }>;
  customer: { id: string | null; name: string | null; email: string | null; signedIn: boolean };
  order: { number: string } | null;
  lastMessage: string;
}

export async function summariseHandoff(
  db: Db,
  conversation: Conversation,
  options: { admin: AdminGraphql | null; url: string },
): Promise<HandoffSummary> {
  const [decision, lastShopperMessage] = await Promise.all([
    db.routingDecisionRecord.findFirst({ where: { conversationId: conversation.id, kind: "handoff" }, orderBy: { createdAt: "desc" } }),
    db.message.findFirst({ where: { conversationId: conversation.id, author: "shopper" }, orderBy: { createdAt: "desc" } }),
  ]);
  const reasons = parseReasons(decision?.reasons).map((r) => ({ code: r.code, label: reasonLabel(r.code), detail: r.detail }));
  let name: string | null = null;
  let email = conversation.contactEmail;
  if (conversation.customerId && options.admin) {
    // A notification without the customer's name is still worth sending: Admin API trouble must not block it.
    try {
      const card = await getCustomerCard(options.admin, conversation.customerId);
      name = card?.name ?? null;
      email = email ?? card?.email ?? null;
    } catch (error) {
      console.warn(`[notifications] customer lookup failed for ${conversation.id}: ${(error as Error).message}`);
    }
  }
  const context = parseObject(conversation.context) as { answers?: { orderNumber?: string | null } };
  const orderNumber = context.answers?.orderNumber ?? null;
  return {
    conversationId: conversation.id,
    url: options.url,
    status: conversation.status,
    language: conversation.language,
    waitingSince: conversation.waitingSince?.toISOString() ?? null,
    reasons,
    customer: { id: conversation.customerId, name, email, signedIn: Boolean(conversation.customerId) },
    order: orderNumber ? { number: orderNumber } : null,
    lastMessage: lastShopperMessage?.body.slice(0, 500) ?? "",
  };
}

export function customerLine(s: HandoffSummary): string {
  if (s.customer.name && s.customer.email) return `${s.customer.name} <${s.customer.email}>`;
  return s.customer.name ?? s.customer.email ?? (s.customer.signedIn ? "A signed-in customer" : "A guest shopper");
}

export function reasonsLine(s: HandoffSummary): string {
  return s.reasons.length ? s.reasons.map((r) => r.label).join("; ") : "Handed to a person";
}

function parseReasons(text: string | undefined): Array<{ code: string; detail: string }> {
  if (!text) return [];
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.filter((r): r is { code: string; detail: string } => typeof r?.code === "string") : [];
  } catch {
    return [];
  }
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
