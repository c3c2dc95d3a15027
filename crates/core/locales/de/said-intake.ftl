# Was der Kern über Bewerbungen, Formularimporte, Gutachter, Bewertungen und die Auswahl sagt.

## Das Formular einer Bewerbung
said-intake-no-member-hub = Es gibt kein Mitgliedszentrum Nr. { $id }.
said-intake-hub-archived = { $hub } ist archiviert: Stellen Sie es unter Zentren wieder her, bevor es sich bewerben kann.
said-intake-role-not-allowed = Bewerbungen für { $programme } haben die Rolle { $roles ->
        [visiting-or-hosting] Gastzentrum oder gastgebendes Zentrum
        [visitor] besuchende Person
       *[proposer] vorschlagendes Zentrum
    }.
said-intake-partner-is-self = Ein Zentrum kann nicht sein eigener Partner oder Gastgeber sein.
said-intake-manager-name-missing = Geben Sie den Namen der Leitung des Zentrums ein.
said-intake-traveller-name-missing = Geben Sie den Namen der reisenden Person ein.
said-intake-email-bad = „{ $email }“ ist keine E-Mail-Adresse.
said-intake-format-missing = Wählen Sie das Format: Job-Shadowing, projektbasiert, Workshop, Vortrag oder Sonstiges.
said-intake-alliance-host-missing = Nennen Sie das Zentrum der Alliance, das besucht werden soll.
said-intake-workshop-title-missing = Geben Sie den Titel des Workshops ein.
said-intake-participants-missing = Geben Sie die erwartete Zahl der Teilnehmenden ein.
said-intake-budget-negative = Der beantragte Betrag kann nicht negativ sein.
said-intake-travellers-range = Zwischen 1 und { $most } reisenden Personen.
said-intake-dates-reversed = Der letzte Tag ({ $last }) liegt vor dem ersten ({ $first }).
said-intake-text-too-long = Zu lang (höchstens 10.000 Zeichen).
said-intake-submitted-bad = „{ $text }“ ist kein Zeitpunkt: Schreiben Sie 2027-01-14T09:30:00Z oder 2027-01-14.
said-intake-person-applied-twice = { $person } von { $hub } hat sich in diesem Zyklus bereits beworben (Bewerbung Nr. { $other }).
said-intake-hub-applied-twice = { $hub } hat sich in diesem Zyklus bereits als { $role ->
        [visiting] Gastzentrum
        [hosting] gastgebendes Zentrum
        [visitor] besuchende Person
       *[proposer] vorschlagendes Zentrum
    } beworben (Bewerbung Nr. { $other }).
said-intake-cycle-fixed = Eine Bewerbung kann nicht in einen anderen Zyklus verschoben werden.
said-intake-no-application = Es gibt keine Bewerbung Nr. { $id }.
said-intake-application-not-in-cycle = Bewerbung Nr. { $id } gehört nicht zu diesem Zyklus.

## Eine Datei lesen: einen Formularexport oder den Bewertungsbogen eines Gutachters
said-intake-workbook-unreadable = Die Arbeitsmappe konnte nicht gelesen werden ({ $error }): Speichern Sie sie erneut als .xlsx oder als CSV.
said-intake-workbook-no-sheet = Die Arbeitsmappe hat kein Tabellenblatt.
said-intake-file-empty = Die Datei ist leer: Es gibt keine Kopfzeile.
said-intake-csv-unreadable = Die Datei konnte nicht als CSV gelesen werden: { $error }.
said-intake-header-too-short = Die Kopfzeile nennt weniger als zwei Spalten: Ist dies ein Formularexport mit Kopfzeile?
said-intake-column-twice = Die Spalte „{ $column }“ kommt zweimal vor (Spalten { $first } und { $second }): Benennen Sie eine davon in der Datei um.

## Bewerbungen aus einem Formularexport importieren
said-intake-import-file-changed = Die Datei hat sich seit der Vorschau geändert. Zeigen Sie die Vorschau erneut an, bevor Sie importieren.
said-intake-import-unmapped = Ohne zugeordnete Spalte: { $fields }. Wählen Sie in der Zuordnung jeweils die Spalte aus. Es wurde nichts importiert.
said-intake-import-no-rows = Die Datei hat eine Kopfzeile, aber keine Zeilen. Es wurde nichts importiert.
said-intake-import-problems = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } in der Datei, es wurde nichts importiert. Das erste: Zeile { $row }, { $column }: { $problem }.
said-intake-import-problems-whole-row = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } in der Datei, es wurde nichts importiert. Das erste: Zeile { $row }, ganze Zeile: { $problem }.
said-intake-mapping-not-a-field = „{ $field }“ ist kein Feld von Bewerbungen für { $programme }.
said-intake-mapping-no-column = Die Datei hat keine Spalte „{ $column }“.
said-intake-mapping-column-taken = Die Spalte „{ $column }“ ist bereits { $other } zugeordnet.

## Gutachter
said-intake-no-reviewer = Es gibt keinen Gutachter { $id }.
said-intake-reviews-closed = „{ $cycle }“ hat die Phase „Auswahl“ hinter sich: Seine Gutachter und ihre Zuweisungen können sich nicht mehr ändern.
said-intake-reviewer-name-missing = Geben Sie den Namen des Gutachters ein: Mit ihm werden die Bewertungen gezeichnet.
said-intake-at-most-80 = Höchstens 80 Zeichen.
said-intake-reviewer-name-is-staff = „{ $name }“ zeichnet bei einer anonymisierten Begutachtung die eigenen Bewertungen des Sekretariats: Geben Sie den Namen des Gutachters ein.
said-intake-reviewer-name-taken = { $name } ist bereits Gutachter dieses Zyklus.
said-intake-no-hub = Es gibt kein Zentrum { $id }.
said-intake-country-bad = „{ $country }“ ist kein Ländercode nach ISO 3166-1 (zwei Buchstaben, z. B. DE, GR, PL).
said-intake-language-bad = „{ $code }“ ist kein zweibuchstabiger Sprachcode nach ISO 639-1 (z. B. en, fr, el).
said-intake-reviewer-hub-conflict = { $reviewer } ist Bewerbung Nr. { $id } zugewiesen und hätte dann einen Interessenkonflikt damit ({ $reason }): Nehmen Sie diese Zuweisung zuerst zurück.
said-intake-reviewer-has-scores = { $reviewer } hat { $count } { $count ->
        [one] Bewerbung
       *[other] Bewerbungen
    } bewertet: Löschen Sie zuerst diese Bewertungen oder behalten Sie die Person als Gutachter.

## Zuweisungen und Interessenkonflikte
said-intake-reviewer-cannot-review = { $reviewer } kann diese Bewerbung nicht begutachten: { $reason }.
said-intake-not-assigned = { $reviewer } ist Bewerbung Nr. { $id } nicht zugewiesen.
said-intake-reviewers-per-application = Jede Bewerbung erhält 1 bis 10 Gutachter.
said-intake-no-reviewers = Fügen Sie zuerst die Gutachter des Zyklus hinzu.
said-intake-conflict-reason-missing = Geben Sie den Grund an: Er wird beim Konflikt festgehalten.
said-intake-conflict-reason-long = Höchstens 500 Zeichen.
said-intake-no-declared-conflict = { $reviewer } hat keinen Konflikt mit Bewerbung Nr. { $id } erklärt.

## Der Bewertungsbogen eines Gutachters
said-intake-workbook-not-written = Die Arbeitsmappe konnte nicht geschrieben werden: { $error }
said-intake-sheet-reviewer-missing = Nennen Sie den Gutachter, zu dem dieser Bogen gehört (höchstens 80 Zeichen).
said-intake-sheet-no-application-column = Der Bogen hat keine Spalte „Application“ (die Nummer jeder bewerteten Bewerbung).
said-intake-sheet-no-criterion-column = Der Bogen hat keine Spalte „{ $criterion }“ (eine Spalte pro Kriterium, benannt wie im Zyklus).
said-intake-sheet-not-an-application-number = „{ $text }“ ist keine Bewerbungsnummer (z. B. 12 oder #12).
said-intake-sheet-application-withdrawn = Bewerbung Nr. { $id } ist zurückgezogen: Sie wird nicht mehr bewertet.
said-intake-sheet-scored-twice = Bewerbung Nr. { $id } ist im Bogen zweimal bewertet.
said-intake-sheet-conflict = { $reviewer } hat einen Interessenkonflikt mit Bewerbung Nr. { $id }: Die Bewertungen würden nicht zählen.
said-intake-sheet-score-not-a-number = „{ $text }“ ist keine ganze Zahl von 0 bis { $most }.
said-intake-sheet-empty = Der Bogen enthält keine bewertete Bewerbung.

## Bewertungen
said-intake-scores-closed = „{ $cycle }“ hat die Phase „Auswahl“ hinter sich: Die Bewertungen können sich nicht mehr ändern.
said-intake-scores-closed-cycle = Der Zyklus hat die Phase „Auswahl“ hinter sich: Die Bewertungen können sich nicht mehr ändern.
said-intake-score-reviewer-missing = Geben Sie den Namen des Gutachters ein: Jede Bewertung wird gezeichnet.
said-intake-criterion-by-staff = „{ $criterion }“ wird bei dieser anonymisierten Begutachtung nach Aufhebung der Anonymisierung vom Sekretariat bewertet: Zeichnen Sie die Bewertung mit „{ $signature }“.
said-intake-criterion-by-reviewers = „{ $criterion }“ wird von den Gutachtern bewertet, nicht vom Sekretariat.
said-intake-criterion-not-in-cycle = Kriterium Nr. { $id } gehört nicht zu diesem Zyklus.
said-intake-score-out-of-range = { $score } liegt außerhalb des Bereichs: „{ $criterion }“ wird von 0 bis { $most } bewertet.
said-intake-score-missing = Bewerten Sie „{ $criterion }“ (0 bis { $most }).
said-intake-criterion-scored-twice = „{ $criterion }“ ist zweimal bewertet.
said-intake-note-too-long = Höchstens 2.000 Zeichen.
said-intake-application-withdrawn = Diese Bewerbung ist zurückgezogen: Sie wird nicht mehr bewertet.
said-intake-score-conflict = { $reviewer } hat einen Interessenkonflikt mit dieser Bewerbung ({ $reason }): Die Bewertungen würden nicht zählen.
said-intake-not-scored = { $reviewer } hat Bewerbung Nr. { $id } nicht bewertet.

## Die Kriterien und Regeln einer Auswahl
said-intake-settings-frozen = „{ $cycle }“ hat die Phase „Auswahl“ hinter sich: Seine Kriterien und Regeln sind eingefroren. Setzen Sie den Zyklus (mit Begründung) in die Phase „Auswahl“ zurück, um sie zu ändern.
said-intake-criteria-none = Eine Rangfolge braucht mindestens ein Kriterium.
said-intake-criterion-label-missing = Benennen Sie das Kriterium.
said-intake-criterion-twice = „{ $criterion }“ ist zweimal aufgeführt.
said-intake-weight-range = Eine Gewichtung reicht von 0 bis 100.
said-intake-top-score-range = Die Höchstbewertung reicht von 1 bis 100.
said-intake-weights-all-zero = Mindestens ein Kriterium braucht eine Gewichtung über 0.
said-intake-place-cost = Die Kosten eines Platzes müssen über 0 € liegen.
said-intake-blind-needs-reviewer-criterion = Bei einer anonymisierten Begutachtung brauchen die Gutachter mindestens ein Kriterium, das nicht vom Team bewertet wird.
said-intake-min-participants = Mindestens eine teilnehmende Person, oder lassen Sie das Feld leer.
said-intake-top-score-below-scores = { $count ->
        [one] { $count } Bewertung
       *[other] { $count } Bewertungen
    } von „{ $criterion }“ liegen über { $most }: Ändern Sie sie zuerst oder behalten Sie die Höchstbewertung bei.

## Auswählen und entscheiden
said-intake-select-by-vote = Über „{ $cycle }“ entscheidet die Abstimmung der Mitglieder: Ihr Ergebnis wählt, sobald es festgestellt ist, den Gewinner aus (Abstimmungen).
said-intake-select-too-early = „{ $cycle }“ ist in der Phase „{ $phase ->
        [draft] Entwurf
        [call_open] Ausschreibung offen
        [selection] Auswahl
        [matching] Paarbildung
        [awarded] Bewilligt
        [in_progress] Laufend
        [reporting] Berichte
       *[closed] Abgeschlossen
    }“: Bringen Sie den Zyklus zuerst in die Phase „Auswahl“.
said-intake-select-past = „{ $cycle }“ hat die Phase „Auswahl“ hinter sich: Die Auswahl ist getroffen. Setzen Sie den Zyklus (mit Begründung) in die Phase „Auswahl“ zurück, um sie zu ändern.
said-intake-applicant-withdrawn = { $applicant } hat die Bewerbung zurückgezogen.
said-intake-not-eligible = { $applicant } ist nicht förderfähig: { $reasons }
said-intake-places-taken = Alle { $slots } Plätze { $pool ->
        [visiting] für Gastzentren
        [hosting] für gastgebende Zentren
        [staff] für Mitarbeitende
        [alliance] für Fachleute der Alliance
        [proposing] für vorschlagende Zentren
       *[none] { "" }
    } sind vergeben: Setzen Sie zuerst jemanden auf die Warteliste.
said-intake-already-withdrawn = Bewerbung Nr. { $id } ist bereits zurückgezogen.

## Warum eine Bewerbung nicht förderfähig ist (jeder Grund ein Satz)
said-intake-reason-hub-archived = { $hub } ist archiviert.
said-intake-reason-former-member = { $hub } ist ein ehemaliges Mitglied: Nur ordentliche und assoziierte Mitglieder können sich bewerben.
said-intake-reason-not-in-alliance = { $hub } gehört nicht zur Hubs Alliance.
said-intake-reason-host-not-in-alliance = Der Gastgeber { $host } gehört nicht zur Hubs Alliance.
said-intake-reason-host-archived = Der Gastgeber { $host } ist archiviert.
said-intake-reason-no-host = Es ist kein gastgebendes Zentrum angegeben.
said-intake-reason-few-participants = { $count ->
        [one] { $count } teilnehmende Person erwartet
       *[other] { $count } Teilnehmende erwartet
    }, weniger als die { $min }, die ein Workshop braucht.
said-intake-reason-outside-window = Die Daten ({ $first } bis { $last }) liegen außerhalb des Aktivitätszeitraums ({ $opens } bis { $closes }).
said-intake-reason-too-short = { $days } { $days ->
        [one] Tag ist
       *[other] Tage sind
    } kürzer als die kürzeste Aktivität ({ $min } Tage).
said-intake-reason-too-long = { $days } Tage sind länger als die längste Aktivität ({ $max } Tage).
said-intake-reason-no-dates = Keine Daten angegeben.
said-intake-reason-duplicate = Ein Duplikat von Bewerbung Nr. { $other }.

## Warum ein Gutachter einen Interessenkonflikt mit einer Bewerbung hat (nach „kann nicht begutachten: “)
said-intake-conflict-own-hub = die Bewerbung stammt von seinem eigenen Zentrum, { $hub }
said-intake-conflict-partner = die Bewerbung nennt sein Zentrum, { $hub }, als Partner
said-intake-conflict-paired = sein Zentrum, { $hub }, bildet in diesem Zyklus ein Paar mit dieser Bewerbung
# $reason: die Worte, die die erklärende Person eingegeben hat.
said-intake-conflict-declared = erklärt: { $reason }

## Warum die automatische Zuweisung einer Bewerbung zu wenige Gutachter gegeben hat
said-intake-shortfall-conflicts = die übrigen Gutachter haben einen Interessenkonflikt mit ihr
# $languages: Sprachcodes, „el, en“.
said-intake-shortfall-conflicts-or-languages = die übrigen Gutachter haben einen Interessenkonflikt mit ihr oder lesen keine dieser Sprachen: { $languages }

## Die Gruppen einer Auswahl
said-intake-pool = { $pool ->
        [visiting] Gastzentren
        [hosting] Gastgebende Zentren
        [staff] Mitarbeitende
        [alliance] Fachleute der Alliance
       *[proposing] Vorschlagende Zentren
    }

## Ein Rückzug, der einen Platz frei macht, der niemandem angeboten wird
said-intake-withdraw-not-offered = „{ $cycle }“ ist in der Phase „{ $phase ->
        [draft] Entwurf
        [call_open] Ausschreibung offen
        [selection] Auswahl
        [matching] Paarbildung
        [awarded] Bewilligt
        [in_progress] Laufend
        [reporting] Berichte
       *[closed] Abgeschlossen
    }“: Der Platz wird nicht automatisch erneut angeboten.
said-intake-withdraw-list-empty = Die Warteliste ist leer: Der Platz bleibt frei.

## Die Felder einer Bewerbung, die eine Spalte eines Formularexports füllen kann
said-intake-import-field = { $field ->
        [external_ref] Antwort-ID
        [submitted_at] Eingereicht am
        [hub] Zentrum
        [role] Gast oder Gastgeber
        [person_name] Name
        [person_email] E-Mail
        [person_role] Funktion im Zentrum
        [partner_hub] Partner- oder gastgebendes Zentrum
        [format] Format
        [starts_on] Erster Tag
        [ends_on] Letzter Tag
        [title] Titel
        [summary] Arbeitsplan oder Zusammenfassung
        [travellers] Reisende
        [travel_mode] Reiseart
        [participants] Erwartete Teilnehmende
        [budget_request] Beantragter Betrag (€)
       *[needs] Bedarf an Barrierefreiheit oder Inklusion
    }
# Was die Zellen jedes Feldes enthalten dürfen.
said-intake-import-hint = { $field ->
        [external_ref] die ID der Antwort im Formular; ein erneuter Import aktualisiert dieselbe Bewerbung
        [submitted_at] 2027-01-14 09:30, 2027-01-14T09:30:00Z oder 14.01.2027 09:30 (UTC)
        [hub] Name oder Kürzel des Mitgliedszentrums
        [role] visiting (Gastzentrum) oder hosting (gastgebendes Zentrum)
        [person_name] die Leitung des Zentrums (P2P) oder die reisende Person
        [person_email] eine E-Mail-Adresse
        [person_role] Produktionsleitung, Technik ...
        [partner_hub] Name oder Kürzel eines Mitgliedszentrums
        [format] job-shadowing, project-based, workshop, lecture oder other
        [starts_on] 2027-05-03 oder 03.05.2027
        [ends_on] 2027-05-07 oder 07.05.2027
        [title] der Titel des Workshops
        [summary] freier Text
        [travellers] eine ganze Zahl, 1 wenn leer
        [travel_mode] green (Bahn, Bus, Fahrgemeinschaft) oder standard
        [participants] eine ganze Zahl
        [budget_request] ein Betrag in Euro, z. B. 9.500
       *[needs] freier Text
    }

## Was mit einer Zelle eines Formularexports nicht stimmt (nach „Zeile 3, Spalte: “)
said-intake-cell-not-a-date = „{ $text }“ ist kein Datum: Schreiben Sie 2027-05-03 oder 03.05.2027
said-intake-cell-not-a-date-in-order = „{ $text }“ ist kein Datum in der Reihenfolge { $order ->
        [day_month] Tag/Monat
       *[month_day] Monat/Tag
    } (der Reihenfolge der Daten in dieser Datei)
said-intake-cell-date-ambiguous = „{ $text }“ könnte der { DATE($first) } oder der { DATE($second) } sein: Wählen Sie die Reihenfolge der Daten in dieser Datei (Tag/Monat oder Monat/Tag)
said-intake-cell-not-a-time = „{ $text }“ ist kein Zeitpunkt: Schreiben Sie 2027-01-14 09:30 oder 14.01.2027 09:30
said-intake-cell-not-a-role = „{ $text }“ ist weder visiting (Gastzentrum) noch hosting (gastgebendes Zentrum)
said-intake-cell-not-a-travel-mode = „{ $text }“ ist keine Reiseart: Schreiben Sie green oder standard
said-intake-cell-not-a-format = „{ $text }“ ist kein Format: Schreiben Sie job-shadowing, project-based, workshop, lecture oder other
said-intake-cell-not-a-whole-number = „{ $text }“ ist keine ganze Zahl
said-intake-cell-hub-ambiguous = mehrere Mitgliedszentren heißen „{ $name }“: Verwenden Sie das Kürzel des Zentrums
said-intake-cell-no-such-hub = kein Mitgliedszentrum heißt „{ $name }“ (Name oder Kürzel)
said-intake-cell-no-hub = kein Zentrum angegeben
# $rows: die anderen Zeilen, „4, 9“.
said-intake-cell-response-id-twice = die Antwort-ID „{ $id }“ steht auch in Zeile { $rows }: Jede Antwort braucht ihre eigene ID, oder eine der Zeilen ist eine zu entfernende Wiederholung

## Die mit einer Auswahlentscheidung festgehaltene Angabe
said-intake-event-rank = Rang { $rank } der { $pool ->
        [visiting] Gastzentren
        [hosting] gastgebenden Zentren
        [staff] Mitarbeitenden
        [alliance] Fachleute der Alliance
        [proposing] vorschlagenden Zentren
       *[other] { $label }
    }
said-intake-event-rank-score = { said-intake-event-rank }, Punktzahl { $whole },{ $hundredths }
said-intake-event-budget-taken = das Budget ist ausgeschöpft
said-intake-event-slots-taken = die { $slots } Plätze sind vergeben
said-intake-event-waiting = Warteliste Nr. { $rank }: { $why }
said-intake-event-by-hand = von Hand entschieden
said-intake-event-gave-up = hat einen erhaltenen Platz aufgegeben
said-intake-event-promoted = bekam den Platz von der Warteliste angeboten
