// Discounts: active automatic discounts explained with Shopify's own summary and end date; a code is shown only if
// the merchant listed it as public in settings AND Shopify says it is active. Other codes are never revealed.
import type {
  ActiveAutomaticDiscountsQuery,
  ActiveAutomaticDiscountsQueryVariables,
  PublicDiscountCodeQuery,
  PublicDiscountCodeQueryVariables,
} from "~/types/admin.generated";
import { formatDate } from "../answers/format";
import type { Answer, ComposeOptions } from "../answers/types";
import { runAdminQuery, type AdminGraphql } from "../shop-data/admin-api.server";
import type { LookupOptions } from "../shop-data/types";
import { k } from "./messages";
import { AUTOMATIC_DISCOUNTS_QUERY, PUBLIC_DISCOUNT_CODE_QUERY } from "./operations.server";

export interface DiscountFact {
  title: string;
  summary: string | null;
  endsAt: string | null;
  code?: string;
}

export async function getAutomaticDiscounts(admin: AdminGraphql, options: LookupOptions = {}): Promise<DiscountFact[]> {
  const { data } = await runAdminQuery<ActiveAutomaticDiscountsQuery, ActiveAutomaticDiscountsQueryVariables>(admin, AUTOMATIC_DISCOUNTS_QUERY, { first: 10 }, options);
  const out: DiscountFact[] = [];
  for (const node of data.discountNodes.nodes) {
    const d = node.discount;
    if (!("title" in d) || d.status !== "ACTIVE") continue;
    out.push({ title: d.title, summary: "summary" in d ? d.summary : null, endsAt: d.endsAt ?? null });
  }
  return out;
}

/** Public codes that exist and are active right now, in the merchant's order. */
export async function getPublicCodes(admin: AdminGraphql, codes: string[], options: LookupOptions = {}): Promise<DiscountFact[]> {
  const out: DiscountFact[] = [];
  for (const code of codes.slice(0, 3)) {
    const { data } = await runAdminQuery<PublicDiscountCodeQuery, PublicDiscountCodeQueryVariables>(admin, PUBLIC_DISCOUNT_CODE_QUERY, { code }, options);
    const d = data.codeDiscountNodeByCode?.codeDiscount;
    if (!d || !("title" in d) || d.status !== "ACTIVE") continue;
    out.push({ title: d.title, summary: d.summary, endsAt: d.endsAt ?? null, code });
  }
  return out;
}

export function discountsAnswer(automatic: DiscountFact[], publicCodes: DiscountFact[], o: ComposeOptions): Answer {
  const L = o.language;
  const until = (d: DiscountFact) => (d.endsAt ? ` ${k(L, "discount_until", { date: formatDate(d.endsAt, L, o.timeZone) })}` : "");
  const lines: string[] = [];
  if (automatic.length) {
    lines.push(k(L, "discounts_header"));
    for (const d of automatic) lines.push(`${k(L, "discount_line", { title: d.title, summary: d.summary ?? d.title })}${until(d)}`);
  } else lines.push(k(L, "discount_none"));
  if (publicCodes.length) {
    for (const d of publicCodes) lines.push(`${k(L, "discount_public_code", { code: d.code!, summary: d.summary ?? d.title })}${until(d)}`);
  } else {
    lines.push(k(L, "discount_no_public_code"));
    lines.push(k(L, "discount_person"));
  }
  return {
    text: lines.join("\n"),
    facts: { kind: "discounts", automatic, publicCodes: publicCodes.map((d) => d.code) },
  };
}
