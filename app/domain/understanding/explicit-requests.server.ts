import type { Intent } from "./types";

// A shopper who literally says "complaint" or "let me talk to a person" must reach a person even when the
// statistical model is pulled elsewhere by the rest of the sentence. These cues are checked on lower-case,
// accent-free text.
const COMPLAINT_CUE =
  /\b(complain\w*|complaint|grievance|queja\w*|quejarme|reclamacion\w*|plainte|reclamation|me plaindre|beschwer\w*|reklamation)\b/;
// A demand for compensation, or a product that hurt someone, is a claim against the shop: a person decides, never the
// bot (which would otherwise offer a return or a generic reply). Checked on the same accent-free text.
const CLAIM_CUE =
  /\b(compensation|compensate|compensated|indemnit\w*|indemnizacion\w*|indemnizar|compensacion|compensar|dedommag\w*|entschadigung|schadenersatz|schmerzensgeld|gave me a rash|allergic reaction|reaccion alergica|reaction allergique|allergische reaktion|injured|injury|me lesione|lesion|blesse|blessure|verletzt|verletzung)\b/;
const HUMAN_CUE = new RegExp(
  [
    "\\b(talk|speak|chat)\\w*\\s+(to|with)\\s+(a |an |the |some |one of your |your )?(real |live |actual )?(human|person|agent|representative|operator|somebody|someone|manager|staff)",
    "\\b(human|live|real) (agent|person|being)\\b",
    "\\bhablar con (una persona|un humano|un agente|alguien|un asesor|un operador|el encargado)",
    "\\bparler (a|avec) (un humain|une personne|un conseiller|quelqu'un|un agent|un operateur|le responsable)",
    "\\bmit (einem menschen|einer person|einem mitarbeiter|jemandem|einem berater|einem agenten)\\s+(sprechen|reden|chatten)",
    // "I need an advisor", "necesito un asesor", "il me faut un conseiller", "ich brauche einen Kundenberater".
    "\\b(i need|i want|get me|give me|i'd like|i would like) (a |an )(real |live )?(human|person|agent|representative|rep|advisor|adviser|consultant|operator)\\b",
    "\\b(necesito|quiero|paseme con|pasame con) (un|una) (asesor|agente|representante|humano|operador|persona real)\\b",
    "\\b(je veux|je voudrais|il me faut|j'ai besoin d'un|passez moi) (un|une) (vrai |vraie )?(conseiller|conseillere|agent|humain|representant|operateur|personne)\\b",
    "\\b(ich brauche|ich will|ich mochte|ich moechte|geben sie mir) (einen|eine) (echten |echte )?(berater|kundenberater|kundenbetreuer|mitarbeiter|menschen|ansprechpartner|vertreter|person)\\b",
  ].join("|"),
);
// Frustration about not being answered ("third time I write", "nobody replies") is a complaint about the
// service whatever the rest of the message is about, and must never be answered by the bot as chit-chat.
const NO_RESPONSE_CUE = new RegExp(
  [
    "\\b(nobody|no one|noone|no-one|none of you)( \\w+)? (answer|repl|respond|get back|got back|gets back|call(s|ed)? (me )?back|help|read)(?!\\w*\\s+(at )?the door)",
    "\\b(third|3rd|fourth|4th|fifth|5th|tenth|umpteenth) time (i'?m |i am |i have |i've |that i )?(writ|ask|contact|messag|email|call|chas)",
    "\\b(still|never got|haven't had|havent had|haven't got|havent got|not had) (no |an? |any )?(reply|response|answer)",
    "\\bignor(e|es|ed|ing) (me|my)\\b",
    "\\bnadie (me |nos )?(responde|contesta|atiende|ayuda|coge|ha respondido|ha contestado|dice nada)",
    "\\b(tercera|cuarta|quinta|enesima) vez que (escribo|pregunto|llamo|os escribo|les escribo|contacto)",
    "\\b(sin respuesta|ni caso|no (me )?(responden|contestan|respondeis|contestais))\\b",
    "\\bpersonne (ne |n')?(m'a |m a |me |nous |a )?(repond|rappelle|decroche|aide)",
    "\\b(troisieme|quatrieme|cinquieme|3e|4e|enieme) fois que (j'ecris|je vous ecris|j'appelle|je demande|je relance)",
    "\\b(aucune|sans|toujours pas de) reponse\\b",
    "\\bvous (ne )?(me )?repondez (pas|jamais)",
    "\\b(keiner|niemand) (\\w+ )?(antwortet|meldet sich|reagiert|hilft|geht ran|hat geantwortet|ruft zuruck|ruft zurueck)",
    "\\b(zum )?(dritten|vierten|funften|fuenften|x-ten|zigsten) mal\\b",
    "\\b(keine|noch keine|immer noch keine) (antwort|reaktion|ruckmeldung|rueckmeldung)\\b",
    "\\bihr (antwortet|meldet euch) (nicht|nie)",
  ].join("|"),
);

/** Which must-go-to-a-person intent the message names outright, if any. */
export function explicitRequest(text: string): Intent | null {
  const t = text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’]/g, "'");
  if (HUMAN_CUE.test(t)) return "human_agent";
  if (COMPLAINT_CUE.test(t) || CLAIM_CUE.test(t) || NO_RESPONSE_CUE.test(t)) return "complaint";
  return null;
}

export const MUST_GO_TO_PERSON: readonly Intent[] = ["complaint", "damaged_or_wrong_item", "human_agent"];

/** Confidence given to an explicit request; measured on our own test set it is right well above this rate. */
export const EXPLICIT_CONFIDENCE = 0.85;
