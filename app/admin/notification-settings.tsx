import { Badge, BlockStack, Card, Checkbox, FormLayout, InlineStack, Text, TextField } from "@shopify/polaris";
import type { NotificationSettings } from "../domain/routing/settings";

// Settings for issue 8's notifications, as one Polaris card. The Automation page (admin helper) mounts it:
//   <NotificationSettingsCard value={settings.notifications} onChange={(n) => set({ ...settings, notifications: n })}
//     errors={errors} health={health} />
// with `health` from notificationHealth(db, shop) in the loader, and errors keyed like saveShopSettings' ("notifications.x").

export interface ChannelHealthView {
  channel: "email" | "webhook";
  lastStatus: "sent" | "failed" | null;
  lastError: string | null;
  failingSince: string | null;
}

function HealthBadge({ health }: { health?: ChannelHealthView }) {
  if (!health?.lastStatus) return <Badge>Nothing sent yet</Badge>;
  if (health.lastStatus === "sent") return <Badge tone="success">Working</Badge>;
  return <Badge tone="critical">{`Failing since ${new Date(health.failingSince ?? Date.now()).toLocaleString()}`}</Badge>;
}

export function NotificationSettingsCard(props: {
  value: NotificationSettings;
  onChange(value: NotificationSettings): void;
  errors?: Record<string, string>;
  health?: ChannelHealthView[];
}) {
  const { value, onChange } = props;
  const error = (field: string) => props.errors?.[`notifications.${field}`];
  const set = (changes: Partial<NotificationSettings>) => onChange({ ...value, ...changes });
  const smtp = value.smtp;
  const setSmtp = (changes: Partial<NonNullable<NotificationSettings["smtp"]>>) =>
    set({ smtp: { host: "", port: 587, secure: false, user: "", password: "", from: "", ...smtp, ...changes } });
  const email = props.health?.find((h) => h.channel === "email");
  const webhook = props.health?.find((h) => h.channel === "webhook");

  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          Notifications
        </Text>
        <FormLayout>
          <TextField
            label="Email new handoffs to"
            autoComplete="off"
            value={value.emailRecipients.join(", ")}
            onChange={(text) => set({ emailRecipients: text.split(/[,\s]+/).filter(Boolean) })}
            helpText="Separate addresses with commas. Empty: the store's contact email in Shopify."
            error={error("emailRecipients") ?? error("emailRecipients.0")}
          />
          <TextField
            label="Remind after (minutes waiting)"
            type="number"
            autoComplete="off"
            value={String(value.targetReplyMinutes)}
            onChange={(text) => set({ targetReplyMinutes: Number(text) })}
            helpText="Your target reply time: a reminder goes out when a shopper has waited longer."
            error={error("targetReplyMinutes")}
          />
          <Checkbox
            label="Email staff replies to shoppers who left"
            checked={value.emailRepliesToShoppers}
            onChange={(checked) => set({ emailRepliesToShoppers: checked })}
            helpText="When the shopper hasn't seen a reply in the chat within a few minutes and left an email."
          />
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              Email (SMTP)
            </Text>
            <HealthBadge health={email} />
          </InlineStack>
          {email?.lastStatus === "failed" && email.lastError ? <Text as="p" tone="critical">{email.lastError}</Text> : null}
          <Checkbox label="Send through my own SMTP server" checked={smtp !== null} onChange={(checked) => set({ smtp: checked ? { host: "", port: 587, secure: false, user: "", password: "", from: "" } : null })} />
          {smtp ? (
            <FormLayout.Group>
              <TextField label="SMTP host" autoComplete="off" value={smtp.host} onChange={(host) => setSmtp({ host })} error={error("smtp.host") ?? error("smtp")} />
              <TextField label="Port" type="number" autoComplete="off" value={String(smtp.port)} onChange={(port) => setSmtp({ port: Number(port) })} error={error("smtp.port")} />
              <TextField label="User" autoComplete="off" value={smtp.user} onChange={(user) => setSmtp({ user })} />
              <TextField label="Password" type="password" autoComplete="off" value={smtp.password} onChange={(password) => setSmtp({ password })} />
              <TextField label="Send as (email)" autoComplete="off" value={smtp.from} onChange={(from) => setSmtp({ from })} error={error("smtp.from")} />
              <Checkbox label="TLS from the start (port 465)" checked={smtp.secure} onChange={(secure) => setSmtp({ secure })} />
            </FormLayout.Group>
          ) : null}
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              Webhook (Slack, or your own endpoint)
            </Text>
            {value.webhookUrl ? <HealthBadge health={webhook} /> : null}
          </InlineStack>
          {webhook?.lastStatus === "failed" && webhook.lastError ? <Text as="p" tone="critical">{webhook.lastError}</Text> : null}
          <TextField
            label="Webhook URL"
            autoComplete="off"
            value={value.webhookUrl ?? ""}
            onChange={(url) => set({ webhookUrl: url.trim() || null })}
            helpText="JSON with the conversation link, reasons, customer and order; its `text` field is a ready Slack message."
            error={error("webhookUrl")}
          />
          <TextField
            label="Signing secret"
            autoComplete="off"
            value={value.webhookSecret ?? ""}
            onChange={(secret) => set({ webhookSecret: secret || null })}
            helpText="Requests carry X-Switchboard-Signature: sha256=HMAC-SHA256(secret, timestamp + '.' + body)."
            error={error("webhookSecret")}
          />
        </FormLayout>
      </BlockStack>
    </Card>
  );
}
