import { describe, expect, it } from "vitest";
import { explicitRequest } from "./explicit-requests.server";
import { createUnderstander } from "./understand.server";

describe("explicitRequest", () => {
  it.each([
    ["I want to file a complaint about my last order", "complaint"],
    ["quiero poner una queja", "complaint"],
    ["je veux déposer une plainte", "complaint"],
    ["Ich möchte mich beschweren", "complaint"],
    ["can I speak to a real person about my refund", "human_agent"],
    ["quiero hablar con una persona", "human_agent"],
    ["je veux parler à un conseiller", "human_agent"],
    ["Ich will mit einem Menschen sprechen", "human_agent"],
    ["i need an advisor about my order", "human_agent"],
    ["necesito un asesor", "human_agent"],
    ["il me faut un conseiller", "human_agent"],
    ["Ich brauche einen Kundenberater", "human_agent"],
    ["this is the third time i'm writing about order 1002", "complaint"],
    ["nobody answers my emails", "complaint"],
    ["nadie me contesta", "complaint"],
    ["personne ne m'a répondu", "complaint"],
    ["ich schreibe zum dritten Mal und keiner antwortet", "complaint"],
    ["your product gave me a rash, I want compensation", "complaint"],
    ["quiero una indemnización por los daños", "complaint"],
    ["je demande un dédommagement", "complaint"],
    ["ich verlange eine Entschädigung", "complaint"],
    ["my son was injured by the buckle", "complaint"],
    ["nobody answered the door when the courier came", null],
    ["is the jacket compatible with a helmet?", null],
    ["i need a bigger size", null],
    ["where is my order", null],
    ["i'd like to leave a review", null],
    ["the person at the door took my parcel", null],
  ])("%j -> %s", (text, expected) => {
    expect(explicitRequest(text)).toBe(expected);
  });

  it("overrides a non-person intent but keeps the model's guess as runner-up", () => {
    const r = createUnderstander().understand("where is my order 1001? I want to speak to a human agent now");
    expect(r.intent).toBe("human_agent");
    expect(r.confidence).toBeGreaterThanOrEqual(0.85);
    expect(r.runnerUp).not.toBeNull();
  });
});
