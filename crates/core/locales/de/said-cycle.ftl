# Was der Kern über Programme, ihre Zyklen und den Wechsel eines Zyklus zwischen seinen Phasen sagt.

## Teile der folgenden Meldungen, nie allein verwendet (die Meldung, zu der sie gehören, liefert ihre Variablen)
# $phase: eine Phase eines Zyklus (die, in der er ist, oder die in der Meldung genannte).
said-cycle-phase-name = { $phase ->
        [draft] Entwurf
        [call_open] Ausschreibung offen
        [selection] Auswahl
        [matching] Paarbildung
        [awarded] Bewilligt
        [in_progress] Laufend
        [reporting] Berichte
       *[closed] Abgeschlossen
    }
# $first: die erste Phase, in der eine Art von Arbeit erledigt wird.
said-cycle-phase-first-name = { $first ->
        [draft] Entwurf
        [call_open] Ausschreibung offen
        [selection] Auswahl
        [matching] Paarbildung
        [awarded] Bewilligt
        [in_progress] Laufend
        [reporting] Berichte
       *[closed] Abgeschlossen
    }
# $last: die letzte Phase, in der eine Art von Arbeit erledigt wird.
said-cycle-phase-last-name = { $last ->
        [draft] Entwurf
        [call_open] Ausschreibung offen
        [selection] Auswahl
        [matching] Paarbildung
        [awarded] Bewilligt
        [in_progress] Laufend
        [reporting] Berichte
       *[closed] Abgeschlossen
    }
# $work: eine Art von Arbeit an einem Zyklus, als Nominalgruppe.
said-cycle-work-done = { $work ->
        [matching] das Bilden und Bestätigen von Paaren und Vermittlungen
        [matching_settings] das Festlegen der Gewichtungen der Paarbildung und der Plätze der Gastgeber
        [visit_dates] das Festlegen der Besuchstermine
        [award] das Bewilligen von Zuschüssen
        [amend] das Ändern oder Stornieren bewilligter Zuschüsse
        [letters] das Ausstellen von Bewilligungsschreiben
        [payments] das Erfassen von Zahlungen
        [reports] das Erfassen von Berichten
       *[stories] das Hinzufügen von Erfahrungsberichten
    }
# $span: wann die Arbeit erledigt wird: in einer Phase ($first), ab $first oder von $first bis $last.
said-cycle-work-when = { $span ->
        [in] in der Phase „{ said-cycle-phase-first-name }“
        [on] ab der Phase „{ said-cycle-phase-first-name }“
       *[between] von der Phase „{ said-cycle-phase-first-name }“ bis zur Phase „{ said-cycle-phase-last-name }“
    }

## Arbeit an einem Zyklus, die in andere Phasen als seine eigene gehört
# $programme: der Name des Programms.
said-cycle-work-no-phase = Zyklen des Programms { $programme } haben keine Phase für { said-cycle-work-done }.
# Die Arbeit kommt später. $title: der Zyklus; $phase: seine Phase; $work, $span, $first, $last: wie oben.
said-cycle-work-later = „{ $title }“ ist in der Phase „{ said-cycle-phase-name }“: Vorgesehen ist { said-cycle-work-done } { said-cycle-work-when }. Bringen Sie den Zyklus zuerst in die Phase „{ said-cycle-phase-first-name }“: Zyklen → { $title } → Nächster Schritt.
# Die Arbeit ist vorbei.
said-cycle-work-earlier = „{ $title }“ ist in der Phase „{ said-cycle-phase-name }“: Vorgesehen ist { said-cycle-work-done } { said-cycle-work-when }. Um es jetzt zu erledigen, setzen Sie den Zyklus (mit Begründung) in die Phase „{ said-cycle-phase-last-name }“ zurück: Zyklen → { $title }.
said-cycle-grant-not-found = Es gibt keinen Zuschuss mit der ID { $id }.

## Ein Programm und die Werte, von denen seine Zyklen ausgehen (auch die eines Zyklus selbst)
said-cycle-schedule-count = Der Zahlungsplan braucht 1 bis 4 Raten.
said-cycle-schedule-percent = Jede Rate liegt zwischen 1 % und 100 %.
# $total: die Summe der Prozentsätze.
said-cycle-schedule-total = Die Raten ergeben zusammen { $total } %, nicht 100 %.
said-cycle-slots-none = Mindestens ein Platz.
said-cycle-slots-hosting-none = Mindestens ein Gastgeberplatz.
said-cycle-slots-hosting-p2p-only = Nur P2P-Zyklen haben Gastgeberplätze.
# $max, $min: Tage.
said-cycle-days-longest-shorter = Die längste Aktivität ({ $max } { $max ->
        [one] Tag
       *[other] Tage
    }) ist kürzer als die kürzeste ({ $min } { $min ->
        [one] Tag
       *[other] Tage
    }).
said-cycle-days-min-zero = Eine Aktivität dauert mindestens einen Tag.
said-cycle-days-max-long = Höchstens 366 Tage.
said-cycle-budget-negative = Das Budget kann nicht negativ sein.
said-cycle-programme-name-missing = Geben Sie den Namen des Programms ein.
said-cycle-programme-name-long = Der Name ist zu lang (höchstens { $most } Zeichen).
said-cycle-programme-description-long = Die Beschreibung ist zu lang (höchstens 1.000 Zeichen).
said-cycle-programme-not-found = Es gibt kein Programm mit der ID { $id }.
said-cycle-programme-key-not-found = Es gibt kein Programm „{ $key }“.
# $programme: der Name des Programms.
said-cycle-programme-switched-off = { $programme } ist ausgeschaltet: Schalten Sie es unter Programme ein, um einen Zyklus zu eröffnen.

## Die Einstellungen eines Zyklus
said-cycle-year-range = Das Jahr muss zwischen 2000 und 2100 liegen.
said-cycle-title-long = Der Titel ist zu lang (höchstens { $most } Zeichen).
# Zwei Daten in falscher Reihenfolge. $later, $earlier: welche Daten; $later_date, $earlier_date: die Daten (JJJJ-MM-TT).
said-cycle-dates-order = { $later ->
        [call_opens] Der Beginn der Ausschreibung
        [call_deadline] Der Bewerbungsschluss
        [activity_start] Der Beginn der Aktivität
        [activity_end] Das Ende der Aktivität
       *[report_deadline] Die Berichtsfrist
    } ({ $later_date }) liegt vor { $earlier ->
        [call_opens] dem Beginn der Ausschreibung
        [call_deadline] dem Bewerbungsschluss
        [activity_start] dem Beginn der Aktivität
        [activity_end] dem Ende der Aktivität
       *[report_deadline] der Berichtsfrist
    } ({ $earlier_date }).
# $window: die Tage vom ersten bis zum letzten Tag des Aktivitätszeitraums; $min: die kürzeste Aktivität, in Tagen.
said-cycle-window-short = Der Aktivitätszeitraum umfasst { $window } { $window ->
        [one] Tag
       *[other] Tage
    } und ist damit kürzer als die kürzeste Aktivität ({ $min } { $min ->
        [one] Tag
       *[other] Tage
    }).
said-cycle-notes-long = Die Notizen sind zu lang (höchstens 5.000 Zeichen).
said-cycle-not-found = Es gibt keinen Zyklus mit der ID { $id }.
said-cycle-programme-fixed = Ein Zyklus kann nicht in ein anderes Programm verschoben werden; legen Sie stattdessen einen neuen Zyklus an.
# $title: der Titel des Zyklus; $year: sein Jahr.
said-cycle-title-taken = Dieses Programm hat bereits einen Zyklus „{ $title }“ im Jahr { $year }.
said-cycle-delete-past-draft = „{ $title }“ ist kein Entwurf mehr: Der Zyklus kann nicht gelöscht werden. Schließen Sie ihn stattdessen ab.
# $count: die Bewerbungen des Zyklus.
said-cycle-delete-applications = „{ $title }“ hat { $count ->
        [one] { $count } Bewerbung
       *[other] { $count } Bewerbungen
    }: Der Zyklus kann nicht gelöscht werden.

## Einstellungen, auf denen Zuschüsse und Schreiben beruhen: nur durch eine Änderung zu ändern
# $title: der Zyklus; $grants: seine bewilligten Zuschüsse; $letters: seine ausgestellten Schreiben.
said-cycle-frozen-grants = „{ $title }“: { $grants ->
        [one] { $grants } Zuschuss ist bewilligt
       *[other] { $grants } Zuschüsse sind bewilligt
    }. Die Einstellungen des Zyklus ändern sich nur durch eine begründete Änderung, die in seinem Verlauf festgehalten wird.
said-cycle-frozen-letters = „{ $title }“: { $letters ->
        [one] { $letters } Schreiben ist ausgestellt
       *[other] { $letters } Schreiben sind ausgestellt
    }. Die Einstellungen des Zyklus ändern sich nur durch eine begründete Änderung, die in seinem Verlauf festgehalten wird.
said-cycle-frozen-grants-letters = „{ $title }“: { $grants ->
        [one] { $grants } Zuschuss ist bewilligt
       *[other] { $grants } Zuschüsse sind bewilligt
    }, { $letters ->
        [one] { $letters } Schreiben ist ausgestellt
       *[other] { $letters } Schreiben sind ausgestellt
    }. Die Einstellungen des Zyklus ändern sich nur durch eine begründete Änderung, die in seinem Verlauf festgehalten wird.
# Noch kein Zuschuss und kein Schreiben, aber die Phase des Zyklus ($phase) ist „Bewilligt“ oder eine spätere.
said-cycle-frozen-phase = „{ $title }“: Der Zyklus ist in der Phase „{ said-cycle-phase-name }“. Seine Einstellungen ändern sich nur durch eine begründete Änderung, die in seinem Verlauf festgehalten wird.
said-cycle-amend-reason-short = Geben Sie an, warum sich die Einstellungen ändern (mindestens 5 Zeichen): Die Begründung wird im Verlauf des Zyklus festgehalten.
said-cycle-amend-nothing = Es ändert sich nichts: Die Einstellungen sind dieselben wie die des Zyklus.
# $envelope: der gewünschte Budgetrahmen; $awarded: die bereits bewilligten Zuschüsse; $short: um wie viel
# der Budgetrahmen darunter liegt (alles in Cent).
said-cycle-amend-over-budget = Der Budgetrahmen von { MONEY($envelope) } läge { MONEY($short) } unter den bereits bewilligten { MONEY($awarded) }. Bestätigen Sie, um trotzdem zu ändern.

## Einen Zyklus zwischen Phasen wechseln
# $title: der Zyklus; $phase: die Phase, in die er wechseln würde (oder, beim Nachziehen, die, in der er ist).
said-cycle-move-already-there = „{ $title }“ ist bereits in der Phase „{ said-cycle-phase-name }“.
# $programme: der Name des Programms.
said-cycle-move-no-such-phase = Zyklen des Programms { $programme } haben keine Phase „{ said-cycle-phase-name }“.
# $missing: was der Wechsel braucht, wie die darunterliegenden Schichten es sagen, durch Semikolons getrennt.
said-cycle-move-missing = „{ $title }“ kann noch nicht in die Phase „{ said-cycle-phase-name }“ wechseln. Es fehlt: { $missing }.
said-cycle-move-back-needs-reason = Um „{ $title }“ in die Phase „{ said-cycle-phase-name }“ zurückzusetzen, ist eine Begründung nötig; sie wird im Verlauf festgehalten.
said-cycle-move-back-reason-short = Geben Sie an, warum der Zyklus zurückgesetzt wird (mindestens 5 Zeichen).
said-cycle-catch-up-nothing = „{ $title }“ enthält keine Arbeit, die seiner Phase („{ said-cycle-phase-name }“) voraus ist.
said-cycle-catch-up-missing = „{ $title }“ kann nicht in die Phase „{ said-cycle-phase-name }“ vorrücken. Es fehlt: { $missing }.

## Warum sich die Einstellungen eines Zyklus nur durch eine Änderung ändern (am Zyklus angezeigt, nach „Eingefroren:“ o. Ä.)
# $grants: seine bewilligten Zuschüsse; $letters: seine ausgestellten Schreiben.
said-cycle-freeze-grants = { $grants ->
        [one] { $grants } Zuschuss ist bewilligt
       *[other] { $grants } Zuschüsse sind bewilligt
    }
said-cycle-freeze-letters = { $letters ->
        [one] { $letters } Schreiben ist ausgestellt
       *[other] { $letters } Schreiben sind ausgestellt
    }
said-cycle-freeze-grants-letters = { $grants ->
        [one] { $grants } Zuschuss ist bewilligt
       *[other] { $grants } Zuschüsse sind bewilligt
    }, { $letters ->
        [one] { $letters } Schreiben ist ausgestellt
       *[other] { $letters } Schreiben sind ausgestellt
    }
# Noch kein Zuschuss und kein Schreiben; $phase: die Phase des Zyklus, „Bewilligt“ oder eine spätere.
said-cycle-freeze-phase = der Zyklus ist in der Phase „{ said-cycle-phase-name }“

## Was das Speichern der Einstellungen eines Zyklus ändert, je eine Zeile
# $setting: welche Einstellung (Teil der folgenden Zeilen).
said-cycle-change-setting = { $setting ->
        [year] Jahr
        [title] Titel
        [call_opens] Beginn der Ausschreibung
        [call_deadline] Bewerbungsschluss
        [activity_start] Beginn der Aktivität
        [activity_end] Ende der Aktivität
        [report_deadline] Berichtsfrist
        [slots] Plätze
        [second_slots] Gastgeberplätze
        [min_days] Kürzeste Aktivität (Tage)
        [max_days] Längste Aktivität (Tage)
       *[other] { $setting }
    }
# Ein Wert, wie er ist (ein Jahr, ein Titel, eine Zahl von Plätzen). $before, $after: die Werte.
said-cycle-change-value = { said-cycle-change-setting }: { $before } → { $after }
# Ein Datum (JJJJ-MM-TT) oder „unset“.
said-cycle-change-date = { said-cycle-change-setting }: { $before ->
        [unset] nicht festgelegt
       *[other] { $before }
    } → { $after ->
        [unset] nicht festgelegt
       *[other] { $after }
    }
# Eine Zahl von Tagen oder „unset“.
said-cycle-change-days = { said-cycle-change-setting }: { $before ->
        [unset] nicht festgelegt
       *[other] { $before }
    } → { $after ->
        [unset] nicht festgelegt
       *[other] { $after }
    }
# $before, $after: der Budgetrahmen, in Cent.
said-cycle-change-budget = Budgetrahmen: { MONEY($before) } → { MONEY($after) }
said-cycle-change-notes = Notizen geändert
# Eine Rate des Zahlungsplans vor der Änderung (Teile der folgenden Zeilen): $before1 … $before4:
# ihr Prozentsatz; $before1_due …: wann sie fällig wird (before_activity oder after_report).
said-cycle-change-before-1 = { $before1 } % { $before1_due ->
        [before_activity] vor der Aktivität
       *[after_report] nach dem Bericht
    }
said-cycle-change-before-2 = { $before2 } % { $before2_due ->
        [before_activity] vor der Aktivität
       *[after_report] nach dem Bericht
    }
said-cycle-change-before-3 = { $before3 } % { $before3_due ->
        [before_activity] vor der Aktivität
       *[after_report] nach dem Bericht
    }
said-cycle-change-before-4 = { $before4 } % { $before4_due ->
        [before_activity] vor der Aktivität
       *[after_report] nach dem Bericht
    }
# Dasselbe nach der Änderung.
said-cycle-change-after-1 = { $after1 } % { $after1_due ->
        [before_activity] vor der Aktivität
       *[after_report] nach dem Bericht
    }
said-cycle-change-after-2 = { $after2 } % { $after2_due ->
        [before_activity] vor der Aktivität
       *[after_report] nach dem Bericht
    }
said-cycle-change-after-3 = { $after3 } % { $after3_due ->
        [before_activity] vor der Aktivität
       *[after_report] nach dem Bericht
    }
said-cycle-change-after-4 = { $after4 } % { $after4_due ->
        [before_activity] vor der Aktivität
       *[after_report] nach dem Bericht
    }
# $before_count: die Raten vor der Änderung (0 bis 4).
said-cycle-change-schedule-before = { $before_count ->
        [0] { "" }
        [1] { said-cycle-change-before-1 }
        [2] { said-cycle-change-before-1 }, { said-cycle-change-before-2 }
        [3] { said-cycle-change-before-1 }, { said-cycle-change-before-2 }, { said-cycle-change-before-3 }
       *[other] { said-cycle-change-before-1 }, { said-cycle-change-before-2 }, { said-cycle-change-before-3 }, { said-cycle-change-before-4 }
    }
# $after_count: die Raten nach der Änderung.
said-cycle-change-schedule-after = { $after_count ->
        [0] { "" }
        [1] { said-cycle-change-after-1 }
        [2] { said-cycle-change-after-1 }, { said-cycle-change-after-2 }
        [3] { said-cycle-change-after-1 }, { said-cycle-change-after-2 }, { said-cycle-change-after-3 }
       *[other] { said-cycle-change-after-1 }, { said-cycle-change-after-2 }, { said-cycle-change-after-3 }, { said-cycle-change-after-4 }
    }
said-cycle-change-schedule = Zahlungsplan: { said-cycle-change-schedule-before } → { said-cycle-change-schedule-after }
# Der Budgetrahmen läge unter dem, was bewilligt ist. $envelope, $short, $awarded: wie in said-cycle-amend-over-budget.
said-cycle-change-overrun = Der Budgetrahmen von { MONEY($envelope) } läge { MONEY($short) } unter den bereits bewilligten { MONEY($awarded) }.

## Was ein Wechsel in die nächste Phase noch braucht (jeweils ein Eintrag einer Liste)
# $what: eine Einstellung, die die Ausschreibung braucht.
said-cycle-missing-setting = { $what ->
        [call_opens] das Datum, an dem die Ausschreibung beginnt
        [call_deadline] der Bewerbungsschluss
        [activity_start] der erste Tag des Aktivitätszeitraums
        [activity_end] der letzte Tag des Aktivitätszeitraums
       *[budget] ein Budgetrahmen
    }
# $pool: die Bewerbungen einer Gruppe, von denen noch keine ausgewählt ist.
said-cycle-missing-selected = ausgewählte { $pool ->
        [visiting] Gastzentren
        [hosting] gastgebende Zentren
        [staff] Mitarbeitende
        [alliance] Fachleute der Alliance
       *[proposing] vorschlagende Zentren
    } (führen Sie die Auswahl unter Bewerbungen → Auswahl durch)
# Eine spätere Phase: $phase, die nächste, kommt zuerst.
said-cycle-missing-phase-first = zuerst die Phase „{ said-cycle-phase-name }“

## Arbeit, die ein Zyklus seiner Phase voraus enthält (jeweils ein Eintrag einer Liste)
# $count: wie viele; $what: welche Arbeit.
said-cycle-ahead-work = { $what ->
        [pairs] { $count ->
            [one] { $count } Paar bestätigt
           *[other] { $count } Paare bestätigt
        }
        [placements] { $count ->
            [one] { $count } Vermittlung bestätigt
           *[other] { $count } Vermittlungen bestätigt
        }
        [grants] { $count ->
            [one] { $count } Zuschuss bewilligt
           *[other] { $count } Zuschüsse bewilligt
        }
        [letters] { $count ->
            [one] { $count } Schreiben ausgestellt
           *[other] { $count } Schreiben ausgestellt
        }
        [payments] { $count ->
            [one] { $count } Zahlung erfasst
           *[other] { $count } Zahlungen erfasst
        }
       *[reports] { $count ->
            [one] { $count } Bericht eingegangen
           *[other] { $count } Berichte eingegangen
        }
    }

## Ein Zyklus, der zu der vor seiner Phase erledigten Arbeit aufrückt ($work: was erledigt wurde)
said-cycle-caught-up = An die vor der Phase erledigte Arbeit angeglichen: { $work }.
