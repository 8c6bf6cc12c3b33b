// Regenerates prisma/{sqlite,postgresql}/schema.prisma from prisma/models.prisma, then both clients.
// It does not write migrations: after changing models, add one per provider with
// `npm run db:migration -- <name>` (scripts/db-migration.ts) and commit them; db:check enforces it.
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { PROVIDERS, renderSchema, schemaPath } from "../prisma/schemas";
import { generateClient } from "../prisma/cli.mjs";

for (const provider of PROVIDERS) {
  const file = schemaPath(provider);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderSchema(provider));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
await Promise.all(PROVIDERS.map((provider) => generateClient(provider)));
console.log("generated Prisma clients in generated/sqlite and generated/postgresql");
