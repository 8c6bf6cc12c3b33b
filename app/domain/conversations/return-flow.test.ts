import { describe, expect, it } from "vitest";
import type { Understanding } from "../understanding/types";
import { nextReturnStep, returnFlowState, type PendingReturn } from "./return-flow";

const SHOE = { fulfillmentLineItemId: "fli-shoe", quantity: 1, title: "Trail Runner Shoe", variantTitle: "9 / Ember" };
const BEANIE = { fulfillmentLineItemId: "fli-beanie", quantity: 2, title: "Merino Wool Beanie", variantTitle: "Rust" };
const offer = (items = [SHOE, BEANIE]): PendingReturn => ({ action: "return_request", orderId: "gid://shopify/Order/1005", items, key: "m1" });

function u(text: string, over: Partial<Understanding> = {}): Understanding {
  return {
    text,
    language: "en",
    intent: "return_request",
    confidence: 0.9,
    runnerUp: null,
    sentiment: { label: "neutral", score: 0 },
    urgency: { urgent: false, cues: [] },
    entities: { orderNumbers: [], emails: [], products: [] },
    ...over,
  };
}
const step = (p: PendingReturn, text: string, over: Partial<Understanding> = {}) => nextReturnStep(p, text, u(text, over));

describe("return flow", () => {
  it("a reason without items asks which items, keeping the reason; the items then submit", () => {
    const first = step(offer(), "it is too small");
    expect(first.kind).toBe("ask_items");
    if (first.kind !== "ask_items") return;
    expect(returnFlowState(first.pending)).toBe("awaiting_items");
    expect(first.pending.key).toBe("m1");
    const second = step(first.pending, "the shoes");
    expect(second).toMatchObject({ kind: "submit", pending: { chosen: [{ fulfillmentLineItemId: "fli-shoe", quantity: 1 }], reason: "size-too-small" } });
  });

  it("items and reason in one reply, in either order, submit at once", () => {
    expect(step(offer(), "the shoes, they're too small")).toMatchObject({ kind: "submit", pending: { chosen: [{ fulfillmentLineItemId: "fli-shoe" }] } });
    expect(step(offer(), "too small - the shoes")).toMatchObject({ kind: "submit", pending: { chosen: [{ fulfillmentLineItemId: "fli-shoe" }] } });
    const both = step(offer(), "both, wrong colour");
    expect(both).toMatchObject({ kind: "submit", pending: { reason: "color" } });
    if (both.kind === "submit") expect(both.pending.chosen).toHaveLength(2);
  });

  it("gives each item its own reason when the shopper does", () => {
    const s = step(offer(), "the shoes are too small and the beanie is the wrong colour");
    expect(s.kind).toBe("submit");
    if (s.kind === "submit") expect(s.pending.lineReasons).toEqual({ "fli-shoe": "size-too-small", "fli-beanie": "color" });
  });

  it("a yes or a pick without a reason asks why; an answer in the shopper's own words is Shopify's 'other' with a note", () => {
    const asked = step(offer(), "yes");
    expect(asked.kind).toBe("ask_reason");
    if (asked.kind !== "ask_reason") return;
    expect(returnFlowState(asked.pending)).toBe("awaiting_reason");
    const done = step(asked.pending, "my sister gave me the same one");
    expect(done).toMatchObject({ kind: "submit", pending: { reason: "other", note: "my sister gave me the same one" } });
  });

  it("with a single item, a reason alone is enough, unless the message names another product", () => {
    expect(step(offer([SHOE]), "it's too big").kind).toBe("submit");
    const product = { productId: "p", handle: "mug", title: "Insulated Camp Mug", matchedText: "mug" };
    expect(step(offer([SHOE]), "the mug is too big", { entities: { orderNumbers: [], emails: [], products: [product] } }).kind).toBe("ask_items");
  });

  it("damaged or wrong items go to routing as such, not into a request", () => {
    expect(step(offer(), "the beanie is damaged").kind).toBe("route_as_damaged");
    expect(step(offer(), "you sent me the wrong item").kind).toBe("route_as_damaged");
  });

  it("leaves the flow for questions, another order, a person, or something else entirely", () => {
    expect(step(offer(), "what is your return policy?").kind).toBe("pass");
    expect(step(offer(), "actually I meant order 1003", { entities: { orderNumbers: ["1003"], emails: [], products: [] } }).kind).toBe("pass");
    expect(step(offer(), "I want to talk to a person", { intent: "human_agent", confidence: 0.95 }).kind).toBe("pass");
    expect(step(offer(), "hello there", { intent: "greeting" }).kind).toBe("pass");
  });

  it("a refusal cancels", () => {
    expect(step(offer(), "no thanks").kind).toBe("cancel");
    expect(step(offer(), "nein danke", { language: "de" }).kind).toBe("cancel");
    // "no, just the beanie" narrows instead.
    expect(step(offer(), "no, just the beanie, changed my mind").kind).toBe("submit");
  });

  it("reads the other languages", () => {
    expect(step(offer(), "les chaussures, elles sont trop petites", { language: "fr" })).toMatchObject({ kind: "submit", pending: { chosen: [{ fulfillmentLineItemId: "fli-shoe" }], reason: "size-too-small" } });
    expect(step(offer(), "beide, falsche Farbe", { language: "de" })).toMatchObject({ kind: "submit", pending: { reason: "color" } });
    expect(step(offer(), "las zapatillas, me quedan pequeñas", { language: "es" })).toMatchObject({ kind: "submit", pending: { chosen: [{ fulfillmentLineItemId: "fli-shoe" }] } });
    expect(step(offer(), "me quedan grandes", { language: "es" }).kind).toBe("ask_items");
  });
});

describe("return flow: a reason's own negation is not an exclusion", () => {
  it.each([
    ["le bonnet, la couleur ne me va pas", "fr"],
    ["the beanie, I don't like it", "en"],
    ["die Mütze gefällt mir nicht", "de"],
    ["el gorro no me gusta", "es"],
  ] as const)("%s picks the beanie", (text, language) => {
    const s = step(offer(), text, { language });
    expect(s.kind).toBe("submit");
    if (s.kind === "submit") expect(s.pending.chosen).toEqual([{ fulfillmentLineItemId: "fli-beanie", quantity: 2 }]);
  });

  it("still reads a real exclusion", () => {
    const s = step(offer(), "everything except the shoes, changed my mind");
    expect(s.kind).toBe("submit");
    if (s.kind === "submit") expect(s.pending.chosen?.map((c) => c.fulfillmentLineItemId)).toEqual(["fli-beanie"]);
  });
});
