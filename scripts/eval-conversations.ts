// `npm run eval` section: engine-level conversation scenarios (app/domain/conversations/scenarios/*.jsonl) driven
// through the real engine on a fresh SQLite database against the simulated shop. Prints passed/total per category and
// every failure. Run alone: `npm run eval -- --conversations-only` (add `--only=<id prefix or category>` to narrow).
import { formatScenarioReport, runScenarios, type ScenarioReport } from "../app/domain/conversations/scenarios/run-scenarios.server";
import { createDirectSimulatedAdmin } from "../app/simulated-shop/direct-admin.server";
import { createTestDatabase } from "../app/testing/test-database.server";

export async function evalConversations(options: { only?: string; everyTurn?: boolean } = {}): Promise<ScenarioReport> {
  const db = await createTestDatabase("sqlite");
  try {
    const only = options.only;
    const report = await runScenarios({
      db: db.prisma,
      adminFor: (shop) => createDirectSimulatedAdmin(shop),
      only: only ? (s) => s.category === only || s.id.startsWith(only) : undefined,
    });
    console.log(`\n${formatScenarioReport(report, { everyTurn: options.everyTurn })}`);
    return report;
  } finally {
    await db.drop();
  }
}
