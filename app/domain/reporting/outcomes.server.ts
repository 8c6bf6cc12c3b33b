import type { Db } from "../../db.server";
import { experimentGroupOf } from "../routing/holdout";
import { queryStart } from "./period";

// One definition of how a conversation ended, used by every number on Home and by both holdout groups.
// Modelled on how support tools count "automated resolutions" (Zendesk: no agent within 72 hours and no
// negative signal; Intercom Fin: the shopper did not ask for a person and did not leave mid-flow).

/** A person taking part this long after the start no longer undoes a bot resolution. */
export const PERSON_WINDOW_HOURS = 72;
/** The bot asked something (rephrase, order number, email, "shall I start the return?") and heard nothing back for this long. */
export const ABANDON_AFTER_HOURS = 24;
/** Satisfaction answers at or below this (of 5) count like a thumbs-down. */
export const POOR_RATING_MAX = 2;
/** Satisfaction answers at or above this (of 5) count as satisfied (the usual CSAT "top two boxes"). */
export const SATISFIED_MIN = 4;

export const OUTCOMES = ["resolved_by_bot", "resolved_by_team", "abandoned", "unresolved", "open"] as const;
/**
 * - resolved_by_bot: no person within 72 h, no thumbs-down or poor rating, not abandoned, and the bot gave a real answer
 *   (not only "I can't help with that").
 * - resolved_by_team: a person replied, had the last word or closed it, and no poor rating.
 * - abandoned: the bot was waiting for the shopper (a question or an offer) and the shopper never answered within 24 h.
 * - unresolved: thumbs-down or poor rating, the bot could not help, or a person never answered within 72 h.
 * - open: too recent to judge (under 72 h old and none of the above settled yet).
 */
export type Outcome = (typeof OUTCOMES)[number];

export interface ConversationOutcome {
  id: string;
  createdAt: Date;
  outcome: Outcome;
  /** A person was involved within 72 h (handoff or staff reply), for any reason including the holdout. */
  personInvolved: boolean;
  /** Intention-to-treat group: the one stored when the conversation started, whatever happened later. */
  group: "holdout" | "bot";
  /** 1..5 from the end-of-conversation question, if answered. */
  rating: number | null;
  /** From the shopper's first message to the first real answer (a staff reply, or a bot reply that was not a handoff notice). */
  firstAnswerMs: number | null;
}

type Row = {
  id: string;
  createdAt: Date;
  status: string;
  holdout: boolean;
  experimentGroup: string | null;
  handoffReason: string | null;
  context: string;
  messages: Array<{ author: string; createdAt: Date; feedback: string | null }>;
  decisions: Array<{ kind: string; intent: string; createdAt: Date }>;
  satisfaction: { score: number } | null;
};

const HOUR = 3600 * 1000;

/** Every conversation started in the last `days` days (shop-local bucketing is the caller's), classified. */
export async function conversationOutcomes(
  db: Db,
  shop: string,
  opts: { now: Date; since?: Date; holdoutPercent: number },
): Promise<ConversationOutcome[]> {
  const rows: Row[] = await db.conversation.findMany({
    where: { shop, createdAt: { gte: opts.since ?? queryStart(opts.now), lte: opts.now } },
    select: {
      id: true,
      createdAt: true,
      status: true,
      holdout: true,
      experimentGroup: true,
      handoffReason: true,
      context: true,
      messages: { select: { author: true, createdAt: true, feedback: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      decisions: { select: { kind: true, intent: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      satisfaction: { select: { score: true } },
    },
  });
  return rows.map((row) => classifyConversation(row, opts.now, opts.holdoutPercent));
}

export function classifyConversation(row: Row, now: Date, holdoutPercent: number): ConversationOutcome {
  const start = row.createdAt.getTime();
  const personDeadline = start + PERSON_WINDOW_HOURS * HOUR;
  const age = now.getTime() - start;
  const staff = row.messages.filter((m) => m.author === "staff");
  const shopper = row.messages.filter((m) => m.author === "shopper");
  const handoffs = row.decisions.filter((d) => d.kind === "handoff");
  const personInvolved =
    handoffs.some((d) => d.createdAt.getTime() <= personDeadline) ||
    staff.some((m) => m.createdAt.getTime() <= personDeadline) ||
    // Older rows (and bot-failure handoffs from the feedback path) may lack a decision record.
    (row.decisions.length === 0 && row.handoffReason !== null) ||
    row.holdout;
  const rating = row.satisfaction?.score ?? null;
  const ratedPoorly = row.messages.some((m) => m.author === "bot" && m.feedback === "down") || (rating !== null && rating <= POOR_RATING_MAX);

  let outcome: Outcome;
  if (personInvolved) {
    const lastStaff = staff.at(-1)?.createdAt.getTime() ?? null;
    const lastShopper = shopper.at(-1)?.createdAt.getTime() ?? 0;
    const teamAnswered = lastStaff !== null && (row.status === "closed" || lastShopper <= lastStaff);
    if (ratedPoorly) outcome = "unresolved";
    else if (teamAnswered) outcome = "resolved_by_team";
    else if (isAbandoned(row, now)) outcome = "abandoned";
    else outcome = age < PERSON_WINDOW_HOURS * HOUR ? "open" : "unresolved";
  } else if (ratedPoorly) outcome = "unresolved";
  else if (isAbandoned(row, now)) outcome = "abandoned";
  else if (age < PERSON_WINDOW_HOURS * HOUR) outcome = "open";
  else outcome = row.decisions.some((d) => d.kind === "automate" && !NOT_AN_ANSWER.has(d.intent)) ? "resolved_by_bot" : "unresolved";

  return {
    id: row.id,
    createdAt: row.createdAt,
    outcome,
    personInvolved,
    // The group stored when the conversation started; older rows: handed off for the holdout, or their bucket.
    group: row.experimentGroup === null && row.holdout ? "holdout" : experimentGroupOf(row, holdoutPercent),
    rating,
    firstAnswerMs: firstAnswerMs(row),
  };
}

// "other" is answered with "I can't help with that, shall I get a person?"; gibberish and off-topic
// chats end there, and that is not a resolution.
const NOT_AN_ANSWER = new Set(["other"]);
// A greeting is answered with "how can I help?": a question to the shopper.
const ASKS_THE_SHOPPER = new Set(["greeting"]);

/** The bot's last turn waited for the shopper, who did not come back within ABANDON_AFTER_HOURS. */
function isAbandoned(row: Row, now: Date): boolean {
  const last = row.decisions.at(-1);
  if (!last) {
    // The bot never got to decide anything: a shopper message with nothing after it is not abandonment.
    return false;
  }
  const waiting = last.kind === "clarify" || (last.kind === "automate" && ASKS_THE_SHOPPER.has(last.intent)) || hasPendingOffer(row.context);
  if (!waiting) return false;
  const lastShopper = row.messages.filter((m) => m.author === "shopper").at(-1)?.createdAt.getTime() ?? 0;
  const askedAt = last.createdAt.getTime();
  return lastShopper <= askedAt && now.getTime() - askedAt >= ABANDON_AFTER_HOURS * HOUR;
}

function hasPendingOffer(context: string): boolean {
  try {
    const parsed = JSON.parse(context) as { answers?: { proposedAction?: unknown } } | null;
    return Boolean(parsed?.answers?.proposedAction);
  } catch {
    return false;
  }
}

function firstAnswerMs(row: Row): number | null {
  const firstShopper = row.messages.find((m) => m.author === "shopper");
  if (!firstShopper) return null;
  const from = firstShopper.createdAt.getTime();
  // The bot's instant "a person will reply" after a handoff is an acknowledgement, not an answer.
  const botAnswers = row.decisions[0] && row.decisions[0].kind !== "handoff";
  const answer = row.messages.find(
    (m) => m.createdAt.getTime() >= from && (m.author === "staff" || (m.author === "bot" && botAnswers)),
  );
  return answer ? answer.createdAt.getTime() - from : null;
}

export type OutcomeCounts = Record<Outcome, number> & { conversations: number; personInvolved: number };

export function countOutcomes(rows: ConversationOutcome[]): OutcomeCounts {
  const counts = { conversations: rows.length, personInvolved: 0, ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])) } as OutcomeCounts;
  for (const row of rows) {
    counts[row.outcome] += 1;
    if (row.personInvolved) counts.personInvolved += 1;
  }
  return counts;
}
