// The data files behind grounded answers: checked on load, consistent across languages, and the eval set never
// shares a message with the training phrases.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePhraseFile } from "../understanding/phrase-data.server";
import { LANGUAGES } from "../understanding/types";
import raw from "./data/lexicon.json";
import { accountTopicOf, asksForJudgment, countryIn, parseLexicon } from "./lexicon";
import { KNOWLEDGE_MESSAGES } from "./messages";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("lexicon", () => {
  it("rejects a malformed file instead of silently weakening answers", () => {
    expect(() => parseLexicon({ ...raw, judgment: { en: ["x"] } })).toThrow();
    expect(() => parseLexicon({ ...raw, aspects: { care: { cues: { en: ["Wash"], es: ["x"], fr: ["x"], de: ["x"] }, expand: ["wash"] } } })).toThrow(/lower case/);
    expect(() => parseLexicon({ ...raw, page_aspects: ["gift_wrap"] })).toThrow(/not an aspect/);
  });

  it("finds judgment, account topics and countries in each language", () => {
    expect(asksForJudgment("is it warm enough for me?", "en")).toBeTruthy();
    expect(asksForJudgment("me conseillez-vous la veste ?", "fr")).toBeTruthy();
    expect(asksForJudgment("what is it made of?", "en")).toBeNull();
    expect(accountTopicOf("ich möchte die e-mail meines kontos ändern", "de")).toBe("data_change");
    expect(accountTopicOf("comment modifier l'adresse enregistrée ?", "fr")).toBe("addresses");
    expect(countryIn("¿enviáis a Canadá?", "es")).toMatchObject({ code: "CA" });
    expect(countryIn("can you send it to us please", "en")).toBeNull();
  });
});

describe("grounded answer templates", () => {
  it("have the same keys and placeholders in every language", () => {
    const keys = Object.keys(KNOWLEDGE_MESSAGES.en).sort();
    for (const l of LANGUAGES) {
      expect(Object.keys(KNOWLEDGE_MESSAGES[l]).sort(), l).toEqual(keys);
      for (const k of keys) expect(placeholders(KNOWLEDGE_MESSAGES[l][k as keyof (typeof KNOWLEDGE_MESSAGES)["en"]]), `${l}.${k}`).toEqual(placeholders(KNOWLEDGE_MESSAGES.en[k as keyof (typeof KNOWLEDGE_MESSAGES)["en"]]));
    }
  });
});

describe("training and eval data", () => {
  const dataDir = new URL("../understanding/training/data/", import.meta.url);
  const loadProblems: string[] = [];
  const training = readdirSync(dataDir)
    .filter((f) => f.startsWith("grounded.") && f.endsWith(".jsonl"))
    .flatMap((f) => parsePhraseFile(readFileSync(new URL(f, dataDir), "utf8"), f, loadProblems));
  const evalRows = readFileSync(new URL("./eval/storefront-mix.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { language: string; kind: string; text: string });

  it("training lines parse and a bad line names its file and line", () => {
    expect(training.length).toBeGreaterThan(300);
    expect(loadProblems).toEqual([]);
    const problems: string[] = [];
    parsePhraseFile('{"intent":"order_status","text":"ok"}\n{"intent":"nope","text":"x"}', "f.en.jsonl", problems);
    expect(problems.join("\n")).toMatch(/f\.en\.jsonl:2/);
  });

  it("the eval set has at least 300 messages in four languages and shares none with training", () => {
    expect(evalRows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(evalRows.map((r) => r.language))).toEqual(new Set(LANGUAGES));
    const norm = (s: string) => s.toLowerCase().replace(/[¿?¡!.,\s]+/g, " ").trim();
    const trained = new Set(training.map((t) => norm(t.text)));
    expect(evalRows.filter((r) => trained.has(norm(r.text))).map((r) => r.text)).toEqual([]);
  });
});
