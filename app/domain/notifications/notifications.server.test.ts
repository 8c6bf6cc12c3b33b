import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { http, passthrough } from "msw";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mswServer } from "../../../tests/msw-server";
import type { JobContext } from "../../jobs/types";
import { createSimulatedAdmin, TEST_SHOP } from "../../simulated-shop/test-admin.server";
import { SEED_CUSTOMERS, SEED_SHOP } from "../../simulated-shop/seed.server";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { startSmtpCapture, type SmtpCapture } from "../../testing/smtp-capture.server";
import type { AdminGraphql } from "../shop-data/admin-api.server";
import { appendShopperMessage, recordDecision, startConversation, updateConversation } from "../conversations/conversation-store.server";
import { replyAsStaff } from "../conversations/inbox.server";
import { saveShopSettings } from "../settings/shop-settings-store.server";
import { recordRestock, sendBackInStockNotices } from "./back-in-stock.server";
import { notificationHealth } from "./deliveries.server";
import { handoffReminderJob, notifyHandoffJob, sendDueReminders } from "./handoff.server";
import { createMailer, verifySmtp } from "./mailer.server";
import { markSeen, REPLY_EMAIL_DELAY_MS, sendDueReplyEmails } from "./reply-email.server";
import { REOPEN_PARAM } from "./shopper-email-text";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhookSignature } from "./webhook.server";
import { verifyReopenToken } from "../conversations/reopen-token.server";
import { pollConversation } from "../conversations/poll.server";
import { ConversationNotFoundError } from "../conversations/types";

const LINK_SECRET = "test-link-secret";

const SECRET = "a-webhook-secret-of-32-characters";

/** A webhook receiver that checks the signature like a merchant's would; `respond` decides the answer. */
async function startReceiver() {
  const received: Array<{ body: Record<string, unknown>; signatureValid: boolean }> = [];
  const state = { respond: 200, delayMs: 0 };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const signatureValid = verifyWebhookSignature(SECRET, String(req.headers[TIMESTAMP_HEADER.toLowerCase()]), raw, (req.headers[SIGNATURE_HEADER.toLowerCase()] as string) ?? null);
      setTimeout(() => {
        if (state.respond === 200) received.push({ body: JSON.parse(raw) as Record<string, unknown>, signatureValid });
        res.statusCode = signatureValid ? state.respond : 401;
        res.end("ok");
      }, state.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/switchboard`;
  return { url, received, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(testProviders())("notifications on %s", (provider) => {
  let t: TestDatabase;
  let smtp: SmtpCapture;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let admin: AdminGraphql;
  let clock: Date;
  let context: JobContext;
  const enqueued: Array<{ name: string; payload: unknown; key?: string; delayMs?: number }> = [];

  beforeAll(async () => {
    [t, smtp, receiver, admin] = await Promise.all([createTestDatabase(provider), startSmtpCapture(), startReceiver(), createSimulatedAdmin(TEST_SHOP)]);
    context = {
      attempt: 1,
      jobs: { enqueue: async (name, payload, options) => void enqueued.push({ name, payload, ...options }) },
      services: {
        db: t.prisma,
        now: () => clock,
        adminFor: async (shop) => (shop === TEST_SHOP ? admin : null),
        notifications: {
          mailer: createMailer({ db: t.prisma, smtpUrl: smtp.url, from: "switchboard@app.test" }),
          adminConversationUrl: (shop, id) => `https://${shop}/admin/apps/key/app/inbox/${id}`,
          webhookTimeoutMs: 1500,
          linkSecret: LINK_SECRET,
        },
      },
    };
  });
  afterAll(async () => {
    await Promise.all([t.drop(), smtp.close(), receiver.close()]);
  });
  beforeEach(() => {
    clock = new Date();
    smtp.refuseWith = null;
    receiver.state.respond = 200;
    receiver.state.delayMs = 0;
    // The receiver is a real local server: let requests to it through the Admin API interceptor.
    mswServer.use(http.all(`${new URL(receiver.url).origin}/*`, () => passthrough()));
  });

  async function handedOff(options: { customerId?: string | null; email?: string | null; visitor: string }) {
    const c = await startConversation(t.prisma, { shop: TEST_SHOP, visitorId: options.visitor, customerId: options.customerId ?? null });
    const m = await appendShopperMessage(t.prisma, { conversationId: c.id, clientMessageId: `${options.visitor}-1`, body: "My parcel #1003 never came and I need it by Friday" });
    await recordDecision(t.prisma, {
      conversationId: c.id,
      messageId: m.message.id,
      kind: "handoff",
      intent: "order_status",
      confidence: 0.52,
      reasons: [{ code: "low_confidence_handoff", detail: "confidence 0.52 < 0.60 (runner-up other 0.39)" }],
    });
    await updateConversation(t.prisma, c.id, {
      status: "waiting_for_human",
      contactEmail: options.email ?? null,
      context: JSON.stringify({ answers: { orderNumber: "1003" } }),
    });
    return c;
  }

  it("notifies the team once per handoff by email and signed webhook, however often the job runs or the shopper writes", async () => {
    await saveShopSettings(t.prisma, TEST_SHOP, { notifications: { webhookUrl: receiver.url, webhookSecret: SECRET } });
    const before = smtp.mails.length;
    const hooks = receiver.received.length;
    const c = await handedOff({ customerId: SEED_CUSTOMERS.vip.id, visitor: "visitor-notify-1" });

    await notifyHandoffJob.run(notifyHandoffJob.payload.parse({ shop: TEST_SHOP, conversationId: c.id }), context);
    for (let i = 2; i <= 11; i++) {
      await appendShopperMessage(t.prisma, { conversationId: c.id, clientMessageId: `visitor-notify-1-${i}`, body: `hello? (${i})` });
      await notifyHandoffJob.run({ shop: TEST_SHOP, conversationId: c.id }, context);
    }

    expect(smtp.mails.length - before).toBe(1);
    const mail = smtp.mails[smtp.mails.length - 1];
    // Nobody configured recipients: the shop's contact email from the Admin API.
    expect(mail.to).toEqual([SEED_SHOP.contactEmail]);
    expect(mail.subject).toContain("Bot wasn't sure what the shopper meant");
    expect(mail.text).toContain("Olivia Hart <olivia.hart@example.com> is waiting for a person");
    expect(mail.text).toContain("Order: #1003");
    expect(mail.text).toContain(`/app/inbox/${c.id}`);
    expect(mail.text).not.toContain("0.52");

    expect(receiver.received.length - hooks).toBe(1);
    const hook = receiver.received[receiver.received.length - 1];
    expect(hook.signatureValid).toBe(true);
    expect(hook.body).toMatchObject({
      event: "conversation.handed_off",
      shop: TEST_SHOP,
      conversation: { id: c.id, url: `https://${TEST_SHOP}/admin/apps/key/app/inbox/${c.id}` },
      reasons: [{ code: "low_confidence_handoff", label: "Bot wasn't sure what the shopper meant" }],
      customer: { name: "Olivia Hart", email: "olivia.hart@example.com" },
      order: { number: "1003" },
    });
    expect(hook.body.text).toMatch(/^\*Olivia Hart .* is waiting for a person\*/);
    // The wait started at the handoff, for the Inbox order and the reminder.
    expect((await t.prisma.conversation.findUniqueOrThrow({ where: { id: c.id } })).waitingSince).not.toBeNull();
  }, 60_000);

  it("sends nothing for a handoff a person already picked up", async () => {
    const before = smtp.mails.length;
    const c = await handedOff({ visitor: "visitor-notify-2" });
    await replyAsStaff(t.prisma, TEST_SHOP, c.id, { body: "On it", staffName: "Sam", staffId: "1" });
    await notifyHandoffJob.run({ shop: TEST_SHOP, conversationId: c.id }, context);
    expect(smtp.mails.length).toBe(before);
  });

  it("retries a failing or slow webhook receiver without sending the email twice, and reports the channel as failing meanwhile", async () => {
    await saveShopSettings(t.prisma, TEST_SHOP, { notifications: { webhookUrl: receiver.url, webhookSecret: SECRET, emailRecipients: ["team@shop.test"] } });
    const before = smtp.mails.length;
    const c = await handedOff({ visitor: "visitor-notify-3", email: "guest@example.com" });
    receiver.state.respond = 503;
    await expect(notifyHandoffJob.run({ shop: TEST_SHOP, conversationId: c.id }, context)).rejects.toThrow(/answered 503/);
    const health = await notificationHealth(t.prisma, TEST_SHOP);
    expect(health.find((h) => h.channel === "webhook")).toMatchObject({ lastStatus: "failed", lastError: expect.stringContaining("503") });

    receiver.state.respond = 200;
    receiver.state.delayMs = 2500;
    await expect(notifyHandoffJob.run({ shop: TEST_SHOP, conversationId: c.id }, context)).rejects.toThrow(/no answer within/);

    receiver.state.delayMs = 0;
    const hooks = receiver.received.length;
    await notifyHandoffJob.run({ shop: TEST_SHOP, conversationId: c.id }, context);
    expect(receiver.received.length - hooks).toBe(1);
    expect(smtp.mails.length - before).toBe(1);
    expect(smtp.mails[smtp.mails.length - 1].to).toEqual(["team@shop.test"]);
    expect((await notificationHealth(t.prisma, TEST_SHOP)).find((h) => h.channel === "webhook")?.lastStatus).toBe("sent");
    const row = await t.prisma.notification.findFirstOrThrow({ where: { conversationId: c.id, channel: "webhook" } });
    expect(row.attempts).toBe(3);
  });

  it("records nothing as sent while the SMTP server refuses, and sends once it accepts", async () => {
    await saveShopSettings(t.prisma, TEST_SHOP, { notifications: { emailRecipients: ["team@shop.test"] } });
    const before = smtp.mails.length;
    const c = await handedOff({ visitor: "visitor-notify-4" });
    smtp.refuseWith = { code: 451, message: "Try again later" };
    await expect(notifyHandoffJob.run({ shop: TEST_SHOP, conversationId: c.id }, context)).rejects.toThrow(/451|Try again/);
    expect(await t.prisma.notification.count({ where: { conversationId: c.id, status: "sent" } })).toBe(0);
    smtp.refuseWith = null;
    await notifyHandoffJob.run({ shop: TEST_SHOP, conversationId: c.id }, context);
    expect(smtp.mails.length - before).toBe(1);
  });

  it("reminds once when a shopper waits longer than the target reply time", async () => {
    await saveShopSettings(t.prisma, TEST_SHOP, { notifications: { emailRecipients: ["team@shop.test"], targetReplyMinutes: 60 } });
    const c = await handedOff({ visitor: "visitor-remind-1", email: "waiting@example.com" });
    await t.prisma.conversation.update({ where: { id: c.id }, data: { waitingSince: new Date(clock.getTime() - 45 * 60_000) } });
    const before = smtp.mails.length;
    await handoffReminderJob.run({}, context);
    expect(smtp.mails.length).toBe(before);

    clock = new Date(clock.getTime() + 20 * 60_000);
    const result = await sendDueReminders(context);
    expect(result.reminded).toContain(c.id);
    await sendDueReminders(context);
    const reminders = smtp.mails.slice(before);
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toContain("Still waiting (1 h 5 min)");
  });

  it("emails a staff reply the shopper has not seen, with a link that reopens the conversation, once", async () => {
    const c = await handedOff({ visitor: "visitor-reply-1", email: "shopper@example.com" });
    await replyAsStaff(t.prisma, TEST_SHOP, c.id, { body: "Your parcel left our warehouse today.", staffName: "Sam", staffId: "1" });
    const before = smtp.mails.length;
    clock = new Date(Date.now() + 60_000);
    await sendDueReplyEmails(context);
    expect(smtp.mails.length).toBe(before);

    clock = new Date(Date.now() + REPLY_EMAIL_DELAY_MS + 60_000);
    await sendDueReplyEmails(context);
    await sendDueReplyEmails(context);
    expect(smtp.mails.length - before).toBe(1);
    const mail = smtp.mails[smtp.mails.length - 1];
    expect(mail.to).toEqual(["shopper@example.com"]);
    expect(mail.subject).toBe(`${SEED_SHOP.name} replied to your message`);
    expect(mail.text).toContain("Sam from");
    expect(mail.text).toContain("Your parcel left our warehouse today.");
    // The link carries a signed token for this conversation: another device (another visitor id) can read it with
    // the token, nobody can with the bare id, and the token opens no other conversation.
    const token = new URL(/https?:\/\/\S+/.exec(mail.text)![0]).searchParams.get(REOPEN_PARAM)!;
    expect(verifyReopenToken(LINK_SECRET, token, { shop: TEST_SHOP, now: clock })).toBe(c.id);
    const phone = { shop: TEST_SHOP, customerId: null, conversationId: c.id, visitorId: "visitor-on-phone" };
    await expect(pollConversation(t.prisma, phone)).rejects.toBeInstanceOf(ConversationNotFoundError);
    const view = await pollConversation(t.prisma, { ...phone, linkedConversationId: verifyReopenToken(LINK_SECRET, token, { shop: TEST_SHOP, now: clock }) });
    expect(view.messages.map((m) => m.body)).toContain("Your parcel left our warehouse today.");
    const other = await handedOff({ visitor: "visitor-reply-other" });
    await expect(pollConversation(t.prisma, { ...phone, conversationId: other.id, linkedConversationId: c.id })).rejects.toBeInstanceOf(ConversationNotFoundError);
  });

  it("does not email a reply the shopper saw in the bubble, and emails the signed-in customer's address otherwise", async () => {
    const seen = await handedOff({ visitor: "visitor-reply-2", email: "seen@example.com" });
    const reply = await replyAsStaff(t.prisma, TEST_SHOP, seen.id, { body: "Seen reply", staffName: "Sam" });
    await markSeen(t.prisma, { shop: TEST_SHOP, conversationId: seen.id, visitorId: "visitor-reply-2", customerId: null, messageId: reply.id });
    await expect(markSeen(t.prisma, { shop: TEST_SHOP, conversationId: seen.id, visitorId: "someone-else", customerId: null, messageId: reply.id })).rejects.toThrow();

    const signedIn = await handedOff({ visitor: "visitor-reply-3", customerId: SEED_CUSTOMERS.repeat.id });
    await replyAsStaff(t.prisma, TEST_SHOP, signedIn.id, { body: "Hello Maya", staffName: "Sam" });
    const before = smtp.mails.length;
    clock = new Date(Date.now() + REPLY_EMAIL_DELAY_MS + 60_000);
    const result = await sendDueReplyEmails(context);
    expect(result.skipped).toContain(seen.id);
    expect(result.emailed).toContain(signedIn.id);
    expect(smtp.mails.slice(before).map((m) => m.to[0])).toEqual([SEED_CUSTOMERS.repeat.email]);
  });

  it("emails back-in-stock notices with the product link, marked notified only after the SMTP server accepted", async () => {
    const { data } = (await (
      await admin.graphql(`#graphql
        query TestOutOfStockVariant { productVariants(first: 1, query: "sku:STP-PAIR") { nodes { id inventoryItem { id } } } }`)
    ).json()) as { data: { productVariants: { nodes: Array<{ id: string; inventoryItem: { id: string } }> } } };
    const variant = data.productVariants.nodes[0];
    const sub = await t.prisma.backInStockSubscription.create({
      data: { shop: TEST_SHOP, variantId: variant.id, inventoryItemId: variant.inventoryItem.id, email: "poles@example.com" },
    });
    expect(await recordRestock(t.prisma, TEST_SHOP, { inventory_item_id: variant.inventoryItem.id.split("/").pop()!, available: 0 })).toBe(0);
    expect(await recordRestock(t.prisma, TEST_SHOP, { inventory_item_id: variant.inventoryItem.id.split("/").pop()!, available: 3 })).toBe(1);

    smtp.refuseWith = { code: 451, message: "Mailbox busy" };
    await expect(sendBackInStockNotices(context, TEST_SHOP)).rejects.toThrow();
    expect((await t.prisma.backInStockSubscription.findUniqueOrThrow({ where: { id: sub.id } })).notifiedAt).toBeNull();

    smtp.refuseWith = null;
    const before = smtp.mails.length;
    const result = await sendBackInStockNotices(context, TEST_SHOP);
    expect(result.notified).toEqual([sub.id]);
    await sendBackInStockNotices(context, TEST_SHOP);
    const mails = smtp.mails.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(["poles@example.com"]);
    expect(mails[0].subject).toMatch(/Trekking Poles.* is back in stock/);
    expect(mails[0].text).toMatch(/https:\/\/\S+\/products\/summit-trekking-poles/);
    expect((await t.prisma.backInStockSubscription.findUniqueOrThrow({ where: { id: sub.id } })).notifiedAt).not.toBeNull();
  });

  it("writes each back-in-stock notice in the language of the conversation it was asked in", async () => {
    const { data } = (await (
      await admin.graphql(`#graphql
        query TestOutOfStockVariantForLanguages { productVariants(first: 1, query: "sku:STP-PAIR") { nodes { id inventoryItem { id } } } }`)
    ).json()) as { data: { productVariants: { nodes: Array<{ id: string; inventoryItem: { id: string } }> } } };
    const variant = data.productVariants.nodes[0];
    const subscribers = { fr: "camille@example.fr", de: "jonas@example.de", es: "lucia@example.es", en: "sam@example.com" } as const;
    for (const [language, email] of Object.entries(subscribers)) {
      await t.prisma.backInStockSubscription.create({ data: { shop: TEST_SHOP, variantId: variant.id, inventoryItemId: variant.inventoryItem.id, email, language } });
    }
    await recordRestock(t.prisma, TEST_SHOP, { inventory_item_id: variant.inventoryItem.id.split("/").pop()!, available: 5 });
    const before = smtp.mails.length;
    await sendBackInStockNotices(context, TEST_SHOP);
    const to = (email: string) => smtp.mails.slice(before).find((m) => m.to[0] === email)!;
    expect(to(subscribers.fr).subject).toMatch(/est de nouveau en stock$/);
    expect(to(subscribers.fr).text).toContain("Voir le produit : https://");
    expect(to(subscribers.de).subject).toMatch(/ist wieder vorrätig$/);
    expect(to(subscribers.es).subject).toMatch(/vuelve a estar disponible$/);
    expect(to(subscribers.en).subject).toMatch(/is back in stock$/);
    for (const email of Object.values(subscribers)) expect(to(email).text).toMatch(/\/products\/summit-trekking-poles/);
  });

  it("knows when email is not configured, and explains an unreachable SMTP server", async () => {
    const none = createMailer({ db: t.prisma, smtpUrl: null });
    expect(await none.canSend("elsewhere.myshopify.com")).toBe(false);
    await saveShopSettings(t.prisma, "own-smtp.myshopify.com", { notifications: { smtp: { host: "127.0.0.1", port: smtp.port, from: "help@own.test" } } });
    expect(await none.canSend("own-smtp.myshopify.com")).toBe(true);
    const closed = await startSmtpCapture();
    await closed.close();
    expect(await verifySmtp({ host: "127.0.0.1", port: closed.port, secure: false, user: "", password: "", from: "a@b.test" })).toMatch(/Nothing answers/);
    expect(await verifySmtp({ host: "127.0.0.1", port: smtp.port, secure: false, user: "", password: "", from: "a@b.test" })).toBeNull();
  });
});

