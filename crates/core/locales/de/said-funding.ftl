# Was der Kern über Zuschüsse, ihre Regeln, Zahlungen und den Finanzexport sagt.

## Zuschüsse
said-funding-grant-missing = Es gibt keinen Zuschuss mit der ID { $id }.
said-funding-grant-application-gone = Die Bewerbung dieses Zuschusses existiert nicht mehr.
said-funding-grant-unreadable = Ein gespeicherter Zuschuss kann nicht gelesen werden: { $error }
said-funding-grant-not-in-cycle = Zuschuss { $id } gehört nicht zu diesem Zyklus.
# $state: draft, awarded oder cancelled.
said-funding-grant-already =
    Der Zuschuss für { $applicant } ist bereits { $state ->
        [awarded] bewilligt
        [cancelled] storniert
       *[draft] ein Entwurf
    }.

## An einem Zuschuss erfasste Kosten und Visa
said-funding-cost-negative = Kosten können nicht negativ sein.
said-funding-cost-too-big = Das übersteigt jeden Zuschuss (höchstens { MONEY($most) }).
said-funding-visas-beyond-travellers =
    Es reisen nur { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }.

## Zuschüsse bewilligen, ändern und stornieren
# $reason: warum der erste Entwurf nicht berechnet werden kann (ein fehlender Gastgeber, fehlende Koordinaten oder Daten).
said-funding-award-all-blocked = Es kann kein Zuschuss bewilligt werden: { $reason }
said-funding-award-no-draft = Es gibt keinen Zuschussentwurf zum Bewilligen.
said-funding-award-over-budget =
    Die Bewilligung von { $count ->
        [one] { $count } Zuschuss
       *[other] { $count } Zuschüssen
    } über { MONEY($adding) } bringt die bewilligte Gesamtsumme auf { MONEY($after) }, { MONEY($over) } über dem Budgetrahmen von { MONEY($envelope) }.
said-funding-amend-reason-missing = Geben Sie an, warum sich der bewilligte Zuschuss ändert (die Begründung wird im Verlauf des Zuschusses festgehalten).
said-funding-amend-not-awarded =
    Der Zuschuss für { $applicant } ist { $state ->
        [awarded] bewilligt
        [cancelled] storniert
       *[draft] noch ein Entwurf
    }: Nur ein bewilligter Zuschuss kann geändert werden.
said-funding-amend-nothing = Der Zuschuss für { $applicant } entspricht bereits den geltenden Regeln und Angaben: Es gibt nichts zu ändern.
said-funding-cancel-reason-missing = Geben Sie an, warum der Zuschuss storniert wird (die Begründung wird im Verlauf des Zuschusses festgehalten).
said-funding-cancel-not-awarded =
    Der Zuschuss für { $applicant } ist { $state ->
        [awarded] bewilligt
        [cancelled] storniert
       *[draft] noch ein Entwurf
    }: Nur ein bewilligter Zuschuss kann storniert werden (ein Entwurf folgt der Auswahl).

## Die Regeln eines Zyklus
said-funding-rules-unreadable = Ein gespeichertes Regelwerk kann nicht gelesen werden: { $error }
said-funding-rules-no-component = Ein Regelwerk braucht mindestens eine Komponente.
said-funding-rules-too-many-components = Höchstens { $most } Komponenten.
said-funding-at-most-characters = Höchstens { $most } Zeichen.
# $frozen: warum die Regeln des Zyklus eingefroren sind (seine Zuschüsse sind bewilligt, seine Schreiben ausgestellt).
said-funding-rules-change-reason = „{ $cycle }“: { $frozen }. Geben Sie an, warum sich die Regeln ändern (mindestens { $least } Zeichen): Die Begründung wird im Verlauf des Zyklus festgehalten.
said-funding-component-unnamed = Komponente { $number } braucht einen Namen (er wird auf die Schreiben gedruckt).
said-funding-component-name-twice = Zwei Komponenten heißen „{ $label }“.
said-funding-component-no-role = „{ $label }“ gilt für niemanden: Wählen Sie mindestens eine Rolle.
# $role: visiting, hosting, visitor oder proposer.
said-funding-role-not-in-programme =
    Dieses Programm hat keine Bewerbungen { $role ->
        [visiting] von Gastzentren
        [hosting] von gastgebenden Zentren
        [visitor] von Besuchenden
       *[proposer] von vorschlagenden Zentren
    }.
said-funding-role-cap-twice =
    { $role ->
        [visiting] Bewerbungen von Gastzentren
        [hosting] Bewerbungen von gastgebenden Zentren
        [visitor] Bewerbungen von Besuchenden
       *[proposer] Bewerbungen von vorschlagenden Zentren
    } haben bereits eine Obergrenze pro Zuschuss.
# $what: rate, cap, day-rate, night-rate oder amount.
said-funding-amount-negative =
    { $what ->
        [rate] Ein Satz
        [cap] Die Obergrenze
        [day-rate] Der Tagessatz
        [night-rate] Der Übernachtungssatz
       *[amount] Der Betrag
    } kann nicht negativ sein.
said-funding-amount-too-big =
    { $what ->
        [rate] Ein Satz
        [cap] Die Obergrenze
        [day-rate] Der Tagessatz
        [night-rate] Der Übernachtungssatz
       *[amount] Der Betrag
    } von { MONEY($amount) } übersteigt jeden Zuschuss (höchstens { MONEY($most) }).
said-funding-max-days-zero = Mindestens ein Tag (oder lassen Sie das Feld leer, um nicht zu begrenzen).
said-funding-max-days-too-many = Höchstens { $most } Tage.
said-funding-travel-days-too-many = Höchstens { $most } Reisetage.
said-funding-green-travel-days-fewer = Umweltfreundliches Reisen kann nicht weniger Reisetage finanzieren als Standardreisen.
said-funding-percentage-range = Ein Prozentsatz von { $from } bis { $to }.
said-funding-reduced-after-day-zero = Der ermäßigte Satz beginnt frühestens nach Tag 1.
said-funding-max-nights-zero = Mindestens eine Nacht (oder lassen Sie das Feld leer, um nicht zu begrenzen).
said-funding-expensive-travel-needs-band = Teure Reisen ersetzen eine Entfernungsstufe: Fügen Sie eine Komponente mit Entfernungsstufen für dieselben Bewerbungen hinzu.

## Ländergruppen eines Tages- oder Übernachtungssatzes
said-funding-group-unnamed = Benennen Sie die Ländergruppe.
said-funding-group-no-country = { $group } enthält kein Land.
said-funding-country-code-bad = „{ $code }“ ist kein Ländercode (zwei Buchstaben, z. B. FR).
said-funding-country-in-two-groups = { $code } ist in zwei Gruppen.

## Die Tabelle der Entfernungsstufen
said-funding-bands-empty = Die Tabelle der Entfernungsstufen hat keine Zeilen.
said-funding-band-ends-before-start = Zeile { $row }: Die Stufe endet ({ $to } km), bevor sie beginnt ({ $from } km).
said-funding-band-amount-negative = Zeile { $row }: Ein Betrag ist negativ.
said-funding-band-amount-too-big = Zeile { $row }: Ein Betrag übersteigt jeden Zuschuss.
said-funding-band-open-not-last = Zeile { $row } hat keine obere Grenze und muss daher die letzte sein.
said-funding-bands-overlap = Die Zeilen { $row } und { $next } überschneiden sich ({ $km } km liegt in beiden).
said-funding-bands-gap = Zwischen den Zeilen { $row } und { $next } liegt der Bereich von { $from } bis { $to } km in keiner Stufe.

## Zahlungen und Berichte
said-funding-payment-missing = Es gibt keine Zahlung mit der ID { $id }.
# $state: open, paid, waived oder cancelled.
said-funding-payment-already =
    Diese Zahlung ist bereits { $state ->
        [paid] bezahlt
        [waived] entfallen
        [cancelled] storniert
       *[open] offen
    }.
said-funding-balance-before-report = Der Restbetrag des Zuschusses für { $applicant } wird erst nach Eingang des Berichts gezahlt: Markieren Sie den Bericht zuerst als eingegangen.
said-funding-reference-long = Eine Referenz hat höchstens { $most } Zeichen.
said-funding-waive-reason-missing = Geben Sie an, warum auf diese Zahlung verzichtet wird (die Begründung wird bei der Zahlung festgehalten).
said-funding-waive-not-open =
    Diese Zahlung ist { $state ->
        [paid] bezahlt
        [waived] entfallen
        [cancelled] storniert
       *[open] offen
    }: Nur auf eine offene Zahlung kann verzichtet werden.
said-funding-reopen-reason-missing = Geben Sie an, warum die Zahlung wieder geöffnet wird (die Begründung wird bei der Zahlung festgehalten).
said-funding-reopen-not-settled =
    Diese Zahlung ist { $state ->
        [paid] bezahlt
        [waived] entfallen
        [cancelled] storniert
       *[open] offen
    }: Nur eine bezahlte oder entfallene Zahlung kann wieder geöffnet werden.
said-funding-report-grant-cancelled = Der Zuschuss für { $applicant } ist storniert: Für ihn gibt es keinen Bericht.
said-funding-report-grant-draft = Der Zuschuss für { $applicant } ist noch nicht bewilligt: Ein Bericht folgt erst nach der Bewilligung.
said-funding-report-balance-paid = Der Restbetrag wurde nach diesem Bericht gezahlt: Machen Sie diese Zahlung rückgängig, bevor Sie den Bericht zurücksetzen.
# $text: das Datum, wie es eingegeben wurde.
said-funding-date-not-a-date = „{ $text }“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, z. B. 2027-03-31.
# $what: payment oder report; $date: das Datum, wie es eingegeben wurde.
said-funding-date-in-future =
    { $what ->
        [report] Der Eingang eines Berichts
       *[payment] Eine Zahlung
    } kann nicht in der Zukunft liegen ({ $date } liegt nach dem heutigen Tag).

## Der Finanzexport
said-funding-export-no-cycle = Wählen Sie mindestens einen Zyklus zum Exportieren.
said-funding-export-language = „{ $language }“ ist keine Sprache des Exports: Verwenden Sie en oder fr.
said-funding-export-extension = Speichern Sie den Finanzexport als .xlsx oder .csv, nicht als „{ $path }“.
said-funding-spreadsheet-failed = Die Tabelle konnte nicht erstellt werden: { $error }

## Warum ein Zuschuss nicht berechnet werden kann (der Sperrgrund eines Zuschussentwurfs)
# $what: paired (ein Gastzentrum, dessen Gastgeber sein Paar ist) oder host.
said-funding-blocked-no-host =
    { $applicant } hat noch keinen Gastgeber, und „{ $component }“ hängt vom Zielort ab: Ordnen Sie zuerst { $what ->
        [paired] ein gastgebendes Zentrum als Paar
       *[host] ein gastgebendes Zentrum
    } zu.
said-funding-blocked-no-dates = { $applicant } hat keine Aktivitätsdaten, und „{ $component }“ wird pro Tag gezahlt: Geben Sie den ersten und den letzten Tag in der Bewerbung ein.
said-funding-blocked-no-coordinates = { $hub } ({ $city }) hat keine Koordinaten, daher kann die Reiseentfernung nicht berechnet werden: Ergänzen Sie sie unter Zentren.
said-funding-blocked-visit-undated = Die Termine des Besuchs von { $applicant } sind noch nicht vereinbart: Legen Sie sie beim Paar fest (Bewerbungen → Paarbildung → Besuchstermine…). Die Regeln des Zyklus sperren Besuche ohne Termine.

## Eine Zuschusszeile: ihre Bezeichnung, wenn ein ermäßigter Satz sie teilt, und woher ihre Zahlen kommen
said-funding-line-days = { $label }, Tage { $from }–{ $to }
# $from, $to: die Städte; $km: die einfache Entfernung, englisch geschrieben („1,234“).
said-funding-note-route = { $from } → { $to }, { $km } km einfache Strecke
# $mode: green, no-green oder standard.
said-funding-note-band =
    { said-funding-note-route }; { $mode ->
        [green] Satz für umweltfreundliches Reisen
        [no-green] kein Satz für umweltfreundliches Reisen in dieser Stufe: Standardsatz
       *[standard] Standardsatz
    }; Hin- und Rückreise
said-funding-note-band-expensive = { said-funding-note-route }; teure Reise: Die { MONEY($band_amount) } der Stufe decken weniger als { $below } % der tatsächlichen Kosten von { MONEY($cost) }, daher { $share } % dieser Kosten
# $why: below (die niedrigste Stufe beginnt bei $lowest km) oder none.
said-funding-note-band-none =
    { said-funding-note-route }: { $why ->
        [below] unterhalb der niedrigsten Stufe ({ $lowest } km)
       *[none] in keiner Stufe
    }, daher kein Reisekostenzuschuss
said-funding-note-travel-capped = { MONEY($cost) } angegeben, begrenzt auf { MONEY($cap) }
said-funding-note-travel-declared = angegebene Kosten (Obergrenze { MONEY($cap) })
said-funding-note-travel-reserved = noch keine Kosten angegeben: Die Obergrenze von { MONEY($cap) } ist reserviert
# $capped: yes, wenn die Aktivität ($activity Tage) länger ist als die $most geförderten Tage;
# $travel: yes, wenn $travel_days Reisetage hinzukommen ($green: yes bei umweltfreundlichem Reisen).
said-funding-note-subsistence =
    { $capped ->
        [yes] { $activity } Aktivitätstage, höchstens { $most } gefördert
       *[no] { $activity ->
            [one] { $activity } Aktivitätstag
           *[other] { $activity } Aktivitätstage
        }
    }{ $travel ->
        [yes] { " " }+ { $travel_days ->
            [one] { $travel_days } Reisetag
           *[other] { $travel_days } Reisetage
        }{ $green ->
            [yes] { " " }(umweltfreundliche Reise)
           *[no] { "" }
        }
       *[no] { "" }
    }{ said-funding-note-rate }
# Der Satz für einen Tag oder eine Nacht: $rate ist group (der Satz von $group, für $country), base
# ($country ist in keiner Gruppe) oder none (ein Satz für alle).
said-funding-note-rate =
    { $rate ->
        [group] ; Satz der Gruppe { $group } für { $country }
        [base] ; { $country } ist in keiner Ländergruppe: Es gilt der Basissatz
       *[none] { "" }
    }
said-funding-note-reduced = ab Tag { $day } zu { $percent } % von { MONEY($rate) }
said-funding-note-nights-capped = { $nights } Nächte, höchstens { $most } gefördert{ said-funding-note-rate }
said-funding-note-nights =
    { $nights ->
        [one] { $nights } Nacht
       *[other] { $nights } Nächte
    } eines { $days }-tägigen Aufenthalts{ said-funding-note-rate }
said-funding-note-green = reist umweltfreundlich
said-funding-note-lump-sum = Pauschale
said-funding-note-inclusion-capped = tatsächliche Kosten von { MONEY($cost) }, begrenzt auf { MONEY($cap) }
said-funding-note-inclusion = tatsächliche Kosten (Obergrenze { MONEY($cap) })
said-funding-note-visas =
    { $count ->
        [one] { $count } reisende Person braucht ein Visum
       *[other] { $count } reisende Personen brauchen ein Visum
    }
said-funding-note-cap-reduced = die Zeilen ergeben zusammen { MONEY($subtotal) }; der Zuschuss beträgt höchstens { MONEY($cap) }
said-funding-note-cap-within = die Zeilen ergeben zusammen { MONEY($subtotal) }, innerhalb der Obergrenze von { MONEY($cap) }

## Eine Zahlung in der Liste
# $due: before_activity, after_report oder now.
said-funding-payment-due =
    { $due ->
        [before_activity] vor der Aktivität
        [after_report] nach dem Bericht
       *[now] auf Anforderung
    }
said-funding-payment-recovery = Rückforderung
said-funding-payment-added = Rate { $seq }: hinzugefügt, fällig { said-funding-payment-due }
said-funding-payment-scheduled = Rate { $seq } von { $scheduled }: { $percent } % { said-funding-payment-due }

## Worauf der Wechsel eines Zyklus in die nächste Phase wartet
# $drafts: one, some (bis zu drei, alle in $names genannt) oder many ($count, die ersten beiden in $names).
said-funding-missing-awards =
    ein bewilligter Zuschuss für jede ausgewählte Bewerbung ({ $drafts ->
        [one] { $names } ist noch ein Entwurf
        [some] { $names } sind noch Entwürfe
       *[many] { $count } sind noch Entwürfe, darunter { $names }
    })
# $open: pay, recover, both oder none; $who: one ($first), two ($first, $second) oder more
# ($first, $second und $more weitere).
said-funding-missing-payments =
    jede Zahlung bezahlt, zurückgefordert oder entfallen ({ $open ->
        [pay] noch { MONEY($to_pay) } zu zahlen
        [recover] noch { MONEY($to_recover) } zurückzufordern
        [both] noch { MONEY($to_pay) } zu zahlen, { MONEY($to_recover) } zurückzufordern
       *[none] { "" }
    }: { $who ->
        [one] { $first }
        [two] { $first } und { $second }
       *[more] { $first }, { $second } und { $more } weitere
    })

## Die Notiz einer Zahlung ($reason: die vom Team eingegebenen Worte)
said-funding-payment-note-no-longer-owed = Nicht mehr geschuldet.
said-funding-payment-note-no-longer-owed-why = Nicht mehr geschuldet: { $reason }
said-funding-payment-note-waived = Erlassen: { $reason }
said-funding-payment-note-waiver-undone = Erlass zurückgenommen: { $reason }
said-funding-payment-note-payment-undone = Zahlung von { MONEY($amount) } am { DATE($paid_on) } zurückgenommen: { $reason }

## Die Notiz eines Regelsatzes, und ein neuer Regelsatz im Verlauf eines Zyklus
said-funding-rules-note-defaults = Vorgaben des Programms
said-funding-rules-note-copied = Vom Zyklus übernommen, aus dem dieser geklont wurde
said-funding-rules-change = Regeln: Version { $before } → Version { $after }
# Bank transfer files (SEPA credit transfers).
said-funding-sepa-date-past = Die Bank kann nicht am { DATE($date) } zahlen: Der Tag ist vorbei. Wählen Sie heute ({ DATE($today) }) oder einen späteren Tag.
said-funding-sepa-not-payable = Die Rate { $id } kann nicht in eine Überweisungsdatei von { $cycle }: Sie ist keine offene, jetzt zahlbare Rate dieses Zyklus.
said-funding-sepa-left-in-batch = Schon in der Überweisungsdatei { $reference } vom { DATE($date) }, noch nicht als bezahlt markiert. Markieren Sie diese Datei als bezahlt, oder verwerfen Sie sie, wenn sie nie gesendet wurde.
said-funding-sepa-left-no-account = Keine Bankverbindung: Geben Sie sie beim Hub an (oder bei der Bewerbung, wenn der Zuschuss an die Person geht).
said-funding-sepa-left-not-sepa = Das Konto liegt in { $country }, außerhalb des SEPA-Raums: Zahlen Sie es mit einer anderen Überweisungsart.
said-funding-sepa-left-needs-bic = Das Konto liegt in { $country }, außerhalb des EWR: Eine SEPA-Überweisung darauf braucht den BIC der Bank.
said-funding-sepa-no-debtor = Das Bankkonto des Netzwerks ist nicht angegeben: Tragen Sie es unter Einstellungen → Das Bankkonto des Netzwerks ein und schreiben Sie dann die Datei.
said-funding-sepa-nothing-due = { $cycle } hat keine fällige oder überfällige Rate zu zahlen. Wählen Sie noch nicht fällige Raten, wenn sie im Voraus gezahlt werden sollen.
said-funding-sepa-all-left-out = { $count ->
        [one] Die eine gewählte Rate kann mit dieser Datei nicht gezahlt werden (Gründe unten).
       *[other] Keine der { $count } gewählten Raten kann mit dieser Datei gezahlt werden (Gründe unten).
    }
said-funding-sepa-no-batch = Es gibt keine Überweisungsdatei mit der Kennung { $id }.
said-funding-sepa-batch-settled = Die Überweisungsdatei { $reference } ist { $state ->
        [paid] schon als bezahlt markiert
       *[other] verworfen
    }: Sie kann sich nicht mehr ändern.
said-funding-sepa-batch-not-open = Die Überweisungsdatei { $reference } kann nicht als bezahlt markiert werden: Die Rate von { $applicant } darin ist { $state ->
        [paid] schon bezahlt
        [waived] erlassen
       *[other] nicht mehr geschuldet
    }. Nichts wurde als bezahlt markiert; prüfen Sie diese Rate mit der Bank.
said-funding-sepa-batch-amount-changed = Die Überweisungsdatei { $reference } kann nicht als bezahlt markiert werden: Sie zahlt { MONEY($then) } an { $applicant }, deren Rate jetzt { MONEY($now) } beträgt. Nichts wurde als bezahlt markiert; erfassen Sie diese Zahlung von Hand.
