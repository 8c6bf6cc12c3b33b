import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/adapters";
import { databaseUrl, providerOf } from "./prisma/database-url.mjs";

// Prisma's Rust engines cannot be downloaded here (nor in many locked-down CIs), so the CLI runs on its
// JS/Wasm schema engine and talks to the database through the same driver adapter as the app.
// The schema (and with it the migrations folder) follows DATABASE_URL's provider.
// PRISMA_SCHEMA_PROVIDER lets `db:generate` select a schema without a database of that kind.
const url = databaseUrl();
const provider = (process.env.PRISMA_SCHEMA_PROVIDER as "sqlite" | "postgresql" | undefined) ?? providerOf(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  adapter: async () => createMigrationAdapter(url),
});
