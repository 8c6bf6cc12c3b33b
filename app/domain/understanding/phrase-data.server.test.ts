import { describe, expect, it } from "vitest";
import { checkPhrases, languageOfFile, loadPhraseFolder, parsePhraseFile, phraseKey, type Phrase } from "./phrase-data.server";
import { TESTSET_DATA_DIR } from "./testset";
import { TRAINING_DATA_DIR } from "./training";
import { LANGUAGES, type Language } from "./types";

const empty = () => Object.fromEntries(LANGUAGES.map((l) => [l, [] as Phrase[]])) as Record<Language, Phrase[]>;

describe("phrase data files", () => {
  it("names the language from the file name, extra prefixes allowed", () => {
    expect(languageOfFile("en.jsonl")).toBe("en");
    expect(languageOfFile("grounded.fr.jsonl")).toBe("fr");
    expect(languageOfFile("it.jsonl")).toBeNull();
    expect(languageOfFile("notes.jsonl")).toBeNull();
  });

  it("reports malformed lines, unknown intents and empty text with file and line", () => {
    const problems: string[] = [];
    const rows = parsePhraseFile('{"intent":"greeting","text":"hi"}\nnot json\n{"intent":"nope","text":"x"}\n{"intent":"other","text":" "}\n', "en.jsonl", problems);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      "en.jsonl:2: not valid JSON",
      'en.jsonl:3: unknown intent "nope"',
      'en.jsonl:4: "text" must be a non-empty string',
    ]);
  });

  it("rejects a phrase twice in one language and the same phrase in two languages", () => {
    const data = empty();
    data.en.push({ intent: "greeting", text: "Hello!", source: "en.jsonl:1" }, { intent: "other", text: "hello", source: "en.jsonl:9" });
    data.fr.push({ intent: "greeting", text: "HELLO", source: "fr.jsonl:3" });
    const problems = checkPhrases(data);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/en\.jsonl:9.*duplicates en\.jsonl:1/);
    expect(problems[1]).toMatch(/fr\.jsonl:3.*also en/);
  });

  it("compares phrases without case, accents or punctuation, but keeps punctuation-only phrases distinct", () => {
    expect(phraseKey("Où est MA commande ?")).toBe(phraseKey("ou est ma commande"));
    expect(phraseKey("???")).toBe("???");
  });

  it("the committed training and test data load cleanly", () => {
    expect(() => loadPhraseFolder(TRAINING_DATA_DIR)).not.toThrow();
    expect(() => loadPhraseFolder(TESTSET_DATA_DIR)).not.toThrow();
  });

  it("no test phrase is also a training phrase (the test set stays held out)", () => {
    const train = loadPhraseFolder(TRAINING_DATA_DIR);
    const test = loadPhraseFolder(TESTSET_DATA_DIR);
    const trained = new Set(LANGUAGES.flatMap((l) => train[l].map((p) => phraseKey(p.text))));
    const leaked = LANGUAGES.flatMap((l) => test[l].filter((p) => trained.has(phraseKey(p.text))).map((p) => p.source));
    expect(leaked).toEqual([]);
  });

  it("greetings that belong to one language are not trained in another", () => {
    const train = loadPhraseFolder(TRAINING_DATA_DIR);
    const fr = new Set(train.fr.map((p) => phraseKey(p.text)));
    expect(fr.has("hello")).toBe(false);
  });
});
