import { beforeAll, describe, expect, it } from "vitest";
import { SEED_PRODUCTS, SEED_VARIANTS } from "~/simulated-shop/seed.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import type { AdminGraphql } from "./admin-api.server";
import { askedOptionWords } from "../understanding/product-words";
import { findProductAvailability, optionValuesInText } from "./products.server";

let admin: AdminGraphql;
beforeAll(async () => {
  admin = await createSimulatedAdmin(TEST_SHOP);
});

const lowStockOptions = SEED_VARIANTS.lowStock.title.split(" / ");

describe("findProductAvailability", () => {
  it("narrows to the variant named in the message and reports low stock without a count by default", async () => {
    const result = await findProductAvailability(
      admin,
      { productId: SEED_PRODUCTS.trailRunner.id, messageText: `do you have the trail runner in size ${lowStockOptions[0]}, ${lowStockOptions[1].toLowerCase()}?` },
      { showExactStock: false },
    );
    if (result.kind !== "found") throw new Error("not found");
    expect(result.variants.map((v) => v.sku)).toEqual([SEED_VARIANTS.lowStock.sku]);
    expect(result.variants[0].stock).toBe("low");
    expect(result.variants[0].quantity).toBeNull();
    expect([...result.matchedOptions].sort()).toEqual([...lowStockOptions].sort());
  });

  it("shows exact counts only when the merchant allows it", async () => {
    const result = await findProductAvailability(admin, { productId: SEED_PRODUCTS.trailRunner.id, optionValues: lowStockOptions }, { showExactStock: true });
    if (result.kind !== "found") throw new Error("not found");
    expect(result.variants[0].quantity).toBe(SEED_VARIANTS.lowStock.available);
  });

  it("reports a sold-out product as out of stock", async () => {
    const result = await findProductAvailability(admin, { productId: SEED_PRODUCTS.trekkingPoles.id }, { showExactStock: false });
    if (result.kind !== "found") throw new Error("not found");
    expect(result.variants.every((v) => v.stock === "out_of_stock")).toBe(true);
    expect(result.variants[0].inventoryItemId).toMatch(/^gid:\/\/shopify\/InventoryItem\//);
  });

  it("treats untracked inventory (gift cards) as in stock", async () => {
    const result = await findProductAvailability(admin, { productId: SEED_PRODUCTS.giftCard.id }, { showExactStock: true });
    if (result.kind !== "found") throw new Error("not found");
    expect(result.variants.every((v) => v.stock === "in_stock" && v.quantity === null)).toBe(true);
  });

  it("says which requested options don't exist instead of ignoring them", async () => {
    const result = await findProductAvailability(admin, { productId: SEED_PRODUCTS.trailRunner.id, optionValues: ["Purple"] }, { showExactStock: false });
    if (result.kind !== "found") throw new Error("not found");
    expect(result.unmatchedOptions).toEqual(["Purple"]);
    expect(result.variants.length).toBeGreaterThan(1);
  });

  it("names a colour or size the shopper asked for that no variant has, and selects one a value contains", async () => {
    const ask = (productId: string, messageText: string) =>
      findProductAvailability(admin, { productId, messageText, askedWords: askedOptionWords(messageText) }, { showExactStock: false });
    const red = await ask(SEED_PRODUCTS.beanie.id, "the beanie in red?");
    if (red.kind !== "found") throw new Error("not found");
    expect(red.unmatchedOptions).toEqual(["red"]);
    expect(red.variants).toHaveLength(3);
    const twelve = await ask(SEED_PRODUCTS.trailRunner.id, "do you have the trail runner in size 12, slate?");
    if (twelve.kind !== "found") throw new Error("not found");
    expect(twelve.unmatchedOptions).toEqual(["12"]);
    const blue = await ask(SEED_PRODUCTS.downJacket.id, "the down jacket in blue, size M");
    if (blue.kind !== "found") throw new Error("not found");
    expect(blue.unmatchedOptions).toEqual([]);
    expect(blue.variants.map((v) => v.title)).toEqual(["M / Glacier Blue"]);
  });

  it("finds a product by free text and reports unknown products as not found", async () => {
    const found = await findProductAvailability(admin, { query: SEED_PRODUCTS.beanie.title }, { showExactStock: false });
    expect(found.kind === "found" && found.product.id).toBe(SEED_PRODUCTS.beanie.id);
    const missing = await findProductAvailability(admin, { query: "unicorn saddle" }, { showExactStock: false });
    expect(missing.kind).toBe("not_found");
  });
});

describe("optionValuesInText", () => {
  const variants = [{ options: [{ value: "M" }, { value: "Glacier Blue" }] }, { options: [{ value: "S" }, { value: "Black" }] }];
  it("matches whole words, short sizes only in capitals", () => {
    expect(optionValuesInText("is the glacier blue one in M?", variants)).toEqual(["M", "Glacier Blue"]);
    expect(optionValuesInText("I'm looking for something small", variants)).toEqual([]);
    expect(optionValuesInText("blackish", variants)).toEqual([]);
  });
});
