import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { SEED_CUSTOMERS, SEED_SEGMENTS, SEED_SHOP } from "~/simulated-shop/seed.server";
import { getSimulatedShopRequests } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import type { AdminGraphql } from "./admin-api.server";
import { getCustomerProfile } from "./customers.server";
import { getShopPolicies, htmlToText } from "./shop.server";
import { TtlCache } from "./ttl-cache.server";

let admin: AdminGraphql;
beforeAll(async () => {
  admin = await createSimulatedAdmin(TEST_SHOP);
});
let cache = new TtlCache<unknown>();
afterEach(() => {
  cache = new TtlCache<unknown>();
});
const requests = () => getSimulatedShopRequests(TEST_SHOP).length;

describe("getCustomerProfile", () => {
  it("reads tags, spend, order count and membership of the requested segments", async () => {
    const vip = SEED_CUSTOMERS.vip;
    const profile = await getCustomerProfile(admin, vip.id.split("/").pop()!, [SEED_SEGMENTS.vip.id, SEED_SEGMENTS.wholesale.id]);
    expect(profile?.customerId).toBe(vip.id);
    expect(profile?.tags).toEqual([...vip.tags]);
    expect(profile?.amountSpent).toBeGreaterThan(0);
    expect(profile?.numberOfOrders).toBeGreaterThan(0);
    expect(profile?.segmentIds).toEqual([SEED_SEGMENTS.vip.id]);
  });

  it("skips the membership check when no segments are configured", async () => {
    const profile = await getCustomerProfile(admin, SEED_CUSTOMERS.new.id);
    expect(profile).toMatchObject({ customerId: SEED_CUSTOMERS.new.id, numberOfOrders: 0, segmentIds: [] });
  });

  it("returns null for an unknown customer", async () => {
    expect(await getCustomerProfile(admin, "gid://shopify/Customer/1")).toBeNull();
  });

  it("caches per shop, so a second message doesn't hit the API", async () => {
    const first = await getCustomerProfile(admin, SEED_CUSTOMERS.wholesale.id, [], { shop: TEST_SHOP, cache });
    const before = requests();
    const second = await getCustomerProfile(admin, SEED_CUSTOMERS.wholesale.id, [], { shop: TEST_SHOP, cache });
    expect(second).toEqual(first);
    expect(requests()).toBe(before);
    // Another shop with the same customer id is a different entry.
    await getCustomerProfile(admin, SEED_CUSTOMERS.wholesale.id, [], { shop: "other.myshopify.com", cache });
    expect(requests()).toBe(before + 1);
  });
});

describe("getShopPolicies", () => {
  it("returns refund and shipping policies as text with their links", async () => {
    const policies = await getShopPolicies(admin);
    expect(policies.shopName).toBe(SEED_SHOP.name);
    expect(policies.ianaTimezone).toBe(SEED_SHOP.ianaTimezone);
    expect(policies.refund?.text).toContain(`${SEED_SHOP.refundWindowDays} days`);
    expect(policies.refund?.text).not.toMatch(/<[a-z]/);
    expect(policies.refund?.url).toMatch(/^https?:\/\//);
    expect(policies.shipping?.text).toBeTruthy();
  });

  it("strips HTML and decodes entities", () => {
    expect(htmlToText("<p>Free &amp; fast&nbsp;shipping</p><p>Within 5&#8211;7 days</p>")).toBe("Free & fast shipping\nWithin 5–7 days");
  });
});
