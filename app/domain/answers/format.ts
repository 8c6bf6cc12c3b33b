// Locale-aware formatting of the facts we show (dates in the shop's time zone, money, lists).
import type { Language } from "../understanding/types";

const LOCALES: Record<Language, string> = { en: "en-US", es: "es-ES", fr: "fr-FR", de: "de-DE" };

export function localeOf(language: Language): string {
  return LOCALES[language] ?? "en-US";
}

function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** "November 25, 2026" / "25 de noviembre de 2026" / "25 novembre 2026" / "25. November 2026". */
export function formatDate(iso: string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "long", timeZone: safeTimeZone(timeZone) }).format(new Date(iso));
}

/** Delivery estimates read better with the weekday: "Wednesday, November 25". */
export function formatDay(iso: string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: "long",
    month: "long",
    day: "numeric",
    timeZone: safeTimeZone(timeZone),
  }).format(new Date(iso));
}

export function formatMoney(amount: number, currencyCode: string, language: Language): string {
  try {
    return new Intl.NumberFormat(localeOf(language), { style: "currency", currency: currencyCode }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currencyCode}`;
  }
}

export function formatList(items: string[], language: Language, joiner: "and" | "or" = "and"): string {
  return new Intl.ListFormat(localeOf(language), { style: "long", type: joiner === "or" ? "disjunction" : "conjunction" }).format(items);
}
