import { BarChart } from "@shopify/polaris-viz";
import type { DailyAutomation } from "../../domain/reporting/daily-automation.server";
import { shortDay } from "./format";
import { VizProvider } from "./viz-provider.client";
import { t } from "../i18n/messages";

export const BOT_COLOR = "rgba(0, 124, 95, 1)";
export const PERSON_COLOR = "rgba(129, 84, 231, 1)";
export const ABANDONED_COLOR = "rgba(229, 137, 0, 1)";
export const OTHER_COLOR = "rgba(138, 138, 138, 1)";

/** Stacked bars: each day's conversations by how they ended. */
export default function DailyAutomationChart({ days }: { days: DailyAutomation[] }) {
  const series = [
    { name: t("daily.series.bot"), color: BOT_COLOR, data: days.map((d) => ({ key: shortDay(d.day), value: d.resolvedByBot })) },
    { name: t("daily.series.people"), color: PERSON_COLOR, data: days.map((d) => ({ key: shortDay(d.day), value: d.handedOff })) },
    { name: t("daily.series.abandoned"), color: ABANDONED_COLOR, data: days.map((d) => ({ key: shortDay(d.day), value: d.abandoned })) },
    { name: t("daily.series.other"), color: OTHER_COLOR, data: days.map((d) => ({ key: shortDay(d.day), value: d.other })) },
  ];
  return (
    <VizProvider>
      <div style={{ height: 280 }}>
        <BarChart data={series} type="stacked" isAnimated={false} emptyStateText={t("daily.empty")} />
      </div>
    </VizProvider>
  );
}
