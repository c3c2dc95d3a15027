# Der Reiter Auswahl: die Rangliste und ihre Entscheidungen, Bewertungen und ihre Gründe, Gutachter und wer was begutachtet.

## Gemeinsam

selection-blind-review = Anonyme Begutachtung
selection-keep-them = Behalten
selection-keep-it = Behalten
selection-none-yet = noch keine
selection-remove-button = Entfernen…
selection-withdraw-button = Zurückziehen…
selection-applicant = Bewerbung
selection-reviewer = Gutachter
selection-reviewers = Gutachter
selection-not-eligible = Nicht förderfähig
selection-abstained = Enthalten (Interessenkonflikt): { $names }

## Der Reiter Auswahl (SelectionView)

selection-first-come = Nach Eingangsreihenfolge
selection-criteria-place-cost = { $cost } pro Platz
selection-criteria-none = Noch keine Kriterien
selection-criteria-item = { $label } { $weight }
selection-criteria-item-staff = { $label } { $weight } (vom Sekretariat)
selection-criteria-min-participants = mindestens { $count ->
    [one] { $count } teilnehmende Person
   *[other] { $count } Teilnehmende
}
selection-pool-count = { $selected } von { $slots } ausgewählt
selection-pool-count-waiting = { $selected } von { $slots } ausgewählt · { $waiting } auf der Warteliste
selection-column-rank = Rang
selection-column-maturity = Entwicklungsstand
selection-column-submitted = Eingereicht
selection-column-score = Bewertung
selection-column-score-ranks = Bewertung · maßgeblich
selection-column-normalised = Normalisiert
selection-column-normalised-ranks = Normalisiert · maßgeblich
selection-column-status = Status
selection-status-selected = Ausgewählt
selection-status-waiting = Warteliste
selection-status-waiting-number = Warteliste Nr. { $number }
selection-status-withdrawn = Zurückgezogen
selection-status-not-selected = Nicht ausgewählt
selection-status-received = Eingegangen
selection-run-selected = { $count } ausgewählt
selection-run-waiting = { $count } auf der Warteliste
selection-run-not-eligible = { $count } nicht förderfähig
selection-decided-selected = { $applicant } ist ausgewählt
selection-decided-waiting = { $applicant } steht auf der Warteliste
selection-decided-not-selected = { $applicant } wird nicht berücksichtigt
selection-decide-select = Auswählen
selection-decide-wait = Auf die Warteliste
selection-decide-leave-out = Nicht berücksichtigen
selection-withdrew = { $applicant } hat die Bewerbung zurückgezogen
selection-withdrew-promoted = { $applicant } hat die Bewerbung zurückgezogen – der Platz wird { $promoted } von der Warteliste angeboten
selection-withdrew-note = { $applicant } hat die Bewerbung zurückgezogen – { $note }
selection-bar-rule = Regel
selection-bar-criteria = Kriterien
selection-criteria-edit = Kriterien und Regeln…
selection-reviewers-edit = Gutachter…
selection-run-first-come = Nach Eingangsreihenfolge auswählen
selection-run-ranking = Nach Rangliste auswählen
selection-first-come-note = Bewerbungen werden automatisch bei Eingang ausgewählt, der Reihe nach, solange Plätze und Budget reichen.
selection-loading = Rangliste wird geladen…
selection-empty-title = Noch keine Bewerbungen zur Auswahl
selection-empty-text = Die Rangliste füllt sich, sobald Bewerbungen im Reiter „Bewerbungen“ erfasst oder importiert werden.
selection-spread-provisional = Spitze der Rangliste (noch nichts ausgewählt)
selection-spread-current = Aktuelle Auswahl
selection-spread-emerging = { $count } im Aufbau
selection-spread-established = { $count } etabliert
selection-spread-budget = { $committed } von { $budget } gebunden
selection-spread-countries = Länder
selection-spread-no-country = Noch kein Land.
selection-pool-empty = Keine Bewerbungen in dieser Gruppe.
selection-maturity-emerging = Im Aufbau
selection-maturity-established = Etabliert
selection-score-button = Bewerten…
selection-why-button = Warum?
selection-why-button-label = Warum diese Bewertung für { $applicant }
selection-rerun-title = Auswahl erneut durchführen?
selection-rerun-message = Von Hand getroffene Entscheidungen und Nachrückungen werden durch die Reihenfolge der Rangliste ersetzt.
selection-rerun-confirm = Erneut auswählen
selection-withdraw-title = Bewerbung von { $applicant } zurückziehen?
selection-withdraw-message = Die Bewerbung bleibt erhalten, als zurückgezogen markiert. Belegt sie einen Platz, wird er der ersten Bewerbung auf der Warteliste angeboten.
selection-withdraw-confirm = Zurückziehen

## Die Zellen einer Ranglistenzeile, die zeigen, wie sie bewertet wurde (RankingScoreCells)

selection-cells-criterion = { $criterion }: { $score }
selection-cells-not-scored = nicht bewertet
selection-cells-title = Mittelwert jedes Kriteriums, von 100

## Das Protokoll der Entscheidungen (SelectionEvents)

selection-events-title = Entscheidungen
selection-events-count = { $count ->
    [one] { $count } Entscheidung, neueste zuerst
   *[other] { $count } Entscheidungen, neueste zuerst
}
selection-events-empty = Noch keine Entscheidungen.
selection-events-by = von { $actor }
selection-events-by-unknown = von unbekannter Person
selection-events-show-latest = Nur die letzten { $count } anzeigen
selection-events-show-all = Alle { $count } anzeigen
selection-event-with-detail = { $event } ({ $detail })
selection-event-selected = { $applicant } ausgewählt
selection-event-waiting = { $applicant } auf die Warteliste gesetzt
selection-event-not-eligible = { $applicant } nicht förderfähig
selection-event-not-selected = { $applicant } nicht berücksichtigt
selection-event-withdrawn = { $applicant } hat die Bewerbung zurückgezogen
selection-event-promoted = Platz von { $replaces } an { $applicant } von der Warteliste angeboten
selection-event-promoted-unknown = Platz einer zurückgezogenen Bewerbung an { $applicant } von der Warteliste angeboten
selection-event-other = { $applicant }: { $action }

## Die Bewertungen eines Gutachters für eine Bewerbung (ScoreDialog)

selection-score-error-whole = Geben Sie eine ganze Zahl von 0 bis { $max } ein.
selection-score-error-missing = Bewerten Sie „{ $criterion }“ (0 bis { $max }).
selection-score-error-range = { $score } liegt außerhalb des Bereichs: „{ $criterion }“ wird von 0 bis { $max } bewertet.
selection-score-error-reviewer = Geben Sie den Namen des Gutachters ein: Jede Bewertung wird unterzeichnet.
selection-score-error-signature = Mit „{ $signature }“ unterzeichnet das Sekretariat seine eigenen Bewertungen. Wählen Sie oben „Bewertungen des Sekretariats“ oder geben Sie den Namen des Gutachters ein.
selection-score-saved-staff = Bewertungen des Sekretariats für { $applicant } gespeichert
selection-score-saved = Bewertungen von { $reviewer } für { $applicant } gespeichert
selection-score-saved-blind = Bewertungen von { $reviewer } für Bewerbung Nr. { $id } gespeichert
selection-score-removed = Bewertungen von { $reviewer } entfernt
selection-score-title-blind = Bewertungen für Bewerbung Nr. { $id }
selection-score-no-title = (ohne Titel)
selection-score-blind-note = Anonyme Begutachtung: Die Gutachter sehen nicht, wer sich beworben hat.
selection-score-title = Bewertungen für { $applicant }
selection-score-sub = Bewerbung Nr. { $id } · eingegangen am { $received }
selection-score-sub-role = Bewerbung Nr. { $id } · { $role } · eingegangen am { $received }
selection-score-as = Von wem stammen diese Bewertungen?
selection-score-as-reviewer = Bewertungen eines Gutachters
selection-score-as-staff = Bewertungen des Sekretariats (nach Aufhebung der Anonymisierung)
selection-score-as-staff-hint = Nur die unter „Kriterien und Regeln“ mit „vom Sekretariat“ markierten Kriterien. Sie werden mit „{ $signature }“ unterzeichnet.
selection-score-as-reviewer-hint = Nur die Kriterien, die die Gutachter bewerten. Die mit „vom Sekretariat“ markierten Kriterien bleiben dem Sekretariat überlassen.
selection-score-summary = Zusammenfassung
selection-score-work-plan = Arbeitsplan
selection-score-cards = Bewertungsbögen
selection-score-cards-loading = Bewertungsbögen werden geladen…
selection-score-cards-empty = Diese Bewerbung hat noch niemand bewertet.
selection-score-change-label = Bewertungen von { $reviewer } ändern
selection-score-change = Ändern
selection-score-remove-label = Bewertungen von { $reviewer } entfernen
selection-score-given-by = Bewertungen von { $reviewer }
selection-score-readonly = Der Zyklus hat die Auswahl hinter sich: Bewertungen können nicht mehr geändert werden.
selection-score-form-change-staff = Bewertungen des Sekretariats ändern
selection-score-form-change = Bewertungen von { $reviewer } ändern
selection-score-form-add-staff = Bewertungsbogen des Sekretariats hinzufügen
selection-score-form-add = Bewertungsbogen hinzufügen
selection-score-signed = Unterzeichnet von
selection-score-signed-hint-existing = Das Sekretariat hat dies am { $date } bewertet: Beim Speichern wird dieser Bewertungsbogen ersetzt.
selection-score-signed-hint = Die Bewertungen des Sekretariats werden immer mit „{ $signature }“ unterzeichnet.
selection-score-reviewer-hint-existing = { $reviewer } hat dies am { $date } bewertet: Beim Speichern wird dieser Bewertungsbogen ersetzt.
selection-score-reviewer-hint = Jeder Bewertungsbogen wird unterzeichnet; Speichern unter demselben Namen ersetzt ihn.
selection-score-criterion = { $criterion } (0–{ $max })
selection-score-weight = Gewichtung { $weight }
selection-score-none-staff = Kein Kriterium ist mit „vom Sekretariat“ markiert, daher hat das Sekretariat hier nichts zu bewerten. Markieren Sie eines unter „Kriterien und Regeln“.
selection-score-none-reviewers = Alle Kriterien sind mit „vom Sekretariat“ markiert, daher haben die Gutachter hier nichts zu bewerten.
selection-score-note = Anmerkung
selection-score-save = Bewertungen speichern
selection-score-remove-title = Bewertungen von { $reviewer } entfernen?
selection-score-remove-message = Die Bewertungen und die Anmerkung dieser Person für { $applicant } werden gelöscht und in der Rangliste nicht mehr berücksichtigt.
selection-score-remove-message-blind = Die Bewertungen und die Anmerkung dieser Person für Bewerbung Nr. { $id } werden gelöscht und in der Rangliste nicht mehr berücksichtigt.
selection-score-remove-confirm = Bewertungen entfernen
selection-score-discard-title = Bewertungen verwerfen?
selection-score-discard-message = Die eingegebenen Bewertungen wurden nicht gespeichert.
selection-score-discard-confirm = Verwerfen
selection-score-discard-cancel = Weiter bearbeiten

## Warum eine Bewerbung ihre Bewertung hat (ScoreWhyDialog)

selection-why-too-few = { $count ->
    [0] { $reviewer } hat nur diese Bewerbung bewertet – zu wenige, um zu erkennen, wie streng bewertet wird: Der Gesamtwert von { $total } zählt unverändert.
    [one] { $reviewer } hat nur diese Bewerbung bewertet – zu wenige, um zu erkennen, wie streng bewertet wird: Der Gesamtwert von { $total } zählt unverändert.
   *[other] { $reviewer } hat nur { $count } Bewerbungen bewertet – zu wenige, um zu erkennen, wie streng bewertet wird: Der Gesamtwert von { $total } zählt unverändert.
}
selection-why-all-equal = { $reviewer } hat { $count ->
    [one] der { $count } bewerteten Bewerbung
   *[other] allen { $count } bewerteten Bewerbungen
} denselben Gesamtwert { $total } gegeben, der sie also in keiner Weise unterscheidet: Er zählt als Durchschnitt aller Gesamtwerte, { $counts }.
selection-why-at = { $reviewer } hat { $total } vergeben, genau den eigenen Durchschnitt von { $mean } (Streuung { $spread }, bei { $count ->
    [one] { $count } Bewerbung
   *[other] { $count } Bewerbungen
}): Der Wert zählt als Durchschnitt aller Gesamtwerte, { $counts }.
selection-why-above = { $reviewer } hat { $total } vergeben, über dem eigenen Durchschnitt von { $mean } (Streuung { $spread }, bei { $count ->
    [one] { $count } Bewerbung
   *[other] { $count } Bewerbungen
}). Ebenso weit über dem Durchschnitt aller Gesamtwerte platziert ({ $poolMean }, Streuung { $poolSpread }), zählt der Wert als { $counts }.
selection-why-below = { $reviewer } hat { $total } vergeben, unter dem eigenen Durchschnitt von { $mean } (Streuung { $spread }, bei { $count ->
    [one] { $count } Bewerbung
   *[other] { $count } Bewerbungen
}). Ebenso weit unter dem Durchschnitt aller Gesamtwerte platziert ({ $poolMean }, Streuung { $poolSpread }), zählt der Wert als { $counts }.
selection-why-title = Warum diese Bewertung für { $applicant }
selection-why-sub = Bewerbung Nr. { $id } · Bewertungen von 0 bis 100
selection-why-mean = Der Mittelwert der Gutachter
selection-why-normalised = Normalisiert je Gutachter
selection-why-ranks = maßgeblich
selection-why-ranks-mean = Dieser Zyklus erstellt Rangliste und Auswahl nach dem Mittelwert der Gutachter; dies wird unter „Kriterien und Regeln“ festgelegt.
selection-why-ranks-normalised = Dieser Zyklus erstellt Rangliste und Auswahl nach der je Gutachter normalisierten Bewertung; dies wird unter „Kriterien und Regeln“ festgelegt.
selection-why-method-title = Wie die normalisierte Bewertung entsteht
selection-why-method = Manche Gutachter bewerten streng, andere milde, und jeder bewertet nur einen Teil der Bewerbungen. Damit kein Gutachter mehr Gewicht hat als ein anderer, wird der Gesamtwert jedes Gutachters mit allen Gesamtwerten verglichen, die dieselbe Person vergeben hat: wie weit er über oder unter ihrem eigenen Durchschnitt liegt, gemessen an ihrer Streuung (wie weit ihre Gesamtwerte üblicherweise von diesem Durchschnitt abweichen). Dann wird er genauso weit über oder unter dem Durchschnitt der Gesamtwerte aller Gutachter platziert, gemessen an deren Streuung, und zwischen 0 und 100 gehalten. Die normalisierte Bewertung ist der Mittelwert der so platzierten Gesamtwerte der Gutachter.
selection-why-pool = Die Gesamtwerte aller Gutachter zusammen: { $count ->
    [one] { $count } Gesamtwert
   *[other] { $count } Gesamtwerte
}, Durchschnitt { $mean }, Streuung { $spread }.
selection-why-none = Für diese Bewerbung zählen noch keine Bewertungen von Gutachtern.
selection-why-caption = Der Gesamtwert jedes Gutachters und wo er platziert wurde
selection-why-their-total = Gesamtwert
selection-why-their-average = Eigener Durchschnitt
selection-why-their-spread = Eigene Streuung
selection-why-their-count = Bewertete Bewerbungen
selection-why-column-normalised = Normalisiert
selection-why-abstained = Enthalten (Interessenkonflikt): { $names }. Ihre Bewertungen zählen für diese Bewerbung nicht.

## Gutachter und Zuweisungen (ReviewersDialog)

selection-reviewers-added = { $name } als Gutachter hinzugefügt
selection-reviewers-saved = Änderungen an { $name } gespeichert
selection-reviewers-renamed = { $old } heißt jetzt { $name }, auch bei den bereits vergebenen Bewertungen
selection-reviewers-removed = { $name } als Gutachter entfernt
selection-reviewers-no-assignment = Keine Zuweisung hinzugefügt
selection-reviewers-assignments-added = { $count ->
    [one] { $count } Zuweisung
   *[other] { $count } Zuweisungen
} hinzugefügt
selection-reviewers-sheet-saved = { $count ->
    [one] { $count } Bewertungsbogen
   *[other] { $count } Bewertungsbögen
} von { $reviewer } gespeichert
selection-reviewers-choose-first = Wählen Sie zuerst den Gutachter, der zugewiesen werden soll.
selection-reviewers-assigned = { $reviewer } begutachtet jetzt { $applicant }
selection-reviewers-unassigned = { $reviewer } begutachtet { $applicant } nicht mehr
selection-reviewers-conflict-withdrawn = Interessenkonflikt von { $reviewer } zurückgezogen
selection-reviewers-conflict-declared = Interessenkonflikt für { $reviewer } erklärt
selection-reviewers-conflict-declared-unknown = Interessenkonflikt für den Gutachter erklärt
selection-reviewers-title = Gutachter und Zuweisungen
selection-reviewers-count = { $count ->
    [one] { $count } Gutachter
   *[other] { $count } Gutachter
}
selection-reviewers-loading = Gutachter werden geladen…
selection-reviewers-readonly = Der Zyklus hat die Auswahl hinter sich: Seine Gutachter und wer was begutachtet, können nicht mehr geändert werden.
selection-reviewers-column-name = Name
selection-reviewers-column-email = E-Mail
selection-reviewers-column-hub = Zentrum
selection-reviewers-column-country = Land
selection-reviewers-column-languages = Sprachen
selection-reviewers-column-assigned = Zugewiesen
selection-reviewers-column-scored = Bewertet
selection-reviewers-empty = Noch keine Gutachter. Fügen Sie die Personen hinzu, die diese Ausschreibung bewerten; ein Name, der eine Bewertung unterzeichnet, wird automatisch hinzugefügt.
selection-reviewers-empty-past = Dieser Zyklus hatte keine Gutachter.
selection-reviewers-edit-label = { $name } bearbeiten
selection-reviewers-edit-button = Bearbeiten
selection-reviewers-sheet-label = Leere Tabelle für { $name } speichern
selection-reviewers-sheet-button = Leere Tabelle…
selection-reviewers-no-sheet = Keine leere Tabelle: noch nichts zugewiesen.
selection-reviewers-remove-title = Gutachter { $name } entfernen?
selection-reviewers-remove-message = Die Zuweisungen und erklärten Interessenkonflikte dieser Person werden mit entfernt. Wer bereits eine Bewerbung bewertet hat, kann nicht entfernt werden.
selection-reviewers-remove-confirm = Gutachter entfernen

## Die Angaben zu einem Gutachter (ReviewerForm)

selection-reviewer-name = Name
selection-reviewer-name-hint = Die Bewertungen dieser Person werden mit diesem Namen unterzeichnet.
selection-reviewer-name-hint-change = Die Bewertungen dieser Person werden mit diesem Namen unterzeichnet: Ein neuer Name wird auch in die bereits vergebenen Bewertungen übernommen.
selection-reviewer-email = E-Mail
selection-reviewer-email-hint = Optional.
selection-reviewer-hub = Eigenes Zentrum (optional)
selection-reviewer-hub-hint = Bewerbungen, die das eigene Zentrum betreffen, werden dieser Person nicht zugewiesen.
selection-reviewer-country = Land
selection-reviewer-country-hint = Zwei Buchstaben, z. B. GR. Leer gelassen: das Land des eigenen Zentrums.
selection-reviewer-languages = Sprachen, die gelesen werden
selection-reviewer-languages-hint = Zweibuchstabige Codes, durch Kommas getrennt, z. B. en, el.
selection-reviewer-change-title = { $name } ändern
selection-reviewer-change-sub = Ein Gutachter dieses Zyklus. Zuweisungen und Bewertungen bleiben bei dieser Person.
selection-reviewer-save = Änderungen speichern
selection-reviewer-discard = Die Änderungen an { $name } wurden nicht gespeichert.
selection-reviewer-add-title = Gutachter hinzufügen
selection-reviewer-add = Gutachter hinzufügen

## Die leere Tabelle eines Gutachters (ReviewerSheetDialog)

selection-sheet-saved = { $path } gespeichert ({ $count ->
    [one] { $count } Bewerbung
   *[other] { $count } Bewerbungen
})
selection-sheet-title = Leere Tabelle für { $name } speichern
selection-sheet-text = Eine Zeile für { $count ->
    [one] die { $count } Bewerbung, die { $name } zugewiesen ist
   *[other] jede der { $count } Bewerbungen, die { $name } zugewiesen sind
}, mit einer leeren Spalte für jedes Kriterium, das diese Person bewertet, und einer für eine Anmerkung. Senden Sie die Tabelle an die Person; kommt sie ausgefüllt zurück, übernehmen Sie sie mit „Tabelle eines Gutachters importieren“.
selection-sheet-blind = Anonyme Begutachtung: Die Tabelle zeigt nur Nummer und Titel jeder Bewerbung, nicht, wer sich beworben hat.
selection-sheet-not-blind = Sie zeigt jede Bewerbung mit Zentrum und Land.
selection-sheet-formats = Die Excel-Arbeitsmappe akzeptiert nur ganzzahlige Bewertungen im Bereich des jeweiligen Kriteriums. Eine CSV-Datei lässt sich in jeder Tabellenkalkulation öffnen.
selection-sheet-csv = CSV-Datei…
selection-sheet-xlsx = Excel-Arbeitsmappe (.xlsx)…

## Wer begutachtet was (ReviewBoardTable)

selection-board-languages = Sprachen: { $languages }
selection-board-column-application = Bewerbung
selection-board-column-conflicts = Interessenkonflikte
selection-board-empty = Noch keine Bewerbung zu begutachten: Sie kommen über den Reiter „Bewerbungen“ herein.
selection-board-title = Wer begutachtet was
selection-board-count = { $count ->
    [one] { $count } Bewerbung
   *[other] { $count } Bewerbungen
}
selection-board-reviewers-of = Gutachter von { $applicant }
selection-board-assigned-auto = Automatisch zugewiesen
selection-board-assigned-by-hand = Von Hand zugewiesen
selection-board-has-scored = (hat bewertet)
selection-board-unassign-label = { $reviewer } von { $applicant } abziehen
selection-board-unassign-title = Diese Zuweisung zurücknehmen
selection-board-conflict = { $reviewer }: { $reason }
selection-board-withdraw = Zurückziehen
selection-board-withdraw-hidden = (Konflikt von { $reviewer })
selection-board-assign-label = Gutachter, der { $applicant } zugewiesen werden soll
selection-board-choose = Gutachter wählen…
selection-board-option-conflict = { $reviewer } – Interessenkonflikt
selection-board-assign = Zuweisen
selection-board-assign-hidden = (gewählten Gutachter für { $applicant })
selection-board-declare = Konflikt…
selection-board-declare-hidden = (Interessenkonflikt mit { $applicant })

## Die automatische Zuweisung (AutoAssignForm)

selection-auto-error = Geben Sie eine ganze Zahl von 1 bis 10 ein.
selection-auto-per = Gutachter je Bewerbung
selection-auto-assign = Automatisch zuweisen
selection-auto-hint = Fügt Gutachter hinzu, bis jede Bewerbung so viele hat, und verteilt die Arbeit gleichmäßig. Niemand erhält eine Bewerbung, bei der ein Interessenkonflikt besteht, und alle erhalten Bewerbungen in einer Sprache, die sie lesen. Bereits vorgenommene Zuweisungen bleiben bestehen.
selection-auto-short = { $count ->
    [one] { $count } Bewerbung hat
   *[other] { $count } Bewerbungen haben
} weniger als { $per ->
    [one] { $per } Gutachter
   *[other] { $per } Gutachter
}:
# Nach dem Namen der Bewerbung (Zentrum oder Person), fett gesetzt.
selection-auto-short-one = hat { $count ->
    [0] keinen Gutachter
    [one] { $count } Gutachter
   *[other] { $count } Gutachter
}: { $reason }.

## Einen Interessenkonflikt erklären (ConflictForm)

selection-conflict-choose = Wählen Sie den Gutachter, bei dem der Konflikt besteht.
selection-conflict-title = Interessenkonflikt mit { $applicant }
selection-conflict-text = Der Gutachter begutachtet diese Bewerbung nicht, und Bewertungen, die er ihr gibt, zählen nicht. Mit der Erklärung wird die Zuweisung hier zurückgenommen.
selection-conflict-reason = Warum?
selection-conflict-reason-hint = Wird mit dem Konflikt festgehalten, z. B. „Sie hat die Bewerbung mitverfasst.“
selection-conflict-declare = Konflikt erklären
