import { describe, expect, it } from "vitest";
import { buildSchema, NoDeprecatedCustomRule, parse, specifiedRules, validate } from "graphql";
import { readFileSync } from "node:fs";
import { createSimulatedAdmin, TEST_SHOP } from "../../simulated-shop/test-admin.server";
import { simulateOutage } from "../../simulated-shop/failures.server";
import { SEED_SEGMENTS } from "../../simulated-shop/seed.server";
import { listSegmentsSafely, SEGMENTS_QUERY } from "./segments.server";

describe("listSegmentsSafely", () => {
  it("is valid against the 2026-07 Admin schema and uses no deprecated fields", () => {
    const schema = buildSchema(readFileSync("app/simulated-shop/schema/admin_2026-07.graphql", "utf8"));
    expect(validate(schema, parse(SEGMENTS_QUERY), [...specifiedRules, NoDeprecatedCustomRule])).toEqual([]);
  });

  it("lists the shop's segments for the Automation page", async () => {
    const admin = await createSimulatedAdmin();
    const result = await listSegmentsSafely(admin);
    expect(result.available).toBe(true);
    expect(result.items).toEqual(expect.arrayContaining([{ id: SEED_SEGMENTS.vip.id, name: SEED_SEGMENTS.vip.name }]));
  });

  it("reports segments unavailable instead of failing the page when Shopify errors", async () => {
    const admin = await createSimulatedAdmin();
    simulateOutage(TEST_SHOP, { status: 503, times: 5 });
    expect(await listSegmentsSafely(admin)).toEqual({ available: false, items: [] });
  });
});
