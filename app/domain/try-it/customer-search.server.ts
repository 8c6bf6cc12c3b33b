import { runAdminQuery, type AdminGraphql } from "../shop-data/admin-api.server";
import type { TryItCustomerSearchQuery, TryItCustomerSearchQueryVariables } from "~/types/admin.generated";

export const CUSTOMER_SEARCH_QUERY = `#graphql
  query TryItCustomerSearch($query: String!) {
    customers(first: 10, query: $query, sortKey: UPDATED_AT, reverse: true) {
      nodes { id displayName defaultEmailAddress { emailAddress } numberOfOrders tags }
    }
  }
`;

export interface CustomerChoice {
  id: string;
  name: string;
  email: string | null;
  orders: number;
  tags: string[];
}

/** Customers matching the merchant's search (name, email, ...), for "try it as this customer". */
export async function searchCustomers(admin: AdminGraphql, text: string): Promise<CustomerChoice[]> {
  const { data } = await runAdminQuery<TryItCustomerSearchQuery, TryItCustomerSearchQueryVariables>(admin, CUSTOMER_SEARCH_QUERY, { query: text.trim() });
  return data.customers.nodes.map((c) => ({
    id: c.id,
    name: c.displayName,
    email: c.defaultEmailAddress?.emailAddress ?? null,
    orders: Number(c.numberOfOrders ?? 0),
    tags: c.tags ?? [],
  }));
}
