import type { CatalogueEntry, ProductMention } from "./types";

// Words that appear in titles but do not identify a product on their own.
const GENERIC = new Set([
  "the", "and", "with", "for", "of", "a", "an", "in", "de", "la", "le", "el", "los", "las", "les", "du", "des", "der",
  "die", "das", "und", "mit", "con", "et", "y", "pack", "set", "new", "edition",
]);

interface Token {
  norm: string;
  start: number;
  end: number;
}

function norm(word: string): string {
  const w = word.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  // Crude plural folding shared by en/es/fr/de: "hoodies" ~ "hoodie", "mugs" ~ "mug", "tazas" ~ "taza".
  if (w.length > 4 && w.endsWith("es") && !w.endsWith("ses")) return w.slice(0, -1).replace(/e$/, "");
  if (w.length > 3 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss")) return w.slice(0, -1);
  if (w.length > 4 && w.endsWith("en")) return w.slice(0, -1);
  return w;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ norm: norm(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      // transposition "hodoie"
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

interface PreparedEntry {
  entry: CatalogueEntry;
  keys: string[];
}

const prepared = new WeakMap<CatalogueEntry[], PreparedEntry[]>();

function prepare(catalogue: CatalogueEntry[]): PreparedEntry[] {
  let p = prepared.get(catalogue);
  if (!p) {
    p = catalogue.map((entry) => {
      const fromTitle = tokenize(entry.title).map((t) => t.norm);
      const fromHandle = tokenize(entry.handle.replace(/[-_]/g, " ")).map((t) => t.norm);
      const keys = (fromTitle.length ? fromTitle : fromHandle).filter((k) => k.length > 1 && !GENERIC.has(k));
      return { entry, keys };
    });
    prepared.set(catalogue, p);
  }
  return p;
}

/**
 * A product is mentioned when the message contains all identifying words of its title (fuzzily), or at least two
 * of them including the last one (the head noun: "leather wallet" for "Classic Leather Wallet").
 */
export function findProducts(text: string, catalogue: CatalogueEntry[] | undefined): ProductMention[] {
  if (!catalogue || catalogue.length === 0) return [];
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const candidates: Array<{ mention: ProductMention; score: number }> = [];
  for (const { entry, keys } of prepare(catalogue)) {
    if (keys.length === 0) continue;
    const hits: Token[] = [];
    let lastHit = false;
    keys.forEach((k, idx) => {
      const tok = tokens.find((t) => withinOneEdit(t.norm, k));
      if (tok) {
        hits.push(tok);
        if (idx === keys.length - 1) lastHit = true;
      }
    });
    const full = hits.length === keys.length;
    const partial = keys.length >= 3 && hits.length >= 2 && lastHit;
    if (!full && !partial) continue;
    const start = Math.min(...hits.map((h) => h.start));
    const end = Math.max(...hits.map((h) => h.end));
    candidates.push({
      mention: { productId: entry.productId, handle: entry.handle, title: entry.title, matchedText: text.slice(start, end) },
      score: hits.length + (full ? 0.5 : 0),
    });
  }
  candidates.sort((a, b) => b.score - a.score);
  // A longer title that fully matches ("Blue Hoodie") wins over a shorter one contained in it ("Hoodie").
  const out: ProductMention[] = [];
  for (const c of candidates) {
    const covered = out.some(
      (o) => o.matchedText.toLowerCase().includes(c.mention.matchedText.toLowerCase()) && o.productId !== c.mention.productId,
    );
    if (!covered) out.push(c.mention);
  }
  return out;
}
