# Das Register der Mitgliedszentren: die Ansicht Zentren, das Formular eines Zentrums, die Auswahl von Zentrum und Ort, der CSV-Import.

## Entwicklungsstand und Mitgliedschaft eines Zentrums

hubs-maturity-emerging = Im Aufbau
hubs-maturity-established = Etabliert
hubs-membership-regular = Ordentliches Mitglied
hubs-membership-associate = Assoziiertes Mitglied
hubs-membership-former = Ehemaliges Mitglied
hubs-yes = Ja
hubs-no = Nein
hubs-archived-tag = Archiviert

## Die Ansicht Zentren

hubs-screen-title = Mitgliedszentren
hubs-screen-import = CSV importieren…
hubs-screen-export = CSV exportieren…
hubs-count =
    { $count ->
        [one] { $count } Zentrum
       *[other] { $count } Zentren
    }
hubs-count-archived =
    { $count ->
        [one] { $count } archiviertes Zentrum
       *[other] { $count } archivierte Zentren
    }
# $shown: die Zentren, die Suche und Filter übrig lassen; $count: das ganze Register.
hubs-count-of =
    { $count ->
        [one] { $shown } von { $count } Zentrum
       *[other] { $shown } von { $count } Zentren
    }
hubs-count-archived-of =
    { $count ->
        [one] { $shown } von { $count } archivierten Zentrum
       *[other] { $shown } von { $count } archivierten Zentren
    }
# $label: die Anzahl oben; $count: wie viele Zeilen die Tabelle zeigt.
hubs-count-first = { $label } · die ersten { $count } angezeigt
hubs-empty-title = Register der Mitgliedszentren anlegen
hubs-empty-text = Das Register verzeichnet die Kreativzentren und Kulturzentren des Netzwerks: wo sie sind, woran sie arbeiten und wen man kontaktiert. Zyklen, Paarbildung und Zuschüsse bauen alle darauf auf.
hubs-empty-add = Zentrum hinzufügen
hubs-empty-import = CSV-Datei importieren
hubs-empty-demo = Demo-Netzwerk laden
hubs-empty-note = Das Demo-Netzwerk enthält fiktive Zentren in echten Städten, zum Ausprobieren der App.
hubs-search-label = Zentren durchsuchen
hubs-search-placeholder = Name, Ort, Land, Kontakt, Sparte suchen…
hubs-filter-country = Land
hubs-filter-country-all = Alle Länder
hubs-filter-maturity = Entwicklungsstand
hubs-filter-maturity-any = Jeder Entwicklungsstand
hubs-filter-membership = Mitgliedschaft
hubs-filter-membership-any = Jede Mitgliedschaft
hubs-filter-sector = Sparte
hubs-filter-sector-all = Alle Sparten
hubs-filter-available = Für Mobilität verfügbar
hubs-filter-available-any = Verfügbarkeit: alle
hubs-filter-available-yes = Für Mobilität verfügbar
hubs-filter-available-no = Nicht verfügbar
hubs-filter-alliance = Mitgliedschaft in der Allianz
hubs-filter-alliance-any = Allianz: alle
hubs-filter-alliance-yes = Mitglieder der Allianz
hubs-filter-alliance-no = Nicht in der Allianz
hubs-filter-archived = Archivierte Zentren
hubs-filter-archived-active = Aktive Zentren
hubs-filter-archived-archived = Archivierte Zentren
hubs-filter-archived-all = Aktive und archivierte
hubs-filter-clear = Filter zurücksetzen
hubs-no-match = Keine passenden Zentren.
hubs-no-match-none-archived = Es wurde noch kein Zentrum archiviert.
hubs-no-match-all-archived = Alle Zentren im Register sind archiviert: Wählen Sie „Archivierte Zentren“, um sie zu sehen.
hubs-no-match-try = Versuchen Sie andere Wörter oder weniger Filter.
hubs-no-match-clear = Suche und Filter zurücksetzen
hubs-loading = Register wird geladen…
hubs-toast-saved = { $name } gespeichert
hubs-toast-archived = { $name } archiviert
hubs-toast-restored = { $name } wiederhergestellt
hubs-toast-imported = Importiert: { $created } neu, { $updated } aktualisiert
hubs-toast-exported =
    { $count ->
        [one] { $count } Zentrum nach { $path } exportiert
       *[other] { $count } Zentren nach { $path } exportiert
    }
hubs-toast-demo =
    { $hubs ->
        [one] Demo-Netzwerk geladen: { $hubs } Zentrum
       *[other] Demo-Netzwerk geladen: { $hubs } Zentren
    }
hubs-toast-demo-cycles =
    { $cycles ->
        [one]
            { $hubs ->
                [one] Demo-Netzwerk geladen: { $hubs } Zentrum, { $cycles } Zyklus
               *[other] Demo-Netzwerk geladen: { $hubs } Zentren, { $cycles } Zyklus
            }
       *[other]
            { $hubs ->
                [one] Demo-Netzwerk geladen: { $hubs } Zentrum, { $cycles } Zyklen
               *[other] Demo-Netzwerk geladen: { $hubs } Zentren, { $cycles } Zyklen
            }
    }

## Die Tabelle

hubs-table-name = Name
hubs-table-city = Ort
hubs-table-country = Land
hubs-table-maturity = Entwicklungsstand
hubs-table-membership = Mitgliedschaft
hubs-table-sectors = Sparten
hubs-table-alliance = Allianz
hubs-table-available = Verfügbar

## Das Formular eines Zentrums (die Feldnamen dienen auch dem Hinweis nach einem veralteten Speichern)

hubs-field-name = Name
hubs-field-city = Ort
hubs-field-country = Land
hubs-field-latitude = Breitengrad
hubs-field-longitude = Längengrad
hubs-field-maturity = Entwicklungsstand
hubs-field-membership = Mitgliedschaft
hubs-field-sectors = Sparten
hubs-field-languages = Sprachen
hubs-field-contact-name = Kontaktperson
hubs-field-contact-email = Kontakt-E-Mail
hubs-field-website = Website
hubs-field-available = Für Mobilität verfügbar
hubs-field-alliance = Mitglied der Allianz
hubs-field-member-since = Mitglied seit
hubs-field-notes = Notizen
hubs-field-key = Schlüssel
hubs-form-new = Neues Zentrum
hubs-form-new-sub = Ein Mitgliedszentrum zum Register hinzufügen.
hubs-form-place = Zentrum und Ort
hubs-form-city-hint = Geben Sie zwei Buchstaben ein und wählen Sie dann den Ort aus der Liste.
hubs-form-country-unknown = Unbekannter Ländercode
hubs-form-country-hint = Zweibuchstabiger ISO-Code, z. B. PL
hubs-form-coords-picked = Aus dem Ortsverzeichnis übernommen. Korrigieren Sie sie, wenn das Zentrum anderswo in der Gegend liegt.
hubs-form-coords-stale = Dies sind die Koordinaten von { $city }. Wählen Sie den neuen Ort aus der Liste, um sie zu aktualisieren.
hubs-form-coords-empty = Lassen Sie beide leer, um den Ort beim Speichern im Ortsverzeichnis nachzuschlagen.
hubs-form-coords-hint = Dezimalgrad (WGS 84).
hubs-form-latitude-bad = Geben Sie den Breitengrad als Zahl ein, z. B. 50.0614 (mit Punkt als Dezimaltrennzeichen).
hubs-form-longitude-bad = Geben Sie den Längengrad als Zahl ein, z. B. 19.9366 (mit Punkt als Dezimaltrennzeichen).
hubs-form-member-since-bad = Geben Sie ein Jahr ein, z. B. 2019.
hubs-form-profile = Profil
hubs-form-sectors-hint = Trennen Sie Sparten durch Kommas.
hubs-form-sectors-placeholder = z. B. Design, Musik, Kunsthandwerk
hubs-form-sectors-suggestions = Bereits verwendete Sparten
hubs-form-languages = Arbeitssprachen
hubs-form-languages-placeholder = de, en
hubs-form-languages-hint = Zweibuchstabige Codes nach ISO 639-1, durch Kommas getrennt.
hubs-form-contact = Kontakt
hubs-form-email = E-Mail
hubs-form-website-placeholder = https://
hubs-form-website-open = Öffnen
hubs-form-website-open-title = Im Webbrowser öffnen
hubs-form-advanced = Erweitert
hubs-form-key-hint = Importe ordnen Zeilen über diesen Schlüssel den Zentren zu. Ändern Sie ihn nur, wenn Ihre Tabellen einen anderen verwenden.
hubs-form-key-hint-new = Lassen Sie das Feld leer, um den Schlüssel aus Name und Land zu bilden. Importe ordnen Zeilen über diesen Schlüssel den Zentren zu.
hubs-form-key-placeholder = aus Name und Land gebildet
hubs-form-archive = Archivieren…
hubs-form-restore = Wiederherstellen
hubs-form-history = Verlauf
hubs-form-archive-title = { $name } archivieren?
hubs-form-archive-message = Archivierte Zentren verschwinden aus den Listen, bleiben aber in vergangenen Zyklen erhalten; Sie können sie wiederherstellen.
hubs-form-archive-message-unsaved = Archivierte Zentren verschwinden aus den Listen, bleiben aber in vergangenen Zyklen erhalten; Sie können sie wiederherstellen. Nicht gespeicherte Änderungen im Formular werden verworfen.
hubs-form-archive-confirm = Archivieren

## Die Auswahl von Zentrum und Ort

hubs-picker-list = Mitgliedszentren
hubs-picker-none = Kein aktives Zentrum passt.
hubs-picker-placeholder = Name oder Ort eines Zentrums eingeben
hubs-city-list = Orte im Ortsverzeichnis

## Zentren aus einer CSV-Datei importieren

hubs-import-title = Mitgliedszentren importieren
hubs-import-busy = Wird importiert…
hubs-import-column = Spalte
hubs-import-problem = Problem
hubs-import-key = Schlüssel
hubs-import-name = Name
hubs-import-city = Ort
hubs-import-country = Land
hubs-import-commit =
    { $count ->
        [one] { $count } Zentrum importieren
       *[other] { $count } Zentren importieren
    }
hubs-import-commit-any = Zentren importieren
hubs-import-blocked =
    { $count ->
        [one] { $count } Problem gefunden. Es wird nichts importiert, bis jede Zeile korrigiert ist.
       *[other] { $count } Probleme gefunden. Es wird nichts importiert, bis jede Zeile korrigiert ist.
    }
hubs-import-more-problems = …und { $count } weitere
hubs-import-more-rows =
    { $count ->
        [one] …und { $count } weitere Zeile
       *[other] …und { $count } weitere Zeilen
    }
hubs-import-fix = Korrigieren Sie die Datei in Ihrer Tabellenkalkulation, speichern Sie sie als CSV (UTF-8) und importieren Sie sie erneut.
hubs-import-no-rows = Die Datei hat eine Kopfzeile, aber keine Zeilen.
