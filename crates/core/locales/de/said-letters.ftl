# Was der Kern über Bewilligungsschreiben und die Dokumente sagt, die er druckt.

## Schreiben
said-letters-grant-missing = Es gibt keinen Zuschuss { $id }.
said-letters-letter-missing = Es gibt kein Schreiben { $id }.
said-letters-letter-unreadable = Schreiben { $id } kann nicht zurückgelesen werden: { $error }
said-letters-archive-damaged = Das archivierte Schreiben { $reference } stimmt nicht mehr mit seinem Hashwert überein: Das Archiv ist beschädigt.
# $languages: die Sprachen der Schreiben außer der letzten, verbunden mit „ or “; $last: die letzte.
said-letters-language-unknown = Sprachen der Schreiben: { $languages } oder { $last }; „{ $language }“ gehört nicht dazu.
said-letters-language-only = Sprachen der Schreiben: { $languages }; „{ $language }“ gehört nicht dazu.
said-letters-grant-cancelled = Der Zuschuss ist storniert: Er erhält kein Bewilligungsschreiben.
said-letters-grant-nothing = Der Zuschuss beträgt 0,00 €: Es gibt nichts zu bewilligen, daher wird kein Schreiben ausgestellt.
said-letters-grant-draft = Der Zuschuss für { $applicant } ist noch ein Entwurf: Bewilligen Sie ihn zuerst (Bewerbungen → Zuschüsse → Bewilligen…) und stellen Sie dann sein Schreiben aus.
said-letters-cycle-no-award = Der Zyklus hat keinen bewilligten Zuschuss: Bewilligen Sie zuerst die Zuschüsse (Reiter „Zuschüsse“) und stellen Sie dann ihre Schreiben aus.

## Einstellungen, ohne die ein Schreiben nicht auskommt
# $count: wie viele fehlen; $first … $fourth: welche (network-name, postal-address,
# signatory-name, signatory-title), in dieser Reihenfolge.
said-letters-letter-settings-missing = Das Schreiben kann nicht ausgestellt werden: { said-letters-settings-missing }
said-letters-batch-settings-missing = Die Schreiben können nicht ausgestellt werden: { said-letters-settings-missing }
said-letters-settings-missing =
    { $count ->
        [1] Es fehlt { said-letters-setting-1 }. Ergänzen Sie die Angabe unter Einstellungen.
        [2] Es fehlen { said-letters-setting-1 } und { said-letters-setting-2 }. Ergänzen Sie die Angaben unter Einstellungen.
        [3] Es fehlen { said-letters-setting-1 }, { said-letters-setting-2 } und { said-letters-setting-3 }. Ergänzen Sie die Angaben unter Einstellungen.
       *[other] Es fehlen { said-letters-setting-1 }, { said-letters-setting-2 }, { said-letters-setting-3 } und { said-letters-setting-4 }. Ergänzen Sie die Angaben unter Einstellungen.
    }
said-letters-setting-1 =
    { $first ->
        [network-name] der Name des Netzwerks
        [postal-address] die Postanschrift des Netzwerks
        [signatory-name] der Name der unterzeichnenden Person
       *[signatory-title] die Funktion der unterzeichnenden Person
    }
said-letters-setting-2 =
    { $second ->
        [network-name] der Name des Netzwerks
        [postal-address] die Postanschrift des Netzwerks
        [signatory-name] der Name der unterzeichnenden Person
       *[signatory-title] die Funktion der unterzeichnenden Person
    }
said-letters-setting-3 =
    { $third ->
        [network-name] der Name des Netzwerks
        [postal-address] die Postanschrift des Netzwerks
        [signatory-name] der Name der unterzeichnenden Person
       *[signatory-title] die Funktion der unterzeichnenden Person
    }
said-letters-setting-4 =
    { $fourth ->
        [network-name] der Name des Netzwerks
        [postal-address] die Postanschrift des Netzwerks
        [signatory-name] der Name der unterzeichnenden Person
       *[signatory-title] die Funktion der unterzeichnenden Person
    }

## Dateien
said-letters-folder-missing = Der Ordner { $folder } existiert nicht.
said-letters-folder-unwritable = In den Ordner { $folder } kann nicht geschrieben werden: { $error }
said-letters-file-not-pdf = { $file } ist kein .pdf-Dateiname.

## Ein Text eines Dokuments, den die Schriftart nicht drucken kann
# $text: der Text; $character: das Zeichen, das der Schriftart fehlt; $code: sein Codepunkt (hexadezimal).
said-letters-letter-glyph = Das Schreiben kann nicht gedruckt werden: { said-letters-printed-thing } („{ $text }“) enthält das Zeichen „{ $character }“ (U+{ $code }), das in der Schriftart der Schreiben fehlt. Korrigieren Sie den Text und versuchen Sie es erneut.
# $document: report oder publication (oder der Name des Dokuments, wie er ist).
said-letters-document-glyph =
    { $document ->
        [report] Der Bericht
        [publication] Die Veröffentlichung
       *[other] { $document }
    } kann nicht gedruckt werden: { said-letters-printed-thing } („{ $text }“) enthält das Zeichen „{ $character }“ (U+{ $code }), das in der Schriftart fehlt.
# Um welchen Text es sich handelt ($what: sein Schlüssel oder sein Name, wie er ist).
said-letters-printed-thing =
    { $what ->
        [network-name] der Name des Netzwerks
        [postal-address] die Postanschrift des Netzwerks
        [signatory-name] der Name der unterzeichnenden Person
        [signatory-title] die Funktion der unterzeichnenden Person
        [hub-name] der Name des Zentrums
        [hub-city] die Stadt des Zentrums
        [cycle-title] der Titel des Zyklus
        [contact-name] der Name der Kontaktperson
        [participant-name] der Name der teilnehmenden Person
        [host-name] der Name des gastgebenden Zentrums
        [host-city] die Stadt des gastgebenden Zentrums
        [signing-place] der Ort der Unterzeichnung (Einstellungen)
        [rule-label] die Bezeichnung einer Regel
        [programme-name] der Name des Programms
        [a-programme-name] der Name eines Programms
        [factor-label] die Bezeichnung eines Emissionsfaktors
        [factors-source] die Quelle der Emissionsfaktoren
        [a-hub-name] der Name eines Zentrums
        [a-city] eine Stadt
        [story-title] der Titel eines Erfahrungsberichts
        [story-author] die Autorin oder der Autor eines Erfahrungsberichts
        [story-text] der Text eines Erfahrungsberichts
        [photo-caption] die Bildunterschrift eines Fotos
       *[other] { $what }
    }

## Eine Einstellung, ohne die ein Schreiben nicht auskommt, mit Namen (in der Übersicht der Schreiben und ihrer Vorschau)
# $setting: network-name, postal-address, signatory-name oder signatory-title.
said-letters-setting-name =
    { $setting ->
        [network-name] der Name des Netzwerks
        [postal-address] die Postanschrift des Netzwerks
        [signatory-name] der Name der unterzeichnenden Person
       *[signatory-title] die Funktion der unterzeichnenden Person
    }
said-letters-preview-setting-missing = Einstellungen: Es fehlt { said-letters-setting-name }.

## Warum ein Zuschuss kein Schreiben hat oder ein neues braucht (die Übersicht der Schreiben)
said-letters-note-cancelled = Storniert: kein Schreiben.
said-letters-note-nothing = { MONEY($amount) }: nichts zu bewilligen.
said-letters-note-draft = Entwurf: Bewilligen Sie den Zuschuss zuerst im Reiter „Zuschüsse“.
said-letters-note-changed = Die Einstellungen des Zyklus oder die Besuchstermine haben sich seit dem Schreiben geändert: Stellen Sie eine neue Fassung aus.
said-letters-note-amended = Seit dem Schreiben geändert: Stellen Sie eine neue Fassung aus.

## Wie ein Arbeitsplatz eines Teams seine Schreiben nummeriert
# $base: das Präfix des Programms (P2P); $year; $mark: der Buchstabe dieses Arbeitsplatzes in der Nummer (-B).
said-letters-numbering-first = Dieser Arbeitsplatz, der erste des Teams, nummeriert seine Schreiben { $base }-{ $year }-001, -002…; die anderen Arbeitsplätze setzen ihren eigenen Buchstaben in ihre Nummern ({ $base }-B-{ $year }-001), sodass keine Nummer doppelt vergeben wird, auch offline.
said-letters-numbering-other = Dieser Arbeitsplatz nummeriert seine Schreiben { $base }{ $mark }-{ $year }-001, -002…; jeder Arbeitsplatz des Teams hat seinen eigenen Buchstaben in der Nummer, sodass keine Nummer doppelt vergeben wird, auch offline.
said-letters-letter-erased = Die archivierte Kopie des Schreibens { $reference } wurde nach Ablauf der Aufbewahrungsfrist für Buchungsbelege gelöscht: Aktenzeichen, Betrag und Fingerabdruck bleiben erhalten.
