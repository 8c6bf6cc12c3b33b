import { describe, expect, it } from "vitest";
import raw from "./data/return-reasons.json";
import { findReturnReason, loadReturnReasons, offeredReasonLabels, RETURN_REASON_HANDLES } from "./return-reasons";
import { LANGUAGES } from "../understanding/types";

const reason = (text: string, language: "en" | "fr" | "de" | "es" = "en") => findReturnReason(text, language)?.handle ?? null;

describe("return reasons from the shopper's words", () => {
  it.each([
    ["it is too small", "en", "size-too-small"],
    ["the shoes, they're too small", "en", "size-too-small"],
    ["way too big for me", "en", "size-too-large"],
    ["both, wrong colour", "en", "color"],
    ["I changed my mind", "en", "unwanted"],
    ["not as described at all", "en", "not-as-described"],
    ["les chaussures, elles sont trop petites", "fr", "size-too-small"],
    ["finalement ça ne me plaît pas", "fr", "unwanted"],
    ["elle est trop grande", "fr", "size-too-large"],
    ["beide, falsche Farbe", "de", "color"],
    ["die Schuhe fallen klein aus", "de", "size-too-small"],
    ["sie ist mir zu groß", "de", "size-too-large"],
    ["las zapatillas, me quedan pequeñas", "es", "size-too-small"],
    ["he cambiado de opinión", "es", "unwanted"],
    ["me llegó roto", "es", "defective"],
  ] as const)("%s (%s) → %s", (text, language, handle) => {
    expect(reason(text, language)).toBe(handle);
  });

  it("finds nothing in a pick or a yes", () => {
    expect(reason("just the beanie")).toBeNull();
    expect(reason("yes")).toBeNull();
    expect(reason("1 and 2")).toBeNull();
  });

  it("prefers a specific reason to 'other' and the longer phrase among specific ones", () => {
    expect(reason("it doesn't fit, it's too small")).toBe("size-too-small");
    expect(reason("it doesn't fit")).toBe("other");
    // "wrong colour" is the colour, not a wrong item.
    expect(reason("wrong colour")).toBe("color");
    expect(reason("you sent me the wrong item")).toBe("wrong-item");
  });

  it("offers every Shopify reason, in every language", () => {
    for (const language of LANGUAGES) expect(offeredReasonLabels(language)).toHaveLength(RETURN_REASON_HANDLES.length);
    expect(offeredReasonLabels("fr")).toContain("trop petit");
  });
});

describe("the reasons data file is checked on load", () => {
  it("rejects a phrase listed under two reasons in one language", () => {
    const broken = structuredClone(raw) as unknown as Record<string, { phrases: Record<string, string[]> }>;
    broken.color.phrases.en.push("Too Small");
    expect(() => loadReturnReasons(broken)).toThrow(/too small.*size-too-small and color|listed under/i);
  });

  it("rejects a handle Shopify doesn't have and a missing language", () => {
    expect(() => loadReturnReasons({ ...raw, "too-expensive": raw.other })).toThrow(/not a Shopify return reason handle/);
    const noGerman = structuredClone(raw) as unknown as Record<string, { phrases: Record<string, string[]> }>;
    delete noGerman.style.phrases.de;
    expect(() => loadReturnReasons(noGerman)).toThrow();
  });
});
