// The shop's product titles and handles, so understanding can spot "the trail runner" in a message.
import type { CatalogueEntry } from "../understanding/types";
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
    return data.products.nodes.map((p) => ({ productId: p.id, handle: p.handle, title: p.title }));
  };
  const cache = options.cache ?? shopDataCache;
  return (await cache.getOrLoad(cacheKey(options.shop, "catalogue"), load, 5 * 60_000)) as CatalogueEntry[];
}
