import type { Intent } from "../types";
import { lines } from "../training/lines";

// Held-out German phrasings (not in training).
export const de: Record<Intent, string[]> = {
  order_status: lines(`
    mein paket ist immer noch nicht da
    wann bekomme ich meine sachen
    bestellung 5521 ist nicht angekommen
    könnt ihr mir die trackingnummer geben
    habt ihr meine bestellung abgeschickt
    ich warte seit 10 tagen auf mein paket
  `),
  shipping_info: lines(`
    was kostet der versand nach belgien
    wie viele tage dauert es nach berlin
    versendet ihr in die usa
    wie teuer ist express
    welchen versanddienstleister nutzt ihr
    ab welchem betrag ist der versand gratis
  `),
  return_request: lines(`
    die sind zu klein ich will sie zurückschicken
    erstattet mir bitte bestellung 2231
    ich will den mantel zurückgeben
    ich möchte m gegen l tauschen
    könnt ihr mir das geld erstatten
    ich möchte die ganze bestellung zurückschicken
  `),
  return_policy: lines(`
    wie lange ist die rückgabefrist
    ist die rücksendung gratis
    kann ich nach zwei monaten noch zurückgeben
    kann man reduzierte ware zurückgeben
    wie lange dauert die erstattung
    wie sind die umtauschbedingungen
  `),
  cancel_order: lines(`
    storniert meine letzte bestellung
    ich brauche bestellung 4410 nicht mehr bitte stornieren
    ich will die bestellung von vor einer stunde stornieren
    kann ich noch rechtzeitig stornieren
    storno #9921
    ich will die bestellung nicht mehr bitte abbrechen
  `),
  change_order: lines(`
    ich habe die hausnummer falsch eingegeben
    kann ich noch ein t-shirt zur bestellung hinzufügen
    ändert die größe von bestellung 3312 auf l
    bitte an meine büroadresse liefern
    entfernt die kerze aus meiner bestellung
    kann man die lieferadresse ändern
  `),
  product_availability: lines(`
    ist die graue hose wieder auf lager
    habt ihr noch blaue tassen
    ist der schal noch verfügbar
    habt ihr größe 44
    wann kommt der mantel wieder
    gibt es das in schwarz größe m
  `),
  product_question: lines(`
    ist der hoodie dick oder dünn
    aus welchem material sind die schuhe
    hat die uhr garantie
    kann man die decke waschen
    welche maße hat der teppich
    ist das serum für fettige haut geeignet
  `),
  payment_issue: lines(`
    meine karte sei ungültig steht da
    mir wurde dreimal abgebucht
    warum geht meine zahlung nicht durch
    kann ich mit google pay zahlen
    die zahlung scheitert im letzten schritt
    ihr habt den falschen betrag abgebucht
  `),
  discount_question: lines(`
    gibt es rabatt für neukunden
    der gutschein funktioniert an der kasse nicht
    der code willkommen10 ist ungültig
    gibt es am wochenende angebote
    wie löse ich meinen gutschein ein
    gibt es bundle rabatte
  `),
  damaged_or_wrong_item: lines(`
    der teller kam mit einem sprung an
    ihr habt mir 38 statt 40 geschickt
    der karton war leer
    eines der gläser ist zerbrochen
    die kopfhörer gehen nicht an
    die jacke hat die falsche farbe
  `),
  complaint: lines(`
    ich bin sehr verärgert über die behandlung
    euer service war grauenhaft
    ich schreibe zum dritten mal und keiner antwortet
    ich möchte eine offizielle beschwerde einlegen
    ich bin von dieser firma enttäuscht
    das ist empörend
  `),
  human_agent: lines(`
    kann ich mit einem menschen chatten
    verbindet mich mit jemandem
    ich rede lieber mit einer person
    ich brauche einen kundenberater
    ich will mit dem support sprechen
    sofort einen mitarbeiter
  `),
  account: lines(`
    mein passwort geht nicht
    wie melde ich mich an um ein konto zu haben
    ich komme nicht in mein kundenkonto
    löscht bitte mein konto
    email in meinem profil ändern
    mein konto wurde gesperrt
  `),
  greeting: lines(`
    hallo zusammen
    schönen tag
    hallo sind sie da
    danke für alles
    ok perfekt
    ciao
  `),
  other: lines(`
    wo gibt es die beste pizza der stadt
    sing mir ein lied
    wer hat das telefon erfunden
    wie wird das wetter morgen
    wie backe ich brot
    ich möchte eine rezension über den shop schreiben
  `),
};
