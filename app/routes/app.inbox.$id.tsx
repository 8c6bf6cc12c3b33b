import { useEffect, useState } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { Badge, Banner, BlockStack, Box, Button, Card, Collapsible, InlineStack, Layout, List, Page, Select, Text, TextField } from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { z } from "zod";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import {
  addNote,
  assignConversation,
  closeConversation,
  ConversationClosedError,
  deleteSavedReply,
  getThread,
  handBackToBot,
  listSavedReplies,
  listStaff,
  replyAsStaff,
  saveReply,
} from "../domain/conversations/inbox.server";
import { getCustomerCard, type CustomerCard } from "../domain/conversations/customer-card.server";
import { ConversationNotFoundError } from "../domain/conversations/types";
import { StatusBadge } from "../admin/status-badge";
import { currentStaff } from "../admin/inbox/staff.server";
import { formatDate, formatDateTime, formatMoney, formatWaiting } from "../admin/inbox/format";
import { loadShopSettings } from "../domain/settings/shop-settings-store.server";
import { plural, t } from "../admin/i18n/messages";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const auth = await authenticate.admin(request);
  const shop = auth.session.shop;
  try {
    const thread = await getThread(prisma, shop, params.id ?? "");
    const [staff, colleagues, savedReplies, customer, settings] = await Promise.all([
      currentStaff(prisma, auth),
      listStaff(prisma, shop),
      listSavedReplies(prisma, shop),
      // The card is a courtesy: without Shopify the conversation is still workable.
      thread.customerId
        ? getCustomerCard(auth.admin, thread.customerId).catch(() => "unavailable" as const)
        : Promise.resolve(null),
      loadShopSettings(prisma, shop),
    ]);
    // Dates render in the shop's time zone on server and client alike (no hydration mismatch).
    const timeZone = settings.businessHours.timezone;
    return { thread, staff, colleagues, savedReplies, customer: customer as CustomerCard | "unavailable" | null, timeZone };
  } catch (error) {
    if (error instanceof ConversationNotFoundError) throw new Response(t("thread.notFound"), { status: 404 });
    throw error;
  }
};

const text = (max: number, empty: string) => z.string().trim().min(1, empty).max(max);
const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reply"), body: text(5000, t("thread.error.noReply")) }),
  z.object({ intent: z.literal("note"), body: text(5000, t("thread.error.noNote")) }),
  z.object({ intent: z.literal("assign"), staffId: z.string().max(40) }),
  z.object({ intent: z.literal("handback") }),
  z.object({ intent: z.literal("close") }),
  z.object({ intent: z.literal("saveReply"), title: text(80, t("thread.error.noTitle")), body: text(5000, t("thread.error.noSavedBody")) }),
  z.object({ intent: z.literal("deleteReply"), id: z.string().min(1).max(40) }),
]);

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const auth = await authenticate.admin(request);
  const shop = auth.session.shop;
  const id = params.id ?? "";
  const parsed = actionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message ?? t("thread.error.invalid"), done: null }, { status: 400 });
  const staff = await currentStaff(prisma, auth);
  try {
    const a = parsed.data;
    switch (a.intent) {
      case "reply":
        await replyAsStaff(prisma, shop, id, { body: a.body, staffName: staff.name, staffId: staff.id });
        break;
      case "note":
        await addNote(prisma, shop, id, { body: a.body, staff });
        break;
      case "assign": {
        if (!a.staffId) await assignConversation(prisma, shop, id, null);
        else if (a.staffId === staff.id || a.staffId === "me") await assignConversation(prisma, shop, id, staff);
        else {
          const colleague = (await listStaff(prisma, shop)).find((s) => s.id === a.staffId);
          if (!colleague) return data({ error: t("thread.error.colleague"), done: null }, { status: 400 });
          await assignConversation(prisma, shop, id, colleague);
        }
        break;
      }
      case "handback":
        await handBackToBot(prisma, shop, id);
        break;
      case "close":
        await closeConversation(prisma, shop, id);
        break;
      case "saveReply":
        await saveReply(prisma, shop, { title: a.title, body: a.body });
        break;
      case "deleteReply":
        await deleteSavedReply(prisma, shop, a.id);
        break;
    }
    return { error: null, done: a.intent };
  } catch (error) {
    if (error instanceof ConversationNotFoundError) throw new Response(t("thread.notFound"), { status: 404 });
    if (error instanceof ConversationClosedError) return data({ error: t("thread.error.closed"), done: null }, { status: 409 });
    throw error;
  }
};

const AUTHOR_LABEL: Record<string, string> = { shopper: t("thread.author.shopper"), bot: t("thread.author.bot"), staff: t("thread.author.staff"), system: t("thread.author.system") };

function Details({ children, label }: { children: React.ReactNode; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <BlockStack gap="100">
      <div>
        <Button variant="plain" onClick={() => setOpen(!open)} ariaExpanded={open} disclosure={open ? "up" : "down"}>
          {label}
        </Button>
      </div>
      <Collapsible open={open} id={`details-${label}`}>
        {children}
      </Collapsible>
    </BlockStack>
  );
}

export default function ConversationPage() {
  const { thread, staff, colleagues, savedReplies, customer, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const [reply, setReply] = useState("");
  const [note, setNote] = useState("");
  const [savedTitle, setSavedTitle] = useState("");
  const [assignee, setAssignee] = useState(thread.assignedStaffId ?? "");
  useEffect(() => setAssignee(thread.assignedStaffId ?? ""), [thread.assignedStaffId]);
  const busy = navigation.state === "submitting";
  const closed = thread.status === "closed";

  // New shopper messages show up without a reload while a person is working the conversation.
  useEffect(() => {
    const timer = setInterval(() => {
      if (revalidator.state === "idle" && document.visibilityState === "visible") revalidator.revalidate();
    }, 5000);
    return () => clearInterval(timer);
  }, [revalidator]);
  useEffect(() => {
    if (navigation.state !== "idle" || !result || result.error) return;
    if (result.done === "reply") setReply("");
    if (result.done === "note") setNote("");
    if (result.done === "saveReply") setSavedTitle("");
  }, [navigation.state, result]);

  const decisionsByMessage = new Map(thread.decisions.map((d) => [d.messageId, d]));
  const memory = (thread.context as { answers?: { orderNumber?: string | null; email?: string | null; product?: { title?: string } | null } }).answers ?? {};
  const card = customer && customer !== "unavailable" ? customer : null;
  const assignOptions = [
    { label: t("thread.assign.nobody"), value: "" },
    ...(staff.id ? [{ label: t("thread.assign.me", { name: staff.name }), value: staff.id }] : []),
    ...colleagues.filter((c) => c.id !== staff.id).map((c) => ({ label: c.name, value: c.id ?? "" })),
  ];

  return (
    <Page
      backAction={{ content: t("inbox.title"), url: "/app/inbox" }}
      title={card?.name ?? thread.contactEmail ?? t("thread.title")}
      titleMetadata={<StatusBadge status={thread.status} />}
      subtitle={thread.waitingSince ? t("thread.waiting", { time: formatWaiting((Date.now() - Date.parse(thread.waitingSince)) / 60_000) }) : undefined}
    >
      <TitleBar title={t("thread.title")} />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {result?.error ? <Banner tone="critical">{result.error}</Banner> : null}
            <Card>
              <BlockStack gap="300">
                {thread.messages.map((m) => {
                  const decision = decisionsByMessage.get(m.id);
                  return (
                    <Box key={m.id} padding="300" background={m.author === "shopper" ? "bg-surface-secondary" : "bg-surface"} borderRadius="200">
                      <BlockStack gap="100">
                        <InlineStack gap="200" blockAlign="center">
                          <Text as="span" fontWeight="semibold">
                            {m.author === "staff" ? m.staffName ?? AUTHOR_LABEL.staff : AUTHOR_LABEL[m.author]}
                          </Text>
                          <Text as="span" tone="subdued">
                            {formatDateTime(m.createdAt, timeZone)}
                          </Text>
                          {m.understanding?.sentiment === "negative" ? <Badge tone="warning">{t("inbox.filter.upset")}</Badge> : null}
                          {m.understanding?.urgencyCues.length ? <Badge tone="critical">{t("thread.urgent", { cues: m.understanding.urgencyCues.join(", ") })}</Badge> : null}
                          {m.feedback ? <Badge tone={m.feedback === "up" ? "success" : "critical"}>{m.feedback === "up" ? t("thread.helpful") : t("thread.notHelpful")}</Badge> : null}
                        </InlineStack>
                        <Text as="p">
                          <span style={{ whiteSpace: "pre-wrap" }}>{m.body}</span>
                        </Text>
                        {decision && decision.kind === "handoff" ? (
                          <BlockStack gap="100">
                            <Text as="p" tone="subdued" variant="bodySm">
                              {t("thread.handedOff", { reasons: decision.reasons.map((r) => r.label).join("; ") })}
                            </Text>
                            <Details label={t("thread.details")}>
                              <Text as="p" tone="subdued" variant="bodySm">
                                {t(decision.confidence !== null ? "thread.scores.sure" : "thread.scores", { intent: decision.intent, percent: Math.round((decision.confidence ?? 0) * 100), details: decision.reasons.map((r) => r.detail).join("; ") })}
                              </Text>
                            </Details>
                          </BlockStack>
                        ) : null}
                      </BlockStack>
                    </Box>
                  );
                })}
              </BlockStack>
            </Card>
            <Card>
              {closed ? (
                <Text as="p" tone="subdued">
                  {t("thread.closed")}
                </Text>
              ) : (
                <Form method="post">
                  <BlockStack gap="300">
                    <input type="hidden" name="intent" value="reply" />
                    {savedReplies.length ? (
                      <Select
                        label={t("thread.insertSaved")}
                        options={[{ label: t("thread.choose"), value: "" }, ...savedReplies.map((r) => ({ label: r.title, value: r.id }))]}
                        value=""
                        onChange={(value) => {
                          const saved = savedReplies.find((r) => r.id === value);
                          if (saved) setReply((current) => (current ? `${current}\n${saved.body}` : saved.body));
                        }}
                      />
                    ) : null}
                    <TextField
                      label={t("thread.reply")}
                      name="body"
                      multiline={4}
                      autoComplete="off"
                      value={reply}
                      onChange={setReply}
                      helpText={t("thread.reply.help", { name: staff.name })}
                    />
                    <InlineStack align="end" gap="200">
                      <Button submit variant="primary" loading={busy && navigation.formData?.get("intent") === "reply"}>
                        {t("thread.send")}
                      </Button>
                    </InlineStack>
                  </BlockStack>
                </Form>
              )}
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t("thread.notes")}
                </Text>
                {thread.notes.length ? (
                  thread.notes.map((n) => (
                    <Box key={n.id} padding="200" background="bg-surface-caution" borderRadius="200">
                      <Text as="p" variant="bodySm" tone="subdued">{`${n.staffName}, ${formatDateTime(n.createdAt, timeZone)}`}</Text>
                      <Text as="p">
                        <span style={{ whiteSpace: "pre-wrap" }}>{n.body}</span>
                      </Text>
                    </Box>
                  ))
                ) : (
                  <Text as="p" tone="subdued">
                    {t("thread.notes.empty")}
                  </Text>
                )}
                <Form method="post">
                  <input type="hidden" name="intent" value="note" />
                  <BlockStack gap="200">
                    <TextField label={t("thread.note.add")} labelHidden placeholder={t("thread.note.placeholder")} name="body" autoComplete="off" value={note} onChange={setNote} multiline={2} />
                    <InlineStack align="end">
                      <Button submit>{t("thread.note.submit")}</Button>
                    </InlineStack>
                  </BlockStack>
                </Form>
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t("thread.owner")}
                </Text>
                <Form method="post">
                  <input type="hidden" name="intent" value="assign" />
                  <BlockStack gap="200">
                    <Select label={t("thread.assignedTo")} name="staffId" options={assignOptions} value={assignee} onChange={setAssignee} disabled={closed} />
                    <InlineStack gap="200">
                      <Button submit disabled={closed}>
                        {t("thread.assign")}
                      </Button>
                    </InlineStack>
                  </BlockStack>
                </Form>
                {!closed && thread.assignedStaffId !== staff.id && staff.id ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="assign" />
                    <input type="hidden" name="staffId" value="me" />
                    <Button submit variant="plain">
                      {t("thread.assignMe")}
                    </Button>
                  </Form>
                ) : null}
                {thread.assignedStaff ? <Text as="p">{t("thread.assignedToName", { name: thread.assignedStaff })}</Text> : null}
                {!closed ? (
                  <InlineStack gap="200">
                    {thread.status !== "bot" ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="handback" />
                        <Button submit>{t("thread.handBack")}</Button>
                      </Form>
                    ) : null}
                    <Form method="post">
                      <input type="hidden" name="intent" value="close" />
                      <Button submit tone="critical">
                        {t("thread.close")}
                      </Button>
                    </Form>
                  </InlineStack>
                ) : null}
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t("thread.customer")}
                </Text>
                {card ? (
                  <BlockStack gap="200">
                    <a href={card.adminUrl} target="_top">
                      <Text as="span" fontWeight="semibold">
                        {card.name}
                      </Text>
                    </a>
                    {card.email ? <Text as="p">{card.email}</Text> : null}
                    <Text as="p">{plural(card.numberOfOrders, "thread.spent.one", "thread.spent.other", { spent: formatMoney(card.amountSpent.amount, card.amountSpent.currencyCode) })}</Text>
                    {card.tags.length || card.segments.length ? (
                      <InlineStack gap="100">
                        {card.tags.map((tag) => (
                          <Badge key={`t-${tag}`}>{tag}</Badge>
                        ))}
                        {card.segments.map((segment) => (
                          <Badge key={`s-${segment}`} tone="info">
                            {segment}
                          </Badge>
                        ))}
                      </InlineStack>
                    ) : null}
                    {card.recentOrders.length ? (
                      <List>
                        {card.recentOrders.map((o) => (
                          <List.Item key={o.id}>
                            <a href={o.adminUrl} target="_top">
                              {o.name}
                            </a>
                            {` · ${formatDate(o.createdAt, timeZone)} · ${formatMoney(o.total.amount, o.total.currencyCode)} · ${o.fulfillmentStatus.toLowerCase().replace(/_/g, " ")}`}
                          </List.Item>
                        ))}
                      </List>
                    ) : null}
                  </BlockStack>
                ) : (
                  <List>
                    <List.Item>
                      {customer === "unavailable" ? t("thread.customerUnavailable") : thread.customerId ? t("inbox.signedIn") : t("thread.guest")}
                    </List.Item>
                    {thread.contactEmail ? <List.Item>{t("thread.email", { email: thread.contactEmail })}</List.Item> : null}
                  </List>
                )}
                <List>
                  <List.Item>{t("thread.language", { language: thread.language })}</List.Item>
                  {memory.orderNumber ? (
                    <List.Item>
                      {/* Opens Shopify admin's order search: the shopper named this order, ownership may be unproven. */}
                      <a href={`shopify://admin/orders?query=${encodeURIComponent(memory.orderNumber)}`} target="_top">{t("thread.order", { number: memory.orderNumber })}</a>
                      {memory.email ? ` ${t("thread.shopperGave", { email: memory.email })}` : null}
                    </List.Item>
                  ) : null}
                  {memory.product?.title ? <List.Item>{t("thread.product", { title: memory.product.title })}</List.Item> : null}
                  {thread.holdout ? <List.Item>{t("thread.holdout")}</List.Item> : null}
                  {thread.serviceLevel.firstHumanReplyMinutes !== null ? (
                    <List.Item>{t("thread.firstReply", { time: formatWaiting(thread.serviceLevel.firstHumanReplyMinutes) })}</List.Item>
                  ) : null}
                  {thread.serviceLevel.resolutionMinutes !== null ? <List.Item>{t("thread.resolved", { time: formatWaiting(thread.serviceLevel.resolutionMinutes) })}</List.Item> : null}
                </List>
                {thread.earlierConversations.length ? (
                  <BlockStack gap="100">
                    <Text as="h3" variant="headingSm">
                      {t("thread.earlier")}
                    </Text>
                    <List>
                      {thread.earlierConversations.map((e) => (
                        <List.Item key={e.id}>
                          <a href={`/app/inbox/${e.id}`}>{formatDate(e.createdAt, timeZone)}</a>
                          {` · ${e.firstMessage || t("thread.noMessage")}`}
                        </List.Item>
                      ))}
                    </List>
                  </BlockStack>
                ) : null}
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t("thread.saved")}
                </Text>
                {savedReplies.map((r) => (
                  <InlineStack key={r.id} align="space-between" blockAlign="center">
                    <Text as="span">{r.title}</Text>
                    <Form method="post">
                      <input type="hidden" name="intent" value="deleteReply" />
                      <input type="hidden" name="id" value={r.id} />
                      <Button submit variant="plain" tone="critical" accessibilityLabel={t("thread.saved.deleteLabel", { title: r.title })}>
                        {t("thread.saved.delete")}
                      </Button>
                    </Form>
                  </InlineStack>
                ))}
                <Form method="post">
                  <input type="hidden" name="intent" value="saveReply" />
                  <input type="hidden" name="body" value={reply} />
                  <BlockStack gap="200">
                    <TextField label={t("thread.saved.as")} name="title" autoComplete="off" value={savedTitle} onChange={setSavedTitle} placeholder={t("thread.saved.placeholder")} />
                    <Button submit disabled={!reply.trim()}>
                      {t("thread.saved.save")}
                    </Button>
                  </BlockStack>
                </Form>
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
