import type { Intent } from "../types";
import { lines } from "./lines";

// Third German batch: how shoppers really type (ae/oe/ue instead of umlauts, typos, run-on sentences,
// one-word messages), with extra weight on the intents that must reach a person.
export const deExtra: Partial<Record<Intent, string[]>> = {
  order_status: lines(`
    wo ist meine bestellung
    ich hab immer noch nichts bekommen
    seit zwei wochen warte ich auf das paket
    meine bestellung ist immer noch in bearbeitung
    die sendungsverfolgung bewegt sich seit tagen nicht
    es hiess lieferung gestern aber nix kam
    wann wird meine bestellung verschickt
    bestellung 4471 wo ist die
    ich finde die sendungsnummer nicht
    paket steht als zugestellt aber ich hab es nicht
    wie lange dauert es noch bis es ankommt
    habt ihr meine sachen schon losgeschickt
    status meiner bestellung bitte
    dhl sagt sie haben mein paket nicht
    hab freitag bestellt wann kommt das
    warte immer noch auf meine lieferung
    tracking sagt seit einer woche unterwegs
    koennt ihr bestaetigen dass meine bestellung raus ist
    meine bestellung von vor 10 tagen ist nicht da
    ich moechte wissen wann meine bestellung geliefert wird
  `),
  shipping_info: lines(`
    was kostet der versand
    liefert ihr in die schweiz
    liefert ihr nach oesterreich
    wie lange dauert es nach hamburg
    ab wann ist der versand kostenlos
    gibt es expressversand
    versandkosten nach italien
    kann ich im laden abholen
    mit welchem paketdienst verschickt ihr
    versendet ihr ausserhalb der eu
    versandkostenfrei
    wie lange dauert internationaler versand
    was kostet die lieferung am naechsten tag
    liefert ihr nach polen
    liefert ihr auch samstags
    lieferung an eine packstation moeglich
    was kostet das porto nach frankreich
    wie sind die lieferzeiten
    verschickt ihr nach kanada
    wie teuer ist der versand mit dhl
  `),
  return_request: lines(`
    ich will meine bestellung zurueckschicken
    ich moechte eine retoure machen
    wie schicke ich das zurueck
    passt nicht ich will es zurueckgeben
    ich will die stiefel zurueckschicken und mein geld wiederhaben
    ich brauche ein retourenlabel
    ich will eine erstattung fuer bestellung 3390
    koennt ihr mir das eine groesse kleiner umtauschen
    ich will es in einer anderen farbe umtauschen
    gefaellt mir nicht ich schick es zurueck
    wie schicke ich das kleid zurueck
    retoure bitte
    ich hab das paket zurueckgeschickt wo bleibt mein geld
    der mantel ist zu gross ich will ihn umtauschen
    brauche ich nicht mehr ich will es zurueckgeben und das geld zurueck
    ich moechte eine ruecksendung anmelden
    hallo ich will einen artikel von letzter woche zurueckgeben
    ich will die haelfte der bestellung zurueckschicken
    ich beantrage die rueckerstattung meines kaufs
    ich will die hose gegen groesse 42 tauschen
    schickt mir bitte einen ruecksendeschein
    ist angekommen aber ich will es nicht mehr bitte geld zurueck
  `),
  return_policy: lines(`
    wie sind eure rueckgabebedingungen
    wie lange habe ich zeit fuer eine rueckgabe
    ist die ruecksendung kostenlos
    kann ich reduzierte ware zurueckgeben
    muss ich den rueckversand bezahlen
    wie lange dauert die rueckerstattung
    kann man groessen umtauschen
    geht rueckgabe ohne kassenbon
    muss das etikett fuer die rueckgabe noch dran sein
    welche rueckgabefrist habt ihr
    bekomme ich geld zurueck oder einen gutschein
    kann man personalisierte artikel zurueckgeben
    kann ich im laden zurueckgeben
    wie lange bis das geld auf der karte ist
    wenn es nicht passt kann ich es umtauschen
    wie funktioniert die ruecksendung aus dem ausland
    nehmt ihr auch nach 30 tagen noch was zurueck
    rueckgaberecht
    umtauschrecht
    kann man getragene sachen zurueckgeben
  `),
  cancel_order: lines(`
    bestellung stornieren
    ich will meine bestellung stornieren
    storniert bitte meinen kauf
    will ich nicht mehr stornieren
    aus versehen bestellt bitte stornieren
    wie storniere ich eine bestellung
    kann ich noch vor dem versand stornieren
    storniert die bestellung 7781
    hab mich vertan alles stornieren
    ich will die bestellung von gestern stornieren
    geht stornieren noch
    storniert meine bestellung hab es billiger gefunden
    dauert zu lange bitte stornieren
    bitte bestellung stornieren und geld zurueck bevor es verschickt wird
    die bestellung von vor einer stunde stornieren
    ich hab es mir anders ueberlegt bitte stornieren
    ich moechte die bestellung nummer 2210 stornieren
    storniert die ganze bestellung
    bitte stornieren brauch ich nicht mehr
    bestellung abbrechen
  `),
  change_order: lines(`
    ich will meine bestellung aendern
    ich hab die falsche adresse angegeben
    die lieferadresse stimmt nicht
    kann ich die groesse noch vor dem versand aendern
    ich will noch was zur bestellung hinzufuegen
    ich will einen artikel aus der bestellung nehmen
    lieferadresse aendern
    falsche postleitzahl eingegeben
    ich will die farbe in meiner bestellung aendern
    kann man eine bestellung noch aendern
    schickt es lieber zu meiner mutter statt zu mir
    hab die hausnummer vergessen
    ich will auf expressversand umstellen
    ein stueck mehr zu bestellung 6612
    bitte m gegen l in meiner bestellung tauschen bevor sie rausgeht
    bestellung aendern bitte
    ich will die telefonnummer in der bestellung aendern
    kann ich zwei bestellungen zusammenlegen
    mein name ist falsch geschrieben in der bestellung
    bitte die adresse auf meine arbeit aendern
  `),
  product_availability: lines(`
    habt ihr das in s
    ist das auf lager
    wann kommt groesse 39 wieder
    gibt es das in schwarz
    ist das ausverkauft
    habt ihr noch welche in blau
    wird das wieder verfuegbar
    habt ihr groesse xl
    wann ist das wieder vorraetig
    gibt es noch das rote modell
    sagt mir bescheid wenn 40 wieder da ist
    ist die braune tasche dauerhaft ausverkauft
    nur noch wenige stueck
    gibt es das in einer anderen groesse
    ist das im laden verfuegbar
    habt ihr das shirt in weiss
    wann kommt die neue kollektion
    ist das sofort lieferbar
    habt ihr noch die grosse tasse
    ich kann m nicht auswaehlen ist das ausverkauft
  `),
  product_question: lines(`
    aus welchem material ist das
    ist das wasserdicht
    welche masse hat der tisch
    faellt das gross oder klein aus
    kann man das in der maschine waschen
    ist das fuer kinder geeignet
    woraus ist die tasche
    wie schwer ist das
    ist die jacke warm
    passt das zum iphone
    welche groesse bei 1 70
    ist die creme fuer empfindliche haut
    sind batterien dabei
    ist das baumwolle
    was ist der unterschied zwischen den beiden modellen
    fallen die sneaker normal aus
    ist die farbe wie auf dem foto
    wie lange haelt der akku
    gibt es garantie auf das produkt
    ist der ring echtes silber
    kann man das draussen benutzen
    welches wuerdet ihr als geschenk empfehlen
  `),
  payment_issue: lines(`
    ich kann nicht bezahlen
    mir wurde doppelt abgebucht
    die zahlung geht nicht durch
    meine karte wurde abgelehnt
    ich hab bezahlt aber keine bestellung
    kann ich mit paypal zahlen
    der abgebuchte betrag ist hoeher
    fehler bei der kartenzahlung
    kann man in raten zahlen
    ihr habt mir zu viel berechnet
    nehmt ihr klarna
    zahlung haengt
    da ist eine abbuchung die ich nicht kenne
    kann ich auf rechnung zahlen
    ich bekomme den tan code nicht
    ich brauche eine rechnung fuer meinen kauf
    doppelte abbuchung auf meiner karte
    hab bezahlt und die seite ist abgestuerzt
    geht auch ueberweisung
    mir wurde versand berechnet obwohl er gratis war
  `),
  discount_question: lines(`
    habt ihr rabatte
    der code geht nicht
    wo gebe ich den gutscheincode ein
    gibt es gerade sale
    koennt ihr mir einen rabattcode geben
    der rabatt wird nicht abgezogen
    studentenrabatt
    wann ist black friday
    gutscheincode abgelaufen
    kann ich zwei codes kombinieren
    rabatt auf die erste bestellung
    newsletter abonniert aber keinen code bekommen
    willkommensrabatt
    der code ist ungueltig
    kann man den rabatt nachtraeglich abziehen
    gibt es weihnachtsangebote
    ich habe einen geschenkgutschein wie loese ich den ein
    mengenrabatt
    hab vergessen den code einzugeben koennt ihr den noch abziehen
    gibt es einen code fuer kostenlosen versand
  `),
  damaged_or_wrong_item: lines(`
    kaputt angekommen
    das produkt ist beschaedigt angekommen
    ihr habt mir was anderes geschickt
    das hab ich nicht bestellt
    ihr habt mir die falsche groesse geschickt
    in meiner bestellung fehlt ein artikel
    paket war offen und es fehlt was
    karton zerdrueckt und vase kaputt
    ich habe die falsche farbe bekommen
    die flasche ist ausgelaufen
    alles ist ausgelaufen und verschmiert
    da ist ein fleck drauf
    da ist ein loch drin
    das display hat einen riss
    das geraet funktioniert von anfang an nicht
    ich habe nur einen schuh bekommen
    statt dem hemd kam eine hose
    es fehlt ein teil zum aufbauen
    zwei bestellt nur eins bekommen
    die kleidung war schmutzig und getragen
    der artikel ist defekt
    der reissverschluss ist kaputt
    ist zerkratzt angekommen
    l bestellt und s bekommen
    das ist nicht das modell das ich bestellt habe
    der deckel war kaputt und alles ist ausgelaufen
    das glas vom bilderrahmen ist zerbrochen
    ich habe die bestellung von jemand anderem bekommen
    es fehlen knoepfe
    das parfum kam leer an
    die tasse hat einen sprung
  `),
  complaint: lines(`
    ich will mich beschweren
    mieser service
    ich hab die nase voll vom warten
    das ist eine frechheit
    nie wieder kaufe ich hier
    katastrophaler kundenservice
    niemand antwortet auf meine mails
    ich schreibe seit einer woche und keiner meldet sich
    das ist schon das dritte mal dass ich schreibe
    ich habe euch dreimal geschrieben ohne antwort
    ich bin echt sauer auf euren laden
    das ist betrug
    was fuer ein mieser laden
    ihr antwortet nie
    ich gehe zum anwalt
    ich schreibe eine schlechte bewertung
    total unserioes
    ich bin sehr enttaeuscht vom kauf und vom service
    ihr ignoriert mich
    ich hab hundertmal angerufen keiner geht ran
    unverschaemt wie ich behandelt werde
    ich hab es satt dass mir keiner hilft
    abzocke ich will mein geld
    der schlechteste service den ich je hatte
    euer service ist ein witz
    keiner antwortet im chat
    ich hab vor tagen geschrieben und immer noch nichts
    null respekt
    warum meldet sich niemand
    schon wieder keine antwort
  `),
  human_agent: lines(`
    ich will mit jemandem reden
    ich brauche einen berater
    verbinden sie mich mit einem agenten
    ist da jemand
    ist jemand da
    kann ich mit einem menschen reden
    ich will den kundenservice sprechen
    einen kundenberater bitte
    ich muss mit einem vertreter sprechen
    stellen sie mich zu einem mitarbeiter durch
    ich will eine echte person
    kein bot bitte ein mensch
    echter mensch bitte
    ist ein mitarbeiter verfuegbar
    kann mich jemand zurueckrufen
    wie ist ihre telefonnummer
    ich brauche einen menschlichen mitarbeiter
    gib mir jemanden vom support
    ich will den verantwortlichen sprechen
    kann mir jemand antworten
    berater
    kundenberater
    hallo ist da jemand der mir helfen kann
    ich brauche einen kundenbetreuer
    der bot hilft nicht ich brauche einen menschen
    ein mensch aus fleisch und blut bitte
    mensch kontaktieren
    ich moechte einen ansprechpartner
    ich brauche einen mitarbeiter vom kundendienst
    kann mich ein berater beraten
  `),
  account: lines(`
    ich komme nicht in mein konto
    passwort vergessen
    wie aendere ich meine email
    ich will mein konto loeschen
    die mail zum zuruecksetzen kommt nicht
    wie erstelle ich ein konto
    gespeicherte adresse im konto aendern
    mein konto ist gesperrt
    newsletter abmelden
    benutzernamen aendern
    wo sehe ich alte bestellungen im konto
    konto schliessen und daten loeschen
    mein benutzername wird nicht erkannt
    telefonnummer im profil aendern
    die bestaetigungsmail fuers konto kommt nicht
    ich habe zwei konten koennt ihr die zusammenlegen
    login mit google geht nicht
    meine daten aktualisieren
    ich will keine mails mehr bekommen
    passwort zuruecksetzen
  `),
  greeting: lines(`
    hallo
    hi
    hey
    moin
    servus
    gruess gott
    guten morgen
    guten abend
    hallo wie gehts
    hallo liebes team
    hallihallo
    hallo!!
    na
    huhu
    moin moin
    hallo guten tag
    tag
    gruezi
    hey na
    hallo ihr
    hallöchen
    schoenen guten tag
    guten tag zusammen
  `),
  other: lines(`
    was ist zwei plus zwei
    erzaehl mir einen witz
    wer hat gestern gewonnen
    wie spaet ist es in tokio
    empfiehl mir einen film
    was ist die hauptstadt von italien
    bist du ein roboter
    wie geht es dir selbst
    magst du musik
    was ist der sinn des lebens
    uebersetze hallo ins englische
    wie backe ich einen kuchen
    wer ist der bundeskanzler
    ist es kalt in berlin
    schreib mir ein gedicht
    welcher tag ist heute
    wie alt bist du
    mir ist langweilig
    was ist deine lieblingsfarbe
    wo kann ich fussball schauen
  `),
};
