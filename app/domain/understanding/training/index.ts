import type { Intent, Language } from "../types";
import { damageByLanguage } from "./damage-es-fr-de";
import { de } from "./de";
import { deExtra } from "./de-extra";
import { en } from "./en";
import { enMore } from "./en-more";
import { enDamage } from "./en-damage";
import { enExtra } from "./en-extra";
import { enThird } from "./en-third";
import { es } from "./es";
import { esExtra } from "./es-extra";
import { fr } from "./fr";
import { frExtra } from "./fr-extra";
import { groundedTraining } from "./jsonl";
import { moreByLanguage } from "./more-es-fr-de";

const enAll = Object.fromEntries(
  Object.entries(en).map(([intent, phrases]) => [
    intent,
    [...phrases, ...(enMore[intent as Intent] ?? []), ...(enThird[intent as Intent] ?? []),
      ...(enExtra[intent as Intent] ?? []), ...(enDamage[intent as Intent] ?? []),
    ],
  ]),
) as Record<Intent, string[]>;

function withMore(base: Record<Intent, string[]>, ...more: Partial<Record<Intent, string[]>>[]): Record<Intent, string[]> {
  return Object.fromEntries(
    Object.entries(base).map(([intent, phrases]) => [
      intent,
      [...phrases, ...more.flatMap((m) => m[intent as Intent] ?? [])],
    ]),
  ) as Record<Intent, string[]>;
}

// TEMPORARY (grounded helper): data/grounded.<lang>.jsonl until the JSONL loader for every data/*.jsonl lands.
const grounded = groundedTraining();

export const TRAINING: Record<Language, Record<Intent, string[]>> = {
  en: withMore(enAll, grounded.en),
  es: withMore(es, moreByLanguage.es, esExtra, damageByLanguage.es, grounded.es),
  fr: withMore(fr, moreByLanguage.fr, frExtra, damageByLanguage.fr, grounded.fr),
  de: withMore(de, moreByLanguage.de, deExtra, damageByLanguage.de, grounded.de),
};

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
