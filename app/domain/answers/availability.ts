// Product availability per variant, in words (exact counts only when the merchant allows them).
import type { ProductAvailability, VariantAvailability } from "../shop-data/products.server";
import type { ProductMention } from "../understanding/types";
import { formatList } from "./format";
import { t, type MessageKey } from "./messages";
import type { Answer, ComposeOptions } from "./types";

const MAX_VARIANT_LINES = 12;

function variantKey(v: VariantAvailability, single: boolean): MessageKey {
  const prefix = single ? "availability_single_" : "availability_";
  if (v.stock === "out_of_stock") return `${prefix}${v.canBackorder ? "backorder" : "out"}` as MessageKey;
  const base = v.stock === "low" ? "low" : "in_stock";
  return `${prefix}${base}${v.quantity != null ? "_count" : ""}` as MessageKey;
}

/** The product's title in the shopper's language when the shop published one, else the shop's own title. */
export function titleFor(mention: Pick<ProductMention, "title" | "localTitles">, language: ComposeOptions["language"]): string {
  return mention.localTitles?.[language] ?? mention.title;
}

export function availabilityAnswer(
  a: ProductAvailability,
  o: ComposeOptions,
  extras: { offerBackInStock?: boolean; displayTitle?: string } = {},
): Answer {
  const L = o.language;
  const product = extras.displayTitle ?? a.product.title;
  const lines: string[] = [];
  const single = a.product.hasOnlyDefaultVariant || a.variants.length === 1;

  if (a.unmatchedOptions.length > 0) {
    lines.push(t(L, "availability_unmatched", { options: formatList(a.unmatchedOptions.map((x) => `“${x}”`), L), product }));
  }
  if (single && a.unmatchedOptions.length === 0) {
    const v = a.variants[0];
    const name = a.product.hasOnlyDefaultVariant ? product : `${product} (${v.title})`;
    lines.push(t(L, variantKey(v, true), { product: name, quantity: v.quantity ?? "" }));
  } else {
    if (a.unmatchedOptions.length === 0) lines.push(t(L, "availability_header", { product }));
    for (const v of a.variants.slice(0, MAX_VARIANT_LINES)) {
      lines.push(t(L, variantKey(v, false), { variant: v.title, quantity: v.quantity ?? "" }));
    }
    if (a.variants.length > MAX_VARIANT_LINES) lines.push(t(L, "availability_more", { count: a.variants.length - MAX_VARIANT_LINES }));
  }
  const soldOut = a.variants.filter((v) => v.stock === "out_of_stock" && !v.canBackorder);
  if (extras.offerBackInStock && soldOut.length > 0) lines.push(t(L, "back_in_stock_offer"));
  if (a.product.url) lines.push(t(L, "availability_link", { url: a.product.url }));

  return {
    text: lines.join("\n"),
    facts: {
      kind: "availability",
      productId: a.product.id,
      productTitle: product,
      matchedOptions: a.matchedOptions,
      unmatchedOptions: a.unmatchedOptions,
      variants: a.variants.map((v) => ({ variantId: v.variantId, title: v.title, stock: v.stock, canBackorder: v.canBackorder, quantity: v.quantity })),
      ...(extras.offerBackInStock && soldOut.length > 0
        ? { proposedAction: { action: "back_in_stock", variants: soldOut.map((v) => ({ variantId: v.variantId, inventoryItemId: v.inventoryItemId })) } }
        : {}),
    },
  };
}

export function productNotFoundAnswer(query: string, o: ComposeOptions): Answer {
  return { text: t(o.language, "product_not_found"), facts: { kind: "product_not_found", query } };
}

/** The shopper's words fit several products equally: list them and ask which one. */
export function productChoicesAnswer(choices: ProductMention[], o: ComposeOptions): Answer {
  const titles = choices.map((c) => titleFor(c, o.language));
  return {
    text: t(o.language, "product_choices", { name: choices[0].matchedText, choices: formatList(titles, o.language, "or") }),
    facts: { kind: "product_choices", choices: choices.map((c) => ({ productId: c.productId, title: c.title })) },
  };
}

/** The shopper asked for something no product in the catalogue fits: never answer about a near miss. */
export function productNotNamedInShopAnswer(name: string, o: ComposeOptions): Answer {
  return { text: t(o.language, "product_not_in_catalogue", { name }), facts: { kind: "product_not_found", query: name } };
}

export function backInStockSubscribedAnswer(email: string, productTitle: string, o: ComposeOptions): Answer {
  return { text: t(o.language, "back_in_stock_subscribed", { email, product: productTitle }), facts: { kind: "back_in_stock_subscribed", email, productTitle } };
}
