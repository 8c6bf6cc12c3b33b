import { StemmerDe } from "@nlpjs/lang-de";
import { StemmerEn } from "@nlpjs/lang-en";
import { StemmerEs } from "@nlpjs/lang-es";
import { StemmerFr } from "@nlpjs/lang-fr";
import type { Language } from "./types";

// Shared by training and inference: any change here changes the model, so the training hash includes this file.

const stemmers: Record<Language, { stemWord(w: string): string }> = {
  en: new StemmerEn(),
  es: new StemmerEs(),
  fr: new StemmerFr(),
  de: new StemmerDe(),
};

// The lookbehind lets a match start only where a run of non-space, non-@ characters starts: without it, a
// 2,000-character message with no space and no @ was scanned once per position (quadratic, ~30 ms per call).
const EMAIL_RE = /(?<![^\s@])[^\s@]+@[^\s@]+\.[a-z]{2,}/gi;

/** Lower-case, accent-free words; emails and long numbers become placeholder tokens so they carry no vocabulary. */
export function words(text: string): string[] {
  const t = text
    .toLowerCase()
    .replace(EMAIL_RE, " zzemail ")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    // English contractions glue on: "didn't" -> "didnt", "where's" -> "wheres", matching how shoppers often type them.
    .replace(/(\w)['’](\w)/g, "$1$2")
    .replace(/#?\d{3,}/g, " zznum ")
    .replace(/\d+/g, " zzdigit ");
  return t.split(/[^a-z]+/).filter((w) => w.length > 0);
}

export function stem(word: string, lang: Language): string {
  if (word.startsWith("zz")) return word;
  return stemmers[lang].stemWord(word);
}

/**
 * Maps misspelt words onto the nearest training word (one edit away, or two deletions for long words).
 * Symmetric-delete index: cheap at load time and O(word length) per lookup.
 */
export class SpellIndex {
  private known: Set<string>;
  private deletes = new Map<string, string>();
  /** No correction can reach a word longer than this (every candidate is one deletion away from the word). */
  private maxCorrectable: number;

  constructor(vocab: string[]) {
    this.known = new Set(vocab);
    this.maxCorrectable = Math.max(0, ...vocab.map((w) => w.length)) + 1;
    for (const w of vocab) {
      if (w.length < 4) continue;
      for (const d of deletions(w)) if (!this.deletes.has(d)) this.deletes.set(d, w);
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  correct(word: string): string {
    // The length cap is not only a shortcut: deletions() of an n-letter word builds n strings of n-1 letters, and a
    // 2,000-letter "word" took ~100 ms.
    if (word.length < 4 || word.length > this.maxCorrectable || this.known.has(word) || word.startsWith("zz")) return word;
    // The word with a letter dropped/extra letter typed.
    for (const d of deletions(word)) {
      if (this.known.has(d)) return d;
      const hit = this.deletes.get(d);
      if (hit) return hit;
    }
    const viaKnownDelete = this.deletes.get(word);
    if (viaKnownDelete) return viaKnownDelete;
    return word;
  }
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Feature vector for the NLP.js network: stems plus adjacent stem pairs (word order matters for "return policy" vs "return it"). */
export function featurize(text: string, lang: Language, spell?: SpellIndex): Record<string, number> {
  const ws = words(text).map((w) => (spell ? spell.correct(w) : w));
  const stems = ws.map((w) => stem(w, lang));
  const feats: Record<string, number> = {};
  for (const s of stems) feats[s] = 1;
  for (let i = 0; i + 1 < stems.length; i++) feats[`${stems[i]}_${stems[i + 1]}`] = 1;
  return feats;
}
