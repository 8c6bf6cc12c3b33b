import type { Language } from "../../understanding/types";
import { de } from "./de";
import { en, type MessageKey } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { MessageKey };

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, es, fr, de };

export type MessageParams = Record<string, string | number>;

/** The message in `language` (English if a key were ever missing), with {placeholders} filled in. */
export function t(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOGUES[language]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
