import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "../../testing/test-database.server";
import { holdoutBucket } from "../routing/holdout";
import { daysBefore, seedConversation, type SeedConversation } from "./fixtures.server";
import { conversationOutcomes } from "./outcomes.server";

describe.each(testProviders())("conversation outcomes on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t.drop());

  const now = new Date("2026-11-23T15:00:00Z");
  const answered = [{ kind: "automate" as const, codes: ["intent_automated"], intent: "order_status" }];
  const chat = [{ author: "shopper" as const, at: 0 }, { author: "bot" as const, at: 2 }];

  async function outcomeOf(seed: Omit<SeedConversation, "shop">) {
    const shop = `outcome-${Math.random().toString(36).slice(2)}.myshopify.com`;
    await seedConversation(t.prisma, { shop, ...seed });
    const [row] = await conversationOutcomes(t.prisma, shop, { now, holdoutPercent: 0 });
    return row;
  }

  it("counts a bot answer as resolved only after 72 hours without a person, thumbs-down or poor rating", async () => {
    expect((await outcomeOf({ createdAt: daysBefore(now, 4), messages: chat, decisions: answered })).outcome).toBe("resolved_by_bot");
    expect((await outcomeOf({ createdAt: daysBefore(now, 2), messages: chat, decisions: answered })).outcome).toBe("open");
    const down = await outcomeOf({ createdAt: daysBefore(now, 4), messages: [chat[0], { author: "bot", at: 2, feedback: "down" }], decisions: answered });
    expect(down.outcome).toBe("unresolved");
    expect((await outcomeOf({ createdAt: daysBefore(now, 4), messages: chat, decisions: answered, rating: 2 })).outcome).toBe("unresolved");
    expect((await outcomeOf({ createdAt: daysBefore(now, 4), messages: chat, decisions: answered, rating: 3 })).outcome).toBe("resolved_by_bot");
  });

  it("a person joining within 72 hours makes it the team's, later does not", async () => {
    const within = await outcomeOf({
      createdAt: daysBefore(now, 5),
      messages: [...chat, { author: "staff", at: 71 * 3600 }],
      decisions: answered,
      status: "human",
    });
    expect([within.personInvolved, within.outcome]).toEqual([true, "resolved_by_team"]);
    const later = await outcomeOf({ createdAt: daysBefore(now, 5), messages: [...chat, { author: "staff", at: 73 * 3600 }], decisions: answered });
    expect([later.personInvolved, later.outcome]).toEqual([false, "resolved_by_bot"]);
  });

  it("a handoff nobody answered is open for 72 hours, then unresolved", async () => {
    const handoff = { handoffReason: "asked", status: "waiting_for_human" as const, messages: chat, decisions: [{ kind: "handoff" as const, codes: ["shopper_asked_for_human"] }] };
    expect((await outcomeOf({ createdAt: daysBefore(now, 1), ...handoff })).outcome).toBe("open");
    expect((await outcomeOf({ createdAt: daysBefore(now, 4), ...handoff })).outcome).toBe("unresolved");
  });

  it("abandoned: the bot asked or offered something and the shopper never answered within 24 hours", async () => {
    const asked = { messages: chat, decisions: [{ kind: "clarify" as const, codes: ["missing_information"], intent: "order_status" }] };
    expect((await outcomeOf({ createdAt: daysBefore(now, 1, 1), ...asked })).outcome).toBe("abandoned");
    expect((await outcomeOf({ createdAt: daysBefore(now, 0, 23), ...asked })).outcome).toBe("open");
    // The shopper answered the question, then the bot answered them: resolved.
    const replied = await outcomeOf({
      createdAt: daysBefore(now, 4),
      messages: [...chat, { author: "shopper", at: 30 }, { author: "bot", at: 32 }],
      decisions: [asked.decisions[0], { ...answered[0], at: 31 }],
    });
    expect(replied.outcome).toBe("resolved_by_bot");
    const offer = { answers: { proposedAction: { action: "return_request", orderId: "gid://shopify/Order/1" } } };
    expect((await outcomeOf({ createdAt: daysBefore(now, 4), messages: chat, decisions: answered, context: offer })).outcome).toBe("abandoned");
    const greeting = [{ kind: "automate" as const, codes: ["intent_automated"], intent: "greeting" }];
    expect((await outcomeOf({ createdAt: daysBefore(now, 4), messages: chat, decisions: greeting })).outcome).toBe("abandoned");
  });

  it("gibberish the bot could only say it can't help with is not a resolution", async () => {
    const other = [{ kind: "automate" as const, codes: ["intent_automated"], intent: "other" }];
    expect((await outcomeOf({ createdAt: daysBefore(now, 4), messages: chat, decisions: other })).outcome).toBe("unresolved");
  });

  it("assigns every conversation to its holdout group by its stable bucket, whatever happened later", async () => {
    const shop = "itt.myshopify.com";
    // Find ids on each side of a 20% holdout.
    const ids = Array.from({ length: 200 }, (_, i) => `itt-conversation-${i}`);
    const inHoldout = ids.find((id) => holdoutBucket(id) < 20)!;
    const inBot = ids.find((id) => holdoutBucket(id) >= 20)!;
    // Held out by bucket, but went to a person for another reason (VIP): still the holdout group.
    await seedConversation(t.prisma, { id: inHoldout, shop, createdAt: daysBefore(now, 4), handoffReason: "vip", decisions: [{ kind: "handoff", codes: ["customer_tag"] }] });
    // Bot group, handed off: still the bot group.
    await seedConversation(t.prisma, { id: inBot, shop, createdAt: daysBefore(now, 4), handoffReason: "asked", decisions: [{ kind: "handoff", codes: ["shopper_asked_for_human"] }] });
    const rows = await conversationOutcomes(t.prisma, shop, { now, holdoutPercent: 20 });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.group]))).toEqual({ [inHoldout]: "holdout", [inBot]: "bot" });
  });

  it("measures the first real answer, not the handoff notice", async () => {
    const row = await outcomeOf({
      createdAt: daysBefore(now, 4),
      holdout: true,
      handoffReason: "held out",
      messages: [{ author: "shopper", at: 0 }, { author: "bot", at: 1 }, { author: "staff", at: 120 }],
      decisions: [{ kind: "handoff", codes: ["holdout"] }],
      status: "closed",
    });
    expect([row.firstAnswerMs, row.outcome, row.group]).toEqual([120_000, "resolved_by_team", "holdout"]);
  });
});
