import type { Intent, Language } from "../types";
import { lines } from "./lines";

// Second batch for Spanish, French and German: colloquial and formal variants, "compra/achat/Kauf" wording,
// feedback vs complaint, and everyday out-of-scope questions.
export const moreByLanguage: Record<Exclude<Language, "en">, Partial<Record<Intent, string[]>>> = {
  es: {
    order_status: lines(`
      quiero saber dónde está mi compra
      me podrías decir cuándo llega lo que pedí
      cómo puedo rastrear mi paquete
      mi orden no ha llegado todavía
      el repartidor no ha traído mi pedido
      en qué estado está mi envío
      me dan el código de seguimiento
      cuándo me entregan la compra
    `),
    shipping_info: lines(`
      qué formas de envío ofrecen
      cuánto cobran por mandar a barcelona
      cuántos días tarda la entrega normal
      el envío urgente cuánto tarda
      hacen envíos fuera de españa
      qué paquetería utilizan
    `),
    return_request: lines(`
      quiero que me reembolsen la compra
      cómo hago una devolución
      necesito devolver unas zapatillas que me quedan grandes
      quiero cambiar esto por otra talla
      me pueden devolver el dinero
      quiero devolver lo que compré
    `),
    return_policy: lines(`
      cuántos días hay para hacer una devolución
      las devoluciones tienen algún coste
      en qué condiciones aceptan devoluciones
      cuánto tarda en llegar el dinero de una devolución
      se puede devolver ropa interior
      hay plazo para cambiar una talla
    `),
    cancel_order: lines(`
      no quiero la compra anúlala
      puedo anular el pedido que acabo de hacer
      quiero dar de baja mi pedido
      cancela la orden 5512
      me he arrepentido cancela el pedido
    `),
    change_order: lines(`
      quiero cambiar la dirección de entrega
      me equivoqué en el piso de la dirección
      puedo añadir un producto más a la compra
      cambia la talla de la camiseta de mi pedido
      quiero que lo envíen a otra dirección
      quitar una unidad del pedido
    `),
    product_availability: lines(`
      tienen stock de la chaqueta verde
      hay tallas grandes disponibles
      cuándo vuelven a tener las zapatillas blancas
      está agotado el perfume
      me avisan cuando haya stock
    `),
    product_question: lines(`
      qué tal de talla vienen los vaqueros
      la chaqueta abriga para invierno
      se puede planchar
      cuánto mide de largo el vestido
      qué incluye la caja
      sirve para niños
    `),
    payment_issue: lines(`
      no me deja pagar con la tarjeta
      el banco rechazó el pago
      me aparece un cargo duplicado
      pagué y no se confirmó el pedido
      aceptan tarjeta de débito
      puedo pagar con mastercard
    `),
    discount_question: lines(`
      tienen algún cupón disponible
      no me aplica el descuento
      cómo uso mi código de descuento
      hay descuento por suscribirme
      tienen rebajas en verano
    `),
    damaged_or_wrong_item: lines(`
      el producto llegó con golpes
      la caja llegó abierta y falta algo
      me enviaron un modelo distinto
      no es la talla que pedí
      llegó roto el jarrón
      el aparato no enciende
      viene con una raya
    `),
    complaint: lines(`
      estoy muy insatisfecho con ustedes
      el trato ha sido pésimo
      quiero hacer una reclamación formal
      nadie me da una solución
      es el peor servicio que he tenido
      me han tratado fatal
    `),
    human_agent: lines(`
      puedo hablar con un asesor
      hay alguien de atención al cliente
      quiero que me atienda una persona
      pásame con un humano por favor
      me pueden llamar por teléfono
    `),
    account: lines(`
      no recuerdo mi contraseña
      cómo cambio mis datos personales
      quiero darme de baja de la cuenta
      no me deja crear la cuenta
      tengo problemas para iniciar sesión
      cómo me doy de alta en la web
    `),
    greeting: lines(`
      hola cómo estás
      qué tal
      hola buenas tardes
      gracias por la ayuda
    `),
    other: lines(`
      quiero dejar mi opinión sobre un producto
      cómo escribo una valoración
      me gustaría darles feedback
      cuál es la receta del gazpacho
      cuándo juega el real madrid
      cómo está el tráfico
      qué película me recomiendas
      cuántos años tienes
      dónde hay una farmacia
      a qué hora sale el sol
      cómo se dice hola en alemán
      necesito un taxi
    `),
  },
  fr: {
    order_status: lines(`
      je voudrais savoir où en est mon achat
      quand est-ce que mon colis arrive
      comment suivre mon colis
      le livreur n'a pas apporté ma commande
      où en est la livraison
      donnez moi le numéro de suivi
      quand serai-je livré
      ma commande est-elle en route
    `),
    shipping_info: lines(`
      quelles sont vos méthodes d'expédition
      combien pour envoyer à marseille
      combien de jours pour une livraison standard
      la livraison express prend combien de temps
      livrez vous hors de france
      vous livrez en combien de temps
    `),
    return_request: lines(`
      je voudrais me faire rembourser
      comment faire un retour
      je dois renvoyer des chaussures trop grandes
      je veux échanger contre une autre taille
      vous pouvez me rendre l'argent
      je veux rendre ce que j'ai acheté
    `),
    return_policy: lines(`
      combien de jours pour faire un retour
      les retours sont payants
      à quelles conditions acceptez-vous les retours
      combien de temps pour être remboursé après un retour
      peut-on retourner les sous-vêtements
      y a t il un délai pour échanger une taille
    `),
    cancel_order: lines(`
      je ne veux plus de cet achat annulez le
      je peux annuler la commande que je viens de passer
      annulez la commande 5512
      je regrette annulez ma commande
      stop ma commande
    `),
    change_order: lines(`
      je veux changer l'adresse de livraison
      je me suis trompé d'étage dans l'adresse
      je peux ajouter un produit à ma commande
      changez la taille du t-shirt de ma commande
      livrez à une autre adresse svp
      enlever un article de la commande
    `),
    product_availability: lines(`
      vous avez la veste verte en stock
      il y a des grandes tailles disponibles
      quand revient la basket blanche
      le parfum est en rupture
      prévenez moi quand c'est en stock
    `),
    product_question: lines(`
      le jean taille comment
      la veste est chaude pour l'hiver
      on peut le repasser
      quelle est la longueur de la robe
      qu'est-ce qu'il y a dans la boîte
      c'est adapté aux enfants
    `),
    payment_issue: lines(`
      je ne peux pas payer avec ma carte
      la banque a refusé le paiement
      je vois un double débit
      j'ai payé mais la commande n'est pas confirmée
      vous acceptez la carte bleue
      je peux payer avec mastercard
    `),
    discount_question: lines(`
      vous avez un coupon en ce moment
      la réduction ne s'applique pas
      comment utiliser mon code de réduction
      réduction si je m'inscris à la newsletter
      vous faites des soldes en été
    `),
    damaged_or_wrong_item: lines(`
      le produit est arrivé abîmé
      le colis est arrivé ouvert et il manque quelque chose
      vous m'avez envoyé un autre modèle
      ce n'est pas la taille que j'ai commandée
      le vase est arrivé cassé
      l'appareil ne s'allume pas
      il est rayé
    `),
    complaint: lines(`
      je suis très insatisfait de vous
      l'accueil a été lamentable
      je veux faire une réclamation officielle
      personne ne me donne de solution
      c'est le pire service que j'ai connu
      on m'a très mal traité
    `),
    human_agent: lines(`
      je peux parler à un conseiller
      il y a quelqu'un du service client
      je veux être servi par une personne
      passez moi un humain svp
      vous pouvez m'appeler
    `),
    account: lines(`
      je ne me souviens plus de mon mot de passe
      comment modifier mes informations personnelles
      je veux me désinscrire et fermer mon compte
      je n'arrive pas à créer le compte
      j'ai des problèmes pour me connecter
      comment ouvrir un compte sur le site
    `),
    greeting: lines(`
      bonjour comment ça va
      ça va
      bonjour bonne après-midi
      merci pour l'aide
    `),
    other: lines(`
      je veux donner mon avis sur un produit
      comment écrire un commentaire
      j'aimerais vous faire un retour d'expérience sur le site
      recette de la quiche
      quand joue le psg
      comment est la circulation
      quel film tu me conseilles
      quel âge as-tu
      où est la pharmacie la plus proche
      à quelle heure se lève le soleil
      comment dit-on bonjour en allemand
      j'ai besoin d'un taxi
    `),
  },
  de: {
    order_status: lines(`
      ich möchte wissen wo mein kauf ist
      wann kommt mein paket an
      wie kann ich mein paket verfolgen
      der bote hat meine bestellung nicht gebracht
      wie ist der stand meiner lieferung
      gebt mir die sendungsnummer
      wann werde ich beliefert
      ist meine bestellung unterwegs
    `),
    shipping_info: lines(`
      welche versandmethoden gibt es
      was kostet der versand nach hamburg
      wie viele tage dauert der standardversand
      wie schnell ist expressversand
      liefert ihr außerhalb deutschlands
      wie schnell liefert ihr
    `),
    return_request: lines(`
      ich möchte mein geld erstattet bekommen
      wie mache ich eine rücksendung
      ich muss zu große schuhe zurückschicken
      ich will es gegen eine andere größe tauschen
      könnt ihr mir das geld zurückgeben
      ich will meinen kauf zurückgeben
    `),
    return_policy: lines(`
      wie viele tage habe ich für die rücksendung
      kostet die rücksendung etwas
      unter welchen bedingungen nehmt ihr rücksendungen
      wie lange dauert die erstattung nach der rücksendung
      kann man unterwäsche zurückgeben
      gibt es eine frist für den umtausch
    `),
    cancel_order: lines(`
      ich will den kauf nicht mehr bitte stornieren
      kann ich die gerade aufgegebene bestellung stornieren
      storniert bestellung 5512
      ich habe es bereut bitte stornieren
      bestellung stoppen
    `),
    change_order: lines(`
      ich möchte die lieferadresse ändern
      ich habe das stockwerk in der adresse falsch
      kann ich noch ein produkt zur bestellung hinzufügen
      ändert die größe des t-shirts in meiner bestellung
      bitte an eine andere adresse liefern
      einen artikel aus der bestellung nehmen
    `),
    product_availability: lines(`
      habt ihr die grüne jacke auf lager
      gibt es große größen
      wann kommt der weiße sneaker wieder
      ist das parfüm ausverkauft
      sagt mir bescheid wenn es wieder da ist
    `),
    product_question: lines(`
      wie fällt die jeans aus
      ist die jacke warm genug für den winter
      kann man es bügeln
      wie lang ist das kleid
      was ist in der box enthalten
      ist das für kinder geeignet
    `),
    payment_issue: lines(`
      ich kann nicht mit meiner karte zahlen
      die bank hat die zahlung abgelehnt
      ich sehe eine doppelte abbuchung
      ich habe bezahlt aber die bestellung ist nicht bestätigt
      akzeptiert ihr ec karte
      kann ich mit mastercard zahlen
    `),
    discount_question: lines(`
      habt ihr gerade einen gutschein
      der rabatt wird nicht abgezogen
      wie benutze ich meinen rabattcode
      rabatt für newsletter anmeldung
      gibt es im sommer einen sale
    `),
    damaged_or_wrong_item: lines(`
      das produkt kam beschädigt an
      das paket kam offen an und es fehlt etwas
      ihr habt mir ein anderes modell geschickt
      das ist nicht die größe die ich bestellt habe
      die vase kam zerbrochen an
      das gerät geht nicht an
      es ist zerkratzt
    `),
    complaint: lines(`
      ich bin sehr unzufrieden mit euch
      der umgang war miserabel
      ich will eine offizielle beschwerde machen
      niemand gibt mir eine lösung
      das ist der schlechteste service den ich kenne
      ich wurde sehr schlecht behandelt
    `),
    human_agent: lines(`
      kann ich mit einem berater sprechen
      gibt es jemanden vom kundenservice
      ich möchte von einer person bedient werden
      bitte einen menschen
      könnt ihr mich anrufen
    `),
    account: lines(`
      ich erinnere mich nicht an mein passwort
      wie ändere ich meine persönlichen daten
      ich will mich abmelden und mein konto schließen
      ich kann das konto nicht erstellen
      ich habe probleme beim einloggen
      wie eröffne ich ein kundenkonto
    `),
    greeting: lines(`
      hallo wie geht es
      na
      hallo guten nachmittag
      danke für die hilfe
    `),
    other: lines(`
      ich möchte meine meinung zu einem produkt abgeben
      wie schreibe ich einen kommentar
      ich würde euch gerne feedback geben
      rezept für apfelstrudel
      wann spielt bayern
      wie ist der verkehr
      welchen film empfiehlst du
      wie alt bist du
      wo ist die nächste apotheke
      wann geht die sonne auf
      wie sagt man hallo auf spanisch
      ich brauche ein taxi
    `),
  },
};
