import { fileURLToPath } from "node:url";
import { byIntent, loadPhraseFolder } from "../phrase-data.server";
import { LANGUAGES, type Intent, type Language } from "../types";

// Held-out phrasings, never trained on (a test checks that none of them is a training phrase).
export const TESTSET_DATA_DIR = fileURLToPath(new URL("./data/", import.meta.url));

const phrases = loadPhraseFolder(TESTSET_DATA_DIR);

export const TESTSET: Record<Language, Record<Intent, string[]>> = Object.fromEntries(
  LANGUAGES.map((l) => [l, byIntent(phrases[l])]),
) as Record<Language, Record<Intent, string[]>>;
