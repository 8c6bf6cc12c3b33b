import { describe, expect, it } from "vitest";
import { INTENTS } from "../understanding/types";
import {
  DEFAULT_SETTINGS,
  ShopSettingsError,
  defaultSettingsFor,
  parseShopSettings,
  shopSettingsSchema,
} from "./settings";

function errorOf(input: unknown): ShopSettingsError {
  try {
    parseShopSettings(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ShopSettingsError);
    return e as ShopSettingsError;
  }
  throw new Error("expected parseShopSettings to throw");
}

describe("parseShopSettings: defaults", () => {
  it.each([undefined, null, {}])("fills every field for %j", (input) => {
    expect(parseShopSettings(input)).toEqual(DEFAULT_SETTINGS);
  });

  it("has a mode for every intent", () => {
    expect(Object.keys(DEFAULT_SETTINGS.intents).sort()).toEqual([...INTENTS].sort());
  });

  it("automates routine intents and sends judgment calls to people", () => {
    const i = DEFAULT_SETTINGS.intents;
    for (const intent of [
      "order_status",
      "shipping_info",
      "return_policy",
      "return_request",
      "product_availability",
      "greeting",
      "other",
      "discount_question",
      "product_question",
      "account",
    ] as const) {
      expect(i[intent], intent).toBe("automate");
    }
    for (const intent of [
      "cancel_order",
      "change_order",
      "damaged_or_wrong_item",
      "complaint",
      "human_agent",
      "payment_issue",
    ] as const) {
      expect(i[intent], intent).toBe("human");
    }
  });

  it("uses the documented scalar defaults", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      confidenceThreshold: 0.6,
      negativeSentimentThreshold: -0.5,
      holdoutPercent: 0,
      allowBotCancellation: false,
      showExactStock: false,
      returnWindowDays: 30,
      alwaysHuman: {
        segmentIds: [],
        tags: ["VIP"],
        minLifetimeSpend: null,
        minOrderCount: null,
        minOrderValue: null,
      },
    });
  });

  it("defaults to weekday 09:00–17:00 in America/New_York, Sunday first", () => {
    const { timezone, days } = DEFAULT_SETTINGS.businessHours;
    expect(timezone).toBe("America/New_York");
    expect(days).toHaveLength(7);
    expect(days[0]).toBeNull();
    expect(days[6]).toBeNull();
    for (let d = 1; d <= 5; d++) expect(days[d]).toEqual({ open: "09:00", close: "17:00" });
  });

  it("keeps DEFAULT_SETTINGS immutable and hands out independent copies", () => {
    expect(() => {
      (DEFAULT_SETTINGS.alwaysHuman.tags as string[]).push("x");
    }).toThrow();
    const a = parseShopSettings({});
    a.alwaysHuman.tags.push("Wholesale");
    a.intents.order_status = "human";
    expect(parseShopSettings({}).alwaysHuman.tags).toEqual(["VIP"]);
    expect(parseShopSettings({}).intents.order_status).toBe("automate");
  });

  it("seeds the time zone from the shop when it is valid", () => {
    expect(defaultSettingsFor({ ianaTimezone: "Europe/Berlin" }).businessHours.timezone).toBe(
      "Europe/Berlin",
    );
    expect(defaultSettingsFor({ ianaTimezone: "Not/AZone" }).businessHours.timezone).toBe(
      "America/New_York",
    );
    expect(defaultSettingsFor({ ianaTimezone: null }).businessHours.timezone).toBe(
      "America/New_York",
    );
  });
});

describe("parseShopSettings: partial and old settings", () => {
  it("fills what is missing at every depth and keeps what is given", () => {
    const s = parseShopSettings({
      confidenceThreshold: 0.75,
      intents: { discount_question: "automate", order_status: "human" },
      alwaysHuman: { minLifetimeSpend: 1000 },
      businessHours: { timezone: "Europe/Berlin" },
    });
    expect(s.confidenceThreshold).toBe(0.75);
    expect(s.intents.discount_question).toBe("automate");
    expect(s.intents.order_status).toBe("human");
    expect(s.intents.complaint).toBe("human");
    expect(s.intents.shipping_info).toBe("automate");
    expect(s.alwaysHuman).toEqual({
      segmentIds: [],
      tags: ["VIP"],
      minLifetimeSpend: 1000,
      minOrderCount: null,
      minOrderValue: null,
    });
    expect(s.businessHours.timezone).toBe("Europe/Berlin");
    expect(s.businessHours.days).toEqual(DEFAULT_SETTINGS.businessHours.days);
    expect(s.holdoutPercent).toBe(0);
    expect(s.returnWindowDays).toBe(30);
  });

  it("drops keys it no longer knows, such as a retired intent", () => {
    const s = parseShopSettings({ intents: { gift_cards: "automate" }, legacyFlag: true });
    expect(s.intents).not.toHaveProperty("gift_cards");
    expect(s).not.toHaveProperty("legacyFlag");
  });

  it("round-trips through JSON", () => {
    const s = parseShopSettings({
      holdoutPercent: 10,
      alwaysHuman: { tags: ["VIP", "Wholesale"], minOrderCount: 5 },
      businessHours: {
        timezone: "Asia/Kolkata",
        days: [null, { open: "10:00", close: "24:00" }, null, null, null, null, null],
      },
    });
    expect(parseShopSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it("trims tags", () => {
    expect(parseShopSettings({ alwaysHuman: { tags: ["  VIP "] } }).alwaysHuman.tags).toEqual([
      "VIP",
    ]);
  });

  it("exposes the schema for the admin form", () => {
    expect(shopSettingsSchema.safeParse({ holdoutPercent: 10 }).success).toBe(true);
    expect(shopSettingsSchema.safeParse({ holdoutPercent: 51 }).success).toBe(false);
  });
});

describe("parseShopSettings: bad values", () => {
  it.each([
    [{ businessHours: { timezone: "Mars/Olympus_Mons" } }, "businessHours.timezone", "not a valid IANA time zone"],
    [{ confidenceThreshold: 2 }, "confidenceThreshold", "between 0 and 1"],
    [{ confidenceThreshold: -0.1 }, "confidenceThreshold", "between 0 and 1"],
    [{ holdoutPercent: 90 }, "holdoutPercent", "between 0 and 50"],
    [{ holdoutPercent: 12.5 }, "holdoutPercent", "whole number"],
    [{ negativeSentimentThreshold: 0.3 }, "negativeSentimentThreshold", "between -1 and 0"],
    [{ intents: { order_status: "robot" } }, "intents.order_status", "automate"],
    [{ alwaysHuman: { minLifetimeSpend: -5 } }, "alwaysHuman.minLifetimeSpend", ""],
    [{ alwaysHuman: { minOrderCount: 2.5 } }, "alwaysHuman.minOrderCount", ""],
    [{ returnWindowDays: 400 }, "returnWindowDays", "between 0 and 365"],
    [{ showExactStock: "yes" }, "showExactStock", ""],
    [{ businessHours: { days: [null, null, null] } }, "businessHours.days", "exactly 7"],
    [
      { businessHours: { days: [null, null, null, null, null, null, null] } },
      "businessHours.days",
      "at least one day",
    ],
    [
      { businessHours: { days: [null, { open: "17:00", close: "09:00" }, null, null, null, null, null] } },
      "businessHours.days.1",
      "open must be before close",
    ],
    [
      { businessHours: { days: [null, { open: "9am", close: "17:00" }, null, null, null, null, null] } },
      "businessHours.days.1.open",
      "HH:MM",
    ],
    [
      { businessHours: { days: [null, { open: "09:00", close: "25:00" }, null, null, null, null, null] } },
      "businessHours.days.1.close",
      "HH:MM",
    ],
  ])("rejects %j at %s", (input, path, text) => {
    const err = errorOf(input);
    expect(err.message).toContain("Invalid shop settings");
    expect(err.message).toContain(`${path}:`);
    expect(err.message).toContain(text);
    expect(err.issues.some((i) => i.path.join(".") === path)).toBe(true);
  });

  it("reports every bad field at once", () => {
    const err = errorOf({
      confidenceThreshold: 2,
      holdoutPercent: 90,
      businessHours: { timezone: "Nowhere/Land" },
    });
    expect(err.message).toContain("confidenceThreshold:");
    expect(err.message).toContain("holdoutPercent:");
    expect(err.message).toContain("businessHours.timezone:");
  });

  it.each(["settings", 42, [], true])("rejects a non-object %j", (input) => {
    expect(() => parseShopSettings(input)).toThrow(ShopSettingsError);
  });

  it("accepts close 24:00 and rejects open 24:00", () => {
    const days = (d: unknown) => [null, d, null, null, null, null, null];
    expect(() =>
      parseShopSettings({ businessHours: { days: days({ open: "00:00", close: "24:00" }) } }),
    ).not.toThrow();
    expect(() =>
      parseShopSettings({ businessHours: { days: days({ open: "24:00", close: "24:00" }) } }),
    ).toThrow(/businessHours\.days\.1\.open: must be "HH:MM"/);
  });

  it("reports a malformed time once, not also as an ordering error", () => {
    const err = errorOf({
      businessHours: { days: [null, { open: "9am", close: "17:00" }, null, null, null, null, null] },
    });
    expect(err.issues.map((i) => i.path.join("."))).toEqual(["businessHours.days.1.open"]);
  });
});
