// Shop identity and the merchant's published policies (refund, shipping, contact), as plain text with links.
import { runAdminQuery, type AdminGraphql } from "./admin-api.server";
import { cacheKey, shopDataCache } from "./ttl-cache.server";
import type { LookupOptions } from "./types";
import type { ShopPoliciesQuery, ShopPoliciesQueryVariables } from "~/types/admin.generated";

export const SHOP_POLICIES_QUERY = `#graphql
  query ShopPolicies {
    shop {
      name
      contactEmail
      currencyCode
      ianaTimezone
      shopPolicies {
        type
        title
        body
        url
        # Published translations, one alias per language the bot answers in (the simulated shop and Shopify both key
        # them by locale; markets are not used).
        translationsEn: translations(locale: "en") { key value locale }
        translationsFr: translations(locale: "fr") { key value locale }
        translationsDe: translations(locale: "de") { key value locale }
        translationsEs: translations(locale: "es") { key value locale }
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
  /** Published translations of the body (HTML removed), by language code ("fr"), where the shop has them. */
  translations?: Partial<Record<string, string>>;
}

type TranslationRow = { key: string; value?: string | null; locale: string };

/** The body's translations by language; rows for other locales (a shop that ignores the filter) are dropped. */
function bodyTranslations(groups: Record<string, TranslationRow[] | undefined>): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const [language, rows] of Object.entries(groups)) {
    const body = (rows ?? []).find((r) => r.key === "body" && r.locale.toLowerCase().split(/[-_]/)[0] === language && r.value?.trim());
    if (body?.value) out[language] = htmlToText(body.value);
  }
  return out;
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
      .map((p) => ({
        type: p.type,
        title: p.title,
        url: p.url,
        text: htmlToText(p.body),
        translations: bodyTranslations({ en: p.translationsEn, fr: p.translationsFr, de: p.translationsDe, es: p.translationsEs }),
      }));
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
  return (await cache.getOrLoad(cacheKey(options.shop, "policies"), load)) as ShopPolicies;
}
