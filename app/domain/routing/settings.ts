// Per-shop routing settings. Shared by the policy (server) and the admin UI (browser),
// so this module depends on nothing but zod and the shared intent list.
import { z } from "zod";
import { INTENTS, type Intent } from "../understanding/types";

export const INTENT_MODES = ["automate", "human"] as const;
export type IntentMode = (typeof INTENT_MODES)[number];

/**
 * Safe defaults for a typical store. The rule of thumb: automate what the bot can answer
 * truthfully from live shop data or the merchant's own policy settings; send to a person
 * anything involving money, judgment, or an upset shopper.
 */
export const DEFAULT_INTENT_MODES: Readonly<Record<Intent, IntentMode>> = {
  // Answerable from the order / fulfillment / product data we read live.
  order_status: "automate",
  shipping_info: "automate",
  product_availability: "automate",
  // Answered from the order's own refund records, only for a shopper who proved the order is theirs.
  refund_status: "automate",
  // Answerable from returnWindowDays; the bot explains eligibility and how to start a return.
  return_policy: "automate",
  return_request: "automate",
  greeting: "automate",
  // Grounded answers (app/domain/knowledge): quoted from the shop's own products, pages, discounts, delivery
  // profiles and account setup, with a handoff (and the passages found) when the data doesn't say or the shopper
  // wants advice. No code is ever revealed unless listed in publicDiscountCodes. See docs/decisions (grounded).
  product_question: "automate",
  discount_question: "automate",
  // Sign-in, password, addresses, order history and unsubscribing get links; changes to account data still go to
  // a person from inside the answer.
  account: "automate",
  // "Automate" for `other` means the bot says it can't help with that and offers a person,
  // which is cheaper than paging staff for spam and off-topic chatter and never strands the shopper.
  other: "automate",
  // The bot can explain the process, but a person acts (bot cancellation is a separate opt-in).
  cancel_order: "human",
  change_order: "human",
  // Money, possible fraud, or double charges: never guess.
  payment_issue: "human",
  // Sensitive: an upset shopper should reach a person (see SENSITIVE_INTENTS in the policy).
  damaged_or_wrong_item: "human",
  complaint: "human",
  // Delivered-but-not-received, stolen, lost, stuck or misdelivered parcels: a claim with the carrier or a
  // replacement needs a person; the bot only gathers the order facts for them.
  delivery_problem: "human",
  // Always a person, whatever this says (the policy ignores "automate" here).
  human_agent: "human",
};

const intentModesSchema = z.object(
  Object.fromEntries(
    INTENTS.map((intent) => [intent, z.enum(INTENT_MODES).default(DEFAULT_INTENT_MODES[intent])]),
  ) as { [K in Intent]: z.ZodDefault<z.ZodEnum<["automate", "human"]>> },
);

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since local midnight; "24:00" (end of day) is 1440. */
export function timeToMinutes(hhmm: string): number {
  if (hhmm === "24:00") return 1440;
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

const dayHoursSchema = z
  .object({
    open: z.string().regex(HHMM, 'must be "HH:MM" (00:00–23:59)'),
    // "24:00" lets a day run to midnight; overnight hours are split across two days.
    close: z
      .string()
      .refine((s) => s === "24:00" || HHMM.test(s), 'must be "HH:MM" (00:01–24:00)'),
  })
  // Malformed times are already reported above; only compare well-formed ones.
  .refine((d) => !(timeToMinutes(d.open) >= timeToMinutes(d.close)), {
    message: "open must be before close on the same day",
  });
export type DayHours = z.infer<typeof dayHoursSchema>;

// Building an Intl.DateTimeFormat to test a zone costs about as much as the rest of parsing the settings,
// and every message parses them; the set of zone names is small and fixed for the process's lifetime.
const knownTimeZones = new Map<string, boolean>();

export function isValidTimeZone(tz: string): boolean {
  const known = knownTimeZones.get(tz);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    valid = true;
  } catch {
    valid = false;
  }
  // Bounded: arbitrary strings from a settings form must not grow the map without limit.
  if (knownTimeZones.size < 1_000) knownTimeZones.set(tz, valid);
  return valid;
}

const WEEKDAY_HOURS: DayHours = { open: "09:00", close: "17:00" };
/** Index 0 = Sunday, as Date#getDay. */
const DEFAULT_DAYS: Array<DayHours | null> = [
  null,
  WEEKDAY_HOURS,
  WEEKDAY_HOURS,
  WEEKDAY_HOURS,
  WEEKDAY_HOURS,
  WEEKDAY_HOURS,
  null,
];
// Shopify's largest market. Callers creating settings for a new shop should prefer the shop's
// own ianaTimezone via defaultSettingsFor().
const DEFAULT_TIMEZONE = "America/New_York";

const businessHoursSchema = z.object({
  timezone: z
    .string()
    .default(DEFAULT_TIMEZONE)
    .refine(isValidTimeZone, (tz) => ({
      message: `"${tz}" is not a valid IANA time zone (e.g. "Europe/Berlin")`,
    })),
  days: z
    .array(dayHoursSchema.nullable())
    .length(7, "days must have exactly 7 entries, Sunday first")
    // With no open day a handoff could never promise a reply; "always open" is 00:00–24:00 daily.
    .refine((days) => days.some((d) => d !== null), "at least one day must have opening hours")
    .default(DEFAULT_DAYS),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

const money = z.number().finite().nonnegative();

const alwaysHumanSchema = z.object({
  segmentIds: z.array(z.string().min(1)).default([]),
  // Matched case-insensitively.
  tags: z.array(z.string().trim().min(1)).default(["VIP"]),
  // Amounts are in the shop's currency, which varies too much for a sensible default.
  minLifetimeSpend: money.nullable().default(null),
  minOrderCount: z.number().int().positive().nullable().default(null),
  minOrderValue: money.nullable().default(null),
});

const emailAddress = z.string().trim().toLowerCase().email("must be an email address");

// SMTP server of the shop; when absent the app's SMTP_URL (env) is used, and with neither no email is sent.
const smtpSchema = z.object({
  host: z.string().trim().min(1, "SMTP host is required"),
  port: z.number().int().min(1, "must be a port number").max(65535, "must be a port number").default(587),
  // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.
  secure: z.boolean().default(false),
  user: z.string().default(""),
  password: z.string().default(""),
  from: emailAddress,
});
export type SmtpSettings = z.infer<typeof smtpSchema>;

const notificationsSchema = z.object({
  // Who hears about new handoffs; empty means the shop's contact email from Shopify.
  emailRecipients: z.array(emailAddress).max(20, "at most 20 recipients").default([]),
  smtp: smtpSchema.nullable().default(null),
  webhookUrl: z
    .string()
    .trim()
    .url("must be a URL")
    .refine((u) => /^https?:\/\//.test(u), "must start with https:// or http://")
    .nullable()
    .default(null),
  // Signs the webhook body (HMAC-SHA256); the receiver checks it with the same secret.
  webhookSecret: z.string().min(16, "must be at least 16 characters").nullable().default(null),
  // A reminder goes out when a shopper has waited longer than this for a person.
  targetReplyMinutes: z
    .number()
    .int("must be a whole number")
    .min(5, "must be between 5 and 10080 minutes")
    .max(10080, "must be between 5 and 10080 minutes")
    .default(120),
  // Staff replies the shopper has not seen within a few minutes go to their email.
  emailRepliesToShoppers: z.boolean().default(true),
});
export type NotificationSettings = z.infer<typeof notificationsSchema>;

export const shopSettingsSchema = z.object({
  intents: intentModesSchema.default({}),
  confidenceThreshold: z
    .number()
    .min(0, "must be between 0 and 1")
    .max(1, "must be between 0 and 1")
    .default(0.6),
  alwaysHuman: alwaysHumanSchema.default({}),
  // Scores are -1..1; a positive threshold would hand off neutral messages.
  negativeSentimentThreshold: z
    .number()
    .min(-1, "must be between -1 and 0")
    .max(0, "must be between -1 and 0")
    .default(-0.5),
  businessHours: businessHoursSchema.default({}),
  // Above 50% the "control" group would be bigger than the bot group it measures.
  holdoutPercent: z
    .number()
    .int("must be a whole number")
    .min(0, "must be between 0 and 50")
    .max(50, "must be between 0 and 50")
    .default(0),
  allowBotCancellation: z.boolean().default(false),
  // A shopper in a hurry about something that went wrong (late, missing, damaged, wrong) reaches a person; the same
  // hurry on a routine question ("will it arrive by Friday?") is answered and flagged either way.
  urgentProblemsToPerson: z.boolean().default(true),
  showExactStock: z.boolean().default(false),
  // Discount codes the bot may tell any shopper (checked live: only shown while Shopify says the code is active).
  // Every other code stays private.
  publicDiscountCodes: z
    .array(z.string().trim().min(1, "a code can't be empty").max(255))
    .max(3, "at most 3 public codes")
    .default([]),
  returnWindowDays: z
    .number()
    .int("must be a whole number")
    .min(0, "must be between 0 and 365")
    .max(365, "must be between 0 and 365")
    .default(30),
  notifications: notificationsSchema.default({}),
});

export type ShopSettings = z.infer<typeof shopSettingsSchema>;
/** What may be stored / submitted: every field optional. */
export type ShopSettingsInput = z.input<typeof shopSettingsSchema>;

export class ShopSettingsError extends Error {
  constructor(public readonly issues: z.ZodIssue[]) {
    super(
      "Invalid shop settings: " +
        issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`).join("; "),
    );
    this.name = "ShopSettingsError";
  }
}

/**
 * Parses stored or submitted settings. Missing fields (at any depth) take their defaults so
 * settings saved by older versions keep working; unknown keys are dropped. Null/undefined
 * means "nothing saved yet". Throws ShopSettingsError naming every bad field.
 */
export function parseShopSettings(json: unknown): ShopSettings {
  const result = shopSettingsSchema.safeParse(json ?? {});
  if (!result.success) throw new ShopSettingsError(result.error.issues);
  return result.data;
}

// The same stored text parses to the same settings: the message path reads the row on every message and
// validating it again each time was about 3% of a message's CPU. Keyed by the text itself, so a saved change
// (a different text) is parsed afresh; frozen, so no caller can change what another one reads.
const parsedStoredSettings = new Map<string, ShopSettings>();
const MAX_PARSED_SETTINGS = 256;

/** parseShopSettings for a stored JSON text, remembered per text. Frozen: copy before changing anything. */
export function parseStoredShopSettings(text: string): ShopSettings {
  let settings = parsedStoredSettings.get(text);
  if (!settings) {
    settings = deepFreeze(parseShopSettings(JSON.parse(text)));
    if (parsedStoredSettings.size >= MAX_PARSED_SETTINGS) parsedStoredSettings.clear();
    parsedStoredSettings.set(text, settings);
  }
  return settings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Frozen: copy (or parseShopSettings({})) before changing anything. */
export const DEFAULT_SETTINGS: ShopSettings = deepFreeze(parseShopSettings({}));

/** Defaults for a new shop, using the shop's own time zone when it is a valid one. */
export function defaultSettingsFor(shop: { ianaTimezone?: string | null }): ShopSettings {
  const settings = parseShopSettings({});
  if (shop.ianaTimezone && isValidTimeZone(shop.ianaTimezone)) {
    settings.businessHours.timezone = shop.ianaTimezone;
  }
  return settings;
}
