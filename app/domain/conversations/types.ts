export type ConversationStatus = "bot" | "waiting_for_human" | "human" | "closed";
export type MessageAuthor = "shopper" | "bot" | "staff" | "system";

/** What the storefront bubble receives: never internal fields such as understanding or reasons. */
export interface PublicMessage {
  id: string;
  author: MessageAuthor;
  body: string;
  createdAt: string;
  clientMessageId?: string | null;
  staffName?: string | null;
}

export interface ConversationView {
  conversationId: string;
  status: ConversationStatus;
  messages: PublicMessage[];
  /** The shopper's message is stored but its answer is not ready yet; it arrives by polling. */
  pending?: boolean;
  /** The conversation's language (en/es/fr/de) once the shopper wrote: the bubble's labels follow it. */
  language?: string;
  /** The shopper answered the satisfaction question (on the full history load only): the bubble does not ask again. */
  rated?: boolean;
}

/** Thrown for requests that name a conversation the caller does not own. */
export class ConversationNotFoundError extends Error {
  constructor() {
    super("Conversation not found");
    this.name = "ConversationNotFoundError";
  }
}
