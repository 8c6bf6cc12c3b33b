import { describe, expect, it } from "vitest";
import type { CatalogueEntry, Intent, Language } from "./types";
import { createUnderstander } from "./understand.server";

const u = createUnderstander();

describe("intents", () => {
  it.each<[string, Intent]>([
    ["where is my order #1001??", "order_status"],
    ["tracking for order 2231 pls", "order_status"],
    ["how long does shipping take to canada", "shipping_info"],
    ["i want to return these shoes", "return_request"],
    ["what's your return policy", "return_policy"],
    ["please cancel order 1003", "cancel_order"],
    ["i need to change the delivery address on my order", "change_order"],
    ["is the blue hoodie in stock", "product_availability"],
    ["is this jacket waterproof", "product_question"],
    ["my card was declined", "payment_issue"],
    ["my discount code doesnt work", "discount_question"],
    ["the mug arrived broken", "damaged_or_wrong_item"],
    ["your customer service is terrible", "complaint"],
    ["can i talk to a real person", "human_agent"],
    ["i forgot my password", "account"],
    ["hello", "greeting"],
    ["tell me a joke", "other"],
    ["¿dónde está mi pedido?", "order_status"],
    ["quiero devolver la chaqueta", "return_request"],
    ["quiero hablar con una persona", "human_agent"],
    ["mi tarjeta fue rechazada", "payment_issue"],
    ["où est ma commande ?", "order_status"],
    ["quelle est votre politique de retour", "return_policy"],
    ["je veux annuler ma commande", "cancel_order"],
    ["le colis est arrivé cassé", "damaged_or_wrong_item"],
    ["Wo ist meine Bestellung?", "order_status"],
    ["Ich habe mein Passwort vergessen", "account"],
    ["Was kostet der Versand?", "shipping_info"],
    ["Ich möchte mit einem Menschen sprechen", "human_agent"],
  ])("%j -> %s", (text, intent) => {
    const r = u.understand(text);
    expect(r.intent).toBe(intent);
    expect(r.confidence).toBeGreaterThan(0.3);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.runnerUp?.intent).not.toBe(intent);
    expect(r.runnerUp!.confidence).toBeLessThanOrEqual(r.confidence);
  });

  it("gives low confidence to gibberish-free but unrelated text compared with a clear request", () => {
    const clear = u.understand("where is my order 1001");
    const vague = u.understand("hmm well maybe");
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });
});

describe("language", () => {
  it.each<[string, Language]>([
    ["where is my order", "en"],
    ["hola", "es"],
    ["¿dónde está mi pedido?", "es"],
    ["bonjour", "fr"],
    ["où est ma commande", "fr"],
    ["merci beaucoup", "fr"],
    ["hallo", "de"],
    ["Wo ist meine Bestellung", "de"],
    ["danke", "de"],
    ["gracias", "es"],
  ])("%j is %s", (text, lang) => {
    expect(u.understand(text).language).toBe(lang);
  });

  it("falls back to the hint when the text carries no language", () => {
    expect(u.understand("#1001", { languageHint: "de" }).language).toBe("de");
    expect(u.understand("#1001").language).toBe("en");
    expect(u.understand("ok", { languageHint: "fr" }).language).toBe("fr");
  });

  it("keeps the page's or conversation's language for a word all four share", () => {
    for (const hint of ["en", "es", "de", "fr"] as const) expect(u.understand("super", { languageHint: hint }).language).toBe(hint);
    expect(u.understand("hello", { languageHint: "fr" }).language).toBe("en");
  });
});

describe("products", () => {
  const catalogue: CatalogueEntry[] = [
    { productId: "p1", handle: "blue-hoodie", title: "Blue Hoodie" },
    { productId: "p2", handle: "classic-leather-wallet", title: "Classic Leather Wallet" },
    { productId: "p3", handle: "ceramic-mug", title: "Ceramic Mug" },
    { productId: "p4", handle: "red-hoodie", title: "Red Hoodie" },
  ];

  it.each<[string, string[]]>([
    ["is the blue hoodie in stock?", ["p1"]],
    ["do you have BLUE HOODIES", ["p1"]],
    ["is the blue hodie available", ["p1"]],
    ["do you still sell the leather wallet", ["p2"]],
    ["¿tienen la ceramic mug?", ["p3"]],
    ["do you have hoodies", []],
    ["where is my order", []],
  ])("%j mentions %j", (text, ids) => {
    const r = u.understand(text, { catalogue });
    expect(r.entities.products.map((p) => p.productId)).toEqual(ids);
  });

  it("reports the words that matched", () => {
    const [m] = u.understand("is the Blue Hoodie back?", { catalogue }).entities.products;
    expect(m).toMatchObject({ productId: "p1", handle: "blue-hoodie", title: "Blue Hoodie", matchedText: "Blue Hoodie" });
  });
});

describe("whole understanding", () => {
  it("fills every field", () => {
    const r = u.understand("URGENT: order #1001 arrived broken, I need it for my wedding on Saturday. me@x.com");
    expect(r.intent).toBe("damaged_or_wrong_item");
    expect(r.language).toBe("en");
    expect(r.entities.orderNumbers).toEqual(["1001"]);
    expect(r.entities.emails).toEqual(["me@x.com"]);
    expect(r.entities.products).toEqual([]);
    expect(r.urgency.urgent).toBe(true);
    expect(r.sentiment.label).toBe("negative");
    expect(r.text).toContain("URGENT");
  });
});

describe("refund status over the model's neighbours", () => {
  it("reads a refund status question as refund_status even where the model leans to damaged, cancel or unsure", () => {
    for (const [text, language] of [
      ["Habe ich für Bestellung 1005 schon eine Rückerstattung bekommen?", "de"],
      ["Wurde Bestellung 1007 erstattet?", "de"],
      ["j'ai annulé ma commande, où en est le remboursement ?", "fr"],
    ] as const) {
      const r = u.understand(text, { languageHint: language });
      expect(r.intent, text).toBe("refund_status");
      expect(r.confidence).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("leaves a damaged item with a refund question to the damaged reading", () => {
    expect(u.understand("the mug arrived broken, has my refund gone through?").intent).not.toBe("refund_status");
    expect(u.understand("la taza llegó rota, ¿ya me habéis devuelto el dinero?", { languageHint: "es" }).intent).toBe("damaged_or_wrong_item");
  });
});

describe("the shopper saying the bot missed", () => {
  it("is not read as a wrong item", () => {
    for (const [text, language] of [
      ["that's not what I asked", "en"],
      ["ce n'est pas ce que j'ai demandé", "fr"],
    ] as const) {
      expect(u.understand(text, { languageHint: language }).intent, text).not.toBe("damaged_or_wrong_item");
    }
    // A wrong item said outright still is one.
    expect(u.understand("that's not what I ordered, you sent the wrong item").intent).toBe("damaged_or_wrong_item");
  });
});
