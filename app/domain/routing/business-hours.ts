// Business-hours arithmetic in the shop's time zone using only Intl, so it is correct across
// DST changes without a date library. Pure: `now` is always passed in.
import { timeToMinutes, type BusinessHours } from "./settings";

const MINUTE = 60_000;
const DAY = 86_400_000;

export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

export interface LocalTime {
  year: number;
  month: number; // 1..12
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Local wall-clock time at instant `t`, expressed as if it were a UTC timestamp. */
function wallClockMs(t: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(t))) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  // Some ICU versions still print midnight as hour 24.
  const hour = p.hour === 24 ? 0 : p.hour;
  return Date.UTC(p.year, p.month - 1, p.day, hour, p.minute, p.second) + (t % 1000 + 1000) % 1000;
}

export function localTime(now: Date, timeZone: string): LocalTime {
  const wall = new Date(wallClockMs(now.getTime(), timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday: wall.getUTCDay(),
    minuteOfDay: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * The first instant whose local wall-clock time in `timeZone` is at or after the given wall time.
 * In a fall-back overlap that is the first occurrence; in a spring-forward gap (the wall time
 * never happens) it is the moment the clocks jump.
 */
export function zonedWallTimeToUtc(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): Date {
  const target = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  // Offsets either side cover any single transition near the target.
  const offsets = new Set(
    [target - DAY, target, target + DAY].map((t) => wallClockMs(t, timeZone) - t),
  );
  const candidates = [...offsets].map((o) => target - o).sort((a, b) => a - b);
  const exact = candidates.find((c) => wallClockMs(c, timeZone) === target);
  if (exact !== undefined) return new Date(exact);

  // Gap: binary-search (by minute) the first instant whose wall clock reaches the target.
  let lo = candidates[0];
  let hi = candidates[candidates.length - 1];
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (wallClockMs(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

export function isWithinBusinessHours(now: Date, hours: BusinessHours): boolean {
  const local = localTime(now, hours.timezone);
  const today = hours.days[local.weekday];
  return (
    today !== null &&
    timeToMinutes(today.open) <= local.minuteOfDay &&
    local.minuteOfDay < timeToMinutes(today.close)
  );
}

/**
 * The next time a person is available, strictly after `now` (null if no day has hours).
 * Meant for when `now` is outside business hours; when open it returns the next opening after today's.
 */
export function nextOpening(now: Date, hours: BusinessHours): Date | null {
  const local = localTime(now, hours.timezone);
  // Up to 7 days ahead: today's opening may already have passed when today is the only open day.
  for (let k = 0; k <= 7; k++) {
    const date = new Date(Date.UTC(local.year, local.month - 1, local.day + k));
    const day = hours.days[date.getUTCDay()];
    if (!day) continue;
    const openAt = zonedWallTimeToUtc(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      timeToMinutes(day.open),
      hours.timezone,
    );
    if (openAt.getTime() > now.getTime()) return openAt;
  }
  return null;
}

function hhmm(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** e.g. "Friday 17:30 in America/New_York". */
export function describeLocalTime(now: Date, timeZone: string): string {
  const local = localTime(now, timeZone);
  return `${WEEKDAY_NAMES[local.weekday]} ${hhmm(local.minuteOfDay)} in ${timeZone}`;
}
