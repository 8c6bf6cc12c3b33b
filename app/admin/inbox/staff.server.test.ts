import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintSessionToken } from "../../../scripts/demo/session-token";
import { SEED_STAFF } from "../../simulated-shop/seed.server";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.server";
import { listStaff } from "../../domain/conversations/inbox.server";
import { currentStaff, UNNAMED_STAFF } from "./staff.server";

// Staff identity through the real authenticate.admin with online access (useOnlineTokens): the session token names the
// staff member, the token exchange (answered by the simulated shop, like Shopify) returns their online session.
const SHOP = "staff-identity.myshopify.com";
let t: TestDatabase;
let shopify: typeof import("../../shopify.server");

beforeAll(async () => {
  t = await createTestDatabase("sqlite");
  process.env.DATABASE_URL = t.url;
  shopify = await import("../../shopify.server");
});
afterAll(() => t.drop());

async function signIn(userId: string) {
  const token = await mintSessionToken({ shop: SHOP, apiKey: "testApiKey", apiSecret: "testApiSecretKey", userId });
  const request = new Request("https://my-test-app.myshopify.io/app/inbox", { headers: { Authorization: `Bearer ${token}` } });
  return shopify.authenticate.admin(request);
}

describe("staff identity from online access", () => {
  it("signs as the staff member the session token names, with the staff id from the token", async () => {
    const [owner, colleague] = SEED_STAFF;
    const first = await signIn(String(owner.id));
    expect(first.session.isOnline).toBe(true);
    expect(await currentStaff(t.prisma, first)).toEqual({ id: String(owner.id), name: owner.first_name });

    const second = await signIn(String(colleague.id));
    expect(await currentStaff(t.prisma, second)).toEqual({ id: String(colleague.id), name: colleague.first_name });

    // Both now have online sessions (and the shop its offline one for jobs and the app proxy): both can be assigned.
    expect((await listStaff(t.prisma, SHOP)).map((s) => s.id).sort()).toEqual([String(owner.id), String(colleague.id)].sort());
    expect(await t.prisma.session.count({ where: { shop: SHOP, isOnline: false } })).toBe(1);

    // The next request finds the stored online session for that user instead of exchanging again.
    const again = await signIn(String(colleague.id));
    expect(again.session.id).toBe(second.session.id);
    expect(await currentStaff(t.prisma, again)).toEqual({ id: String(colleague.id), name: colleague.first_name });
  });

  it("falls back to the stored online session's name, and to the team's name without any", async () => {
    const [owner] = SEED_STAFF;
    const offline = { session: { shop: SHOP }, sessionToken: { sub: String(owner.id) } };
    expect(await currentStaff(t.prisma, offline)).toEqual({ id: String(owner.id), name: owner.first_name });
    expect(await currentStaff(t.prisma, { session: { shop: SHOP }, sessionToken: { sub: "4242" } })).toEqual({ id: "4242", name: UNNAMED_STAFF });
    expect(await currentStaff(t.prisma, { session: { shop: SHOP }, sessionToken: null })).toEqual({ id: null, name: UNNAMED_STAFF });
  });
});
