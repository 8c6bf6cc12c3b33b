import type { Intent } from "../types";
import { lines } from "./lines";

// Hand-written German shopper phrasings (with and without umlauts, typos, order numbers).
export const de: Record<Intent, string[]> = {
  order_status: lines(`
    wo ist meine bestellung
    wo ist mein paket
    wurde meine bestellung schon verschickt
    wann kommt meine bestellung
    wann kommt bestellung 1001 an
    status meiner bestellung
    bestellstatus #2231
    ich möchte meine bestellung verfolgen
    sendungsnummer für meine bestellung
    meine bestellung ist nicht angekommen
    ich habe meine bestellung immer noch nicht erhalten
    ich warte immer noch auf mein paket
    ich habe vor zwei wochen bestellt und nichts kam
    mein paket hängt fest
    laut sendungsverfolgung zugestellt aber nichts da
    wann verschickt ihr meine bestellung
    gibt es neuigkeiten zu bestellung 4456
    meine bestellung ist noch in bearbeitung
    wo bleibt meine bestellung
    wo bleibt mein packet
    sendungsverfolgung bestellung 1020 email max@web.de
    könnt ihr meine bestellung prüfen
    mein paket ist verspätet
    wann wird meine bestellung geliefert
    ist meine bestellung schon unterwegs
    lieferstatus meiner bestellung
  `),
  shipping_info: lines(`
    wie lange dauert der versand
    wie lange ist die lieferzeit
    liefert ihr nach österreich
    versendet ihr in die schweiz
    liefert ihr ins ausland
    was kostet der versand
    versandkosten
    ist der versand kostenlos
    ab wann ist der versand kostenlos
    welche versandoptionen gibt es
    welche versandarten bietet ihr an
    gibt es expressversand
    lieferung am nächsten tag möglich
    mit welchem paketdienst versendet ihr
    wie viele tage dauert die lieferung nach italien
    liefert ihr an packstationen
    kann ich im laden abholen
    muss ich zoll bezahlen
    in welche länder liefert ihr
    liefert ihr samstags
    versandbedingungen
    was kostet expressversand
    lieferzeiten nach deutschland
    versendet ihr weltweit
    versand mit dhl oder hermes
  `),
  return_request: lines(`
    ich möchte meine bestellung zurückschicken
    ich möchte diesen artikel zurückgeben
    wie schicke ich die schuhe zurück
    ich möchte eine rückerstattung
    ich will mein geld zurück
    bitte erstattet meine bestellung
    ich brauche eine rückerstattung für bestellung 3340
    retoure bestellung 1002
    ich möchte gegen eine größere größe umtauschen
    kann ich es gegen eine andere farbe tauschen
    ich brauche ein rücksendeetikett
    passt nicht ich will es zurückschicken
    ich habe es mir anders überlegt und will es zurückgeben
    ich möchte einen teil meiner bestellung zurücksenden
    ich fordere die erstattung meines kaufs
    geld zurück bitte
    rücksendung starten
    ich möchte umtauschen
    wie sende ich etwas zurück
    ich will das zurückgeben
    rueckerstattung bitte
    helft mir meine bestellung zurückzuschicken
    ich verlange eine rückerstattung
    erstattung beantragen bestellung 8830
    ich will das geld für meine bestellung zurück
  `),
  return_policy: lines(`
    wie sind eure rückgabebedingungen
    rückgaberecht
    wie viele tage habe ich für eine rückgabe
    wie lange kann ich artikel zurückgeben
    ist die rücksendung kostenlos
    wer zahlt den rückversand
    nehmt ihr rücksendungen an
    kann man umtauschen
    wie ist eure erstattungsrichtlinie
    wie lange dauert die rückerstattung
    wann bekomme ich das geld nach der rücksendung
    kann ich reduzierte artikel zurückgeben
    kann ich getragene sachen zurückgeben
    gibt es eine geld zurück garantie
    rückgabebedingungen
    umtauschrecht
    kann man nach 30 tagen noch zurückgeben
    welche artikel sind vom umtausch ausgeschlossen
    werden die versandkosten erstattet
    wie funktioniert die rücksendung
    in welchen fällen bekomme ich eine erstattung
    rückgabefrist
    widerrufsrecht
    kann ich es zurückschicken wenn es mir nicht gefällt
    kostet die retoure etwas
  `),
  cancel_order: lines(`
    bestellung stornieren
    ich möchte meine bestellung stornieren
    bitte storniert bestellung #1003
    storno bestellung 4421
    kann ich meine bestellung stornieren
    wie storniere ich eine bestellung
    ich muss meinen kauf stornieren
    ich habe aus versehen bestellt bitte stornieren
    ich habe doppelt bestellt bitte eine stornieren
    ist es zu spät zum stornieren
    stoppt meine bestellung vor dem versand
    ich will die bestellung nicht mehr
    stornierung der bestellung 2290
    ich möchte vor dem versand stornieren
    kann ich noch stornieren
    storniert alles bitte
    ich möchte die bestellung von gestern stornieren
    bestelung storniren
    bestellung abbrechen
    ich habe den falschen artikel bestellt bitte stornieren
    bestellung löschen
    storniert bestellung 7781 meine email ist tom@gmx.de
    wie kann ich meinen kauf widerrufen
    ich möchte vom kauf zurücktreten
    auftrag stornieren
  `),
  change_order: lines(`
    ich möchte meine bestellung ändern
    kann ich meine bestellung ändern
    größe in meiner bestellung ändern
    ich habe m bestellt brauche aber l
    einen artikel zur bestellung hinzufügen
    einen artikel aus der bestellung entfernen
    lieferadresse meiner bestellung ändern
    ich habe die falsche adresse angegeben
    die adresse in meiner bestellung ist falsch
    aktualisiert die adresse für bestellung 3321
    bestellung an eine andere adresse schicken
    menge ändern
    ich will 3 statt 2
    ich habe vergessen etwas hinzuzufügen
    bestellung 7712 ändern
    farbe in meiner bestellung ändern
    ich bin umgezogen bitte lieferadresse ändern
    adresse ändern
    postleitzahl in meiner bestellung korrigieren
    kann ich das produkt vor dem versand tauschen
    namen des empfängers ändern
    geschenkverpackung hinzufügen
    meinen kauf ändern
    artikel in meiner bestellung ändern
    bestellung anpassen
  `),
  product_availability: lines(`
    ist das verfügbar
    habt ihr das auf lager
    ist der blaue hoodie verfügbar
    habt ihr die sneaker in größe 42
    gibt es größe m
    wann ist es wieder verfügbar
    wann kommt nachschub
    das schwarze kleid ist ausverkauft
    habt ihr das in rot
    gibt es das in groß
    verkauft ihr noch die ledergeldbörse
    benachrichtigt mich wenn es wieder da ist
    wie viele sind noch da
    sind noch welche da
    kann man vorbestellen
    verfügbarkeit des rucksacks
    habt ihr den bio tee
    gibt es das in anderen farben
    auf lager
    ausverkauft wann wieder
    verkauft ihr gutscheine
    ist die klassische tasse lieferbar
    in s vorrätig
    wieder lieferbar wann
    noch verfügbar
  `),
  product_question: lines(`
    aus welchem material ist das
    woraus ist der hoodie
    ist das 100 baumwolle
    welche maße hat der tisch
    wie groß ist der rucksack
    wie wasche ich das
    darf das in den trockner
    ist es waschmaschinenfest
    fällt das klein oder groß aus
    welche größe empfehlt ihr
    habt ihr eine größentabelle
    ist es wasserdicht
    ist es spülmaschinenfest
    ist es vegan
    enthält es nüsse
    was sind die inhaltsstoffe
    wie lange hält der akku
    kompatibel mit iphone
    wie benutze ich das
    gibt es garantie
    wie schwer ist es
    wo wird das hergestellt
    was ist der unterschied zwischen den beiden modellen
    was empfehlt ihr als geschenk
    was kostet die lampe
    ist das echtes leder
    läuft es beim waschen ein
    mehr infos zu diesem produkt
    hat es taschen
  `),
  payment_issue: lines(`
    meine karte wurde abgelehnt
    die zahlung ist fehlgeschlagen
    die zahlung geht nicht durch
    ich wurde doppelt belastet
    ihr habt mir bestellung 1005 zweimal abgebucht
    doppelte abbuchung
    ich kann nicht bezahlen
    zahlung kann nicht abgeschlossen werden
    zahlungsfehler
    ich habe ein problem mit der zahlung
    welche zahlungsarten akzeptiert ihr
    akzeptiert ihr paypal
    kann ich auf rechnung zahlen
    kann ich in raten zahlen
    kann ich per überweisung zahlen
    meine kreditkarte wird nicht akzeptiert
    mir wurde zu viel berechnet
    ich habe bezahlt aber keine bestellung
    eine unbekannte abbuchung
    die zahlung ist ausstehend
    fehler beim bezahlen an der kasse
    der sicherheitscode der bank kommt nicht
    geld wurde abgebucht aber bestellung unbezahlt
    problem mit der abbuchung
    zahlung abgelent
  `),
  discount_question: lines(`
    habt ihr rabattcodes
    mein rabattcode funktioniert nicht
    der gutscheincode ist ungültig
    gibt es gerade einen sale
    gibt es studentenrabatt
    könnt ihr mir einen rabatt geben
    wo gebe ich den gutscheincode ein
    ich habe vergessen den code einzulösen
    rabatt für die erste bestellung
    der gutschein ist abgelaufen
    kann ich zwei codes kombinieren
    gibt es aktionen
    wann ist der nächste sale
    black friday angebote
    mengenrabatt
    der 10 prozent code wurde nicht abgezogen
    treueprogramm
    rabattcode
    gutscheincode geht nicht
    gibt es eine preisgarantie
    der rabatt wurde nicht angewendet
    guthaben meiner geschenkkarte
    code für kostenlosen versand
    gibt es einen rabatt
    angebote heute
  `),
  damaged_or_wrong_item: lines(`
    mein artikel kam beschädigt an
    das paket kam kaputt an
    die tasse ist zerbrochen angekommen
    der karton war eingedrückt und das produkt beschädigt
    ich habe den falschen artikel bekommen
    ihr habt mir die falsche größe geschickt
    ich habe m bestellt und s bekommen
    falsche farbe geliefert
    das habe ich nicht bestellt
    ein artikel fehlt in meiner bestellung
    nur 2 von 3 artikeln sind angekommen
    das paket war leer
    das glas kam in scherben an
    der bildschirm hat einen riss
    funktioniert von anfang an nicht
    das produkt ist defekt
    der reißverschluss ist kaputt gegangen
    da ist ein fleck drauf
    die schuhe haben ein loch
    die flasche ist im paket ausgelaufen
    bestellung 2201 beschädigt angekommen
    ware beschädigt
    kaputt geliefert
    das produkt ist gebraucht nicht neu
    es fehlen teile
  `),
  complaint: lines(`
    ich möchte mich beschweren
    ich möchte eine beschwerde einreichen
    euer kundenservice ist schrecklich
    schlechtester shop überhaupt
    ich bin sehr unzufrieden mit dem service
    ich bin sehr enttäuscht
    das ist inakzeptabel
    das ist inakzeptabel ich bin wütend
    mir reicht es
    niemand antwortet auf meine emails
    ich warte seit einer woche auf eine antwort
    die mitarbeiter waren unhöflich
    ich bin nicht zufrieden mit dem service
    schlechteste erfahrung meines lebens
    ihr seid betrüger
    ich kaufe nie wieder bei euch
    ich werde eine schlechte bewertung schreiben
    wo kann ich eine reklamation einreichen
    miserabler service
    furchtbarer kundendienst
    das ist eine frechheit
    ich fühle mich betrogen
    ich bin stinksauer
    beschwerde
    das ist eine unverschämtheit
  `),
  human_agent: lines(`
    ich möchte mit einem menschen sprechen
    kann ich mit einer person reden
    verbinden sie mich mit einem mitarbeiter
    ich will mit einem agenten sprechen
    echte person bitte
    mensch
    mitarbeiter
    ich will mit dem kundenservice sprechen
    ich will nicht mit einem bot reden
    ich muss mit jemandem sprechen
    kann mich jemand anrufen
    wie ist eure telefonnummer
    wie kann ich euch kontaktieren
    ich will mit dem chef sprechen
    bitte einen berater
    ich brauche einen echten menschen
    einen menschen bitte
    menschlicher ansprechpartner
    mit einem mitarbeiter chatten
    weiterleiten an einen menschen
    gibt es einen echten mitarbeiter
    ich will einen menschen
    kundenberater bitte
    mit jemandem vom support reden
    ansprechpartner bitte
  `),
  account: lines(`
    ich kann mich nicht einloggen
    ich komme nicht in mein konto
    ich habe mein passwort vergessen
    passwort zurücksetzen
    ich bekomme keine email zum zurücksetzen
    wie erstelle ich ein konto
    ich möchte ein konto erstellen
    wie registriere ich mich
    die registrierung funktioniert nicht
    ich kann mich nicht registrieren
    konto löschen
    ich möchte mein konto löschen
    mein konto schließen
    email adresse meines kontos ändern
    kontodaten aktualisieren
    profil bearbeiten
    passwort ändern
    mein konto ist gesperrt
    mein konto wurde gehackt
    brauche ich ein konto zum bestellen
    als gast bestellen
    bestätigungsmail nicht erhalten
    konto wechseln
    paswort vergesen
    anmeldeproblem
    kundenkonto wiederherstellen
  `),
  greeting: lines(`
    hallo
    hi
    guten tag
    guten morgen
    guten abend
    servus
    moin
    hallo ist da jemand
    hallo ich habe eine frage
    hallo ich brauche hilfe
    danke
    vielen dank
    ok danke
    tschüss
    auf wiedersehen
    perfekt danke
    alles klar
    super
    können sie mir helfen
    hilfe
    eine frage
    grüß gott
    hey
    bis bald
    danke schön
  `),
  other: lines(`
    wie ist das wetter heute
    erzähl mir einen witz
    was ist der sinn des lebens
    wie mache ich pfannkuchen
    rezept für kartoffelsalat
    wer hat das spiel gewonnen
    wie spät ist es in tokio
    hilf mir bei den hausaufgaben
    was ist 2 plus 2
    wer ist der bundeskanzler
    spiel musik
    schreib mir ein gedicht
    was ist die hauptstadt von frankreich
    ich möchte eine bewertung schreiben
    ich möchte feedback zum shop geben
    ich liebe eure produkte
    stellt ihr ein
    habt ihr einen laden
    was sind eure öffnungszeiten
    wo seid ihr
    vom newsletter abmelden
    ich brauche eine rechnung
    asdf
    test
    wie heißt du
    habt ihr instagram
    wie wechsle ich einen reifen
  `),
};
