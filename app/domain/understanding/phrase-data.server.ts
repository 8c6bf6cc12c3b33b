// Training and test phrases live in JSONL data files, one object per line: {"intent": "...", "text": "..."}.
// Every `*.jsonl` in a folder is loaded; the language is the last dot-separated part of the file name before
// `.jsonl` (`en.jsonl`, `grounded.fr.jsonl`), so other work can add files without touching code.
// Checked on load: a malformed line, an unknown intent or language, the same phrase twice in one language, or the
// same phrase in two languages ("hello" is English, not French) fails loudly with file and line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { INTENTS, LANGUAGES, type Intent, type Language } from "./types";

export interface Phrase {
  intent: Intent;
  text: string;
  /** "<file>:<line>" for error messages. */
  source: string;
}

export class PhraseDataError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid phrase data:\n  ${problems.slice(0, 30).join("\n  ")}${problems.length > 30 ? `\n  …and ${problems.length - 30} more` : ""}`);
    this.name = "PhraseDataError";
  }
}

/** The key phrases are compared on: case, accents and punctuation never make two phrases different. */
export function phraseKey(text: string): string {
  const key = text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9@#]+/g, " ")
    .trim();
  // Punctuation-only messages ("???") are real shopper input; they compare as written.
  return key || text.trim();
}

export function languageOfFile(file: string): Language | null {
  const m = /(?:^|\.)([a-z]{2})\.jsonl$/.exec(file);
  return m && (LANGUAGES as readonly string[]).includes(m[1]) ? (m[1] as Language) : null;
}

/** Parses one file's content; problems are appended rather than thrown so one run reports them all. */
export function parsePhraseFile(content: string, file: string, problems: string[]): Phrase[] {
  const out: Phrase[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    const source = `${file}:${i + 1}`;
    if (line.trim() === "") return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      problems.push(`${source}: not valid JSON`);
      return;
    }
    const { intent, text } = (row ?? {}) as { intent?: unknown; text?: unknown };
    if (typeof intent !== "string" || !(INTENTS as readonly string[]).includes(intent)) {
      problems.push(`${source}: unknown intent ${JSON.stringify(intent)}`);
      return;
    }
    if (typeof text !== "string" || text.trim() === "") {
      problems.push(`${source}: "text" must be a non-empty string`);
      return;
    }
    out.push({ intent: intent as Intent, text: text.trim(), source });
  });
  return out;
}

/** Checks duplicates within a language and collisions across languages. */
export function checkPhrases(byLanguage: Record<Language, Phrase[]>): string[] {
  const problems: string[] = [];
  const owner = new Map<string, { lang: Language; phrase: Phrase }>();
  for (const lang of LANGUAGES) {
    for (const phrase of byLanguage[lang]) {
      const key = phraseKey(phrase.text);
      const first = owner.get(key);
      if (!first) {
        owner.set(key, { lang, phrase });
        continue;
      }
      if (first.lang === lang) {
        problems.push(
          `${phrase.source}: "${phrase.text}" (${phrase.intent}) duplicates ${first.phrase.source} (${first.phrase.intent})`,
        );
      } else {
        problems.push(`${phrase.source}: "${phrase.text}" is also ${first.lang} (${first.phrase.source}); a phrase belongs to one language`);
      }
    }
  }
  return problems;
}

/** Loads and checks every `*.jsonl` in `dir`; throws PhraseDataError listing every problem. */
export function loadPhraseFolder(dir: string): Record<Language, Phrase[]> {
  const problems: string[] = [];
  const byLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, [] as Phrase[]])) as Record<Language, Phrase[]>;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const lang = languageOfFile(file);
    if (!lang) {
      problems.push(`${file}: the file name must end in .<language>.jsonl with a language of ${LANGUAGES.join("/")}`);
      continue;
    }
    byLanguage[lang].push(...parsePhraseFile(readFileSync(join(dir, file), "utf8"), file, problems));
  }
  problems.push(...checkPhrases(byLanguage));
  if (problems.length > 0) throw new PhraseDataError(problems);
  return byLanguage;
}

/** Groups phrases by intent, keeping file order (the trainer's variants depend on it). */
export function byIntent(phrases: Phrase[]): Record<Intent, string[]> {
  const out = Object.fromEntries(INTENTS.map((i) => [i, [] as string[]])) as Record<Intent, string[]>;
  for (const p of phrases) out[p.intent].push(p.text);
  return out;
}
