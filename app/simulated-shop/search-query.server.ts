/**
 * A subset of Shopify's search syntax (https://shopify.dev/docs/api/usage/search-syntax):
 * `field:value`, `field:"quoted value"`, `-field:value` / `NOT field:value`, comparators (`field:>=10`),
 * `value*` prefixes, free-text terms, implicit AND, and `OR` between terms.
 */

export interface SearchTerm {
  field?: string;
  value: string;
  comparator: ":" | ">" | ">=" | "<" | "<=";
  negated: boolean;
  prefix: boolean;
}

/** Disjunction of conjunctions: the outer array is OR, each inner array is AND. */
export type SearchQuery = SearchTerm[][];

const TOKEN = /\s*(-?)(?:([A-Za-z_][A-Za-z0-9_.]*):(>=|<=|>|<)?)?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s()]+)/y;

export function parseSearchQuery(input: string | null | undefined): SearchQuery {
  const groups: SearchTerm[][] = [[]];
  if (!input) return groups;
  let negateNext = false;
  TOKEN.lastIndex = 0;
  const text = input.replace(/[()]/g, " ");
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const [, minus, field, cmp, raw] = match;
    if (!field && !minus && raw === "OR") {
      groups.push([]);
      continue;
    }
    if (!field && !minus && raw === "AND") continue;
    if (!field && !minus && raw === "NOT") {
      negateNext = true;
      continue;
    }
    let value = raw;
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) {
      value = value.slice(1, -1).replace(/\\(.)/g, "$1");
    }
    const prefix = value.endsWith("*");
    if (prefix) value = value.slice(0, -1);
    groups[groups.length - 1].push({
      field: field?.toLowerCase(),
      value,
      comparator: (cmp as SearchTerm["comparator"]) ?? ":",
      negated: Boolean(minus) || negateNext,
      prefix,
    });
    negateNext = false;
  }
  return groups.filter((g, i) => g.length > 0 || i === 0);
}

/** How one record answers a term; return undefined for an unsupported field (Shopify ignores those). */
export type FieldMatcher<T> = (record: T, term: SearchTerm) => boolean | undefined;

export function matchesSearch<T>(record: T, query: SearchQuery, fields: Record<string, FieldMatcher<T>>, freeText: FieldMatcher<T>): boolean {
  return query.some((group) =>
    group.every((term) => {
      const matcher = term.field ? fields[term.field] : freeText;
      const result = matcher ? matcher(record, term) : undefined;
      if (result === undefined) return true;
      return term.negated ? !result : result;
    }),
  );
}

const tokens = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Tokenised text match, the way Shopify matches title-like fields: every query word must be a word of the text. */
export function textMatches(text: string | null | undefined, term: SearchTerm): boolean {
  if (text == null) return false;
  const want = tokens(term.value);
  if (want.length === 0) return true;
  const have = tokens(text);
  return want.every((w, i) => {
    const isLast = i === want.length - 1;
    return have.some((h) => (isLast && term.prefix ? h.startsWith(w) : h === w));
  });
}

/** Exact, case-insensitive match (email, handle, sku); honours a trailing `*`. */
export function exactMatches(value: string | null | undefined, term: SearchTerm): boolean {
  if (value == null) return false;
  const a = value.toLowerCase();
  const b = term.value.toLowerCase();
  return term.prefix ? a.startsWith(b) : a === b;
}

export function compareMatches(value: number, term: SearchTerm, target: number): boolean {
  switch (term.comparator) {
    case ">":
      return value > target;
    case ">=":
      return value >= target;
    case "<":
      return value < target;
    case "<=":
      return value <= target;
    default:
      return value === target;
  }
}

/** Numeric tail of a GID or a bare id ("gid://shopify/Customer/7002" and "7002" both give "7002"). */
export function legacyId(value: string): string {
  return value.split("/").pop()!.split("?")[0];
}
