import type { Intent, Language } from "../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export const TESTSET: Record<Language, Record<Intent, string[]>> = { en, es, fr, de };
