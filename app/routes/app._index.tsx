import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BlockStack, Card, InlineGrid, Layout, Page, Text } from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import vizStyles from "@shopify/polaris-viz/build/esm/styles.css?url";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { homeReport } from "../domain/conversations/summary.server";
import { DailyAutomationCard, HandoffReasonsCard } from "../admin/charts/automation-cards";
import { HoldoutCard } from "../admin/charts/holdout-card";

export const links = () => [{ rel: "stylesheet", href: vizStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return homeReport(prisma, session.shop);
};

export default function Home() {
  const { summary, daily, reasons, holdoutPercent, holdout } = useLoaderData<typeof loader>();
  const tiles = [
    { label: "Conversations (30 days)", value: summary.total },
    { label: "Answered by the bot", value: summary.botOnly },
    { label: "Handed to your team", value: summary.handedOff },
    { label: "Waiting for a reply", value: summary.waiting },
  ];
  return (
    <Page>
      <TitleBar title="Switchboard" />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <InlineGrid columns={{ xs: 1, sm: 2, md: 4 }} gap="400">
              {tiles.map((t) => (
                <Card key={t.label}>
                  <BlockStack gap="100">
                    <Text as="h2" variant="headingSm" tone="subdued">
                      {t.label}
                    </Text>
                    <Text as="p" variant="heading2xl">
                      {t.value}
                    </Text>
                  </BlockStack>
                </Card>
              ))}
            </InlineGrid>
            <DailyAutomationCard days={daily} />
            <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
              <HandoffReasonsCard reasons={reasons} />
              <HoldoutCard holdoutPercent={holdoutPercent} report={holdout} />
            </InlineGrid>
            <Card>
              <BlockStack gap="200">
                <Text as="p">
                  The bot answers routine questions from your live store data and hands everything else to your team. Work handed-off
                  conversations in the <Link to="/app/inbox">Inbox</Link>; choose what is automated on the{" "}
                  <Link to="/app/automation">Automation</Link> page.
                </Text>
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
