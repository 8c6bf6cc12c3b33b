import { useEffect, useState } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import {
  BlockStack,
  Banner,
  Box,
  Button,
  Card,
  Checkbox,
  FormLayout,
  InlineGrid,
  InlineStack,
  Layout,
  Page,
  Select,
  Text,
  TextField,
} from "@shopify/polaris";
import { TitleBar, useAppBridge } from "@shopify/app-bridge-react";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { loadShopSettings, saveShopSettings } from "../domain/settings/shop-settings-store.server";
import { listSegmentsSafely } from "../domain/settings/segments.server";
import type { ShopSettings } from "../domain/routing/settings";
import { INTENTS, type Intent } from "../domain/understanding/types";
import { INTENT_LABELS, WEEKDAYS } from "../admin/intent-labels";
import { NumberField } from "../admin/number-field";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  const [settings, segments] = await Promise.all([loadShopSettings(prisma, session.shop), listSegmentsSafely(admin)]);
  return { settings, segments };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false as const, errors: { _: "The form could not be read; nothing was saved." } };
  }
  const result = await saveShopSettings(prisma, session.shop, body);
  return result.ok ? { ok: true as const, errors: {} } : { ok: false as const, errors: result.errors };
};

export default function Automation() {
  const { settings: saved, segments } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const shopify = useAppBridge();
  const [s, setS] = useState<ShopSettings>(saved as ShopSettings);
  const [tags, setTags] = useState(saved.alwaysHuman.tags.join(", "));
  const saving = navigation.state === "submitting";
  const errors: Record<string, string> = result && !result.ok ? result.errors : {};

  useEffect(() => {
    if (result?.ok) shopify.toast.show("Automation settings saved");
  }, [result, shopify]);

  const setIntent = (intent: Intent, mode: "automate" | "human") => setS({ ...s, intents: { ...s.intents, [intent]: mode } });
  const setAlways = (patch: Partial<ShopSettings["alwaysHuman"]>) => setS({ ...s, alwaysHuman: { ...s.alwaysHuman, ...patch } });
  const setDay = (day: number, hours: { open: string; close: string } | null) => {
    const days = [...s.businessHours.days];
    days[day] = hours;
    setS({ ...s, businessHours: { ...s.businessHours, days } });
  };

  const save = () => {
    const payload = {
      ...s,
      alwaysHuman: { ...s.alwaysHuman, tags: tags.split(",").map((t) => t.trim()).filter(Boolean) },
    };
    submit(payload as unknown as Record<string, never>, { method: "post", encType: "application/json" });
  };

  return (
    <Page>
      <TitleBar title="Automation" />
      <BlockStack gap="500">
        {errors._ || Object.keys(errors).length ? (
          <Banner tone="critical" title="Settings not saved">
            <ul>
              {Object.entries(errors).map(([field, message]) => (
                <li key={field}>{field === "_" ? message : `${field}: ${message}`}</li>
              ))}
            </ul>
          </Banner>
        ) : null}
        <Layout>
          <Layout.AnnotatedSection
            title="What the bot answers"
            description="Automated intents are answered from your live store data. The rest go to your team in the Inbox. Shoppers can always ask for a person."
          >
            <Card>
              <BlockStack gap="300">
                {INTENTS.map((intent) => (
                  <InlineGrid key={intent} columns={["twoThirds", "oneThird"]} gap="300" alignItems="center">
                    <BlockStack gap="050">
                      <Text as="h3" variant="headingSm">
                        {INTENT_LABELS[intent].label}
                      </Text>
                      <Text as="p" tone="subdued">
                        {INTENT_LABELS[intent].help}
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
                      value={intent === "human_agent" ? "human" : s.intents[intent]}
                      onChange={(v) => setIntent(intent, v as "automate" | "human")}
                    />
                  </InlineGrid>
                ))}
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection
            title="Customers who always reach a person"
            description="Matching customers skip the bot entirely. Identity comes only from a signed-in storefront session."
          >
            <Card>
              <FormLayout>
                <TextField
                  label="Customer tags"
                  helpText="Comma-separated, not case-sensitive"
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
                        checked={s.alwaysHuman.segmentIds.includes(segment.id)}
                        onChange={(checked) =>
                          setAlways({
                            segmentIds: checked
                              ? [...s.alwaysHuman.segmentIds, segment.id]
                              : s.alwaysHuman.segmentIds.filter((id) => id !== segment.id),
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
                    value={s.alwaysHuman.minLifetimeSpend ?? null}
                    onChange={(v) => setAlways({ minLifetimeSpend: v })}
                    error={errors["alwaysHuman.minLifetimeSpend"]} nullable
                  />
                  <NumberField
                    label="Order count at or above"
                    value={s.alwaysHuman.minOrderCount ?? null}
                    onChange={(v) => setAlways({ minOrderCount: v })}
                    error={errors["alwaysHuman.minOrderCount"]} nullable
                  />
                  <NumberField
                    label="Order value at or above"
                    value={s.alwaysHuman.minOrderValue ?? null}
                    onChange={(v) => setAlways({ minOrderValue: v })}
                    error={errors["alwaysHuman.minOrderValue"]} nullable
                  />
                </FormLayout.Group>
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection
            title="Judgment"
            description="When the bot is unsure it asks once, then hands off. Strongly negative messages go to a person."
          >
            <Card>
              <FormLayout>
                <FormLayout.Group>
                  <NumberField
                    label="Confidence threshold (0–1)"
                    step={0.05}
                    value={(s.confidenceThreshold)}
                    onChange={(v) => setS({ ...s, confidenceThreshold: v as number })}
                    error={errors["confidenceThreshold"]}
                  />
                  <NumberField
                    label="Negative sentiment at or below (-1–0)"
                    step={0.05}
                    value={(s.negativeSentimentThreshold)}
                    onChange={(v) => setS({ ...s, negativeSentimentThreshold: v as number })}
                    error={errors["negativeSentimentThreshold"]}
                  />
                </FormLayout.Group>
                <FormLayout.Group>
                  <NumberField
                    label="Holdout: % of automatable conversations sent to people"
                    helpText="Compare resolution and satisfaction with and without the bot."
                    value={(s.holdoutPercent)}
                    onChange={(v) => setS({ ...s, holdoutPercent: v as number })}
                    error={errors["holdoutPercent"]}
                  />
                  <NumberField
                    label="Return window (days)"
                    value={(s.returnWindowDays)}
                    onChange={(v) => setS({ ...s, returnWindowDays: v as number })}
                    error={errors["returnWindowDays"]}
                  />
                </FormLayout.Group>
                <Checkbox
                  label="Let the bot cancel unfulfilled orders itself"
                  checked={s.allowBotCancellation}
                  onChange={(v) => setS({ ...s, allowBotCancellation: v })}
                />
                <Checkbox
                  label="Show exact stock counts to shoppers"
                  checked={s.showExactStock}
                  onChange={(v) => setS({ ...s, showExactStock: v })}
                />
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>

          <Layout.AnnotatedSection
            title="Business hours"
            description="Outside these hours a handoff tells the shopper when your team will reply and asks for an email."
          >
            <Card>
              <BlockStack gap="300">
                <TextField
                  label="Time zone (IANA)"
                  autoComplete="off"
                  value={s.businessHours.timezone}
                  onChange={(v) => setS({ ...s, businessHours: { ...s.businessHours, timezone: v } })}
                  error={errors["businessHours.timezone"]}
                />
                {WEEKDAYS.map((name, day) => {
                  const hours = s.businessHours.days[day];
                  return (
                    <InlineStack key={name} gap="300" blockAlign="center" wrap={false}>
                      <Box minWidth="110px">
                        <Checkbox
                          label={name}
                          checked={hours !== null}
                          onChange={(open) => setDay(day, open ? { open: "09:00", close: "17:00" } : null)}
                        />
                      </Box>
                      {hours ? (
                        <>
                          <TextField label={`${name} opens`} labelHidden autoComplete="off" value={hours.open} onChange={(v) => setDay(day, { ...hours, open: v })} />
                          <TextField label={`${name} closes`} labelHidden autoComplete="off" value={hours.close} onChange={(v) => setDay(day, { ...hours, close: v })} />
                        </>
                      ) : (
                        <Text as="span" tone="subdued">
                          Closed
                        </Text>
                      )}
                    </InlineStack>
                  );
                })}
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>
        </Layout>
        <InlineStack align="end">
          <Button variant="primary" onClick={save} loading={saving}>
            Save
          </Button>
        </InlineStack>
      </BlockStack>
    </Page>
  );
}
