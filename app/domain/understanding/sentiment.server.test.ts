import { describe, expect, it } from "vitest";
import { analyzeSentiment, STRONG_NEGATIVE_SCORE } from "./sentiment.server";
import type { Language } from "./types";

describe("analyzeSentiment", () => {
  it.each<[string, Language]>([
    ["this is unacceptable, I'm furious", "en"],
    ["worst shop ever, you are a scam", "en"],
    ["THIS IS RIDICULOUS!!!", "en"],
    ["esto es inaceptable, estoy furioso", "es"],
    ["pésimo servicio, son unos estafadores", "es"],
    ["c'est inadmissible, je suis furieux", "fr"],
    ["service nul, c'est une honte", "fr"],
    ["das ist eine Frechheit, ich bin wütend", "de"],
    ["absolut inakzeptabel, ihr seid Betrüger", "de"],
  ])("%j is strongly negative", (text, lang) => {
    const s = analyzeSentiment(text, lang);
    expect(s.label).toBe("negative");
    expect(s.score).toBeLessThanOrEqual(STRONG_NEGATIVE_SCORE);
  });

  it.each<[string, Language]>([
    ["where is my order 1001", "en"],
    ["do you ship to canada", "en"],
    ["¿cuánto tarda el envío?", "es"],
    ["quelle est votre politique de retour", "fr"],
    ["wie lange dauert der Versand", "de"],
  ])("%j is not negative", (text, lang) => {
    expect(analyzeSentiment(text, lang).label).not.toBe("negative");
  });

  it.each<[string, Language]>([
    ["thank you so much, great service!", "en"],
    ["muchas gracias, genial", "es"],
    ["merci beaucoup, parfait", "fr"],
    ["vielen Dank, super", "de"],
  ])("%j is positive", (text, lang) => {
    const s = analyzeSentiment(text, lang);
    expect(s.label).toBe("positive");
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(1);
  });

  it("is mildly negative for disappointment without anger", () => {
    const s = analyzeSentiment("i'm a bit disappointed, the box was damaged", "en");
    expect(s.label).toBe("negative");
    expect(s.score).toBeGreaterThan(STRONG_NEGATIVE_SCORE);
  });
});

describe("review threats", () => {
  it.each<[string, Language]>([
    ["i'm going to leave a 1 star review", "en"],
    ["voy a dejar una mala reseña", "es"],
    ["je vais laisser un mauvais avis", "fr"],
    ["ich schreibe eine schlechte Bewertung", "de"],
  ])("%j is strongly negative", (text, lang) => {
    expect(analyzeSentiment(text, lang).score).toBeLessThanOrEqual(STRONG_NEGATIVE_SCORE);
  });

  it("a plain wish to leave a review is not negative", () => {
    expect(analyzeSentiment("i'd like to leave a review for the mug", "en").label).not.toBe("negative");
  });
});
