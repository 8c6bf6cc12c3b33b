import { GraphQLError } from "graphql";

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
}

const MAX_PAGE_SIZE = 250;

export const encodeCursor = (index: number) => Buffer.from(JSON.stringify({ last_index: index }), "utf8").toString("base64url");

function decodeCursor(cursor: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { last_index?: unknown };
    if (typeof parsed.last_index === "number") return parsed.last_index;
  } catch {
    // fall through to the Shopify-style error below
  }
  throw new GraphQLError(`Invalid cursor for current pagination sort.`, { extensions: { code: "BAD_REQUEST" } });
}

/**
 * A Relay connection over an in-memory array, with Shopify's rules: one of first/last is required and a page holds
 * at most 250 nodes. Cursors are opaque base64 positions in the (sorted) array.
 */
export function toConnection<T>(items: readonly T[], args: ConnectionArgs, { requirePageSize = true } = {}) {
  const { first, last, after, before } = args;
  if (requirePageSize && first == null && last == null) {
    throw new GraphQLError("you must provide one of first or last", { extensions: { code: "BAD_REQUEST" } });
  }
  for (const [name, value] of [["first", first], ["last", last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`The ${name} argument must be between 0 and ${MAX_PAGE_SIZE}.`, { extensions: { code: "BAD_REQUEST" } });
    }
  }
  const ordered = args.reverse ? [...items].reverse() : [...items];
  let start = 0;
  let end = ordered.length;
  if (after) start = Math.max(start, decodeCursor(after) + 1);
  if (before) end = Math.min(end, decodeCursor(before));
  let from = start;
  let to = Math.max(start, end);
  if (first != null) to = Math.min(to, from + first);
  if (last != null) from = Math.max(from, to - last);
  const edges = ordered.slice(from, to).map((node, i) => ({ cursor: encodeCursor(from + i), node }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      __typename: "PageInfo",
      hasNextPage: to < ordered.length,
      hasPreviousPage: from > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
