import type { ConfirmedAction } from "../answers/answer-for.server";
import { isReturnSelection } from "../answers/return-selection";
import type { Intent, ProductMention, Understanding } from "../understanding/types";
import { isConfirmation } from "./confirmation";

// What a turn remembers between messages and how a reply accepts an offer: shared by the conversation engine and
// the admin's Try it dry run, so the dry run shows exactly what the engine would do.

export interface TurnMemory {
  orderNumber?: string | null;
  email?: string | null;
  product?: ProductMention | null;
  proposedAction?: (ConfirmedAction & { productTitle?: string }) | null;
}

const MUST_NOT_CONFIRM = new Set<Intent>(["damaged_or_wrong_item", "complaint", "human_agent"]);

/** A "yes"; for a return, a pick of items ("just the beanie", "1 and 3"); for back-in-stock, an email. */
export function acceptsOffer(offered: NonNullable<TurnMemory["proposedAction"]>, text: string, u: Understanding) {
  if (isConfirmation(text)) return true;
  if (offered.action === "back_in_stock") return u.entities.emails.length > 0;
  // "the shoe is damaged" names an item but is not a pick: let understanding route it.
  if (offered.action === "return_request" && !MUST_NOT_CONFIRM.has(u.intent)) return isReturnSelection(text, offered, u.language);
  return false;
}

/** The message leaves the remembered product behind: it offers a choice of others or names one the shop lacks. */
function leavesProduct(u: Understanding) {
  return (u.entities.productChoices?.length ?? 0) > 0 || Boolean(u.entities.unknownProduct);
}

/** The same intent about a different order or product is a new question, not a rephrase. */
export function isNewSubject(memory: TurnMemory, u: Understanding) {
  const order = u.entities.orderNumbers[0];
  const product = u.entities.products[0];
  const otherProduct = (product && memory.product && product.productId !== memory.product.productId) || (memory.product && leavesProduct(u));
  return Boolean((order && memory.orderNumber && order !== memory.orderNumber) || otherProduct);
}

export function rememberEntities(memory: TurnMemory, u: Understanding) {
  if (u.entities.orderNumbers[0]) memory.orderNumber = u.entities.orderNumbers[0];
  if (u.entities.emails[0]) memory.email = u.entities.emails[0].toLowerCase();
  if (u.entities.products[0]) memory.product = u.entities.products[0];
  // Never answer about the earlier product when this message names a different or unknown one.
  else if (leavesProduct(u)) memory.product = null;
}
