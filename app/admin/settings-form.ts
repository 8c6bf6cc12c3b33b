// The Automation form's state and its checks, kept out of the route so they are testable without a browser.
import { shopSettingsSchema, type ShopSettings } from "../domain/routing/settings";
import { WEEKDAYS } from "./intent-labels";
import { t, type MessageKey } from "./i18n/messages";

/** Numbers the merchant may clear while typing: null means "empty", which is never saved as 0. */
export type SettingsDraft = Omit<ShopSettings, "confidenceThreshold" | "negativeSentimentThreshold" | "holdoutPercent" | "returnWindowDays"> & {
  /** Percent 0..100 ("hand off when the bot is less than 60% sure"); stored as 0..1. */
  confidencePercent: number | null;
  negativeSentimentThreshold: number;
  holdoutPercent: number | null;
  returnWindowDays: number | null;
};

export function toDraft(s: ShopSettings): SettingsDraft {
  const { confidenceThreshold, ...rest } = s;
  return { ...rest, confidencePercent: Math.round(confidenceThreshold * 100) };
}

const REQUIRED: Record<string, MessageKey> = {
  confidencePercent: "settings.error.confidenceRequired",
  holdoutPercent: "settings.error.holdoutRequired",
  returnWindowDays: "settings.error.returnWindowRequired",
};

/** The settings to save, or errors keyed by field (the same keys the page puts next to each field). */
export function fromDraft(d: SettingsDraft): { ok: true; settings: ShopSettings } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(REQUIRED)) {
    if (d[field as keyof SettingsDraft] === null || Number.isNaN(d[field as keyof SettingsDraft])) errors[field] = t(message);
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const { confidencePercent, ...rest } = d;
  const parsed = shopSettingsSchema.safeParse({ ...rest, confidenceThreshold: (confidencePercent as number) / 100 });
  if (!parsed.success) return { ok: false, errors: plainErrors(parsed.error.issues) };
  return { ok: true, settings: parsed.data };
}

const FIELD_NAMES: Record<string, string> = {
  confidenceThreshold: "confidencePercent",
};

/** Schema issues as field keys and sentences a merchant can act on (never "businessHours.days.1: ..."). */
export function plainErrors(issues: Array<{ path: Array<string | number>; message: string }>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const [head, ...rest] = issue.path;
    let key = FIELD_NAMES[String(head)] ?? issue.path.join(".");
    let message = issue.message;
    if (head === "businessHours" && rest[0] === "days" && typeof rest[1] === "number") {
      key = `businessHours.days.${rest[1]}`;
      const day = WEEKDAYS[rest[1]];
      message = t(/open must be before close/.test(message) ? "settings.error.openBeforeClose" : "settings.error.timeFormat", { day });
    } else if (head === "businessHours" && rest[0] === "days") {
      key = "businessHours.days";
      message = t("settings.error.noOpenDay");
    } else if (head === "businessHours" && rest[0] === "timezone") {
      message = t("settings.error.timezone");
    } else if (key === "confidencePercent") message = t("settings.error.confidence");
    else if (key === "holdoutPercent") message = t("settings.error.holdout");
    else if (key === "returnWindowDays") message = t("settings.error.returnWindow");
    else if (key.startsWith("alwaysHuman.")) message = t("settings.error.customerRule");
    errors[key] ??= message;
  }
  return errors;
}

/** Upset thresholds in words; a value saved by hand that matches none is shown as its own option. */
export const UPSET_LEVELS = [
  { value: -0.8, label: t("settings.upset.very") },
  { value: -0.5, label: t("settings.upset.clearly") },
  { value: -0.3, label: t("settings.upset.somewhat") },
  { value: -0.1, label: t("settings.upset.any") },
] as const;
