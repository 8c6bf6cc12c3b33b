// The shop's product titles, types and published title translations, so understanding can spot "the trail runner"
// or "le bonnet" in a message.
import { LANGUAGES, type CatalogueEntry } from "../understanding/types";
import { runAdminQuery, type AdminGraphql } from "./admin-api.server";
import { cacheKey, shopDataCache } from "./ttl-cache.server";
import type { LookupOptions } from "./types";
import type { CatalogueForUnderstandingQuery, CatalogueForUnderstandingQueryVariables } from "~/types/admin.generated";

export const CATALOGUE_QUERY = `#graphql
  query CatalogueForUnderstanding($first: Int!) {
    products(first: $first, query: "status:active", sortKey: TITLE) {
      nodes {
        id
        handle
        title
        productType
        # Option values ("Rust", "Slate") let "the rust one?" name the product that comes in it.
        options(first: 2) { optionValues { name } }
        # Published title translations in the languages the bot speaks; an untranslated product has none.
        en: translations(locale: "en") { key value }
        fr: translations(locale: "fr") { key value }
        de: translations(locale: "de") { key value }
        es: translations(locale: "es") { key value }
      }
    }
  }
`;

/** Up to 100 active products, cached per shop for five minutes: titles change rarely, messages arrive often. */
export async function getCatalogue(admin: AdminGraphql, options: LookupOptions & { shop: string }): Promise<CatalogueEntry[]> {
  const load = async () => {
    const { data } = await runAdminQuery<CatalogueForUnderstandingQuery, CatalogueForUnderstandingQueryVariables>(
      admin,
      CATALOGUE_QUERY,
      { first: 100 },
      options,
    );
    return data.products.nodes.map((p) => ({
      productId: p.id,
      handle: p.handle,
      title: p.title,
      productType: p.productType || null,
      optionValues: [...new Set(p.options.flatMap((o) => o.optionValues.map((v) => v.name)))].filter((v) => v !== "Default Title"),
      translatedTitles: Object.fromEntries(
        LANGUAGES.flatMap((l) => p[l].filter((t) => t.key === "title" && t.value?.trim()).map((t) => [l, t.value!.trim()] as const)),
      ),
    }));
  };
  const cache = options.cache ?? shopDataCache;
  return (await cache.getOrLoad(cacheKey(options.shop, "catalogue"), load, 5 * 60_000, { staleMs: 5 * 60_000 })) as CatalogueEntry[];
}
