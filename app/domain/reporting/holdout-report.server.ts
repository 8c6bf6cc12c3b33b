import { newcombeDifference, type DifferenceEstimate } from "./statistics";
import { SATISFIED_MIN, type ConversationOutcome } from "./outcomes.server";

/** Below this many judged conversations in either group, we say it is too early rather than show a verdict. */
export const MIN_CONVERSATIONS_PER_GROUP = 30;

export interface GroupOutcome {
  /** Every conversation assigned to the group (intention to treat), including ones still open. */
  conversations: number;
  /** Conversations old enough to judge: the denominator of the shares. */
  judged: number;
  /** Resolved by the bot or by your team, with the same definition in both groups. */
  resolved: number;
  resolvedShare: number | null;
  abandoned: number;
  abandonedShare: number | null;
  /** End-of-conversation question: answers of 4 or 5 (of 5) out of all answers. */
  satisfied: number;
  ratings: number;
  satisfaction: number | null;
  /** Median time from the shopper's first message to the first real answer; null when nothing was answered yet. */
  medianFirstReplyMs: number | null;
  /** Conversations that have that first answer (the median's sample size). */
  answered: number;
}

export type Verdict =
  | { kind: "too_early"; needed: number }
  | { kind: "bot_better" | "team_better" | "no_clear_difference"; estimate: DifferenceEstimate };

export interface HoldoutReport {
  days: number;
  /** Assigned to be handed to your team instead of the bot. */
  holdout: GroupOutcome;
  /** Assigned to the bot (it still hands off what it must, as it would without a holdout). */
  automated: GroupOutcome;
  /** Resolved share, bot group minus holdout group, with a 95% interval (Newcombe); null while a group is empty. */
  resolvedDifference: DifferenceEstimate | null;
  /** Satisfied share, bot group minus holdout group; null until both groups have answers. */
  satisfactionDifference: DifferenceEstimate | null;
  verdict: Verdict;
  /** Both groups have at least `minimumPerGroup` judged conversations. */
  enoughData: boolean;
  minimumPerGroup: number;
}

/**
 * What automation changes, as an intention-to-treat comparison: every conversation belongs to the group
 * its stable bucket put it in, whatever happened afterwards (a conversation in the bot group that a person
 * ended up handling still counts for the bot group), and both groups are judged by the same outcome rules.
 */
export function holdoutReport(outcomes: ConversationOutcome[], opts: { days: number }): HoldoutReport {
  const holdout = groupOutcome(outcomes.filter((o) => o.group === "holdout"));
  const automated = groupOutcome(outcomes.filter((o) => o.group === "bot"));
  const resolvedDifference = newcombeDifference(automated.resolved, automated.judged, holdout.resolved, holdout.judged);
  const satisfactionDifference = newcombeDifference(automated.satisfied, automated.ratings, holdout.satisfied, holdout.ratings);
  const enoughData = holdout.judged >= MIN_CONVERSATIONS_PER_GROUP && automated.judged >= MIN_CONVERSATIONS_PER_GROUP;
  let verdict: Verdict;
  if (!enoughData || !resolvedDifference) {
    verdict = { kind: "too_early", needed: MIN_CONVERSATIONS_PER_GROUP };
  } else if (resolvedDifference.lower > 0) verdict = { kind: "bot_better", estimate: resolvedDifference };
  else if (resolvedDifference.upper < 0) verdict = { kind: "team_better", estimate: resolvedDifference };
  else verdict = { kind: "no_clear_difference", estimate: resolvedDifference };
  return { days: opts.days, holdout, automated, resolvedDifference, satisfactionDifference, verdict, enoughData, minimumPerGroup: MIN_CONVERSATIONS_PER_GROUP };
}

function groupOutcome(rows: ConversationOutcome[]): GroupOutcome {
  const judgedRows = rows.filter((r) => r.outcome !== "open");
  const resolved = judgedRows.filter((r) => r.outcome === "resolved_by_bot" || r.outcome === "resolved_by_team").length;
  const abandoned = judgedRows.filter((r) => r.outcome === "abandoned").length;
  const rated = rows.filter((r) => r.rating !== null);
  const satisfied = rated.filter((r) => (r.rating ?? 0) >= SATISFIED_MIN).length;
  const waits = rows.flatMap((r) => (r.firstAnswerMs === null ? [] : [r.firstAnswerMs]));
  const share = (n: number, of: number) => (of ? n / of : null);
  return {
    conversations: rows.length,
    judged: judgedRows.length,
    resolved,
    resolvedShare: share(resolved, judgedRows.length),
    abandoned,
    abandonedShare: share(abandoned, judgedRows.length),
    satisfied,
    ratings: rated.length,
    satisfaction: share(satisfied, rated.length),
    medianFirstReplyMs: median(waits),
    answered: waits.length,
  };
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
