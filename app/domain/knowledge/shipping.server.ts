// Shipping specifics for a named country: the rates the shop's delivery profiles offer there (method names carry the
// merchant's delivery times, e.g. "Standard International (5-8 business days)"), with prices and order-value
// conditions, plus the shipping policy link.
import type { DeliveryProfilesForAnswersQuery, DeliveryProfilesForAnswersQueryVariables } from "~/types/admin.generated";
import { formatMoney, localeOf } from "../answers/format";
import type { Answer, ComposeOptions } from "../answers/types";
import { runAdminQuery, type AdminGraphql } from "../shop-data/admin-api.server";
import { cacheKey, shopDataCache } from "../shop-data/ttl-cache.server";
import type { LookupOptions } from "../shop-data/types";
import { k } from "./messages";
import { DELIVERY_PROFILES_QUERY } from "./operations.server";

export interface ShippingRate {
  name: string;
  price: { amount: number; currencyCode: string } | null;
  minOrder: { amount: number; currencyCode: string } | null;
  maxOrder: { amount: number; currencyCode: string } | null;
}

export interface ShippingZone {
  name: string;
  countryCodes: string[];
  restOfWorld: boolean;
  rates: ShippingRate[];
}

export async function getShippingZones(admin: AdminGraphql, options: LookupOptions = {}): Promise<ShippingZone[]> {
  const load = async () => {
    const { data } = await runAdminQuery<DeliveryProfilesForAnswersQuery, DeliveryProfilesForAnswersQueryVariables>(admin, DELIVERY_PROFILES_QUERY, {}, options);
    const zones: ShippingZone[] = [];
    // The default (general) profile covers most products; custom profiles come after it.
    const profiles = [...data.deliveryProfiles.nodes].sort((a, b) => Number(b.default) - Number(a.default));
    for (const profile of profiles) {
      for (const group of profile.profileLocationGroups) {
        for (const z of group.locationGroupZones.nodes) {
          const rates: ShippingRate[] = [];
          for (const m of z.methodDefinitions.nodes) {
            if (!m.active) continue;
            const money = (x: { amount: unknown; currencyCode: string }) => ({ amount: Number(x.amount), currencyCode: x.currencyCode });
            const price = m.rateProvider.__typename === "DeliveryRateDefinition" ? money(m.rateProvider.price) : null;
            let minOrder: ShippingRate["minOrder"] = null;
            let maxOrder: ShippingRate["maxOrder"] = null;
            for (const c of m.methodConditions) {
              if (c.field !== "TOTAL_PRICE" || c.conditionCriteria.__typename !== "MoneyV2") continue;
              if (c.operator === "GREATER_THAN_OR_EQUAL_TO") minOrder = money(c.conditionCriteria);
              else maxOrder = money(c.conditionCriteria);
            }
            rates.push({ name: m.name, price, minOrder, maxOrder });
          }
          zones.push({
            name: z.zone.name,
            countryCodes: z.zone.countries.flatMap((c) => (c.code.countryCode ? [c.code.countryCode] : [])),
            restOfWorld: z.zone.countries.some((c) => c.code.restOfWorld),
            rates,
          });
        }
      }
    }
    return zones;
  };
  if (!options.shop) return load();
  const cache = options.cache ?? shopDataCache;
  return (await cache.getOrLoad(cacheKey(options.shop, "delivery-zones"), load, 5 * 60_000, { staleMs: 5 * 60_000 })) as ShippingZone[];
}

export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([localeOf(language as never)], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function shippingToCountryAnswer(
  countryCode: string,
  zones: ShippingZone[],
  policyUrl: string | null,
  o: ComposeOptions,
): Answer {
  const L = o.language;
  const country = countryName(countryCode, L);
  const zone = zones.find((z) => z.countryCodes.includes(countryCode)) ?? zones.find((z) => z.restOfWorld) ?? null;
  const link = policyUrl ? [k(L, "shipping_policy_link", { url: policyUrl })] : [];
  if (!zone || zone.rates.length === 0) {
    return {
      text: [k(L, "shipping_not_listed", { country }), ...link].join("\n"),
      // A fact from the shop's own settings; the person hint that follows every answer covers "but could you?".
      facts: { kind: "shipping_rates", countryCode, zone: null, policyUrl },
    };
  }
  const lines = [k(L, "shipping_header", { country })];
  for (const r of zone.rates) {
    const price = !r.price ? "—" : r.price.amount === 0 ? k(L, "shipping_free") : formatMoney(r.price.amount, r.price.currencyCode, L);
    let line = k(L, "shipping_line", { method: r.name, price });
    if (r.minOrder) line += ` ${k(L, "shipping_min", { amount: formatMoney(r.minOrder.amount, r.minOrder.currencyCode, L) })}`;
    if (r.maxOrder) line += ` ${k(L, "shipping_max", { amount: formatMoney(r.maxOrder.amount, r.maxOrder.currencyCode, L) })}`;
    lines.push(line);
  }
  return { text: [...lines, ...link].join("\n"), facts: { kind: "shipping_rates", countryCode, zone: zone.name, rates: zone.rates, policyUrl } };
}
