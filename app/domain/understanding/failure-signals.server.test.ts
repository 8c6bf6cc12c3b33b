import { describe, expect, it } from "vitest";
import { failureSignals, isBotFailure, isRephrase, saysBotFailed } from "./failure-signals.server";
import { createUnderstander } from "./understand.server";

describe("saysBotFailed", () => {
  it.each([
    "that's not what I asked",
    "you didn't answer my question",
    "no that's wrong",
    "useless bot",
    "eso no es lo que pregunté",
    "no respondiste mi pregunta",
    "ce n'est pas ce que j'ai demandé",
    "vous n'avez pas répondu à ma question",
    "Das habe ich nicht gefragt",
    "du hast meine Frage nicht beantwortet",
    "Das war nicht meine Frage. Wie lange dauert der Versand?",
    "Eso no es lo que he preguntado",
  ])("%j", (text) => expect(saysBotFailed(text)).toBe(true));

  it.each([
    "where is my order",
    "that's great, thanks",
    "what is your return policy",
    "no, I don't have an account",
    "¿dónde está mi pedido?",
    "merci, c'est parfait",
    "Danke, das hilft",
  ])("%j is not a complaint about the bot", (text) => expect(saysBotFailed(text)).toBe(false));
});

describe("rephrase", () => {
  const u = createUnderstander();
  it("counts the same question asked again after an answer", () => {
    const second = u.understand("when will my parcel get here");
    expect(second.intent).toBe("order_status");
    expect(isRephrase(second, { intent: "order_status", answered: true })).toBe(true);
    expect(failureSignals(second, { intent: "order_status", answered: true }).failures).toBe(1);
  });

  it("does not count a new question, an unanswered one, or a first message", () => {
    const msg = u.understand("when will my parcel get here");
    expect(isRephrase(msg, { intent: "return_policy", answered: true })).toBe(false);
    expect(isRephrase(msg, { intent: "order_status", answered: false })).toBe(false);
    expect(isRephrase(msg, null)).toBe(false);
  });

  it("reports an explicit miss once, not twice", () => {
    const msg = u.understand("that's not what I asked, where is my order");
    const s = failureSignals(msg, { intent: "order_status", answered: true });
    expect(s).toMatchObject({ saidBotFailed: true, failures: 1 });
  });
});

describe("isBotFailure", () => {
  const u = createUnderstander();
  it.each<[string, string | null, boolean]>([
    ["no that's wrong", "order_status", true],
    ["when will my parcel get here", "order_status", true],
    ["when will my parcel get here", "return_policy", false],
    ["when will my parcel get here", null, false],
    ["¿dónde está mi pedido?", null, false],
    ["ce n'est pas ce que j'ai demandé", null, true],
  ])("%j after %s -> %s", (text, prev, expected) => {
    expect(isBotFailure(text, u.understand(text), prev)).toBe(expected);
  });
});
