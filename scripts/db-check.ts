// npm run db:check: fails when prisma/{sqlite,postgresql}/schema.prisma are out of step with
// prisma/models.prisma, or when a provider's migrations do not produce its schema.
// The PostgreSQL half needs a reachable server (TEST_POSTGRES_URL, default the local one).
import { checkDatabaseSchemas } from "../prisma/check";

const { ok, problems } = await checkDatabaseSchemas();
if (ok) {
  console.log("db:check: both schemas match models.prisma and both migration histories produce them.");
} else {
  for (const problem of problems) console.error(`db:check: ${problem}\n`);
  process.exitCode = 1;
}
