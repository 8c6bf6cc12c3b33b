import type { Db } from "../../db.server";
import { defaultSettingsFor, type ShopSettings } from "../routing/settings";
import { loadShopSettings, saveShopSettings } from "../settings/shop-settings-store.server";
import { isShopDataUnavailable, runAdminQuery, type AdminGraphql } from "../shop-data/admin-api.server";
import type { MainThemeSettingsQuery, SetupShopQuery } from "~/types/admin.generated";

/** The app embed block's file name in extensions/switchboard-bubble/blocks/. */
export const APP_EMBED_HANDLE = "help-bubble";

export const SETUP_SHOP_QUERY = `#graphql
  query SetupShop {
    shop { ianaTimezone email }
  }
`;

export const MAIN_THEME_SETTINGS_QUERY = `#graphql
  query MainThemeSettings {
    themes(first: 1, roles: [MAIN]) {
      nodes {
        id
        name
        files(filenames: ["config/settings_data.json"], first: 1) {
          nodes { filename body { ... on OnlineStoreThemeFileBodyText { content } } }
        }
      }
    }
  }
`;

export type EmbedState = "on" | "off" | "unknown";

/**
 * Whether the app embed is on in a theme's settings_data.json. Shopify stores app embeds under
 * `current.blocks` as `{ type: "shopify://apps/<app>/blocks/<handle>/<uuid>", disabled }`; `current` may instead
 * name a preset. The file starts with a comment header, which JSON.parse does not accept.
 */
export function embedStateFromSettingsData(text: string, handle = APP_EMBED_HANDLE): Exclude<EmbedState, "unknown"> {
  const json = JSON.parse(text.replace(/^\s*\/\*[\s\S]*?\*\//, "")) as { current?: unknown; presets?: Record<string, unknown> };
  const current = typeof json.current === "string" ? json.presets?.[json.current] : json.current;
  const blocks = (current as { blocks?: Record<string, { type?: unknown; disabled?: unknown }> } | undefined)?.blocks ?? {};
  const ours = Object.values(blocks).filter((b) => typeof b?.type === "string" && b.type.includes(`/blocks/${handle}/`));
  return ours.some((b) => b.disabled !== true) ? "on" : "off";
}

export async function appEmbedStatus(admin: AdminGraphql): Promise<{ state: EmbedState; themeName: string | null; problem?: string }> {
  try {
    const { data } = await runAdminQuery<MainThemeSettingsQuery>(admin, MAIN_THEME_SETTINGS_QUERY, {}, { maxAttempts: 2 });
    const theme = data.themes?.nodes[0];
    if (!theme) return { state: "unknown", themeName: null, problem: "The store has no published theme." };
    const body = theme.files?.nodes[0]?.body;
    // A theme that never saved settings has no settings_data.json: nothing is enabled yet.
    if (!body || !("content" in body)) return { state: "off", themeName: theme.name };
    return { state: embedStateFromSettingsData(body.content), themeName: theme.name };
  } catch (error) {
    const denied = isShopDataUnavailable(error) && (error.graphqlErrors ?? []).some((e) => e.code === "ACCESS_DENIED");
    // Shops that installed before the app asked for read_themes must approve it first.
    const problem = denied ? "missing_read_themes" : error instanceof Error ? error.message : String(error);
    return { state: "unknown", themeName: null, problem };
  }
}

/** Opens the theme editor's App embeds panel with Switchboard's embed switched on (the merchant still saves). */
export function themeEditorUrl(shop: string, apiKey: string, handle = APP_EMBED_HANDLE): string {
  return `https://${shop}/admin/themes/current/editor?context=apps&activateAppId=${encodeURIComponent(apiKey)}/${handle}`;
}

/**
 * A shop's first settings: the safe defaults with business hours in the shop's own time zone instead of
 * New York's. Existing settings are never touched.
 */
export async function ensureShopSettings(db: Db, shop: string, ianaTimezone: string | null): Promise<ShopSettings> {
  const existing = await db.shopSettings.findUnique({ where: { shop }, select: { shop: true } });
  if (existing) return loadShopSettings(db, shop);
  const settings = defaultSettingsFor({ ianaTimezone });
  const saved = await saveShopSettings(db, shop, settings);
  return saved.ok ? saved.settings : settings;
}

export async function shopTimezone(admin: AdminGraphql): Promise<{ ianaTimezone: string | null; email: string | null }> {
  try {
    const { data } = await runAdminQuery<SetupShopQuery>(admin, SETUP_SHOP_QUERY, {}, { maxAttempts: 2 });
    return { ianaTimezone: data.shop.ianaTimezone ?? null, email: data.shop.email ?? null };
  } catch {
    return { ianaTimezone: null, email: null };
  }
}

export type SetupMilestone = "hoursConfirmedAt" | "testMessageAt";

/** Records a step that leaves no other trace; the first time counts. */
export async function markSetup(db: Db, shop: string, milestone: SetupMilestone, at = new Date()): Promise<void> {
  const row = await db.setupProgress.findUnique({ where: { shop } });
  if (row?.[milestone]) return;
  await db.setupProgress.upsert({ where: { shop }, create: { shop, [milestone]: at }, update: { [milestone]: at } });
}

/**
 * Who hears about handoffs. The notification settings (issue: handoff notifications) may not be part of this
 * build's settings schema yet: null then, so the step says where it will be instead of guessing.
 */
export function notificationRecipients(settings: ShopSettings): string[] | null {
  const notifications = (settings as unknown as { notifications?: { emailRecipients?: unknown } }).notifications;
  if (!notifications || !Array.isArray(notifications.emailRecipients)) return null;
  return notifications.emailRecipients.filter((e): e is string => typeof e === "string");
}

export type SetupStepId = "embed" | "hours" | "notifications" | "try";

export interface SetupStep {
  id: SetupStepId;
  done: boolean;
}

export interface SetupGuide {
  steps: SetupStep[];
  done: boolean;
  embed: { state: EmbedState; themeName: string | null; problem?: string; editorUrl: string };
  hours: { timezone: string; openDays: number; confirmed: boolean };
  notifications: { recipients: string[] | null; shopEmail: string | null };
  tried: boolean;
}

/** The Home page's setup guide: each step checks itself against the shop and the app's own records. */
export async function setupGuide(db: Db, shop: string, deps: { admin: AdminGraphql; apiKey: string }): Promise<SetupGuide> {
  const [shopInfo, embed, progress, conversations] = await Promise.all([
    shopTimezone(deps.admin),
    appEmbedStatus(deps.admin),
    db.setupProgress.findUnique({ where: { shop } }),
    db.conversation.count({ where: { shop } }),
  ]);
  const settings = await ensureShopSettings(db, shop, shopInfo.ianaTimezone);
  const recipients = notificationRecipients(settings);
  // A real shopper conversation proves the whole path works as well as a test message does.
  const tried = Boolean(progress?.testMessageAt) || conversations > 0;
  const steps: SetupStep[] = [
    { id: "embed", done: embed.state === "on" },
    { id: "hours", done: Boolean(progress?.hoursConfirmedAt) },
    { id: "notifications", done: recipients !== null && (recipients.length > 0 || Boolean(shopInfo.email)) },
    { id: "try", done: tried },
  ];
  return {
    steps,
    done: steps.every((s) => s.done),
    embed: { ...embed, editorUrl: themeEditorUrl(shop, deps.apiKey) },
    hours: { timezone: settings.businessHours.timezone, openDays: settings.businessHours.days.filter(Boolean).length, confirmed: Boolean(progress?.hoursConfirmedAt) },
    notifications: { recipients, shopEmail: shopInfo.email },
    tried,
  };
}
