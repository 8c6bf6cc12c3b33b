import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { DEFAULT_SETTINGS } from "../routing/settings";
import { loadShopSettings, saveShopSettings } from "./shop-settings-store.server";

describe.each(testProviders())("shop settings on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("gives a new shop the safe defaults", async () => {
    expect(await loadShopSettings(t.prisma, "new.myshopify.com")).toEqual(DEFAULT_SETTINGS);
  });

  it("saves per shop and reads back what was saved", async () => {
    const result = await saveShopSettings(t.prisma, "a.myshopify.com", {
      ...DEFAULT_SETTINGS,
      intents: { ...DEFAULT_SETTINGS.intents, order_status: "human" },
      holdoutPercent: 10,
    });
    expect(result.ok).toBe(true);
    const loaded = await loadShopSettings(t.prisma, "a.myshopify.com");
    expect(loaded.intents.order_status).toBe("human");
    expect(loaded.holdoutPercent).toBe(10);
    expect((await loadShopSettings(t.prisma, "b.myshopify.com")).intents.order_status).toBe("automate");
  });

  it("rejects bad input with field errors and keeps what was saved", async () => {
    await saveShopSettings(t.prisma, "c.myshopify.com", { holdoutPercent: 5 });
    const result = await saveShopSettings(t.prisma, "c.myshopify.com", { holdoutPercent: 90, businessHours: { timezone: "Mars/Olympus" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(expect.arrayContaining(["holdoutPercent", "businessHours.timezone"]));
    expect((await loadShopSettings(t.prisma, "c.myshopify.com")).holdoutPercent).toBe(5);
  });

  it("falls back to defaults when a stored row no longer parses", async () => {
    await t.prisma.shopSettings.create({ data: { shop: "broken.myshopify.com", settings: "{not json" } });
    expect(await loadShopSettings(t.prisma, "broken.myshopify.com")).toEqual(DEFAULT_SETTINGS);
  });
});
