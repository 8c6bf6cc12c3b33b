// The shopper's customer profile, as the routing policy needs it (spend, order count, tags, segments).
import type { CustomerProfile } from "../routing/types";
import { runAdminQuery, type AdminGraphql } from "./admin-api.server";
import { toGid } from "./ids";
import { cacheKey, shopDataCache } from "./ttl-cache.server";
import type { LookupOptions } from "./types";
import type { CustomerProfileQuery, CustomerProfileQueryVariables } from "~/types/admin.generated";

export const CUSTOMER_PROFILE_QUERY = `#graphql
  query CustomerProfile($id: ID!, $segmentIds: [ID!]!, $withSegments: Boolean!) {
    customer(id: $id) {
      id
      amountSpent { amount currencyCode }
      numberOfOrders
      tags
    }
    customerSegmentMembership(customerId: $id, segmentIds: $segmentIds) @include(if: $withSegments) {
      memberships { segmentId isMember }
    }
  }
`;

/**
 * Profile of a logged-in shopper; null when the customer doesn't exist (deleted, or an id from another shop).
 * `segmentIds` are the merchant's "always a person" segments; only membership in those is checked.
 * Cached per shop for a minute when `options.shop` is given.
 */
export async function getCustomerProfile(
  admin: AdminGraphql,
  customerId: string,
  segmentIds: readonly string[] = [],
  options: LookupOptions = {},
): Promise<CustomerProfile | null> {
  const id = toGid("Customer", customerId);
  const segments = [...new Set(segmentIds.map((s) => toGid("Segment", s)))].sort();
  const load = async (): Promise<CustomerProfile | null> => {
    const { data } = await runAdminQuery<CustomerProfileQuery, CustomerProfileQueryVariables>(
      admin,
      CUSTOMER_PROFILE_QUERY,
      { id, segmentIds: segments, withSegments: segments.length > 0 },
      options,
    );
    if (!data.customer) return null;
    return {
      customerId: data.customer.id,
      tags: data.customer.tags ?? [],
      amountSpent: Number(data.customer.amountSpent?.amount ?? 0),
      numberOfOrders: Number(data.customer.numberOfOrders ?? 0),
      segmentIds: (data.customerSegmentMembership?.memberships ?? []).filter((m) => m.isMember).map((m) => m.segmentId),
    };
  };
  if (!options.shop) return load();
  const cache = options.cache ?? shopDataCache;
  // No stale window: routing reads the profile (VIP segments, tags, spend always go to a person), so an expired
  // profile is loaded again before the message is routed, never served while it refreshes.
  return (await cache.getOrLoad(cacheKey(options.shop, "customer", `${id}|${segments.join(",")}`), load)) as CustomerProfile | null;
}
