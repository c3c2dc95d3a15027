# Was der Kern über das Team sagt: die Arbeitsplätze, den gemeinsamen Ordner, das Protokoll und den Verlauf.

## Der gemeinsame Ordner ($path: eine Datei oder ein Ordner darin; $error: die Worte des Systems)
said-team-folder-not-made = Der Ordner { $path } konnte nicht angelegt werden: { $error }. Prüfen Sie, ob der gemeinsame Ordner vorhanden ist (USB-Stick eingesteckt, Synchronisierungsprogramm gestartet) und ob Sie hineinschreiben dürfen.
said-team-file-not-read = { $path } konnte nicht gelesen werden: { $error }. Prüfen Sie, ob der gemeinsame Ordner vorhanden ist (USB-Stick eingesteckt, Synchronisierungsprogramm gestartet) und ob Sie hineinschreiben dürfen.
said-team-data-not-placed = Die Daten des Teams konnten nicht an die Stelle von { $path } gebracht werden: { $error }. Prüfen Sie, ob der gemeinsame Ordner vorhanden ist (USB-Stick eingesteckt, Synchronisierungsprogramm gestartet) und ob Sie hineinschreiben dürfen.
said-team-file-not-a-team-file = { $path } ist keine Teamdatei von Mobility Desk: { $error }
said-team-not-a-folder = { $path } ist kein Ordner (oder nicht vorhanden): Wählen Sie den Ordner, den Ihr Team synchronisiert.
said-team-folder-inside-data = Wählen Sie einen Ordner außerhalb des Datenordners dieses Arbeitsplatzes: Die Datendatei selbst wird nie in den gemeinsamen Ordner gelegt.
# $team: die ID des Arbeitsplatzes, der das Team gegründet hat.
said-team-folder-has-team = { $path } enthält bereits ein Team ({ $team }): Wählen Sie „Einem Team beitreten“, um mit ihm zu arbeiten, oder einen anderen Ordner.
said-team-folder-no-team = { $path } enthält kein Team von Mobility Desk: Wählen Sie den Ordner, den ein Arbeitsplatz Ihres Teams geteilt hat.
said-team-no-folder = Dieser Arbeitsplatz teilt keinen Ordner mit einem Team.
said-team-no-folder-share-first = Dieser Arbeitsplatz teilt keinen Ordner mit einem Team: zuerst Einstellungen → Team → Über einen Ordner teilen….
said-team-folder-gone = Der gemeinsame Ordner { $path } ist nicht vorhanden (USB-Stick abgezogen, Synchronisierungsprogramm angehalten?). Es ist nichts verloren: Dieser Arbeitsplatz arbeitet weiter und synchronisiert, sobald der Ordner wieder da ist.
said-team-folder-gone-join = Der gemeinsame Ordner { $path } ist nicht vorhanden: Schließen Sie ihn an oder starten Sie das Synchronisierungsprogramm und versuchen Sie es dann erneut.
said-team-snapshot-newer = Die Daten des Teams wurden von einer neueren Version von Mobility Desk geschrieben (Datenversion { $version }): Aktualisieren Sie Mobility Desk, um beizutreten.
said-team-no-snapshot = Der Ordner enthält noch keine Momentaufnahme der Daten des Teams: Bitten Sie den Arbeitsplatz, der Sie freigegeben hat, zu synchronisieren.

## Die Arbeitsplätze des Teams ($desk: die ID eines Arbeitsplatzes)
said-team-desk-in-a-team = Dieser Arbeitsplatz gehört bereits zu einem Team.
said-team-desk-in-the-team = Dieser Arbeitsplatz gehört bereits zum Team.
said-team-desk-pending = Dieser Arbeitsplatz wartet darauf, dass ein Arbeitsplatz des Teams ihn freigibt.
said-team-desk-removed = Dieser Arbeitsplatz wurde aus seinem Team entfernt.
said-team-desk-removed-cannot-rejoin = Dieser Arbeitsplatz wurde aus dem Team entfernt: Er kann nicht mit demselben Schlüssel wieder beitreten.
said-team-desk-has-records = Dieser Arbeitsplatz enthält eigene Datensätze (Zentren oder Zyklen). Ein Arbeitsplatz tritt einem Team mit einem leeren Datenordner bei: Starten Sie Mobility Desk mit einem neuen Datenordner, um beizutreten, oder teilen Sie stattdessen die Daten dieses Arbeitsplatzes.
said-team-approve-not-member = Nur ein Arbeitsplatz des Teams kann einen anderen freigeben: Teilen Sie zuerst die Daten dieses Arbeitsplatzes über einen Ordner.
said-team-no-request = Kein Arbeitsplatz { $desk } hat in { $path } um Beitritt gebeten.
said-team-request-no-key = Die Beitrittsanfrage enthält keinen gültigen Schlüssel.
said-team-request-key-bad = Die Anfrage von Arbeitsplatz { $desk } enthält keinen gültigen Schlüssel: { $error }
said-team-request-other-desk = Die Anfrage gibt an, von Arbeitsplatz { $desk } zu stammen, aber ihr Schlüssel gehört einem anderen Arbeitsplatz: Sie wurde nicht freigegeben.
said-team-desk-claimed-twice = Zwei Arbeitsplätze geben an, Arbeitsplatz { $desk } zu sein: Diese Anfrage wurde nicht freigegeben.
said-team-desks-full = Ein Team hat höchstens { $most } Arbeitsplätze.
said-team-desk-remove-itself = Ein Arbeitsplatz kann sich nicht selbst entfernen: Bitten Sie einen anderen Arbeitsplatz des Teams, ihn zu entfernen.
said-team-desk-not-active = Arbeitsplatz { $desk } ist kein aktiver Arbeitsplatz dieses Teams.
said-team-no-network-key = Dieser Arbeitsplatz hat den Schlüssel des Netzwerks nicht.
said-team-desk-key-unreadable = Ein Schlüssel dieses Arbeitsplatzes ist beschädigt: { $error }
said-team-desk-key-damaged = Der Schlüssel dieses Arbeitsplatzes in der Datendatei ist beschädigt (er ist nicht 32 Bytes lang).
said-team-no-desk-read-only = Diese Datendatei hat noch keinen Arbeitsplatz: Sie wurde schreibgeschützt geöffnet, bevor diese Version der App zum ersten Mal hineingeschrieben hat.

## Das Protokoll, seine Änderungen und der Prüfpfad
said-team-log-entry-unreadable = Ein Eintrag des Protokolls kann nicht gelesen werden: { $error }
said-team-read-only-receive = Die Datendatei ist schreibgeschützt: Die Änderungen des Teams können nicht auf sie angewendet werden.
said-team-not-a-shared-table = { $table } ist keine gemeinsame Tabelle.
said-team-change-not-shared = eine Änderung an { $table }, das keine gemeinsame Tabelle ist
said-team-audit-format = Speichern Sie den Prüfpfad als .xlsx oder .csv, nicht als „{ $path }“.
said-team-workbook-not-written = Die Arbeitsmappe konnte nicht geschrieben werden: { $error }

## Der Verlauf eines Datensatzes und Konflikte
# $table: die Art des Datensatzes.
said-team-no-record =
    Es gibt { $table ->
        [hubs] kein Zentrum
        [applications] keine Bewerbung
        [grants] keinen Zuschuss
        [payments] keine Rate
        [letters] kein Bewilligungsschreiben
        [ballots] keinen Stimmzettel
        [cycles] keinen Zyklus
       *[other] keinen Datensatz
    } { $id }.
# $subject: worum es im Konflikt geht, so wie das Protokoll es nennt.
said-team-no-clash = Für { $subject } gibt es keinen Konflikt zu entscheiden.
said-team-clash-version-unknown = Diese Fassung gehört nicht zu dem Konflikt.
# Der Zuschuss, die Abstimmung oder der Stimmzettel, um den es in einem Konflikt geht ($hub: der Name eines Zentrums; $cycle: der Titel eines Zyklus).
said-team-clash-grant = Zuschuss für { $hub } ({ $cycle })
said-team-clash-vote = Die Abstimmung von { $cycle }
said-team-clash-ballot = Der Stimmzettel von { $hub } in der Abstimmung von { $cycle }
# Die Änderung einer Fassung eines Konflikts: was sie geändert hat, dann ihre Felder ($fields: „Name alt → neu, …“).
said-team-clash-change = { said-team-change }: { $fields }

## Was eine Änderung im Verlauf bewirkt hat ($table: die Tabelle; $op: insert, update oder delete;
## $mark: was $which ist — die Nummer einer Rate, das Aktenzeichen eines Schreibens, die Aktion einer Entscheidung, oder none)
said-team-change =
    { $table ->
        [hubs] Zentrum
        [bank_accounts] Bankverbindung
        [applications] Bewerbung
        [grants] Zuschuss
        [grant_history] Zuschussentscheidung
        [grant_inputs] Angaben zum Zuschuss
        [grant_reports] Abschlussbericht
        [payments] Rate
        [letters] Bewilligungsschreiben
        [ballots] Stimmzettel
        [cycles] Zyklus
        [cycle_events] Zyklusereignis
        [rule_sets] Regeln
        [vote_settings] Abstimmung
        [selection_events] Auswahl
       *[other] Datensatz
    }{ said-team-change-which } { $op ->
        [insert] angelegt
        [update] geändert
       *[delete] gelöscht
    }
said-team-change-which =
    { $mark ->
        [action] : { $which }
        [none] {""}
       *[other] {" "}{ $which }
    }
# Der Wert eines Feldes im Verlauf, wenn er nicht so gezeigt wird, wie er gespeichert ist.
said-team-value-empty = (leer)
said-team-value-none = (keine)
said-team-value-deleted = (gelöscht)
said-team-value-flag = { $flag ->
        [yes] ja
       *[no] nein
    }
said-team-value-money = { MONEY($amount) }
said-team-value-lines = { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    }
said-team-value-file = eine Datei mit { $size } KB

## Einträge anderer Arbeitsplätze empfangen ($entry: die Nummer eines Eintrags im Protokoll seines Arbeitsplatzes; $desk: die ID eines Arbeitsplatzes)
said-team-refused-two-entries = Arbeitsplatz { $desk } hat zwei verschiedene Einträge mit der Nummer { $entry } geliefert: Der zuerst angewendete wird behalten
said-team-refused-unreadable = der Eintrag kann nicht gelesen werden (unterwegs abgeschnitten oder beschädigt)
said-team-refused-removed = geschrieben, nachdem sein Arbeitsplatz aus dem Team entfernt wurde
said-team-entry-changed = Eintrag { $entry } wurde nach dem Schreiben verändert (sein Inhalt stimmt nicht mit seinem Hashwert überein)
said-team-entry-not-signed = Eintrag { $entry } ist nicht mit dem Schlüssel dieses Arbeitsplatzes signiert
said-team-entry-redaction-not-signed = Eintrag { $entry } gibt an, durch eine Löschung geschwärzt zu sein, aber der Arbeitsplatz, der ihn geschrieben hat, hat das Verbliebene nicht signiert
said-team-entry-unreadable = Eintrag { $entry } kann nicht gelesen werden: { $error }
said-team-entry-misplaced = Eintrag { $entry } gibt an, Eintrag { $claimed } von Arbeitsplatz { $desk } zu sein
said-team-entry-out-of-order = Eintrag { $entry } folgt nicht auf Eintrag { $previous } (die Kette wurde umgeordnet oder ein Eintrag fehlt)
said-team-audit-unknown-desk = dieser Arbeitsplatz gehört nicht zum Team: Sein Schlüssel ist unbekannt, daher kann keiner seiner Einträge geprüft werden
said-team-audit-entry-missing = Eintrag { $entry } fehlt (der nächste vorhandene ist { $next })

## Empfangene, wartende Änderungen ($count: wie viele; $named: yes, wenn der Arbeitsplatz den Namen
## seiner Person trägt, $who, sonst no, und er wird mit seiner ID genannt, $desk)
said-team-waiting-changes = { $count ->
        [one] { $count } Änderung
       *[other] { $count } Änderungen
    }
said-team-waiting-from = { $named ->
        [yes] von { $who }
       *[no] von Arbeitsplatz { $desk }
    }
# $version: die Datenversion, in der die Einträge geschrieben wurden.
said-team-waiting-newer = aktualisieren Sie Mobility Desk, um { said-team-waiting-changes } { said-team-waiting-from } zu lesen (geschrieben von einer neueren Version von Mobility Desk, Datenversion { $version })
said-team-waiting-not-applied = { said-team-waiting-changes } { said-team-waiting-from } noch nicht angewendet
# $reason: warum sie warten, so wie das Protokoll es festhält (auf Englisch).
said-team-waiting-because = { said-team-waiting-changes } { said-team-waiting-from }: { $reason }

## Warum ein empfangener Eintrag wartet oder abgelehnt wurde
said-team-wait-change = wartet auf Änderung { $seq } dieses Arbeitsplatzes
said-team-wait-approval = von einem Arbeitsplatz, der (noch) nicht zum Team gehört: wartet auf dessen Freigabe
said-team-wait-newer = von einer neueren Version von Mobility Desk geschrieben (Datenversion { $version }): aktualisieren Sie Mobility Desk, um ihn zu lesen
said-team-wait-changes-of = { $count ->
        [one] { $count } Änderung
       *[other] { $count } Änderungen
    } von Arbeitsplatz { $desk }
said-team-wait-for = wartet auf { $missing }
said-team-refused-undone = geschrieben, nachdem sein Arbeitsplatz aus dem Team entfernt wurde (hier vor dem Eintreffen der Entfernung angewendet, dann rückgängig gemacht)
