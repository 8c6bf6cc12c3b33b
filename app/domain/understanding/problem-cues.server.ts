// Wording that marks a delivery problem (and, more broadly, "something went wrong with my order") in en/es/fr/de.
// The intent model learns these too; the cues are the part a merchant can read: every routing reason built from
// them names the words that matched. Matched on lower-case, accent-free text with straight apostrophes.

export type DeliveryProblemKind = "not_received" | "stolen" | "lost" | "stuck" | "wrong_address";

export interface DeliveryProblemCue {
  kind: DeliveryProblemKind;
  /** The words in the message that matched, as the shopper wrote them (lower-cased, accents removed). */
  cue: string;
}

export function plainText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[’`´]/g, "'")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const W = "[\\w']*";
// Order matters: the first kind that matches names the problem.
const CUES: Array<[DeliveryProblemKind, RegExp]> = [
  [
    "stolen",
    new RegExp(
      [
        `\\b(stolen|stole|porch pirate|someone (took|has taken|nicked|swiped)|somebody took|got nicked)`,
        `\\b(robad[oa]|me (lo |la )?(han )?robad[oa]|(se|me) (lo )?(llevo|llevaron|robaron)|alguien se (lo )?llevo)`,
        `\\b(vole|volee|on m'a (vole|pique)|quelqu'un a (pris|pique)|(a|ont) pique mon colis)`,
        `\\b(gestohlen|geklaut|geklaut worden|jemand hat (mein|das) paket (\\w+ )?(mitgenommen|genommen))`,
      ].join("|"),
    ),
  ],
  [
    "wrong_address",
    new RegExp(
      [
        `\\b((deliver${W}|dropped|left|sent|handed|given) (it |my parcel |my package |my order )?(to|at) (the |a )?(wrong|different|another) (address|house|building|flat|door|person|city)|(left|dropped|delivered) (it )?at the wrong|wrong (house|building|door|porch)|to my neighbou?r'?s (address|house) by mistake|handed to the wrong person|given to (the wrong person|someone else)|delivered to someone else|delivery (photo|picture) (shows|is) (a |someone)|address that'?s not mine|signed for by someone)`,
        `\\b((entregad[oa]|entregaron|entrego|dejaron|mandaron|enviaron)( \\w+){0,3} (en|a) (una |la )?(otra|otro|direccion equivocada|edificio de al lado)|(dieron|entregaron|entrego) a otra persona|no (es|era) mi puerta|lo firmo alguien)`,
        `\\b((livre(e)?|laisse|depose|envoye)( \\w+){0,3} (a|chez|dans) (la |le |une |un )?(mauvais(e)?|autre|voisin que)|(remis|donne) a (quelqu'un d'autre|la mauvaise personne)|ne montre pas ma porte|a signe le colis)`,
        `\\b((geliefert|zugestellt|abgegeben|geschickt)( \\w+){0,3} (an die |an eine |beim |im |bei einem )?(falsche|andere|falschen|nachbarn den)|(falsche|andere|falschen)n? (adresse|haus|gebaude|person) (geliefert|zugestellt|abgegeben|geschickt)|beim falschen|jemand anderem gegeben|nicht meine tur|hat unterschrieben)`,
      ].join("|"),
    ),
  ],
  [
    "not_received",
    new RegExp(
      [
        `\\b((says|shows|marked|showing|listed|states|tracking said|it said|status (says|is)) (as |it was |it's |its )?delivered|delivered but|(delivery|delivered) notification but|no parcel (at|in|on)|nothing (at|in|on) (my|the) (door|porch|mailbox|letterbox|doorstep)|nobody (here )?(has|received)|none of them have it|can'?t find it anywhere)`,
        `\\b((dice|pone|figura|sale|marca|marco|aparece) (como |que )?(entregad[oa]|que lo entregaron|que se entrego)|entregad[oa] pero|aviso de entrega pero|nadie tiene mi paquete|no lo encuentro)`,
        `\\b((indique|marque|dit|affiche) (comme |qu'il est )?livre(e)?|livre(e)? mais|livree (\\w+ )?mais|avis de livraison mais|il est indique livre|personne n'a mon colis|je ne le trouve nulle part)`,
        `\\b((als |laut \\w+ )?zugestellt (markiert|aber|obwohl)|steht (als |auf )?zugestellt|(steht|sagt|zeigt) zugestellt|zustellbenachrichtigung (\\w+ )*aber|obwohl (es )?(als )?zugestellt|keiner hat mein paket|finde es nirgends)`,
      ].join("|"),
    ),
  ],
  [
    "lost",
    new RegExp(
      [
        `\\b((got |been |was )?lost (in the post|in transit|my parcel|my package)|(courier|carrier|post office|they) lost|my (parcel|package|order) (is|got|was) lost|(parcel|package) (vanished|disappeared)|returned to sender)`,
        `\\b(se (ha )?perdido|perdio mi paquete|(paquete|pedido) (desaparecio|perdido)|desaparecio|devuelto al remitente)`,
        `\\b((colis|commande) (a ete |est )?perdu|a perdu mon colis|a disparu|retourne a l'expediteur)`,
        `\\b(verloren( gegangen)?|verschwunden|zuruck an (den )?absender)`,
      ].join("|"),
    ),
  ],
  [
    "stuck",
    new RegExp(
      [
        `\\b((parcel|package|tracking|shipment|order|delivery) (is |has been |got )?stuck|stuck (in|at) (transit|customs|the)|(hasn'?t|has not|hasnt|not) (moved|updated|changed)|not moving|no (tracking )?update|stopped updating|tracking (is )?frozen|frozen for|sitting at the (depot|warehouse|sorting)|at the (local )?depot since|(in transit|out for delivery) for (\\w+ )?(days|a week|weeks|\\d+)|held (up )?in customs)`,
        `\\b((seguimiento|envio|paquete|tracking|pedido)( \\w+){0,3} (no se (mueve|actualiza)|parad[oa]|atascad[oa]|congelad[oa]|sin moverse)|no cambia desde|sin novedades|dejo de actualizarse|(en transito|en reparto)( \\w+){0,3} (hace|desde hace|lleva)|lleva (\\w+ )*(dias|semanas?) (en|parad|sin))`,
        `\\b((colis|commande|suivi|envoi)( \\w+){0,2} (est |a ete )?(bloque(e)?|coince)|ne bouge (plus|pas)|n'a pas (bouge|change)|ne se met plus a jour|pas de mise a jour|suivi est fige|(en transit|en cours de livraison) depuis)`,
        `\\b(hangt (\\w+ )?fest|steckt (\\w+ )*fest|bewegt sich (\\w+ )*nicht|kein update|(aktualisiert|andert|geandert) (sich )?(\\w+ )*nicht|hat sich (\\w+ )*nicht geandert|ist eingefroren|(unterwegs|in zustellung) seit|seit (\\w+ )*(unterwegs|in zustellung|im depot))`,
      ].join("|"),
    ),
  ],
];

/** The delivery problem the message describes, with the words that matched; null for ordinary questions. */
export function detectDeliveryProblem(text: string): DeliveryProblemCue | null {
  const t = plainText(text);
  for (const [kind, re] of CUES) {
    const m = re.exec(t);
    if (m) return { kind, cue: m[0].trim().replace(/[,\s]+$/, "") };
  }
  return null;
}

// "I haven't received it", "never arrived": a problem only if the carrier says it was delivered (the answer step
// checks the order's facts), otherwise an ordinary "where is my order".
const NOT_RECEIVED = new RegExp(
  [
    `\\b(never (got|received|arrived|came|showed up|turned up)|(haven'?t|have not|havent|didn'?t|did not|didnt|not) (got|get|gotten|received|receive|seen)|not (here|arrived)|nothing (arrived|came|here)|isn'?t here|it'?s not here|where is it)`,
    `\\b(no (me )?(ha )?(llegado|llego|recibido|recibi)|nunca (llego|recibi)|no lo tengo|no esta aqui)`,
    `\\b((pas|jamais|rien) (recu|eu)|n'est (pas|jamais) arrive|je ne l'ai (pas|jamais)|rien recu|toujours pas recu)`,
    `\\b(nicht (erhalten|bekommen|angekommen|da)|nie (erhalten|bekommen|angekommen)|nichts (da|angekommen|bekommen)|habe (es|sie|ihn) nicht)`,
  ].join("|"),
);

/** "I never got it" in any of the four languages (the matched words), or null. */
export function notReceivedCue(text: string): string | null {
  return NOT_RECEIVED.exec(plainText(text))?.[0].trim() ?? null;
}

// "Something is wrong with my order": late, missing, damaged, wrong. With an urgency cue this is what the urgency
// setting sends to a person; "will it arrive by Friday?" has no such words and stays with the bot.
const PROBLEM = new RegExp(
  [
    `\\b(late|delayed|overdue|missing|lost|stolen|damaged|broken|cracked|wrong|not arrived|hasn'?t arrived|never arrived|not received|haven'?t received|still (not|hasn'?t|waiting|nothing)|where is it|problem|issue)`,
    `\\b(tarde|retrasad[oa]|retraso|falta|perdid[oa]|robad[oa]|roto|rota|danad[oa]|equivocad[oa]|no (me )?ha llegado|no llego|todavia no|sigo esperando|problema)`,
    `\\b(en retard|retard|manquant|manque|perdu|vole|casse|abime|endommage|mauvais|mauvaise|pas (encore )?(arrive|recu)|toujours pas|j'attends toujours|probleme)`,
    `\\b(spat|verspatet|verspatung|fehlt|fehlen|verloren|gestohlen|kaputt|beschadigt|falsch\\w*|nicht angekommen|noch nicht|immer noch nicht|warte immer noch|problem)`,
  ].join("|"),
);

/** Words saying something went wrong with an order (late, missing, damaged, wrong), or null. */
export function problemCue(text: string): string | null {
  return PROBLEM.exec(plainText(text))?.[0].trim() ?? null;
}

// "Has my refund gone through?", "did the money come back?": asking about a refund that should already exist,
// as opposed to asking for one ("I want a refund") or about the policy ("how long do refunds take?").
const REFUND_STATUS = new RegExp(
  [
    `\\b((my|the) refund (\\w+ )?(gone|go|went|come|been|through|yet|arrived|status|pending|show|still)|where('?s| is) my (refund|money)|(status|update|news) (of|on) my refund|still (no|waiting for my|haven'?t (got|received) my) (refund|money)|(did|have|has) (you|it|the money|my money|the refund)( \\w+)? (refund(ed)?|come back|gone through|been (refunded|returned|sent back|issued))|(been|was|got) refunded|money (come|came) back|money back yet|when (will|do|can|am) i (get|getting|receive|see) (my|the) (money|refund)|(was|were|has|have) (\\w+ ){1,3}(been )?refunded\\b)`,
    `\\b((mi|el) reembolso (\\w+ )?(ya|todavia|aun|sigue|no (me )?(ha )?llegado|pendiente)|ya (se )?(ha )?(hecho|pasado|llegado) (mi |el )?reembolso|ya me (habeis |han )?(devuelto|reembolsado)|me (ha|han) vuelto el dinero|(donde|estado de) (esta )?mi reembolso|sigo (sin|esperando el) reembolso|se reembolso\\b|reembolsaron|reembolsasteis|ya tengo el dinero)`,
    `\\b((mon|le) remboursement (\\w+ )?(est|a ete|n'est|toujours|arrive|passe)|ou en est (mon|le) remboursement|(m'avez|m'ont|ai-je ete|j'ai ete) rembourse|toujours pas (de|recu mon) remboursement|statut de mon remboursement|l'argent m'est revenu|recupere l'argent|a-t-elle ete remboursee|remboursees?\\b)`,
    `\\b((meine|die) (ruck)?erstattung (\\w+ )*(schon|noch|durch|angekommen|bearbeitet|ausstehend|erledigt)|wo bleibt meine (ruck)?erstattung|status meiner (ruck)?erstattung|(schon|bereits) (zuruck)?(erstattet|uberwiesen)|(ist|habe ich|hab ich) (das |mein )?geld (\\w+ )*zuruck|geld (schon|wieder) zuruck|habt ihr (mir )?(\\w+ )*erstattet|wurde (\\w+ )*erstattet|immer noch keine erstattung|(bekomme|kriege|erhalte) ich (\\w+ )*geld (\\w+ )*zuruck|(schon|bereits) (eine |die |meine )?(ruck)?erstattung (bekommen|erhalten))`,
  ].join("|"),
);

/** The words asking whether a refund already happened, or null. */
export function refundStatusCue(text: string): string | null {
  return REFUND_STATUS.exec(plainText(text))?.[0].trim() ?? null;
}
