import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

/**
 * Access-scope rules per type and field, distilled from the `offline_scopes` section of the Admin introspection file
 * (each entry: the scopes that grant access, as Shopify documents them). Kept as a small JSON so tests don't parse
 * the 10 MB introspection on every run; `accessRulesFromIntrospection` regenerates it and a test checks it is current.
 */

export interface AccessRule {
  /** Any one of these grants access (empty: no scope needed beyond `allOf`). */
  anyOf: string[];
  /** All of these are needed as well ("Also: Requires the `read_returns` access scope."). */
  allOf: string[];
  /** Shopify's wording, used in ACCESS_DENIED messages. */
  requiredAccess: string;
}

export interface AccessRules {
  types: Record<string, AccessRule>;
  fields: Record<string, AccessRule>;
}

export const INTROSPECTION_FILE = fileURLToPath(new URL("./schema/admin_2026-07.introspection.json.gz", import.meta.url));
export const ACCESS_RULES_FILE = fileURLToPath(new URL("./schema/admin_2026-07.access-scopes.json", import.meta.url));

interface OfflineScopeItem {
  type: "type" | "field";
  typeName: string;
  fieldName?: string;
  requiredAccess: string;
  offlineScopes: string[];
}

export function accessRulesFromIntrospection(gzipped: Buffer): AccessRules {
  const json = JSON.parse(gunzipSync(gzipped).toString("utf8")) as { offline_scopes: { items: OfflineScopeItem[] } };
  const rules: AccessRules = { types: {}, fields: {} };
  for (const item of json.offline_scopes.items) {
    if (item.offlineScopes.length === 0) continue;
    const also = item.requiredAccess.split("Also:")[1] ?? "";
    const allOf = [...also.matchAll(/Requires the `([a-z_]+)` access scope/g)].map((m) => m[1]);
    const anyOf = item.offlineScopes.filter((s) => !allOf.includes(s));
    const rule = { anyOf, allOf, requiredAccess: item.requiredAccess };
    if (item.type === "type") rules.types[item.typeName] = rule;
    else rules.fields[`${item.typeName}.${item.fieldName}`] = rule;
  }
  return rules;
}

/** `tsx app/simulated-shop/access-rules.ts` rewrites the JSON from the introspection copy. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rules = accessRulesFromIntrospection(readFileSync(INTROSPECTION_FILE));
  writeFileSync(ACCESS_RULES_FILE, `${JSON.stringify(rules, null, 1)}\n`);
  console.log(`wrote ${Object.keys(rules.types).length} type and ${Object.keys(rules.fields).length} field rules to ${ACCESS_RULES_FILE}`);
}
