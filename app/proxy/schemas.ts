import { z } from "zod";

// Ids the bubble makes itself (crypto.randomUUID) or gets from us (cuid); bounded so junk can't bloat rows.
const id = z.string().trim().min(8, "id too short").max(64, "id too long").regex(/^[\w-]+$/, "id has invalid characters");

export const sendMessageSchema = z.object({
  conversationId: id.nullish(),
  // The bubble's key for the conversation it is starting: retried and concurrent first messages share it.
  conversationKey: id.nullish(),
  visitorId: id,
  clientMessageId: id,
  text: z.string().trim().min(1, "Message is empty").max(2000, "Message is longer than 2000 characters"),
});

export const pollSchema = z.object({
  conversationId: id,
  visitorId: id,
  after: id.optional(),
});

export const feedbackSchema = z.object({
  conversationId: id,
  visitorId: id,
  messageId: id,
  value: z.enum(["up", "down"]),
});
