import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BlockStack, Card, InlineGrid, Layout, Page, Text } from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import vizStyles from "@shopify/polaris-viz/build/esm/styles.css?url";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { homeReport } from "../domain/reporting/home-report.server";
import { markSetup, setupGuide } from "../domain/setup/setup-guide.server";
import { SetupGuideCard } from "../admin/setup-guide-card";
import { env } from "../env.server";
import { DailyAutomationCard, HandoffReasonsCard } from "../admin/charts/automation-cards";
import { HoldoutCard } from "../admin/charts/holdout-card";
import { ServiceLevelCard } from "../admin/charts/service-level-card";
import { percent } from "../admin/charts/format";
import { t } from "../admin/i18n/messages";

export const links = () => [{ rel: "stylesheet", href: vizStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session, admin } = await authenticate.admin(request);
  // The guide first: on a fresh install it creates the shop's settings in its own time zone, which the report then uses.
  const guide = await setupGuide(prisma, session.shop, { admin, apiKey: env.SHOPIFY_API_KEY });
  return { ...(await homeReport(prisma, session.shop)), guide };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const form = await request.formData();
  if (form.get("intent") !== "confirm-hours") return Response.json({ error: "Unknown action" }, { status: 400 });
  await markSetup(prisma, session.shop, "hoursConfirmedAt");
  return { ok: true };
};

export default function Home() {
  const { summary, daily, reasons, serviceLevel, holdoutPercent, holdout, guide } = useLoaderData<typeof loader>();
  const tiles = [
    { label: t("home.tile.total"), value: summary.total, help: t("home.tile.open", { n: summary.open, unresolved: summary.unresolvedByBot }) },
    { label: t("home.tile.resolvedByBot"), value: summary.resolvedByBot, help: t("home.tile.resolvedByBot.help", { share: percent(summary.resolvedByBotShare) }) },
    { label: t("home.tile.handedOff"), value: summary.handedOff, help: t("home.tile.waiting") + `: ${summary.waiting}` },
    { label: t("home.tile.abandoned"), value: summary.abandoned, help: t("home.tile.abandoned.help") },
  ];
  return (
    <Page title={t("home.title")}>
      <TitleBar title={t("home.title")} />
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {!guide.done && <SetupGuideCard guide={guide} />}
            <InlineGrid columns={{ xs: 1, sm: 2, md: 4 }} gap="400">
              {tiles.map((tile) => (
                <Card key={tile.label}>
                  <BlockStack gap="100">
                    <Text as="h2" variant="headingSm" tone="subdued">
                      {tile.label}
                    </Text>
                    <Text as="p" variant="heading2xl">
                      {tile.value}
                    </Text>
                    <Text as="p" variant="bodySm" tone="subdued">
                      {tile.help}
                    </Text>
                  </BlockStack>
                </Card>
              ))}
            </InlineGrid>
            <Text as="p" variant="bodySm" tone="subdued">
              {t("home.definitions")}
            </Text>
            <DailyAutomationCard days={daily} />
            <ServiceLevelCard report={serviceLevel} />
            <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
              <HandoffReasonsCard reasons={reasons} />
              <HoldoutCard holdoutPercent={holdoutPercent} report={holdout} />
            </InlineGrid>
            <Card>
              <Text as="p">
                {t("home.footer.before")} <Link to="/app/inbox">{t("home.footer.inbox")}</Link>
                {t("home.footer.middle")} <Link to="/app/automation">{t("home.footer.automation")}</Link> {t("home.footer.after")}{" "}
                <Link to="/app/try">{t("home.footer.try")}</Link> {t("home.footer.end")}
              </Text>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
