import type { RoutingDecision } from "../routing/types";
import type { Language } from "../understanding/types";

// What the bot says when it does not answer: asking to rephrase, and handing to a person.
// The answers module has the catalogue for answers themselves; these belong to routing outcomes.
const MESSAGES = {
  en: {
    clarify: "Sorry, I'm not sure I understood. Could you say it another way? For example: “where is my order #1234?”, “do you have the beanie in red?” or “I want to talk to a person”.",
    handoff: "I'm bringing in a person from the team; they'll reply right here in this chat.",
    handoffVip: "A person from the team will take care of you personally; they'll reply right here.",
    closedUntil: "The team is offline right now; the next person is available {when}.",
    askEmail: "If you'd like an answer by email too, send me your email address.",
    emailNoted: "Thanks, we'll reply to {email} as well.",
    apiDown: "I can't reach the store's system right now, and I won't guess. A person from the team will follow up here.",
    slowDown: "You've asked a lot of questions in a short time. Please wait {seconds} seconds and ask again.",
  },
  es: {
    clarify: "Perdona, no estoy seguro de haberte entendido. ¿Puedes decirlo de otra forma? Por ejemplo: «¿dónde está mi pedido #1234?», «¿tenéis el gorro en rojo?» o «quiero hablar con una persona».",
    handoff: "Te paso con una persona del equipo; te responderá aquí mismo, en este chat.",
    handoffVip: "Una persona del equipo te atenderá personalmente; te responderá aquí mismo.",
    closedUntil: "El equipo no está disponible ahora; la próxima persona estará disponible {when}.",
    askEmail: "Si quieres recibir la respuesta también por correo, envíame tu dirección de email.",
    emailNoted: "Gracias, también responderemos a {email}.",
    apiDown: "Ahora mismo no puedo acceder al sistema de la tienda y no voy a adivinar. Una persona del equipo te responderá aquí.",
    slowDown: "Has hecho muchas preguntas en poco tiempo. Espera {seconds} segundos y vuelve a preguntar.",
  },
  fr: {
    clarify: "Désolé, je ne suis pas sûr d'avoir compris. Pouvez-vous reformuler ? Par exemple : « où est ma commande #1234 ? », « avez-vous le bonnet en rouge ? » ou « je veux parler à une personne ».",
    handoff: "Je fais appel à une personne de l'équipe ; elle vous répondra ici, dans ce chat.",
    handoffVip: "Une personne de l'équipe va s'occuper de vous personnellement ; elle vous répondra ici.",
    closedUntil: "L'équipe n'est pas disponible pour le moment ; la prochaine personne sera disponible {when}.",
    askEmail: "Si vous souhaitez aussi une réponse par e-mail, envoyez-moi votre adresse e-mail.",
    emailNoted: "Merci, nous répondrons aussi à {email}.",
    apiDown: "Je n'arrive pas à joindre le système de la boutique pour le moment et je ne vais pas deviner. Une personne de l'équipe vous répondra ici.",
    slowDown: "Vous avez posé beaucoup de questions en peu de temps. Merci d'attendre {seconds} secondes avant de réessayer.",
  },
  de: {
    clarify: "Entschuldigung, ich bin nicht sicher, ob ich Sie verstanden habe. Können Sie es anders formulieren? Zum Beispiel: „Wo ist meine Bestellung #1234?“, „Gibt es die Mütze in Rot?“ oder „Ich möchte mit einer Person sprechen“.",
    handoff: "Ich hole eine Person aus dem Team dazu; sie antwortet Ihnen hier im Chat.",
    handoffVip: "Eine Person aus dem Team kümmert sich persönlich um Sie; sie antwortet Ihnen hier.",
    closedUntil: "Das Team ist gerade nicht erreichbar; die nächste Person ist {when} verfügbar.",
    askEmail: "Wenn Sie die Antwort auch per E-Mail möchten, senden Sie mir Ihre E-Mail-Adresse.",
    emailNoted: "Danke, wir antworten auch an {email}.",
    apiDown: "Ich erreiche das System des Shops gerade nicht und rate nicht. Eine Person aus dem Team meldet sich hier.",
    slowDown: "Sie haben in kurzer Zeit sehr viele Fragen gestellt. Bitte warten Sie {seconds} Sekunden und fragen Sie dann erneut.",
  },
} satisfies Record<Language, Record<string, string>>;

export type RoutingMessageKey = keyof (typeof MESSAGES)["en"];

export function routingMessage(language: Language, key: RoutingMessageKey, params: Record<string, string> = {}) {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export const ROUTING_MESSAGE_LANGUAGES = Object.keys(MESSAGES) as Language[];
export const routingMessageKeys = (language: Language) => Object.keys(MESSAGES[language]).sort();

const CUSTOMER_RULES = new Set(["customer_segment", "customer_tag", "lifetime_spend", "order_count", "order_value"]);

/** The handoff message: who will reply, when (outside business hours), and an email request for guests. */
export function handoffMessage(
  language: Language,
  decision: RoutingDecision,
  opts: { hasEmail: boolean; timeZone: string; lead?: string | null },
): string {
  const parts: string[] = [];
  const apiDown = decision.reasons.some((r) => r.code === "shop_api_unavailable");
  // `lead`: the answers module already explained (e.g. "order too old, a person will help").
  parts.push(
    opts.lead ??
      routingMessage(language, apiDown ? "apiDown" : decision.reasons.some((r) => CUSTOMER_RULES.has(r.code)) ? "handoffVip" : "handoff"),
  );
  if (decision.nextHumanAvailableAt) {
    const when = new Intl.DateTimeFormat(language, {
      weekday: "long",
      hour: "numeric",
      minute: "2-digit",
      timeZone: opts.timeZone,
      timeZoneName: "short",
    }).format(new Date(decision.nextHumanAvailableAt));
    parts.push(routingMessage(language, "closedUntil", { when }));
  }
  if ((decision.askForEmail || decision.nextHumanAvailableAt) && !opts.hasEmail) parts.push(routingMessage(language, "askEmail"));
  return parts.join(" ");
}
