import { beforeEach, describe, expect, it } from "vitest";
import { SEED_PRODUCTS } from "~/simulated-shop/seed.server";
import { createSimulatedAdmin, TEST_SHOP } from "~/simulated-shop/test-admin.server";
import type { AdminGraphql } from "./admin-api.server";
import { getCatalogue } from "./catalogue.server";
import { TtlCache } from "./ttl-cache.server";

let admin: AdminGraphql;
beforeEach(async () => {
  admin = await createSimulatedAdmin(TEST_SHOP);
});

describe("getCatalogue", () => {
  it("reads titles, product types, option values and published title translations from the Admin API in one valid query", async () => {
    const catalogue = await getCatalogue(admin, { shop: TEST_SHOP, cache: new TtlCache() });
    const beanie = catalogue.find((p) => p.productId === SEED_PRODUCTS.beanie.id);
    expect(beanie?.title).toBe(SEED_PRODUCTS.beanie.title);
    expect(beanie?.productType).toBe("Hats");
    // The seed translates the beanie into French, German and Spanish, and leaves the rain shell untranslated.
    expect(Object.keys(beanie?.translatedTitles ?? {}).sort()).toEqual(["de", "es", "fr"]);
    expect(beanie?.translatedTitles?.fr).toMatch(/bonnet/i);
    expect(catalogue.find((p) => p.productId === SEED_PRODUCTS.rainShell.id)?.translatedTitles).toEqual({});
    // Option values let "the rust one" name the beanie; a product without options lists none.
    expect(beanie?.optionValues).toEqual(["Charcoal", "Forest", "Rust"]);
    expect(catalogue.find((p) => p.productId === SEED_PRODUCTS.trekkingPoles.id)?.optionValues).toEqual([]);
  });

});
