// Every Admin operation this app sends must be valid against the real 2026-07 schema and use no deprecated field.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, NoDeprecatedCustomRule, parse, specifiedRules, validate, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_OPERATIONS as ALL_OPERATIONS } from "./operations.server";

// The shared copy, not the simulated shop's: validation must hold against the schema Shopify publishes.
const SCHEMA_FILE = fileURLToPath(new URL("../../simulated-shop/schema/admin_2026-07.graphql", import.meta.url));

let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildSchema(readFileSync(SCHEMA_FILE, "utf8"), { assumeValidSDL: true });
});

describe("Admin operations against the 2026-07 schema", () => {
  for (const [name, doc] of Object.entries(ALL_OPERATIONS)) {
    it(`${name} is valid and uses no deprecated fields`, () => {
      const ast = parse(doc);
      const errors = validate(schema, ast, [...specifiedRules, NoDeprecatedCustomRule]);
      expect(errors.map((e) => e.message)).toEqual([]);
      // Codegen convention: a tagged `#graphql` literal with exactly one named operation.
      expect(doc.trimStart().startsWith("#graphql")).toBe(true);
      const ops = ast.definitions.filter((d) => d.kind === "OperationDefinition");
      expect(ops).toHaveLength(1);
      expect(ops[0].kind === "OperationDefinition" && ops[0].name?.value).toBeTruthy();
    });
  }

  it("the validator does catch a deprecated field (customer.email)", () => {
    const errors = validate(schema, parse(`query X($id: ID!) { customer(id: $id) { email } }`), [
      ...specifiedRules,
      NoDeprecatedCustomRule,
    ]);
    expect(errors.map((e) => e.message).join(" ")).toMatch(/deprecated/i);
  });

  it("operation names are unique", () => {
    const names = Object.values(ALL_OPERATIONS).map((d) => /(query|mutation)\s+(\w+)/.exec(d)?.[2]);
    expect(new Set(names).size).toBe(names.length);
  });
});
