import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { startDemo, type RunningDemo } from "../../scripts/demo/servers";
import { createTestDatabase } from "../../app/testing/test-database.server";
import { SEED_CUSTOMERS, SEED_ORDERS } from "../../app/simulated-shop/seed.server";

// The whole journey of issue #2 in real Chromium: bubble → signed proxy → understanding → routing →
// live order answer; handoff → admin Inbox → staff reply → bubble; Automation page obeyed.
let demo: RunningDemo;
let browser: Browser;
let db: Awaited<ReturnType<typeof createTestDatabase>>;

const inTransit = SEED_ORDERS.inTransit;

beforeAll(async () => {
  db = await createTestDatabase("sqlite");
  demo = await startDemo({ appPort: 3310, storefrontPort: 3311, databaseUrl: db.url, quiet: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await db?.drop();
});

async function openBubble(page: Page) {
  await page.goto(`${demo.storefrontUrl}/`);
  await page.getByRole("button", { name: "Open help chat" }).click();
  await expect.poll(() => page.locator(".switchboard-panel").isVisible()).toBe(true);
}

async function send(page: Page, text: string) {
  const before = await page.locator(".switchboard-log li").count();
  await page.getByRole("textbox", { name: /Ask about an order/ }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  // Our message plus at least one answer (or the failure marker) must appear.
  await expect.poll(() => page.locator(".switchboard-log li:not(.switchboard-pending)").count(), { timeout: 30_000 }).toBeGreaterThan(before + 1);
}

const lastBotText = (page: Page) => page.locator(".switchboard-log li.switchboard-bot").last().innerText();
const logText = (page: Page) => page.locator(".switchboard-log").innerText();

describe("storefront bubble", () => {
  it("answers where-is-my-order with live tracking once the shopper proves the order is theirs", async () => {
    const page = await browser.newPage();
    await openBubble(page);
    await send(page, `Hi, where is my order ${inTransit.name}?`);
    expect(await lastBotText(page)).toMatch(/email/i);
    await send(page, `it's ${inTransit.email}`);
    const answer = await lastBotText(page);
    expect(answer).toContain(inTransit.tracking.number);
    expect(answer).toMatch(/in transit/i);
    expect(await page.locator(".switchboard-log a", { hasText: inTransit.tracking.url }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("gives no order details to someone with the wrong email", async () => {
    const page = await browser.newPage();
    await openBubble(page);
    await send(page, `where is my order ${inTransit.name}? my email is someone.else@example.org`);
    const text = await logText(page);
    expect(text).not.toContain(inTransit.tracking.number);
    expect(text).not.toMatch(/in transit/i);
    await page.close();
  });
});

describe("handoff to a person", () => {
  it("routes 'talk to a person' to the admin Inbox, delivers the staff reply, and keeps the bot silent", async () => {
    const shopper = await browser.newPage();
    await openBubble(shopper);
    await send(shopper, "I want to talk to a person please");
    expect(await lastBotText(shopper)).toMatch(/person|team/i);

    const admin = await browser.newPage();
    await admin.goto(demo.adminUrl);
    await admin.getByRole("link", { name: "Inbox" }).first().click();
    const row = admin.getByText("I want to talk to a person please").first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await admin.getByLabel("Reply to the shopper").fill("Hi! This is Sam from the team. How can I help?");
    await admin.getByRole("button", { name: "Send reply" }).click();
    await admin.getByText("Hi! This is Sam from the team. How can I help?").first().waitFor();

    // The bubble polls: the staff reply arrives without a reload.
    await shopper.locator(".switchboard-staff", { hasText: "This is Sam from the team" }).waitFor({ timeout: 15_000 });
    const botMessagesBefore = await shopper.locator(".switchboard-bot").count();
    await shopper.getByRole("textbox", { name: /Ask about an order/ }).fill(`where is my order ${inTransit.name}?`);
    await shopper.getByRole("button", { name: "Send" }).click();
    await shopper.locator(".switchboard-shopper:not(.switchboard-pending)", { hasText: inTransit.name }).waitFor();
    await shopper.waitForTimeout(1500);
    expect(await shopper.locator(".switchboard-bot").count()).toBe(botMessagesBefore);
    await shopper.close();
    await admin.close();
  });
});

describe("admin home page", () => {
  it("shows the charts and the holdout section", async () => {
    const admin = await browser.newPage();
    await admin.goto(demo.adminUrl);
    await admin.getByRole("heading", { name: "Holdout" }).waitFor({ timeout: 60_000 });
    expect(await admin.getByRole("heading", { name: "Who answered, per day" }).count()).toBe(1);
    await admin.close();
  });
});

describe("admin Automation page", () => {
  it("saves a send-to-human choice per intent and the proxy obeys it", async () => {
    const admin = await browser.newPage();
    await admin.goto(demo.adminUrl);
    await admin.getByRole("link", { name: "Automation" }).first().click();
    const select = admin.getByLabel("Where is my order handling");
    await select.waitFor({ timeout: 60_000 });
    await select.selectOption("human");
    await admin.getByRole("button", { name: "Save" }).click();
    await admin.getByText("Automation settings saved").waitFor();
    // A fresh load of the page (as from Shopify admin) shows what was saved.
    await admin.goto(`${demo.adminUrl}?page=/app/automation`);
    await expect.poll(() => admin.getByLabel("Where is my order handling").inputValue(), { timeout: 30_000 }).toBe("human");

    const shopper = await browser.newPage();
    await openBubble(shopper);
    await send(shopper, `where is my order ${inTransit.name}? my email is ${inTransit.email}`);
    const text = await logText(shopper);
    expect(text).not.toContain(inTransit.tracking.number);
    expect(await lastBotText(shopper)).toMatch(/person|team/i);

    // Put it back so the demo database is left as it was.
    await admin.getByLabel("Where is my order handling").selectOption("automate");
    await admin.getByRole("button", { name: "Save" }).click();
    await admin.getByText("Automation settings saved").waitFor();
    await shopper.close();
    await admin.close();
  });
});

describe("signed-in customer", () => {
  it("sees their own order without giving an email", async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.storefrontUrl}/`);
    await page.getByLabel("Browsing as").selectOption(SEED_CUSTOMERS.repeat.id.split("/").pop()!);
    await page.waitForLoadState("load");
    await page.getByRole("button", { name: "Open help chat" }).click();
    await send(page, `where is my order ${inTransit.name}`);
    expect(await lastBotText(page)).toContain(inTransit.tracking.number);
    await page.close();
  });
});
