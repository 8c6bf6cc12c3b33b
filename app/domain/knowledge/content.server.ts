// Reads the shop's products and pages through the Admin API and turns them into passages.
import type {
  ShopContentPagesQuery,
  ShopContentPagesQueryVariables,
  ShopContentProductsQuery,
  ShopContentProductsQueryVariables,
} from "~/types/admin.generated";
import { runAdminQuery, type AdminGraphql, type CostBudget } from "../shop-data/admin-api.server";
import { SHOP_CONTENT_PAGES_QUERY, SHOP_CONTENT_PRODUCTS_QUERY } from "./operations.server";
import { buildPassages, type PageContent, type Passage, type ProductContent, type TranslatedContent } from "./passages";

/** Products per request: ~20 points each (options, 15 metafields), so a page stays well under Shopify's 1,000 cap. */
const PRODUCTS_PAGE_SIZE = 25;
const PAGES_PAGE_SIZE = 50;
/** Upper bounds on what one rebuild reads; bigger catalogues are indexed up to here (see MAX_PASSAGES_PER_SHOP). */
export const MAX_PRODUCTS = 500;
export const MAX_PAGES = 100;

export interface ShopContent {
  products: ProductContent[];
  pages: PageContent[];
}

type TranslatedLanguage = keyof TranslatedContent;

/** A product's published title and description translations per language; a language with neither is left out. */
function translationsOf(byLocale: Record<TranslatedLanguage, Array<{ key: string; value?: string | null }>>): TranslatedContent {
  const out: TranslatedContent = {};
  for (const [language, fields] of Object.entries(byLocale) as Array<[TranslatedLanguage, Array<{ key: string; value?: string | null }>]>) {
    const value = (key: string) => fields.find((f) => f.key === key)?.value?.trim() || undefined;
    const title = value("title");
    const descriptionHtml = value("body_html");
    if (title || descriptionHtml) out[language] = { title, descriptionHtml };
  }
  return out;
}

export async function fetchShopContent(admin: AdminGraphql, options: { budget?: CostBudget; deadlineMs?: number } = {}): Promise<ShopContent> {
  const run = { budget: options.budget, deadlineMs: options.deadlineMs ?? 15_000 };
  const products: ProductContent[] = [];
  let after: string | null = null;
  do {
    const { data }: { data: ShopContentProductsQuery } = await runAdminQuery<ShopContentProductsQuery, ShopContentProductsQueryVariables>(
      admin,
      SHOP_CONTENT_PRODUCTS_QUERY,
      { first: PRODUCTS_PAGE_SIZE, after },
      run,
    );
    for (const p of data.products.nodes) {
      products.push({
        id: p.id,
        title: p.title,
        handle: p.handle,
        productType: p.productType,
        url: p.onlineStoreUrl ?? null,
        descriptionHtml: p.descriptionHtml ?? "",
        options: p.options.map((o) => ({ name: o.name, values: o.optionValues.map((v) => v.name) })),
        metafields: p.metafields.nodes.map((m) => ({ key: m.key, type: m.type, value: m.value })),
        translations: translationsOf({ fr: p.fr, de: p.de, es: p.es }),
      });
    }
    after = data.products.pageInfo.hasNextPage ? (data.products.pageInfo.endCursor ?? null) : null;
  } while (after && products.length < MAX_PRODUCTS);

  const pages: PageContent[] = [];
  after = null;
  do {
    const { data }: { data: ShopContentPagesQuery } = await runAdminQuery<ShopContentPagesQuery, ShopContentPagesQueryVariables>(
      admin,
      SHOP_CONTENT_PAGES_QUERY,
      { first: PAGES_PAGE_SIZE, after },
      run,
    );
    const base = data.shop.primaryDomain.url.replace(/\/$/, "");
    for (const p of data.pages.nodes) pages.push({ id: p.id, title: p.title, url: `${base}/pages/${p.handle}`, bodyHtml: p.body ?? "" });
    after = data.pages.pageInfo.hasNextPage ? (data.pages.pageInfo.endCursor ?? null) : null;
  } while (after && pages.length < MAX_PAGES);

  return { products, pages };
}

export async function fetchShopPassages(admin: AdminGraphql, options: { budget?: CostBudget; deadlineMs?: number } = {}): Promise<{ passages: Passage[]; truncated: boolean }> {
  const content = await fetchShopContent(admin, options);
  return buildPassages(content.products, content.pages);
}
