# Bewerbungen: die Ansicht mit ihren Reitern, das Bewerbungsformular, der Import des Exports eines
# Formulars, die Tabelle eines Gutachters, die Kriterien und Regeln und die Bezeichnungen, die
# andere Bereiche übernehmen.

## Bezeichnungen (applications.ts)

applications-status-received = Eingegangen
applications-status-selected = Ausgewählt
applications-status-waiting = Warteliste
applications-status-declined = Nicht ausgewählt
applications-status-withdrawn = Zurückgezogen
# Eine abgelehnte Bewerbung, die nicht förderfähig war, wie die Listen sie zeigen.
applications-status-not-eligible = Nicht förderfähig

applications-role-visiting = Besuchend
applications-role-hosting = Gastgebend
applications-role-visitor = Gast
applications-role-proposer = Vorschlagend

applications-format-job-shadowing = Hospitation
applications-format-project-based = Projektbasiert
applications-format-workshop = Workshop
applications-format-lecture = Vortrag
applications-format-other = Sonstiges

applications-travel-standard = Standard
applications-travel-green = Umweltfreundlich
# „Umweltfreundlich · 2 Personen“; ein geschütztes Leerzeichen zwischen der Zahl und ihrem Nomen.
applications-travel-with-travellers = { $mode } · { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}

# Vorschläge für die Funktion einer reisenden Person im Personalaustausch (gespeichert wie eingegeben).
applications-person-role-production-manager = Produktionsleitung
applications-person-role-communication-officer = Kommunikation
applications-person-role-bar-manager = Barleitung
applications-person-role-technician = Technik
applications-person-role-curator = Kuratierung
applications-person-role-educator = Kulturvermittlung
applications-person-role-administrator = Verwaltung

# Welche Bewertung die Rangliste eines Zyklus bestimmt, der nach Rangliste auswählt: die Optionen…
applications-score-basis-mean = Der Mittelwert der Gutachter
applications-score-basis-normalised = Normalisiert je Gutachter (ein strenger oder milder Gutachter wiegt nicht mehr als ein anderer)
# … und wie ein Satz sie nennt („ordnet nach dem Mittelwert der Gutachter“).
applications-score-basis-name-mean = dem Mittelwert der Gutachter
applications-score-basis-name-normalised = der je Gutachter normalisierten Bewertung

# Ein an einer Seite offener Zeitraum; $date ist ein geschriebenes Datum.
applications-span-from = ab { $date }
applications-span-until = bis { $date }

# Ein Name aus einer Datei oder eingegeben, in einem Satz zitiert.
applications-quoted = „{ $text }“

applications-eligible = Förderfähig
applications-not-eligible = Nicht förderfähig

## Die Ansicht (ApplicationsScreen.svelte)

applications-screen-title = Bewerbungen
# Die Anzahl neben dem Titel.
applications-screen-count = { $count ->
    [one] { $count } Bewerbung
   *[other] { $count } Bewerbungen
} · { $eligible } förderfähig
applications-screen-import = Formularexport importieren…
applications-screen-import-unchanged = Keine Änderungen: { $rows ->
    [one] { $rows } Zeile war
   *[other] alle { $rows } Zeilen waren
} bereits importiert; die Zuordnung ist gespeichert
applications-screen-imported = { $created ->
    [one] { $created } neue Bewerbung
   *[other] { $created } neue Bewerbungen
} importiert, { $updated } aktualisiert
applications-screen-saved = Bewerbung von { $hub } gespeichert
# $reason: der erste Grund, vom Kern.
applications-screen-saved-not-eligible = Gespeichert – nicht förderfähig: { $reason }
# $id: die Nummer der Bewerbung.
applications-screen-withdrawn = Bewerbung Nr. { $id } von { $hub } zurückgezogen
applications-screen-withdrawn-promoted = Bewerbung Nr. { $id } von { $hub } zurückgezogen – der Platz geht an { $promoted } von der Warteliste
# $note: vom Kern.
applications-screen-withdrawn-note = Bewerbung Nr. { $id } von { $hub } zurückgezogen – { $note }
applications-screen-go-cycles = Zu den Zyklen
applications-screen-no-cycle-title = Noch kein Zyklus
applications-screen-no-cycle-text = Bewerbungen werden für einen Zyklus eines Programms erfasst. Legen Sie zuerst den Zyklus unter „Zyklen“ an.
applications-screen-cycle = Zyklus
applications-screen-tabs = Bewerbungen, Auswahl, Paarbildung, Zuschüsse, Zahlungen, Schreiben, Berichte oder Zyklusbericht
applications-screen-workshops-no-hosts = Bei Workshops gibt es keine gastgebenden Zentren für eine Paarbildung: Die Gemeinschaft wählt einen Vorschlag.
applications-screen-empty-title = Noch keine Bewerbungen für diesen Zyklus
applications-screen-empty-text = Erfassen Sie jede Bewerbung, sobald sie eingeht; ihre Förderfähigkeit wird beim Speichern geprüft.
applications-screen-empty-new = Neue Bewerbung
applications-screen-loading = Bewerbungen werden geladen…
applications-screen-loading-cycles = Zyklen werden geladen…

applications-tab-applications = Bewerbungen
applications-tab-selection = Auswahl
applications-tab-pairing = Paarbildung
applications-tab-grants = Zuschüsse
applications-tab-payments = Zahlungen
applications-tab-letters = Schreiben
applications-tab-reports = Berichte
applications-tab-cycle-report = Zyklusbericht

applications-table-received = Eingegangen
applications-table-hub = Zentrum
applications-table-role = Rolle
applications-table-partner = Partner/Gastgeber
applications-table-dates = Zeitraum
applications-table-travel = Reise
applications-table-eligibility = Förderfähigkeit
applications-table-status = Status

## Das Bewerbungsformular (ApplicationForm.svelte)

applications-form-title-new = Neue Bewerbung
applications-form-title = Bewerbung Nr. { $id }
applications-form-hub = Zentrum
applications-form-hub-proposing = Vorschlagendes Zentrum
applications-form-hub-home-alliance = Heimatzentrum (Mitglied der Allianz)
applications-form-hub-home = Heimatzentrum
applications-form-person-manager = Leitung des Zentrums
applications-form-person-contact = Kontaktperson
applications-form-person = Person
applications-form-partner = Vorgeschlagenes Partnerzentrum
applications-form-partner-alliance = Gastgebendes Zentrum (Mitglied der Allianz)
applications-form-partner-host = Vorgeschlagenes gastgebendes Zentrum
applications-form-dates-availability = Verfügbarkeit
applications-form-dates-workshop = Workshop
applications-form-dates-visit = Besuch
# Wie lang der Zeitraum sein darf, je Programm: der Anfang des Hinweises zu den Daten.
applications-form-length-p2p = Wann das Zentrum reisen oder Gäste aufnehmen kann
applications-form-length-staff-exchange = 1 Woche bis 3 Monate
applications-form-length-hubs-alliance = Höchstens 6 Tage
applications-form-length-workshops = 4 Tage
# $length: einer der obigen Texte; $window: der Aktivitätszeitraum des Zyklus.
applications-form-dates-hint-window = { $length }, innerhalb des Aktivitätszeitraums { $window }.
applications-form-dates-hint = { $length }.
applications-form-problem-hub = Wählen Sie das Zentrum aus der Liste.
applications-form-problem-travellers = Geben Sie eine ganze Zahl von Reisenden ein, von 1 bis 10.
applications-form-problem-participants = Geben Sie eine ganze Zahl von Teilnehmenden ein.
applications-form-problem-submitted = Geben Sie Datum und Uhrzeit ein oder lassen Sie das Feld leer.
applications-form-travel = Reise
applications-form-travel-green = Umweltfreundlich (Bahn, Bus, Fahrgemeinschaft)
applications-form-travel-hint = Umweltfreundlich: emissionsarme Verkehrsmittel für den größten Teil der Strecke.
applications-form-withdrawn = Zurückgezogen.
applications-form-withdrawn-text = Die Bewerbung bleibt in der Liste; sie zählt nicht mehr.
applications-form-eligible-text = Erfüllt alle Regeln dieses Zyklus.
applications-form-eligibility-hint = Wird beim Speichern erneut geprüft, anhand der Zentren und der Regeln dieses Zyklus.
applications-form-applicant = Bewerber:in
applications-form-role = Rolle
applications-form-job-title = Funktion
applications-form-email = E-Mail
applications-form-partner-hint-alliance = Anfragen werden in der Reihenfolge ihres Eingangs bearbeitet, nach dem Zeitpunkt ihrer Einreichung.
applications-form-partner-hint = Optional; lassen Sie das Feld leer, solange es noch keines gibt.
applications-form-format = Format
applications-form-format-choose = Format wählen
applications-form-workshop-title = Titel
applications-form-available-from = Verfügbar ab
applications-form-first-day = Erster Tag
applications-form-available-until = Verfügbar bis
applications-form-last-day = Letzter Tag
applications-form-work-plan = Arbeitsplan
applications-form-summary = Zusammenfassung
applications-form-participants = Teilnehmende
applications-form-participants-hint = Mindestens 15.
applications-form-budget = Beantragtes Budget (€)
# $example: ein Betrag, wie er eingegeben wird, „4.500,00“.
applications-form-budget-hint = In Euro, z. B. { $example }
applications-form-travellers = Reisende
applications-form-needs-legend = Bedarfe und Einreichung
applications-form-needs = Bedarf an Barrierefreiheit oder Inklusion
applications-form-submitted = Eingereicht
applications-form-submitted-hint = In Ortszeit.
applications-form-submitted-hint-new = Lassen Sie das Feld vorerst leer.
applications-form-history = Verlauf
# Der Datensatz, den der Verlaufsdialog nennt.
applications-form-history-name = Bewerbung Nr. { $id }
applications-form-withdraw = Zurückziehen…
applications-form-withdraw-title = Bewerbung Nr. { $id } zurückziehen?
applications-form-withdraw-message = Die Bewerbung bleibt in der Liste, als zurückgezogen markiert; sie zählt nicht mehr.
applications-form-withdraw-confirm = Zurückziehen
applications-form-withdraw-keep = Behalten

## Den Export eines Formulars importieren (ApplicationImportDialog.svelte)

applications-import-title = Bewerbungen importieren
applications-import-busy = Bewerbungen werden importiert…
applications-import-column = Spalte
applications-import-whole-row = ganze Zeile
applications-import-problem = Problem
applications-import-applicant = Bewerbung
applications-import-role = Rolle
applications-import-commit = Importieren
applications-import-commit-count = { $count ->
    [one] { $count } Bewerbung
   *[other] { $count } Bewerbungen
} importieren
applications-import-file-refused = Diese Datei kann nicht importiert werden.
applications-import-file-unchecked = Die Datei konnte nicht geprüft werden.
applications-import-rows-count = { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
}
applications-import-map-required = Ordnen Sie die Pflichtfelder zu, um die Zeilen zu prüfen.
applications-import-no-rows = Keine Zeilen
applications-import-no-rows-note = Die Datei hat eine Kopfzeile, aber keine Zeilen.
applications-import-unchanged = Seit dem letzten Import hat sich nichts geändert. Ein erneuter Import speichert nur die Zuordnung beim Zyklus.
applications-import-not-a-date = kein Datum
applications-import-columns = Spalten
applications-import-source-manual = Zuordnung: Ihre Zuordnung (wird beim Import mit dem Zyklus gespeichert).
applications-import-source-saved = Zuordnung: die beim letzten Import dieses Zyklus gespeicherte Zuordnung.
applications-import-source-guessed = Zuordnung: aus den Spaltennamen erraten. Prüfen Sie sie vor dem Import.
applications-import-missing-title = Spalten aus dem letzten Import, die in dieser Datei fehlen
# $column: der Name einer Spalte in der Datei; $field: das Feld, für das sie gelesen wurde.
applications-import-missing-column = „{ $column }“ ({ $field }) – umbenannt oder entfernt?
applications-import-missing-now = Jetzt aus „{ $column }“ gelesen.
applications-import-missing-hint = Wählen Sie die Spalte, die jetzt das jeweilige Feld enthält.
# $fields: die Namen der Felder, durch Kommas getrennt.
applications-import-unmapped = Wählen Sie eine Spalte für: { $fields }
# $columns: die Namen der Spalten, in Anführungszeichen, durch Kommas getrennt.
applications-import-extra = Nicht importiert: { $columns }
# Vor einer Liste: „Tag/Monat: 04.05.2027“ oder „Monat/Tag: 05.04.2027“. $text: ein Datum, wie die Datei es schreibt.
applications-import-dates = Daten in der Schreibweise „{ $text }“ (Zeile { $row }, { $column }) bedeuten
applications-import-date-order-choose = Reihenfolge wählen…
applications-import-date-order-day-month = Tag/Monat: { $date }
applications-import-date-order-month-day = Monat/Tag: { $date }
applications-import-date-order-unknown = Nichts in der Datei zeigt, welche Reihenfolge gilt: Wählen Sie, wie ihre Daten zu lesen sind.
applications-import-date-order-found = In der Datei gefunden: Eines ihrer Daten hat einen Tag über 12.
applications-import-field = Feld
applications-import-column-in-file = Spalte in der Datei
applications-import-required = Pflichtfeld
applications-import-not-in-file = – nicht in der Datei –
# Eine Spalte, die schon für ein anderes Feld gelesen wird, in der Liste der Spalten.
applications-import-column-used = { $column } (verwendet für { $field })
applications-import-rows = Zeilen
applications-import-checking = Zeilen werden geprüft…
applications-import-stale-invalid = Diese Zeilen wurden mit der vorherigen Zuordnung geprüft. Korrigieren Sie die rot markierten Spaltenzuordnungen, um sie erneut zu prüfen.
applications-import-stale = Diese Zeilen wurden mit der vorherigen Zuordnung geprüft.
applications-import-check-again = Erneut prüfen
applications-import-blocked = { $count ->
    [one] { $count } Problem – es wird nichts importiert, bis es in der Datei behoben ist
   *[other] { $count } Probleme – es wird nichts importiert, bis sie in der Datei behoben sind
}
applications-import-more-problems = …und { $count ->
    [one] { $count } weiteres Problem
   *[other] { $count } weitere Probleme
}
applications-import-errors-hint = Korrigieren Sie die Datei (oder den Export des Formulars), speichern Sie sie als CSV (UTF-8) und importieren Sie sie erneut. Auch eine falsche Spaltenzuordnung kann Probleme verursachen: Prüfen Sie zuerst die Zuordnung.
applications-import-rows-fine = Zeilen ohne Probleme
applications-import-plan = Was der Import bewirkt
applications-import-more-rows = …und { $count ->
    [one] { $count } weitere Zeile
   *[other] { $count } weitere Zeilen
}
applications-import-recheck = Datei erneut prüfen

## Die Tabelle eines Gutachters (SheetImportForm.svelte)

applications-sheet-title = Tabelle eines Gutachters importieren
applications-sheet-waiting = Warten auf die Datei…
applications-sheet-checking = Tabelle wird geprüft…
applications-sheet-saving = Bewertungen werden gespeichert…
applications-sheet-problem-new-name = Geben Sie den Namen der Person ein, von der diese Bewertungen stammen.
applications-sheet-problem-reviewer = Wählen Sie zuerst, von wem diese Bewertungen stammen.
applications-sheet-reviewer = Bewertungen von
applications-sheet-reviewer-choose = Auswählen…
applications-sheet-reviewer-new = Eine neue Person…
applications-sheet-new-name = Name
applications-sheet-choose = Tabelle wählen…
applications-sheet-hint = Eine CSV-Datei oder eine Excel-Arbeitsmappe (.xlsx) mit einer Spalte „Application“ (die Nummer jeder Bewerbung), einer Spalte je Kriterium, benannt wie unter „Kriterien und Regeln“, und einer optionalen Spalte „Note“ (Anmerkung). Die für einen Gutachter gespeicherte leere Tabelle („Leere Tabelle…“ in der Liste der Gutachter) hat diese Spalten bereits.
# Was das Speichern der geprüften Tabelle bewirken würde: „Mira Kovač: 12 Bewertungsbögen“.
applications-sheet-result = { $reviewer }: { $count ->
    [one] { $count } Bewertungsbogen
   *[other] { $count } Bewertungsbögen
}
# Dasselbe, wenn einige frühere Bewertungsbögen ersetzen: „Mira Kovač: 12 Bewertungsbögen, 2 ersetzen frühere“.
applications-sheet-result-replacing = { $reviewer }: { $count ->
    [one] { $count } Bewertungsbogen
   *[other] { $count } Bewertungsbögen
}, { $replaced ->
    [one] { $replaced } ersetzt einen früheren
   *[other] { $replaced } ersetzen frühere
}
applications-sheet-new-reviewer = { $reviewer } ist noch nicht unter den Gutachtern: Beim Speichern wird die Person hinzugefügt.
applications-sheet-save = Diese Bewertungen speichern
applications-sheet-save-hint = Bis dahin wird nichts gespeichert.
applications-sheet-nothing-saved = Es wurde nichts gespeichert.
# Nach „Es wurde nichts gespeichert.“; $file: der Name der Datei.
applications-sheet-problems-file = { $file } hat { $count ->
    [one] ein Problem; beheben Sie es
   *[other] { $count } Probleme; beheben Sie sie
} und wählen Sie die Tabelle erneut:
applications-sheet-problems = Die Tabelle hat { $count ->
    [one] ein Problem; beheben Sie es
   *[other] { $count } Probleme; beheben Sie sie
} und wählen Sie die Tabelle erneut:
# Wo ein Problem liegt, vor seiner Meldung: „Zeile 3, Qualität des Arbeitsplans:“.
applications-sheet-place = { $place }:
# Wo ein Problem liegt, eine Zelle der Tabelle: „Zeile 3, Qualität des Arbeitsplans:“ ($column, wie die Tabelle sie nennt).
applications-sheet-place-cell = Zeile { $row }, { $column }:

## Kriterien und Regeln (CriteriaDialog.svelte)

applications-criteria-title = Kriterien und Regeln
applications-criteria-loading = Kriterien werden geladen…
# Die Namen der Felder im Hinweis zu einem Speichern, das abgelehnt wurde, weil jemand inzwischen gespeichert hat.
applications-criteria-label-criteria = Kriterien
applications-criteria-label-method = Methode
applications-criteria-label-score-basis = Maßgebliche Bewertung
applications-criteria-label-place-cost = Kosten eines Platzes
applications-criteria-label-min-participants = Mindestzahl Teilnehmende
applications-criteria-label-blind = Anonyme Begutachtung
# Was eingegeben wurde, in diesem Hinweis: ein Kriterium.
applications-criteria-typed = { $label } (Gewichtung { $weight }, Höchstwert { $top })
applications-criteria-typed-by-staff = { $label } (Gewichtung { $weight }, Höchstwert { $top }, vom Sekretariat)
applications-criteria-typed-no-name = (ohne Namen)
applications-criteria-typed-none = (keine)
applications-criteria-typed-yes = Ja
applications-criteria-typed-no = Nein
# Der Anteil eines Kriteriums an der Gesamtgewichtung; $percent ist schon geschrieben („33,3“).
applications-criteria-share-percent = { $percent } %
applications-criteria-problem-weight = Eine Gewichtung ist eine ganze Zahl von 0 bis 100.
applications-criteria-problem-top = Der Höchstwert ist eine ganze Zahl von 1 bis 100.
applications-criteria-problem-place-cost = Lassen Sie das Feld leer, wenn keine Kosten anfallen.
applications-criteria-problem-min-participants = Geben Sie eine ganze Zahl von Teilnehmenden ein oder lassen Sie das Feld leer.
applications-criteria-saved = Kriterien und Regeln von { $cycle } gespeichert
applications-criteria-frozen = Diese Kriterien und Regeln sind festgeschrieben: Der Zyklus hat die Auswahl hinter sich. Versetzen Sie ihn (mit Begründung) in die Phase „Auswahl“ zurück, um sie zu ändern.
applications-criteria-legend = Kriterien
applications-criteria-hint = Gutachter bewerten jedes Kriterium von 0 bis zu seinem Höchstwert. Die Rangliste gewichtet den Mittelwert jedes Kriteriums mit seinem Anteil an der Gesamtgewichtung. Wird ein Kriterium entfernt, werden seine Bewertungen gelöscht.
applications-criteria-hint-first-come = Bei Auswahl nach Eingangsreihenfolge nicht verwendet.
# $column: der Name der Spalte „Vom Sekretariat“, fett gesetzt.
applications-criteria-by-staff-hint = Anonyme Begutachtung: Markieren Sie { $column } für jedes Kriterium, das das Sekretariat selbst bewertet, sobald bekannt ist, wer sich beworben hat (zum Beispiel geografische Ausgewogenheit). Die Gutachter bewerten die übrigen.
applications-criteria-criterion = Kriterium
applications-criteria-weight = Gewichtung
applications-criteria-share = Anteil
applications-criteria-top-score = Höchstwert
applications-criteria-by-staff = Vom Sekretariat
applications-criteria-row-name = Kriterium { $n }: Name
applications-criteria-row-weight = Kriterium { $n }: Gewichtung (0 bis 100)
applications-criteria-row-top = Kriterium { $n }: Höchstwert (1 bis 100)
applications-criteria-row-by-staff = Kriterium { $n }: bei anonymer Begutachtung vom Sekretariat bewertet
applications-criteria-by-staff-title = Vom Sekretariat nach Aufhebung der Anonymisierung bewertet
applications-criteria-remove-title = Dieses Kriterium entfernen
applications-criteria-remove = Kriterium { $n } entfernen
applications-criteria-remove-named = Kriterium { $n } ({ $label }) entfernen
applications-criteria-none = Keine Kriterien: Eine Rangliste nach Bewertungen braucht mindestens eines.
applications-criteria-add = Kriterium hinzufügen
applications-criteria-total = Gesamtgewichtung { $total }
# $names: die Namen der Kriterien, in Anführungszeichen, durch Kommas getrennt.
applications-criteria-removed = Beim Speichern { $count ->
    [one] wird { $names } mit allen dafür vergebenen Bewertungen
   *[other] werden { $names } mit allen dafür vergebenen Bewertungen
} entfernt.
applications-criteria-rules = Regeln
applications-criteria-method = Auswahl
applications-criteria-method-ranking-hint = Die besten gewichteten Bewertungen werden ausgewählt, sobald der Zyklus in der Phase „Auswahl“ ist.
applications-criteria-method-first-come-hint = Bewerbungen werden in der Reihenfolge ihres Eingangs ausgewählt, solange Plätze und Budget reichen.
applications-criteria-method-ranking = Rangliste nach Bewertungen
applications-criteria-method-first-come = Nach Eingangsreihenfolge
applications-criteria-place-cost = Kosten eines Platzes (€)
applications-criteria-place-cost-hint = Wird bei Auswahl nach Eingangsreihenfolge auf das Budget angerechnet. Leer für keine Kosten.
applications-criteria-min-participants = Mindestzahl Teilnehmende
applications-criteria-min-participants-hint = Ein Vorschlag, der weniger erwartet, ist nicht förderfähig. Leer für kein Minimum.
applications-criteria-score-basis = Maßgebliche Bewertung
applications-criteria-score-basis-mean-hint = Die Bewertung einer Bewerbung ist der Mittelwert der Gesamtwerte ihrer Gutachter.
applications-criteria-score-basis-normalised-hint = Die Gesamtwerte jedes Gutachters werden danach ausgeglichen, wie streng oder milde er bewertet; „Warum?“ in der Rangliste zeigt, wie.
applications-criteria-blind = Anonyme Begutachtung
applications-criteria-blind-hint = Die Tabellen der Gutachter und das Bewertungsformular für Gutachter zeigen weder Namen noch Zentrum noch Land der Bewerbenden. Mit „vom Sekretariat“ markierte Kriterien bewertet das Sekretariat nach Aufhebung der Anonymisierung.
applications-criteria-save = Speichern
applications-criteria-cancel = Abbrechen
applications-criteria-close = Schließen
applications-criteria-discard = Die Änderungen an den Kriterien und Regeln wurden nicht gespeichert.

# A person's own bank account (Staff Exchange, Hubs Alliance).
applications-form-bank-legend = An die Person gezahlt
applications-form-bank-hint = Geben Sie die eigene Bankverbindung der Person nur an, wenn der Zuschuss an sie statt an ihren Hub geht; Überweisungsdateien zahlen dann auf dieses Konto.
applications-form-bank-none = Keine: Der Zuschuss geht auf das Konto des Hubs.
