import { Session } from "@shopify/shopify-api";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../testing/test-database.server";
import { SwitchboardSessionStorage } from "./session-storage.server";

const SHOP = "session-storage-test.myshopify.com";

// The app's storage reads sessions on its own path; it must hand back exactly what Shopify's package would.
describe.each(testProviders())("session storage on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  const offline = () => new Session({ id: `offline_${SHOP}`, shop: SHOP, state: "s1", isOnline: false, scope: "read_orders", accessToken: "shpat_1" });
  const online = () =>
    new Session({
      id: `${SHOP}_902541635123`,
      shop: SHOP,
      state: "s2",
      isOnline: true,
      scope: "read_products",
      accessToken: "shpua_2",
      expires: new Date(Date.UTC(2031, 4, 6, 7, 8, 9, 123)),
      onlineAccessInfo: {
        expires_in: 86_399,
        associated_user_scope: "read_products",
        // Larger than 2^31: the column is a BigInt.
        associated_user: { id: 902541635123, first_name: "Ada", last_name: "Lovelace", email: "ada@example.com", email_verified: true, account_owner: true, locale: "fr", collaborator: true },
      },
    });

  it("loads what the package stores, field for field as the package's own loadSession does", async () => {
    const ours = new SwitchboardSessionStorage(t.prisma);
    const theirs = new PrismaSessionStorage(t.prisma);
    for (const session of [offline(), online()]) {
      expect(await ours.storeSession(session)).toBe(true);
      const expected = await theirs.loadSession(session.id);
      const loaded = await ours.loadSession(session.id);
      expect(loaded).toBeDefined();
      expect(loaded?.toPropertyArray(true)).toEqual(expected?.toPropertyArray(true));
      expect(loaded?.isActive(undefined)).toBe(expected?.isActive(undefined));
    }
    const [, online2] = [offline(), online()];
    expect((await ours.loadSession(online2.id))?.expires?.toISOString()).toBe("2031-05-06T07:08:09.123Z");
  });

  it("returns undefined for a session that does not exist, and after it is deleted", async () => {
    const storage = new SwitchboardSessionStorage(t.prisma);
    expect(await storage.loadSession("offline_nobody.myshopify.com")).toBeUndefined();
    await storage.storeSession(offline());
    await storage.deleteSession(offline().id);
    expect(await storage.loadSession(offline().id)).toBeUndefined();
  });
});
