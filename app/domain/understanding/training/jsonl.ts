// TEMPORARY loader for the grounded helper's JSONL training files (training/data/grounded.<lang>.jsonl). The
// `judgment` helper's general JSONL loader replaces this at merge; the line format is the same:
// {"intent": "...", "text": "..."}, checked on load.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { INTENTS, LANGUAGES, type Intent, type Language } from "../types";

const line = z.object({ intent: z.enum(INTENTS), text: z.string().trim().min(1).max(300) }).strict();

export function parseTrainingJsonl(content: string, file: string): Array<{ intent: Intent; text: string }> {
  return content
    .split("\n")
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l.length > 0)
    .map(([l, n]) => {
      let json: unknown;
      try {
        json = JSON.parse(l);
      } catch {
        throw new Error(`${file}:${n}: not JSON`);
      }
      const parsed = line.safeParse(json);
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      return parsed.data;
    });
}

/** Phrases per language and intent from data/grounded.<lang>.jsonl. */
export function groundedTraining(): Record<Language, Partial<Record<Intent, string[]>>> {
  const out = {} as Record<Language, Partial<Record<Intent, string[]>>>;
  for (const lang of LANGUAGES) {
    const file = new URL(`./data/grounded.${lang}.jsonl`, import.meta.url);
    const byIntent: Partial<Record<Intent, string[]>> = {};
    for (const { intent, text } of parseTrainingJsonl(readFileSync(file, "utf8"), file.pathname)) (byIntent[intent] ??= []).push(text);
    out[lang] = byIntent;
  }
  return out;
}
