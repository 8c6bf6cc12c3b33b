// Product / variant availability, reported as in stock / low / out of stock (exact counts only if the merchant allows).
import { runAdminQuery, type AdminGraphql } from "./admin-api.server";
import type { LookupOptions } from "./types";
import type {
  ProductAvailabilityByIdQuery,
  ProductAvailabilityByIdQueryVariables,
  ProductAvailabilityFragment,
  ProductAvailabilitySearchQuery,
  ProductAvailabilitySearchQueryVariables,
} from "~/types/admin.generated";

export const DEFAULT_LOW_STOCK_THRESHOLD = 5;

const PRODUCT_AVAILABILITY_FRAGMENT = `#graphql
  fragment ProductAvailability on Product {
    id
    title
    handle
    status
    onlineStoreUrl
    hasOnlyDefaultVariant
    variants(first: 40) {
      edges {
        node {
          id
          title
          sku
          availableForSale
          inventoryPolicy
          inventoryQuantity
          selectedOptions { name value }
          inventoryItem { id tracked }
        }
      }
    }
  }
`;

export const PRODUCT_AVAILABILITY_QUERY = `#graphql
  query ProductAvailabilityById($id: ID!) {
    product(id: $id) { ...ProductAvailability }
  }
  ${PRODUCT_AVAILABILITY_FRAGMENT}
`;

export const PRODUCT_AVAILABILITY_SEARCH_QUERY = `#graphql
  query ProductAvailabilitySearch($query: String!) {
    products(first: 2, query: $query) {
      edges { node { ...ProductAvailability } }
    }
  }
  ${PRODUCT_AVAILABILITY_FRAGMENT}
`;

type RawProduct = ProductAvailabilityFragment;
type RawVariant = RawProduct["variants"]["edges"][number]["node"];

export type StockLevel = "in_stock" | "low" | "out_of_stock";

export interface VariantAvailability {
  variantId: string;
  inventoryItemId: string | null;
  title: string;
  sku: string | null;
  options: Array<{ name: string; value: string }>;
  stock: StockLevel;
  /** Out of stock but the merchant keeps selling it (inventory policy CONTINUE). */
  canBackorder: boolean;
  /** Only when the merchant allows exact stock counts and the variant tracks inventory. */
  quantity: number | null;
}

export interface ProductAvailability {
  kind: "found";
  product: { id: string; title: string; handle: string; url: string | null; hasOnlyDefaultVariant: boolean };
  /** Variants matching the requested option values (all variants if none were requested or none matched). */
  variants: VariantAvailability[];
  matchedOptions: string[];
  /** Requested option values no variant has (the answer says so instead of ignoring them). */
  unmatchedOptions: string[];
}

export type AvailabilityLookup = ProductAvailability | { kind: "not_found"; query: string };

export interface AvailabilityRequest {
  /** A product matched by understanding (ProductMention.productId). */
  productId?: string | null;
  /** Free text (product name) when no catalogue match exists. */
  query?: string | null;
  /** Option values asked for, e.g. ["10", "Ember"]; matched case- and accent-insensitively against any option. */
  optionValues?: string[];
  /** The shopper's message, scanned for option values of the found product when optionValues isn't given. */
  messageText?: string | null;
  /**
   * Variant words the shopper used ("red", "12"): one that is a word of an option value ("blue" in "Glacier Blue")
   * selects it; one no variant has is reported as unmatched instead of silently answering for every variant.
   */
  askedWords?: string[];
}

export interface AvailabilityPolicy {
  showExactStock: boolean;
  lowStockThreshold?: number;
}

// Regular expressions with Unicode properties are module constants: the server build (esbuild) turns some such
// literals into `new RegExp(...)` where they stand, which would build them again on every call.
const COMBINING_MARKS = /\p{M}/gu;
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .trim();

export function stockLevel(v: Pick<RawVariant, "availableForSale" | "inventoryQuantity" | "inventoryItem">, threshold: number): StockLevel {
  const tracked = v.inventoryItem?.tracked ?? true;
  if (!tracked) return v.availableForSale ? "in_stock" : "out_of_stock";
  const qty = v.inventoryQuantity ?? 0;
  if (qty <= 0) return "out_of_stock";
  return qty <= threshold ? "low" : "in_stock";
}

/**
 * Option values of `product` that the message names as whole words. Short values ("M", "S", "XL") only count when
 * written exactly so ("a medium M" matches, "I'm" and "sm" don't).
 */
export function optionValuesInText(text: string, variants: Array<{ options: Array<{ value: string }> }>): string[] {
  const values = new Set(variants.flatMap((v) => v.options.map((o) => o.value)));
  const found: string[] = [];
  for (const value of values) {
    if (!value || value === "Default Title") continue;
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const caseSensitive = value.length <= 2;
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, caseSensitive ? "u" : "iu");
    if (re.test(caseSensitive ? text : text.normalize("NFC"))) found.push(value);
  }
  return found;
}

function toAvailability(raw: RawProduct, request: AvailabilityRequest, policy: AvailabilityPolicy): ProductAvailability {
  const threshold = policy.lowStockThreshold ?? DEFAULT_LOW_STOCK_THRESHOLD;
  const all: VariantAvailability[] = raw.variants.edges.map(({ node }) => {
    const tracked = node.inventoryItem?.tracked ?? true;
    const stock = stockLevel(node, threshold);
    return {
      variantId: node.id,
      inventoryItemId: node.inventoryItem?.id ?? null,
      title: node.title,
      sku: node.sku ?? null,
      options: node.selectedOptions ?? [],
      stock,
      canBackorder: stock === "out_of_stock" && node.availableForSale && node.inventoryPolicy === "CONTINUE",
      quantity: policy.showExactStock && tracked ? Math.max(0, node.inventoryQuantity ?? 0) : null,
    };
  });
  const wanted: string[] = request.optionValues?.length
    ? request.optionValues
    : request.messageText
      ? optionValuesInText(request.messageText, all)
      : [];
  const hasValue = (v: VariantAvailability, value: string) => v.options.some((o) => fold(o.value) === fold(value));
  if (!request.optionValues?.length) {
    const values = [...new Set(all.flatMap((v) => v.options.map((o) => o.value)))];
    for (const word of request.askedWords ?? []) {
      const containing = values.filter((value) => fold(value).split(/[^\p{L}\p{N}]+/u).includes(fold(word)));
      if (containing.length === 1 && !wanted.some((w) => fold(w) === fold(containing[0]))) wanted.push(containing[0]);
      else if (containing.length === 0) wanted.push(word);
    }
  }
  const matchedOptions = wanted.filter((w) => all.some((v) => hasValue(v, w)));
  const unmatchedOptions = wanted.filter((w) => !matchedOptions.includes(w));
  const narrowed = matchedOptions.length ? all.filter((v) => matchedOptions.every((w) => hasValue(v, w))) : all;
  return {
    kind: "found",
    product: {
      id: raw.id,
      title: raw.title,
      handle: raw.handle,
      url: raw.onlineStoreUrl ?? null,
      hasOnlyDefaultVariant: raw.hasOnlyDefaultVariant,
    },
    variants: narrowed.length ? narrowed : all,
    matchedOptions: narrowed.length ? matchedOptions : [],
    unmatchedOptions: narrowed.length ? unmatchedOptions : wanted,
  };
}

/** Escapes a free-text product name for Shopify search (quotes it, drops syntax characters). */
function searchText(text: string): string {
  const cleaned = text.replace(/["'\\():*]/g, " ").replace(/\s+/g, " ").trim().slice(0, 80);
  return cleaned ? `"${cleaned}"` : "";
}

export async function findProductAvailability(
  admin: AdminGraphql,
  request: AvailabilityRequest,
  policy: AvailabilityPolicy,
  options: LookupOptions = {},
): Promise<AvailabilityLookup> {
  let raw: RawProduct | null = null;
  if (request.productId) {
    const { data } = await runAdminQuery<ProductAvailabilityByIdQuery, ProductAvailabilityByIdQueryVariables>(
      admin,
      PRODUCT_AVAILABILITY_QUERY,
      { id: request.productId },
      options,
    );
    raw = data.product ?? null;
  } else if (request.query && searchText(request.query)) {
    const { data } = await runAdminQuery<ProductAvailabilitySearchQuery, ProductAvailabilitySearchQueryVariables>(
      admin,
      PRODUCT_AVAILABILITY_SEARCH_QUERY,
      { query: `status:active title:${searchText(request.query)}` },
      options,
    );
    raw = data.products.edges[0]?.node ?? null;
  }
  // Drafts and archived products aren't for sale; talking about them would leak the merchant's plans.
  if (!raw || raw.status !== "ACTIVE") return { kind: "not_found", query: request.productId ?? request.query ?? "" };
  return toAvailability(raw, request, policy);
}
