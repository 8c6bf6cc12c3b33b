import { useState } from "react";
import { Badge, BlockStack, Box, Button, Collapsible, InlineStack, Spinner, Text } from "@shopify/polaris";
import type { ExampleAnswer } from "../domain/try-it/intent-examples.server";
import type { Intent } from "../domain/understanding/types";
import { INTENT_LABELS } from "./intent-labels";
import { t } from "./i18n/messages";

const DECISION_TONE = { automate: "success", clarify: "info", handoff: "attention" } as const;

/** "Examples" under one intent on the Automation page: each question and the bot's exact reply. */
export function IntentExamples({ intent, answers, loading, failed }: { intent: Intent; answers: ExampleAnswer[] | null; loading: boolean; failed: boolean }) {
  const [open, setOpen] = useState(false);
  const id = `examples-${intent}`;
  const mine = answers?.filter((a) => a.intent === intent) ?? [];
  return (
    <BlockStack gap="100">
      <InlineStack>
        <Button variant="plain" disclosure={open ? "up" : "down"} onClick={() => setOpen(!open)} ariaExpanded={open} ariaControls={id}>
          {t("automation.examples.toggle")}
        </Button>
      </InlineStack>
      <Collapsible id={id} open={open}>
        <Box paddingBlockStart="100" paddingInlineStart="300" borderInlineStartWidth="025" borderColor="border">
          {failed ? (
            <Text as="p" tone="critical">
              {t("automation.examples.failed")}
            </Text>
          ) : loading || !answers ? (
            <InlineStack gap="200" blockAlign="center">
              <Spinner size="small" accessibilityLabel={t("automation.examples.loading")} />
              <Text as="span" tone="subdued">
                {t("automation.examples.loading")}
              </Text>
            </InlineStack>
          ) : (
            <BlockStack gap="300">
              {mine.map((a) => (
                <BlockStack gap="100" key={a.question}>
                  <Text as="p" fontWeight="semibold">
                    {t("automation.examples.shopper", { question: a.question })}
                  </Text>
                  {a.error ? (
                    <Text as="p" tone="critical">
                      {t("automation.examples.error", { error: a.error })}
                    </Text>
                  ) : (
                    <>
                      <InlineStack gap="200">
                        {a.decision && <Badge tone={DECISION_TONE[a.decision]}>{t(`automation.examples.decision.${a.decision}`)}</Badge>}
                        {a.understoodAs !== intent && <Badge>{t("automation.examples.understoodAs", { intent: INTENT_LABELS[a.understoodAs].label })}</Badge>}
                      </InlineStack>
                      <Text as="p" tone="subdued">
                        {a.reply ?? t("automation.examples.silent")}
                      </Text>
                    </>
                  )}
                </BlockStack>
              ))}
            </BlockStack>
          )}
        </Box>
      </Collapsible>
    </BlockStack>
  );
}
