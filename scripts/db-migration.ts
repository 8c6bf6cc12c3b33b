// npm run db:migration -- <name>: writes the next migration for BOTH providers from the difference between
// each provider's migration history and models.prisma. Stands in for `prisma migrate dev`, which does not
// work with driver adapters. Review the SQL, then `npm run db:prepare` applies it to the local SQLite.
// The PostgreSQL half replays its history on a temporary database (TEST_POSTGRES_URL, default the local server).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { runPrismaOrThrow } from "../prisma/cli.mjs";
import { defaultPostgresUrl } from "../prisma/check";
import { PROVIDERS, migrationsPath, renderSchema, schemaPath } from "../prisma/schemas";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name>   (lowercase letters, digits and _)");
  process.exit(1);
}

for (const provider of PROVIDERS) {
  if ((await readFile(schemaPath(provider), "utf8")) !== renderSchema(provider)) {
    console.error(`prisma/${provider}/schema.prisma is out of step with models.prisma: run npm run db:generate first.`);
    process.exit(1);
  }
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const provider of PROVIDERS) {
  const url = provider === "sqlite" ? "file::memory:" : defaultPostgresUrl();
  const { stdout } = await runPrismaOrThrow(
    ["migrate", "diff", "--from-migrations", migrationsPath(provider), "--to-schema-datamodel", schemaPath(provider), "--script"],
    { env: { DATABASE_URL: url, PRISMA_SCHEMA_PROVIDER: provider } },
  );
  if (!/^\s*(CREATE|ALTER|DROP|PRAGMA|INSERT|UPDATE|DELETE)\b/im.test(stdout)) {
    console.log(`${provider}: no changes, no migration written`);
    continue;
  }
  const dir = path.join(migrationsPath(provider), `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), stdout);
  console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
