import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../../db.server";
import type { SmtpSettings } from "../routing/settings";
import { loadShopSettings } from "../settings/shop-settings-store.server";

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** Shown as the sender's name, e.g. the shop's name. */
  fromName?: string;
}

export interface SentMail {
  messageId: string;
  accepted: string[];
}

export interface Mailer {
  /** True when the shop (or the app) has an SMTP server: only then may the bot promise an email. */
  canSend(shop: string): Promise<boolean>;
  /** Resolves once the SMTP server accepted the message for every recipient; throws otherwise. */
  send(shop: string, message: MailMessage): Promise<SentMail>;
}

export class EmailNotConfiguredError extends Error {
  constructor(shop: string) {
    super(`No SMTP server is configured for ${shop} (shop settings) or the app (SMTP_URL)`);
    this.name = "EmailNotConfiguredError";
  }
}

/** An SMTP server as nodemailer needs it: host, port, TLS, login and the envelope sender. */
export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  from: string;
}

/** `smtp://user:pass@host:port` or `smtps://…` (TLS from the start), plus the sender address. */
export function smtpConfigFromUrl(url: string, from: string): SmtpConfig {
  const parsed = new URL(url);
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got ${parsed.protocol})`);
  const secure = parsed.protocol === "smtps:";
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    from,
  };
}

export function smtpConfigFromSettings(s: SmtpSettings): SmtpConfig {
  return { host: s.host, port: s.port, secure: s.secure, user: s.user, password: s.password, from: s.from };
}

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

function transportFor(config: SmtpConfig): Transporter {
  return nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password } : undefined,
    // Local test and demo servers speak plain SMTP; a real server is still upgraded with STARTTLS when it offers it.
    tls: { rejectUnauthorized: !isLoopback(config.host) },
    ...TIMEOUTS,
  });
}

function isLoopback(host: string) {
  return host === "localhost" || host === "127.0.0.1" || host === "::1";
}

/**
 * Checks an SMTP server before the merchant saves it: connects and logs in, nothing is sent. Resolves to a
 * sentence the settings page can show, or null when the server answered.
 */
export async function verifySmtp(config: SmtpConfig): Promise<string | null> {
  const transport = transportFor(config);
  try {
    await transport.verify();
    return null;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { responseCode?: number; response?: string };
    if (e.code === "EAUTH") return `The SMTP server refused the login (${e.response ?? e.message}).`;
    if (e.code === "ECONNREFUSED" || /ECONNREFUSED/.test(e.message)) return `Nothing answers on ${config.host}:${config.port}.`;
    if (e.code === "ETIMEDOUT" || e.code === "ETIMEOUT") return `${config.host}:${config.port} did not answer in time.`;
    if (e.code === "EDNS" || e.code === "ENOTFOUND") return `The host ${config.host} could not be found.`;
    return `The SMTP server could not be reached: ${e.message}`;
  } finally {
    transport.close();
  }
}

/**
 * Mail through the shop's own SMTP server when its settings name one, else the app's (SMTP_URL + SMTP_FROM).
 * Transports are pooled per server configuration so a burst of notifications reuses connections.
 */
export function createMailer(options: { db: Db; smtpUrl?: string | null; from?: string | null }): Mailer {
  const appConfig = options.smtpUrl ? smtpConfigFromUrl(options.smtpUrl, options.from || "switchboard@localhost") : null;
  const transports = new Map<string, Transporter>();

  async function configFor(shop: string): Promise<SmtpConfig | null> {
    const settings = await loadShopSettings(options.db, shop);
    return settings.notifications.smtp ? smtpConfigFromSettings(settings.notifications.smtp) : appConfig;
  }

  return {
    async canSend(shop) {
      return (await configFor(shop)) !== null;
    },
    async send(shop, message) {
      const config = await configFor(shop);
      if (!config) throw new EmailNotConfiguredError(shop);
      const cacheKey = JSON.stringify(config);
      let transport = transports.get(cacheKey);
      if (!transport) {
        transport = transportFor(config);
        transports.set(cacheKey, transport);
      }
      const info = await transport.sendMail({
        from: message.fromName ? { name: message.fromName, address: config.from } : config.from,
        to: message.to,
        replyTo: message.replyTo,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      const accepted = (info.accepted as Array<string | { address: string }>).map((a) => (typeof a === "string" ? a : a.address));
      if (accepted.length === 0) throw new Error(`The SMTP server accepted no recipient (rejected: ${JSON.stringify(info.rejected)})`);
      return { messageId: info.messageId, accepted };
    },
  };
}

/**
 * Can this shop email shoppers at all? Its own SMTP server in settings, or the app's (SMTP_URL). The bot's wording
 * depends on it: "we'll email you" only when an email will really be sent.
 */
export async function emailConfigured(db: Db, shop: string, env: Record<string, string | undefined> = process.env): Promise<boolean> {
  if (env.SMTP_URL) return true;
  const settings = await loadShopSettings(db, shop);
  return settings.notifications.smtp !== null;
}

/**
 * For the settings action: before saving an SMTP server, check it answers and accepts the login. Returns errors keyed
 * like saveShopSettings' ({ "notifications.smtp": "…" }) or {} when fine or unchanged.
 */
export async function checkSmtpSettings(next: SmtpSettings | null, previous: SmtpSettings | null): Promise<Record<string, string>> {
  if (!next || JSON.stringify(next) === JSON.stringify(previous)) return {};
  const problem = await verifySmtp(smtpConfigFromSettings(next));
  return problem ? { "notifications.smtp": problem } : {};
}
