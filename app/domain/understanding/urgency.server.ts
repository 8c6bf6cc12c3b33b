// Deadline and hurry cues in the four shop languages, matched on lower-case accent-free text.
const DAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|weekend|" +
  "lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|" +
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|" +
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|wochenende";
const EVENTS =
  "wedding|birthday|party|funeral|trip|flight|holiday|vacation|christmas|anniversary|event|exam|interview|" +
  "boda|cumpleanos|fiesta|viaje|vuelo|navidad|vacaciones|" +
  "mariage|anniversaire|fete|voyage|vol|noel|vacances|" +
  "hochzeit|geburtstag|feier|reise|flug|weihnachten|urlaub";

const CUES: RegExp[] = [
  /\b(urgent|urgently|asap|a\.s\.a\.p|emergency|right away|right now|immediately|as soon as possible|time sensitive|in a hurry|running out of time|last minute)\b/g,
  new RegExp(`\\b(need(?:ed)? (?:it|this|them|the \\w+)? ?(?:by|before|for) (?:${DAYS}|next \\w+|the \\d+\\w*|\\d+))`, "g"),
  new RegExp(`\\b((?:by|before) (?:${DAYS}))\\b`, "g"),
  new RegExp(`\\b(for (?:my|our|the|a) (?:\\w+ )?(?:${EVENTS})(?: on \\w+)?)`, "g"),
  /\b(urgente|urgentemente|cuanto antes|lo antes posible|ya mismo|de inmediato|inmediatamente|es urgente|lo necesito para|para manana)\b/g,
  new RegExp(`\\b((?:antes del?|para el) (?:${DAYS}))\\b`, "g"),
  new RegExp(`\\b(para (?:mi|la|el|un|una|nuestra|nuestro) (?:${EVENTS}))`, "g"),
  /\b(urgence|d'urgence|au plus vite|le plus vite possible|des que possible|immediatement|tout de suite|j'en ai besoin pour|pressant)\b/g,
  /\b(urgent)\b/g,
  new RegExp(`\\b((?:avant|pour) (?:${DAYS}))\\b`, "g"),
  new RegExp(`\\b(pour (?:mon|ma|notre|le|la|un|une) (?:${EVENTS}))`, "g"),
  /\b(dringend|eilig|so schnell wie moglich|schnellstmoglich|sofort|umgehend|asap|brauche es bis|bis spatestens)\b/g,
  new RegExp(`\\b((?:bis|vor|zum|zur|am) (?:${DAYS}|${EVENTS}))\\b`, "g"),
  new RegExp(`\\b(fur (?:meine|meinen|mein|die|den|das|unsere|eine|einen|ein) (?:${EVENTS}))`, "g"),
];

export interface UrgencyResult {
  urgent: boolean;
  cues: string[];
}

export function detectUrgency(text: string): UrgencyResult {
  const t = text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’]/g, "'")
    .replace(/\s+/g, " ");
  const cues = new Set<string>();
  for (const re of CUES) {
    for (const m of t.matchAll(re)) cues.add(m[1].trim());
  }
  // "am Morgen" is "in the morning", not a deadline.
  cues.delete("am morgen");
  const list = [...cues];
  return { urgent: list.length > 0, cues: list };
}
