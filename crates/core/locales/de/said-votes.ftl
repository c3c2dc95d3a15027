# Was der Kern über die Abstimmung der Mitglieder in einem Zyklus von Workshops sagt: Einstellungen, Stimmzettel, Auszählung.

## Welche Zyklen abstimmen, und das Eröffnen der Abstimmung
said-votes-not-workshops = „{ $cycle }“ ist kein Zyklus von Workshops: Nur über das Programm Workshops wird durch eine Abstimmung der Mitglieder entschieden.
said-votes-open-wrong-phase = „{ $cycle }“ ist in der Phase „{ $phase ->
        [draft] Entwurf
        [call_open] Ausschreibung offen
        [selection] Auswahl
        [matching] Paarbildung
        [awarded] Bewilligt
        [in_progress] Laufend
        [reporting] Berichte
       *[closed] Abgeschlossen
    }“: Die Abstimmung wird in der Phase „Auswahl“ eröffnet, sobald die Ausschreibung geschlossen ist.
said-votes-open-too-few-proposals = Eine Abstimmung braucht mindestens zwei förderfähige Vorschläge; „{ $cycle }“ hat { $count }.
said-votes-open-no-electorate = Kein Mitgliedszentrum kann abstimmen: Die Wählerschaft wäre leer.
said-votes-already-open = Die Abstimmung ist bereits eröffnet.

## Die Einstellungen der Abstimmung
said-votes-frozen = Das Ergebnis ist festgestellt: Die Abstimmung ist eingefroren.
said-votes-quorum-range = Das Quorum ist ein Anteil der Wählerschaft, von 0 % bis 100 %.
said-votes-open-settings-fixed = Die Abstimmung ist eröffnet: Wer abstimmt und das Quorum wurden bei der Eröffnung festgelegt. Nur das Zählverfahren kann sich noch ändern.

## Einen Stimmzettel erfassen
said-votes-declared-no-ballot = Das Ergebnis ist festgestellt: Die Abstimmung ist eingefroren, und es kann kein Stimmzettel mehr erfasst werden.
said-votes-not-open = Die Abstimmung ist noch nicht eröffnet: Eröffnen Sie sie (damit wird die Wählerschaft eingefroren), bevor Sie Stimmzettel erfassen.
said-votes-not-in-electorate = { $hub } gehört nicht zur Wählerschaft dieser Abstimmung: Es stimmen nur die Mitgliedszentren ab, die bei der Eröffnung festgelegt wurden.
said-votes-hub-id-not-in-electorate = Zentrum { $id } gehört nicht zur Wählerschaft dieser Abstimmung: Es stimmen nur die Mitgliedszentren ab, die bei der Eröffnung festgelegt wurden.
said-votes-rank-one = Ordnen Sie mindestens einen Vorschlag in die Rangfolge ein.
said-votes-ranked-twice = „{ $proposal }“ steht zweimal in der Rangfolge: Ordnen Sie jeden Vorschlag höchstens einmal ein.
said-votes-id-ranked-twice = „Vorschlag { $id }“ steht zweimal in der Rangfolge: Ordnen Sie jeden Vorschlag höchstens einmal ein.
said-votes-not-on-ballot = Vorschlag { $id } steht nicht auf dem Stimmzettel dieser Abstimmung.
said-votes-own-proposal = { $hub } kann nicht für seinen eigenen Vorschlag „{ $proposal }“ stimmen.
said-votes-reason-missing = { $hub } hat bereits abgestimmt: Geben Sie an, warum dieser Stimmzettel den früheren ersetzt.
said-votes-received-future = { $date } liegt nach dem heutigen Tag: Ein Stimmzettel kann nicht in der Zukunft eingehen.
said-votes-received-bad = „{ $text }“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT.

## Stimmzettel aus dem CSV-Export eines Formulars importieren
said-votes-import-empty = Die Datei ist leer: Es gibt keine Kopfzeile.
said-votes-import-header-unreadable = Die Kopfzeile kann nicht gelesen werden: { $error }
said-votes-import-columns = Die Datei braucht die Spalten „hub“ und „ranking“; sie hat { $columns }.
said-votes-import-row-unreadable = kann nicht gelesen werden: { $error }
said-votes-import-not-a-hub = „{ $text }“ ist kein Mitgliedszentrum (geben Sie sein Kürzel oder seinen Namen an).
said-votes-import-not-a-proposal = „{ $text }“ ist kein Vorschlag dieser Abstimmung.
said-votes-import-problems = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } in der Datei, es wurde kein Stimmzettel importiert. Das erste: { $field }: { $problem }
said-votes-import-no-rows = Die Datei hat keine Zeilen mit Stimmzetteln.

## Die Auszählung und die Feststellung des Ergebnisses
said-votes-result-unreadable = Das festgestellte Ergebnis kann nicht gelesen werden: { $error }
said-votes-declare-wrong-phase = „{ $cycle }“ ist in der Phase „{ $phase ->
        [draft] Entwurf
        [call_open] Ausschreibung offen
        [selection] Auswahl
        [matching] Paarbildung
        [awarded] Bewilligt
        [in_progress] Laufend
        [reporting] Berichte
       *[closed] Abgeschlossen
    }“: Das Ergebnis wird in der Phase „Auswahl“ festgestellt.
said-votes-ballots-clash = Zwei Arbeitsplätze haben einen Stimmzettel von { $hubs } erfasst, bevor sie den des anderen gesehen haben: Entscheiden Sie, welcher zählt (Einstellungen → Team, Zu entscheiden), bevor Sie das Ergebnis feststellen.
said-votes-no-winner = Die Auszählung ergibt keinen Gewinner.
said-votes-quorum-not-met = Das Quorum ist nicht erreicht ({ $ballots } von { $electorate } haben abgestimmt, { $quorum } % erforderlich). Stellen Sie das Ergebnis trotzdem nur fest, wenn die Regeln des Netzwerks es erlauben.
said-votes-warning-quorum = Das Quorum ist nicht erreicht: { $ballots } von { $electorate } Mitgliedszentren haben abgestimmt ({ $turnout } %), weniger als die erforderlichen { $quorum } %.
said-votes-warning-no-proposal = Es gibt keinen Vorschlag, über den abgestimmt werden kann.
said-votes-warning-no-ballot = Es wurde noch kein Stimmzettel erfasst.

## Die Auszählung, Runde für Runde ($label: ein Vorschlag, wie die Auszählung ihn nennt)
said-votes-note-most-points = { $label } hat die meisten Punkte ({ $points }).
said-votes-note-last-in-race = { $label } ist der letzte verbleibende Vorschlag, mit { $votes } von { $continuing }.
said-votes-note-majority = { $label } hat eine Mehrheit: { $votes } von { $continuing } noch zählenden Stimmzetteln.
said-votes-note-level = Keine Mehrheit: Die letzten beiden liegen mit { $votes } von { $continuing } gleichauf, und der Stichentscheid wählt { $label }.
said-votes-note-eliminated = Keine Mehrheit ({ $top } von { $continuing }): { $label } scheidet mit { $low } aus.
said-votes-note-eliminated-tie = { said-votes-note-eliminated } { said-votes-tie-last }

## Gleichstände ($names: die gleichauf liegenden Vorschläge; $value: ihre Stimmen oder Punkte, jeweils)
said-votes-tie-first = Gleichstand um den ersten Platz zwischen { $names } (je { $value }): { $first } kommt zuerst ({ said-votes-tie-rules }).
said-votes-tie-last = Gleichstand um den letzten Platz zwischen { $names } (je { $value }): { $last } scheidet aus (die anderen kommen zuerst: { said-votes-tie-rules }).
# Die Regeln, die einen Gleichstand aufgelöst haben, in der Reihenfolge ihrer Anwendung: $rule1 … $rule4 ist jeweils eine Regel oder none.
said-votes-tie-rules =
    { $rule1 ->
        [priority] ein kleines oder aufstrebendes Zentrum kommt zuerst
        [first-choices] mehr Erstpräferenzen
        [earlier] früher eingereicht
       *[number] die niedrigere Bewerbungsnummer
    }{ $rule2 ->
        [priority] ; ein kleines oder aufstrebendes Zentrum kommt zuerst
        [first-choices] ; mehr Erstpräferenzen
        [earlier] ; früher eingereicht
        [number] ; die niedrigere Bewerbungsnummer
       *[none] {""}
    }{ $rule3 ->
        [priority] ; ein kleines oder aufstrebendes Zentrum kommt zuerst
        [first-choices] ; mehr Erstpräferenzen
        [earlier] ; früher eingereicht
        [number] ; die niedrigere Bewerbungsnummer
       *[none] {""}
    }{ $rule4 ->
        [priority] ; ein kleines oder aufstrebendes Zentrum kommt zuerst
        [first-choices] ; mehr Erstpräferenzen
        [earlier] ; früher eingereicht
        [number] ; die niedrigere Bewerbungsnummer
       *[none] {""}
    }

## Das Ergebnis als PDF-Bericht
said-votes-report-unprintable = Der Bericht kann nicht gedruckt werden: „{ $text }“ enthält das Zeichen „{ $character }“ (U+{ $code }), das in der Schriftart fehlt.
