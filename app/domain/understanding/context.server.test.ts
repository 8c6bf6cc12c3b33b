import { describe, expect, it } from "vitest";
import { missingFor, resolveInContext, type ConversationContext } from "./context.server";
import type { Intent } from "./types";
import { createUnderstander } from "./understand.server";

const u = createUnderstander();

function converse(messages: string[]) {
  let ctx: ConversationContext | null = null;
  const turns = [];
  for (const m of messages) {
    const r = resolveInContext(u.understand(m), ctx);
    ctx = r.context;
    turns.push(r);
  }
  return turns;
}

describe("resolveInContext", () => {
  it.each<[string[], string, string | null]>([
    [["where is my order #1001", "and when will it arrive?"], "order_status", "1001"],
    [["where is my order", "it's #1002"], "order_status", "1002"],
    [["¿dónde está mi pedido?", "es el 1002"], "order_status", "1002"],
    [["où est ma commande ?", "n°1002"], "order_status", "1002"],
    [["Wo ist meine Bestellung?", "Bestellung 1002"], "order_status", "1002"],
    [["i want to cancel my order", "1005"], "cancel_order", "1005"],
    [["where is my order #1001", "i also want to return the shoes"], "return_request", "1001"],
    [["where is my order #1001", "can i talk to a human"], "human_agent", "1001"],
  ])("%j continues as %s with order %s", (messages, intent, order) => {
    const last = converse(messages).at(-1)!;
    expect(last.understanding.intent).toBe(intent);
    expect(last.context.activeIntent).toBe(intent);
    expect(last.context.orderNumber).toBe(order);
    if (order) expect(last.understanding.entities.orderNumbers).toContain(order);
  });

  it("fills the email from a bare answer and keeps the intent", () => {
    const last = converse(["I want to return order 1001", "my email is a@b.com"]).at(-1)!;
    expect(last.understanding.intent).toBe("return_request");
    expect(last.context).toMatchObject({ orderNumber: "1001", email: "a@b.com", activeIntent: "return_request" });
    expect(last.understanding.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it("does not let a greeting displace the active intent", () => {
    const last = converse(["where is my order 1001", "thanks"]).at(-1)!;
    expect(last.context.activeIntent).toBe("order_status");
  });

  it("reads a bare order number as a first message as a question about that order", () => {
    const [first, second] = converse(["#1003", "maya.chen@example.com"]);
    expect(first.understanding.intent).toBe("order_status");
    expect(second.understanding.intent).toBe("order_status");
    expect(second.understanding.entities.orderNumbers).toEqual(["1003"]);
    // Not when a question is open, and not when the words say more than a number.
    expect(converse(["i want to cancel my order", "1005"]).at(-1)!.understanding.intent).toBe("cancel_order");
  });

  it("starts fresh without previous context", () => {
    const [first] = converse(["hi"]);
    expect(first.context.activeIntent).toBeNull();
    expect(first.context.orderNumber).toBeNull();
  });

  it("tracks the message language", () => {
    const last = converse(["where is my order", "¿y cuándo llega?"]).at(-1)!;
    expect(last.context.language).toBe("es");
  });
});

describe("missingFor", () => {
  const base: ConversationContext = { activeIntent: null, orderNumber: null, email: null, products: [], language: "en" };
  it.each<[Intent, ConversationContext, boolean, string[]]>([
    ["order_status", base, false, ["order_number", "email"]],
    ["order_status", base, true, ["order_number"]],
    ["order_status", { ...base, orderNumber: "1001" }, false, ["email"]],
    ["return_request", { ...base, orderNumber: "1001", email: "a@b.com" }, false, []],
    ["cancel_order", { ...base, orderNumber: "1001" }, true, []],
    ["change_order", base, true, ["order_number"]],
    ["product_availability", base, false, ["product"]],
    [
      "product_availability",
      { ...base, products: [{ productId: "p", handle: "h", title: "T", matchedText: "t" }] },
      false,
      [],
    ],
    ["shipping_info", base, false, []],
    ["return_policy", base, false, []],
  ])("%s needs %j (loggedIn %s)", (intent, ctx, loggedIn, expected) => {
    expect(missingFor(intent, ctx, { loggedIn })).toEqual(expected);
  });
});
