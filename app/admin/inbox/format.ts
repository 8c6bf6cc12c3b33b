/** "5 min", "2 h 10 min", "3 d 4 h": how long a shopper has waited, at a glance. */
export function formatWaiting(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  const hours = Math.floor(m / 60);
  if (hours < 24) return m % 60 ? `${hours} h ${m % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

export function formatMoney(amount: number, currencyCode: string): string {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currencyCode}`;
  }
}

// Dates in the shop's own time zone with a fixed locale: the server's render and the browser's hydration then print
// the same text whatever time zone either machine runs in (a mismatch makes React re-render the page).
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    let zone = timeZone;
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
    } catch {
      zone = "UTC";
    }
    format = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", ...(withTime ? { timeStyle: "short" } : {}), timeZone: zone });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** "Nov 18, 2026, 6:30 PM" in the shop's time zone. */
export function formatDateTime(iso: string | Date, timeZone: string): string {
  return formatter(timeZone, true).format(new Date(iso));
}

/** "Nov 18, 2026" in the shop's time zone. */
export function formatDate(iso: string | Date, timeZone: string): string {
  return formatter(timeZone, false).format(new Date(iso));
}
