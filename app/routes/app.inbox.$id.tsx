import { useEffect, useState } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { Badge, Banner, BlockStack, Box, Button, Card, InlineStack, Layout, List, Page, Text, TextField } from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { z } from "zod";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { closeConversation, getThread, replyAsStaff } from "../domain/conversations/inbox.server";
import { ConversationNotFoundError } from "../domain/conversations/types";
import { StatusBadge } from "../admin/status-badge";

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  try {
    return { thread: await getThread(prisma, session.shop, params.id ?? "") };
  } catch (error) {
    if (error instanceof ConversationNotFoundError) throw new Response("Conversation not found", { status: 404 });
    throw error;
  }
};

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reply"), body: z.string().trim().min(1, "Write a reply first").max(5000) }),
  z.object({ intent: z.literal("close") }),
]);

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const parsed = actionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message ?? "Invalid request" }, { status: 400 });
  try {
    if (parsed.data.intent === "reply") {
      const staffName = session.onlineAccessInfo?.associated_user.first_name ?? "Store team";
      await replyAsStaff(prisma, session.shop, params.id ?? "", { body: parsed.data.body, staffName });
    } else {
      await closeConversation(prisma, session.shop, params.id ?? "");
    }
  } catch (error) {
    if (error instanceof ConversationNotFoundError) throw new Response("Conversation not found", { status: 404 });
    throw error;
  }
  return { error: null };
};

const AUTHOR_LABEL: Record<string, string> = { shopper: "Shopper", bot: "Bot", staff: "Team", system: "System" };

export default function ConversationPage() {
  const { thread } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const [reply, setReply] = useState("");
  const sending = navigation.state === "submitting";

  // New shopper messages show up without a reload while a person is working the conversation.
  useEffect(() => {
    const timer = setInterval(() => {
      if (revalidator.state === "idle" && document.visibilityState === "visible") revalidator.revalidate();
    }, 5000);
    return () => clearInterval(timer);
  }, [revalidator]);
  useEffect(() => {
    if (navigation.state === "idle" && result && !result.error) setReply("");
  }, [navigation.state, result]);

  const decisionsByMessage = new Map(thread.decisions.map((d) => [d.messageId, d]));
  const memory = (thread.context as { answers?: { orderNumber?: string | null; email?: string | null; product?: { title?: string } | null } }).answers ?? {};

  return (
    <Page backAction={{ content: "Inbox", url: "/app/inbox" }} title="Conversation" titleMetadata={<StatusBadge status={thread.status} />}>
      <TitleBar title="Conversation" />
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              {thread.messages.map((m) => {
                const decision = decisionsByMessage.get(m.id);
                return (
                  <Box key={m.id} padding="300" background={m.author === "shopper" ? "bg-surface-secondary" : "bg-surface"} borderRadius="200">
                    <BlockStack gap="100">
                      <InlineStack gap="200" blockAlign="center">
                        <Text as="span" fontWeight="semibold">
                          {m.author === "staff" ? m.staffName ?? "Team" : AUTHOR_LABEL[m.author]}
                        </Text>
                        <Text as="span" tone="subdued">
                          {new Date(m.createdAt).toLocaleString()}
                        </Text>
                        {m.understanding?.intent ? (
                          <Badge>{`${m.understanding.intent} ${Math.round((m.understanding.confidence ?? 0) * 100)}%`}</Badge>
                        ) : null}
                        {m.understanding?.sentiment === "negative" ? <Badge tone="warning">Upset</Badge> : null}
                        {m.understanding?.urgencyCues.length ? <Badge tone="critical">{`Urgent: ${m.understanding.urgencyCues.join(", ")}`}</Badge> : null}
                        {m.feedback ? <Badge tone={m.feedback === "up" ? "success" : "critical"}>{m.feedback === "up" ? "Helpful" : "Not helpful"}</Badge> : null}
                      </InlineStack>
                      <Text as="p">
                        <span style={{ whiteSpace: "pre-wrap" }}>{m.body}</span>
                      </Text>
                      {decision ? (
                        <Text as="p" tone="subdued" variant="bodySm">
                          {`Routing: ${decision.kind} — ${decision.reasons.map((r) => r.detail).join("; ")}`}
                        </Text>
                      ) : null}
                    </BlockStack>
                  </Box>
                );
              })}
            </BlockStack>
          </Card>
          <Box paddingBlockStart="400">
            <Card>
              {thread.status === "closed" ? (
                <Text as="p" tone="subdued">
                  This conversation is closed.
                </Text>
              ) : (
                <Form method="post">
                  <BlockStack gap="300">
                    {result?.error ? <Banner tone="critical">{result.error}</Banner> : null}
                    <input type="hidden" name="intent" value="reply" />
                    <TextField
                      label="Reply to the shopper"
                      name="body"
                      multiline={4}
                      autoComplete="off"
                      value={reply}
                      onChange={setReply}
                      helpText="Replying takes over the conversation: the bot stays silent from now on."
                    />
                    <InlineStack align="end" gap="200">
                      <Button submit variant="primary" loading={sending}>
                        Send reply
                      </Button>
                    </InlineStack>
                  </BlockStack>
                </Form>
              )}
            </Card>
          </Box>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                Context
              </Text>
              <List>
                <List.Item>{thread.customerId ? `Signed-in customer ${thread.customerId}` : "Guest shopper"}</List.Item>
                {thread.contactEmail ? <List.Item>{`Email: ${thread.contactEmail}`}</List.Item> : null}
                <List.Item>{`Language: ${thread.language}`}</List.Item>
                {memory.orderNumber ? (
                  <List.Item>
                    {/* Opens Shopify admin's order search: the shopper named this order, ownership may be unproven. */}
                    <a href={`shopify://admin/orders?query=${encodeURIComponent(memory.orderNumber)}`} target="_top">{`Order #${memory.orderNumber}`}</a>
                    {memory.email ? ` (shopper gave ${memory.email})` : null}
                  </List.Item>
                ) : null}
                {memory.product?.title ? <List.Item>{`Product: ${memory.product.title}`}</List.Item> : null}
                {thread.handoffReason ? <List.Item>{`Handed off: ${thread.handoffReason}`}</List.Item> : null}
                {thread.holdout ? <List.Item>In the automation holdout group</List.Item> : null}
              </List>
              {thread.status !== "closed" ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="close" />
                  <Button submit>Close conversation</Button>
                </Form>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
