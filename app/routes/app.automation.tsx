import { useCallback, useEffect, useMemo, useState } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useBeforeUnload, useBlocker, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { BlockStack, Banner, Box, Card, Checkbox, FormLayout, InlineError, InlineGrid, InlineStack, Layout, Page, Select, Text, TextField } from "@shopify/polaris";
import { SaveBar, TitleBar, useAppBridge } from "@shopify/app-bridge-react";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { saveShopSettings } from "../domain/settings/shop-settings-store.server";
import { listSegmentsSafely } from "../domain/settings/segments.server";
import { shopSettingsSchema, type ShopSettings } from "../domain/routing/settings";
import { ensureShopSettings, markSetup, shopTimezone } from "../domain/setup/setup-guide.server";
import { conversationSamples } from "../domain/reporting/rule-impact.server";
import { ruleImpact } from "../domain/reporting/rule-impact";
import { INTENTS, type Intent } from "../domain/understanding/types";
import { INTENT_LABELS, WEEKDAYS } from "../admin/intent-labels";
import { NumberField } from "../admin/number-field";
import { fromDraft, plainErrors, toDraft, UPSET_LEVELS, type SettingsDraft } from "../admin/settings-form";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const existing = await prisma.shopSettings.findUnique({ where: { shop: session.shop }, select: { shop: true } });
  // A shop that never saved starts in its own time zone, not New York's.
  const shopInfo = existing ? null : await shopTimezone(admin);
  const [settings, segments, samples] = await Promise.all([
    ensureShopSettings(prisma, session.shop, shopInfo?.ianaTimezone ?? null),
    listSegmentsSafely(admin),
    conversationSamples(prisma, session.shop, { now: new Date() }),
  ]);
  // Computed on the server and sent down, so server and client render the same list.
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(settings.businessHours.timezone)) timeZones.unshift(settings.businessHours.timezone);
  return { settings, segments, samples, timeZones };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false as const, errors: { _: "The form could not be read; nothing was saved." } };
  }
  const parsed = shopSettingsSchema.safeParse(body);
  if (!parsed.success) return { ok: false as const, errors: plainErrors(parsed.error.issues) };
  const result = await saveShopSettings(prisma, session.shop, parsed.data);
  if (!result.ok) return { ok: false as const, errors: result.errors };
  await markSetup(prisma, session.shop, "hoursConfirmedAt");
  return { ok: true as const, errors: {} as Record<string, string> };
};

/** "24:00" (end of day) has no <input type="time"> form; the field shows it as 00:00 and stores it back as 24:00. */
const closeToInput = (close: string) => (close === "24:00" ? "00:00" : close);
const closeFromInput = (value: string) => (value === "00:00" ? "24:00" : value);

export default function Automation() {
  const { settings: saved, segments, samples, timeZones } = useLoaderData<typeof loader>();
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
    if (result?.ok) shopify.toast.show("Automation settings saved");
  }, [result, shopify]);

  // Leaving with unsaved changes asks first: in-app links (Remix), and reloads / closing the tab.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !saving && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm("You have unsaved changes. Leave this page and lose them?")) blocker.proceed();
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
      shopify.toast.show("Some settings need fixing", { isError: true });
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

  const setIntent = (intent: Intent, mode: "automate" | "human") => setD({ ...d, intents: { ...d.intents, [intent]: mode } });
  const setAlways = (patch: Partial<ShopSettings["alwaysHuman"]>) => setD({ ...d, alwaysHuman: { ...d.alwaysHuman, ...patch } });
  const setDay = (day: number, hours: { open: string; close: string } | null) => {
    const days = [...d.businessHours.days];
    days[day] = hours;
    setD({ ...d, businessHours: { ...d.businessHours, days } });
  };
  const n = (count: number) => `${count} conversation${count === 1 ? "" : "s"}`;
  const upsetOptions = UPSET_LEVELS.some((l) => l.value === d.negativeSentimentThreshold)
    ? UPSET_LEVELS.map((l) => ({ label: l.label, value: String(l.value) }))
    : [...UPSET_LEVELS.map((l) => ({ label: l.label, value: String(l.value) })), { label: `Custom (score ${d.negativeSentimentThreshold} or lower)`, value: String(d.negativeSentimentThreshold) }];

  return (
    <Page title="Automation" subtitle={`Counts below replay your last 30 days: ${n(impact.conversations)}.`}>
      <TitleBar title="Automation" />
      <SaveBar id="automation-save-bar" open={dirty || saving}>
        <button variant="primary" onClick={save} disabled={saving} {...(saving ? { loading: "" } : {})}>
          Save
        </button>
        <button onClick={discard} disabled={saving}>
          Discard
        </button>
      </SaveBar>
      <BlockStack gap="500">
        {errors._ || Object.keys(errors).length ? (
          <Banner tone="critical" title="Settings not saved">
            <p>{errors._ ?? "Fix the fields marked in red below, then save again."}</p>
          </Banner>
        ) : null}
        <Layout>
          <Layout.AnnotatedSection
            title="What the bot answers"
            description="Automated question types are answered from your live store data. The rest go to your team in the Inbox. Shoppers can always ask for a person."
          >
            <Card>
              <BlockStack gap="300">
                {INTENTS.map((intent) => {
                  const asked = impact.byIntent[intent] ?? 0;
                  const mode = intent === "human_agent" ? "human" : d.intents[intent];
                  return (
                    <InlineGrid key={intent} columns={["twoThirds", "oneThird"]} gap="300" alignItems="center">
                      <BlockStack gap="050">
                        <Text as="h3" variant="headingSm">
                          {INTENT_LABELS[intent].label}
                        </Text>
                        <Text as="p" tone="subdued">
                          {INTENT_LABELS[intent].help}
                        </Text>
                        <Text as="p" variant="bodySm" tone="subdued">
                          {asked === 0
                            ? "Not asked in the last 30 days."
                            : mode === "human"
                              ? `This rule would have sent ${n(asked)} to people in the last 30 days.`
                              : `Asked in ${n(asked)} in the last 30 days.`}
                        </Text>
                      </BlockStack>
                      <Select
                        label={`${INTENT_LABELS[intent].label} handling`}
                        labelHidden
                        name={`intent-${intent}`}
                        disabled={intent === "human_agent"}
                        options={[
                          { label: "Automate", value: "automate" },
                          { label: "Send to a person", value: "human" },
                        ]}
                        value={mode}
                        onChange={(v) => setIntent(intent, v as "automate" | "human")}
                      />
                    </InlineGrid>
                  );
                })}
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection
            title="Customers who always reach a person"
            description="Matching customers skip the bot entirely. Identity comes only from a signed-in storefront session."
          >
            <Card>
              <FormLayout>
                <Text as="p" variant="bodySm" tone="subdued">
                  {`These rules sent ${n(impact.customerRules)} to people in the last 30 days.`}
                </Text>
                <TextField
                  label="Customer tags"
                  helpText="Separate tags with commas; capital letters don't matter."
                  autoComplete="off"
                  value={tags}
                  onChange={setTags}
                  error={errors["alwaysHuman.tags"]}
                />
                {segments.available ? (
                  <BlockStack gap="100">
                    <Text as="p">Customer segments</Text>
                    {segments.items.length === 0 ? <Text as="p" tone="subdued">No segments in this store.</Text> : null}
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
                  <Banner tone="warning">Segments could not be loaded from Shopify right now; saved choices are kept.</Banner>
                )}
                <FormLayout.Group>
                  <NumberField
                    label="Lifetime spend at or above"
                    helpText="Empty: rule off"
                    value={d.alwaysHuman.minLifetimeSpend ?? null}
                    onChange={(v) => setAlways({ minLifetimeSpend: v })}
                    error={errors["alwaysHuman.minLifetimeSpend"]}
                  />
                  <NumberField
                    label="Order count at or above"
                    helpText="Empty: rule off"
                    value={d.alwaysHuman.minOrderCount ?? null}
                    onChange={(v) => setAlways({ minOrderCount: v })}
                    error={errors["alwaysHuman.minOrderCount"]}
                  />
                  <NumberField
                    label="Order value at or above"
                    helpText="Empty: rule off"
                    value={d.alwaysHuman.minOrderValue ?? null}
                    onChange={(v) => setAlways({ minOrderValue: v })}
                    error={errors["alwaysHuman.minOrderValue"]}
                  />
                </FormLayout.Group>
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection title="Judgment" description="When the bot is unsure it asks once, then hands off. Upset shoppers go to a person.">
            <Card>
              <FormLayout>
                <NumberField
                  label="Ask again, then hand off, when the bot is less than this sure (%)"
                  value={d.confidencePercent}
                  onChange={(v) => setD({ ...d, confidencePercent: v })}
                  error={errors.confidencePercent}
                  helpText={`Hand off when the bot is less than ${d.confidencePercent ?? "…"}% sure. At this level ${n(impact.belowConfidence)} of the last 30 days had a message the bot wasn't sure about.`}
                />
                <Select
                  label="Send to a person when the shopper sounds upset"
                  options={upsetOptions}
                  value={String(d.negativeSentimentThreshold)}
                  onChange={(v) => setD({ ...d, negativeSentimentThreshold: Number(v) })}
                  helpText={`This rule would have sent ${n(impact.upset)} to people in the last 30 days.`}
                  error={errors.negativeSentimentThreshold}
                />
                <FormLayout.Group>
                  <div id="holdout">
                    <NumberField
                      label="Holdout: share of conversations sent to your team instead (%)"
                      helpText="0 turns it off. A small random share (e.g. 10%) shows on Home whether the bot helps shoppers more than your team alone."
                      value={d.holdoutPercent}
                      onChange={(v) => setD({ ...d, holdoutPercent: v })}
                      error={errors.holdoutPercent}
                    />
                  </div>
                  <NumberField
                    label="Return window (days)"
                    value={d.returnWindowDays}
                    onChange={(v) => setD({ ...d, returnWindowDays: v })}
                    error={errors.returnWindowDays}
                  />
                </FormLayout.Group>
                <Checkbox label="Let the bot cancel unfulfilled orders itself" checked={d.allowBotCancellation} onChange={(v) => setD({ ...d, allowBotCancellation: v })} />
                <Checkbox label="Show exact stock counts to shoppers" checked={d.showExactStock} onChange={(v) => setD({ ...d, showExactStock: v })} />
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection
            id="business-hours"
            title="Business hours"
            description="Outside these hours a handoff tells the shopper when your team will reply and asks for an email."
          >
            <Card>
              <BlockStack gap="300">
                <Select
                  label="Time zone"
                  options={timeZones.map((tz) => ({ label: tz.replace(/_/g, " "), value: tz }))}
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
                            <TextField label={`${name} opens`} labelHidden type="time" autoComplete="off" value={hours.open} onChange={(v) => setDay(day, { ...hours, open: v })} />
                            <Text as="span">to</Text>
                            <TextField
                              label={`${name} closes`}
                              labelHidden
                              type="time"
                              autoComplete="off"
                              value={closeToInput(hours.close)}
                              onChange={(v) => setDay(day, { ...hours, close: closeFromInput(v) })}
                            />
                          </>
                        ) : (
                          <Text as="span" tone="subdued">
                            Closed
                          </Text>
                        )}
                      </InlineStack>
                      {dayError && <InlineError message={dayError} fieldID={`day-${day}`} />}
                    </BlockStack>
                  );
                })}
                <Text as="p" variant="bodySm" tone="subdued">
                  A closing time of 00:00 means midnight (end of the day).
                </Text>
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>
        </Layout>
      </BlockStack>
    </Page>
  );
}
