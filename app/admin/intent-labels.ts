import { INTENTS, type Intent } from "../domain/understanding/types";
import { t } from "./i18n/messages";

/** Merchant-facing names and descriptions of intents, from the message catalogue. */
export const INTENT_LABELS: Record<Intent, { label: string; help: string }> = Object.fromEntries(
  INTENTS.map((intent) => [intent, { label: t(`intent.${intent}.label`), help: t(`intent.${intent}.help`) }]),
) as Record<Intent, { label: string; help: string }>;

export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6].map((day) => t(`weekday.${day as 0 | 1 | 2 | 3 | 4 | 5 | 6}`));
