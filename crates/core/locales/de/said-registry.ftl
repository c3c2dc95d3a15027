# Was der Kern über die Mitgliedszentren, ihre CSV-Dateien und die Einstellungen des Netzwerks sagt.

## Dateien, die das Verzeichnis liest
# $path: die Datei; $error: was das Betriebssystem gesagt hat.
said-registry-file-unreadable = { $path } konnte nicht gelesen werden: { $error }

## Das Formular eines Zentrums (und jede Zeile einer CSV-Datei mit Zentren)
said-registry-hub-name-missing = Geben Sie den Namen des Zentrums ein.
# Auch der Name des Netzwerks und der unterzeichnenden Person in den Einstellungen. $most: Zeichen.
said-registry-name-long = Der Name ist zu lang (höchstens { $most } Zeichen).
said-registry-hub-city-missing = Geben Sie die Stadt ein (wählen Sie sie aus der Liste, um Land und Koordinaten auszufüllen).
said-registry-hub-country-missing = Geben Sie das Land als zweibuchstabigen ISO-Code ein, z. B. DE.
# $code: wie eingegeben.
said-registry-hub-country-bad = „{ $code }“ ist kein Ländercode nach ISO 3166-1 (zwei Buchstaben, z. B. DE, GR, PL).
# $city: wie eingegeben; $country: ihr zweibuchstabiger Code.
said-registry-hub-place-unknown = „{ $city }“ steht nicht im Ortsverzeichnis für { $country }: Wählen Sie einen Ort aus der Liste oder geben Sie die Koordinaten ein.
said-registry-hub-longitude-missing = Geben Sie auch den Längengrad ein.
said-registry-hub-latitude-missing = Geben Sie auch den Breitengrad ein.
# $latitude, $longitude: wie angegeben.
said-registry-hub-latitude-range = Der Breitengrad { $latitude } liegt außerhalb des Bereichs: Er muss zwischen -90 und 90 liegen.
said-registry-hub-longitude-range = Der Längengrad { $longitude } liegt außerhalb des Bereichs: Er muss zwischen -180 und 180 liegen.
said-registry-hub-key-bad = Das Kürzel darf nur Kleinbuchstaben a-z, Ziffern, „-“ und „_“ enthalten (2 bis 64 Zeichen).
said-registry-hub-sector-bad = Die Sparte „{ $sector }“ ist zu lang oder enthält „|“.
said-registry-hub-language-bad = „{ $code }“ ist kein zweibuchstabiger Sprachcode nach ISO 639-1 (z. B. en, fr, el).
said-registry-hub-email-bad = „{ $email }“ ist keine E-Mail-Adresse.
said-registry-hub-website-bad = Die Website muss mit https:// oder http:// beginnen.
# $latest: das laufende Jahr.
said-registry-hub-member-since-bad = „Mitglied seit“ muss ein Jahr zwischen 1950 und { $latest } sein.
said-registry-hub-notes-long = Die Notizen sind zu lang (höchstens { $most } Zeichen).

## Ein Zentrum finden
said-registry-hub-not-found = Es gibt kein Zentrum mit der ID { $id }.
said-registry-hub-key-not-found = Es gibt kein Zentrum mit dem Kürzel „{ $key }“.
said-registry-hub-key-taken = Ein anderes Zentrum hat bereits das Kürzel „{ $key }“.

## Eine CSV-Datei mit Zentren importieren
# $path: die Datei; $size: ihre Größe in MB, mit einer Nachkommastelle; $most: die größte zulässige, in MB.
said-registry-csv-too-large = { $path } ist { $size } MB groß; Dateien über { $most } MB werden abgelehnt. Teilen Sie sie auf oder entfernen Sie nicht benötigte Spalten.
# $kind: was die Datei ist, nach ihren ersten Bytes.
said-registry-csv-not-text = Diese Datei ist { $kind ->
        [pdf] ein PDF-Dokument
        [zip] ein ZIP-Archiv (eine .xlsx- oder .ods-Arbeitsmappe oder eine .docx-Datei ist eines)
        [office] eine alte Office-Datei (.xls oder .doc)
        [png] ein PNG-Bild
        [jpeg] ein JPEG-Bild
        [gif] ein GIF-Bild
        [sqlite] eine SQLite-Datenbank
       *[rtf] ein RTF-Dokument
    }, keine CSV-Datei. Öffnen Sie sie in dem Programm, aus dem sie stammt, speichern (oder exportieren) Sie die Tabelle als „CSV UTF-8“ und importieren Sie dann diese Datei. Es wurde nichts importiert.
# $at: die Position des Bytes in der Datei.
said-registry-csv-utf16-damaged = Die Datei sieht nach UTF-16-Text aus („Unicode-Text“ von Excel), ist aber bei Byte { $at } beschädigt. Speichern Sie sie erneut, am besten als „CSV UTF-8“. Es wurde nichts importiert.
said-registry-csv-binary = Diese Datei ist kein Text: Sie enthält Binärdaten. Wählen Sie die CSV-Datei, die das Formularwerkzeug oder die Tabellenkalkulation exportiert hat (gespeichert als „CSV UTF-8“). Es wurde nichts importiert.
# $line: die Zeile; $byte: das Byte, in zwei hexadezimalen Ziffern.
said-registry-csv-not-utf8 = Die Datei ist nicht in UTF-8: Zeile { $line } enthält das Byte 0x{ $byte }. Speichern Sie sie als „CSV UTF-8“ (in Excel: Speichern unter → CSV UTF-8; in LibreOffice: Zeichensatz Unicode (UTF-8)) und importieren Sie sie erneut. Es wurde nichts importiert.
# $letter: das Zeichen, das das Byte in Latin-1 / Windows-1252 ist.
said-registry-csv-not-utf8-latin1 = Die Datei ist nicht in UTF-8: Zeile { $line } enthält das Byte 0x{ $byte }, das nach Text in Latin-1 / Windows-1252 aussieht („{ $letter }“). Speichern Sie sie als „CSV UTF-8“ (in Excel: Speichern unter → CSV UTF-8; in LibreOffice: Zeichensatz Unicode (UTF-8)) und importieren Sie sie erneut. Es wurde nichts importiert.
said-registry-csv-empty = Die Datei ist leer: Es gibt keine Kopfzeile.
said-registry-csv-header-unreadable = Die Kopfzeile konnte nicht gelesen werden.
# $shown: der Anfang der ersten Zeile; $columns: alle Spalten, die eine Datei haben kann; $required: die, die sie haben muss.
said-registry-csv-no-header = Falsche Kopfzeile: Die erste Zeile muss die Spalten benennen, lautet aber „{ $shown }“. Erwartete Spalten: { $columns }. Pflichtspalten: { $required }.
# $name: eine Spalte der Kopfzeile.
said-registry-csv-header-twice = Falsche Kopfzeile: Die Spalte „{ $name }“ kommt zweimal vor. Erwartete Spalten: { $columns } (Pflichtspalten: { $required }). Es wurde nichts importiert.
# $column: die Nummer der Spalte, ab 1.
said-registry-csv-header-unknown = Falsche Kopfzeile: unbekannte Spalte „{ $name }“ (Spalte { $column }). Erwartete Spalten: { $columns } (Pflichtspalten: { $required }). Es wurde nichts importiert.
said-registry-csv-header-missing = Falsche Kopfzeile: Die Pflichtspalte „{ $name }“ fehlt. Erwartete Spalten: { $columns } (Pflichtspalten: { $required }). Es wurde nichts importiert.
# Mehrere Probleme. $problems: jedes davon, auf Englisch, durch Semikolons getrennt.
said-registry-csv-header-wrong = Falsche Kopfzeile: { $problems }. Erwartete Spalten: { $columns } (Pflichtspalten: { $required }). Es wurde nichts importiert.
said-registry-csv-changed = Die Datei hat sich seit der Vorschau geändert. Zeigen Sie die Vorschau erneut an, bevor Sie importieren.
# $count: die Probleme in der Datei; $row: die Zeile des ersten (die Kopfzeile ist Zeile 1); $column: seine Spalte;
# $problem: worum es geht, auf Englisch.
said-registry-csv-refused-row = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } in der Datei, es wurde nichts importiert. Das erste: Zeile { $row }, ganze Zeile: { $problem }.
said-registry-csv-refused-cell = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } in der Datei, es wurde nichts importiert. Das erste: Zeile { $row }, { $column }: { $problem }.
# Eine Zeile, die nicht geschrieben werden konnte. $problem: warum, auf Englisch.
said-registry-csv-row = Zeile { $row }: { $problem }

## Ein Problem einer Zeile (oder Zelle) einer CSV-Datei mit Zentren, in der Vorschau des Imports aufgeführt
# $error: was das CSV-Lesemodul gesagt hat (auf Englisch).
said-registry-csv-row-unreadable = diese Zeile kann nicht gelesen werden: { $error }
# $fields: die Felder der Zeile; $width: die der Kopfzeile.
said-registry-csv-row-width = diese Zeile hat { $fields } { $fields ->
        [one] Feld
       *[other] Felder
    }, die Kopfzeile aber { $width }
# $other: das Trennzeichen, das die Zeile zu verwenden scheint; $separator: das der Kopfzeile („,“ „;“ oder „tab“).
said-registry-csv-row-width-separator = diese Zeile hat { $fields } { $fields ->
        [one] Feld
       *[other] Felder
    }, die Kopfzeile aber { $width } — sie scheint durch „{ $other }“ getrennt zu sein, während die Kopfzeile { $separator ->
        [tab] Tabulatoren
       *[other] „{ $separator }“
    } verwendet
# $text: die Zelle, wie geschrieben.
said-registry-csv-not-number = „{ $text }“ ist keine Zahl
said-registry-csv-maturity-bad = „{ $text }“ ist kein Reifegrad: Schreiben Sie emerging oder established
said-registry-csv-membership-bad = „{ $text }“ ist keine Mitgliedschaft: Schreiben Sie regular, associate oder former
said-registry-csv-not-yes-no = „{ $text }“ ist weder yes noch no
said-registry-csv-not-year = „{ $text }“ ist keine Jahreszahl
# $key: das Kürzel des Zentrums; $how: made (aus Name und Land gebildet) oder given (in der Spalte key); $first: die Zeile, die es zuerst hat.
said-registry-csv-key-repeated = { $how ->
        [made] das Kürzel „{ $key }“ (aus Name und Land gebildet) wird bereits in Zeile { $first } verwendet
       *[given] das Kürzel „{ $key }“ wird bereits in Zeile { $first } verwendet
    }

## Die Einstellungen des Netzwerks
said-registry-settings-network-missing = Geben Sie den Namen des Netzwerks ein.
said-registry-settings-address-long = Die Anschrift ist zu lang (höchstens { $most } Zeichen).
said-registry-settings-address-lines = Die Anschrift hat mehr als { $most } Zeilen.
said-registry-settings-title-long = Die Funktion ist zu lang (höchstens { $most } Zeichen).
said-registry-settings-place-long = Der Ort ist zu lang (höchstens { $most } Zeichen).
said-registry-settings-language-bad = Wählen Sie Englisch (en) oder Französisch (fr).
# $size: die Größe der Datei; $most: die größte zulässige; beide in KB.
said-registry-logo-too-large = Das Logo ist { $size } KB groß; die Grenze liegt bei { $most } KB. Verwenden Sie ein kleineres PNG- oder JPEG-Bild.
said-registry-logo-not-image = Das Logo muss ein PNG- oder JPEG-Bild sein.
said-registry-logo-over-2mb = Das Logo ist größer als 2 MB.

# Bank details (registry/bank.rs).
said-registry-iban-missing = Geben Sie die IBAN des Kontos an.
said-registry-iban-checksum = { $iban } ist keine gültige IBAN: Die Prüfziffern passen nicht zum Rest. Suchen Sie nach einem falsch getippten oder vertauschten Zeichen.
said-registry-iban-shape = { $iban } ist keine IBAN: Eine IBAN beginnt mit zwei Buchstaben für das Land und zwei Prüfziffern, gefolgt von höchstens 30 Buchstaben und Ziffern.
said-registry-iban-national = { $iban } ist keine gültige IBAN für { $country }: Die Kontonummer hat nicht die für dieses Land richtige Länge oder Form. Prüfen Sie sie anhand eines Kontoauszugs.
said-registry-iban-country = Kein diesem Programm bekanntes Land vergibt IBANs, die mit { $country } beginnen.
said-registry-account-holder-missing = Geben Sie den Namen des Kontoinhabers an, wie die Bank ihn kennt.
said-registry-account-holder-long = Der Name des Kontoinhabers ist zu lang: Eine Überweisung trägt höchstens { $most } Zeichen.
said-registry-account-owner-unknown = Bankverbindungen gehören zum Netzwerk, zu einem Hub oder zu einer Bewerbung.
said-registry-bic-missing = Geben Sie den BIC der Bank an.
said-registry-bic-shape = { $bic } ist kein BIC: Ein BIC hat 8 oder 11 Zeichen, vier Buchstaben für die Bank, zwei für das Land, dann zwei Buchstaben oder Ziffern für den Ort und, für eine Filiale, drei weitere.
said-registry-bic-country = { $bic } ist kein gültiger BIC: { $country } ist kein Ländercode.
