import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { Badge, BlockStack, Card, EmptyState, IndexTable, Page, Tabs, Text } from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { listInbox, type InboxFilter } from "../domain/conversations/inbox.server";
import { StatusBadge } from "../admin/status-badge";

const FILTERS: Array<{ id: InboxFilter; content: string }> = [
  { id: "needs_reply", content: "Needs reply" },
  { id: "mine", content: "In progress" },
  { id: "all", content: "All" },
];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const requested = new URL(request.url).searchParams.get("filter");
  const filter = FILTERS.some((f) => f.id === requested) ? (requested as InboxFilter) : "needs_reply";
  return { filter, conversations: await listInbox(prisma, session.shop, filter) };
};

export default function Inbox() {
  const { filter, conversations } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const selected = FILTERS.findIndex((f) => f.id === filter);

  return (
    <Page>
      <TitleBar title="Inbox" />
      <BlockStack gap="400">
        <Card padding="0">
          <Tabs
            tabs={FILTERS.map((f) => ({ id: f.id, content: f.content }))}
            selected={selected}
            onSelect={(i) => {
              params.set("filter", FILTERS[i].id);
              setParams(params);
            }}
          />
          {conversations.length === 0 ? (
            <EmptyState heading="Nothing waiting for your team" image="">
              <p>Conversations the bot hands to a person appear here.</p>
            </EmptyState>
          ) : (
            <IndexTable
              resourceName={{ singular: "conversation", plural: "conversations" }}
              itemCount={conversations.length}
              selectable={false}
              headings={[{ title: "Shopper" }, { title: "Shopper said" }, { title: "Why it's here" }, { title: "Status" }, { title: "When" }]}
            >
              {conversations.map((c, index) => (
                <IndexTable.Row id={c.id} key={c.id} position={index} onClick={() => navigate(`/app/inbox/${c.id}`)}>
                  <IndexTable.Cell>
                    <Text as="span" fontWeight="semibold">
                      {c.contactEmail ?? (c.customerId ? "Signed-in customer" : "Guest")}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" truncate>
                      {c.lastShopperMessage.slice(0, 80)}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    {c.urgent ? <Badge tone="critical">Urgent</Badge> : null} {c.upset ? <Badge tone="warning">Upset</Badge> : null}{" "}
                    {c.handoffReason ?? ""} {c.holdout ? <Badge tone="info">Holdout</Badge> : null}
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <StatusBadge status={c.status} />
                  </IndexTable.Cell>
                  <IndexTable.Cell>{new Date(c.lastMessageAt).toLocaleString()}</IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
        </Card>
      </BlockStack>
    </Page>
  );
}
