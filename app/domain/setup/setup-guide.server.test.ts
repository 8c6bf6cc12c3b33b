import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_SHOP, SEED_THEMES, themeSettingsData } from "~/simulated-shop/seed.server";
import { configureSimulatedShop, DEFAULT_SIMULATED_SCOPES, getSimulatedShop } from "~/simulated-shop/state.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { saveShopSettings, loadShopSettings } from "../settings/shop-settings-store.server";
import { appEmbedStatus, embedStateFromSettingsData, markSetup, setupGuide, themeEditorUrl } from "./setup-guide.server";

function setMainThemeEmbed(enabled: boolean) {
  const theme = getSimulatedShop(TEST_SHOP).data.themes.find((t) => t.id === SEED_THEMES.main.id)!;
  (theme.files as Array<{ filename: string; body: { content: string } }>).find((f) => f.filename === "config/settings_data.json")!.body.content = themeSettingsData(enabled);
}

describe("app embed state in settings_data.json", () => {
  it("reads Shopify's commented file, a preset-named current, and a disabled block", () => {
    expect(embedStateFromSettingsData(themeSettingsData(true))).toBe("on");
    expect(embedStateFromSettingsData(themeSettingsData(false))).toBe("off");
    const viaPreset = JSON.stringify({ current: "Default", presets: { Default: { blocks: { a: { type: "shopify://apps/x/blocks/help-bubble/1", disabled: false } } } } });
    expect(embedStateFromSettingsData(viaPreset)).toBe("on");
    expect(embedStateFromSettingsData(JSON.stringify({ current: {} }))).toBe("off");
  });

  it("builds the theme editor deep link that activates the embed", () => {
    expect(themeEditorUrl("shop.myshopify.com", "abc123")).toBe(
      "https://shop.myshopify.com/admin/themes/current/editor?context=apps&activateAppId=abc123/help-bubble",
    );
  });

  it("reads the live theme through the Admin API, and says unknown without the read_themes scope", async () => {
    const admin = await createSimulatedAdmin(TEST_SHOP);
    expect(await appEmbedStatus(admin)).toEqual({ state: "on", themeName: SEED_THEMES.main.name });
    setMainThemeEmbed(false);
    expect((await appEmbedStatus(admin)).state).toBe("off");
    configureSimulatedShop(TEST_SHOP, { scopes: DEFAULT_SIMULATED_SCOPES.filter((s) => s !== "read_themes") });
    const denied = await appEmbedStatus(await createSimulatedAdmin(TEST_SHOP));
    expect(denied.state).toBe("unknown");
    expect(denied.problem).toBe("missing_read_themes");
  });
});

describe.each(testProviders())("setup guide on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  it("starts a new shop in its own time zone and ticks each step from what it finds", async () => {
    const admin = await createSimulatedAdmin(TEST_SHOP);
    setMainThemeEmbed(false);
    const first = await setupGuide(t.prisma, TEST_SHOP, { admin, apiKey: "key" });
    expect(first.hours.timezone).toBe(SEED_SHOP.ianaTimezone);
    // Handoff notifications default to the shop's own contact email, so that step starts done.
    expect((await loadShopSettings(t.prisma, TEST_SHOP)).businessHours.timezone).toBe(SEED_SHOP.ianaTimezone);
    expect(Object.fromEntries(first.steps.map((s) => [s.id, s.done]))).toEqual({ embed: false, hours: false, notifications: true, try: false });
    expect(first.done).toBe(false);

    setMainThemeEmbed(true);
    await markSetup(t.prisma, TEST_SHOP, "hoursConfirmedAt");
    await markSetup(t.prisma, TEST_SHOP, "testMessageAt");
    const later = await setupGuide(t.prisma, TEST_SHOP, { admin, apiKey: "key" });
    expect(Object.fromEntries(later.steps.map((s) => [s.id, s.done]))).toMatchObject({ embed: true, hours: true, try: true });
  });

  it("never overwrites settings the merchant already saved", async () => {
    const shop = "saved.myshopify.com";
    await saveShopSettings(t.prisma, shop, { businessHours: { timezone: "Europe/Berlin" } });
    const admin = await createSimulatedAdmin(TEST_SHOP);
    const guide = await setupGuide(t.prisma, shop, { admin, apiKey: "key" });
    expect(guide.hours.timezone).toBe("Europe/Berlin");
  });

  it("counts a real conversation as a first message", async () => {
    const shop = "busy-setup.myshopify.com";
    await t.prisma.conversation.create({ data: { shop, visitorId: "v-setup-1" } });
    const guide = await setupGuide(t.prisma, shop, { admin: await createSimulatedAdmin(TEST_SHOP), apiKey: "key" });
    expect(guide.steps.find((s) => s.id === "try")?.done).toBe(true);
  });
});
