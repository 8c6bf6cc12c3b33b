import { Kind, parse } from "graphql";
import type { AdminGraphql } from "../shop-data/admin-api.server";

/** Thrown instead of sending any operation that is not a query (mutations, subscriptions, unparsable documents). */
export class MutationRefusedError extends Error {
  constructor(public readonly operation: string) {
    super(`Try it is read-only: refused to send "${operation}" to the shop`);
    this.name = "MutationRefusedError";
  }
}

export interface ReadOnlyAdmin extends AdminGraphql {
  /** Operations that were refused (normally none: the dry run never asks for a change). */
  readonly refused: string[];
}

/**
 * An Admin client that can only read. Every document is parsed (not pattern-matched) and anything other than
 * a query never reaches the shop, so no code path behind Try it can change the shop, however it is wired.
 */
export function readOnlyAdmin(admin: AdminGraphql): ReadOnlyAdmin {
  const refused: string[] = [];
  return {
    refused,
    async graphql(query, options) {
      let operations: Array<{ kind: string; name: string }>;
      try {
        operations = parse(query).definitions.flatMap((d) =>
          d.kind === Kind.OPERATION_DEFINITION ? [{ kind: d.operation, name: d.name?.value ?? "(anonymous)" }] : [],
        );
      } catch {
        operations = [{ kind: "unparsable", name: "(unparsable document)" }];
      }
      const write = operations.find((o) => o.kind !== "query");
      if (write || operations.length === 0) {
        const name = write?.name ?? "(no operation)";
        refused.push(name);
        throw new MutationRefusedError(name);
      }
      return admin.graphql(query, options);
    },
  };
}
