// The Automation form's state and its checks, kept out of the route so they are testable without a browser.
import { shopSettingsSchema, type ShopSettings } from "../domain/routing/settings";
import { WEEKDAYS } from "./intent-labels";

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

const REQUIRED: Record<string, string> = {
  confidencePercent: "Enter a percentage from 0 to 100.",
  holdoutPercent: "Enter a percentage from 0 to 50 (0 turns the holdout off).",
  returnWindowDays: "Enter a number of days from 0 to 365.",
};

/** The settings to save, or errors keyed by field (the same keys the page puts next to each field). */
export function fromDraft(d: SettingsDraft): { ok: true; settings: ShopSettings } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(REQUIRED)) {
    if (d[field as keyof SettingsDraft] === null || Number.isNaN(d[field as keyof SettingsDraft])) errors[field] = message;
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
      message = /open must be before close/.test(message) ? `${day}: the opening time must be before the closing time.` : `${day}: enter times like 09:00.`;
    } else if (head === "businessHours" && rest[0] === "days") {
      key = "businessHours.days";
      message = "Open on at least one day, or shoppers would never be told when your team replies.";
    } else if (head === "businessHours" && rest[0] === "timezone") {
      message = "Choose a time zone from the list.";
    } else if (key === "confidencePercent") message = "Enter a percentage from 0 to 100.";
    else if (key === "holdoutPercent") message = "Enter a whole percentage from 0 to 50.";
    else if (key === "returnWindowDays") message = "Enter a whole number of days from 0 to 365.";
    else if (key.startsWith("alwaysHuman.")) message = "Enter an amount of 0 or more, or leave it empty to turn this rule off.";
    errors[key] ??= message;
  }
  return errors;
}

/** Upset thresholds in words; a value saved by hand that matches none is shown as its own option. */
export const UPSET_LEVELS = [
  { value: -0.8, label: "Only when very upset" },
  { value: -0.5, label: "When clearly upset (recommended)" },
  { value: -0.3, label: "When somewhat annoyed" },
  { value: -0.1, label: "At any negative tone" },
] as const;
