import { directSql, type Db } from "../../db.server";
import { sql } from "../../db/sql";
import { DEFAULT_SETTINGS, parseStoredShopSettings, shopSettingsSchema, type ShopSettings } from "../routing/settings";

/**
 * Settings as saved, with defaults for anything the shop never set (a fresh install gets safe defaults).
 * Frozen, like every stored settings object: read on every shopper message, so a shop with nothing saved gets
 * the one shared default rather than a fresh validation of `{}` (3.6% of a message's CPU under load).
 */
export async function loadShopSettings(db: Db, shop: string): Promise<ShopSettings> {
  // Straight to the driver: read on every shopper message (see docs/decisions/0020-direct-driver-message-path.md).
  const [row] = await directSql(db).rows<{ settings: string }>(sql`SELECT "settings" FROM "ShopSettings" WHERE "shop" = ${shop}`);
  if (!row) return DEFAULT_SETTINGS;
  try {
    return parseStoredShopSettings(row.settings);
  } catch (error) {
    // A row that no longer parses must not stop the bubble; fall back to safe defaults and say so.
    console.error(`[settings] ${shop}: stored settings invalid, using defaults`, error);
    return DEFAULT_SETTINGS;
  }
}

export type SaveResult = { ok: true; settings: ShopSettings } | { ok: false; errors: Record<string, string> };

/** Validates the whole object; nothing is written unless all of it is valid. */
export async function saveShopSettings(db: Db, shop: string, input: unknown): Promise<SaveResult> {
  const parsed = shopSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".") || "_"] = issue.message;
    return { ok: false, errors };
  }
  const settings = JSON.stringify(parsed.data);
  await db.shopSettings.upsert({ where: { shop }, create: { shop, settings }, update: { settings } });
  return { ok: true, settings: parsed.data };
}
