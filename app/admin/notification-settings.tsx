import { Badge, BlockStack, Card, Checkbox, FormLayout, InlineStack, Text, TextField } from "@shopify/polaris";
import type { NotificationSettings } from "../domain/routing/settings";
import { t } from "./i18n/messages";

// The same text on the server and in the browser (a local time would differ and break hydration).
const utcTime = (iso: string | null) =>
  iso ? `${new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso))} UTC` : "–";

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
  if (!health?.lastStatus) return <Badge>{t("notify.health.none")}</Badge>;
  if (health.lastStatus === "sent") return <Badge tone="success">{t("notify.health.ok")}</Badge>;
  return <Badge tone="critical">{t("notify.health.failing", { time: utcTime(health.failingSince) })}</Badge>;
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
          {t("notify.title")}
        </Text>
        <FormLayout>
          <TextField
            label={t("notify.emailTo")}
            autoComplete="off"
            value={value.emailRecipients.join(", ")}
            onChange={(text) => set({ emailRecipients: text.split(/[,\s]+/).filter(Boolean) })}
            helpText={t("notify.emailTo.help")}
            error={error("emailRecipients") ?? error("emailRecipients.0")}
          />
          <TextField
            label={t("notify.remind")}
            type="number"
            autoComplete="off"
            value={String(value.targetReplyMinutes)}
            onChange={(text) => set({ targetReplyMinutes: Number(text) })}
            helpText={t("notify.remind.help")}
            error={error("targetReplyMinutes")}
          />
          <Checkbox
            label={t("notify.replies")}
            checked={value.emailRepliesToShoppers}
            onChange={(checked) => set({ emailRepliesToShoppers: checked })}
            helpText={t("notify.replies.help")}
          />
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              {t("notify.smtp")}
            </Text>
            <HealthBadge health={email} />
          </InlineStack>
          {email?.lastStatus === "failed" && email.lastError ? <Text as="p" tone="critical">{email.lastError}</Text> : null}
          <Checkbox label={t("notify.ownSmtp")} checked={smtp !== null} onChange={(checked) => set({ smtp: checked ? { host: "", port: 587, secure: false, user: "", password: "", from: "" } : null })} />
          {smtp ? (
            <FormLayout.Group>
              <TextField label={t("notify.smtp.host")} autoComplete="off" value={smtp.host} onChange={(host) => setSmtp({ host })} error={error("smtp.host") ?? error("smtp")} />
              <TextField label={t("notify.smtp.port")} type="number" autoComplete="off" value={String(smtp.port)} onChange={(port) => setSmtp({ port: Number(port) })} error={error("smtp.port")} />
              <TextField label={t("notify.smtp.user")} autoComplete="off" value={smtp.user} onChange={(user) => setSmtp({ user })} />
              <TextField label={t("notify.smtp.password")} type="password" autoComplete="off" value={smtp.password} onChange={(password) => setSmtp({ password })} />
              <TextField label={t("notify.smtp.from")} autoComplete="off" value={smtp.from} onChange={(from) => setSmtp({ from })} error={error("smtp.from")} />
              <Checkbox label={t("notify.smtp.tls")} checked={smtp.secure} onChange={(secure) => setSmtp({ secure })} />
            </FormLayout.Group>
          ) : null}
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              {t("notify.webhook")}
            </Text>
            {value.webhookUrl ? <HealthBadge health={webhook} /> : null}
          </InlineStack>
          {webhook?.lastStatus === "failed" && webhook.lastError ? <Text as="p" tone="critical">{webhook.lastError}</Text> : null}
          <TextField
            label={t("notify.webhook.url")}
            autoComplete="off"
            value={value.webhookUrl ?? ""}
            onChange={(url) => set({ webhookUrl: url.trim() || null })}
            helpText={t("notify.webhook.url.help")}
            error={error("webhookUrl")}
          />
          <TextField
            label={t("notify.secret")}
            autoComplete="off"
            value={value.webhookSecret ?? ""}
            onChange={(secret) => set({ webhookSecret: secret || null })}
            helpText={t("notify.secret.help")}
            error={error("webhookSecret")}
          />
        </FormLayout>
      </BlockStack>
    </Card>
  );
}
