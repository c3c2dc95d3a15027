# Förderung: die Zuschüsse eines Zyklus, der Zuschussdialog, das Regelwerk und seine Satztabellen,
# die Auswirkung neuer Regeln auf das Budget (Was-wäre-wenn) und die Zahlungen eines Zuschusses
# und eines Zyklus.

## Arten von Regelwerk-Komponenten (grants.ts)

funding-rules-kind-distance-band = Reise nach Entfernungsstufe
funding-rules-kind-capped-travel = Reise bis zu einer Obergrenze
funding-rules-kind-subsistence = Aufenthaltskosten (Tagessatz)
funding-rules-kind-accommodation = Unterkunft (Übernachtungssatz)
funding-rules-kind-lump-sum = Pauschale
funding-rules-kind-green-top-up = Zuschlag für umweltfreundliches Reisen
funding-rules-kind-inclusion-top-up = Inklusionszuschlag
funding-rules-kind-visa-top-up = Visazuschlag
funding-rules-kind-expensive-travel = Hohe Reisekosten
funding-rules-kind-grant-cap = Obergrenze pro Zuschuss

funding-rules-kind-hint-distance-band = Pro Person: der Betrag der Stufe, in die die einfache Entfernung vom Heimatzentrum zum Gastgeber fällt, für Hin- und Rückreise.
funding-rules-kind-hint-capped-travel = Pro Person: die angegebenen Reisekosten bis zur Obergrenze (die Obergrenze wird reserviert, solange nichts angegeben ist).
funding-rules-kind-hint-subsistence = Pro Person: der Tagessatz × die Aktivitätstage (bis zur Begrenzung) plus Reisetage; Tage nach dem angegebenen Tag zu einem ermäßigten Prozentsatz.
funding-rules-kind-hint-accommodation = Pro Person: der Übernachtungssatz × die Nächte des Aufenthalts (Aktivitätstage − 1, bis zur Begrenzung).
funding-rules-kind-hint-lump-sum = Einmal pro Zuschuss.
funding-rules-kind-hint-green-top-up = Pro Person, die umweltfreundlich reist.
funding-rules-kind-hint-inclusion-top-up = Einmal pro Zuschuss: die angegebenen tatsächlichen Kosten für Inklusion oder Barrierefreiheit, bis zur Obergrenze.
funding-rules-kind-hint-visa-top-up = Pro Person, die ein Visum braucht.
funding-rules-kind-hint-expensive-travel = Mit einer Entfernungsstufe: Deckt die Stufe weniger als einen Anteil der angegebenen tatsächlichen Reisekosten, wird stattdessen ein Anteil dieser Kosten gezahlt (Erasmus+: unter 70 %, 80 %).
funding-rules-kind-hint-grant-cap = Nach allen anderen Positionen angewendet: Der Zuschuss beträgt höchstens diesen Betrag (als eigene Position angezeigt).

# Die Bezeichnung, mit der eine neue Komponente jeder Art beginnt (sie wird in den Schreiben gedruckt).
funding-rules-kind-name-distance-band = Reise
funding-rules-kind-name-capped-travel = Reise
funding-rules-kind-name-subsistence = Aufenthaltskosten
funding-rules-kind-name-accommodation = Unterkunft
funding-rules-kind-name-lump-sum = Pauschale
funding-rules-kind-name-green-top-up = Zuschlag für umweltfreundliches Reisen
funding-rules-kind-name-inclusion-top-up = Inklusionsunterstützung
funding-rules-kind-name-visa-top-up = Visakosten
funding-rules-kind-name-expensive-travel = Hohe Reisekosten
funding-rules-kind-name-grant-cap = Obergrenze pro Zuschuss

## Status eines Zuschusses, Aktionen in seinem Verlauf und seine Positionen (grants.ts)

funding-grants-state-draft = Entwurf
funding-grants-state-blocked = Blockiert
funding-grants-state-awarded = Bewilligt, Rev. { $revision }
funding-grants-state-cancelled = Storniert

funding-grants-action-awarded = Bewilligt
funding-grants-action-amended = Angepasst
funding-grants-action-cancelled = Storniert

# „2 Personen · Umweltfreundlich“ ($mode ist die Bezeichnung der Reiseart).
funding-grants-travel = { $count ->
    [one] { $count }{"\u00A0"}Person · { $mode }
   *[other] { $count }{"\u00A0"}Personen · { $mode }
}

# Woher eine Position stammt: „Reise · Regeln v2“.
funding-grants-line-source = { $rule } · Regeln v{ $version }
# „612 km · 500–1.999 km“ ($band ist die Stufe, wie der Kern sie formuliert).
funding-grants-line-distance = { $km } km · { $band }
funding-grants-line-no-band = keine Stufe
funding-grants-line-within-cap = innerhalb der Obergrenze
funding-grants-line-reduction-to-cap = Kürzung auf die Obergrenze
# „5 × 165,00 €“
funding-grants-line-calculation = { $quantity } × { $rate }
# Eine Position als kurzer Ausdruck: „Reise: 350,00 €“.
funding-grants-line-brief = { $label }: { $amount }
funding-grants-line-brief-traveller = { $label } (Person { $traveller }): { $amount }

# Die Meldung nach dem Bewilligen, ihre Teile verbunden mit „ · “.
funding-grants-award-toast-awarded = { $count ->
    [one] { $count } Zuschuss bewilligt
   *[other] { $count } Zuschüsse bewilligt
}
funding-grants-award-toast-blocked = { $count ->
    [one] { $count } blockierter Entwurf bleibt Entwurf
   *[other] { $count } blockierte Entwürfe bleiben Entwürfe
}
funding-grants-envelope-left = { $amount } des Budgetrahmens noch nicht bewilligt
funding-grants-envelope-over = { $amount } über dem Budgetrahmen

## Der Reiter der Zuschüsse (GrantsView)

funding-grants-count-grants = { $count ->
    [one] { $count } Zuschuss
   *[other] { $count } Zuschüsse
}
funding-grants-count-awarded = { $count } bewilligt
funding-grants-count-drafts = { $count ->
    [one] { $count } Entwurf
   *[other] { $count } Entwürfe
}
funding-grants-count-blocked = { $count } blockiert

funding-grants-rules-edited = Regeln v{ $version } · bearbeitet von { $actor } am { $when }
funding-grants-rules-noted = Regeln v{ $version } · { $note }, { $when }
funding-grants-rules-plain = Regeln v{ $version } · { $when }

funding-grants-bar-remaining = Bewilligt { $awarded } und Entwürfe { $drafts } bei einem Budgetrahmen von { $envelope }: { $remaining } verbleibend
funding-grants-bar-over = Bewilligt { $awarded } und Entwürfe { $drafts } bei einem Budgetrahmen von { $envelope }: { $over } darüber

funding-grants-award-confirm-title = { $count ->
    [one] { $count } Zuschussentwurf bewilligen?
   *[other] { $count } Zuschussentwürfe bewilligen?
}
funding-grants-award-confirm-text = { $count ->
    [one] { $count } Zuschuss über insgesamt { $amount } wird bewilligt und festgeschrieben: Spätere Änderungen der Regeln oder Angaben wirken sich auf ihn nur durch eine Anpassung aus.
   *[other] { $count } Zuschüsse über insgesamt { $amount } werden bewilligt und festgeschrieben: Spätere Änderungen der Regeln oder Angaben wirken sich auf sie nur durch eine Anpassung aus.
}
funding-grants-award-confirm-blocked = { $count ->
    [one] { $count } blockierter Entwurf bleibt ein Entwurf.
   *[other] { $count } blockierte Entwürfe bleiben Entwürfe.
}
funding-grants-award = Bewilligen
funding-grants-over-title = Über den Budgetrahmen hinaus bewilligen?
funding-grants-over-confirm = Trotzdem bewilligen

funding-grants-budget-title = Budget
funding-grants-budget-envelope = Budgetrahmen
funding-grants-budget-awarded = Bewilligt
funding-grants-budget-drafts = Entwürfe
funding-grants-budget-remaining = Verbleibend
funding-grants-budget-over = { $amount } darüber
# $year wird unverändert geschrieben („2027“).
funding-grants-budget-year = Alle Zyklen { $year }: { $committed } von { $envelope } gebunden

funding-grants-rules-label = Regeln
funding-grants-rules-button = Regeln…
funding-grants-award-all = Alle Entwürfe bewilligen…
funding-grants-award-all-none = Kein berechneter Zuschussentwurf zu bewilligen
funding-grants-loading = Zuschüsse werden geladen…
funding-grants-empty-title = Noch keine Zuschüsse
funding-grants-empty-text = Zuschüsse werden für ausgewählte Bewerbungen berechnet: Treffen Sie die Auswahl im Reiter „Auswahl“.

funding-grants-title = Zuschüsse
funding-grants-col-applicant = Bewerbung
funding-grants-col-role = Rolle
funding-grants-col-host = Gastgeber
funding-grants-col-travel = Reise
funding-grants-col-state = Status
funding-grants-col-total = Gesamt
funding-grants-col-paid = Bezahlt
funding-grants-withdrawn = Nach der Bewilligung zurückgezogen: Zuschuss stornieren
funding-grants-explain = Erläutern
# Wird nur von Screenreadern nach „Erläutern“ vorgelesen.
funding-grants-explain-whose = Zuschuss für { $applicant }
funding-grants-total = Gesamt
funding-grants-total-note = (ohne stornierte Zuschüsse)

## Die Positionen eines Zuschusses (GrantLines)

funding-grants-lines-title-draft = Positionen nach den geltenden Regeln
funding-grants-lines-title = Positionen
funding-grants-lines-empty-blocked = Keine Positionen, solange der Zuschuss nicht berechnet werden kann.
funding-grants-lines-empty = Keine Position: Keine Komponente der Regeln gilt für diese Bewerbung.
funding-grants-lines-col-item = Posten
funding-grants-lines-col-calculation = Berechnung
funding-grants-lines-col-amount = Betrag
funding-grants-lines-col-source = Quelle
funding-grants-lines-traveller = Person { $traveller }
funding-grants-lines-total = Gesamt

## Der Verlauf eines Zuschusses (GrantHistory)

funding-grants-history-title = Verlauf
funding-grants-history-empty = Noch nicht bewilligt: Ein Entwurf folgt den Regeln und Angaben.
funding-grants-history-revision = Rev. { $revision }
funding-grants-history-by = von { $actor } am { $when }
funding-grants-history-by-unknown = von einer unbekannten Person am { $when }

## Der Zuschussdialog (GrantDialog)

funding-grant-sub-revision = Revision { $revision }
funding-grant-sub-rules = Regeln v{ $version }
funding-grant-sub-awarded = bewilligt am { $when }
funding-grant-sub-awarded-by = bewilligt am { $when } von { $actor }

funding-grant-inputs-travel-name = Reisekosten pro Person
funding-grant-inputs-inclusion-name = Inklusionskosten
funding-grant-inputs-visa-name = Personen, die ein Visum brauchen
funding-grant-inputs-empty-note = Leer lassen, wenn nichts angegeben ist.
funding-grant-inputs-visa-invalid = Geben Sie eine ganze Zahl von Personen ein (0, wenn niemand ein Visum braucht).
funding-grant-inputs-saved-draft = Angaben für { $applicant } gespeichert; der Zuschussentwurf wird neu berechnet
funding-grant-inputs-saved-awarded = Angaben für { $applicant } gespeichert; der bewilligte Zuschuss ändert sich nur durch eine Anpassung

# $left ist funding-grants-envelope-left oder funding-grants-envelope-over.
funding-grant-award-toast = Zuschuss für { $applicant } bewilligt: { $amount } · { $left }
funding-grant-amend-reason-missing = Geben Sie an, warum sich der bewilligte Zuschuss ändert (dies wird im Verlauf des Zuschusses festgehalten).
funding-grant-amend-toast = Zuschuss für { $applicant } angepasst: { $before } → { $after } (Revision { $revision })
funding-grant-cancel-reason-missing = Geben Sie an, warum der Zuschuss storniert wird (dies wird im Verlauf des Zuschusses festgehalten).
funding-grant-cancel-toast = Zuschuss für { $applicant } storniert

funding-grant-loading = Zuschuss wird geladen…
funding-grant-route-from = Von
funding-grant-route-to = nach
funding-grant-no-host = noch kein Gastgeber
funding-grant-available = Verfügbar
funding-grant-visit = Besuch
funding-grant-activity = Aktivität
# „2. Nov. 2026 – 6. Nov. 2026 (5 Tage)“
funding-grant-span-days = { $span } ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
})
funding-grant-visit-to-agree = Termine noch von den beiden Zentren zu vereinbaren (unter „Paarbildung“ festlegen)
funding-grant-no-dates = noch keine Termine
funding-grant-travellers-green = { $count ->
    [one] { $count } Person, umweltfreundliche Reise
   *[other] { $count } Personen, umweltfreundliche Reise
}
funding-grant-travellers-standard = { $count ->
    [one] { $count } Person, Standardreise
   *[other] { $count } Personen, Standardreise
}
funding-grant-withdrawn = Die Bewerbung wurde nach der Bewilligung zurückgezogen: Stornieren Sie den Zuschuss.
funding-grant-blocked-title = Dieser Zuschuss kann noch nicht berechnet werden.

funding-grant-pending-title = Die geltenden Regeln und Angaben ergeben jetzt { $now } (bisher { $was })
funding-grant-amend-reason-label = Warum sich der bewilligte Zuschuss ändert
funding-grant-amend-hint = Die Anpassung und ihre Begründung werden im Verlauf des Zuschusses festgehalten.
funding-grant-amend = Zuschuss anpassen
funding-grant-pending-blocked = Die geltenden Regeln können diesen Zuschuss nicht neu berechnen, daher kann er nicht angepasst werden: { $reason }

funding-grant-inputs-title = Angaben
funding-grant-inputs-legend = Was das Team für diesen Zuschuss erfasst
funding-grant-input-travel = Angegebene Reisekosten pro Person (€)
funding-grant-input-travel-hint = Für Reisen bis zu einer Obergrenze. Leer, solange nichts angegeben ist: Die Obergrenze wird reserviert.
funding-grant-input-inclusion = Kosten für Inklusion und Barrierefreiheit (€)
funding-grant-input-inclusion-hint = Tatsächliche Kosten für den Zuschuss, erstattet bis zur Obergrenze eines Inklusionszuschlags. Leer, wenn keine.
funding-grant-input-visa = Personen, die ein Visum brauchen
funding-grant-input-visa-hint = Für einen Visazuschlag; 0 bis { $max }.
funding-grant-inputs-hint-draft = Der Entwurf wird beim Speichern neu berechnet.
funding-grant-inputs-hint-awarded = Der bewilligte Zuschuss behält seinen Betrag; eine Änderung erscheint als vorzunehmende Anpassung.
funding-grant-inputs-hint-cancelled = Ein stornierter Zuschuss ändert sich nicht mehr.
funding-grant-inputs-save-title = Angaben speichern (Strg+S)
funding-grant-inputs-save = Angaben speichern

funding-grant-cancel = Zuschuss stornieren…
funding-grant-full-history = Vollständiger Verlauf…
funding-grant-close = Schließen
funding-grant-award = Bewilligen
funding-grant-award-blocked = Ein blockierter Zuschuss kann nicht bewilligt werden
# Der Titel des Verlaufsdialogs lautet „Verlauf von …“.
funding-grant-history-name = dem Zuschuss für { $applicant }

funding-grant-cancel-title = Zuschuss für { $applicant } stornieren?
funding-grant-cancel-text = Der Zuschuss über { $amount } wird nicht mehr auf den Budgetrahmen angerechnet. Er bleibt mit seinem Verlauf in den Unterlagen erhalten.
funding-grant-cancel-reason-label = Warum?
funding-grant-cancel-hint = Die Begründung wird im Verlauf des Zuschusses festgehalten.
funding-grant-cancel-back = Zuschuss behalten
funding-grant-cancel-confirm = Zuschuss stornieren

funding-grant-discard-title = Angaben verwerfen?
funding-grant-discard-text = Die eingegebenen Angaben wurden nicht gespeichert.
funding-grant-discard-confirm = Verwerfen

## Der Regelwerk-Dialog (RuleSetDialog, RuleVersions)

# Wo ein Problem liegt, in der Zusammenfassung: „in „Reise“, Komponente 3“.
funding-rules-place-note = der Notiz
funding-rules-place-whole = den Regeln insgesamt
funding-rules-place-named = „{ $label }“
funding-rules-place-component = Komponente { $n }

funding-rules-record-rows = Komponenten
funding-rules-record-undated = Besuche ohne Termine

# $places ist eine Liste von Stellen („„Reise“, Komponente 3“); $first die Meldung des ersten Problems.
funding-rules-not-saved = Die Regeln wurden nicht gespeichert: { $count ->
    [one] ein Problem
   *[other] { $count } Probleme
}, in { $places }. { $first }
funding-rules-no-preview = Keine Vorschau: { $count ->
    [one] ein Problem
   *[other] { $count } Probleme
}, in { $places }. { $first }

funding-rules-amount-missing = Geben Sie einen Betrag in Euro ein, z. B. 350 (0 für nichts).
funding-rules-band-from-invalid = Zeile { $row }: Die Stufe beginnt bei einer ganzen Zahl von km.
funding-rules-band-to-invalid = Zeile { $row }: Die Stufe endet bei einer ganzen Zahl von km, oder leer für keine obere Grenze.
funding-rules-percent-invalid = Ein Prozentsatz von 1 bis 100.
funding-rules-max-days-invalid = Eine ganze Zahl von Tagen, oder leer für keine Begrenzung.
funding-rules-travel-days-invalid = Eine ganze Zahl von Tagen (0 für keine).
funding-rules-reduced-after-invalid = Eine ganze Zahl von Tagen, oder leer für keinen ermäßigten Satz.
funding-rules-reduced-percent-invalid = Ein ganzzahliger Prozentsatz von 0 bis 100.
funding-rules-max-nights-invalid = Eine ganze Zahl von Nächten, oder leer für keine Begrenzung.

funding-rules-saved-unchanged = Keine Änderung: Die Regeln bleiben bei Version { $version }
funding-rules-saved = Regeln als Version { $version } gespeichert; Zuschussentwürfe neu berechnet

funding-rules-title = Zuschussregeln
funding-rules-sub-version = · Version { $version } in Kraft
funding-rules-loading = Regeln werden geladen…
funding-rules-intro = Jede Komponente fügt den Zuschüssen der Rollen, für die sie gilt, Positionen hinzu. Beim Speichern entsteht Version { $next }, und die Zuschussentwürfe werden neu berechnet; bewilligte Zuschüsse behalten ihre Beträge und ändern sich nur durch eine Anpassung.

funding-rules-component-legend = Komponente { $n }: { $name }
funding-rules-move-up-label = Komponente { $n } nach oben verschieben
funding-rules-move-up = Nach oben
funding-rules-move-down-label = Komponente { $n } nach unten verschieben
funding-rules-move-down = Nach unten
funding-rules-remove-title = Diese Komponente entfernen
funding-rules-remove-label = Komponente { $n } entfernen
funding-rules-remove-label-named = Komponente { $n } ({ $name }) entfernen
funding-rules-name = Bezeichnung in den Schreiben
funding-rules-roles = Gilt für

funding-rules-cap-per-traveller = Obergrenze pro Person (€)
funding-rules-cap-per-traveller-hint = Die angegebenen Kosten werden bis zu diesem Betrag gezahlt.
funding-rules-cap = Obergrenze (€)
funding-rules-cap-hint = Angegebene tatsächliche Kosten werden bis zu diesem Betrag gezahlt.
funding-rules-grant-cap = Höchstbetrag eines Zuschusses (€)
funding-rules-amount = Betrag (€)
funding-rules-amount-green = Betrag pro umweltfreundlich reisender Person (€)
funding-rules-amount-visa = Betrag pro Person, die ein Visum braucht (€)
funding-rules-day-rate = Tagessatz (€)
funding-rules-night-rate = Übernachtungssatz (€)
funding-rules-rate-hint-groups = Für Ziele, die zu keiner Gruppe gehören.
funding-rules-max-days = Höchstzahl geförderter Aktivitätstage
funding-rules-no-limit-hint = Leer für keine Begrenzung.
funding-rules-travel-days = Reisetage
funding-rules-travel-days-hint = Werden zu den Aktivitätstagen addiert.
funding-rules-green-travel-days = Reisetage bei umweltfreundlichem Reisen
funding-rules-reduced-after = Ermäßigter Satz nach Tag
funding-rules-reduced-after-hint = Leer für keinen.
funding-rules-reduced-percent = Ermäßigter Satz (% des Tagessatzes)
funding-rules-max-nights = Höchstzahl geförderter Nächte
funding-rules-below-percent = Wenn die Stufe weniger deckt als (% der tatsächlichen Kosten)
funding-rules-share-percent = Stattdessen zahlen (% der tatsächlichen Kosten)

funding-rules-none = Keine Komponente: Ein Regelwerk braucht mindestens eine.
funding-rules-add-kind = Komponente hinzufügen
funding-rules-add = Hinzufügen
funding-rules-undated = Besuche, deren Termine noch nicht vereinbart sind
funding-rules-undated-funded-maximum = Mit dem Höchstbetrag nach den Regeln berechnet
funding-rules-undated-blocked = Blockiert, bis die Termine feststehen
funding-rules-undated-hint = Der Zuschuss eines Gastzentrums, bis die beiden Zentren die Termine ihres Besuchs beim Paar vereinbart haben (Paarbildung → Besuchstermine…).
funding-rules-note = Warum sich die Regeln ändern
# $why ist der Grund, warum der Zyklus festgeschrieben ist, wie der Kern ihn formuliert.
funding-rules-note-hint-frozen = Erforderlich: { $why }. Wird mit der neuen Version und im Verlauf des Zyklus festgehalten.
funding-rules-note-hint = Wird mit der neuen Version festgehalten.
funding-rules-save = Regeln speichern
funding-rules-discard-text = Die Änderungen an den Zuschussregeln wurden nicht gespeichert.

funding-rules-versions-title = Versionen ({ $count })
funding-rules-version = v{ $version }
funding-rules-version-in-force = in Kraft
funding-rules-version-by-app = von der App
funding-rules-version-by = von { $actor }

## Die Tabelle einer Komponente mit Entfernungsstufen (DistanceBandsTable)

funding-rules-bands-title = Entfernungsstufen (km, einfache Strecke)
funding-rules-bands-none = Noch keine Stufe.
funding-rules-bands-col-from = Von (km)
funding-rules-bands-col-to = Bis (km)
funding-rules-bands-col-standard = Standard (€)
funding-rules-bands-col-green = Umweltfreundlich (€)
funding-rules-bands-col-remove = Entfernen
funding-rules-bands-from = Stufe { $n }: von km
funding-rules-bands-to = Stufe { $n }: bis km (leer für keine obere Grenze)
funding-rules-bands-to-placeholder = keine Grenze
funding-rules-bands-standard = Stufe { $n }: Standardbetrag in Euro
funding-rules-bands-green = Stufe { $n }: Betrag für umweltfreundliches Reisen in Euro (leer für keinen eigenen Satz)
funding-rules-bands-green-placeholder = keiner
funding-rules-bands-remove = Stufe { $n } entfernen
funding-rules-bands-remove-title = Diese Stufe entfernen
funding-rules-bands-hint = Der Betrag deckt Hin- und Rückreise. „Bis“ leer für keine obere Grenze (nur bei der letzten Stufe); „Umweltfreundlich“ leer für keinen eigenen Satz.
funding-rules-bands-add = Stufe hinzufügen

## Die Ländergruppen einer Komponente mit Tages- oder Übernachtungssatz (RateGroupsTable)

funding-rules-groups-title = Sätze nach Zielland
funding-rules-groups-none = Ein Satz für alle Ziele.
funding-rules-groups-col-group = Gruppe
funding-rules-groups-col-countries = Länder (ISO-Codes)
funding-rules-groups-col-day-rate = Tagessatz (€)
funding-rules-groups-col-night-rate = Übernachtungssatz (€)
funding-rules-groups-col-remove = Entfernen
# Der Name, mit dem eine neue Gruppe beginnt.
funding-rules-groups-new-name = Gruppe { $n }
funding-rules-groups-name = Ländergruppe { $n }: Name
funding-rules-groups-countries = Ländergruppe { $n }: Ländercodes
funding-rules-groups-countries-placeholder = FR DE IT
funding-rules-groups-day-rate = Ländergruppe { $n }: Tagessatz in Euro
funding-rules-groups-night-rate = Ländergruppe { $n }: Übernachtungssatz in Euro
funding-rules-groups-remove = Ländergruppe { $n } entfernen
funding-rules-groups-remove-named = Ländergruppe { $n } ({ $name }) entfernen
funding-rules-groups-remove-title = Diese Gruppe entfernen
funding-rules-groups-hint = Codes durch Leerzeichen oder Kommas getrennt (Griechenland ist GR; EL wird als GR gelesen). Ein Ziel in keiner Gruppe erhält den Grundsatz.
funding-rules-groups-add = Ländergruppe hinzufügen

## Die Auswirkung der bearbeiteten Regeln auf das Budget (WhatIfPanel)

funding-whatif-no-change = keine Änderung
funding-whatif-title = Auswirkung auf das Budget
funding-whatif-preview = Auswirkung auf das Budget anzeigen
funding-whatif-current = Derzeit gebunden
funding-whatif-candidate = Mit diesen Regeln
funding-whatif-difference = Differenz
funding-whatif-envelope = Budgetrahmen
funding-whatif-over = { $amount } über dem Budgetrahmen mit diesen Regeln.
funding-whatif-no-changes = Kein Zuschussentwurf ändert sich.
funding-whatif-changes = { $count ->
    [one] { $count } Zuschussentwurf würde sich ändern:
   *[other] { $count } Zuschussentwürfe würden sich ändern:
}
funding-whatif-blocked = blockiert: { $reason }
funding-whatif-awarded = { $count ->
    [one] { $count } bewilligter Zuschuss würde sich nur durch eine Anpassung ändern.
   *[other] { $count } bewilligte Zuschüsse würden sich nur durch eine Anpassung ändern.
}

## Zahlungen: Status, Filter und Texte (payments.ts)

funding-payments-status-waiting = Wartet
funding-payments-status-scheduled = Geplant
funding-payments-status-due = Fällig
funding-payments-status-overdue = Überfällig
funding-payments-status-paid = Bezahlt
funding-payments-status-waived = Erlassen
funding-payments-status-cancelled = Storniert
# $date wird unverändert geschrieben („2026-11-20“).
funding-payments-status-paid-on = Bezahlt am { $date }
funding-payments-due-after-report = nach dem Bericht

funding-payments-summary-owed = Geschuldet { $amount }
funding-payments-summary-paid = Bezahlt { $amount }
funding-payments-summary-outstanding = Noch zu zahlen { $amount }
funding-payments-summary-to-recover = Zurückzufordern { $amount }

funding-payments-filter-all = Alle Zahlungen
funding-payments-filter-open = Zu zahlen oder zurückzufordern
funding-payments-filter-due = Jetzt fällig
funding-payments-filter-waiting = Warten auf den Bericht
funding-payments-filter-paid = Bezahlt
funding-payments-filter-closed = Storniert oder erlassen

funding-payments-reason-waive = Zahlung erlassen
funding-payments-reason-undo-waiver = Erlass rückgängig machen
funding-payments-reason-undo-payment = Zahlung rückgängig machen
funding-payments-reason-consequence-waive = Eine erlassene Zahlung gilt als erledigt: Dieser Betrag wird den Begünstigten weder ausgezahlt noch von ihnen zurückgefordert.
funding-payments-reason-consequence-reopen = Die Zahlung ist wieder offen, und die offenen Zahlungen des Zuschusses werden neu berechnet.

funding-payments-partial-date = Geben Sie ein vollständiges Datum ein, oder lassen Sie das Datum für heute leer.
funding-payments-export-done = { $payments ->
    [one] { $payments } Zahlungszeile
   *[other] { $payments } Zahlungszeilen
} aus { $grants ->
    [one] { $grants } Zuschuss
   *[other] { $grants } Zuschüssen
} nach { $path } exportiert

## Eine Zahlung erfassen (PayForm)

funding-payments-pay-received-on = Eingegangen am
funding-payments-pay-paid-on = Bezahlt am
funding-payments-pay-reference = Referenz
funding-payments-pay-reference-placeholder = Bank- oder Buchungsreferenz
funding-payments-pay-reference-hint = Optional, bis zu 100 Zeichen.
funding-payments-pay-cancel = Abbrechen
funding-payments-pay-record-recovery = Rückforderung erfassen
funding-payments-pay-record-payment = Zahlung erfassen

## Eine Zahlung erlassen oder rückgängig machen (PaymentReasonForm)

funding-payments-reason-title-waive = Erlassen:
funding-payments-reason-title-undo-waiver = Erlass rückgängig machen:
funding-payments-reason-title-undo-payment = Zahlung rückgängig machen:
funding-payments-reason-missing-waive = Geben Sie an, warum auf diese Zahlung verzichtet wird (dies wird bei der Zahlung festgehalten).
funding-payments-reason-missing-reopen = Geben Sie an, warum die Zahlung wieder geöffnet wird (dies wird bei der Zahlung festgehalten).
funding-payments-reason-label = Warum?
funding-payments-reason-hint = Die Begründung wird bei der Zahlung festgehalten. Eingabe bestätigt; Umschalt+Eingabe beginnt eine neue Zeile.
funding-payments-reason-cancel = Abbrechen

## Die Zahlungen eines Zuschusses (GrantPaymentsPanel)

funding-payments-action-record-recovery = Rückforderung erfassen…
funding-payments-action-record-payment = Zahlung erfassen…
funding-payments-action-waive = Erlassen…
funding-payments-action-undo = Rückgängig machen…
funding-payments-toast-report-received = Bericht als eingegangen markiert
funding-payments-toast-report-cleared = Berichtsdatum gelöscht
funding-payments-toast-recorded = Zahlung erfasst
funding-payments-toast-waived = Zahlung erlassen
funding-payments-toast-reopened = Zahlung wieder geöffnet
funding-payments-grant-title = Zahlungen
# $date wird unverändert geschrieben („2026-11-20“).
funding-payments-report-received = Bericht eingegangen am { $date }
funding-payments-report-clear = Berichtsdatum löschen
funding-payments-report-awaited = Bericht noch nicht eingegangen – der Restbetrag wird bei seinem Eingang fällig
funding-payments-report-date = Eingegangen am
funding-payments-report-mark = Bericht als eingegangen markieren
funding-payments-grant-none = Für diesen Zuschuss ist keine Zahlung geplant.
funding-payments-col-payment = Zahlung
funding-payments-col-amount = Betrag
funding-payments-col-due = Fällig
funding-payments-col-status = Status
funding-payments-col-actions = Aktionen

## Der Reiter der Zahlungen (PaymentsView)

funding-payments-count = { $count ->
    [one] { $count } Zahlung
   *[other] { $count } Zahlungen
}
funding-payments-count-filtered = { $shown } von { $count ->
    [one] { $count } Zahlung
   *[other] { $count } Zahlungen
}
funding-payments-bar = Bezahlt { $paid } von { $awarded } bewilligt; { $due } jetzt fällig, davon { $overdue } überfällig; { $outstanding } noch zu zahlen
# Die Zeile unter der Leiste, ihre Teile verbunden mit „ · “.
funding-payments-line-awarded = { $count ->
    [one] { $count } bewilligter Zuschuss
   *[other] { $count } bewilligte Zuschüsse
}
funding-payments-line-cancelled = { $count ->
    [one] { $count } stornierter Zuschuss
   *[other] { $count } stornierte Zuschüsse
}
funding-payments-line-reports = { $count ->
    [one] { $count } Bericht eingegangen
   *[other] { $count } Berichte eingegangen
}
funding-payments-line-open = { $count ->
    [one] { $count } offene Zahlung
   *[other] { $count } offene Zahlungen
}
funding-payments-line-waived = { $amount } erlassen

funding-payments-totals-title = Zahlungen
funding-payments-total-awarded = Bewilligt
funding-payments-total-paid = Bezahlt, netto
funding-payments-total-outstanding = Noch zu zahlen
funding-payments-total-due = Jetzt fällig
funding-payments-total-overdue = Überfällig
funding-payments-total-recover = Zurückzufordern

funding-payments-finance = Finanzen
funding-payments-finance-hint = Jede Rate und Rückforderung, jeder Zuschuss und jede Position des Zyklus, für die Buchhaltung.
funding-payments-export-xlsx = Für die Buchhaltung exportieren (XLSX)…
funding-payments-export-csv-title = Für die Buchhaltung als CSV exportieren
funding-payments-export-csv = CSV…
funding-payments-loading = Zahlungen werden geladen…
funding-payments-empty-title = Noch keine Zahlungen.
funding-payments-empty-text = Raten werden nach dem Zahlungsplan des Zyklus angesetzt, sobald Zuschüsse bewilligt werden (Reiter „Zuschüsse“).

funding-payments-title = Raten und Rückforderungen
funding-payments-col-payee = Empfänger:in
funding-payments-filter-label = Anzeigen
funding-payments-grant-cancelled = Zuschuss storniert
funding-payments-record-recovery-title = Rückforderung erfassen
funding-payments-record-payment-title = Zahlung erfassen
funding-payments-record = Erfassen…
funding-payments-open-grant-title = Zuschuss öffnen: Bericht, Zahlungen, Erlasse und Verlauf
funding-payments-open-grant = Zuschuss…
funding-payments-none-match = Keine Zahlung entspricht „{ $filter }“.
funding-payments-dialog-recovery = Rückforderung von { $applicant } erfassen
funding-payments-dialog-payment = Zahlung an { $applicant } erfassen

# Bank transfer files (SepaDialog, BatchesPanel).
funding-sepa-open = Überweisungsdatei…
funding-sepa-open-title = Eine SEPA-Überweisungsdatei der zu zahlenden Raten für die Bank des Netzwerks schreiben
funding-sepa-title = Überweisungsdatei: { $cycle }
funding-sepa-intro = Eine SEPA-Überweisung je Rate, gezahlt vom Konto des Netzwerks. Laden Sie die Datei bei der Bank hoch; sobald sie gezahlt hat, markieren Sie die Datei hier als bezahlt.
funding-sepa-date = Tag, an dem die Bank zahlt
funding-sepa-date-hint = Heute oder später.
funding-sepa-format = Format
funding-sepa-format-09 = pain.001.001.09 (aktuell)
funding-sepa-format-03 = pain.001.001.03 (für Banken, die es noch verlangen)
funding-sepa-debtor = Gezahlt von { $holder }, { $iban }.
funding-sepa-reading = Raten werden gelesen…
funding-sepa-lines = { $count ->
        [0] Nichts zu zahlen in dieser Datei
        [one] 1 Überweisung, { $total }
       *[other] { $count } Überweisungen, { $total }
    }
funding-sepa-no-lines = Kreuzen Sie unten Raten an, um sie zu zahlen.
funding-sepa-to = an { $holder },
funding-sepa-left-out = { $count ->
        [one] 1 Rate ausgelassen
       *[other] { $count } Raten ausgelassen
    }
funding-sepa-others = { $count ->
        [one] 1 weitere Rate kann im Voraus gezahlt werden
       *[other] { $count } weitere Raten können im Voraus gezahlt werden
    }
funding-sepa-write = { $count ->
        [0] Datei schreiben…
        [one] Datei mit 1 Überweisung schreiben…
       *[other] Datei mit { $count } Überweisungen schreiben…
    }
funding-sepa-written = { $file } geschrieben: { $count ->
        [one] 1 Überweisung
       *[other] { $count } Überweisungen
    }, { $total }. Markieren Sie sie als bezahlt, sobald die Bank gezahlt hat.
funding-batches-title = Überweisungsdateien
funding-batches-figures = { $count ->
        [one] 1 Überweisung
       *[other] { $count } Überweisungen
    }, { $total }, zu zahlen am { $date }
funding-batches-written = { $file }, geschrieben { $at }
funding-batches-written-by = { $file }, geschrieben { $at } von { $who }
funding-batches-state-written = Wartet auf die Bank
funding-batches-state-paid = Bezahlt
funding-batches-state-discarded = Verworfen
funding-batches-paid-on = Bezahlt am { $date }
funding-batches-mark-paid = Als bezahlt markieren…
funding-batches-discard = Verwerfen…
funding-batches-paid-title = Hat die Bank { $reference } gezahlt?
funding-batches-paid-text = Jede ihrer { $count } Raten ({ $total } insgesamt) wird am unten angegebenen Tag als bezahlt markiert, mit der Referenz der Datei. Hat sich eine davon seit dem Schreiben der Datei geändert, wird nichts markiert.
funding-batches-paid-on-label = Tag, an dem die Bank gezahlt hat
funding-batches-paid-confirm = { $count ->
        [one] 1 Rate als bezahlt markieren
       *[other] { $count } Raten als bezahlt markieren
    }
funding-batches-paid-toast = { $reference }: { $count ->
        [one] 1 Rate als bezahlt markiert.
       *[other] { $count } Raten als bezahlt markiert.
    }
funding-batches-discard-title = { $reference } verwerfen?
funding-batches-discard-text = Nur wenn die Datei nie an die Bank gesendet wurde: Ihre Raten können dann in eine andere Datei. Die Datei auf der Festplatte bleibt, wie sie ist.
funding-batches-discard-confirm = Datei verwerfen
funding-batches-discarded-toast = { $reference } verworfen.
