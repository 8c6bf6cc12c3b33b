import { useState } from "react";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { Badge, BlockStack, Button, Card, Checkbox, EmptyState, IndexTable, InlineStack, Page, Pagination, Select, Tabs, Text, TextField } from "@shopify/polaris";
import { TitleBar } from "@shopify/app-bridge-react";
import { z } from "zod";
import { authenticate } from "../shopify.server";
import { prisma } from "../db.server";
import { listInbox } from "../domain/conversations/inbox.server";
import { INBOX_VIEWS, type InboxView } from "../domain/conversations/inbox-views";
import { searchCustomerIds } from "../domain/conversations/customer-card.server";
import { REASON_CODES } from "../domain/routing/types";
import { reasonLabel } from "../admin/charts/reason-labels";
import { StatusBadge } from "../admin/status-badge";
import { currentStaff } from "../admin/inbox/staff.server";
import { formatWaiting } from "../admin/inbox/format";
import { plural, t } from "../admin/i18n/messages";

const VIEW_LABELS: Record<InboxView, string> = { needs_reply: t("inbox.view.needs_reply"), in_progress: t("inbox.view.in_progress"), closed: t("inbox.view.closed"), all: t("inbox.view.all") };
const flag = z.preprocess((v) => v === "1" || v === "true", z.boolean());
const querySchema = z.object({
  // "mine" was the old name of "in_progress".
  view: z.preprocess((v) => (v === "mine" ? "in_progress" : v), z.enum(INBOX_VIEWS)).catch("needs_reply"),
  q: z.string().trim().max(200).catch(""),
  upset: flag.catch(false),
  urgent: flag.catch(false),
  vip: flag.catch(false),
  language: z.enum(["en", "es", "fr", "de"]).nullable().catch(null),
  reason: z.enum(REASON_CODES).nullable().catch(null),
  assigned: z.enum(["me", "unassigned"]).nullable().catch(null),
  page: z.coerce.number().int().min(1).catch(1),
});

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const auth = await authenticate.admin(request);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = querySchema.parse({ ...params, view: params.view ?? params.filter });
  const staff = await currentStaff(prisma, auth);
  // Customer names live in Shopify: a name search asks the Admin API which customers match.
  const customerIds = query.q && !/^#?\d+$/.test(query.q) ? await searchCustomerIds(auth.admin, query.q) : [];
  const inbox = await listInbox(prisma, auth.session.shop, { ...query, search: query.q, staffId: staff.id, customerIds });
  return { query, staff, inbox };
};

const LANGUAGE_OPTIONS = [
  { label: t("inbox.language.any"), value: "" },
  { label: t("inbox.language.en"), value: "en" },
  { label: t("inbox.language.es"), value: "es" },
  { label: t("inbox.language.fr"), value: "fr" },
  { label: t("inbox.language.de"), value: "de" },
];
const REASON_OPTIONS = [{ label: t("inbox.reason.any"), value: "" }, ...REASON_CODES.filter((c) => c !== "intent_automated").map((c) => ({ label: reasonLabel(c), value: c }))];
const ASSIGNED_OPTIONS = [
  { label: t("inbox.assigned.anyone"), value: "" },
  { label: t("inbox.assigned.me"), value: "me" },
  { label: t("inbox.assigned.unassigned"), value: "unassigned" },
];

export default function Inbox() {
  const { query, inbox } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(query.q);
  const selected = INBOX_VIEWS.indexOf(query.view);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    next.delete("filter");
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!("page" in changes)) next.delete("page");
    setParams(next);
  };

  return (
    <Page>
      <TitleBar title={t("inbox.title")} />
      <BlockStack gap="400">
        <Card padding="0">
          <Tabs
            tabs={INBOX_VIEWS.map((v) => ({ id: v, content: `${VIEW_LABELS[v]} (${inbox.counts[v]})` }))}
            selected={selected}
            onSelect={(i) => update({ view: INBOX_VIEWS[i] })}
          />
          <div style={{ padding: "12px" }}>
            <form
              role="search"
              onSubmit={(event) => {
                event.preventDefault();
                update({ q: search.trim() || null });
              }}
            >
              <InlineStack gap="300" blockAlign="end" wrap>
                <div style={{ minWidth: 260, flexGrow: 1 }}>
                  <TextField
                    label={t("inbox.search")}
                    labelHidden
                    placeholder={t("inbox.search.placeholder")}
                    autoComplete="off"
                    value={search}
                    onChange={setSearch}
                    clearButton
                    onClearButtonClick={() => {
                      setSearch("");
                      update({ q: null });
                    }}
                  />
                </div>
                <Button submit>{t("inbox.search")}</Button>
              </InlineStack>
            </form>
            <div style={{ marginTop: 8 }}>
              <InlineStack gap="400" blockAlign="center" wrap>
                <Checkbox label={t("inbox.filter.upset")} checked={query.upset} onChange={(v) => update({ upset: v ? "1" : null })} />
                <Checkbox label={t("inbox.filter.urgent")} checked={query.urgent} onChange={(v) => update({ urgent: v ? "1" : null })} />
                <Checkbox label={t("inbox.filter.vip")} checked={query.vip} onChange={(v) => update({ vip: v ? "1" : null })} />
                <Select label={t("inbox.filter.language")} labelInline options={LANGUAGE_OPTIONS} value={query.language ?? ""} onChange={(v) => update({ language: v || null })} />
                <Select label={t("inbox.filter.reason")} labelInline options={REASON_OPTIONS} value={query.reason ?? ""} onChange={(v) => update({ reason: v || null })} />
                <Select label={t("inbox.filter.assigned")} labelInline options={ASSIGNED_OPTIONS} value={query.assigned ?? ""} onChange={(v) => update({ assigned: v || null })} />
              </InlineStack>
            </div>
          </div>
          {inbox.items.length === 0 ? (
            <EmptyState heading={query.q || query.upset || query.urgent || query.vip || query.language || query.reason || query.assigned ? t("inbox.empty.noMatch") : t("inbox.empty.nothing")} image="">
              <p>{t("inbox.empty.body")}</p>
            </EmptyState>
          ) : (
            <IndexTable
              resourceName={{ singular: t("inbox.resource.one"), plural: t("inbox.resource.other") }}
              itemCount={inbox.items.length}
              selectable={false}
              headings={[{ title: t("inbox.col.shopper") }, { title: t("inbox.col.waiting") }, { title: t("inbox.col.said") }, { title: t("inbox.col.why") }, { title: t("inbox.col.assigned") }, { title: t("inbox.col.status") }]}
            >
              {inbox.items.map((c, index) => (
                <IndexTable.Row id={c.id} key={c.id} position={index} onClick={() => navigate(`/app/inbox/${c.id}`)}>
                  <IndexTable.Cell>
                    <Text as="span" fontWeight="semibold">
                      {c.contactEmail ?? (c.customerId ? t("inbox.signedIn") : t("inbox.guest"))}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>{c.waitingMinutes === null ? "—" : formatWaiting(c.waitingMinutes)}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" truncate>
                      {c.lastShopperMessage.slice(0, 80)}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <InlineStack gap="100">
                      {c.urgent ? <Badge tone="critical">{t("inbox.filter.urgent")}</Badge> : null}
                      {c.upset ? <Badge tone="warning">{t("inbox.filter.upset")}</Badge> : null}
                      {c.holdout ? <Badge tone="info">{t("inbox.badge.holdout")}</Badge> : null}
                      <Text as="span">{c.reasons.map((r) => r.label).join("; ") || c.handoffReason || ""}</Text>
                    </InlineStack>
                  </IndexTable.Cell>
                  <IndexTable.Cell>{c.assignedStaff ?? "—"}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <StatusBadge status={c.status} />
                  </IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
          <div style={{ padding: "12px" }}>
            <InlineStack align="space-between" blockAlign="center">
              <Text as="span" tone="subdued">{plural(inbox.total, "inbox.paging.one", "inbox.paging.other", { page: inbox.page, pages: inbox.pageCount })}</Text>
              <Pagination
                hasPrevious={inbox.page > 1}
                onPrevious={() => update({ page: String(inbox.page - 1) })}
                hasNext={inbox.page < inbox.pageCount}
                onNext={() => update({ page: String(inbox.page + 1) })}
              />
            </InlineStack>
          </div>
        </Card>
      </BlockStack>
    </Page>
  );
}
