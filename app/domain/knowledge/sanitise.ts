// Merchant HTML -> plain text fit for quoting. Content is untrusted (apps and themes inject scripts, styles and
// tracking; some descriptions are pasted whole catalogues), so everything is stripped and bounded before indexing.

/** Longest text kept from one description or page; the rest is dropped at a sentence boundary. */
export const MAX_SOURCE_CHARS = 12_000;
/** Longest single sentence quoted; longer "sentences" are usually tables or keyword lists, not prose. */
export const MAX_SENTENCE_CHARS = 400;

const DROP_WITH_CONTENT = /<(script|style|iframe|noscript|template|svg|object|embed|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const UNCLOSED_DROP = /<(script|style|iframe|noscript|template|svg)\b[\s\S]*$/i;
const BLOCK_BREAK = /<\s*(br|\/?p|\/?li|\/?ul|\/?ol|\/?h[1-6]|\/?div|\/?tr|\/?table|\/?section|\/?article|\/?blockquote|\/?dd|\/?dt)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", deg: "°", sup2: "²", hellip: "…", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”" };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,8});/gi, (m, e: string) => {
    try {
      if (e[0] === "#") {
        const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
    } catch {
      return "";
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Plain text with one block (paragraph, list item, heading) per line. Scripts, styles, comments and every tag are
 * removed, entities decoded, control characters dropped; the result is cut to `maxChars` at a line boundary.
 */
export function htmlToBlocks(html: string, maxChars = MAX_SOURCE_CHARS): string[] {
  // Bound the work before any regex runs over it: a 5 MB description is cut, not parsed.
  const input = html.length > maxChars * 4 ? html.slice(0, maxChars * 4) : html;
  const text = decodeEntities(
    input
      .replace(/<!--[\s\S]*?(-->|$)/g, " ")
      .replace(DROP_WITH_CONTENT, " ")
      .replace(UNCLOSED_DROP, " ")
      .replace(BLOCK_BREAK, "\n")
      // Inline tags (b, em, a, span) sit inside words and sentences: removing them leaves the text as shoppers read it.
      .replace(/<\/?[a-z][^>]*>/gi, "")
      .replace(/<[^>]*$/, " "),
  )
    // Decoded entities may have produced new "<...>" text; it is prose now, but angle brackets never help a quote.
    .replace(/[<>]/g, " ")
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g, " ");
  const blocks: string[] = [];
  let total = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (!line) continue;
    if (total + line.length > maxChars) break;
    blocks.push(line);
    total += line.length + 1;
  }
  return blocks;
}

/** Sentences of one block, split after . ! ? when the next one starts like a sentence. */
export function splitSentences(block: string): string[] {
  return block
    .split(/(?<=[.!?])\s+(?=[A-Z0-9ÀÁÂÄÉÈÊÍÓÖÚÜÑ"“¿¡(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= MAX_SENTENCE_CHARS);
}

/** A heading-like block: short, no final full stop (e.g. "Care", "Do you offer a warranty?"). */
export function isHeading(block: string): boolean {
  return block.length <= 90 && !/[.!:;]$/.test(block) && splitSentences(block).length <= 1;
}
