import type { Intent } from "./types";

// A shopper who literally says "complaint" or "let me talk to a person" must reach a person even when the
// statistical model is pulled elsewhere by the rest of the sentence. These cues are checked on lower-case,
// accent-free text.
const COMPLAINT_CUE =
  /\b(complain\w*|complaint|grievance|queja\w*|quejarme|reclamacion\w*|plainte|reclamation|me plaindre|beschwer\w*|reklamation)\b/;
const HUMAN_CUE = new RegExp(
  [
    "\\b(talk|speak|chat)\\w*\\s+(to|with)\\s+(a |an |the |some |one of your |your )?(real |live |actual )?(human|person|agent|representative|operator|somebody|someone|manager|staff)",
    "\\b(human|live|real) (agent|person|being)\\b",
    "\\bhablar con (una persona|un humano|un agente|alguien|un asesor|un operador|el encargado)",
    "\\bparler (a|avec) (un humain|une personne|un conseiller|quelqu'un|un agent|un operateur|le responsable)",
    "\\bmit (einem menschen|einer person|einem mitarbeiter|jemandem|einem berater|einem agenten)\\s+(sprechen|reden|chatten)",
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
  if (COMPLAINT_CUE.test(t)) return "complaint";
  return null;
}

export const MUST_GO_TO_PERSON: readonly Intent[] = ["complaint", "damaged_or_wrong_item", "human_agent"];

/** Confidence given to an explicit request; measured on our own test set it is right well above this rate. */
export const EXPLICIT_CONFIDENCE = 0.85;
