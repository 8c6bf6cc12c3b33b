import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { startDemo, type RunningDemo } from "../../scripts/demo/servers";
import { createTestDatabase } from "../../app/testing/test-database.server";

// Issue 8 in real Chromium against the offline demo: a handoff reaches the team as an email (a real SMTP server in the
// demo process received it), a person works it in the Inbox (note, assignment, reply signed with their name), the
// shopper who left gets the reply by email with a link back, and closing is visible to the bubble.
let demo: RunningDemo;
let browser: Browser;
let db: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  db = await createTestDatabase("sqlite");
  demo = await startDemo({ appPort: 3410, storefrontPort: 3411, databaseUrl: db.url, quiet: true, skipBuild: process.env.SWITCHBOARD_SKIP_BUILD === "1" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await db?.drop();
});

type Mail = { subject: string; to: string[]; text: string };
const mailbox = async (): Promise<Mail[]> => (await fetch(`${demo.mailboxUrl}.json`)).json() as Promise<Mail[]>;
async function mailMatching(pattern: RegExp, timeout = 60_000): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailbox()).find((m) => pattern.test(m.subject));
        return Boolean(found);
      },
      { timeout, interval: 1000 },
    )
    .toBe(true);
  return found!;
}

async function send(page: Page, text: string) {
  const before = await page.locator(".switchboard-log li").count();
  await page.getByRole("textbox", { name: /Ask about an order/ }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  await expect.poll(() => page.locator(".switchboard-log li:not(.switchboard-pending)").count(), { timeout: 30_000 }).toBeGreaterThan(before + 1);
}

describe("the human half", () => {
  it("notifies the team by email, lets a person work the conversation, and emails the reply to a shopper who left", async () => {
    const shopper = await browser.newPage();
    await shopper.goto(`${demo.storefrontUrl}/`);
    await shopper.getByRole("button", { name: "Open help chat" }).click();
    await send(shopper, "I need to talk to a person about a broken zipper");
    await send(shopper, "my email is pat.lopez@example.com");
    const conversationId = await shopper.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        const match = /"conversationId":"([\w-]+)"/.exec(localStorage.getItem(key) ?? "");
        if (match) return match[1];
      }
      return null;
    });

    // 1. The team hears about it: one email to the shop's contact address, with a link to the conversation.
    const notification = await mailMatching(/waiting for a person/);
    expect(notification.to).toEqual(["support@switchboard-demo.example"]);
    // The team is told at the handoff, before the shopper typed an email.
    expect(notification.text).toMatch(/is waiting for a person\.\n\nWhy: Shopper asked for a person/);
    expect(notification.text).toMatch(/\/demo\/admin\?page=\/app\/inbox\//);

    // The shopper leaves before anyone answers.
    await shopper.close();

    // 2. A person works it in the Inbox: waiting time, plain reasons, note, assignment, reply.
    const admin = await browser.newPage();
    await admin.goto(demo.adminUrl.replace("/demo/admin", "/demo/admin?page=/app/inbox"));
    const row = admin.getByRole("row", { name: /pat\.lopez@example\.com/ });
    await row.waitFor({ timeout: 60_000 });
    expect(await row.innerText()).toMatch(/\d+ min/);
    expect(await admin.getByText("Needs reply (1)").count()).toBeGreaterThan(0);
    await admin.getByPlaceholder(/Search words/).fill("zipper");
    await admin.getByRole("button", { name: "Search" }).click();
    await admin.getByRole("row", { name: /pat\.lopez@example\.com/ }).waitFor();
    await admin.getByRole("row", { name: /pat\.lopez@example\.com/ }).click();

    await admin.getByText(/Handed to a person: /).first().waitFor();
    await admin.getByPlaceholder(/Note for your team/).fill("Check the zipper batch from October");
    await admin.getByRole("button", { name: "Add note" }).click();
    await admin.locator("span", { hasText: "Check the zipper batch from October" }).first().waitFor();
    await admin.getByRole("button", { name: "Assign to me" }).click();
    // Online access: the staff member the App Bridge session token names (the shop owner, Avery, in the demo).
    await admin.getByText("Assigned to Avery").waitFor();

    await admin.getByLabel("Reply to the shopper").fill("Sorry about the zipper! We'll send a replacement today.");
    await admin.getByRole("button", { name: "Send reply" }).click();
    await admin.getByText("Sorry about the zipper! We'll send a replacement today.").first().waitFor();

    // 3. The shopper didn't see it in the bubble: it reaches them by email, with a link that reopens the chat.
    const reply = await mailMatching(/replied to your message/, 90_000);
    expect(reply.to).toEqual(["pat.lopez@example.com"]);
    expect(reply.text).toContain("Sorry about the zipper! We'll send a replacement today.");
    expect(reply.text).toMatch(/^Avery from /);
    const link = new URL(/https?:\/\/\S*switchboard_conversation=\S+/.exec(reply.text)?.[0] ?? "http://missing.invalid/");
    const token = link.searchParams.get("switchboard_conversation") ?? "";
    expect(token.split(".")[0]).toBe(conversationId);
    // Exactly one notification, however many ticks the jobs ran.
    expect((await mailbox()).filter((m) => /waiting for a person/.test(m.subject))).toHaveLength(1);

    // 4. The shopper follows the emailed link on another device (a fresh browser context: no localStorage, another
    // visitor id). The bubble opens on that conversation and shows the reply; the token leaves the address bar.
    const phone = await browser.newPage();
    await phone.goto(link.toString());
    const panel = phone.getByRole("dialog", { name: "Need help?" });
    await panel.getByText("Sorry about the zipper! We'll send a replacement today.").waitFor({ timeout: 30_000 });
    await panel.getByText("I need to talk to a person about a broken zipper").waitFor();
    expect(await panel.locator(".switchboard-staff .switchboard-author").first().innerText()).toBe("Avery");
    expect(phone.url()).not.toContain("switchboard_conversation");
    // …and can answer there: the message reaches the Inbox.
    await phone.getByRole("textbox", { name: /Ask about an order/ }).fill("Thanks, the black one please");
    await phone.getByRole("button", { name: "Send" }).click();
    await phone.locator(".switchboard-shopper:not(.switchboard-pending)", { hasText: "Thanks, the black one please" }).waitFor({ timeout: 30_000 });
    await admin.getByText("Thanks, the black one please").first().waitFor({ timeout: 60_000 });

    // The bare conversation id (what a guessed or leaked id would give) opens nothing on another device.
    const stranger = await browser.newPage();
    await stranger.goto(`${demo.storefrontUrl}/?switchboard_conversation=${conversationId}`);
    await stranger.getByRole("dialog", { name: "Need help?" }).getByText(/no longer available/).waitFor({ timeout: 30_000 });
    expect(await stranger.getByText(/broken zipper|Sorry about the zipper/).count()).toBe(0);
    await stranger.close();

    // 5. Closing: the Inbox moves it to Closed, and the reopened bubble says so.
    await admin.getByRole("button", { name: "Close conversation" }).click();
    await admin.getByText(/This conversation is closed/).waitFor();
    await panel.getByText("The store closed this conversation.").waitFor({ timeout: 60_000 });
    await phone.close();
    const mailboxPage = await browser.newPage();
    await mailboxPage.goto(demo.mailboxUrl);
    expect(await mailboxPage.getByRole("heading", { name: /replied to your message/ }).count()).toBe(1);
    await mailboxPage.close();
    await admin.close();
  });
});
