// The committed app/types/admin.*.d.ts must be exactly what `npm run graphql-codegen` produces from today's
// documents, and every document must be a valid, non-deprecated operation of the Admin API version the app targets.
// Editing a `#graphql` literal without regenerating fails here rather than leaving stale types behind.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { CodegenContext, generate } from "@graphql-codegen/cli";
import type { Types } from "@graphql-codegen/plugin-helpers";
import { NoDeprecatedCustomRule, buildSchema, type DocumentNode, type FragmentDefinitionNode, NoUnusedFragmentsRule, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { ADMIN_SCHEMA, DOCUMENTS, adminProject } from "../../../.graphqlrc";

const ROOT = path.resolve(import.meta.dirname, "../../..");
// Loading the full Admin schema and plucking every app file takes seconds, not milliseconds.
const SLOW = 120_000;

function codegenConfig(): Types.Config & { cwd: string } {
  const project = adminProject();
  const codegen = project.extensions?.codegen as Omit<Types.Config, "schema" | "documents">;
  return { ...codegen, schema: project.schema as Types.Schema, documents: project.documents as Types.OperationDocument[], cwd: ROOT, silent: true };
}

describe("Admin GraphQL codegen", () => {
  it(
    "committed app/types match fresh codegen output (run `npm run graphql-codegen` if this fails)",
    async () => {
      const outputs: Types.FileOutput[] = await generate(codegenConfig(), false);
      const files = outputs.map((o) => path.relative(ROOT, path.resolve(ROOT, o.filename))).sort();
      expect(files).toEqual(["app/types/admin.generated.d.ts", "app/types/admin.types.d.ts"]);
      for (const output of outputs) {
        const committed = await readFile(path.resolve(ROOT, output.filename), "utf8");
        // toBe on 4 MB strings prints an unreadable diff; name the file instead.
        expect(committed === output.content, `${output.filename} is stale`).toBe(true);
      }
    },
    SLOW,
  );

  it(
    "finds the app's operations and each one is valid against the 2026-07 schema without deprecated fields",
    async () => {
      const context = new CodegenContext({ config: codegenConfig() });
      // Built here rather than by codegen's loader: that one uses graphql's CommonJS build, this file the ESM one,
      // and graphql refuses a schema from the other copy.
      const schema = buildSchema(await readFile(path.resolve(ROOT, ADMIN_SCHEMA), "utf8"));
      const documents = await context.loadDocuments(DOCUMENTS, "standard");

      const names = documents.flatMap((d) =>
        (d.document?.definitions ?? []).flatMap((def) => (def.kind === "OperationDefinition" && def.name ? [def.name.value] : [])),
      );
      // A literal the plucker can't see would silently lose its types; these are the operations the app sends.
      expect(new Set(names)).toEqual(
        new Set([
          "AutomationSegments",
          "CatalogueForUnderstanding",
          "CustomerProfile",
          "OrderCancel",
          "OrdersByName",
          "OrderById",
          "RecentOrdersForCustomer",
          "HighestOrderNumber",
          "ProductAvailabilityById",
          "ProductAvailabilitySearch",
          "ReturnableFulfillments",
          "ReturnRequest",
          "OrderReturns",
          "ShopPolicies",
          // Admin: Try it and the Home setup guide.
          "TryItCustomerSearch",
          "SetupShop",
          "MainThemeSettings",
          // Issue 8: Inbox customer card and search, notification contact, back-in-stock notice.
          "InboxCustomerCard",
          "InboxCustomerSegments",
          "InboxCustomerSearch",
          "NotificationContact",
          "BackInStockVariant",
          "OrderRefunds",
          "ShopContentProducts",
          "ShopContentPages",
          "ActiveAutomaticDiscounts",
          "PublicDiscountCode",
          "DeliveryProfilesForAnswers",
          "ShopAccountsForAnswers",
          // Issue 9: Shopify return reasons for a return request; the merchant's translations of a policy.
          "ReturnReasonDefinitions",
          "ShopPolicyTranslations",
        ]),
      );

      // Operations interpolate fragments (`${ORDER_DETAILS_FRAGMENT}`) that the plucker leaves out and the Shopify preset
      // adds back, as the runtime string does; each document is checked with every fragment the app declares.
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of documents) {
        for (const def of d.document?.definitions ?? []) if (def.kind === "FragmentDefinition") fragments.set(def.name.value, def);
      }
      // Fragments are also plucked on their own, and not every document uses every fragment.
      const rules = [...specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule), NoDeprecatedCustomRule];
      const problems = documents.flatMap((d) => {
        if (!d.document) return [];
        const own = new Set(d.document.definitions.flatMap((def) => (def.kind === "FragmentDefinition" ? [def.name.value] : [])));
        const extra = [...fragments].filter(([name]) => !own.has(name)).map(([, def]) => def);
        const document: DocumentNode = { ...d.document, definitions: [...d.document.definitions, ...extra] };
        return validate(schema, document, rules).map((e) => `${path.relative(ROOT, d.location ?? "?")}: ${e.message}`);
      });
      expect(problems).toEqual([]);
    },
    SLOW,
  );
});
