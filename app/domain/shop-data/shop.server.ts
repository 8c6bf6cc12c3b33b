// Shop identity and the merchant's published policies (refund, shipping, contact), as plain text with links.
import { runAdminQuery, type AdminGraphql } from "./admin-api.server";
import { cacheKey, shopDataCache } from "./ttl-cache.server";
import type { LookupOptions } from "./types";
import type {
  ShopPoliciesQuery,
  ShopPoliciesQueryVariables,
  ShopPolicyTranslationsQuery,
  ShopPolicyTranslationsQueryVariables,
} from "~/types/admin.generated";

export const SHOP_POLICIES_QUERY = `#graphql
  query ShopPolicies {
    shop {
      name
      contactEmail
      currencyCode
      ianaTimezone
      shopPolicies { type title body url }
    }
  }
`;

// The merchant's own translations of the policies (Shopify Translate & Adapt); only the requested locale comes back.
export const SHOP_POLICY_TRANSLATIONS_QUERY = `#graphql
  query ShopPolicyTranslations($locale: String!) {
    shop {
      shopPolicies {
        type
        translations(locale: $locale) { key value outdated }
      }
    }
  }
`;

export interface ShopPolicy {
  type: string;
  title: string;
  url: string;
  /** The policy body with HTML removed. */
  text: string;
}

export interface ShopPolicies {
  shopName: string;
  contactEmail: string | null;
  currencyCode: string;
  ianaTimezone: string | null;
  refund: ShopPolicy | null;
  shipping: ShopPolicy | null;
  contact: ShopPolicy | null;
  all: ShopPolicy[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function htmlToText(html: string): string {
  return html
    .replace(/<\s*(br|\/p|\/li|\/h\d|\/div)\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

/** Shop name, contact and policies. Cached per shop for a minute when `options.shop` is given. */
export async function getShopPolicies(admin: AdminGraphql, options: LookupOptions = {}): Promise<ShopPolicies> {
  const load = async (): Promise<ShopPolicies> => {
    const { data } = await runAdminQuery<ShopPoliciesQuery, ShopPoliciesQueryVariables>(admin, SHOP_POLICIES_QUERY, {}, options);
    const all = (data.shop.shopPolicies ?? [])
      .filter((p) => p.body && p.body.trim())
      .map((p) => ({ type: p.type, title: p.title, url: p.url, text: htmlToText(p.body) }));
    const byType = (type: string) => all.find((p) => p.type === type) ?? null;
    return {
      shopName: data.shop.name,
      contactEmail: data.shop.contactEmail || null,
      currencyCode: data.shop.currencyCode,
      ianaTimezone: data.shop.ianaTimezone ?? null,
      refund: byType("REFUND_POLICY"),
      shipping: byType("SHIPPING_POLICY"),
      contact: byType("CONTACT_INFORMATION"),
      all,
    };
  };
  if (!options.shop) return load();
  const cache = options.cache ?? shopDataCache;
  return (await cache.getOrLoad(cacheKey(options.shop, "policies"), load, undefined, { staleMs: 60_000 })) as ShopPolicies;
}

/**
 * The merchant's translation of a policy into `locale`, or null when there is none. An outdated translation (the
 * policy changed after it was translated) counts as none: it may state terms the shop no longer offers.
 */
export async function getShopPolicyTranslation(
  admin: AdminGraphql,
  policy: ShopPolicy,
  locale: string,
  options: LookupOptions = {},
): Promise<ShopPolicy | null> {
  const load = async () => {
    const { data } = await runAdminQuery<ShopPolicyTranslationsQuery, ShopPolicyTranslationsQueryVariables>(admin, SHOP_POLICY_TRANSLATIONS_QUERY, { locale }, options);
    return (data.shop.shopPolicies ?? []).map((p) => ({ type: p.type, translations: p.translations.map((t) => ({ key: t.key, value: t.value ?? null, outdated: t.outdated })) }));
  };
  const all = options.shop
    ? ((await (options.cache ?? shopDataCache).getOrLoad(cacheKey(options.shop, `policy-translations:${locale}`), load, undefined, { staleMs: 60_000 })) as Awaited<ReturnType<typeof load>>)
    : await load();
  const translations = all.find((p) => p.type === policy.type)?.translations ?? [];
  const body = translations.find((t) => t.key === "body" && !t.outdated && t.value?.trim());
  if (!body?.value) return null;
  const title = translations.find((t) => t.key === "title" && !t.outdated && t.value?.trim())?.value ?? policy.title;
  return { ...policy, title, text: htmlToText(body.value) };
}
