import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { databaseVerificationGuard, MAX_FAILED_VERIFICATIONS, type VerificationScope } from "./verification-guard.server";

describe.each(testProviders())("wrong-email limits on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  const scope = (over: Partial<VerificationScope>): VerificationScope => ({
    shop: "guard.myshopify.com",
    conversationId: `c-${Math.random()}`,
    visitorId: `v-${Math.random()}`,
    orderNumber: "1001",
    email: null,
    signedIn: false,
    ...over,
  });

  it("is shared by every instance: a second guard on the same database sees the first one's counts", async () => {
    const visitorId = "visitor-shared";
    const one = databaseVerificationGuard(t.prisma);
    const two = databaseVerificationGuard(t.prisma); // another instance, or the same one after a restart
    for (let i = 0; i < MAX_FAILED_VERIFICATIONS; i++) await one.recordFailure(scope({ visitorId, orderNumber: `20${i}`, email: `x${i}@example.org` }));
    expect(await two.lockedBy(scope({ visitorId, orderNumber: "9999" }))).toBe("visitor");
    expect(await two.lockedBy(scope({}))).toBeNull();
  });

  it("limits a signed-in customer's guesses too, but never locks them out of an order by strangers' guesses", async () => {
    const guard = databaseVerificationGuard(t.prisma);
    for (let i = 0; i < 5; i++) await guard.recordFailure(scope({ orderNumber: "3003", email: `g${i}@example.org` }));
    expect(await guard.lockedBy(scope({ orderNumber: "3003" }))).toBe("order");
    expect(await guard.lockedBy(scope({ orderNumber: "3003", signedIn: true }))).toBeNull();

    const customer = "visitor-signed-in";
    for (let i = 0; i < MAX_FAILED_VERIFICATIONS; i++) await guard.recordFailure(scope({ visitorId: customer, signedIn: true, orderNumber: `40${i}` }));
    expect(await guard.lockedBy(scope({ visitorId: customer, signedIn: true, orderNumber: "5005" }))).toBe("visitor");
  });

  it("limits one email tried against many orders", async () => {
    const guard = databaseVerificationGuard(t.prisma);
    for (let i = 0; i < 5; i++) await guard.recordFailure(scope({ orderNumber: `60${i}`, email: "Target@Example.org" }));
    expect(await guard.lockedBy(scope({ orderNumber: "7007", email: "target@example.org" }))).toBe("email");
  });
});
