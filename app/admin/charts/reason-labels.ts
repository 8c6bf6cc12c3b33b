import { REASON_CODES, type ReasonCode } from "../../domain/routing/types";
import { t } from "../i18n/messages";

/** How the home page names routing reasons: what happened, in the merchant's words. */
export const REASON_LABELS: Record<ReasonCode, string> = Object.fromEntries(
  REASON_CODES.map((code) => [code, t(`reason.${code}`)]),
) as Record<ReasonCode, string>;

export function reasonLabel(code: string): string {
  return (REASON_LABELS as Record<string, string>)[code] ?? code.replace(/_/g, " ");
}
