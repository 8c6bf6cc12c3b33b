import { Form } from "@remix-run/react";
import { Badge, BlockStack, Box, Button, Card, Divider, InlineStack, ProgressBar, Text } from "@shopify/polaris";
import type { SetupGuide, SetupStepId } from "../domain/setup/setup-guide.server";
import { t, type MessageKey } from "./i18n/messages";

const TITLES: Record<SetupStepId, MessageKey> = {
  embed: "setup.embed.title",
  hours: "setup.hours.title",
  notifications: "setup.notify.title",
  try: "setup.try.title",
};

/** Home's checklist until every step is done; each step checks itself (see setup-guide.server.ts). */
export function SetupGuideCard({ guide }: { guide: SetupGuide }) {
  const done = guide.steps.filter((s) => s.done).length;
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t("setup.title")}
          </Text>
          <Text as="span" tone="subdued">
            {t("setup.progress", { done, total: guide.steps.length })}
          </Text>
        </InlineStack>
        <ProgressBar progress={(done / guide.steps.length) * 100} size="small" tone="primary" />
        {guide.steps.map((step) => (
          <BlockStack key={step.id} gap="200">
            <Divider />
            <InlineStack gap="200" blockAlign="center" wrap={false}>
              <StepMark done={step.done} />
              <Text as="h3" variant="headingSm">
                {t(TITLES[step.id])}
              </Text>
              {step.done && <Badge tone="success">{t("setup.done")}</Badge>}
            </InlineStack>
            <Box paddingInlineStart="800">
              <StepBody id={step.id} guide={guide} done={step.done} />
            </Box>
          </BlockStack>
        ))}
      </BlockStack>
    </Card>
  );
}

// Drawn here rather than from @shopify/polaris-icons, which is not a direct dependency.
function StepMark({ done }: { done: boolean }) {
  const style = { display: "inline-flex", alignItems: "center", justifyContent: "center", width: 20, height: 20, borderRadius: "50%", flex: "none" } as const;
  return done ? (
    <span aria-hidden style={{ ...style, background: "#29845a", color: "#fff", fontSize: 12, fontWeight: 700 }}>
      ✓
    </span>
  ) : (
    <span aria-hidden style={{ ...style, border: "2px dashed #8a8a8a" }} />
  );
}

function StepBody({ id, guide, done }: { id: SetupStepId; guide: SetupGuide; done: boolean }) {
  if (id === "embed") {
    const { embed } = guide;
    const text =
      embed.state === "on"
        ? t("setup.embed.on", { theme: embed.themeName ?? "" })
        : embed.state === "off"
          ? t("setup.embed.off", { theme: embed.themeName ? ` (${embed.themeName})` : "" })
          : embed.problem === "missing_read_themes"
            ? t("setup.embed.missingScope")
            : t("setup.embed.unknown", { problem: embed.problem ?? "" });
    return (
      <BlockStack gap="200">
        <Text as="p">{text}</Text>
        {!done && (
          <InlineStack gap="200">
            <Button url={embed.editorUrl} target="_top" variant="primary">
              {t("setup.embed.action")}
            </Button>
            <Button url="/app">{t("setup.embed.recheck")}</Button>
          </InlineStack>
        )}
      </BlockStack>
    );
  }
  if (id === "hours") {
    return (
      <BlockStack gap="200">
        <Text as="p">{t("setup.hours.body", { timezone: guide.hours.timezone, days: guide.hours.openDays })}</Text>
        {!done && (
          <InlineStack gap="200">
            <Form method="post">
              <input type="hidden" name="intent" value="confirm-hours" />
              <Button submit variant="primary">
                {t("setup.hours.confirm")}
              </Button>
            </Form>
            <Button url="/app/automation#business-hours">{t("setup.hours.edit")}</Button>
          </InlineStack>
        )}
      </BlockStack>
    );
  }
  if (id === "notifications") {
    const { recipients, shopEmail } = guide.notifications;
    const text =
      recipients === null
        ? t("setup.notify.unavailable")
        : recipients.length
          ? t("setup.notify.recipients", { recipients: recipients.join(", ") })
          : shopEmail
            ? t("setup.notify.shopEmail", { email: shopEmail })
            : t("setup.notify.none");
    return (
      <BlockStack gap="200">
        <Text as="p">{text}</Text>
        {recipients !== null && <Button url="/app/automation#notifications">{t("setup.notify.action")}</Button>}
      </BlockStack>
    );
  }
  return (
    <BlockStack gap="200">
      <Text as="p">{t("setup.try.body")}</Text>
      {!done && (
        <InlineStack>
          <Button url="/app/try" variant="primary">
            {t("setup.try.action")}
          </Button>
        </InlineStack>
      )}
    </BlockStack>
  );
}
