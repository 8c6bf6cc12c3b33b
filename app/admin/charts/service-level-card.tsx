import { BlockStack, Card, InlineGrid, Text } from "@shopify/polaris";
import type { ServiceLevelReport } from "../../domain/reporting/service-level.server";
import { t } from "../i18n/messages";
import { duration } from "./format";

const minutes = (value: number | null) =>
  value === null ? null : value * 60_000;

/** Your team's side of a handoff: how fast a person replied, how long until it was closed, who waited too long. */
export function ServiceLevelCard({ report }: { report: ServiceLevelReport }) {
  const figures = [
    {
      label: t("service.firstReply"),
      value: duration(minutes(report.medianFirstReplyMinutes)),
      help: t("service.firstReply.help", { n: report.replied }),
    },
    {
      label: t("service.resolution"),
      value: duration(minutes(report.medianResolutionMinutes)),
      help: t("service.resolution.help", { n: report.resolved }),
    },
    {
      label: t("service.pastTarget", {
        target: duration(minutes(report.targetReplyMinutes)),
      }),
      value: String(report.waitedPastTarget),
      help: t("service.pastTarget.help", { n: report.handoffs }),
    },
  ];
  return (
    <div data-testid="service-level">
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t("service.title")}
          </Text>
          {report.handoffs === 0 ? (
            <Text as="p" tone="subdued">
              {t("service.empty")}
            </Text>
          ) : (
            <InlineGrid columns={{ xs: 1, sm: 3 }} gap="400">
              {figures.map((figure) => (
                <BlockStack gap="100" key={figure.label}>
                  <Text as="h3" variant="headingSm" tone="subdued">
                    {figure.label}
                  </Text>
                  <Text as="p" variant="headingXl">
                    {figure.value}
                  </Text>
                  <Text as="p" variant="bodySm" tone="subdued">
                    {figure.help}
                  </Text>
                </BlockStack>
              ))}
            </InlineGrid>
          )}
          <Text as="p" variant="bodySm" tone="subdued">
            {t("service.definitions", {
              target: duration(minutes(report.targetReplyMinutes)),
            })}
          </Text>
        </BlockStack>
      </Card>
    </div>
  );
}
