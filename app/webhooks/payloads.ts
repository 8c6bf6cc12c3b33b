import { z } from "zod";

// The parts of Shopify's webhook payloads this app reads, checked after the HMAC: Shopify signs what it sends, but a
// payload that is not what the handler expects (an API version change, a replayed body from elsewhere) must end in a
// 4xx the logs explain, not a 500 Shopify keeps retrying. Everything else in a payload passes through unread.

/** Webhook bodies this app subscribes to are a few KB; compliance requests listing many orders stay well under this. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

/** A Shopify numeric id as the REST payloads carry it: a safe positive integer, or the same digits as a string. */
const legacyId = z.union([
  z.number().int("id must be an integer").positive("id must be positive").max(Number.MAX_SAFE_INTEGER, "id is too large"),
  z.string().regex(/^\d{1,16}$/, "id must be digits"),
]);

export const appUninstalledPayload = z.object({}).passthrough();

export const scopesUpdatePayload = z
  .object({ current: z.array(z.string().max(200)).max(500) })
  .passthrough();

export const inventoryLevelUpdatePayload = z
  .object({
    inventory_item_id: legacyId,
    location_id: legacyId.nullish(),
    available: z.number().int("available must be an integer").min(-1e9).max(1e9).nullable(),
    updated_at: z.string().max(64).optional(),
    admin_graphql_api_id: z.string().max(200).optional(),
  })
  .passthrough();

const customer = z
  .object({
    id: legacyId.nullish(),
    email: z.string().max(320).nullish(),
    phone: z.string().max(64).nullish(),
  })
  .passthrough();

// Shopify's HMAC covers the body, not the X-Shopify-Shop-Domain header: the route checks that the signed shop_domain
// is the shop the header names, so a captured compliance body cannot be replayed against another shop's data.
const shopRef = { shop_id: legacyId.optional(), shop_domain: z.string().min(1).max(255) };

export const compliancePayloads = {
  CUSTOMERS_DATA_REQUEST: z.object({ ...shopRef, customer, orders_requested: z.array(legacyId).max(100_000).optional() }).passthrough(),
  CUSTOMERS_REDACT: z.object({ ...shopRef, customer, orders_to_redact: z.array(legacyId).max(100_000).optional() }).passthrough(),
  SHOP_REDACT: z.object(shopRef).passthrough(),
} as const;

export type ComplianceTopic = keyof typeof compliancePayloads;

/** Shopify's header says "customers/redact"; the library hands it over as "CUSTOMERS_REDACT". Either is accepted. */
export function complianceTopic(topic: string): ComplianceTopic | null {
  const key = topic.toUpperCase().replace(/\//g, "_");
  return Object.hasOwn(compliancePayloads, key) ? (key as ComplianceTopic) : null;
}
