import { BarChart } from "@shopify/polaris-viz";
import { t } from "../i18n/messages";
import type { ReasonCount } from "../../domain/reporting/handoff-reasons.server";
import { reasonLabel } from "./reason-labels";
import { VizProvider } from "./viz-provider.client";
import { PERSON_COLOR } from "./daily-automation-chart.client";

/** Horizontal bars: how many conversations went to a person for each reason, most frequent first. */
export default function HandoffReasonsChart({ reasons }: { reasons: ReasonCount[] }) {
  const series = [
    { name: t("reasons.col.conversations"), color: PERSON_COLOR, data: reasons.map((r) => ({ key: reasonLabel(r.code), value: r.conversations })) },
  ];
  return (
    <VizProvider>
      <div style={{ height: Math.max(160, 44 * reasons.length + 40) }}>
        <BarChart data={series} direction="horizontal" showLegend={false} isAnimated={false} />
      </div>
    </VizProvider>
  );
}
