# Zyklen: die Liste, die Detailansicht eines Zyklus, das Zyklusformular, der Programmdialog
# und die Bezeichnungen und Formate, die die anderen Ansichten teilen (Phasen, Typen, Tage, Daten).

## Phasen, in der Reihenfolge, in der Zyklen sie durchlaufen

cycles-phase-draft = Entwurf
cycles-phase-call-open = Ausschreibung offen
cycles-phase-selection = Auswahl
cycles-phase-matching = Paarbildung
cycles-phase-awarded = Bewilligt
cycles-phase-in-progress = Laufend
cycles-phase-reporting = Berichte
cycles-phase-closed = Abgeschlossen

## Die Schaltfläche, die einen Zyklus in eine Phase weiterschaltet

cycles-forward-call-open = Ausschreibung öffnen
cycles-forward-selection = Auswahl beginnen
cycles-forward-matching = Paarbildung beginnen
cycles-forward-awarded = Zu „Bewilligt“ wechseln
cycles-forward-in-progress = Aktivitäten beginnen
cycles-forward-reporting = Berichtsphase beginnen
cycles-forward-closed = Zyklus abschließen
# $phase: die Bezeichnung einer Phase.
cycles-move-to = Zu „{ $phase }“ wechseln
# Nach einem Wechsel; $title: der Titel des Zyklus, $phase: die Phase, in der er jetzt ist.
cycles-toast-moved = „{ $title }“ ist jetzt in der Phase „{ $phase }“

## Programmtypen

cycles-shape-p2p = P2P-Lernen
cycles-shape-staff-exchange = Personalaustausch
cycles-shape-workshops = Workshops
cycles-shape-hubs-alliance = Allianz der Zentren
cycles-shape-p2p-hint = Gastzentren bilden mit gastgebenden Zentren Paare für einen kurzen Austausch.
cycles-shape-staff-exchange-hint = Eine Person aus dem Team eines Zentrums bei einem gastgebenden Zentrum, von einer Woche bis zu drei Monaten.
cycles-shape-workshops-hint = Ein von der Gemeinschaft gewähltes Zentrum richtet einen Workshop aus.
cycles-shape-hubs-alliance-hint = Fachleute der Allianz bei einem anderen Zentrum der Allianz, nach Eingangsreihenfolge.

## Was die Plätze eines Zyklus zählen (kleingeschrieben: auch der Anfang einer Formularbezeichnung)

cycles-slots-visiting = Gastzentren
cycles-slots-hosting = gastgebende Zentren
cycles-slots-hubs = Zentren
cycles-slots-people = Personen
cycles-slots-visiting-count = { $count ->
    [one] { $count } Gastzentrum
   *[other] { $count } Gastzentren
}
cycles-slots-hosting-count = { $count ->
    [one] { $count } gastgebendes Zentrum
   *[other] { $count } gastgebende Zentren
}
cycles-slots-hubs-count = { $count ->
    [one] { $count } Zentrum
   *[other] { $count } Zentren
}
cycles-slots-people-count = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
cycles-slots-min-days = Kürzeste Aktivität (Tage)
cycles-slots-max-days = Längste Aktivität (Tage)

## Zahlungsplan

cycles-due-before-activity = vor der Aktivität
cycles-due-after-report = nach dem Bericht
# Eine Rate: „70 % vor der Aktivität“.
cycles-schedule-instalment = { $percent } % { $due }
cycles-schedule-problem = Jede Rate liegt zwischen 1 % und 100 %.
# $n: die Nummer der Rate, ab 1.
cycles-schedule-percent-label = Rate { $n }: Prozent des Zuschusses
cycles-schedule-due-label = Rate { $n }: fällig
cycles-schedule-remove = Rate { $n } entfernen
cycles-schedule-remove-title = Diese Rate entfernen
cycles-schedule-add = Rate hinzufügen
cycles-schedule-total = Summe { $total } %

## Dauer der Aktivität

cycles-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
cycles-days-range = { $max ->
    [one] { $min }–{ $max } Tag
   *[other] { $min }–{ $max } Tage
}
cycles-days-at-least = { $count ->
    [one] mindestens { $count } Tag
   *[other] mindestens { $count } Tage
}
cycles-days-up-to = { $count ->
    [one] bis zu { $count } Tag
   *[other] bis zu { $count } Tage
}

## Daten und Beträge

# Ein fehlender Anfang oder ein fehlendes Ende eines Zeitraums.
cycles-date-not-set = offen
# $from, $to: Daten (das Leerzeichen vor dem Gedankenstrich bricht nicht um).
cycles-date-range = { $from } – { $to }
cycles-not-set = Nicht festgelegt
cycles-budget-empty = Geben Sie das Budget in Euro ein, z. B. 21.775 (0, solange es noch nicht bekannt ist).
cycles-budget-label = Budgetrahmen (€)
cycles-budget-hint = In Euro, z. B. 21.775,00
cycles-budget-schedule = Zahlungsplan
cycles-figures-whole-number = Geben Sie eine ganze Zahl ein.
cycles-figures-whole-days = Geben Sie eine ganze Zahl von Tagen ein oder lassen Sie das Feld leer.

## Die Liste der Zyklen

cycles-screen-title = Zyklen
cycles-screen-programmes = Programme…
cycles-screen-all-programmes = Alle Programme
cycles-screen-all-years = Alle Jahre
cycles-screen-count = { $total ->
    [one] { $total } Zyklus
   *[other] { $total } Zyklen
}
# $shown: die Zyklen, die die Filter durchlassen, $total: alle Zyklen.
cycles-screen-count-filtered = { $total ->
    [one] { $shown } von { $total } Zyklus
   *[other] { $shown } von { $total } Zyklen
}
cycles-screen-empty-title = Noch keine Zyklen
cycles-screen-empty-note = Die Standardwerte jedes Programms lassen sich unter „Programme…“ ändern.
cycles-screen-empty-text = Ein Zyklus ist die Ausschreibung eines Programms für ein Jahr: ihre Termine, ihre Plätze, ihr Budgetrahmen und die Art, wie Zuschüsse gezahlt werden. Er durchläuft die Phasen vom Entwurf über Ausschreibung, Auswahl und Bewilligung bis zu den Berichten.
cycles-screen-new = Neuer Zyklus
cycles-screen-filter-programme = Programm
cycles-screen-filter-year = Jahr
cycles-screen-clear-filters = Filter zurücksetzen
cycles-screen-no-match = Keine passenden Zyklen.
cycles-screen-col-title = Titel
cycles-screen-col-programme = Programm
cycles-screen-col-year = Jahr
cycles-screen-col-phase = Phase
cycles-screen-col-call = Ausschreibung
cycles-screen-col-activity = Aktivitätszeitraum
cycles-screen-col-slots = Plätze
cycles-screen-col-budget = Budget
cycles-screen-ahead = Vorgearbeitet
cycles-screen-ahead-title = Hier wurde Arbeit erledigt, die zur Phase „{ $phase }“ gehört: Öffnen Sie den Zyklus, um ihn weiterzuschalten
# $primary, $secondary: gezählte Plätze („13 Gastzentren“).
cycles-screen-slots-title = { $primary } + { $secondary }
cycles-screen-loading = Zyklen werden geladen…
cycles-toast-saved = „{ $name }“ gespeichert
cycles-toast-created = „{ $title }“ angelegt
cycles-toast-deleted = „{ $title }“ gelöscht
cycles-toast-added = „{ $name }“ hinzugefügt

## Ein Zyklus

cycles-detail-back = Alle Zyklen
cycles-detail-load-failed = Dieser Zyklus kann nicht angezeigt werden.
cycles-detail-loading = Zyklus wird geladen…
cycles-detail-amend-settings = Einstellungen ändern…
cycles-detail-edit-settings = Einstellungen bearbeiten
cycles-detail-clone = Neuer Zyklus auf dieser Grundlage…
cycles-detail-delete = Löschen…
cycles-detail-phases = Phasen
cycles-detail-phase-done = (erledigt)
cycles-detail-ahead-title = Die Arbeit an diesem Zyklus ist seiner Phase voraus
# $work: was erledigt wurde („26 Zuschüsse bewilligt und 26 Schreiben ausgestellt“); $phase: die Phase
# des Zyklus; $belongs: die Phase, zu der diese Arbeit gehört.
cycles-detail-ahead-text = { $work }, während der Zyklus in der Phase „{ $phase }“ steht. Diese Arbeit gehört zur Phase „{ $belongs }“: Schalten Sie den Zyklus weiter, damit das, was er erlaubt, dem entspricht, was erledigt wurde.
cycles-detail-catch-up = Weiter bis „{ $phase }“…
cycles-detail-next-title = Nächster Schritt
cycles-detail-closed = Dieser Zyklus ist abgeschlossen.
cycles-detail-missing = Um zu „{ $phase }“ zu wechseln, ergänzen Sie:
cycles-detail-awarded-note = Ab „Bewilligt“ werden Zuschüsse bewilligt (Bewerbungen → Zuschüsse) und Schreiben ausgestellt; die Einstellungen des Zyklus werden festgeschrieben, weil die Zuschüsse aus ihnen berechnet werden.
cycles-detail-move-back = Zurückversetzen…
cycles-detail-settings-title = Einstellungen
# $frozen: warum die Einstellungen festgeschrieben sind, vom Kern.
cycles-detail-frozen = Festgeschrieben: { $frozen }. Jede Änderung erfordert eine Begründung und wird im Verlauf festgehalten.
cycles-detail-call = Ausschreibung
cycles-detail-activity-window = Aktivitätszeitraum
cycles-detail-report-deadline = Berichtsfrist
cycles-detail-slots = Plätze
cycles-detail-activity-length = Dauer der Aktivität
cycles-detail-budget = Budget
cycles-detail-payment-schedule = Zahlungsplan
cycles-detail-notes = Notizen
cycles-detail-notes-none = Keine
cycles-detail-history-title = Verlauf
cycles-detail-history-empty = Noch keine Phasenwechsel.
cycles-detail-history-rules = Regeln geändert
cycles-detail-history-rules-by = Regeln geändert von { $actor }
cycles-detail-history-settings = Einstellungen geändert
cycles-detail-history-settings-by = Einstellungen geändert von { $actor }
cycles-detail-award-title = „{ $title }“ zu „Bewilligt“ wechseln?
cycles-detail-award-message = Die Einstellungen des Zyklus (Termine, Plätze, Budget und Zahlungsplan) werden festgeschrieben, weil die Zuschüsse aus ihnen berechnet werden; seine Zuschüsse können dann im Reiter „Zuschüsse“ bewilligt werden. Um die Einstellungen später zu ändern, muss der Zyklus mit Begründung zurückversetzt werden.
cycles-detail-award-confirm = Zu „Bewilligt“ wechseln
cycles-detail-close-title = „{ $title }“ abschließen?
cycles-detail-close-message = Ein abgeschlossener Zyklus bleibt in den Unterlagen. Er kann wieder geöffnet werden, indem er mit Begründung zurückversetzt wird.
cycles-detail-close-confirm = Zyklus abschließen
cycles-detail-catch-up-title = „{ $title }“ bis „{ $phase }“ weiterschalten?
cycles-detail-catch-up-message = Der Zyklus rückt jeweils um eine Phase vor, jedes Mal mit den üblichen Prüfungen, und jeder Wechsel wird mit der Begründung in seinem Verlauf festgehalten. Ist eine Prüfung nicht erfüllt, ändert sich nichts und es wird genannt, was fehlt.
cycles-detail-catch-up-confirm = Weiterschalten
cycles-detail-delete-title = „{ $title }“ löschen?
cycles-detail-delete-message = Der Entwurf und seine Einstellungen werden entfernt. Dies kann nicht rückgängig gemacht werden.
cycles-detail-delete-confirm = Löschen

## Das Zyklusformular

cycles-form-title-amend = { $title } ändern
cycles-form-title-edit = { $title } bearbeiten
cycles-form-title-new = Neuer Zyklus
cycles-form-choose-programme = Wählen Sie das Programm.
cycles-form-year-problem = Geben Sie das Jahr ein, z. B. 2027.
cycles-form-sub-new = Die Ausschreibung eines Programms für ein Jahr.
cycles-form-legend-cycle = Zyklus
cycles-form-programme = Programm
cycles-form-year = Jahr
cycles-form-no-programme = Derzeit wird kein Programm angeboten: Schalten Sie zuerst eines unter „Programme…“ ein.
cycles-form-programme-hint = Die Wahl eines Programms füllt das Formular mit dessen Standardwerten.
cycles-form-filling = Standardwerte des Programms werden eingetragen…
cycles-form-legend-title = Titel
cycles-form-title = Titel
cycles-form-title-hint = Lassen Sie das Feld leer, um den Namen des Programms und das Jahr zu verwenden.
cycles-form-legend-dates = Termine
cycles-form-call-opens = Beginn der Ausschreibung
cycles-form-call-deadline = Bewerbungsfrist
cycles-form-activity-start = Erster Tag der Aktivitäten
cycles-form-activity-end = Letzter Tag der Aktivitäten
cycles-form-report-deadline = Berichtsfrist
cycles-form-dates-hint = Die Ausschreibung kann erst geöffnet werden, wenn ihre Termine und ein Budget festgelegt sind.
cycles-form-legend-slots = Plätze und Dauer
cycles-form-legend-money = Finanzen
cycles-form-legend-notes = Notizen
cycles-form-notes = Notizen
cycles-form-history = Verlauf
cycles-form-amend-title = „{ $title }“ ändern?
# $frozen: warum die Einstellungen festgeschrieben sind, vom Kern, mit großem Anfangsbuchstaben.
cycles-form-amend-frozen = { $frozen }: Diese Einstellungen lassen sich nur mit einer Begründung ändern, die im Verlauf des Zyklus festgehalten wird.
cycles-form-amend-letters = { $count ->
    [one] { $count } ausgestelltes Schreiben nennt eine Einstellung, die sich ändert: Es bräuchte eine neue Fassung.
   *[other] { $count } ausgestellte Schreiben nennen eine Einstellung, die sich ändert: Sie bräuchten eine neue Fassung.
}
cycles-form-amend-reason = Warum sich die Einstellungen ändern
cycles-form-amend-reason-short = Geben Sie an, warum sich die Einstellungen ändern (mindestens 5 Zeichen): Die Begründung wird im Verlauf des Zyklus festgehalten.
cycles-form-amend-cancel = Abbrechen
cycles-form-amend-confirm = Ändern
cycles-form-amend-confirm-overrun = Trotz Überschreitung ändern

## Ein neuer Zyklus auf Grundlage eines anderen

cycles-clone-title = Neuer Zyklus auf Grundlage von „{ $title }“
cycles-clone-text = Die Einstellungen werden als Entwurf kopiert, wobei jedes Datum in das neue Jahr verschoben wird. Bewerbungen werden nicht kopiert.
cycles-clone-year = Jahr
cycles-clone-year-problem = Geben Sie das Jahr ein, z. B. 2028.
cycles-clone-cancel = Abbrechen
cycles-clone-confirm = Zyklus anlegen

## Einen Zyklus zurückversetzen

cycles-move-back-title = „{ $title }“ zurückversetzen
cycles-move-back-to = Zurück zu
cycles-move-back-reason = Warum?
cycles-move-back-reason-hint = Die Begründung wird im Verlauf des Zyklus festgehalten.
cycles-move-back-cancel = Abbrechen
cycles-move-back-confirm = Zurückversetzen

## Weiterschalten, sobald die Paarbildung oder die Platzierungen bestätigt sind

cycles-move-on-question = „{ $title }“ jetzt zu „{ $phase }“ weiterschalten?
cycles-move-on-awarded = Seine Zuschüsse können dann bewilligt und die Schreiben dazu ausgestellt werden. Ab „Bewilligt“ sind die Einstellungen des Zyklus festgeschrieben; ein späteres Zurückversetzen erfordert eine Begründung.
cycles-move-on-blocked = „{ $title }“ kann noch nicht zu „{ $phase }“ wechseln. Es fehlt noch:
cycles-move-on-stays = „{ $title }“ bleibt in der Phase „{ $phase }“.
cycles-move-on-later = Nicht jetzt
cycles-move-on-close = Schließen

## Der Phasenhinweis auf einem Reiter

cycles-phase-notice-move = Zyklus zu „{ $phase }“ weiterschalten…
cycles-phase-notice-title = „{ $title }“ zu „{ $phase }“ weiterschalten?
cycles-phase-notice-awarded = Ab „Bewilligt“ sind die Einstellungen des Zyklus festgeschrieben, weil die Zuschüsse aus ihnen berechnet werden. Ein späteres Zurückversetzen erfordert eine Begründung, die im Verlauf des Zyklus festgehalten wird.
cycles-phase-notice-other = Der Wechsel wird im Verlauf des Zyklus festgehalten. Ein späteres Zurückversetzen erfordert eine Begründung.

## Programme

cycles-programmes-title = Programme
cycles-programmes-sub = Neue Zyklen beginnen mit den Standardwerten eines Programms. Änderungen hier lassen bestehende Zyklen unverändert.
cycles-programmes-loading = Programme werden geladen…
cycles-programmes-list = Programme
# $shape: der Name eines Typs („P2P-Lernen“).
cycles-programmes-shape = Typ „{ $shape }“
cycles-programmes-cycle-count = { $count ->
    [0] Keine Zyklen
    [one] { $count } Zyklus
   *[other] { $count } Zyklen
}
cycles-programmes-offered = Angeboten
cycles-programmes-switched-off = Ausgeschaltet
cycles-programmes-built-in = Integriert
cycles-programmes-add-title = Programm hinzufügen
cycles-programmes-new-name = Name
cycles-programmes-works-like = Funktioniert wie
# Eine Option: der Name eines Typs und was er ist.
cycles-programmes-shape-option = { $name }: { $hint }
cycles-programmes-shape-start = Seine Werte entsprechen zunächst denen von „{ $shape }“.
cycles-programmes-add = Programm hinzufügen
cycles-programmes-name = Name
cycles-programmes-description = Beschreibung
cycles-programmes-enabled = Angeboten: Neue Zyklen können angelegt werden
cycles-programmes-defaults = Standardwerte für neue Zyklen
cycles-programmes-save = Speichern
cycles-programmes-save-title = Speichern (Strg+S)
cycles-programmes-close = Schließen
cycles-programmes-discard = Die Änderungen an { $name } wurden nicht gespeichert.
cycles-programmes-discard-unnamed = Die Änderungen an diesem Programm wurden nicht gespeichert.
