// Order numbers and emails. Order numbers are only taken with a '#', after an order word, or as a bare short
// answer, so years, quantities, prices, zip codes and phone numbers are not mistaken for them.

// Linear time on any input (docs/decisions/0005-hostile-linear-time-text.md): a match may only start where a run of
// local-part characters starts (the lookbehind), so a long run is scanned once, not once per position; the parts are
// bounded by the RFC 5321 limits (local part 64, domain 255, label 63).
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,63}/g;

const ORDER_WORDS =
  "order|orders|purchase|ordernumber|order number|order no|order nr|order id|" +
  "pedido|orden|compra|numero de pedido|n[uú]mero de pedido|" +
  "commande|num[eé]ro de commande|" +
  "bestellung|bestellnummer|auftrag|auftragsnummer|" +
  // Shoppers name the order by its parcel too ("mon colis 1005"); tracking numbers are longer than 8 digits.
  "parcel|package|colis|paquete|paket";
const NUMBER_MARKERS = "(?:number|num|no\\.?|nr\\.?|n°|nº|n\\.|numero|número|nummer|id|#)?";
// These patterns run on text whose whitespace runs are collapsed to one space (see extractOrderNumbers), and every
// gap is `\s?`: with `\s*` around optional separators, "order" + 2,000 spaces + "x" took longer than anyone would
// wait (each way of splitting the spaces between the gaps was tried). Now each start costs a bounded amount.
const KEYWORD_RE = new RegExp(
  `\\b(?:${ORDER_WORDS})\\s?(?::|-)?\\s?${NUMBER_MARKERS}\\s?(?::|-)?\\s?#?\\s?(\\d{3,8})(?![\\d.,]*\\s?(?:€|\\$|£|eur|euros?|usd|dollars?|%))\\b`,
  "gi",
);
const HASH_RE = /(?:^|[^\w&])#\s?(\d{3,8})\b/g;
const NUMERO_RE = /\b(?:n°|nº|no\.|nr\.)\s?(\d{3,8})\b/gi;
const BARE_NUMBER_RE = /(?<![\w$€£.,/:-])(\d{3,8})(?![\w%€$£.,/:-]|\s?(?:€|\$|£|eur|euros?|usd|dollars?|pcs|pieces|items|units|stuck|unidades|piezas|pieces))/g;

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function extractEmails(text: string): string[] {
  return unique((text.match(EMAIL_RE) ?? []).map((e) => e.replace(/\.$/, "").toLowerCase()));
}

export function extractOrderNumbers(text: string): string[] {
  const noEmails = text.replace(EMAIL_RE, " ").replace(/\s+/g, " ");
  const found: string[] = [];
  for (const m of noEmails.matchAll(HASH_RE)) found.push(m[1]);
  for (const m of noEmails.matchAll(KEYWORD_RE)) found.push(m[1]);
  for (const m of noEmails.matchAll(NUMERO_RE)) found.push(m[1]);
  if (found.length === 0) found.push(...bareAnswerNumber(noEmails));
  return unique(found);
}

/** "it's 1002" / "1002" / "es el 1002": a short reply that is essentially one number. */
function bareAnswerNumber(text: string): string[] {
  const wordsOnly = text.trim().split(/\s+/).filter(Boolean);
  if (wordsOnly.length > 4) return [];
  const nums = [...text.matchAll(BARE_NUMBER_RE)].map((m) => m[1]);
  if (nums.length !== 1) return [];
  const n = nums[0];
  // A four-digit year in a short reply ("since 2023") is far more often a date than an order.
  if (/^(19|20)\d\d$/.test(n) && /\b(since|in|year|ano|año|annee|année|seit|jahr|desde|depuis)\b/i.test(text)) return [];
  if (/\b(zip|postcode|postal|plz|cp|code postal|codigo postal|código postal|phone|tel|telefono|teléfono|telefon)\b/i.test(text))
    return [];
  return [n];
}
