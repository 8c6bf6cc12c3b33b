import { memo } from "react";
import { BlockStack, InlineGrid, Select, Text } from "@shopify/polaris";
import { INTENTS, type Intent } from "../domain/understanding/types";
import { IntentExamples } from "./intent-examples";
import { INTENT_LABELS } from "./intent-labels";
import { plural, t } from "./i18n/messages";

const n = (count: number) => plural(count, "automation.conversations.one", "automation.conversations.other");

/**
 * The Automation page's per-intent rows. Memoised: typing in another field (a threshold, the hours) re-renders
 * the page, and 18 rows with their selects and examples must not be part of every keystroke's work (INP).
 */
export const IntentRules = memo(function IntentRules(props: {
  modes: Record<Intent, "automate" | "human">;
  /** Conversations that asked about each intent in the last 30 days. */
  asked: Partial<Record<Intent, number>>;
  /** Changes when the settings are saved: open examples are asked again. */
  settingsVersion: unknown;
  onChange(intent: Intent, mode: "automate" | "human"): void;
}) {
  const options = [
    { label: t("automation.intents.automate"), value: "automate" },
    { label: t("automation.intents.human"), value: "human" },
  ];
  return (
    <BlockStack gap="300">
      <Text as="p" variant="bodySm" tone="subdued">
        {t("automation.examples.note")}
      </Text>
      {INTENTS.map((intent) => {
        const asked = props.asked[intent] ?? 0;
        const mode = intent === "human_agent" ? "human" : props.modes[intent];
        return (
          <InlineGrid key={intent} columns={["twoThirds", "oneThird"]} gap="300" alignItems="start">
            <BlockStack gap="050">
              <Text as="h3" variant="headingSm">
                {INTENT_LABELS[intent].label}
              </Text>
              <Text as="p" tone="subdued">
                {INTENT_LABELS[intent].help}
              </Text>
              <Text as="p" variant="bodySm" tone="subdued">
                {asked === 0
                  ? t("automation.intents.notAsked")
                  : mode === "human"
                    ? t("automation.intents.wouldSend", { conversations: n(asked) })
                    : t("automation.intents.asked", { conversations: n(asked) })}
              </Text>
              <IntentExamples intent={intent} settingsVersion={props.settingsVersion} />
            </BlockStack>
            <Select
              label={t("automation.intents.handling", { intent: INTENT_LABELS[intent].label })}
              labelHidden
              name={`intent-${intent}`}
              disabled={intent === "human_agent"}
              options={options}
              value={mode}
              onChange={(v) => props.onChange(intent, v as "automate" | "human")}
            />
          </InlineGrid>
        );
      })}
    </BlockStack>
  );
});
