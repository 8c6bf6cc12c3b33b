import type { Intent, Understanding } from "./types";

// Shopper telling the bot it missed, in en/es/fr/de. Matched on lower-case accent-free text.
const BOT_FAILED: RegExp[] = [
  /\b(that'?s not what i (asked|meant|said|wanted)|not what i asked|you didn'?t (answer|understand|get|read)|you did not (answer|understand)|(doesn'?t|does not|didn'?t|did not) (answer|help)|no,? that'?s (wrong|not it|incorrect)|that'?s (wrong|incorrect|not right|not it|irrelevant)|wrong answer|useless bot|stupid bot|dumb bot|bot is useless|you'?re (useless|not helping|not listening)|not helpful|unhelpful|makes no sense|that makes no sense|you misunderstood|read my (question|message)|i already (said|told you|asked)|answer my question|same answer again|that'?s not my question|not my question)\b/,
  /\b(eso no es lo que (pregunte|pedi|dije|he preguntado|he pedido)|no es lo que (pregunte|pedi|he preguntado|he pedido)|no (has|me has) (respondido|contestado)|no respondiste|no contestaste|no me entiendes|no entendiste|eso (esta mal|no es)|respuesta equivocada|bot inutil|no sirve(s)? (de nada|para nada)|no me ayuda|ya te (lo )?dije|responde a mi pregunta|no es mi pregunta)\b/,
  /\b(ce n'?est pas ce que (j'?ai demande|je demande|je voulais)|pas ce que j'?ai demande|vous n'?avez pas repondu|tu n'?as pas repondu|tu ne comprends pas|vous ne comprenez pas|c'?est faux|mauvaise reponse|bot (inutile|nul)|ca ne m'?aide pas|ca n'?aide pas|je l'?ai deja dit|repondez a ma question|reponds a ma question|ce n'?est pas ma question|hors sujet)\b/,
  /\b(das (habe|hab) ich nicht gefragt|nicht (das|was) ich gefragt (habe|hab)|du hast (meine frage )?nicht (beantwortet|verstanden)|sie haben (meine frage )?nicht (beantwortet|verstanden)|das ist falsch|falsche antwort|nutzloser bot|blode[rs]? bot|dummer bot|hilft mir nicht|hilft nicht|ich sagte doch|hab ich doch gesagt|beantworte (meine|die) frage|das (ist|war) nicht meine frage|nicht meine frage|verstehst du nicht|am thema vorbei)\b/,
];

function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[’`]/g, "'")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** The shopper says the bot's last answer missed ("that's not what I asked", "no es lo que pregunté"). */
export function saysBotFailed(text: string): boolean {
  const t = plain(text);
  return BOT_FAILED.some((re) => re.test(t));
}

export interface PreviousTurn {
  intent: Intent;
  /** True when the bot answered that message (not a handoff or clarifying question). */
  answered: boolean;
}

/** Asking the same thing again right after the bot answered it means the answer did not land. */
export function isRephrase(current: Pick<Understanding, "intent" | "confidence">, previous: PreviousTurn | null): boolean {
  if (!previous || !previous.answered) return false;
  if (current.intent === "greeting" || current.intent === "other") return false;
  return current.intent === previous.intent && current.confidence >= 0.5;
}

export interface FailureSignals {
  saidBotFailed: boolean;
  rephrased: boolean;
  /** What to add to ConversationHistory.botFailures for this message. */
  failures: number;
}

export function failureSignals(current: Understanding, previous: PreviousTurn | null): FailureSignals {
  const saidBotFailed = saysBotFailed(current.text);
  const rephrased = !saidBotFailed && isRephrase(current, previous);
  return { saidBotFailed, rephrased, failures: saidBotFailed || rephrased ? 1 : 0 };
}

/**
 * One-call form for the conversation pipeline: `previousIntent` is the intent the bot last answered (null when
 * its last turn was not an answer).
 */
export function isBotFailure(text: string, current: Understanding, previousIntent: string | null): boolean {
  const previous = previousIntent ? { intent: previousIntent as Intent, answered: true } : null;
  return failureSignals({ ...current, text }, previous).failures > 0;
}
