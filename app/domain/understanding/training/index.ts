import { fileURLToPath } from "node:url";
import { byIntent, loadPhraseFolder } from "../phrase-data.server";
import { LANGUAGES, type Intent, type Language } from "../types";

/** Where the training phrases live: every `*.jsonl` there is loaded (see phrase-data.server.ts). */
export const TRAINING_DATA_DIR = fileURLToPath(new URL("./data/", import.meta.url));

const phrases = loadPhraseFolder(TRAINING_DATA_DIR);

export const TRAINING: Record<Language, Record<Intent, string[]>> = Object.fromEntries(
  LANGUAGES.map((l) => [l, byIntent(phrases[l])]),
) as Record<Language, Record<Intent, string[]>>;

export interface Example {
  text: string;
  intent: Intent;
  language: Language;
  /** Variants of one written phrase share a group, so cross-validation never splits them across folds. */
  group: number;
}

const OPENERS: Record<Language, string[]> = {
  en: ["hi", "hello", "hey there", "hi team"],
  es: ["hola", "buenas", "hola buenos días"],
  fr: ["bonjour", "salut", "bonsoir"],
  de: ["hallo", "hi", "guten tag"],
};
// "help" belongs to every intent, not only to greetings like "hi i need help".
const HELP_OPENERS: Record<Language, string[]> = {
  en: ["can you help me", "i need help", "i need some assistance", "could you help me", "help"],
  es: ["me puedes ayudar", "necesito ayuda", "ayuda"],
  fr: ["vous pouvez m'aider", "j'ai besoin d'aide", "aidez moi"],
  de: ["können sie mir helfen", "ich brauche hilfe", "hilfe"],
};
const CLOSERS: Record<Language, string[]> = {
  en: ["please", "thanks", "thank you", "pls"],
  es: ["por favor", "gracias"],
  fr: ["svp", "merci", "s'il vous plaît"],
  de: ["bitte", "danke"],
};

/**
 * Examples plus deterministic politeness variants: shoppers open with "hi" and close with "thanks" on any
 * intent, so those words must not pull messages toward `greeting`.
 */
export function trainingExamples(lang: Language): Example[] {
  const out: Example[] = [];
  const byIntent = TRAINING[lang];
  let group = 0;
  for (const intent of Object.keys(byIntent) as Intent[]) {
    byIntent[intent].forEach((text, i) => {
      group += 1;
      out.push({ text, intent, language: lang, group });
      if (intent === "greeting") return;
      if (i % 4 === 1) out.push({ text: `${OPENERS[lang][i % OPENERS[lang].length]} ${text}`, intent, language: lang, group });
      if (i % 3 === 0) out.push({ text: `${HELP_OPENERS[lang][i % HELP_OPENERS[lang].length]} ${text}`, intent, language: lang, group });
      if (i % 5 === 2) out.push({ text: `${text} ${CLOSERS[lang][i % CLOSERS[lang].length]}`, intent, language: lang, group });
    });
  }
  return out;
}
