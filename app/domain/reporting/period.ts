// Reporting days are calendar days in the shop's own time zone (the one its business hours use), so
// "yesterday" on the chart is the merchant's yesterday, not UTC's.

export const REPORT_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

/** "YYYY-MM-DD" of `date` as seen in `timeZone`. */
export function dayKey(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The last `days` calendar days in `timeZone`, oldest first, ending with today. */
export function lastDays(now: Date, timeZone: string, days = REPORT_DAYS): string[] {
  // Calendar arithmetic on the date itself: stepping back 24 h at a time can skip or repeat a day across DST.
  const [y, m, d] = dayKey(now, timeZone).split("-").map(Number);
  return Array.from({ length: days }, (_, i) => new Date(Date.UTC(y, m - 1, d - (days - 1 - i))).toISOString().slice(0, 10));
}

/** A lower bound on createdAt that covers every listed day in any time zone (rows are then bucketed exactly). */
export function queryStart(now: Date, days = REPORT_DAYS): Date {
  return new Date(now.getTime() - (days + 1) * DAY_MS);
}

/** The rolling window the headline tiles and the tables use. */
export function windowStart(now: Date, days = REPORT_DAYS): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
