# Die eigenen Worte der Desktop-Anwendung: das Anwendungsmenü, die Systemdialoge.

## Das Anwendungsmenü
said-shell-about = Mobilitätsprogramme eines Kulturnetzwerks: Mitgliedszentren, Zyklen, Paarbildung, Zuschüsse und Bewilligungsschreiben.
said-shell-credits = Orte aus GeoNames (CC BY 4.0).
said-shell-menu-file = Datei
said-shell-menu-new-hub = Neues Zentrum
said-shell-menu-import-hubs = Zentren aus CSV importieren…
said-shell-menu-export-hubs = Zentren als CSV exportieren…
said-shell-menu-quit = Beenden
said-shell-menu-edit = Bearbeiten
said-shell-menu-undo = Rückgängig
said-shell-menu-redo = Wiederholen
said-shell-menu-cut = Ausschneiden
said-shell-menu-copy = Kopieren
said-shell-menu-paste = Einfügen
said-shell-menu-select-all = Alles auswählen
said-shell-menu-find-hubs = Zentren suchen
said-shell-menu-view = Ansicht
said-shell-menu-hubs = Zentren
said-shell-menu-settings = Einstellungen
said-shell-menu-zoom-in = Vergrößern
said-shell-menu-zoom-out = Verkleinern
said-shell-menu-zoom-reset = Originalgröße
said-shell-menu-help = Hilfe
said-shell-menu-about = Über Mobility Desk

## Systemdialoge: die Titel
said-shell-dialog-import-hubs = Mitgliedszentren importieren
said-shell-dialog-export-hubs = Mitgliedszentren exportieren
said-shell-dialog-choose-logo = Logo des Netzwerks auswählen
said-shell-dialog-import-applications = Bewerbungen aus einem Formularexport importieren
said-shell-dialog-save-reviewer-sheet = Bewertungsbogen des Gutachters speichern
said-shell-dialog-import-reviewer-sheet = Bewertungsbogen eines Gutachters importieren
said-shell-dialog-export-finance = Zahlungen des Zyklus für die Buchhaltung exportieren
said-shell-dialog-privacy-export = Speichern, was über die Person gespeichert ist (JSON, und ein PDF daneben)
said-shell-dialog-save-sepa = Überweisungsdatei speichern
said-shell-dialog-save-letter = Bewilligungsschreiben speichern
said-shell-dialog-letters-folder = Ordner für die Schreiben auswählen
said-shell-dialog-letters-combined = Alle Schreiben in einer PDF-Datei speichern
said-shell-dialog-story-photo = Foto zum Erfahrungsbericht hinzufügen
said-shell-dialog-save-publication = Veröffentlichung der Erfahrungsberichte speichern
said-shell-dialog-save-cycle-report = Zyklusbericht speichern
said-shell-dialog-import-ballots = Stimmzettel aus einem Formularexport importieren
said-shell-dialog-save-vote-result = Ergebnis der Abstimmung speichern
said-shell-dialog-save-eml = Nachricht für ein E-Mail-Programm speichern
said-shell-dialog-export-audit = Prüfpfad exportieren
said-shell-dialog-team-share = Ordner auswählen, den Ihr Team synchronisiert
said-shell-dialog-team-join = Ordner auswählen, den Ihr Team teilt

## Systemdialoge: die Dateiarten, die sie anzeigen
said-shell-filter-csv = CSV-Dateien
said-shell-filter-json = JSON-Dateien
said-shell-filter-sepa = Überweisungsdateien (XML)
said-shell-filter-pdf = PDF-Dokumente
said-shell-filter-xlsx = Excel-Arbeitsmappen
said-shell-filter-eml = E-Mail-Nachrichten
said-shell-filter-sheets = Tabellen (CSV oder Excel)
said-shell-filter-images = Bilder (PNG, JPEG)
said-shell-filter-photos = Fotos (JPEG, PNG)

## Ausgewählte, gelesene und geöffnete Dateien
said-shell-file-not-local = Die ausgewählte Datei liegt nicht auf dem lokalen Datenträger.
said-shell-file-not-chosen = Diese Datei wurde nicht im Dateidialog der App ausgewählt: Wählen Sie sie erneut über „CSV importieren…“ aus.
said-shell-file-unreadable = { $path } kann nicht gelesen werden: { $error }
said-shell-open-failed = { $path } konnte nicht geöffnet werden: { $error }. Die Datei ist dort gespeichert; öffnen Sie sie über Ihren Dateimanager.
said-shell-web-address-only = Nur Webadressen (https://...) können geöffnet werden.
said-shell-browser-failed = Der Browser konnte nicht geöffnet werden: { $error }

## Die Datendatei und das Fenster
said-shell-data-file-busy = Ein anderer Vorgang verwendet die Datendatei noch (ein Stapel Schreiben oder ein Export). Warten Sie, bis er abgeschlossen ist, und versuchen Sie es dann erneut.
said-shell-store-unavailable = Der Datenspeicher ist nach einem früheren Fehler nicht verfügbar. Starten Sie die App neu.
said-shell-task-stopped = Der Vorgang wurde abgebrochen: { $error }
said-shell-passphrase-missing = Geben Sie die Passphrase ein.
said-shell-zoom-range = Der Zoom reicht von 50 % bis 300 %.
said-shell-zoom-failed = Das Fenster konnte nicht gezoomt werden: { $error }
said-shell-amounts-too-many = Höchstens 10.000 Beträge auf einmal.
said-shell-desk-not-approved = Noch nicht freigegeben: Ein Arbeitsplatz des Teams gibt diesen unter Einstellungen → Team frei (vergleichen Sie den Fingerabdruck).

## Anfragen aus dem Fenster, die die App nicht lesen konnte (ein Fehler der Seite, nicht der Person)
said-shell-request-malformed = Die Anfrage an „{ $command }“ hat ein fehlerhaftes Argument „{ $argument }“: { $error }
said-shell-request-no-header = Die Anfrage hat keinen Header { $header }.
said-shell-request-header-not-text = Der Header { $header } der Anfrage ist kein Text.
said-shell-request-header-not-number = Der Header { $header } der Anfrage ist keine Zahl.
said-shell-request-origin-bad = Der Origin-Header der Anfrage ist keine Adresse.
said-shell-request-not-json = Die Anfrage an „{ $command }“ ist kein gültiges JSON ({ $error }).
said-shell-request-content-type = Die Anfrage an „{ $command }“ hat einen Inhaltstyp, den die App nicht liest ({ $content_type }).
said-shell-request-window-closed = Das Fenster, das die Anfrage gesendet hat, ist geschlossen.

## Die Kommandozeile: ihr Datenordner und ihre Passphrase
said-shell-cli-no-data-folder = Kein Datenordner: Übergeben Sie --data-dir ORDNER oder setzen Sie MOBILITY_DESK_DATA_DIR.
said-shell-cli-locked-hint = { $message } Setzen Sie auf der Kommandozeile { $variable } auf die Passphrase.
said-shell-cli-protected-already = Die Datendatei ist bereits geschützt: Verwenden Sie „protection change“, um ihr eine andere Passphrase zu geben.
said-shell-cli-not-protected = Die Datendatei ist nicht geschützt: Verwenden Sie „protection on“, um sie zu schützen.
said-shell-cli-new-passphrase-missing = Setzen Sie { $variable } auf die neue Passphrase (mindestens { $least } Zeichen).
said-shell-cli-no-backup = In { $folder } gibt es keine Sicherung.
said-shell-cli-password-unreadable = Das Passwort konnte nicht gelesen werden: { $error }

## Die Kommandozeile: was einem Befehl übergeben wurde
said-shell-cli-report-what = Geben Sie die ID eines Zuschusses an oder --cycle ID für den Zyklusbericht.
said-shell-cli-sepa-format = „{ $format }“ ist kein Format für Überweisungsdateien: Schreiben Sie pain.001.001.09, oder pain.001.001.03 für eine Bank, die es noch verlangt.
said-shell-cli-letters-what = Geben Sie --cycle ID oder --grant ID an
said-shell-cli-grant-needs-out = --grant erfordert --out DATEI.pdf
said-shell-cli-cycle-needs-out = --cycle erfordert --out ORDNER, --combined DATEI.pdf oder --list
said-shell-cli-compose-what = Geben Sie --cycle ID --kind ART oder --reminders an.
said-shell-cli-assign-what = Geben Sie --reviewer ID --application ID oder --cycle ID --each N an.
said-shell-cli-keep-which = Geben Sie an, welche Fassung behalten werden soll (--keep ARBEITSPLATZ:EINTRAG), oder --as-it-stands.
said-shell-cli-audit-broken = Der Prüfpfad lässt sich nicht verifizieren: Siehe die Arbeitsplätze oben.
said-shell-cli-version-bad = „{ $text }“ ist keine Fassung: Geben Sie ARBEITSPLATZ:EINTRAG so an, wie `conflicts list` es ausgibt.
said-shell-cli-history-kind-unknown = „{ $kind }“ hat keinen Verlauf: Geben Sie hub, application, grant, payment, letter, ballot oder cycle an.
said-shell-cli-phase-unknown = „{ $phase }“ ist keine Phase: draft, call_open, selection, matching, awarded, in_progress, reporting, closed
said-shell-cli-vote-method-unknown = „{ $method }“ ist kein Verfahren: instant_runoff, borda oder points.
said-shell-cli-yes-or-no = „{ $text }“: Schreiben Sie yes oder no.
said-shell-cli-date-order-unknown = --date-order „{ $text }“: Schreiben Sie day-month oder month-day
said-shell-cli-map-bad = --map „{ $pair }“: Schreiben Sie FELD=SPALTE, z. B. hub=Organisation
said-shell-cli-score-basis-unknown = --score „{ $text }“: Schreiben Sie mean oder normalised
said-shell-cli-weight-not-pair = „{ $item }“ hat nicht die Form NAME=WERT.
said-shell-cli-weight-value-bad = „{ $value }“ ist kein Wert für { $name }.
said-shell-cli-weight-unknown = „{ $name }“ ist keine Gewichtung.
said-shell-cli-no-rules-version = Zyklus { $cycle } hat keine Regelversion { $version }.

## Die Kommandozeile: Dateien, die sie liest und schreibt
said-shell-cli-cannot-read = { $path } kann nicht gelesen werden: { $error }
said-shell-cli-not-json = { $path } ist kein JSON: { $error }
said-shell-cli-not-rule-set = { $path } ist kein Regelwerk: { $error }
said-shell-cli-not-utf8 = { $path } ist kein UTF-8-Text.
said-shell-cli-not-pdf-name = { $path } ist kein .pdf-Dateiname.
said-shell-cli-required-unmapped = Ohne zugeordnete Spalte: { $fields }. Fügen Sie --map FELD=SPALTE hinzu. Es wurde nichts importiert.
said-shell-cli-import-problems = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } in { $path }; es wurde nichts importiert.
said-shell-start-marks = Die Schritte des Starts: höchstens 16, jeder mit höchstens 40 Zeichen benannt.
