# Paarbildung: die Paare der Zyklen vom Typ „P2P-Lernen“, die Zuordnungen der Zyklen vom Typ
# „Personalaustausch“, die Gastgeberprüfung der Zyklen vom Typ „Allianz der Zentren“ und die Karte der Paare.
#
# $plan ist „pairs“ (die Paarbildung eines Zyklus „P2P-Lernen“) oder „placements“ (ein Zyklus „Personalaustausch“).

## Die Kriterien einer Bewertung und ihre Gewichtungen

pairing-criterion-shared-sectors = Gemeinsame Sparten
pairing-criterion-shared-sectors-hint = Sparten, in denen beide Zentren arbeiten
pairing-criterion-shared-language = Gemeinsame Sprache
pairing-criterion-shared-language-hint = Eine gemeinsame Arbeitssprache
pairing-criterion-maturity = Entwicklungsstand
pairing-criterion-maturity-hint = Zentren im Aufbau besuchen etablierte Zentren
pairing-criterion-different-country = Verschiedene Länder
pairing-criterion-different-country-hint = Zentren in verschiedenen Ländern
pairing-criterion-new-pair = Neue Zusammenarbeit
pairing-criterion-new-pair-hint = Zentren, die in keinem früheren Zyklus ein Paar gebildet haben
pairing-criterion-distance = Entfernung
pairing-criterion-distance-hint = Nähere Zentren: günstigere und umweltfreundlichere Reisen
pairing-criterion-preference = Wunsch laut Bewerbung
pairing-criterion-preference-hint = In den Bewerbungen vorgeschlagene Partner
# Warum das Kriterium der gemeinsamen Sprache Punkte gibt: $languages ist eine Liste von Sprachnamen („Griechisch und Englisch“).
pairing-why-languages = beide arbeiten auf { $languages }
# Zwischen den Einträgen einer Liste von Gründen („Tallinn: …; Riga: …“).
pairing-list-separator = { "; " }

## Woher ein Paar oder eine Zuordnung stammt

pairing-source-proposed = Vorgeschlagen
pairing-source-locked = Fixiert
pairing-source-suggested = Empfohlen
pairing-source-locked-hint = Vom Team fixiert: bleibt bei jeder Neuberechnung erhalten
pairing-source-suggested-hint = Aus den gewichteten Kriterien empfohlen

pairing-maturity-emerging = im Aufbau
pairing-maturity-established = etabliert

## Ein Plan (Paare oder Zuordnungen): die Übersicht, die Leiste, die Tabelle, die Meldungen

pairing-plan-title = { $plan ->
    [pairs] Paarbildung
   *[other] Zuordnungen
}
pairing-plan-total-score = Gesamtbewertung
pairing-plan-grants = { $plan ->
    [pairs] Zuschüsse der Paare
   *[other] Zuschüsse der Zuordnungen
}
pairing-plan-status = Status
pairing-plan-not-confirmed = Nicht bestätigt
# $when: Datum und Uhrzeit der Bestätigung des Plans.
pairing-plan-confirmed-on = Bestätigt am { $when }
pairing-plan-changed-since = { $plan ->
    [pairs] Geändert seit der Bestätigung der Paare am { $when }
   *[other] Geändert seit der Bestätigung der Zuordnungen am { $when }
}
pairing-plan-loading-blocked = { $plan ->
    [pairs] Die Paarbildung wird geladen
   *[other] Die Zuordnungen werden geladen
}
pairing-plan-nothing-to-confirm = { $plan ->
    [pairs] Es gibt kein Paar zu bestätigen
   *[other] Es gibt keine Zuordnung zu bestätigen
}
pairing-plan-all-confirmed = { $plan ->
    [pairs] Diese Paare sind bestätigt
   *[other] Diese Zuordnungen sind bestätigt
}
pairing-plan-row-locked = { $plan ->
    [pairs] Paar fixiert: bleibt bei jeder Neuberechnung erhalten
   *[other] Zuordnung fixiert: bleibt bei jeder Neuberechnung erhalten
}
pairing-plan-row-unlocked = { $plan ->
    [pairs] Paar nicht mehr fixiert
   *[other] Zuordnung nicht mehr fixiert
}
pairing-plan-lock-removed = Fixierung aufgehoben
pairing-plan-rerun-done = { $plan ->
    [pairs] Paarbildung neu berechnet: Fixierungen beibehalten
   *[other] Zuordnungen neu berechnet: Fixierungen beibehalten
}
pairing-plan-confirmed = { $plan ->
    [pairs] Paarbildung bestätigt
   *[other] Zuordnungen bestätigt
}
pairing-plan-weights-saved = { $plan ->
    [pairs] Gewichtungen gespeichert: Paarbildung neu berechnet
   *[other] Gewichtungen gespeichert: Zuordnungen neu berechnet
}
pairing-plan-confirm-button = { $plan ->
    [pairs] Paarbildung bestätigen…
   *[other] Zuordnungen bestätigen…
}
pairing-plan-confirm-title = { $plan ->
    [pairs] Paarbildung bestätigen?
   *[other] Zuordnungen bestätigen?
}
pairing-plan-confirm-label = { $plan ->
    [pairs] Paarbildung bestätigen
   *[other] Zuordnungen bestätigen
}
pairing-plan-failed = { $plan ->
    [pairs] Die Paarbildung konnte nicht geladen werden.
   *[other] Die Zuordnungen konnten nicht geladen werden.
}
pairing-plan-loading = { $plan ->
    [pairs] Paarbildung wird geladen…
   *[other] Zuordnungen werden geladen…
}
pairing-weights-same-country-never = nie dasselbe Land
pairing-weights-same-country-allowed = dasselbe Land erlaubt

pairing-bar-weights = Gewichtungen
pairing-bar-weights-button = Gewichtungen…
pairing-bar-rerun = Neu berechnen

pairing-notice-retry = Erneut versuchen
pairing-notice-run-selection = Führen Sie zuerst die Auswahl durch (Reiter „Auswahl“).

pairing-table-title = { $plan ->
    [pairs] Paare
   *[other] Zuordnungen
}
pairing-table-count = { $plan ->
    [pairs] { $count ->
        [one] { $count } Paar
       *[other] { $count } Paare
    }
   *[other] { $count ->
        [one] { $count } Zuordnung
       *[other] { $count } Zuordnungen
    }
}
pairing-table-source = Herkunft
pairing-table-score = Bewertung
pairing-table-distance = Entfernung
pairing-table-total = Gesamt

pairing-row-km = { $km } km
pairing-row-why = Warum?
pairing-row-unlock = Lösen
pairing-row-lock = Fixieren
pairing-row-forbid = Ausschließen
pairing-row-change-host = Gastgeber ändern…
pairing-row-not-allowed = Nicht zulässig: { $reason }

pairing-breakdown-criterion = Kriterium
pairing-breakdown-points = Punkte × Gewichtung = Bewertung
pairing-breakdown-why = Warum
pairing-breakdown-total = Gesamt

pairing-constraint-locked = Fixiert:
pairing-constraint-forbidden = Ausgeschlossen:
pairing-constraint-remove = Entfernen
pairing-constraint-remove-lock = Fixierung aufheben

## Den Gastgeber einer Zeile ändern

pairing-change-host = Gastgeber
pairing-change-cancel = Abbrechen
pairing-host-option-score = Bewertung { $score }
pairing-host-option-current = aktueller Gastgeber
pairing-host-option-hosts = empfängt jetzt { $hub }
pairing-host-option-full = voll
# $label: der Gastgeber, wie die Liste ihn zeigt; $reason: warum das Paar nicht gebildet werden kann.
pairing-host-option-not-allowed = { $label } – nicht zulässig: { $reason }
pairing-host-changed = Gastgeber geändert: { $who } → { $host }, fixiert

# Eine Person, bezeichnet nach ihrer Bewerbung, wenn kein Name angegeben ist.
pairing-application = Bewerbung { $id }

## Die Paarbildung eines Zyklus vom Typ „P2P-Lernen“

pairing-not-p2p = Die Paarbildung gilt für Zyklen vom Typ „P2P-Lernen“: Gastzentren bilden Paare mit gastgebenden Zentren.
pairing-pairs-rerun-title = Paare mit der aktuellen Auswahl und den aktuellen Gewichtungen neu bilden; fixierte Paare bleiben erhalten
pairing-pairs-empty = Noch ist kein Gastzentrum ausgewählt.
pairing-pairs-constraints-title = Fixierte und ausgeschlossene Paare
pairing-pairs-allow-title = Das Paar wieder zulassen
pairing-pairs-ban-removed = Ausschluss aufgehoben: Das Paar ist wieder zulässig
pairing-pairs-proposed-hint = Der in den Bewerbungen vorgeschlagene Partner
pairing-pairs-explain-title = Wie sich die Bewertung dieses Paars zusammensetzt
pairing-pairs-unlock-title = Die nächste Berechnung den Gastgeber dieses Zentrums wieder frei wählen lassen
pairing-pairs-lock-title = Dieses Paar bei jeder Neuberechnung beibehalten
pairing-pairs-forbid-title = Diese beiden Zentren nie zu einem Paar zusammenführen: Beide werden neu zugeordnet
pairing-pairs-change-title = Einen anderen Gastgeber für dieses Gastzentrum wählen
pairing-pairs-breakdown-note = Punkte reichen von 0 bis 100, Gewichtungen von 0 bis 10 (Gewichtungen…).
pairing-pairs-column-visiting = Gastzentrum
pairing-pairs-column-host = Gastgeber
pairing-pairs-column-visit = Besuch
pairing-pairs-column-grants = Zuschüsse
pairing-pairs-none = Es kann kein Paar gebildet werden: Die Gründe stehen unter „Ohne Paar“.
pairing-pairs-change-confirm = Dieses Paar fixieren
pairing-pairs-forbidden = Paar ausgeschlossen: neu zugeordnet
pairing-pairs-counts = { $pairs ->
    [one] { $pairs } Paar
   *[other] { $pairs } Paare
} · { $visiting } zu Gast · { $hosting } gastgebend
pairing-pairs-meter = { $paired } von { $visiting ->
    [one] { $visiting } Gastzentrum
   *[other] { $visiting } Gastzentren
} mit Gastgeber
pairing-pairs-meter-idle = { $count ->
    [one] { $count } gastgebendes Zentrum
   *[other] { $count } gastgebende Zentren
} ohne Gast
pairing-pairs-confirm = { $count ->
    [one] { $count } Paar
   *[other] { $count } Paare
} bestätigen? Die Zuschüsse verwenden den Gastgeber jedes Paars; der Zyklus kann dann zu „Bewilligt“ wechseln.
pairing-pairs-left = { $count ->
    [one] { $count } Zentrum bleibt
   *[other] { $count } Zentren bleiben
} ohne Paar (siehe „Ohne Paar“).
pairing-pairs-change-dialog-title = Gastgeber von { $hub } ändern
pairing-pairs-change-dialog-sub = Das gewählte Paar wird fixiert: Es bleibt bei jeder Neuberechnung erhalten. Das Gastzentrum, das der neue Gastgeber bisher hatte, wird neu zugeordnet.
pairing-pairs-caption = Die Bewertung von { $visiting } mit { $hosting }, Kriterium für Kriterium
pairing-unpaired-title = Ohne Paar
pairing-proposals-title = In den Bewerbungen vorgeschlagene Partner
# $hub schlug $partner vor: beide werden fett dargestellt.
pairing-proposal = { $hub } hat { $partner } vorgeschlagen
pairing-proposal-kept = übernommen
pairing-proposal-not-kept = nicht übernommen

## Der Besuch eines Paars

pairing-visit-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
pairing-visit-open = Zu vereinbaren
# $visit: die vorgeschlagenen Termine und die Tage („1.–5. Juni 2027 · 5 Tage“).
pairing-visit-proposed = vorgeschlagen: { $visit }
pairing-visit-dates-button = Besuchstermine…
pairing-visit-start-missing = Geben Sie den ersten Tag des Besuchs ein.
pairing-visit-end-missing = Geben Sie den letzten Tag des Besuchs ein.
pairing-visit-cleared = Die Termine des Besuchs sind wieder zu vereinbaren
pairing-visit-saved = Besuchstermine gespeichert
pairing-visit-title = Der Besuch von { $visiting } bei { $hosting }
# $visitingDays, $hostingDays: die Tage, an denen jedes Zentrum verfügbar ist, oder „an jedem Tag“.
pairing-visit-sub = Die von den beiden Zentren vereinbarten Termine, innerhalb der Tage, an denen beide verfügbar sind: { $visiting } { $visitingDays }; { $hosting } { $hostingDays }. Der Zuschuss zählt die Tage des Besuchs, und die Schreiben nennen sie.
pairing-visit-any-day = an jedem Tag
pairing-visit-first-day = Erster Tag
pairing-visit-last-day = Letzter Tag
pairing-visit-clear = Noch nicht vereinbart
pairing-visit-cancel = Abbrechen
pairing-visit-save = Termine speichern

## Die Karte der Paare

pairing-map-title = Karte
pairing-map-hint = Wählen Sie eine Linie, um ihr Paar in der Tabelle zu öffnen.
pairing-map-failed = Die Karte konnte nicht geladen werden.
pairing-map-loading = Karte wird geladen…
pairing-map-label = Karte der Paare
# $place: das Zentrum und sein Ort („Navile, Bologna, IT“).
pairing-map-hub-unpaired = { $role ->
    [visiting] { $place } – zu Gast, ohne Paar
   *[other] { $place } – gastgebend, ohne Paar
}
pairing-map-hub-visiting = { $place } – zu Gast bei { $partner }
pairing-map-hub-hosting = { $place } – Gastgeber für { $partner }
# Eine Linie der Karte, eine Schaltfläche, die ihr Paar in der Tabelle öffnet.
pairing-map-line = { $visiting } → { $hosting }, { $km } km, Bewertung { $score }
pairing-map-key-visiting = Gastzentrum
pairing-map-key-hosting = Gastgeber
pairing-map-key-unpaired = Ohne Paar (hohl)
pairing-map-key-green = Umweltfreundliche Reise
pairing-map-key-standard = Standardreise
pairing-map-key-locked = Fixiertes Paar (dickere Linie)
pairing-map-missing = { $count ->
    [one] { $count } Zentrum, das zu weit von Europa entfernt ist, wird nicht angezeigt.
   *[other] { $count } Zentren, die zu weit von Europa entfernt sind, werden nicht angezeigt.
}

## Die Zuordnungen eines Zyklus vom Typ „Personalaustausch“

pairing-placements-rerun-title = Mit der aktuellen Auswahl, den Plätzen und den Gewichtungen neu zuordnen; fixierte Zuordnungen bleiben erhalten
pairing-placements-empty = Noch ist niemand ausgewählt.
pairing-placements-constraints-title = Fixierte und ausgeschlossene Gastgeber
pairing-placements-allow-title = Diesen Gastgeber wieder zulassen
pairing-placements-ban-removed = Ausschluss aufgehoben: Der Gastgeber ist wieder zulässig
pairing-placements-proposed-hint = Der von der Person vorgeschlagene Gastgeber
pairing-placements-explain-title = Wie sich die Bewertung dieser Zuordnung zusammensetzt
pairing-placements-unlock-title = Die nächste Berechnung den Gastgeber dieser Person wieder frei wählen lassen
pairing-placements-lock-title = Diese Zuordnung bei jeder Neuberechnung beibehalten
pairing-placements-forbid-title = Diese Person nie diesem Gastgeber zuordnen: Die Person wird neu zugeordnet
pairing-placements-change-title = Einen anderen Gastgeber für diese Person wählen
pairing-placements-breakdown-note = Das Zentrum der Person im Vergleich zum Gastgeber. Punkte reichen von 0 bis 100, Gewichtungen von 0 bis 10 (Gewichtungen…).
pairing-placements-column-person = Person
pairing-placements-column-host = Gastgeber
pairing-placements-column-dates = Termine
pairing-placements-column-grant = Zuschuss
pairing-placements-none = Niemand kann zugeordnet werden: Die Gründe stehen unter „Nicht zugeordnet“.
pairing-placements-change-confirm = Diesen Gastgeber fixieren
pairing-placements-forbidden = { $host } für { $who } ausgeschlossen: neu zugeordnet
pairing-placements-counts = { $placed } von { $people ->
    [one] { $people } Person
   *[other] { $people } Personen
} zugeordnet
pairing-placements-meter-places = { $taken } von { $places ->
    [one] { $places } Platz
   *[other] { $places } Plätzen
} belegt bei { $hosts ->
    [one] { $hosts } Gastgeber
   *[other] { $hosts } Gastgebern
}
pairing-placements-confirm = { $count ->
    [one] { $count } Zuordnung
   *[other] { $count } Zuordnungen
} bestätigen? Die Zuschüsse verwenden den Gastgeber jeder Person; der Zyklus kann dann zu „Bewilligt“ wechseln.
pairing-placements-left = { $count ->
    [one] { $count } Person bleibt
   *[other] { $count } Personen bleiben
} ohne Gastgeber (siehe „Nicht zugeordnet“).
pairing-placements-lock-not-kept = Nicht beibehalten: Der Gastgeber hat keinen Platz mehr frei oder darf diese Person nicht aufnehmen.
pairing-placements-change-dialog-title = Gastgeber von { $who } ändern
pairing-placements-change-dialog-sub = Aus { $home }. Der gewählte Gastgeber wird fixiert: Er bleibt bei jeder Neuberechnung erhalten. Die Gastgeber werden mit ihren zugeordneten Personen und Plätzen angezeigt; ein voller Gastgeber kann nicht gewählt werden.
pairing-placements-lock-failed = Bei { $host } fixiert, aber { $who } konnte dort nicht zugeordnet werden: siehe Fixierungen
pairing-placements-caption = Die Bewertung von { $who } aus { $home } bei { $host }, Kriterium für Kriterium
pairing-unplaced-title = Nicht zugeordnet

## Die Gastgeber eines Zyklus vom Typ „Personalaustausch“ und ihre Plätze

pairing-capacity-problem = Ein Gastgeber nimmt in einem Zyklus 0 bis 50 Personen auf.
pairing-hosts-title = Gastgeber und Plätze
pairing-hosts-count = { $hosts ->
    [one] { $hosts } Gastgeber
   *[other] { $hosts } Gastgeber
} · { $taken } von { $places ->
    [one] { $places } Platz
   *[other] { $places } Plätzen
} belegt
pairing-hosts-hint = Die für Mobilität verfügbaren Mitgliedszentren und wie viele Personen jedes in diesem Zyklus aufnimmt (1, sofern nicht festgelegt; 0 bis 50). Beim Speichern werden alle neu zugeordnet.
pairing-hosts-none = Kein Mitgliedszentrum ist für Mobilität verfügbar.
pairing-hosts-column-host = Gastgeber
pairing-hosts-column-city = Stadt
pairing-hosts-column-country = Land
pairing-hosts-column-placed = Zugeordnet
pairing-hosts-column-places = Plätze
pairing-hosts-placed = { $placed } von { $places }
pairing-hosts-places-at = Plätze bei { $hub }
pairing-hosts-save-title = Die Plätze dieses Gastgebers speichern (Eingabe) und alle neu zuordnen
pairing-hosts-save = Speichern
pairing-hosts-saved-none = { $hub } nimmt in diesem Zyklus niemanden auf: Zuordnungen neu berechnet
pairing-hosts-saved = { $hub } nimmt { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
} auf: Zuordnungen neu berechnet

## Der Dialog der Gewichtungen

pairing-weights-title-pairs = Gewichtungen der Paarbildung
pairing-weights-title-placements = Gewichtungen der Zuordnung
pairing-weights-intro-pairs = Jedes Kriterium gibt einem Paar 0 bis 100 Punkte; seine Gewichtung, von 0 (nicht gezählt) bis { $max }, multipliziert sie.
pairing-weights-intro-placements = Jedes Kriterium gibt einer Zuordnung (das Zentrum der Person im Vergleich zum Gastgeber) 0 bis 100 Punkte; seine Gewichtung, von 0 (nicht gezählt) bis { $max }, multipliziert sie.
pairing-weights-rerun-pairs = Beim Speichern wird die Paarbildung neu berechnet: Fixierte Paare bleiben erhalten.
pairing-weights-rerun-placements = Beim Speichern werden alle neu zugeordnet: Fixierte Zuordnungen bleiben erhalten.
pairing-weights-rule-pairs = Nie zwei Zentren desselben Landes zu einem Paar zusammenführen
pairing-weights-rule-placements = Eine Person nie einem Gastgeber im Land ihres eigenen Zentrums zuordnen
pairing-weights-rule-hint-pairs = Eine Regel, keine Gewichtung: Solche Paare sind überhaupt nicht zulässig, auch wenn sie in den Bewerbungen vorgeschlagen wurden.
pairing-weights-rule-hint-placements = Eine Regel, keine Gewichtung: Solche Zuordnungen sind überhaupt nicht zulässig, auch wenn die Person den Gastgeber vorgeschlagen hat.
pairing-weights-discard-pairs = Die Änderungen an den Gewichtungen der Paarbildung wurden nicht gespeichert.
pairing-weights-discard-placements = Die Änderungen an den Gewichtungen der Zuordnung wurden nicht gespeichert.
pairing-weights-problem = Eine Gewichtung ist eine ganze Zahl von 0 bis { $max }.
pairing-weights-yes = ja
pairing-weights-no = nein
pairing-weights-save = Speichern und neu berechnen

## Die Gastgeberprüfung eines Zyklus vom Typ „Allianz der Zentren“

pairing-alliance-title = Gastgeberprüfung
pairing-alliance-count = { $requests ->
    [one] { $requests } Anfrage
   *[other] { $requests } Anfragen
} · { $problems } mit Problem
pairing-alliance-intro = Jede Anfrage nennt ihren Gastgeber. Der Gastgeber muss zur Allianz der Zentren gehören, darf nicht das eigene Zentrum der Person sein und muss an diesen Terminen Platz haben; Anfragen werden in der Reihenfolge ihres Eingangs bearbeitet.
pairing-alliance-failed = Die Gastgeberprüfung konnte nicht geladen werden.
pairing-alliance-loading = Gastgeberprüfung wird geladen…
pairing-alliance-empty = Noch ist keine Anfrage ausgewählt.
pairing-alliance-column-person = Person
pairing-alliance-column-host = Gastgeber
pairing-alliance-column-dates = Termine
pairing-alliance-column-check = Prüfung
pairing-alliance-requests = Anfragen
pairing-alliance-order = In der Reihenfolge ihres Eingangs
pairing-alliance-no-host = Kein Gastgeber angegeben
pairing-alliance-ok = OK
pairing-alliance-the-host = Der Gastgeber
pairing-alliance-saved-none = { $hub } nimmt in diesem Zyklus keinen Besuch auf: Anfragen erneut geprüft
pairing-alliance-saved = { $hub } nimmt { $count ->
    [one] { $count } Besuch
   *[other] { $count } Besuche
} gleichzeitig auf: Anfragen erneut geprüft
pairing-alliance-capacity-title = Platz bei einem Gastgeber
pairing-alliance-capacity-hint = Wie viele Besuche ein Gastgeber in diesem Zyklus gleichzeitig aufnimmt: 1, sofern hier nicht festgelegt, 0 bis 50. Die Anfragen werden beim Speichern erneut geprüft.
pairing-alliance-capacity-host = Gastgeber
pairing-alliance-capacity-option = { $hub } · { $count } gleichzeitig
pairing-alliance-capacity-value = Besuche gleichzeitig
pairing-alliance-capacity-save = Speichern
