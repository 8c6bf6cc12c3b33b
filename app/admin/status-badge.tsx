import { Badge } from "@shopify/polaris";
import { t } from "./i18n/messages";

const TONES = {
  bot: { tone: "info", label: t("status.bot") },
  waiting_for_human: { tone: "attention", label: t("status.waiting_for_human") },
  human: { tone: "success", label: t("status.human") },
  closed: { tone: undefined, label: t("status.closed") },
} as const;

export function StatusBadge({ status }: { status: keyof typeof TONES }) {
  const { tone, label } = TONES[status] ?? TONES.closed;
  return <Badge tone={tone}>{label}</Badge>;
}
