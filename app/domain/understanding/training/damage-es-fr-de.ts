import type { Intent } from "../types";
import { lines } from "./lines";

// Damage and wrong-item wording in es/fr/de beyond the first batches: damaged packaging with damaged contents,
// wrong size/colour, somebody else's parcel, missing parts, "what do I do / who do I contact", anger and typos.
// The order_status lines keep parcel/arrive words from meaning damage on their own.
export const damageByLanguage: Record<"es" | "fr" | "de", Partial<Record<Intent, string[]>>> = {
  es: {
    damaged_or_wrong_item: lines(`
      la caja llegó aplastada y el producto está roto
      el paquete venía mojado y lo de dentro se estropeó
      el vaso llegó hecho añicos
      la pantalla venía rajada
      la botella se derramó dentro de la caja
      llegó con una abolladura en un lado
      la tela tiene una mancha y un agujero
      faltan piezas para montarlo
      no venían los tornillos ni las instrucciones
      me llegó una talla que no pedí
      pedí el negro y me mandaron el azul
      me llegó el paquete de otra persona
      el paquete trae el nombre de otro cliente
      no enciende nada más sacarlo de la caja
      llegó defectuoso
      cómo reporto un producto dañado
      qué hago si me llegó roto
      con quién hablo porque me mandaron otra cosa
      a dónde mando las fotos de los daños
      me pueden mandar la pieza que falta
      pueden enviarme uno nuevo que este llegó roto
      esto es una vergüenza me llegó todo roto
      joder otra vez llegó roto
      me llego rrroto el pedido
      el producto vino rayado y con golpes
    `),
    order_status: lines(`
      mi paquete todavía no ha llegado
      cuándo llega la caja
      el seguimiento no se mueve dónde está mi paquete
      dice entregado pero no me llegó nada
      ya salió mi pedido
      sigo esperando que llegue el envío
    `),
  },
  fr: {
    damaged_or_wrong_item: lines(`
      le carton était écrasé et l'article est cassé
      le colis était mouillé et le contenu est abîmé
      le verre est arrivé en mille morceaux
      l'écran est fissuré
      la bouteille a fui dans le carton
      c'est arrivé cabossé
      le tissu a une tache et un trou
      il manque des pièces pour le monter
      il n'y avait ni les vis ni la notice
      j'ai reçu une taille que je n'ai pas commandée
      j'ai commandé le noir et j'ai reçu le bleu
      j'ai reçu le colis de quelqu'un d'autre
      le colis est au nom d'un autre client
      ça ne s'allume pas dès la sortie du carton
      il est arrivé défectueux
      comment signaler un produit endommagé
      que faire si mon article est arrivé cassé
      à qui m'adresser on m'a envoyé autre chose
      où envoyer les photos des dégâts
      vous pouvez m'envoyer la pièce manquante
      envoyez m'en un autre celui ci est arrivé cassé
      c'est honteux tout est arrivé cassé
      putain encore un colis cassé
      mon colis est arrivé casé
      l'article est rayé et plein de bosses
    `),
    order_status: lines(`
      mon colis n'est toujours pas arrivé
      quand est ce que le carton arrive
      le suivi ne bouge plus où est mon colis
      c'est marqué livré mais je n'ai rien reçu
      ma commande est elle partie
      j'attends toujours que le colis arrive
    `),
  },
  de: {
    damaged_or_wrong_item: lines(`
      der karton war zerdrückt und der artikel ist kaputt
      das paket war nass und der inhalt ist beschädigt
      das glas kam in scherben an
      der bildschirm hat einen riss
      die flasche ist im karton ausgelaufen
      es kam mit einer delle an
      der stoff hat einen fleck und ein loch
      es fehlen teile zum aufbauen
      die schrauben und die anleitung fehlten
      ich habe eine größe bekommen die ich nicht bestellt habe
      ich habe schwarz bestellt und blau bekommen
      ich habe das paket von jemand anderem bekommen
      auf dem paket steht der name eines anderen kunden
      es geht direkt nach dem auspacken nicht an
      es kam defekt an
      wie melde ich einen beschädigten artikel
      was mache ich wenn meine bestellung kaputt angekommen ist
      an wen wende ich mich ihr habt mir etwas anderes geschickt
      wohin schicke ich die fotos vom schaden
      könnt ihr mir das fehlende teil schicken
      schickt mir bitte ein neues das hier kam kaputt an
      eine frechheit alles kam kaputt an
      verdammt schon wieder kaputt geliefert
      die lieferung kam kaputt ann
      der artikel ist zerkratzt und verbeult
    `),
  },
};
