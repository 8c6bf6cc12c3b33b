// The signed-in shopper as a person working the Inbox needs to see them: who, what they spent, what they ordered.
import { runAdminQuery, type AdminGraphql } from "../shop-data/admin-api.server";
import { legacyIdOf, toGid } from "../shop-data/ids";
import type {
  InboxCustomerCardQuery,
  InboxCustomerCardQueryVariables,
  InboxCustomerSearchQuery,
  InboxCustomerSearchQueryVariables,
  InboxCustomerSegmentsQuery,
  InboxCustomerSegmentsQueryVariables,
} from "~/types/admin.generated";

export const INBOX_CUSTOMER_CARD_QUERY = `#graphql
  query InboxCustomerCard($id: ID!) {
    customer(id: $id) {
      id
      displayName
      firstName
      defaultEmailAddress { emailAddress }
      amountSpent { amount currencyCode }
      numberOfOrders
      tags
      createdAt
      orders(first: 5, sortKey: CREATED_AT, reverse: true) {
        nodes {
          id
          name
          createdAt
          displayFinancialStatus
          displayFulfillmentStatus
          totalPriceSet { shopMoney { amount currencyCode } }
        }
      }
    }
    segments(first: 50) { nodes { id name } }
  }
`;

export const INBOX_CUSTOMER_SEGMENTS_QUERY = `#graphql
  query InboxCustomerSegments($id: ID!, $segmentIds: [ID!]!) {
    customerSegmentMembership(customerId: $id, segmentIds: $segmentIds) {
      memberships { segmentId isMember }
    }
  }
`;

export interface CustomerCard {
  id: string;
  name: string;
  firstName: string | null;
  email: string | null;
  amountSpent: { amount: number; currencyCode: string };
  numberOfOrders: number;
  tags: string[];
  segments: string[];
  customerSince: string;
  adminUrl: string;
  recentOrders: Array<{
    id: string;
    name: string;
    createdAt: string;
    financialStatus: string | null;
    fulfillmentStatus: string;
    total: { amount: number; currencyCode: string };
    adminUrl: string;
  }>;
}

/** `shopify://admin/...` opens the page in Shopify admin from inside the embedded app (App Bridge navigation). */
const adminLink = (path: string) => `shopify://admin/${path}`;

/** Null when the customer no longer exists. Segment membership is a second query (it needs the segment ids). */
export async function getCustomerCard(admin: AdminGraphql, customerId: string): Promise<CustomerCard | null> {
  const id = toGid("Customer", customerId);
  const { data } = await runAdminQuery<InboxCustomerCardQuery, InboxCustomerCardQueryVariables>(admin, INBOX_CUSTOMER_CARD_QUERY, { id });
  const c = data.customer;
  if (!c) return null;
  const allSegments = data.segments.nodes;
  let segments: string[] = [];
  if (allSegments.length) {
    const membership = await runAdminQuery<InboxCustomerSegmentsQuery, InboxCustomerSegmentsQueryVariables>(admin, INBOX_CUSTOMER_SEGMENTS_QUERY, {
      id,
      segmentIds: allSegments.map((s) => s.id),
    });
    const names = new Map(allSegments.map((s) => [s.id, s.name]));
    segments = membership.data.customerSegmentMembership.memberships.filter((m) => m.isMember).map((m) => names.get(m.segmentId) ?? m.segmentId);
  }
  return {
    id: c.id,
    name: c.displayName,
    firstName: c.firstName ?? null,
    email: c.defaultEmailAddress?.emailAddress ?? null,
    amountSpent: { amount: Number(c.amountSpent.amount), currencyCode: c.amountSpent.currencyCode },
    numberOfOrders: Number(c.numberOfOrders),
    tags: c.tags,
    segments,
    customerSince: String(c.createdAt),
    adminUrl: adminLink(`customers/${legacyIdOf(c.id)}`),
    recentOrders: c.orders.nodes.map((o) => ({
      id: o.id,
      name: o.name,
      createdAt: String(o.createdAt),
      financialStatus: o.displayFinancialStatus ?? null,
      fulfillmentStatus: o.displayFulfillmentStatus,
      total: { amount: Number(o.totalPriceSet.shopMoney.amount), currencyCode: o.totalPriceSet.shopMoney.currencyCode },
      adminUrl: adminLink(`orders/${legacyIdOf(o.id)}`),
    })),
  };
}

/** Just the address to email a signed-in customer at, for reply emails. */
export async function getCustomerEmail(admin: AdminGraphql, customerId: string): Promise<{ email: string | null; firstName: string | null } | null> {
  const card = await getCustomerCard(admin, customerId);
  return card ? { email: card.email, firstName: card.firstName } : null;
}

export const INBOX_CUSTOMER_SEARCH_QUERY = `#graphql
  query InboxCustomerSearch($query: String!) {
    customers(first: 20, query: $query) { nodes { id } }
  }
`;

/** Customers whose name or email matches, for the Inbox search; empty when the Admin API can't answer. */
export async function searchCustomerIds(admin: AdminGraphql, term: string): Promise<string[]> {
  try {
    const { data } = await runAdminQuery<InboxCustomerSearchQuery, InboxCustomerSearchQueryVariables>(admin, INBOX_CUSTOMER_SEARCH_QUERY, {
      query: term.replace(/["\\]/g, " ").trim(),
    });
    return data.customers.nodes.map((n) => n.id);
  } catch {
    // Searching our own conversations still works without Shopify.
    return [];
  }
}
