# Berichte: die Berichte und Erfahrungsberichte der Teilnehmenden, die Veröffentlichung, der
# Zyklusbericht und seine Emissionsfaktoren.

## Zahlen und Einheiten

reports-size-kb = { $size } KB
reports-km = { $km } km
# $kg ist eine Zahl, die bereits mit ihren Nachkommastellen geschrieben ist.
reports-kg-co2 = { $kg } kg CO₂e
reports-mode-green = Umweltfreundlich
reports-mode-standard = Standard
reports-distance-unknown = Entfernung unbekannt
reports-journeys =
    { $count ->
        [one] { $count } Reise
       *[other] { $count } Reisen
    }
reports-travellers =
    { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }

## Der Reiter „Berichte“

reports-status-cancelled = Storniert
reports-status-received = Eingegangen am { $date }
reports-status-awaited = Ausstehend
reports-story-count =
    { $count ->
        [one] { $count } Erfahrungsbericht
       *[other] { $count } Erfahrungsberichte
    }
reports-summary =
    { $received } von { $awarded ->
        [one] { $awarded } Bericht
       *[other] { $awarded } Berichten
    } eingegangen · { $stories ->
        [one] { $stories } Erfahrungsbericht
       *[other] { $stories } Erfahrungsberichte
    }
reports-publication-loading = Erfahrungsberichte werden geladen…
reports-publication-no-stories-shape = Zyklen vom Typ „Workshops“ und „Allianz der Zentren“ sammeln keine Erfahrungsberichte
reports-publication-no-stories = Noch kein Erfahrungsbericht: Fügen Sie zuerst die Erfahrungsberichte der Teilnehmenden zu den Zuschüssen hinzu
reports-publication-saved = Veröffentlichung gespeichert unter { $path }
reports-publication-label = Veröffentlichung
reports-publication-hint = Alle Erfahrungsberichte des Zyklus in einer Broschüre: Titelseite, Inhaltsverzeichnis, ein Kapitel pro Austausch.
reports-publication-save = Veröffentlichung als PDF speichern…
reports-publication-save-title = Alle Erfahrungsberichte des Zyklus zu einer PDF-Broschüre setzen und speichern
reports-received-toast = Bericht von { $applicant } eingegangen: Der Restbetrag ist fällig
reports-cleared-toast = Berichtsdatum von { $applicant } gelöscht
reports-loading = Berichte werden geladen…
reports-empty-title = Noch kein bewilligter Zuschuss
reports-empty-text = Bewilligen Sie zuerst die Zuschüsse; ihre Berichte und Erfahrungsberichte werden hier erfasst.
reports-title = Berichte und Erfahrungsberichte
reports-column-recipient = Empfänger:in
reports-column-role = Rolle
reports-column-report = Bericht
reports-column-stories = Erfahrungsberichte
reports-mark = Bericht eingegangen…
reports-mark-title = Den Tag erfassen, an dem der Bericht eingegangen ist: Der Restbetrag wird fällig
reports-clear = Löschen
reports-clear-title = Das Eingangsdatum des Berichts löschen
reports-stories = Erfahrungsberichte…
reports-stories-title = Die Erfahrungsberichte der Teilnehmenden dieses Austauschs, mit ihren Fotos

## Einen Bericht als eingegangen markieren

reports-dialog-title = Bericht von { $applicant }
reports-dialog-sub = Sobald der Bericht eingegangen ist, wird der Restbetrag des Zuschusses fällig.
reports-dialog-date = Eingegangen am
reports-dialog-date-hint = Leer für heute.
reports-dialog-cancel = Abbrechen
reports-dialog-confirm = Als eingegangen markieren

## Die Erfahrungsberichte eines Zuschusses

reports-stories-dialog-title = Erfahrungsberichte von { $applicant }
reports-stories-hosted-by = zu Gast bei { $host }
reports-stories-loading = Erfahrungsberichte werden geladen…
reports-stories-empty = Noch kein Erfahrungsbericht zu diesem Zuschuss.
reports-stories-list = Erfahrungsberichte
reports-stories-closed = Der Zuschuss ist storniert: Er nimmt keine neuen Erfahrungsberichte oder Fotos mehr auf. Seine Erfahrungsberichte können weiterhin gelesen und gelöscht werden.
reports-stories-close = Schließen
reports-story-field-title = Titel
reports-story-field-author = Autor:in
reports-story-field-body = Erfahrungsbericht
reports-story-saved = Erfahrungsbericht gespeichert
reports-story-deleted = Erfahrungsbericht „{ $title }“ gelöscht
reports-story-by = von { $author }
reports-story-editing = Wird bearbeitet
reports-story-edit = Bearbeiten
reports-story-delete = Löschen…
reports-story-photos = Fotos zu „{ $title }“
reports-story-form-edit = „{ $title }“ bearbeiten
reports-story-form-add = Erfahrungsbericht hinzufügen
reports-story-title = Titel
reports-story-author = Autor:in (eine teilnehmende Person)
reports-story-body = Erfahrungsbericht
reports-story-body-hint = Trennen Sie Absätze durch eine Leerzeile.
reports-story-cancel-edit = Bearbeitung abbrechen
reports-story-save = Änderungen speichern
reports-story-add = Erfahrungsbericht hinzufügen
reports-story-delete-title = Erfahrungsbericht löschen?
reports-story-delete-text = „{ $title }“ und seine Fotos werden entfernt.
reports-story-delete-confirm = Löschen
reports-photo-added = Foto zu „{ $title }“ hinzugefügt
reports-photo-removed = Foto entfernt
reports-photo-scaled = Von { $name } ({ $original }) auf { $width } × { $height } ({ $size }) verkleinert
reports-photo-scaled-mark = verkleinert
reports-photo-remove = Entfernen
reports-photo-remove-title = Dieses Foto aus dem Erfahrungsbericht entfernen
reports-photo-caption-label = Bildunterschrift des nächsten Fotos zu „{ $title }“
reports-photo-caption-placeholder = Bildunterschrift (optional)
reports-photo-add = Foto hinzufügen…
reports-photo-add-title = Wählen Sie ein PNG- oder JPEG-Bild; ein großes Bild wird verkleinert
reports-photo-add-full = Ein Erfahrungsbericht hat höchstens { $max } Fotos: Entfernen Sie zuerst eines
reports-photos-count = Fotos: { $count } von { $max }

## Der Reiter „Zyklusbericht“

reports-language-settings = Sprache der Einstellungen
reports-cycle-label = Zyklusbericht
reports-cycle-hint = Budget, Länder, umweltfreundliches Reisen und der CO₂-Fußabdruck der Reisen der bewilligten Zuschüsse, für die Fördermittelgeber.
reports-cycle-factors = Emissionsfaktoren…
reports-cycle-factors-title = Die Gramm CO₂e pro Personenkilometer, die die Schätzung verwendet, nach Reiseart und Entfernung, mit ihrer Quelle
reports-cycle-pdf = Als PDF speichern…
reports-cycle-pdf-title = Den Bericht mit der Karte als PDF setzen und speichern
reports-cycle-xlsx = Als XLSX speichern…
reports-cycle-xlsx-title = Die Zahlen als Excel-Arbeitsmappe speichern: Übersicht, Programme, Länder, Reisen und Faktoren
reports-cycle-saved = Gespeichert: { $path }
reports-cycle-saved-to = Zyklusbericht gespeichert unter { $path }
reports-cycle-loading = Bericht wird geladen…
reports-cycle-empty = Noch ist kein Zuschuss dieses Zyklus bewilligt.
reports-cycle-empty-hint = Der Bericht zählt nur bewilligte Zuschüsse: Bewilligen Sie sie im Reiter „Zuschüsse“.
reports-cycle-left-out-drafts =
    { $drafts ->
        [one] { $drafts } Zuschussentwurf bleibt unberücksichtigt.
       *[other] { $drafts } Zuschussentwürfe bleiben unberücksichtigt.
    }
reports-cycle-left-out-cancelled =
    { $cancelled ->
        [one] { $cancelled } stornierter Zuschuss bleibt unberücksichtigt.
       *[other] { $cancelled } stornierte Zuschüsse bleiben unberücksichtigt.
    }
reports-cycle-left-out-both =
    { $drafts ->
        [one] { $drafts } Zuschussentwurf
       *[other] { $drafts } Zuschussentwürfe
    } und { $cancelled ->
        [one] { $cancelled } stornierter Zuschuss
       *[other] { $cancelled } stornierte Zuschüsse
    } bleiben unberücksichtigt.
reports-cycle-counts-awarded = Der Bericht zählt nur bewilligte Zuschüsse.
reports-cycle-awarded-only = nur bewilligte Zuschüsse
reports-cycle-total = Gesamt
reports-cycle-card-grants = Bewilligte Zuschüsse
reports-cycle-card-awarded = Bewilligt
reports-cycle-no-budget = Für den Zyklus ist kein Budget festgelegt
# $envelope ist ein Geldbetrag, $used ein Anteil („66,7 %“).
reports-cycle-budget-used = von { $envelope } Budget · { $used } genutzt
reports-cycle-card-paid = Bezahlt
reports-cycle-paid-hint = Bezahlte Raten abzüglich Rückforderungen
reports-cycle-card-green = Umweltfreundliches Reisen
reports-cycle-nobody-travels = Niemand reist
reports-cycle-green-of =
    { $green } von { $travellers ->
        [one] { $travellers } Person
       *[other] { $travellers } Personen
    }
reports-cycle-card-co2 = CO₂e der Reisen (Schätzung)
reports-cycle-all-standard = { $kg } kg, wären alle per Standardreise gereist
reports-cycle-traveller-km = { $km } Personenkilometer
reports-cycle-map-title = Reisen auf der Karte
reports-cycle-map-failed = Die Karte konnte nicht geladen werden.
reports-cycle-map-loading = Karte wird geladen…
reports-programmes-title = Programme { $year }
reports-programmes-hint = Alle Zyklen des Jahres, nur bewilligte Zuschüsse
reports-programmes-column-programme = Programm
reports-programmes-column-cycles = Zyklen
reports-programmes-column-grants = Zuschüsse
reports-programmes-column-travellers = Reisende
reports-programmes-column-budget = Budget
reports-programmes-column-awarded = Bewilligt
reports-countries-title = Länder
reports-countries-hint = Zuschüsse an die Zentren jedes Landes; Reisende, die von dort abreisen und dort ankommen
reports-countries-column-country = Land
reports-countries-column-grants = Zuschüsse
reports-countries-column-awarded = Bewilligt
reports-countries-column-sent = Entsandte Reisende
reports-countries-column-received = Aufgenommene Reisende
reports-footprint-title = CO₂-Fußabdruck der Reisen
reports-footprint-hint = Eine Schätzung anhand der Entfernungen und Reisearten
reports-footprint-column-mode = Reiseart
reports-footprint-column-factor = Emissionsfaktor
reports-footprint-column-grams = g CO₂e pro Personenkilometer
reports-footprint-column-journeys = Reisen
reports-footprint-column-traveller-km = Personenkilometer
reports-footprint-column-kg = kg CO₂e
reports-footprint-none = Keine Reise zwischen zwei Zentren mit Koordinaten: Es gibt nichts zu schätzen.
# $source stammt aus dem Satz der Faktoren (vom Team eingegeben).
reports-footprint-source = Emissionsfaktoren: { $source }
reports-footprint-defaults = Standardfaktoren von Mobility Desk; ändern Sie sie über „Emissionsfaktoren…“
reports-footprint-unplaced =
    { $count ->
        [one] { $count } Reise bleibt in der Schätzung unberücksichtigt: Ein Zentrum hat keine Koordinaten (unter „Zentren“ festlegen).
       *[other] { $count } Reisen bleiben in der Schätzung unberücksichtigt: Ein Zentrum hat keine Koordinaten (unter „Zentren“ festlegen).
    }
reports-footprint-method = Methode: die Großkreisentfernung der einfachen Strecke zwischen den beiden Zentren in ganzen km, × 2 für die Rückreise × die Reisenden × der Faktor der Reiseart und Entfernungsstufe der Reise.
reports-journeys-title = Reisen
reports-journeys-count =
    { $count ->
        [one] { $count } Reise, hin und zurück
       *[other] { $count } Reisen, jeweils hin und zurück
    }
reports-journeys-none = Kein bewilligter Zuschuss dieses Zyklus führt zu einem Gastgeber.
reports-journeys-column-from = Von
reports-journeys-column-to = Nach
reports-journeys-column-travellers = Reisende
reports-journeys-column-mode = Reiseart
reports-journeys-column-km = km (einfache Strecke)
reports-journeys-column-kg = kg CO₂e
# $label ist die eigene Beschreibung des Faktors, $factor sein Wert in Gramm.
reports-journey-factor = { $label }: { $factor } g CO₂e pro Personenkilometer
reports-journey-not-estimated = Nicht geschätzt: Ein Zentrum hat keine Koordinaten

## Die Karte der Reisen

reports-map-label =
    Karte der Reisen: { $drawn ->
        [one] { $drawn } Reise
       *[other] { $drawn } Reisen
    }, davon { $green } umweltfreundlich
reports-map-key-green = Umweltfreundliche Reise
reports-map-key-standard = Standardreise
reports-map-key-from = Zentrum der Abreise
reports-map-key-to = Gastgeber
reports-map-not-drawn =
    { $count ->
        [one] { $count } Reise nicht gezeichnet: Ein Zentrum hat keine Koordinaten oder liegt außerhalb der Karte.
       *[other] { $count } Reisen nicht gezeichnet: Ein Zentrum hat keine Koordinaten oder liegt außerhalb der Karte.
    }
reports-map-note = Breitere Linien stehen für mehr Reisende.

## Dialog „Emissionsfaktoren“

reports-factor-empty = Geben Sie die Gramm CO₂e pro Personenkilometer ein, z. B. 125,76.
reports-factor-invalid = „{ $text }“ ist kein Wert in Gramm pro Personenkilometer (z. B. 125,76 oder 35, höchstens drei Nachkommastellen).
reports-factors-saved = Emissionsfaktoren für { $cycle } gespeichert
reports-factors-defaults-again = { $cycle } verwendet wieder die Standard-Emissionsfaktoren von Mobility Desk
reports-factors-field-rows = Faktoren
reports-factors-field-source = Quelle
# Ein Faktor in einer Liste von Änderungen: „Umweltfreundlich 0–500 km: 35,46 g (Bahn)“.
reports-factors-row-summary = { $mode } { $from }–{ $to } km: { $value } g ({ $label })
reports-factors-no-label = ohne Bezeichnung
reports-factors-column-mode = Reiseart
reports-factors-column-from = Von
reports-factors-column-to = Bis
reports-factors-column-figure = Wert
reports-factors-column-value = g CO₂e
reports-factors-from-error = Die Stufe beginnt bei einer ganzen Zahl von km (0 für die erste Stufe).
reports-factors-to-error = Die Stufe endet bei einer ganzen Zahl von km, oder lassen Sie das Feld leer für keine obere Grenze.
reports-factors-title = Emissionsfaktoren
reports-factors-sub = Gramm CO₂e pro Personenkilometer, nach Reiseart und Entfernung der einfachen Strecke
reports-factors-uses-defaults = Dieser Zyklus verwendet die Standardfaktoren von Mobility Desk. Beim Speichern werden die Werte unten zu den eigenen Faktoren des Zyklus.
reports-factors-uses-own = Dieser Zyklus verwendet eigene Faktoren. „Zurück zu den Standardwerten“ kehrt zu denen von Mobility Desk zurück.
reports-factors-hint = Jede Reiseart braucht Stufen ab 0 km ohne Lücke oder Überschneidung, die letzte ohne obere Grenze. Die Schätzung einer Reise ist ihre einfache Strecke in km × 2 für die Rückreise × ihre Reisenden × der Faktor ihrer Reiseart und Stufe.
reports-factors-caption = Emissionsfaktoren nach Reiseart und Entfernungsstufe
reports-factors-head-mode = Reiseart
reports-factors-head-from = Von (km)
reports-factors-head-to = Bis (km)
reports-factors-head-label = Was der Wert bedeutet
reports-factors-head-value = g CO₂e pro Personenkilometer
reports-factors-head-remove = Entfernen
reports-factors-row-mode = Faktor { $n }: Reiseart
reports-factors-row-from = Faktor { $n }: von km
reports-factors-row-to = Faktor { $n }: bis km (leer für keine obere Grenze)
reports-factors-row-label = Faktor { $n }: was der Wert bedeutet
reports-factors-row-value = Faktor { $n }: Gramm CO₂e pro Personenkilometer
reports-factors-no-limit = keine Grenze
reports-factors-label-example = z. B. Bahn im Inland
reports-factors-remove-title = Diesen Faktor entfernen
reports-factors-remove = Faktor { $n } entfernen
reports-factors-remove-named = Faktor { $n } ({ $label }) entfernen
reports-factors-none = Kein Faktor: Jede Reiseart braucht mindestens einen.
reports-factors-add = Faktor hinzufügen
reports-factors-source = Quelle
reports-factors-source-hint = Die öffentliche Quelle der Werte, im Bericht unter der Schätzung gedruckt.
reports-factors-save = Faktoren speichern
reports-factors-reset = Zurück zu den Standardwerten
reports-factors-reset-title = Für diesen Zyklus wieder die Standardfaktoren von Mobility Desk verwenden
reports-factors-reset-title-defaults = Der Zyklus verwendet bereits die Standardfaktoren
reports-factors-unsaved = Die Änderungen an den Emissionsfaktoren wurden nicht gespeichert.
reports-factors-reset-confirm-title = Zurück zu den Standardfaktoren?
reports-factors-reset-confirm-text = Für diesen Zyklus wieder die Standard-Emissionsfaktoren von Mobility Desk verwenden?
reports-factors-reset-confirm = Standardwerte verwenden

# A participant's consent to publishing their story (StoriesDialog).
reports-story-consent = Zustimmung zur Veröffentlichung
reports-story-consent-hint = Erfassen Sie, wozu die Person zugestimmt hat und wann. Ein Bericht ohne Zustimmung bleibt erhalten, aber außerhalb der Veröffentlichung.
reports-story-consent-scope = Zugestimmt zu
reports-story-consent-on = Am
reports-consent-none = (Noch) nicht gegeben
reports-consent-publication = Die Veröffentlichung des Netzwerks
reports-consent-publication-and-online = Die Veröffentlichung und die Website des Netzwerks
reports-story-no-consent = Keine Zustimmung: nicht in der Veröffentlichung
reports-story-consent-given = Zustimmung vom { $date }: { $scope }
