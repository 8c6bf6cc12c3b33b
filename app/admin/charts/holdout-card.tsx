import { Banner, BlockStack, Card, DataTable, EmptyState, Text } from "@shopify/polaris";
import type { GroupOutcome, HoldoutReport } from "../../domain/reporting/holdout-report.server";
import { duration, percent } from "./format";

// Inline so it shows offline and needs no asset host: two bars, one taller.
const ILLUSTRATION =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="226" height="160" viewBox="0 0 226 160"><rect x="40" y="60" width="60" height="90" rx="6" fill="#8154e7" opacity=".8"/><rect x="126" y="20" width="60" height="130" rx="6" fill="#007c5f" opacity=".8"/><rect x="20" y="150" width="186" height="3" fill="#8a8a8a"/></svg>',
  );

export function HoldoutCard({ holdoutPercent, report }: { holdoutPercent: number; report: HoldoutReport }) {
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Holdout
        </Text>
        {holdoutPercent === 0 ? (
          <EmptyState
            heading="Measure what automation changes"
            action={{ content: "Set up a holdout", url: "/app/automation" }}
            image={ILLUSTRATION}
          >
            <p>
              Send a small share of the conversations the bot could answer to your team instead, then compare how quickly and how
              well each group is helped. Choose the percentage on the Automation page.
            </p>
          </EmptyState>
        ) : (
          <HoldoutComparison holdoutPercent={holdoutPercent} report={report} />
        )}
      </BlockStack>
    </Card>
  );
}

function HoldoutComparison({ holdoutPercent, report }: { holdoutPercent: number; report: HoldoutReport }) {
  const { automated, holdout } = report;
  const row = (label: string, cell: (g: GroupOutcome, group: "automated" | "holdout") => string) => [
    label,
    cell(automated, "automated"),
    cell(holdout, "holdout"),
  ];
  return (
    <BlockStack gap="300">
      <Text as="p" tone="subdued">
        {holdoutPercent}% of the conversations the bot could answer go to your team instead. Last {report.days} days.
      </Text>
      {!report.enoughData && (
        <Banner tone="info" title="Not enough data yet">
          <p>
            Each group needs at least {report.minimumPerGroup} conversations before the difference means much (bot:{" "}
            {automated.conversations}, holdout: {holdout.conversations}).
          </p>
        </Banner>
      )}
      <DataTable
        columnContentTypes={["text", "numeric", "numeric"]}
        headings={["", "Answered by the bot", "Holdout (your team)"]}
        rows={[
          row("Conversations", (g) => String(g.conversations)),
          row("Resolved", (g) => (g.resolvedShare === null ? "–" : `${percent(g.resolvedShare)} (${g.resolved})`)),
          row("Shopper satisfaction", (g, group) =>
            group === "holdout" ? "Not rated" : g.satisfaction === null ? "No ratings yet" : `${percent(g.satisfaction)} of ${g.ratings} ratings`,
          ),
          row("Median time to first answer", (g) => duration(g.medianFirstReplyMs)),
        ]}
      />
      <Text as="p" variant="bodySm" tone="subdued">
        Resolved: closed by your team, or for the bot, never handed to a person and no thumbs-down. Satisfaction is thumbs up out of
        all thumbs on the bot&apos;s replies; shoppers can&apos;t rate your team&apos;s replies, so compare the resolved share
        instead. First answer: the bot&apos;s first reply, or for the holdout your team&apos;s first reply.
      </Text>
    </BlockStack>
  );
}
