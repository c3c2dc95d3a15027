# Bausteine, die jede Ansicht nutzt: Schaltflächen von Formularen und Dialogen, die Frage, bevor
# Änderungen verworfen werden, der Verlauf eines Datensatzes, die Importdialoge, der Hinweis nach
# einem veralteten Speichern, die Karte.

## Schaltflächen

shared-save = Speichern
shared-save-shortcut = Speichern (Strg+S)
shared-cancel = Abbrechen
shared-close = Schließen
shared-dismiss = Ausblenden
shared-error-dismiss-label = Fehlermeldung ausblenden
shared-language = Sprache
# Überschrift (vorgelesen, nicht angezeigt) der Schaltflächenspalte einer Tabelle.
shared-table-actions = Aktionen
# Das Feld einer Zeile vor ihrer Meldung: „Von: …“.
shared-row-errors-column = { $column }:
# Ein Wert, den die Person geleert hat, in der Liste ihrer Änderungen.
shared-value-empty = (leer)
shared-amount-not-read = Der Betrag „{ $text }“ wurde nicht erkannt.

## Die Schaltfläche „Neu“ einer Listenansicht

shared-list-new-hub = Neues Zentrum
shared-list-new-cycle = Neuer Zyklus
shared-list-new-application = Neue Bewerbung
shared-list-new = Neu: { $noun }
shared-list-new-shortcut = { $label } (Strg+N)

## Nicht gespeicherte Änderungen

shared-discard-title = Änderungen verwerfen?
shared-discard-message = Die Änderungen in diesem Formular wurden nicht gespeichert.
shared-discard-confirm = Änderungen verwerfen
shared-discard-keep = Weiter bearbeiten

## Ein Speichern, das abgelehnt wurde, weil jemand den Datensatz inzwischen gespeichert hat

shared-stale-reload = Gespeicherte Version neu laden
shared-stale-overwrite = Meine Version darüber speichern
shared-stale-typed = Das Formular zeigt jetzt den gespeicherten Stand. Ihre noch nicht gespeicherten Änderungen:
shared-stale-put-back = Meine Eingaben wiederherstellen

## Der Verlauf eines Datensatzes

shared-history-title = Verlauf von { $name }
shared-history-sub = Jede Änderung, die älteste zuerst, mit der Person, die sie vorgenommen hat, und dem Arbeitsplatz.
shared-history-loading = Verlauf wird geladen…
shared-history-empty = Noch keine Änderung erfasst. Der Verlauf beginnt mit der ersten Änderung, die mit dieser Version von Mobility Desk vorgenommen wurde.
# Wer eine Änderung vorgenommen hat; der Name wird fett angezeigt.
shared-history-by = von { $person }
shared-history-unnamed = ohne Namen
shared-history-values-given = Angegebene Werte
shared-history-fields-changed = Geänderte Felder
shared-history-field = Feld
shared-history-value = Wert
shared-history-before = Vorher
shared-history-after = Nachher
# $desk: die Kennung des Arbeitsplatzes; $seq: der Eintrag im Protokoll dieses Arbeitsplatzes.
shared-history-desk = Arbeitsplatz { $desk }, Änderung { $seq }

## Eine Datei importieren

shared-import-file-problem = Diese Datei kann nicht importiert werden.
# Nach dem Titel des Dialogs: wohin importiert wird.
shared-import-into = in { $target }
shared-import-reading = Datei wird gelesen und geprüft…
shared-import-row = Zeile
shared-import-outcome = Ergebnis
shared-outcome-created = Neu
shared-outcome-updated = Aktualisierung
shared-outcome-unchanged = Unverändert
shared-import-counts =
    { $rows ->
        [one] { $rows } Zeile: { $created } neu, { $updated } aktualisiert, { $unchanged } unverändert
       *[other] { $rows } Zeilen: { $created } neu, { $updated } aktualisiert, { $unchanged } unverändert
    }
shared-import-separator-comma = Komma
shared-import-separator-semicolon = Semikolon
shared-import-separator-tab = Tabulator
# $name: der Name des Trennzeichens; $separator: das Zeichen selbst.
shared-import-read = Trennzeichen: { $name } ({ $separator }) · ohne Byte-Order-Mark · UTF-8
shared-import-read-bom = Trennzeichen: { $name } ({ $separator }) · mit Byte-Order-Mark · UTF-8

## Karten

shared-map-legend = Legende
shared-map-source = Ländergrenzen: Natural Earth (gemeinfrei), über world-atlas.
# A file being written, said to a screen reader beside its button.
shared-file-writing = Die Datei wird geschrieben…

# Bank details of a hub, of a person paid directly, or of the network (BankDetails, BankAccountDialog).
shared-bank-title = Bankverbindung
shared-bank-reading = Bankverbindung wird gelesen…
shared-bank-none = Noch keine Bankverbindung: Zahlungen an diesen Kontoinhaber können nicht in eine Überweisungsdatei.
shared-bank-new-record = Zuerst speichern; danach kann die Bankverbindung hier ergänzt werden.
shared-bank-holder = Kontoinhaber
shared-bank-iban = IBAN
shared-bank-bic = BIC
shared-bank-bic-none = (nicht angegeben)
shared-bank-show = IBAN anzeigen
shared-bank-hide = IBAN verbergen
shared-bank-add = Bankverbindung hinzufügen…
shared-bank-change = Ändern…
shared-bank-remove = Entfernen…
shared-bank-sepa-yes = Per SEPA-Überweisung zahlbar.
shared-bank-sepa-needs-bic = Eine SEPA-Überweisung auf ein Konto in { $country } braucht den BIC der Bank: Ergänzen Sie ihn vor der Zahlung.
shared-bank-sepa-no = { $country } liegt außerhalb des SEPA-Raums: Zahlen Sie dieses Konto mit einer anderen Überweisungsart.
shared-bank-dialog-title = Bankverbindung von { $owner }
shared-bank-holder-hint = Der Name des Kontos, wie die Bank ihn kennt.
shared-bank-iban-hint = Wie auf dem Kontoauszug; Leerzeichen sind erlaubt. Sie wird beim Verlassen des Feldes geprüft.
shared-bank-bic-hint = Nötig für Konten außerhalb von EU und EWR (Schweiz, Vereinigtes Königreich, Monaco…); sonst kann das Feld leer bleiben.
shared-bank-save = Bankverbindung speichern
shared-bank-saved = Bankverbindung gespeichert.
shared-bank-removed = Bankverbindung entfernt.
shared-bank-stale = Jemand hat diese Bankverbindung geändert, nachdem Sie sie geöffnet hatten (siehe die markierten Felder). Speichern Sie erneut, um die Änderung durch Ihre zu ersetzen, oder brechen Sie ab.
shared-bank-remove-title = Bankverbindung von { $owner } entfernen?
shared-bank-remove-message = Zahlungen an diesen Kontoinhaber können erst wieder in eine Überweisungsdatei, wenn eine neue Bankverbindung angegeben ist. Der Verlauf behält, was entfernt wurde.
shared-bank-remove-confirm = Bankverbindung entfernen
