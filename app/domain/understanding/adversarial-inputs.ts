// Hostile shopper messages at the maximum accepted length (2,000 UTF-16 code units, see app/proxy/schemas.ts), one or
// more per pattern family applied to shopper text: each is the worst case a backtracking regular expression could hit
// (a long run that almost matches, then fails at the end). Shared by the adversarial test and `npm run bench -- hostile`.
// See docs/decisions/0005-hostile-linear-time-text.md for the audit behind the list.

export const MAX_MESSAGE_LENGTH = 2000;

/** `head` + `unit` repeated + `tail`, cut or padded to exactly `length` code units (tail kept). */
export function fill(head: string, unit: string, tail = "", length = MAX_MESSAGE_LENGTH): string {
  const room = Math.max(0, length - head.length - tail.length);
  const body = unit.repeat(Math.ceil(room / Math.max(1, unit.length))).slice(0, room);
  return head + body + tail;
}

export interface AdversarialInput {
  name: string;
  text: string;
}

const n = MAX_MESSAGE_LENGTH;

export const ADVERSARIAL_INPUTS: AdversarialInput[] = [
  // Entity extraction (order numbers): optional separators between an order word and its number.
  { name: "order word + spaces + letter (the reported freeze)", text: fill("where is my order", " ", "x") },
  { name: "order word + spaces + hash", text: fill("order", " ", "#") },
  { name: "order word + ' :' runs", text: fill("order", " :", "x") },
  { name: "order word + ' - ' runs", text: fill("order", " - ", "x") },
  { name: "order number marker + spaces", text: fill("order number", " ", "x") },
  { name: "order no. + spaces + #", text: fill("order no.", " ", "# x") },
  { name: "order words repeated", text: fill("", "order ", "x") },
  { name: "order + number + dots before currency", text: fill("order 1234", ".", " x") },
  { name: "order + number + digit-comma run", text: fill("order 1234", "1,", " €x") },
  { name: "order + number + spaces before currency-ish", text: fill("order 1234", " ", "eurx") },
  { name: "hash + spaces", text: fill("#", " ", "x") },
  { name: "hashes", text: fill("", "#") },
  { name: "hash space digit runs", text: fill("", "# 1") },
  { name: "n° + spaces", text: fill("n°", " ", "x") },
  { name: "no. nr. repeated", text: fill("", "no. nr. n° ") },
  // Digits: bare-number answers, placeholders in features, lookaheads after numbers.
  { name: "all digits", text: fill("", "1") },
  { name: "order + all digits", text: fill("order ", "1") },
  { name: "digits + spaces", text: fill("", "1234 ") },
  { name: "short reply: number + spaces + currency", text: fill("1234", " ", "€") },
  { name: "short reply: number + spaces + letter", text: fill("it's 1234", " ", "x") },
  { name: "many order numbers", text: fill("", "#1234 order 5678 n° 9012 ") },
  // Emails: local part / domain runs that almost make an address.
  { name: "at signs", text: fill("", "@") },
  { name: "a@ runs", text: fill("", "a@") },
  { name: "long local part then @", text: fill("", "a", "@") },
  { name: "local part run + @ + dotted domain without TLD", text: fill("a".repeat(900) + "@", "a.", "1") },
  { name: "long domain without dot", text: fill("x@", "a", "!") },
  { name: "dots", text: fill("", ".") },
  { name: "a. runs", text: fill("", "a.") },
  { name: "many emails", text: fill("", "maya.chen@example.com ") },
  // Whitespace and punctuation.
  { name: "spaces only", text: fill("", " ") },
  { name: "spaces + letter", text: fill("", " ", "x") },
  { name: "newlines and tabs", text: fill("", "\n\t \r\n", "x") },
  { name: "nested brackets", text: fill("", "([{<", "x") },
  { name: "exclamation marks (shouting)", text: fill("", "!") },
  { name: "question marks + spaces", text: fill("it", "? ", "x") },
  { name: "apostrophes between letters", text: fill("", "a'") },
  { name: "hyphens and slashes", text: fill("", "-/:") },
  // Unicode.
  { name: "emoji", text: fill("", "😡") },
  { name: "emoji + spaces", text: fill("", "😡 ") },
  { name: "lone high surrogates", text: fill("", "\uD83D") },
  { name: "lone low surrogates between letters", text: fill("", "\uDE21a") },
  { name: "combining marks", text: fill("e", "\u0301") },
  { name: "sharp s (expands when folded)", text: fill("", "ß") },
  { name: "zero-width joiners and bidi controls", text: fill("", "\u200d\u202e") },
  { name: "C0 control characters", text: fill("", "\u0000\u0001\u001b") },
  { name: "letters from the language markers", text: fill("", "ñçäœ") },
  // Found by fast-check: this mix of scripts made NLP.js's language guesser throw.
  { name: "Arabic presentation form + Latin extended + Arabic", text: fill("", "\uFB50\u1E00\u0620") },
  { name: "other scripts", text: fill("", "مرحبا 你好 Где мой заказ שלום ") },
  // Long tokens and many tokens (classifier, spell correction, product matching).
  { name: "one long word", text: fill("", "abcdefghij") },
  { name: "one long word from a real stem", text: fill("order", "s") },
  { name: "many short words", text: fill("", "a ") },
  { name: "many real words", text: fill("", "where is my order please ") },
  { name: "many product-like words", text: fill("", "classic leather wallet hoodie mug ") },
  { name: "upper case (shouting)", text: fill("", "WHERE IS MY ORDER ") },
  // Urgency cues: optional words before a deadline or an event.
  { name: "need + spaces", text: fill("need it", " ", "x") },
  { name: "need the + long word", text: fill("need the ", "a", " x") },
  { name: "for my + long word", text: fill("for my ", "a", " x") },
  { name: "for my repeated", text: fill("", "for my big ") },
  { name: "bis/vor + spaces", text: fill("bis", " ", "x") },
  // Explicit requests and failure signals.
  { name: "talk + word chars + spaces", text: fill("talk", "s", " to x") },
  { name: "talk + spaces", text: fill("talk", " ", "x") },
  { name: "talk to + spaces", text: fill("talk to", " ", "x") },
  { name: "nobody + long word", text: fill("nobody ", "a", " x") },
  { name: "nobody + spaces + door", text: fill("nobody answers", "s", " the door") },
  { name: "third time + spaces", text: fill("third time", " ", "x") },
  // Confirmations and return selections (checked before understanding).
  { name: "yes + spaces + letter", text: fill("yes", " ", "x") },
  { name: "yes + punctuation run + letter", text: fill("yes", "!.,", "x") },
  { name: "yes please + spaces + letter", text: fill("yes please", " ! ", "x") },
  { name: "return selection words", text: fill("", "1 and 2 but not the mug ") },
  { name: "return selection hashes", text: fill("", "#1 #2 x2 2x ") },
  // Follow-up detection in context resolution.
  { name: "and + spaces", text: fill("and", " ", "x") },
  { name: "it + question + spaces", text: fill("it?", " ", "x") },
  { name: "it repeated + question", text: fill("", "it ", "?") },
];

// Sanity: every input is exactly the maximum length, so "2,000 characters" is what is tested.
for (const input of ADVERSARIAL_INPUTS) {
  if (input.text.length !== n) throw new Error(`adversarial input "${input.name}" is ${input.text.length} code units, not ${n}`);
}
