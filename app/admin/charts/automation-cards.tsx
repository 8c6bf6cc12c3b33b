import { lazy } from "react";
import { BlockStack, Card, DataTable, Text } from "@shopify/polaris";
import type { DailyAutomation } from "../../domain/reporting/daily-automation.server";
import type { ReasonCount } from "../../domain/reporting/handoff-reasons.server";
import { ClientOnly } from "./client-only";
import { shortDay } from "./format";
import { reasonLabel } from "./reason-labels";
import { t } from "../i18n/messages";

// Separate chunks: Polaris Viz and d3 load only in the browser, after the page is usable.
const DailyAutomationChart = lazy(() => import("./daily-automation-chart.client"));
const HandoffReasonsChart = lazy(() => import("./handoff-reasons-chart.client"));

export function DailyAutomationCard({ days }: { days: DailyAutomation[] }) {
  const sum = (key: "resolvedByBot" | "handedOff" | "abandoned" | "other") => days.reduce((n, d) => n + d[key], 0);
  const totals = { bot: sum("resolvedByBot"), people: sum("handedOff"), abandoned: sum("abandoned"), other: sum("other") };
  const any = totals.bot + totals.people + totals.abandoned + totals.other > 0;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("daily.title")}
        </Text>
        <Text as="p" tone="subdued">
          {any ? t("daily.summary", totals) : t("daily.empty")}
        </Text>
        {any && <ClientOnly fallback={<DaysFallback days={days} />}>{() => <DailyAutomationChart days={days} />}</ClientOnly>}
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
  const active = days.filter((d) => d.resolvedByBot + d.handedOff + d.abandoned + d.other > 0).reverse();
  return (
    <>
      <noscript>
        <style>{".switchboard-chart-placeholder{display:none}"}</style>
        <DataTable
          columnContentTypes={["text", "numeric", "numeric", "numeric", "numeric"]}
          headings={[t("daily.day"), t("daily.series.bot"), t("daily.series.people"), t("daily.series.abandoned"), t("daily.series.other")]}
          rows={active.map((d) => [shortDay(d.day), d.resolvedByBot, d.handedOff, d.abandoned, d.other])}
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
      headings={[t("reasons.col.reason"), t("reasons.col.conversations")]}
      rows={reasons.map((r) => [reasonLabel(r.code), r.conversations])}
    />
  );
}
