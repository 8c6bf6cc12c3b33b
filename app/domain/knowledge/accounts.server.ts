// Account help: short answers with the right links into the shop's customer accounts (new or classic); changes to
// account data go to a person.
import type { ShopAccountsForAnswersQuery, ShopAccountsForAnswersQueryVariables } from "~/types/admin.generated";
import type { Answer, ComposeOptions } from "../answers/types";
import { runAdminQuery, type AdminGraphql } from "../shop-data/admin-api.server";
import { cacheKey, shopDataCache } from "../shop-data/ttl-cache.server";
import type { LookupOptions } from "../shop-data/types";
import type { AccountTopic } from "./lexicon";
import { k } from "./messages";
import { SHOP_ACCOUNTS_QUERY } from "./operations.server";

export interface AccountLinks {
  version: "new" | "classic";
  signIn: string;
  orders: string;
  addresses: string;
  /** Classic accounts only: the login page with the "Forgot your password?" form. */
  recover: string | null;
}

export async function getAccountLinks(admin: AdminGraphql, options: LookupOptions = {}): Promise<AccountLinks> {
  const load = async (): Promise<AccountLinks> => {
    const { data } = await runAdminQuery<ShopAccountsForAnswersQuery, ShopAccountsForAnswersQueryVariables>(admin, SHOP_ACCOUNTS_QUERY, {}, options);
    const storefront = data.shop.primaryDomain.url.replace(/\/$/, "");
    const accounts = data.shop.customerAccountsV2;
    if (accounts.customerAccountsVersion === "NEW_CUSTOMER_ACCOUNTS" && accounts.url) {
      const base = String(accounts.url).replace(/\/$/, "");
      return { version: "new", signIn: base, orders: `${base}/orders`, addresses: `${base}/profile`, recover: null };
    }
    // Classic accounts live on the storefront under /account.
    return {
      version: "classic",
      signIn: `${storefront}/account/login`,
      orders: `${storefront}/account`,
      addresses: `${storefront}/account/addresses`,
      recover: `${storefront}/account/login#recover`,
    };
  };
  if (!options.shop) return load();
  const cache = options.cache ?? shopDataCache;
  return (await cache.getOrLoad(cacheKey(options.shop, "account-links"), load, 5 * 60_000, { staleMs: 5 * 60_000 })) as AccountLinks;
}

export function accountHelpAnswer(topic: AccountTopic, links: AccountLinks | null, o: ComposeOptions): Answer {
  const L = o.language;
  const facts = { kind: "account_help", topic, accountsVersion: links?.version ?? null };
  if (topic === "data_change" || !links) return { text: k(L, "account_person"), facts, handoff: { reason: "person_must_act" } };
  switch (topic) {
    case "password":
      return links.version === "new"
        ? { text: k(L, "account_password_new", { url: links.signIn }), facts: { ...facts, url: links.signIn } }
        : { text: k(L, "account_password_classic", { url: links.recover ?? links.signIn }), facts: { ...facts, url: links.recover } };
    case "addresses":
      return { text: k(L, "account_addresses", { url: links.addresses }), facts: { ...facts, url: links.addresses } };
    case "orders":
      return { text: k(L, "account_orders", { url: links.orders }), facts: { ...facts, url: links.orders } };
    case "unsubscribe":
      return { text: k(L, "account_unsubscribe"), facts };
    case "sign_in":
      return { text: k(L, "account_sign_in", { url: links.signIn }), facts: { ...facts, url: links.signIn } };
  }
}
