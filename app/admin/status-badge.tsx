import { Badge } from "@shopify/polaris";

const TONES = {
  bot: { tone: "info", label: "Bot" },
  waiting_for_human: { tone: "attention", label: "Needs reply" },
  human: { tone: "success", label: "With your team" },
  closed: { tone: undefined, label: "Closed" },
} as const;

export function StatusBadge({ status }: { status: keyof typeof TONES }) {
  const { tone, label } = TONES[status] ?? TONES.closed;
  return <Badge tone={tone}>{label}</Badge>;
}
