# Was der Kern über die Paarbildung von P2P-Zentren und die Vermittlung von Personen an gastgebende Zentren sagt.

## Die Gewichtungen der Bewertung
said-matching-weight-range = Eine Gewichtung ist eine ganze Zahl von 0 bis { $most }.

## Welche Zyklen Paare bilden oder vermitteln
said-matching-not-p2p = „{ $cycle }“ ist kein Zyklus von P2P Learning: Nur Gastzentren und gastgebende Zentren von P2P werden zu Paaren zusammengestellt.
said-matching-placements-staff-exchange-only = „{ $cycle }“ ist ein Zyklus von { $programme }: Vermittlungen gibt es nur bei Staff Exchange.
said-matching-host-checks-alliance-only = „{ $cycle }“ ist ein Zyklus von { $programme }: Gastgeberprüfungen gibt es nur bei Hubs Alliance.

## Angefragte Bewerbungen und Zentren
said-matching-application-not-in-cycle = Bewerbung { $id } gehört nicht zu diesem Zyklus.
said-matching-no-such-hub = Es gibt kein Zentrum mit der ID { $id }.

## Der Plan der Paarbildung
said-matching-plan-no-visiting = Es ist noch kein Gastzentrum ausgewählt: Führen Sie zuerst die Auswahl durch.
said-matching-plan-fewer-hosting = Weniger gastgebende Zentren ({ $hosting }) als Gastzentren ({ $visiting }): { $count ->
    [one] 1 Gastzentrum bleibt
   *[other] { $count } Gastzentren bleiben
    } ohne Paar.
said-matching-plan-partial = Die Vorgaben machen eine vollständige Paarbildung unmöglich: { $count ->
    [one] 1 Gastzentrum bleibt
   *[other] { $count } Gastzentren bleiben
    } ohne Paar. Dies ist die beste teilweise Paarbildung.
said-matching-no-pair-to-confirm = Es gibt kein Paar zu bestätigen.

## Ein Paar fixieren
said-matching-pair-roles = Ein Paar besteht aus einem Gastzentrum und einem gastgebenden Zentrum: { $visiting } ist { $visiting_role ->
    [visiting] ein Gastzentrum
    [hosting] ein gastgebendes Zentrum
    [visitor] eine besuchende Person
    [proposer] ein vorschlagendes Zentrum
   *[other] { $visiting_role }
    }, { $hosting } ist { $hosting_role ->
    [visiting] ein Gastzentrum
    [hosting] ein gastgebendes Zentrum
    [visitor] eine besuchende Person
    [proposer] ein vorschlagendes Zentrum
   *[other] { $hosting_role }
    }.
said-matching-lock-not-selected = { $hub } ist nicht ausgewählt (Bewerbung { $status ->
    [received] eingegangen
    [waiting] auf der Warteliste
    [declined] abgelehnt
    [withdrawn] zurückgezogen
   *[other] { $status }
    }): Nur ausgewählte Zentren werden zu Paaren zusammengestellt.
# $refusal: die Art der Ablehnung des Paares (ihre Meldung unten, mit ihren Argumenten) oder other ($reason).
said-matching-lock-refused = { $visiting } und { $hosting } können nicht als Paar fixiert werden: { $refusal ->
    [same-hub] { said-matching-refusal-same-hub }
    [dates] { said-matching-refusal-dates }
    [same-country] { said-matching-refusal-same-country }
   *[other] { $reason }
    }.

## Die Termine des Besuchs eines Paares
said-matching-visit-no-pair = Dieses Gastzentrum hat noch kein bestätigtes Paar: Bestätigen Sie zuerst die Paarbildung und legen Sie dann die Besuchstermine fest.
said-matching-visit-not-a-date = „{ $text }“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT.
said-matching-visit-ends-before = Der Besuch endet ({ $end }), bevor er beginnt ({ $start }).
said-matching-visit-too-long = Der Besuch dauert { $days } Tage; die Regeln des Zyklus finanzieren höchstens { $most }. Kürzen Sie ihn oder ändern Sie den Zyklus.
said-matching-visit-outside-hub = { $hub } ({ $role ->
    [visiting] Gastzentrum
   *[other] gastgebendes Zentrum
    }) ist verfügbar { $from ->
    [any] ohne Anfangsdatum
   *[other] ab { $from }
    } { $to ->
    [any] und ohne Enddatum
   *[other] bis { $to }
    }: Der Besuch muss in diesen Zeitraum fallen.
said-matching-visit-outside-cycle = Die Aktivitäten des Zyklus laufen { $from ->
    [any] ohne Anfangsdatum
   *[other] ab { $from }
    } { $to ->
    [any] und ohne Enddatum
   *[other] bis { $to }
    }: Der Besuch muss in diesen Zeitraum fallen.

## Personen an gastgebende Zentren vermitteln
said-matching-capacity-range = Ein Gastgeber nimmt in einem Zyklus 0 bis { $most } Personen auf.
said-matching-placement-none-selected = Es ist noch niemand ausgewählt: Führen Sie zuerst die Auswahl durch.
said-matching-placement-partial = { $unplaced } von { $people } ausgewählten Personen { $unplaced ->
    [one] kann
   *[other] können
    } nicht vermittelt werden; dies ist die beste teilweise Vermittlung.
said-matching-no-placement-to-confirm = Es gibt keine Vermittlung zu bestätigen.
said-matching-not-a-person = Bewerbung { $id } ist nicht die Anfrage einer Person.
said-matching-placement-not-selected = Bewerbung { $id } ist nicht ausgewählt ({ $status ->
    [received] eingegangen
    [waiting] auf der Warteliste
    [declined] abgelehnt
    [withdrawn] zurückgezogen
   *[other] { $status }
    }).
said-matching-own-hub = { $hub } ist das eigene Zentrum der Person.
said-matching-host-unavailable = { $hub } ist nicht für Mobilität verfügbar.
said-matching-host-full = { $hub } hat in diesem Zyklus { $capacity ->
    [one] { $capacity } Platz, belegt durch eine fixierte Vermittlung
   *[other] { $capacity } Plätze, alle belegt durch fixierte Vermittlungen
    }: Geben Sie dem Zentrum zuerst mehr Plätze.
# $refusal wie bei said-matching-lock-refused; $visiting ist das Zentrum der Person, $hosting der Gastgeber.
said-matching-placement-refused = { $person } kann nicht an { $hub } vermittelt werden: { $refusal ->
    [same-hub] { said-matching-refusal-same-hub }
    [dates] { said-matching-refusal-dates }
    [same-country] { said-matching-refusal-same-country }
   *[other] { $reason }
    }.

## Die Bewertung eines Paares, Kriterium für Kriterium (die Zeilen der Bewertungstabelle)
said-matching-criterion-shared-sectors = Gemeinsame Sparten
said-matching-criterion-shared-language = Gemeinsame Sprache
said-matching-criterion-maturity = Reifegrad
said-matching-criterion-different-country = Verschiedene Länder
said-matching-criterion-new-pair = Neue Zusammenarbeit
said-matching-criterion-distance = Entfernung
said-matching-criterion-preference = Präferenz der Bewerbungen

## Warum ein Kriterium Punkte bringt ($sectors: die gemeinsamen Sparten, wie die Zentren sie schreiben; $languages: Sprachcodes; $country, $visiting, $hosting: Ländercodes)
said-matching-why-no-sector = keine gemeinsame Sparte
said-matching-why-sectors = { $common } von { $total } Sparten gemeinsam ({ $sectors })
said-matching-why-no-language = keine gemeinsame Arbeitssprache
said-matching-why-languages = gemeinsame Arbeitssprachen: { $languages }
said-matching-why-emerging-visits-established = ein aufstrebendes Zentrum besucht ein etabliertes
said-matching-why-established-visits-emerging = ein etabliertes Zentrum besucht ein aufstrebendes
said-matching-why-same-stage = beide mit demselben Reifegrad
said-matching-why-same-country = beide in { $country }
said-matching-why-countries = { $visiting } und { $hosting }
said-matching-why-paired-before = bereits in einem früheren Zyklus ein Paar
said-matching-why-never-paired = bisher nie ein Paar
said-matching-why-distance = { $km } km einfache Strecke
said-matching-why-proposed = in den Bewerbungen vorgeschlagen
said-matching-why-not-proposed = nicht vorgeschlagen

## Warum ein Paar nicht gebildet werden kann ($visiting, $hosting: die beiden Zentren; $country: ein Ländercode)
said-matching-refusal-same-hub = { $visiting } kann sich nicht selbst besuchen
said-matching-refusal-dates = die Daten von { $visiting } und { $hosting } überschneiden sich nicht
said-matching-refusal-same-country = beide Zentren liegen in { $country }, und dieser Zyklus bildet Paare über Ländergrenzen hinweg
said-matching-refusal-forbidden = das Team hat das Paar ausgeschlossen
said-matching-forbidden-by-staff = vom Team ausgeschlossen

## Ein von einer Bewerbung vorgeschlagener Partner, der nicht übernommen wurde ($role: hosting oder visiting)
said-matching-proposal-not-selected = { $hub } ist kein ausgewähltes { $role ->
    [hosting] gastgebendes Zentrum
   *[visiting] Gastzentrum
    } dieses Zyklus
said-matching-proposal-forbidden = das Team hat dieses Paar ausgeschlossen
said-matching-proposal-already-paired = { $hub } bildet bereits ein Paar mit { $partner }
said-matching-proposal-already-paired-another = { $hub } bildet bereits ein Paar mit einem anderen Zentrum

## Ein ausgewähltes Zentrum, das ohne Partner bleibt
said-matching-unpaired-no-host-left = kein gastgebendes Zentrum mehr übrig: { $visiting ->
    [one] { $visiting } Gastzentrum
   *[other] { $visiting } Gastzentren
    } und { $hosting ->
    [one] { $hosting } gastgebendes Zentrum
   *[other] { $hosting } gastgebende Zentren
    } sind ausgewählt
said-matching-unpaired-hosts-taken = jedes gastgebende Zentrum ist durch ein fixiertes oder vorgeschlagenes Paar belegt
# $hosts: warum jedes freie gastgebende Zentrum es nicht aufnehmen kann (said-matching-unpaired-host-refusal), verbunden mit „; “.
said-matching-unpaired-none-free = kein zulässiges gastgebendes Zentrum ist frei ({ $hosts })
# $refusal wie bei said-matching-lock-refused, oder forbidden.
said-matching-unpaired-host-refusal = { $host }: { $refusal ->
    [same-hub] { said-matching-refusal-same-hub }
    [dates] { said-matching-refusal-dates }
    [same-country] { said-matching-refusal-same-country }
    [forbidden] { said-matching-refusal-forbidden }
   *[other] { $reason }
    }
said-matching-unpaired-no-visitor-left = kein Gastzentrum mehr übrig: { $hosting ->
    [one] { $hosting } gastgebendes Zentrum
   *[other] { $hosting } gastgebende Zentren
    } und { $visiting ->
    [one] { $visiting } Gastzentrum
   *[other] { $visiting } Gastzentren
    } sind ausgewählt
said-matching-unpaired-no-visitor-allowed = kein freies Gastzentrum darf mit ihm ein Paar bilden

## Eine ausgewählte Person, die ohne Gastgeber bleibt
said-matching-unplaced-no-host = kein Mitgliedszentrum ist für Mobilität verfügbar
said-matching-unplaced-no-places = kein Gastgeber nimmt in diesem Zyklus jemanden auf: Geben Sie einem Gastgeber Plätze
said-matching-unplaced-places-taken = alle Plätze der Gastgeber sind belegt: Erhöhen Sie die Kapazität eines Gastgebers
said-matching-unplaced-none-allowed = kein Gastgeber mit freiem Platz darf diese Person aufnehmen (ihr eigenes Zentrum oder vom Team ausgeschlossen)

## Was mit dem Gastgeber einer Anfrage für Hubs Alliance nicht stimmt
said-matching-alliance-no-host = kein Gastgeber angegeben
said-matching-alliance-own-hub = { $host } ist das eigene Zentrum der Person
said-matching-alliance-not-member = { $host } ist kein Mitglied der Alliance
said-matching-alliance-no-room = { $host } hat an diesen Tagen keinen Platz ({ $before ->
    [one] { $before } früherer Besuch überschneidet sich
   *[other] { $before } frühere Besuche überschneiden sich
    }, Platz für { $room })
said-matching-alliance-unknown-host = der angegebene Gastgeber ist nicht im Verzeichnis

## Was der Wechsel in die Phase „Bewilligt“ noch braucht (nach „fehlt“)
said-matching-missing-pair = ein gastgebendes Zentrum als Paar für jedes ausgewählte Gastzentrum ({ $hub } hat keines: Bestätigen Sie die Paarbildung unter Bewerbungen → Paarbildung)
said-matching-missing-pairs = ein gastgebendes Zentrum als Paar für jedes ausgewählte Gastzentrum ({ $count } haben keines, zuerst { $hubs }: Bestätigen Sie die Paarbildung unter Bewerbungen → Paarbildung)
said-matching-missing-placements = ein gastgebendes Zentrum für jede ausgewählte Person ({ $count } ohne, zuerst { $person }: Bestätigen Sie die Vermittlungen unter Bewerbungen → Paarbildung)
# $kinds: die Probleme der Anfrage in ihrer Reihenfolge (said-matching-alliance-…, mit ihren Argumenten); $problems: ihr englischer Text, für jede andere Kombination.
said-matching-missing-alliance-host = ein gültiger Gastgeber der Alliance für die Anfrage von { $person } ({ $kinds ->
    [no-host] { said-matching-alliance-no-host }
    [unknown-host] { said-matching-alliance-unknown-host }
    [own-hub] { said-matching-alliance-own-hub }
    [not-member] { said-matching-alliance-not-member }
    [no-room] { said-matching-alliance-no-room }
    [own-hub-not-member] { said-matching-alliance-own-hub }; { said-matching-alliance-not-member }
    [own-hub-no-room] { said-matching-alliance-own-hub }; { said-matching-alliance-no-room }
    [not-member-no-room] { said-matching-alliance-not-member }; { said-matching-alliance-no-room }
    [own-hub-not-member-no-room] { said-matching-alliance-own-hub }; { said-matching-alliance-not-member }; { said-matching-alliance-no-room }
   *[other] { $problems }
    })
