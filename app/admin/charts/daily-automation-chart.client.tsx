import { BarChart } from "@shopify/polaris-viz";
import type { DailyAutomation } from "../../domain/reporting/daily-automation.server";
import { shortDay } from "./format";
import { VizProvider } from "./viz-provider.client";

export const BOT_COLOR = "rgba(0, 124, 95, 1)";
export const PERSON_COLOR = "rgba(129, 84, 231, 1)";

/** Stacked bars: each day's conversations, answered by the bot alone vs handed to a person. */
export default function DailyAutomationChart({ days }: { days: DailyAutomation[] }) {
  const series = [
    { name: "Answered by the bot", color: BOT_COLOR, data: days.map((d) => ({ key: shortDay(d.day), value: d.botOnly })) },
    { name: "Handed to a person", color: PERSON_COLOR, data: days.map((d) => ({ key: shortDay(d.day), value: d.handedOff })) },
  ];
  return (
    <VizProvider>
      <div style={{ height: 280 }}>
        <BarChart data={series} type="stacked" isAnimated={false} emptyStateText="No conversations in the last 30 days" />
      </div>
    </VizProvider>
  );
}
