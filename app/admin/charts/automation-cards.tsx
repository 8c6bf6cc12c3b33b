import { lazy } from "react";
import { BlockStack, Card, DataTable, Text } from "@shopify/polaris";
import type { DailyAutomation } from "../../domain/reporting/daily-automation.server";
import type { ReasonCount } from "../../domain/reporting/handoff-reasons.server";
import { ClientOnly } from "./client-only";
import { shortDay } from "./format";
import { reasonLabel } from "./reason-labels";

// Separate chunks: Polaris Viz and d3 load only in the browser, after the page is usable.
const DailyAutomationChart = lazy(() => import("./daily-automation-chart.client"));
const HandoffReasonsChart = lazy(() => import("./handoff-reasons-chart.client"));

export function DailyAutomationCard({ days }: { days: DailyAutomation[] }) {
  const bot = days.reduce((n, d) => n + d.botOnly, 0);
  const people = days.reduce((n, d) => n + d.handedOff, 0);
  const share = bot + people ? Math.round((bot / (bot + people)) * 100) : null;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Who answered, per day
        </Text>
        <Text as="p" tone="subdued">
          {share === null
            ? "No conversations in the last 30 days yet."
            : `Last 30 days: the bot answered ${bot} conversation${bot === 1 ? "" : "s"} on its own (${share}%), ${people} went to your team.`}
        </Text>
        {share !== null && (
          <ClientOnly fallback={<DaysFallback days={days} />}>{() => <DailyAutomationChart days={days} />}</ClientOnly>
        )}
      </BlockStack>
    </Card>
  );
}

export function HandoffReasonsCard({ reasons }: { reasons: ReasonCount[] }) {
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Why conversations went to people
        </Text>
        {reasons.length === 0 ? (
          <Text as="p" tone="subdued">
            No conversation was handed to a person in the last 30 days.
          </Text>
        ) : (
          <>
            <Text as="p" tone="subdued">
              Last 30 days; a conversation with several reasons counts once for each.
            </Text>
            <ClientOnly fallback={<ReasonsTable reasons={reasons} />}>{() => <HandoffReasonsChart reasons={reasons} />}</ClientOnly>
          </>
        )}
      </BlockStack>
    </Card>
  );
}

// Until the chart loads, room for it; without JavaScript, the days that had conversations as a table instead.
function DaysFallback({ days }: { days: DailyAutomation[] }) {
  const active = days.filter((d) => d.botOnly + d.handedOff > 0).reverse();
  return (
    <>
      <noscript>
        <style>{".switchboard-chart-placeholder{display:none}"}</style>
        <DataTable
          columnContentTypes={["text", "numeric", "numeric"]}
          headings={["Day", "Answered by the bot", "Handed to a person"]}
          rows={active.map((d) => [shortDay(d.day), d.botOnly, d.handedOff])}
        />
      </noscript>
      <div className="switchboard-chart-placeholder" style={{ minHeight: 280 }} />
    </>
  );
}

// Without JavaScript (and while the chart loads) the same numbers as a table.
function ReasonsTable({ reasons }: { reasons: ReasonCount[] }) {
  return (
    <DataTable
      columnContentTypes={["text", "numeric"]}
      headings={["Reason", "Conversations"]}
      rows={reasons.map((r) => [reasonLabel(r.code), r.conversations])}
    />
  );
}
