import { useEffect, useRef, useState } from "react";
import { useFetcher } from "@remix-run/react";
import { Badge, BlockStack, Box, Button, Collapsible, InlineStack, Spinner, Text } from "@shopify/polaris";
import type { loader as examplesLoader } from "../routes/app.intent-examples";
import type { Intent } from "../domain/understanding/types";
import { INTENT_LABELS } from "./intent-labels";
import { t } from "./i18n/messages";

const DECISION_TONE = { automate: "success", clarify: "info", handoff: "attention" } as const;

/**
 * "Examples" under one intent on the Automation page: each question and the bot's exact reply. The answers are
 * asked for when the merchant first opens it, and again when it is open after the settings were saved
 * (`settingsVersion` changes).
 */
export function IntentExamples({ intent, settingsVersion }: { intent: Intent; settingsVersion: unknown }) {
  const [open, setOpen] = useState(false);
  const fetcher = useFetcher<typeof examplesLoader>();
  const loadedFor = useRef<unknown>(null);
  const load = fetcher.load;
  useEffect(() => {
    if (!open || loadedFor.current === settingsVersion) return;
    loadedFor.current = settingsVersion;
    load(`/app/intent-examples?intent=${intent}`);
  }, [open, settingsVersion, intent, load]);
  const id = `examples-${intent}`;
  const answers = fetcher.data?.answers ?? null;
  const failed = Boolean(fetcher.data?.error);
  const loading = fetcher.state === "loading";
  const mine = answers ?? [];
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
                        {/* The reply's own line breaks, as the shopper sees them in the bubble. */}
                        <span style={{ whiteSpace: "pre-wrap" }}>{a.reply ?? t("automation.examples.silent")}</span>
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
