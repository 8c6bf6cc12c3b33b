import type { Language } from "../understanding/types";

// What the shopper reads in their inbox, in the language of their conversation.
const TEXT = {
  en: {
    replySubject: "{shop} replied to your message",
    replyIntro: "{staff} from {shop} replied to your message:",
    replyLink: "Continue the conversation on our store: {link}",
    restockSubject: "{product} is back in stock",
    restockBody: "Good news: {product} is back in stock at {shop}.",
    restockLink: "See it here: {link}",
    restockWhy: "You asked to hear about this in the chat on our store. This is the only email about it.",
  },
  es: {
    replySubject: "{shop} ha respondido a tu mensaje",
    replyIntro: "{staff}, de {shop}, ha respondido a tu mensaje:",
    replyLink: "Continúa la conversación en nuestra tienda: {link}",
    restockSubject: "{product} vuelve a estar disponible",
    restockBody: "Buenas noticias: {product} vuelve a estar disponible en {shop}.",
    restockLink: "Míralo aquí: {link}",
    restockWhy: "Pediste este aviso en el chat de nuestra tienda. Es el único correo al respecto.",
  },
  fr: {
    replySubject: "{shop} a répondu à votre message",
    replyIntro: "{staff}, de {shop}, a répondu à votre message :",
    replyLink: "Poursuivez la conversation sur notre boutique : {link}",
    restockSubject: "{product} est de nouveau en stock",
    restockBody: "Bonne nouvelle : {product} est de nouveau en stock chez {shop}.",
    restockLink: "Voir le produit : {link}",
    restockWhy: "Vous avez demandé cet avis dans le chat de notre boutique. C'est le seul e-mail à ce sujet.",
  },
  de: {
    replySubject: "{shop} hat auf Ihre Nachricht geantwortet",
    replyIntro: "{staff} von {shop} hat auf Ihre Nachricht geantwortet:",
    replyLink: "Setzen Sie das Gespräch in unserem Shop fort: {link}",
    restockSubject: "{product} ist wieder vorrätig",
    restockBody: "Gute Nachricht: {product} ist bei {shop} wieder vorrätig.",
    restockLink: "Hier ansehen: {link}",
    restockWhy: "Sie haben im Chat unseres Shops um diese Nachricht gebeten. Dies ist die einzige E-Mail dazu.",
  },
} satisfies Record<Language, Record<string, string>>;

export type ShopperEmailKey = keyof (typeof TEXT)["en"];

export function shopperEmailText(language: string, key: ShopperEmailKey, params: Record<string, string>): string {
  const catalogue = (TEXT as Record<string, Record<ShopperEmailKey, string>>)[language] ?? TEXT.en;
  return catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * The query parameter the bubble reads to reopen a conversation from an emailed link. Its value is a signed token
 * (app/domain/conversations/reopen-token.server.ts), not a bare id: the link works on another device, for that
 * conversation only, until it expires. Without a token the link just opens the bubble (`switchboard=open`).
 */
export const REOPEN_PARAM = "switchboard_conversation";

export function reopenLink(storefrontUrl: string, token: string | null): string {
  const url = new URL(storefrontUrl);
  if (token) url.searchParams.set(REOPEN_PARAM, token);
  else url.searchParams.set("switchboard", "open");
  return url.toString();
}
