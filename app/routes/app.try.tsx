import { useState } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher } from "@remix-run/react";
import { z } from "zod";
import { Badge, Banner, BlockStack, Box, Button, Card, EmptyState, InlineGrid, InlineStack, Layout, List, Page, RadioButton, Text, TextField } from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { dryRunConversation, type TryResult, type TryTurn } from "../domain/try-it/dry-run.server";
import { MAX_TRY_MESSAGES } from "../domain/try-it/limits";
import { searchCustomers, type CustomerChoice } from "../domain/try-it/customer-search.server";
import { tryItUnderstander } from "../domain/try-it/understander.server";
import { markSetup } from "../domain/setup/setup-guide.server";
import { INTENT_LABELS } from "../admin/intent-labels";
import { reasonLabel } from "../admin/charts/reason-labels";
import { percent } from "../admin/charts/format";
import { t } from "../admin/i18n/messages";

const requestSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("search"), query: z.string().trim().min(1, "Type a name or email").max(200) }),
  z.object({
    intent: z.literal("run"),
    messages: z.array(z.string().trim().min(1).max(2000)).min(1, t("try.messages.empty")).max(MAX_TRY_MESSAGES),
    customerId: z.string().regex(/^gid:\/\/shopify\/Customer\/\d+$/).nullable(),
  }),
]);

type ActionData = { kind: "search"; query: string; customers: CustomerChoice[] } | { kind: "run"; result: TryResult } | { kind: "error"; error: string };

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  return { maxMessages: MAX_TRY_MESSAGES };
};

export const action = async ({ request }: ActionFunctionArgs): Promise<ActionData | Response> => {
  const { session, admin } = await authenticate.admin(request);
  const parsed = requestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ kind: "error", error: parsed.error.issues[0]?.message ?? "Invalid request" }, { status: 400 });
  const body = parsed.data;
  try {
    if (body.intent === "search") return { kind: "search", query: body.query, customers: await searchCustomers(admin, body.query) };
    const result = await dryRunConversation({ db: prisma, shop: session.shop, admin, understander: tryItUnderstander(), messages: body.messages, customerId: body.customerId });
    await markSetup(prisma, session.shop, "testMessageAt");
    return { kind: "run", result };
  } catch (error) {
    return { kind: "error", error: error instanceof Error ? error.message : String(error) };
  }
};

export default function TryIt() {
  const run = useFetcher<ActionData>();
  const search = useFetcher<ActionData>();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const [customer, setCustomer] = useState<CustomerChoice | null>(null);
  const messages = text.split("\n").map((m) => m.trim()).filter(Boolean);
  const tooMany = messages.length > MAX_TRY_MESSAGES;
  const found = search.data?.kind === "search" ? search.data : null;
  const outcome = run.data;

  const submitRun = () =>
    run.submit({ intent: "run", messages: messages.slice(0, MAX_TRY_MESSAGES), customerId: customer?.id ?? null }, { method: "post", encType: "application/json" });
  const submitSearch = () => query.trim() && search.submit({ intent: "search", query }, { method: "post", encType: "application/json" });

  return (
    <Page title={t("try.title")}>
      <TitleBar title={t("try.title")} />
      <Layout>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="400">
              <Text as="p" tone="subdued">
                {t("try.intro")}
              </Text>
              <TextField
                label={t("try.messages", { max: MAX_TRY_MESSAGES })}
                multiline={4}
                autoComplete="off"
                value={text}
                onChange={setText}
                placeholder={t("try.messages.placeholder").replace(/\\n/g, "\n")}
                error={tooMany ? t("try.messages", { max: MAX_TRY_MESSAGES }) : undefined}
              />
              <BlockStack gap="200">
                <Text as="h2" variant="headingSm">
                  {t("try.as")}
                </Text>
                <RadioButton label={t("try.guest")} id="try-guest" name="try-as" checked={customer === null} onChange={() => setCustomer(null)} />
                {customer && (
                  <RadioButton
                    label={t("try.customerLine", { name: customer.name, email: customer.email ?? "–", orders: customer.orders })}
                    id="try-picked"
                    name="try-as"
                    checked
                    onChange={() => undefined}
                  />
                )}
                <InlineStack gap="200" blockAlign="end" wrap={false}>
                  <Box width="100%">
                    <TextField label={t("try.customerSearch")} autoComplete="off" value={query} onChange={setQuery} />
                  </Box>
                  <Button onClick={submitSearch} loading={search.state !== "idle"}>
                    {t("try.search")}
                  </Button>
                </InlineStack>
                {found && found.customers.length === 0 && <Text as="p" tone="subdued">{t("try.noCustomers", { query: found.query })}</Text>}
                {found && found.customers.length > 0 && (
                  <BlockStack gap="100">
                    {found.customers.map((c) => (
                      <Button key={c.id} variant="plain" textAlign="left" onClick={() => setCustomer(c)}>
                        {t("try.customerLine", { name: c.name, email: c.email ?? "–", orders: c.orders })}
                      </Button>
                    ))}
                  </BlockStack>
                )}
              </BlockStack>
              <Button variant="primary" onClick={submitRun} disabled={messages.length === 0 || tooMany} loading={run.state !== "idle"}>
                {t("try.run")}
              </Button>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <BlockStack gap="400">
            {outcome?.kind === "error" && <Banner tone="critical">{t("try.error", { error: outcome.error })}</Banner>}
            {outcome?.kind === "run" ? (
              <Results result={outcome.result} />
            ) : (
              <Card>
                <EmptyState heading={t("try.empty.heading")} image="">
                  <p>{t("try.empty.body")}</p>
                </EmptyState>
              </Card>
            )}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function Results({ result }: { result: TryResult }) {
  return (
    <BlockStack gap="400">
      {result.holdoutPercent > 0 && <Banner tone="info">{t("try.holdout", { percent: result.holdoutPercent })}</Banner>}
      {result.customer && (
        <Text as="p" tone="subdued">
          {t("try.customer", { tags: result.customer.tags.join(", ") || t("try.none"), orders: result.customer.numberOfOrders, spent: result.customer.amountSpent })}
        </Text>
      )}
      {result.turns.map((turn, i) => (
        <TurnCard key={i} turn={turn} />
      ))}
    </BlockStack>
  );
}

const DECISION_TONE = { automate: "success", clarify: "attention", handoff: "info" } as const;

function TurnCard({ turn }: { turn: TryTurn }) {
  const u = turn.understanding;
  const entities = [
    ...u.entities.orderNumbers.map((n) => `#${n}`),
    ...u.entities.emails,
    ...u.entities.products.map((p) => p.title),
  ];
  const rows: Array<[string, string]> = [
    [t("try.intent"), INTENT_LABELS[u.intent]?.label ?? u.intent],
    [t("try.confidence"), percent(u.confidence)],
    [t("try.runnerUp"), u.runnerUp ? `${INTENT_LABELS[u.runnerUp.intent]?.label ?? u.runnerUp.intent} (${percent(u.runnerUp.confidence)})` : t("try.none")],
    [t("try.language"), u.language],
    [t("try.sentiment"), `${u.sentiment.label} (${u.sentiment.score.toFixed(2)})`],
    [t("try.urgency"), u.urgency.urgent ? t("try.urgent", { cues: u.urgency.cues.join(", ") }) : t("try.notUrgent")],
    [t("try.entities"), entities.join(", ") || t("try.none")],
  ];
  return (
    <Card>
      <BlockStack gap="300">
        <Box background="bg-surface-secondary" padding="300" borderRadius="200">
          <Text as="p" variant="bodySm" tone="subdued">
            {t("try.shopper")}
          </Text>
          <Text as="p">{turn.text}</Text>
        </Box>
        <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
          <BlockStack gap="100">
            <Text as="h3" variant="headingSm">
              {t("try.understanding")}
            </Text>
            {rows.map(([label, value]) => (
              <InlineStack key={label} gap="200" wrap={false}>
                <Box minWidth="130px">
                  <Text as="span" tone="subdued">
                    {label}
                  </Text>
                </Box>
                <Text as="span">{value}</Text>
              </InlineStack>
            ))}
            {turn.continued && (
              <Text as="p" variant="bodySm" tone="subdued">
                {t("try.continued", { intent: INTENT_LABELS[turn.raw.intent]?.label ?? turn.raw.intent, confidence: percent(turn.raw.confidence) })}
              </Text>
            )}
          </BlockStack>
          <BlockStack gap="100">
            <Text as="h3" variant="headingSm">
              {t("try.decision")}
            </Text>
            {turn.decision ? (
              <>
                <InlineStack>
                  <Badge tone={DECISION_TONE[turn.decision.kind]}>{t(`try.decision.${turn.decision.kind}`)}</Badge>
                </InlineStack>
                <List type="bullet">
                  {turn.decision.reasons.map((r, i) => (
                    <List.Item key={i}>
                      <Text as="span" fontWeight="semibold">
                        {reasonLabel(r.code)}
                      </Text>
                      : {r.detail}
                    </List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Text as="p">{t("try.silent")}</Text>
            )}
          </BlockStack>
        </InlineGrid>
        <BlockStack gap="100">
          <Text as="h3" variant="headingSm">
            {t("try.reply")}
          </Text>
          {turn.reply !== null && (
            <Box background="bg-surface-success" padding="300" borderRadius="200">
              <Text as="p">
                <span data-testid="try-reply" style={{ whiteSpace: "pre-wrap" }}>
                  {turn.reply}
                </span>
              </Text>
            </Box>
          )}
          {turn.wouldDo && (
            <Banner tone="warning">
              {t(`try.wouldDo.${turn.wouldDo.action}`, { items: turn.wouldDo.items ?? 0, product: turn.wouldDo.productTitle ?? "" })}
            </Banner>
          )}
          {turn.reply === null && !turn.wouldDo && <Text as="p" tone="subdued">{t("try.silent")}</Text>}
          <Text as="p" variant="bodySm" tone="subdued">
            {t("try.apiCost", { requests: turn.adminApi.requests, points: turn.adminApi.points })}
          </Text>
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
