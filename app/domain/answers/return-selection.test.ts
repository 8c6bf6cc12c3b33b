import { describe, expect, it } from "vitest";
import type { Language } from "../understanding/types";
import { isReturnSelection, selectReturnItems, type SelectableReturnItem } from "./returns";

// Shaped like a proposal for the seed's high-value order, plus a mug so quantities have room.
const ITEMS: SelectableReturnItem[] = [
  { fulfillmentLineItemId: "fli-jacket-black", quantity: 2, title: "Alpine Down Jacket", variantTitle: "M / Black" },
  { fulfillmentLineItemId: "fli-jacket-glacier", quantity: 1, title: "Alpine Down Jacket", variantTitle: "S / Glacier" },
  { fulfillmentLineItemId: "fli-bag", quantity: 2, title: "Canvas Weekender Bag", variantTitle: "Olive" },
  { fulfillmentLineItemId: "fli-mugs", quantity: 3, title: "Insulated Camp Mug", variantTitle: "Stone" },
];

/** "id×quantity" of what the text picks, or the selection kind when it picks no subset. */
function picked(text: string, language: Language = "en", items = ITEMS): string[] | string {
  const s = selectReturnItems(text, items, language);
  return s.kind === "some" ? s.items.map((i) => `${i.fulfillmentLineItemId}×${i.quantity}`) : s.kind;
}

describe("selectReturnItems", () => {
  it.each([
    ["1 and 3", ["fli-jacket-black×2", "fli-bag×2"]],
    ["#2", ["fli-jacket-glacier×1"]],
    ["items 2, 4", ["fli-jacket-glacier×1", "fli-mugs×3"]],
    ["the first one", ["fli-jacket-black×2"]],
    ["the last one please", ["fli-mugs×3"]],
    ["4", ["fli-mugs×3"]],
  ])("picks by number: %s", (text, expected) => {
    expect(picked(text)).toEqual(expected);
  });

  it.each([
    ["just the bag", ["fli-bag×2"]],
    ["only the mugs", ["fli-mugs×3"]],
    ["the black jacket", ["fli-jacket-black×2"]],
    ["the glacier one and the weekender", ["fli-jacket-glacier×1", "fli-bag×2"]],
    ["the jackets", ["fli-jacket-black×2", "fli-jacket-glacier×1"]],
    ["yes but only the bag", ["fli-bag×2"]],
  ])("picks by title or variant words: %s", (text, expected) => {
    expect(picked(text)).toEqual(expected);
  });

  it.each([
    ["2 of the mugs", ["fli-mugs×2"]],
    ["one of the bags", ["fli-bag×1"]],
    ["mug x1 and the bag", ["fli-bag×2", "fli-mugs×1"]],
    // Never more than can be returned.
    ["5 of the mugs", ["fli-mugs×3"]],
  ])("takes a quantity in front of a named item: %s", (text, expected) => {
    expect(picked(text)).toEqual(expected);
  });

  it.each([
    ["everything except the mug", ["fli-jacket-black×2", "fli-jacket-glacier×1", "fli-bag×2"]],
    ["all but 1 and 2", ["fli-bag×2", "fli-mugs×3"]],
    ["I'll keep the jackets", ["fli-bag×2", "fli-mugs×3"]],
    ["not the bag", ["fli-jacket-black×2", "fli-jacket-glacier×1", "fli-mugs×3"]],
  ])("understands exclusions: %s", (text, expected) => {
    expect(picked(text)).toEqual(expected);
  });

  it("reports an exclusion of everything as none, not as all", () => {
    const beanie = [{ fulfillmentLineItemId: "fli-beanie", quantity: 2, title: "Merino Wool Beanie", variantTitle: "Rust" }];
    expect(picked("not the beanie", "en", beanie)).toBe("none");
    expect(picked("the beanie", "en", beanie)).toBe("all");
  });

  it.each([
    ["solo el 2", "es", ["fli-jacket-glacier×1"]],
    ["el primero y el tercero", "es", ["fli-jacket-black×2", "fli-bag×2"]],
    ["todo menos la bag", "es", ["fli-jacket-black×2", "fli-jacket-glacier×1", "fli-mugs×3"]],
    ["seulement le 3", "fr", ["fli-bag×2"]],
    ["le premier et le dernier", "fr", ["fli-jacket-black×2", "fli-mugs×3"]],
    ["nur die erste", "de", ["fli-jacket-black×2"]],
    ["alles außer 4", "de", ["fli-jacket-black×2", "fli-jacket-glacier×1", "fli-bag×2"]],
    ["zwei Mugs", "de", ["fli-mugs×2"]],
  ])("understands %s (%s)", (text, language, expected) => {
    expect(picked(text, language as Language)).toEqual(expected);
  });

  it.each(["yes", "ok please", "sí", "oui", "ja bitte", "go ahead", "9", "#1005", "yes, order 1005"])("leaves the whole proposal for %s", (text) => {
    expect(picked(text)).toBe("unmatched");
  });

  it("treats every item at its full quantity as all", () => {
    expect(picked("both", "en", ITEMS.slice(0, 2))).toBe("all");
    expect(picked("1 and 2", "en", ITEMS.slice(0, 2))).toBe("all");
    expect(picked("all of them")).toBe("all");
  });

  it("picks by the stored title only; items without one are still reachable by number", () => {
    const untitled = ITEMS.map(({ fulfillmentLineItemId, quantity }) => ({ fulfillmentLineItemId, quantity }));
    expect(picked("just the bag", "en", untitled)).toBe("unmatched");
    expect(picked("3", "en", untitled)).toEqual(["fli-bag×2"]);
  });
});

describe("isReturnSelection", () => {
  const proposal = { items: ITEMS };

  it.each([
    ["just the bag", "en"],
    ["1 and 3", "en"],
    ["2 of the mugs", "en"],
    ["all of them", "en"],
    ["everything except the mug", "en"],
    ["no, just the bag", "en"],
    ["solo el 2", "es"],
    ["le premier", "fr"],
    ["nur 1 und 3", "de"],
  ])("accepts %s (%s)", (text, language) => {
    expect(isReturnSelection(text, proposal, language as Language)).toBe(true);
  });

  it.each([
    // A bare yes is isConfirmation's job.
    "yes",
    "",
    "is the bag waterproof?",
    "no thanks",
    "where is my order #1005",
    "I'd like to talk to a person",
    "7",
    "my email is ana@example.com",
    "constructor toString",
  ])("rejects %j", (text) => {
    expect(isReturnSelection(text, proposal, "en")).toBe(false);
  });

  it("rejects a reply that excludes every proposed item", () => {
    const one = { items: [ITEMS[2]] };
    expect(isReturnSelection("not the bag", one, "en")).toBe(false);
    expect(isReturnSelection("the bag", one, "en")).toBe(true);
  });
});
