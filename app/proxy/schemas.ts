import { z } from "zod";

// Ids the bubble makes itself (crypto.randomUUID) or gets from us (cuid); bounded so junk can't bloat rows.
const id = z.string().trim().min(8, "id too short").max(64, "id too long").regex(/^[\w-]+$/, "id has invalid characters");

export const MAX_MESSAGE_CHARACTERS = 2000;

// Half of a surrogate pair with no other half: what cutting an emoji in two leaves, and what JSON.stringify emits as \udxxx.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 control characters except tab and line feed (carriage returns are folded into line feeds first).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Shopper text as stored and understood: every message is made well-formed rather than refused, because a shopper
 * cannot see, let alone fix, half an emoji their browser cut off or a control character pasted along with text.
 * Lone surrogates become U+FFFD, line endings become \n, other control characters are dropped, and the result is NFC
 * (so "é" typed two ways is one string for matching and display). All of it is linear in the length.
 */
export function normaliseShopperText(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD").replace(/\r\n?/g, "\n").replace(CONTROL, "").normalize("NFC");
}

const shopperText = z
  .string()
  .transform(normaliseShopperText)
  .pipe(
    z
      .string()
      .trim()
      .min(1, "Message is empty")
      .max(MAX_MESSAGE_CHARACTERS, `Message is longer than ${MAX_MESSAGE_CHARACTERS} characters`),
  );

// The signed link from an emailed reply (app/domain/conversations/reopen-token.server.ts), sent along while the bubble
// shows that conversation on a device whose visitor id did not start it. The route verifies it; it is never trusted as is.
const access = z.string().max(200, "access too long").regex(/^[\w.-]+$/, "access has invalid characters").optional();

export const sendMessageSchema = z.object({
  conversationId: id.nullish(),
  // The bubble's key for the conversation it is starting: retried and concurrent first messages share it.
  conversationKey: id.nullish(),
  visitorId: id,
  clientMessageId: id,
  text: shopperText,
  access,
  // The storefront's locale (Liquid's request.locale.iso_code); anything else is ignored rather than refused.
  locale: z
    .string()
    .max(20)
    .nullish()
    .transform((l) => (l && /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(l) ? l : null)),
});

export const pollSchema = z.object({
  conversationId: id,
  visitorId: id,
  after: id.optional(),
  access,
});

export const feedbackSchema = z.object({
  conversationId: id,
  visitorId: id,
  messageId: id,
  value: z.enum(["up", "down"]),
  access,
});
