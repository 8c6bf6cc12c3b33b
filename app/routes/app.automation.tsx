import { useCallback, useEffect, useMemo, useState } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useBeforeUnload, useBlocker, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { BlockStack, Banner, Box, Card, Checkbox, FormLayout, InlineError, InlineStack, Layout, Page, Select, Text, TextField } from "@shopify/polaris";
import { SaveBar, TitleBar, useAppBridge } from "@shopify/app-bridge-react";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { loadShopSettings, saveShopSettings } from "../domain/settings/shop-settings-store.server";
import { listSegmentsSafely } from "../domain/settings/segments.server";
import { shopSettingsSchema, type ShopSettings } from "../domain/routing/settings";
import { ensureShopSettings, markSetup, shopTimezone } from "../domain/setup/setup-guide.server";
import { conversationSamples } from "../domain/reporting/rule-impact.server";
import { ruleImpact } from "../domain/reporting/rule-impact";
import type { Intent } from "../domain/understanding/types";
import { WEEKDAYS } from "../admin/intent-labels";
import { NumberField } from "../admin/number-field";
import { IntentRules } from "../admin/intent-rules";
import { NotificationSettingsCard } from "../admin/notification-settings";
import { notificationHealth } from "../domain/notifications/deliveries.server";
import { checkSmtpSettings } from "../domain/notifications/mailer.server";
import { plural, t } from "../admin/i18n/messages";
import { fromDraft, plainErrors, toDraft, UPSET_LEVELS, type SettingsDraft } from "../admin/settings-form";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const existing = await prisma.shopSettings.findUnique({ where: { shop: session.shop }, select: { shop: true } });
  // A shop that never saved starts in its own time zone, not New York's.
  const shopInfo = existing ? null : await shopTimezone(admin);
  const [settings, segments, samples, health] = await Promise.all([
    ensureShopSettings(prisma, session.shop, shopInfo?.ianaTimezone ?? null),
    listSegmentsSafely(admin),
    conversationSamples(prisma, session.shop, { now: new Date() }),
    notificationHealth(prisma, session.shop),
  ]);
  // Computed on the server and sent down, so server and client render the same list.
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(settings.businessHours.timezone)) timeZones.unshift(settings.businessHours.timezone);
  return { settings, segments, samples, timeZones, health };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false as const, errors: { _: t("automation.unreadable") } };
  }
  const parsed = shopSettingsSchema.safeParse(body);
  if (!parsed.success) return { ok: false as const, errors: plainErrors(parsed.error.issues) };
  // A new SMTP server is tried before it is saved: a wrong host or login is shown next to the field, not found later.
  const previous = await loadShopSettings(prisma, session.shop);
  const smtpErrors = await checkSmtpSettings(parsed.data.notifications.smtp, previous.notifications.smtp);
  if (Object.keys(smtpErrors).length) return { ok: false as const, errors: smtpErrors };
  const result = await saveShopSettings(prisma, session.shop, parsed.data);
  if (!result.ok) return { ok: false as const, errors: result.errors };
  await markSetup(prisma, session.shop, "hoursConfirmedAt");
  return { ok: true as const, errors: {} as Record<string, string> };
};

/** "24:00" (end of day) has no <input type="time"> form; the field shows it as 00:00 and stores it back as 24:00. */
const closeToInput = (close: string) => (close === "24:00" ? "00:00" : close);
const closeFromInput = (value: string) => (value === "00:00" ? "24:00" : value);

export default function Automation() {
  const { settings: saved, segments, samples, timeZones, health } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const shopify = useAppBridge();
  const initial = useMemo(() => toDraft(saved as ShopSettings), [saved]);
  const [d, setD] = useState<SettingsDraft>(initial);
  const [tags, setTags] = useState(initial.alwaysHuman.tags.join(", "));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const saving = navigation.state === "submitting";
  const errors: Record<string, string> = { ...(result && !result.ok ? result.errors : {}), ...clientErrors };

  const current = useMemo(() => ({ ...d, alwaysHuman: { ...d.alwaysHuman, tags: tags.split(",").map((t) => t.trim()).filter(Boolean) } }), [d, tags]);
  const dirty = JSON.stringify(current) !== JSON.stringify(initial);

  // After a save the loader returns the stored settings: start again from them.
  useEffect(() => {
    setD(initial);
    setTags(initial.alwaysHuman.tags.join(", "));
  }, [initial]);
  useEffect(() => {
    if (result?.ok) shopify.toast.show(t("automation.saved"));
  }, [result, shopify]);

  // Leaving with unsaved changes asks first: in-app links (Remix), and reloads / closing the tab.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !saving && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(t("automation.leave"))) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (dirty) event.preventDefault();
      },
      [dirty],
    ),
  );

  // Who asked what does not depend on the thresholds: one stable object, so the intent rows skip re-rendering.
  const askedByIntent = useMemo(() => ruleImpact(samples, { confidenceThreshold: 0, negativeSentimentThreshold: -1 }).byIntent, [samples]);
  const timeZoneOptions = useMemo(() => timeZones.map((tz) => ({ label: tz.replace(/_/g, " "), value: tz })), [timeZones]);
  const impact = useMemo(
    () =>
      ruleImpact(samples, {
        confidenceThreshold: (d.confidencePercent ?? 0) / 100,
        negativeSentimentThreshold: d.negativeSentimentThreshold,
      }),
    [samples, d.confidencePercent, d.negativeSentimentThreshold],
  );

  const save = () => {
    const checked = fromDraft(current);
    if (!checked.ok) {
      setClientErrors(checked.errors);
      shopify.toast.show(t("automation.needsFixing"), { isError: true });
      return;
    }
    setClientErrors({});
    submit(checked.settings as unknown as Record<string, never>, { method: "post", encType: "application/json" });
  };
  const discard = () => {
    setD(initial);
    setTags(initial.alwaysHuman.tags.join(", "));
    setClientErrors({});
  };

  const setIntent = useCallback((intent: Intent, mode: "automate" | "human") => setD((prev) => ({ ...prev, intents: { ...prev.intents, [intent]: mode } })), []);
  const setAlways = (patch: Partial<ShopSettings["alwaysHuman"]>) => setD({ ...d, alwaysHuman: { ...d.alwaysHuman, ...patch } });
  const setDay = (day: number, hours: { open: string; close: string } | null) => {
    const days = [...d.businessHours.days];
    days[day] = hours;
    setD({ ...d, businessHours: { ...d.businessHours, days } });
  };
  const n = (count: number) => plural(count, "automation.conversations.one", "automation.conversations.other");
  const upsetOptions = UPSET_LEVELS.some((l) => l.value === d.negativeSentimentThreshold)
    ? UPSET_LEVELS.map((l) => ({ label: l.label, value: String(l.value) }))
    : [...UPSET_LEVELS.map((l) => ({ label: l.label, value: String(l.value) })), { label: t("automation.upset.custom", { score: d.negativeSentimentThreshold }), value: String(d.negativeSentimentThreshold) }];

  return (
    <Page title={t("automation.title")} subtitle={t("automation.subtitle", { conversations: n(impact.conversations) })}>
      <TitleBar title={t("automation.title")} />
      <SaveBar id="automation-save-bar" open={dirty || saving}>
        <button variant="primary" onClick={save} disabled={saving} {...(saving ? { loading: "" } : {})}>
          {t("automation.save")}
        </button>
        <button onClick={discard} disabled={saving}>
          {t("automation.discard")}
        </button>
      </SaveBar>
      <BlockStack gap="500">
        {errors._ || Object.keys(errors).length ? (
          <Banner tone="critical" title={t("automation.notSaved")}>
            <p>{errors._ ?? t("automation.fixFields")}</p>
          </Banner>
        ) : null}
        <Layout>
          <Layout.AnnotatedSection
            title={t("automation.intents.title")}
            description={t("automation.intents.description")}
          >
            <Card>
              <IntentRules
                modes={d.intents}
                asked={askedByIntent}
                settingsVersion={saved}
                onChange={setIntent}
              />
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection
            title={t("automation.customers.title")}
            description={t("automation.customers.description")}
          >
            <Card>
              <FormLayout>
                <Text as="p" variant="bodySm" tone="subdued">
                  {t("automation.customers.impact", { conversations: n(impact.customerRules) })}
                </Text>
                <TextField
                  label={t("automation.customers.tags")}
                  helpText={t("automation.customers.tags.help")}
                  autoComplete="off"
                  value={tags}
                  onChange={setTags}
                  error={errors["alwaysHuman.tags"]}
                />
                {segments.available ? (
                  <BlockStack gap="100">
                    <Text as="p">{t("automation.customers.segments")}</Text>
                    {segments.items.length === 0 ? <Text as="p" tone="subdued">{t("automation.customers.noSegments")}</Text> : null}
                    {segments.items.map((segment) => (
                      <Checkbox
                        key={segment.id}
                        label={segment.name}
                        checked={d.alwaysHuman.segmentIds.includes(segment.id)}
                        onChange={(checked) =>
                          setAlways({
                            segmentIds: checked ? [...d.alwaysHuman.segmentIds, segment.id] : d.alwaysHuman.segmentIds.filter((id) => id !== segment.id),
                          })
                        }
                      />
                    ))}
                  </BlockStack>
                ) : (
                  <Banner tone="warning">{t("automation.customers.segmentsUnavailable")}</Banner>
                )}
                <FormLayout.Group>
                  <NumberField
                    label={t("automation.customers.minSpend")}
                    helpText={t("automation.customers.ruleOff")}
                    value={d.alwaysHuman.minLifetimeSpend ?? null}
                    onChange={(v) => setAlways({ minLifetimeSpend: v })}
                    error={errors["alwaysHuman.minLifetimeSpend"]}
                  />
                  <NumberField
                    label={t("automation.customers.minOrders")}
                    helpText={t("automation.customers.ruleOff")}
                    value={d.alwaysHuman.minOrderCount ?? null}
                    onChange={(v) => setAlways({ minOrderCount: v })}
                    error={errors["alwaysHuman.minOrderCount"]}
                  />
                  <NumberField
                    label={t("automation.customers.minOrderValue")}
                    helpText={t("automation.customers.ruleOff")}
                    value={d.alwaysHuman.minOrderValue ?? null}
                    onChange={(v) => setAlways({ minOrderValue: v })}
                    error={errors["alwaysHuman.minOrderValue"]}
                  />
                </FormLayout.Group>
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection title={t("automation.judgment.title")} description={t("automation.judgment.description")}>
            <Card>
              <FormLayout>
                <NumberField
                  label={t("automation.judgment.confidence")}
                  value={d.confidencePercent}
                  onChange={(v) => setD({ ...d, confidencePercent: v })}
                  error={errors.confidencePercent}
                  helpText={t("automation.judgment.confidence.help", { percent: d.confidencePercent ?? "…", conversations: n(impact.belowConfidence) })}
                />
                <Select
                  label={t("automation.judgment.upset")}
                  options={upsetOptions}
                  value={String(d.negativeSentimentThreshold)}
                  onChange={(v) => setD({ ...d, negativeSentimentThreshold: Number(v) })}
                  helpText={t("automation.judgment.upset.help", { conversations: n(impact.upset) })}
                  error={errors.negativeSentimentThreshold}
                />
                <FormLayout.Group>
                  <div id="holdout">
                    <NumberField
                      label={t("automation.judgment.holdout")}
                      helpText={t("automation.judgment.holdout.help")}
                      value={d.holdoutPercent}
                      onChange={(v) => setD({ ...d, holdoutPercent: v })}
                      error={errors.holdoutPercent}
                    />
                  </div>
                  <NumberField
                    label={t("automation.judgment.returnWindow")}
                    value={d.returnWindowDays}
                    onChange={(v) => setD({ ...d, returnWindowDays: v })}
                    error={errors.returnWindowDays}
                  />
                </FormLayout.Group>
                <Checkbox label={t("automation.judgment.botCancels")} checked={d.allowBotCancellation} onChange={(v) => setD({ ...d, allowBotCancellation: v })} />
                <Checkbox label={t("automation.judgment.exactStock")} checked={d.showExactStock} onChange={(v) => setD({ ...d, showExactStock: v })} />
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection id="notifications" title={t("automation.notifications.title")} description={t("automation.notifications.description")}>
            <NotificationSettingsCard value={d.notifications} onChange={(notifications) => setD({ ...d, notifications })} errors={errors} health={health} />
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection
            id="business-hours"
            title={t("automation.hours.title")}
            description={t("automation.hours.description")}
          >
            <Card>
              <BlockStack gap="300">
                <Select
                  label={t("automation.hours.timezone")}
                  options={timeZoneOptions}
                  value={d.businessHours.timezone}
                  onChange={(v) => setD({ ...d, businessHours: { ...d.businessHours, timezone: v } })}
                  error={errors["businessHours.timezone"]}
                />
                {errors["businessHours.days"] && <InlineError message={errors["businessHours.days"]} fieldID="business-hours-days" />}
                {WEEKDAYS.map((name, day) => {
                  const hours = d.businessHours.days[day];
                  const dayError = errors[`businessHours.days.${day}`];
                  return (
                    <BlockStack key={name} gap="100">
                      <InlineStack gap="300" blockAlign="center" wrap={false}>
                        <Box minWidth="120px">
                          <Checkbox label={name} checked={hours !== null} onChange={(open) => setDay(day, open ? { open: "09:00", close: "17:00" } : null)} />
                        </Box>
                        {hours ? (
                          <>
                            <TextField label={t("automation.hours.opens", { day: name })} labelHidden type="time" autoComplete="off" value={hours.open} onChange={(v) => setDay(day, { ...hours, open: v })} />
                            <Text as="span">{t("automation.hours.to")}</Text>
                            <TextField
                              label={t("automation.hours.closes", { day: name })}
                              labelHidden
                              type="time"
                              autoComplete="off"
                              value={closeToInput(hours.close)}
                              onChange={(v) => setDay(day, { ...hours, close: closeFromInput(v) })}
                            />
                          </>
                        ) : (
                          <Text as="span" tone="subdued">
                            {t("automation.hours.closed")}
                          </Text>
                        )}
                      </InlineStack>
                      {dayError && <InlineError message={dayError} fieldID={`day-${day}`} />}
                    </BlockStack>
                  );
                })}
                <Text as="p" variant="bodySm" tone="subdued">
                  {t("automation.hours.midnight")}
                </Text>
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>
        </Layout>
      </BlockStack>
    </Page>
  );
}
