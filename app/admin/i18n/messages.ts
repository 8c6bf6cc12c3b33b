// Admin text in one place (English today). A page asks `t("key", { vars })`; adding a language is a second
// catalogue with the same keys (the type makes a missing key a compile error) and a locale switch in `t`.
import { en } from "./en";

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

const catalogues: Record<string, Catalogue> = { en };

/** `{name}` placeholders are replaced by `vars.name`; a missing variable stays visible rather than vanishing. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}, locale = "en"): string {
  const template = (catalogues[locale] ?? en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** "1 conversation" / "3 conversations" without a plural library (English rules only, like the catalogue). */
export function plural(n: number, one: MessageKey, other: MessageKey, vars: Record<string, string | number> = {}): string {
  return t(n === 1 ? one : other, { n, ...vars });
}
