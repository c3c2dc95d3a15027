# Was der Kern über den Zyklusbericht und seine Emissionsfaktoren sagt.

## Die Emissionsfaktoren
said-report-source-missing = Nennen Sie die öffentliche Quelle der Werte: Der Bericht druckt sie unter der Schätzung ab.
said-report-source-long = Die Quelle ist länger als { $most } Zeichen: Kürzen Sie sie.
said-report-label-missing = Geben Sie an, wofür der Wert steht (z. B. „Bahn im Inland“).
said-report-label-long = Die Bezeichnung ist länger als { $most } Zeichen.
said-report-factor-range = Ein Faktor liegt zwischen 0 und 5.000 g CO₂e pro Personenkilometer.
said-report-band-ends-before = Die Stufe endet, bevor sie beginnt ({ $from } km).

## Die Entfernungsstufen einer Reiseart ($mode: standard oder green)
said-report-mode-no-factor = Geben Sie mindestens einen Faktor für { $mode ->
    [green] umweltfreundliches Reisen
   *[other] Standardreisen
    } an.
said-report-band-first-at-zero = Die erste Stufe für { $mode ->
    [green] umweltfreundliches Reisen
   *[other] Standardreisen
    } beginnt bei 0 km.
said-report-band-open-ended = Nur die letzte Stufe für { $mode ->
    [green] umweltfreundliches Reisen
   *[other] Standardreisen
    } ist nach oben offen: Geben Sie dieser eine obere Grenze.
said-report-band-gap = Diese Stufe für { $mode ->
    [green] umweltfreundliches Reisen
   *[other] Standardreisen
    } sollte bei { $from } km beginnen, direkt nach dem Ende der vorherigen Stufe.
said-report-band-last-bounded = Die letzte Stufe für { $mode ->
    [green] umweltfreundliches Reisen
   *[other] Standardreisen
    } hat keine obere Grenze: Lassen Sie sie leer.

## Den Bericht schreiben
said-report-language-unknown = Der Bericht wird auf Englisch oder Französisch verfasst; „{ $language }“ gehört nicht dazu.
said-report-no-destination = Geben Sie an, wohin der Bericht geschrieben werden soll: eine PDF-Datei, eine XLSX-Datei oder beides.
said-report-wrong-extension = Der { $format }-Bericht wird als .{ $ext } gespeichert, nicht als „{ $path }“.
said-report-workbook-failed = Die Arbeitsmappe des Berichts konnte nicht erstellt werden: { $error }
