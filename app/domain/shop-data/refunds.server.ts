// An order's refunds: what was refunded, when, and to which payment method. Read separately from the order details
// so the common order lookups don't pay for refund transactions they never show.
import { runAdminQuery, type AdminGraphql } from "./admin-api.server";
import type { LookupOptions, MoneyAmount } from "./types";
import type { OrderRefundsQuery, OrderRefundsQueryVariables } from "~/types/admin.generated";

export const ORDER_REFUNDS_QUERY = `#graphql
  query OrderRefunds($id: ID!) {
    order(id: $id) {
      id
      refunds(first: 5) {
        id
        createdAt
        processedAt
        totalRefundedSet { shopMoney { amount currencyCode } }
        transactions(first: 3) {
          nodes {
            kind
            status
            gateway
            formattedGateway
            processedAt
            amountSet { shopMoney { amount currencyCode } }
            paymentDetails {
              ... on CardPaymentDetails { company number }
            }
          }
        }
      }
    }
  }
`;

export interface RefundFacts {
  id: string;
  /** When the refund was processed (falls back to when it was created). */
  processedAt: string;
  amount: MoneyAmount;
  /** Successful refund transactions only: where the money went. */
  payments: Array<{ gateway: string | null; cardBrand: string | null; cardLast4: string | null; amount: MoneyAmount }>;
  /** True when a refund transaction is still pending at the payment provider. */
  pending: boolean;
}

export async function getOrderRefunds(admin: AdminGraphql, orderId: string, options: LookupOptions = {}): Promise<RefundFacts[]> {
  const { data } = await runAdminQuery<OrderRefundsQuery, OrderRefundsQueryVariables>(admin, ORDER_REFUNDS_QUERY, { id: orderId }, options);
  const refunds = data.order?.refunds ?? [];
  return refunds
    .map((r) => {
      const txs = r.transactions.nodes.filter((t) => t.kind === "REFUND");
      const payments = txs
        .filter((t) => t.status === "SUCCESS")
        .map((t) => {
          const card = t.paymentDetails && "number" in t.paymentDetails ? t.paymentDetails : null;
          return {
            gateway: t.formattedGateway ?? t.gateway ?? null,
            cardBrand: card?.company ?? null,
            // Shopify masks card numbers ("•••• 4242"); only the last four digits are worth repeating.
            cardLast4: card?.number ? (card.number.replace(/\D/g, "").slice(-4) || null) : null,
            amount: { amount: Number(t.amountSet.shopMoney.amount), currencyCode: t.amountSet.shopMoney.currencyCode },
          };
        });
      return {
        id: r.id,
        processedAt: r.processedAt ?? r.createdAt ?? "",
        amount: { amount: Number(r.totalRefundedSet.shopMoney.amount), currencyCode: r.totalRefundedSet.shopMoney.currencyCode },
        payments,
        pending: txs.some((t) => t.status === "PENDING"),
      };
    })
    .filter((r) => r.amount.amount > 0)
    .sort((a, b) => a.processedAt.localeCompare(b.processedAt));
}
