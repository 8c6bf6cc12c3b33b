import { describe, expect, it } from "vitest";
import { languageHintFor } from "../understanding/language.server";
import { identityForNewRequest } from "./common";

describe("identityForNewRequest", () => {
  const memory = { orderNumber: "1005", email: "wrong@example.com", phone: null };

  it("keeps what the shopper already gave when nothing failed", () => {
    expect(identityForNewRequest(memory, { orderNumbers: [], emails: [] }, "order_status")).toEqual({ orderNumber: "1005", email: "wrong@example.com", phone: null });
  });

  it("drops an email that just failed the ownership check, so the next request asks again instead of failing again", () => {
    expect(identityForNewRequest(memory, { orderNumbers: [], emails: [] }, "not_verified").email).toBeNull();
  });

  it("a new email in the message replaces the failed one", () => {
    expect(identityForNewRequest(memory, { orderNumbers: [], emails: ["maya.chen@example.com"] }, "not_verified").email).toBe("maya.chen@example.com");
  });

  it("after a failed check, a request about another order does not reuse the failed email", () => {
    expect(identityForNewRequest(memory, { orderNumbers: ["1003"], emails: [] }, "not_verified")).toEqual({ orderNumber: "1003", email: null, phone: null });
  });

  it("a different order of the same shopper keeps the email that worked", () => {
    expect(identityForNewRequest({ ...memory, email: "maya.chen@example.com" }, { orderNumbers: ["1003"], emails: [] }, "order_status").email).toBe("maya.chen@example.com");
  });

  it("forgets an order number that was not found", () => {
    expect(identityForNewRequest(memory, { orderNumbers: [], emails: [] }, "order_not_found").orderNumber).toBeNull();
  });
});

describe("languageHintFor", () => {
  it("prefers the conversation's language, then the storefront locale, and ignores unsupported ones", () => {
    expect(languageHintFor({ conversationLanguage: "de", storefrontLocale: "fr-CA" })).toBe("de");
    expect(languageHintFor({ conversationLanguage: null, storefrontLocale: "fr-CA" })).toBe("fr");
    expect(languageHintFor({ storefrontLocale: "it" })).toBeUndefined();
  });
});
