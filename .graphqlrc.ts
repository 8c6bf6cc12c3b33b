// graphql-codegen config, set up as in Shopify's app template (`npm run graphql-codegen`).
// Every `#graphql` document under app/ is validated against the Admin schema of the version the app targets and
// typed into app/types/admin.generated.d.ts (operations) and app/types/admin.types.d.ts (schema types).
//
// The preset would download the schema from shopify.dev; builds and CI here run offline, so the schema is the
// local SDL copy (see app/simulated-shop/schema/NOTICE.md) and the preset's "download the schema" target is dropped.
import type { IGraphQLConfig, IGraphQLProject } from "graphql-config";
import { ApiType, shopifyApiProject } from "@shopify/api-codegen-preset";

export const API_VERSION = "2026-07";
export const ADMIN_SCHEMA = `./app/simulated-shop/schema/admin_${API_VERSION}.graphql`;

export const DOCUMENTS = [
  "./app/**/*.{js,ts,jsx,tsx}",
  // The simulated shop is a stand-in *server*; its strings are resolvers and fixtures, not operations the app sends.
  "!./app/simulated-shop/**",
  // Tests send deliberately broken or partial documents to exercise failure handling.
  "!./app/**/*.test.{js,ts,jsx,tsx}",
  "!./app/types/**",
];

type Generates = Record<string, { schema?: unknown; [key: string]: unknown }>;

/** The Shopify preset's project, with every schema reference pointed at the local SDL instead of the network. */
export function adminProject(outputDir = "./app/types"): IGraphQLProject {
  const project = shopifyApiProject({ apiType: ApiType.Admin, apiVersion: API_VERSION, documents: DOCUMENTS, outputDir });
  const codegen = project.extensions?.codegen as { generates: Generates; [key: string]: unknown };
  const generates: Generates = {};
  for (const [file, target] of Object.entries(codegen.generates)) {
    // The introspection target only exists to cache the downloaded schema.
    if (Array.isArray(target.plugins) && target.plugins.includes("introspection")) continue;
    generates[file] = { ...target, schema: ADMIN_SCHEMA };
  }
  return { ...project, schema: ADMIN_SCHEMA, extensions: { ...project.extensions, codegen: { ...codegen, generates } } };
}

const config: IGraphQLConfig = { projects: { default: adminProject() } };

export default config;
