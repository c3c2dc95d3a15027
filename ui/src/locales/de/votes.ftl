# Die Ansicht Abstimmungen: die Abstimmung der Mitglieder, die das Zentrum wählt, das einen Zyklus vom Typ „Workshops“ ausrichtet.

## Die Ansicht

votes-screen-title = Abstimmungen
votes-screen-subtitle = Die Mitglieder wählen das Zentrum, das den Workshop ausrichtet.
votes-report = Ergebnis als PDF speichern…
votes-report-title = Einstellungen, Beteiligung, jede Runde der Auszählung und die Stimmzettel als PDF speichern
# $path: wo das PDF gespeichert wurde.
votes-report-saved = Gespeichert unter { $path }
votes-empty-title = Noch kein Zyklus vom Typ „Workshops“
votes-empty-text = Die Abstimmung der Mitglieder wählt das Zentrum, das einen Zyklus vom Typ „Workshops“ ausrichtet. Legen Sie den Zyklus zuerst unter „Zyklen“ an; seine Vorschläge werden unter „Bewerbungen“ erfasst.
votes-empty-go-cycles = Zu den Zyklen
votes-cycle = Zyklus
votes-loading = Abstimmung wird geladen…
votes-loading-cycles = Zyklen werden geladen…

## Die Zustände einer Abstimmung

votes-state-setup = In Vorbereitung
votes-state-open = Offen
votes-state-declared = Festgestellt

## Der Stand der Abstimmung

votes-stage-label = Stand der Abstimmung
votes-stage-setup = Legen Sie fest, wie ausgezählt wird und wer abstimmt, und eröffnen Sie dann die Abstimmung.
votes-stage-setup-hint = Mit der Eröffnung wird die unten aufgeführte Wählerschaft festgeschrieben; Stimmzettel werden dann einzeln erfasst oder aus einem Formularexport importiert.
votes-open = Abstimmung eröffnen…
# $day: der Tag, an dem die Abstimmung eröffnet wurde.
votes-opened = Eröffnet am { $day }
# $person: wer sie eröffnet hat.
votes-opened-by = Eröffnet am { $day } von { $person }
votes-stage-open-tally =
    { $ballots ->
        [one] { $ballots } Stimmzettel
       *[other] { $ballots } Stimmzettel
    } von { $electorate ->
        [one] { $electorate } Mitgliedszentrum
       *[other] { $electorate } Mitgliedszentren
    }
votes-stage-open-hint = Die Auszählung unten folgt jedem Stimmzettel. Die Feststellung des Ergebnisses schreibt die Abstimmung fest und wählt den siegreichen Vorschlag aus.
votes-declare = Ergebnis feststellen…
votes-declare-blocked = Noch liegt kein Vorschlag vorn: Erfassen Sie zuerst die Stimmzettel
# $proposal: der gewählte Vorschlag, „Titel (Name des Zentrums)“.
votes-declared = Festgestellt am { $day }: { $proposal } ist gewählt.
votes-declared-by = Festgestellt am { $day } von { $person }: { $proposal } ist gewählt.
votes-declared-none = Festgestellt am { $day }: Kein Vorschlag ist gewählt.
votes-declared-none-by = Festgestellt am { $day } von { $person }: Kein Vorschlag ist gewählt.
votes-stage-declared-hint = Die Abstimmung ist festgeschrieben. Der Workshops-Zuschuss des siegreichen Vorschlags steht in den Reitern „Zuschüsse“ und „Schreiben“.
votes-go-to-letter = Zum Schreiben des siegreichen Vorschlags

## Eröffnen und Feststellen

votes-open-confirm-title = Abstimmung eröffnen?
votes-open-confirm = Abstimmung eröffnen
votes-open-message =
    Die Wählerschaft wird im aktuellen Stand festgeschrieben: { $count ->
        [one] { $count } Mitgliedszentrum
       *[other] { $count } Mitgliedszentren
    }, je ein Stimmzettel. Andere Einstellungen als die Auszählungsmethode können danach nicht mehr geändert werden.
votes-open-message-unsaved =
    Die Wählerschaft wird im aktuellen Stand festgeschrieben: { $count ->
        [one] { $count } Mitgliedszentrum
       *[other] { $count } Mitgliedszentren
    }, je ein Stimmzettel. Andere Einstellungen als die Auszählungsmethode können danach nicht mehr geändert werden. Ihre nicht gespeicherten Änderungen an den Einstellungen werden nicht übernommen: Es gelten die gespeicherten Einstellungen.
votes-opened-toast = Die Abstimmung ist eröffnet
votes-declare-confirm-title = Ergebnis feststellen?
votes-declare-confirm = Ergebnis feststellen
votes-declare-confirm-anyway = Trotzdem feststellen
votes-declare-leading-proposal = Der führende Vorschlag
votes-declare-message = { $proposal } ist gewählt. Die Abstimmung wird festgeschrieben, der siegreiche Vorschlag wird ausgewählt, und sein Workshops-Zuschuss erscheint in den Reitern „Zuschüsse“ und „Schreiben“.
votes-declare-message-no-quorum = Das Quorum ist nicht erreicht ({ $ballots } von { $electorate }). { $proposal } ist gewählt. Die Abstimmung wird festgeschrieben, der siegreiche Vorschlag wird ausgewählt, und sein Workshops-Zuschuss erscheint in den Reitern „Zuschüsse“ und „Schreiben“.
votes-declared-toast = Ergebnis festgestellt

## Die Auszählung

votes-count-title = Ergebnis
votes-method-instant-runoff = Integrierte Stichwahl
votes-method-borda = Borda-Zählung
votes-method-points = Punkte (3/2/1)
votes-method-instant-runoff-hint = Runde für Runde scheidet der Vorschlag mit den wenigsten ersten Präferenzen aus, und seine Stimmzettel gehen an die jeweils nächste Präferenz über, bis ein Vorschlag mehr als die Hälfte hat.
votes-method-borda-hint = Bei n Vorschlägen erhält eine erste Präferenz n − 1 Punkte, eine zweite n − 2 und so weiter; nicht gereihte Vorschläge erhalten nichts.
votes-method-points-hint = Eine erste Präferenz erhält 3 Punkte, eine zweite 2, eine dritte 1.
# $met: „yes“ oder „no“, je nachdem, ob das Quorum erreicht ist.
votes-turnout =
    { $ballots } von { $electorate } { $electorate ->
        [one] Mitgliedszentrum
       *[other] Mitgliedszentren
    } { $ballots ->
        [one] hat
       *[other] haben
    } abgestimmt ({ $turnout } %) · Quorum { $quorum } % { $met ->
        [yes] erreicht
       *[no] nicht erreicht
    }
votes-winner-none = Noch kein siegreicher Vorschlag
votes-winner-elected = Gewählt: { $proposal }
votes-winner-leading = Führend: { $proposal }
votes-count-only-round = Die Auszählung
votes-count-round = Runde { $number }
votes-count-proposal = Vorschlag
votes-count-votes = Stimmen
votes-count-points = Punkte
votes-count-share = Anteil
votes-count-outcome = Ergebnis
votes-count-elected = Gewählt
votes-count-leading = Führend
votes-count-eliminated = Ausgeschieden
votes-count-exhausted = Erschöpfte Stimmzettel
votes-count-tie-breaks = Stichentscheide
# Ein Vorschlag, der nicht mehr auf dem Stimmzettel steht, nach seiner Nummer.
votes-proposal-unknown = Vorschlag { $id }

## Die Einstellungen einer Abstimmung

votes-settings-title = Einstellungen
votes-settings-method = Auszählungsmethode
votes-settings-associates = Auch assoziierte Mitglieder stimmen ab
votes-settings-associates-hint = Ordentliche Mitglieder stimmen immer ab; ehemalige und archivierte Mitglieder nie.
votes-settings-settled = Bei Eröffnung der Abstimmung festgelegt.
votes-settings-quorum = Quorum (% der Wählerschaft)
votes-settings-quorum-hint = Darunter kann das Ergebnis nur bewusst festgestellt werden.
votes-settings-quorum-problem = Das Quorum ist ein Anteil der Wählerschaft, von 0 % bis 100 %.
votes-settings-save = Einstellungen speichern
votes-settings-saved = Einstellungen der Abstimmung gespeichert
votes-settings-frozen = Das Ergebnis ist festgestellt: Die Abstimmung ist festgeschrieben.
votes-settings-unsaved = Nicht gespeicherte Änderungen
# Wie die Einstellungen heißen, wenn jemand sie zwischenzeitlich gespeichert hat.
votes-settings-associates-short = Assoziierte Mitglieder stimmen ab
votes-settings-quorum-short = Quorum (%)
votes-settings-yes = ja
votes-settings-no = nein

## Die Vorschläge

votes-proposals-title = Vorschläge
votes-proposals-count =
    { $count ->
        [one] { $count } förderfähiger Vorschlag
       *[other] { $count } förderfähige Vorschläge
    }
votes-proposals-none = Noch kein förderfähiger Vorschlag: Die unter „Bewerbungen“ erfassten Vorschläge erscheinen hier, sobald sie förderfähig sind.
votes-proposals-priority = Zentrum im Aufbau: bei Gleichstand zuerst

## Die Wählerschaft

votes-electorate-title = Wählerschaft
votes-electorate-setup =
    Wer abstimmen würde, wenn die Abstimmung jetzt eröffnet würde: { $count ->
        [one] { $count } Mitgliedszentrum
       *[other] { $count } Mitgliedszentren
    }
votes-electorate-frozen =
    Bei Eröffnung der Abstimmung festgeschrieben: { $count ->
        [one] { $count } Mitgliedszentrum
       *[other] { $count } Mitgliedszentren
    }, { $ballots ->
        [one] { $ballots } Stimmzettel
       *[other] { $ballots } Stimmzettel
    }
votes-electorate-hub = Zentrum
votes-electorate-country = Land
votes-electorate-membership = Mitgliedschaft
votes-electorate-ballot = Stimmzettel
votes-electorate-none = Mit diesen Einstellungen kann kein Mitgliedszentrum abstimmen.
# $date: der Tag, an dem der Stimmzettel eingegangen ist.
votes-electorate-voted = Abgestimmt am { $date }
votes-electorate-not-yet = Noch nicht
votes-electorate-record = Stimmzettel erfassen
votes-membership-regular = Ordentliches Mitglied
votes-membership-associate = Assoziiertes Mitglied
votes-membership-former = Ehemaliges Mitglied

## Einen Stimmzettel erfassen

votes-ballot-title = Stimmzettel erfassen
votes-ballot-intro = Aus der E-Mail oder dem Formular eines Zentrums: seine Rangfolge der Vorschläge, der beste zuerst.
votes-ballot-hub = Abstimmendes Zentrum
votes-ballot-hub-choose = Abstimmendes Zentrum wählen
votes-ballot-hub-voted = { $hub } (hat abgestimmt)
votes-ballot-hub-missing = Wählen Sie das Zentrum, von dem dieser Stimmzettel stammt.
votes-ballot-received = Eingegangen am
votes-ballot-received-hint = Leer für heute.
votes-ballot-date-bad = Geben Sie ein vollständiges Datum ein, oder lassen Sie das Datum für heute leer.
votes-ballot-ranking = Rangfolge, der beste zuerst
votes-ballot-ranking-hint = Reihen Sie so viele Vorschläge, wie das Zentrum gereiht hat; lassen Sie die übrigen auf „—“.
# Ein Platz auf dem Stimmzettel: „1.“, „2.“, „3.“, „4.“… ($position wählt nach den Pluralregeln
# für Ordinalzahlen: one, two, few, other im Englischen; im Deutschen gibt es nur other, daher
# lauten alle Varianten gleich).
votes-ballot-ordinal =
    { $position ->
        [one] { $position }.
        [two] { $position }.
        [few] { $position }.
       *[other] { $position }.
    }
votes-ballot-reason = Warum dieser Stimmzettel den früheren ersetzt
# $date: der Tag, an dem sein früherer Stimmzettel eingegangen ist.
votes-ballot-reason-replacing = { $hub } hat am { $date } abgestimmt: Dieser Stimmzettel ersetzt den früheren, geben Sie daher den Grund an.
votes-ballot-reason-hint = Nur nötig, wenn das Zentrum bereits abgestimmt hat; beide Stimmzettel werden aufbewahrt.
votes-ballot-save = Stimmzettel erfassen
votes-ballot-recorded = Stimmzettel von { $hub } erfasst
votes-ballot-recorded-unnamed = Stimmzettel des Zentrums erfasst
votes-ballot-import = Stimmzettel aus einer CSV-Datei importieren…
votes-ballot-import-hint = Spalten: hub (Schlüssel oder Name), ranking (Vorschläge, der beste zuerst, nach Titel oder Zentrum, getrennt durch >), optional received_on und reason.
# Ein Problem in der importierten Datei: $field nennt die Spalte oder Zeile, $message sagt, was falsch ist.
votes-ballot-import-problem = { $field }: { $message }
votes-ballot-import-dismiss = Ausblenden
votes-import-done =
    { $recorded ->
        [one] { $recorded } Stimmzettel importiert
       *[other] { $recorded } Stimmzettel importiert
    }
votes-import-done-replacing =
    { $recorded ->
        [one] { $recorded } Stimmzettel importiert
       *[other] { $recorded } Stimmzettel importiert
    }, davon { $replaced } als Ersatz für einen früheren

## Die Stimmzettel

votes-ballots-title = Stimmzettel
votes-ballots-intro = Jeder Stimmzettel in der Reihenfolge seines Eingangs, einschließlich derer, die durch einen späteren ersetzt wurden.
votes-ballots-hub = Zentrum
votes-ballots-ranking = Rangfolge, der beste zuerst
votes-ballots-received = Eingegangen
votes-ballots-note = Notiz
votes-ballots-history = Verlauf
votes-ballots-none = Noch kein Stimmzettel.
votes-ballots-recorded-by = Erfasst von { $person }
votes-ballots-replaced = Ersetzt
votes-ballots-history-label = Verlauf des Stimmzettels von { $hub }, eingegangen am { $date }
# Ergänzt „Verlauf von …“ im Titel des Verlaufsdialogs.
votes-ballots-history-name = dem Stimmzettel von { $hub }, eingegangen am { $date }
votes-source-imported = Importiert
votes-source-typed = Eingegeben
