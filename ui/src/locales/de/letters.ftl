# Der Reiter „Schreiben“ und seine Dialoge: was das Fenster über die Bewilligungsschreiben sagt (die
# Schreiben selbst verfasst der Kern, in crates/core/locales).

# $items: die noch fehlenden Einstellungen, als Liste („der Name der unterzeichnenden Person und die Anschrift des Netzwerks“).
letters-missing-settings = Bevor Schreiben ausgestellt werden können, ergänzen Sie unter „Einstellungen“: { $items }.
letters-summary = { $issued } ausgestellt · { $toIssue } auszustellen · { $outdated ->
    [one] { $outdated } braucht
   *[other] { $outdated } brauchen
} eine neue Fassung

letters-status-to-issue = Auszustellen
letters-status-issued = Ausgestellt
letters-status-outdated = Neue Fassung fällig
letters-status-none = Kein Schreiben
# $date: der Tag, an dem das Schreiben ausgestellt wurde.
letters-status-issued-on = Ausgestellt am { $date }

letters-kilobytes = { $kb } KB
letters-pages = { $count ->
    [one] { $count } Seite
   *[other] { $count } Seiten
}
letters-issued-on = { $reference } ausgestellt am { $date }

## Alle Schreiben eines Zyklus auf einmal

letters-batch-cancelled = Abgebrochen. { $issued ->
    [one] { $issued } Schreiben
   *[other] { $issued } Schreiben
} vor dem Abbruch ausgestellt; jede geschriebene Datei ist vollständig.
letters-batch-done = { $issued } Schreiben ausgestellt, { $reprinted } bereits ausgestellt. { $files ->
    [one] { $files } Datei geschrieben
   *[other] { $files } Dateien geschrieben
}.
# $where: der Ordner, in den die Schreiben geschrieben wurden, oder die Datei mit allen.
letters-batch-done-to = { $issued } Schreiben ausgestellt, { $reprinted } bereits ausgestellt. { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
} in { $where } geschrieben.
letters-batch-progress = { $done } von { $total } Schritten
letters-batch-starting = Wird gestartet…
letters-batch-title = Schreiben werden ausgestellt
letters-batch-mode-folder = Ein PDF pro Schreiben, in den gewählten Ordner.
letters-batch-mode-combined = Alle Schreiben in einem PDF, zum Drucken.
letters-batch-cancelling = Wird abgebrochen…
letters-batch-cancel = Abbrechen
letters-batch-close = Schließen

## Der Reiter „Schreiben“

letters-loading = Schreiben werden geladen…
letters-fill-settings-first = Ergänzen Sie zuerst die fehlenden Einstellungen
letters-no-awarded-grant = Noch kein bewilligter Zuschuss: Bewilligen Sie zuerst die Entwürfe im Reiter „Zuschüsse“
letters-print = Drucken…
letters-print-title = Schreiben { $reference } in Ihrem PDF-Programm öffnen, um es zu drucken
letters-save-as = Speichern unter…
letters-save-title = Schreiben { $reference } als PDF-Datei speichern
letters-opened = { $file } in Ihrem PDF-Programm geöffnet
letters-saved-to = Gespeichert unter { $path }
letters-batch-folder = Alle in einen Ordner ausstellen…
letters-batch-folder-title = Die fälligen Schreiben ausstellen, dann das Schreiben jedes bewilligten Zuschusses in einen Ordner schreiben, je ein PDF
letters-batch-combined = Alle in einem PDF ausstellen…
letters-batch-combined-title = Die fälligen Schreiben ausstellen, dann die Schreiben aller bewilligten Zuschüsse in einem PDF zusammenstellen, zum Drucken
letters-open-settings = Einstellungen öffnen
letters-bar-label = Schreiben
letters-bar-hint = Jedes Bewilligungsschreiben erhält bei der Ausstellung eine Nummer und wird genau so aufbewahrt, wie es ausgestellt wurde.
letters-empty-title = Noch keine Zuschüsse in diesem Zyklus
letters-empty-text = Wählen Sie Bewerbungen aus und bewilligen Sie ihre Zuschüsse; ihre Schreiben werden hier ausgestellt.
letters-column-recipient = Empfänger:in
letters-column-role = Rolle
letters-column-grant = Zuschuss
letters-column-letter = Schreiben
letters-column-status = Status
letters-table-title = Bewilligungsschreiben
# Die früheren Fassungen des Schreibens zu einem Zuschuss, nach der Referenz der letzten.
letters-row-earlier = (+{ $count } frühere)
letters-row-preview = Vorschau…

## Die Vorschau eines Schreibens

letters-preview-opened = Vorschau in Ihrem PDF-Programm geöffnet
letters-preview-issued = Schreiben { $reference } ausgestellt
letters-preview-title = Bewilligungsschreiben an { $applicant }
letters-preview-language = Sprache
letters-preview-language-issued = Die Sprache, in der das Schreiben ausgestellt wurde
# Gefolgt von der Referenz, in Fettschrift.
letters-preview-reference = Referenz bei Ausstellung:
letters-preview-setting = Schreiben wird gesetzt…
letters-preview-archived = Das Schreiben wird genau so aufbewahrt, wie es ausgestellt wurde: „Drucken…“ und „Speichern unter…“ liefern genau diese Datei. Eine neue Fassung ist erst fällig, wenn der Zuschuss angepasst wird.
letters-preview-open = Als PDF öffnen
letters-preview-close = Schließen
letters-preview-settle-first = Klären Sie zuerst die oben aufgeführten Punkte
letters-preview-issue = Schreiben ausstellen
letters-issue-confirm-title = Schreiben { $reference } ausstellen?
letters-issue-confirm-message = Das Schreiben erhält endgültig seine Nummer, und der Zuschuss bleibt unverändert festgeschrieben (ein Zuschussentwurf wird zuerst bewilligt). Um ihn später zu ändern, passen Sie den Zuschuss an und stellen Sie eine neue Fassung aus.
letters-issue-confirm-label = Ausstellen
letters-preview-paper = Das Schreiben, wie es gedruckt wird
