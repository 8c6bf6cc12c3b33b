import { Banner, BlockStack, Card, DataTable, EmptyState, Text } from "@shopify/polaris";
import type { GroupOutcome, HoldoutReport } from "../../domain/reporting/holdout-report.server";
import { t } from "../i18n/messages";
import { duration, percent, points } from "./format";

// Inline so it shows offline and needs no asset host: two bars, one taller.
const ILLUSTRATION =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="226" height="160" viewBox="0 0 226 160"><rect x="40" y="60" width="60" height="90" rx="6" fill="#8154e7" opacity=".8"/><rect x="126" y="20" width="60" height="130" rx="6" fill="#007c5f" opacity=".8"/><rect x="20" y="150" width="186" height="3" fill="#8a8a8a"/></svg>',
  );

export function HoldoutCard({ holdoutPercent, report }: { holdoutPercent: number; report: HoldoutReport }) {
  const hasData = report.holdout.conversations + report.automated.conversations > 0 && report.holdout.conversations > 0;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("holdout.title")}
        </Text>
        {holdoutPercent === 0 && !hasData ? (
          <EmptyState heading={t("holdout.empty.heading")} action={{ content: t("holdout.empty.action"), url: "/app/automation#holdout" }} image={ILLUSTRATION}>
            <p>{t("holdout.empty.body")}</p>
          </EmptyState>
        ) : (
          <HoldoutComparison holdoutPercent={holdoutPercent} report={report} />
        )}
      </BlockStack>
    </Card>
  );
}

/** The plain sentence under the table: is the difference meaningful yet? */
export function verdictText(report: HoldoutReport): string {
  const v = report.verdict;
  if (v.kind === "too_early") return t("holdout.verdict.tooEarly", { needed: v.needed, bot: report.automated.judged, holdout: report.holdout.judged });
  const vars = { diff: points(Math.abs(v.estimate.difference)).replace("+", ""), lower: points(v.estimate.lower), upper: points(v.estimate.upper) };
  if (v.kind === "bot_better") return t("holdout.verdict.botBetter", vars);
  if (v.kind === "team_better") return t("holdout.verdict.teamBetter", vars);
  return t("holdout.verdict.unclear", { ...vars, direction: t(v.estimate.difference >= 0 ? "holdout.verdict.more" : "holdout.verdict.fewer") });
}

function HoldoutComparison({ holdoutPercent, report }: { holdoutPercent: number; report: HoldoutReport }) {
  const { automated, holdout } = report;
  const row = (label: string, cell: (g: GroupOutcome) => string) => [label, cell(automated), cell(holdout)];
  const share = (n: number, s: number | null) => (s === null ? "–" : `${percent(s)} (${n})`);
  return (
    <BlockStack gap="300">
      <Text as="p" tone="subdued">
        {t("holdout.intro", { percent: holdoutPercent, days: report.days })}
      </Text>
      <Banner tone={report.verdict.kind === "team_better" ? "warning" : report.verdict.kind === "bot_better" ? "success" : "info"}>
        <p data-testid="holdout-verdict">{verdictText(report)}</p>
      </Banner>
      <DataTable
        columnContentTypes={["text", "numeric", "numeric"]}
        headings={["", t("holdout.col.bot"), t("holdout.col.holdout")]}
        rows={[
          row(t("holdout.row.conversations"), (g) => `${g.conversations} (${g.judged})`),
          row(t("holdout.row.resolved"), (g) => share(g.resolved, g.resolvedShare)),
          row(t("holdout.row.abandoned"), (g) => share(g.abandoned, g.abandonedShare)),
          row(t("holdout.row.satisfaction"), (g) => (g.satisfaction === null ? t("holdout.noRatings") : t("holdout.ofRatings", { share: percent(g.satisfaction), n: g.ratings }))),
          row(t("holdout.row.firstAnswer"), (g) => duration(g.medianFirstReplyMs)),
        ]}
      />
      {report.satisfactionDifference && (
        <Text as="p" variant="bodySm">
          {t("holdout.satisfactionDiff", {
            diff: points(report.satisfactionDifference.difference),
            lower: points(report.satisfactionDifference.lower),
            upper: points(report.satisfactionDifference.upper),
          })}
        </Text>
      )}
      <Text as="p" variant="bodySm" tone="subdued">
        {t("holdout.definitions")}
      </Text>
    </BlockStack>
  );
}
