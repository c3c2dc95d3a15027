# Die Ansicht Einstellungen: die Angaben des Netzwerks für Bewilligungsschreiben, das Team, Sicherungen und Schutz.

## Die Angaben des Netzwerks

settings-title = Einstellungen
settings-intro = Name, Anschrift, unterzeichnende Person und Logo des Netzwerks erscheinen auf den Bewilligungsschreiben, die die App druckt.
settings-network = Netzwerk
settings-network-name = Name des Netzwerks
settings-address = Postanschrift
settings-address-hint = Wie im Briefkopf gedruckt, höchstens 8 Zeilen.
settings-letters = Bewilligungsschreiben
settings-signatory = Unterzeichnende Person
settings-signatory-placeholder = z. B. Maria Nowak
settings-signatory-title = Funktion der unterzeichnenden Person
settings-signatory-title-placeholder = z. B. Generalsekretärin
settings-place = Ort der Unterzeichnung
settings-place-placeholder = z. B. Brüssel
# $place: der Ort wie eingegeben („…“, solange leer); das Datum ist ein Beispiel dafür, wie die Schreiben es drucken.
settings-place-hint = Wird vor dem Datum gedruckt: „{ $place }, 5. März 2027“.
settings-place-hint-read = Wird vor dem Datum gedruckt: „{ $place }, 5. März 2027“. Aus der Postanschrift übernommen; wird so gespeichert, wie Sie ihn sehen.
settings-language = Standardsprache der Bewilligungsschreiben
# Dieselbe Einstellung, wie sie in der Liste dessen heißt, was jemand anderes zwischenzeitlich geändert hat.
settings-language-short = Standardsprache
settings-logo = Logo
settings-logo-alt = Das Logo des Netzwerks
settings-logo-none = Kein Logo
settings-logo-choose = Logo auswählen…
settings-logo-remove = Logo entfernen
settings-logo-hint = Eine PNG- oder JPEG-Datei mit höchstens 2 MB. Die App bewahrt eine eigene Kopie auf.
settings-logo-updated = Logo aktualisiert
settings-logo-removed = Logo entfernt
settings-save = Einstellungen speichern
settings-save-title = Speichern (Strg+S)
settings-saved = Einstellungen gespeichert
settings-unsaved = Nicht gespeicherte Änderungen
settings-loading = Einstellungen werden geladen…

## Team: wer an diesem Arbeitsplatz arbeitet

settings-team-title = Team
settings-team-loading = Dieser Arbeitsplatz wird geladen…
settings-team-intro = Jede Änderung in Mobility Desk wird im Protokoll dieses Arbeitsplatzes mit dem Namen der Person festgehalten, die sie vorgenommen hat, und im Verlauf jedes Zentrums, jeder Bewerbung, jedes Zuschusses und jedes Zyklus angezeigt.
settings-team-person = Wer an diesem Arbeitsplatz arbeitet
settings-team-name = Ihr Name
settings-team-name-missing = Geben Sie Ihren Namen an: Er wird bei jeder Ihrer Änderungen vermerkt.
settings-team-initials = Initialen
settings-team-initials-hint = Aus Ihrem Namen, wenn leer.
settings-team-email = E-Mail (optional)
settings-team-save = Speichern
settings-team-person-saved = Änderungen an diesem Arbeitsplatz tragen jetzt den Namen { $person }

## Team: mit dem Team teilen

settings-team-sharing = Mit dem Team teilen
settings-team-solo = Dieser Arbeitsplatz arbeitet allein. Um im Team zu arbeiten, teilen Sie seine Daten über einen Ordner, den das Team bereits synchronisiert (Nextcloud, Syncthing, OneDrive, Dropbox oder ein USB-Stick): Alles, was dort abgelegt wird, ist verschlüsselt, und jeder Arbeitsplatz arbeitet offline weiter. Ein neuer Arbeitsplatz mit leerem Datenordner tritt stattdessen dem Team bei.
settings-team-share = Über einen Ordner teilen…
settings-team-shared = Dieser Arbeitsplatz teilt seine Daten jetzt über den Ordner
settings-team-join = Einem Team beitreten…
settings-team-join-asked = Beitritt zum Team angefragt
# $folder: der geteilte Ordner; $fingerprint: der Schlüssel-Fingerabdruck dieses Arbeitsplatzes (beide in Codeschrift).
settings-team-pending = Dieser Arbeitsplatz hat den Beitritt zum Team in { $folder } angefragt. Öffnen Sie an einem Arbeitsplatz des Teams Einstellungen → Team, und genehmigen Sie ihn, nachdem Sie geprüft haben, dass sein Fingerabdruck { $fingerprint } lautet.
settings-team-check-again = Erneut prüfen
# $done, $total: bisher gelesene und insgesamt zu lesende Megabyte.
settings-team-join-reading = Schritt 1 von 3: Die Daten des Teams werden gelesen ({ $done } MB von { $total } MB)…
settings-team-join-writing = Schritt 2 von 3: Sie werden in die Datendatei dieses Arbeitsplatzes geschrieben…
settings-team-join-applying = Schritt 3 von 3: Die seither vorgenommenen Änderungen werden angewendet: { $done } von { $total }…
# $report: was die erste Synchronisierung bewirkt hat.
settings-team-joined = Dieser Arbeitsplatz ist dem Team beigetreten: { $report }
settings-team-folder = Geteilt über { $folder }.
settings-team-no-folder = noch kein Ordner
settings-team-desks-caption = Die Arbeitsplätze des Teams
settings-team-column-desk = Arbeitsplatz
settings-team-column-person = Person
settings-team-column-changes = Änderungen hier
settings-team-column-synced = Zuletzt synchronisiert
settings-team-column-remove = Entfernen
settings-team-desk-own = { $number } (dieser Arbeitsplatz)
settings-team-desk-removed = { $person } (entfernt)
# Ein Arbeitsplatz, dessen Person noch keinen Namen hat, nach seinem Schlüssel.
settings-team-desk-unnamed = Arbeitsplatz { $desk }
settings-team-remove = Entfernen…
settings-team-remove-label = Den Arbeitsplatz von { $person } aus dem Team entfernen
settings-team-remove-label-unnamed = Arbeitsplatz { $number } aus dem Team entfernen
settings-team-remove-title = Diesen Arbeitsplatz aus dem Team entfernen?
settings-team-remove-message =
    Von nun an lehnt das Team jede Änderung von { $person } ab, und die Daten des Teams erhalten einen neuen Schlüssel, den dieser Arbeitsplatz nicht bekommt, sodass er ab jetzt nicht mehr lesen kann, was geteilt wird. { $count ->
        [one] Die { $count } Änderung dieses Arbeitsplatzes, die bereits hier ist, bleibt erhalten.
       *[other] Die { $count } Änderungen dieses Arbeitsplatzes, die bereits hier sind, bleiben erhalten.
    } Dies kann nicht rückgängig gemacht werden: Um wieder mit dem Team zu arbeiten, muss dieser Arbeitsplatz erneut den Beitritt anfragen.
settings-team-remove-message-unnamed =
    Von nun an lehnt das Team jede Änderung dieses Arbeitsplatzes ab, und die Daten des Teams erhalten einen neuen Schlüssel, den dieser Arbeitsplatz nicht bekommt, sodass er ab jetzt nicht mehr lesen kann, was geteilt wird. { $count ->
        [one] Die { $count } Änderung dieses Arbeitsplatzes, die bereits hier ist, bleibt erhalten.
       *[other] Die { $count } Änderungen dieses Arbeitsplatzes, die bereits hier sind, bleiben erhalten.
    } Dies kann nicht rückgängig gemacht werden: Um wieder mit dem Team zu arbeiten, muss dieser Arbeitsplatz erneut den Beitritt anfragen.
settings-team-remove-confirm = Arbeitsplatz entfernen
settings-team-removed = Der Arbeitsplatz von { $person } gehört nicht mehr zum Team
settings-team-removed-unnamed = Arbeitsplatz { $number } gehört nicht mehr zum Team
settings-team-requests = Arbeitsplätze, die beitreten möchten
# $person: wer an dem Arbeitsplatz arbeitet (fett); $fingerprint: sein Schlüssel-Fingerabdruck (in Codeschrift).
settings-team-request = { $person } möchte beitreten (Fingerabdruck { $fingerprint }).
settings-team-request-unnamed = Ein Arbeitsplatz
settings-team-approve = Genehmigen…
settings-team-approve-title = Diesen Arbeitsplatz genehmigen?
settings-team-approve-message = { $person } kann dann alle Daten des Teams lesen und ändern. Genehmigen Sie nur, wenn der Fingerabdruck, den das eigene Fenster dieses Arbeitsplatzes anzeigt, { $fingerprint } lautet.
settings-team-approve-message-unnamed = Dieser Arbeitsplatz kann dann alle Daten des Teams lesen und ändern. Genehmigen Sie nur, wenn der Fingerabdruck, den sein eigenes Fenster anzeigt, { $fingerprint } lautet.
settings-team-approve-confirm = Genehmigen
settings-team-approved = Der Arbeitsplatz von { $person } gehört jetzt zum Team
settings-team-approved-unnamed = Der Arbeitsplatz gehört jetzt zum Team
settings-team-outgoing-none = Alle hier vorgenommenen Änderungen wurden übertragen.
settings-team-outgoing =
    { $count ->
        [one] { $count } Änderung wartet auf die Übertragung.
       *[other] { $count } Änderungen warten auf die Übertragung.
    }
# $reasons: warum, so wie der Kern es formuliert.
settings-team-waiting = Wartet: { $reasons }.
settings-team-clashes =
    { $count ->
        [one] { $count } Konflikt zu entscheiden.
       *[other] { $count } Konflikte zu entscheiden.
    }
settings-team-inbox = Zu entscheiden
settings-team-inbox-hint = Diese Einträge wurden an zwei Arbeitsplätzen geändert, die die Änderung des jeweils anderen noch nicht gesehen hatten. Es wurde nichts zusammengeführt: Wählen Sie die Version, die behalten werden soll. Ihre Entscheidung gilt für alle Arbeitsplätze.
settings-team-clash-unnamed = Ohne Namen
settings-team-keep-version = Version von { $person } behalten…
settings-team-keep-version-unnamed = Diese Version behalten…
settings-team-keep-standing = Aktuellen Stand behalten…
settings-team-decide-title = Diesen Konflikt entscheiden?
# $title: was an zwei Arbeitsplätzen geändert wurde.
settings-team-decide-version = { $title }: Die Version von { $person } wird dort, wo sie abweicht, für alle Arbeitsplätze wiederhergestellt.
settings-team-decide-version-unnamed = { $title }: Die Version dieses Arbeitsplatzes wird dort, wo sie abweicht, für alle Arbeitsplätze wiederhergestellt.
settings-team-decide-standing = { $title }: Der aktuelle Stand bleibt für alle Arbeitsplätze erhalten.
settings-team-decide = Entscheiden
settings-team-decided = Entschieden: { $title }
settings-team-sync = Jetzt synchronisieren
# $reason: warum, so wie der Kern es formuliert.
settings-team-offline = Offline-Betrieb: { $reason }

## Team: was eine Synchronisierung bewirkt hat (die Teile werden mit „ · “ verbunden)

settings-team-sync-from =
    { $count ->
        [one] { $count } Änderung
       *[other] { $count } Änderungen
    } von { $person }
settings-team-sync-sent =
    { $count ->
        [one] { $count } Änderung gesendet
       *[other] { $count } Änderungen gesendet
    }
settings-team-sync-nothing = Nichts Neues
settings-team-sync-clashes = { $count } unter „Zu entscheiden“
settings-team-sync-undone =
    { $count ->
        [one] { $count } Änderung eines entfernten Arbeitsplatzes rückgängig gemacht (sie wurde nach seiner Entfernung geschrieben)
       *[other] { $count } Änderungen eines entfernten Arbeitsplatzes rückgängig gemacht (sie wurden nach seiner Entfernung geschrieben)
    }
# $reason: warum die erste abgelehnt wurde, so wie der Kern es formuliert.
settings-team-sync-refused =
    { $count ->
        [one] { $count } Änderung abgelehnt (von { $person }, { $reason })
       *[other] { $count } Änderungen abgelehnt (von { $person }, { $reason })
    }
settings-team-sync-clock =
    die Uhr des Arbeitsplatzes von { $person } geht { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } vor: Bitten Sie die Person, sie richtig zu stellen

## Team: dieser Arbeitsplatz und der Prüfpfad

settings-team-this-desk = Dieser Arbeitsplatz
settings-team-fingerprint = Schlüssel-Fingerabdruck
settings-team-entries = Änderungen in seinem Protokoll
# $date: der Tag der ältesten aufbewahrten Änderung.
settings-team-entries-since = { $count }, seit { $date }
settings-team-audit = Prüfpfad
settings-team-audit-hint = Jede Änderung wird mit dem Schlüssel dieses Arbeitsplatzes versiegelt und mit der vorherigen verkettet, sodass eine veränderte, fehlende oder umsortierte Änderung erkannt wird.
settings-team-audit-verify = Prüfpfad überprüfen
settings-team-audit-export-xlsx = Als Excel exportieren…
settings-team-audit-export-csv = Als CSV exportieren…
settings-team-audit-empty = Es wurde noch keine Änderung erfasst.
settings-team-audit-ok =
    Alle Änderungen sind geprüft: { $count ->
        [one] { $count } Änderung
       *[other] { $count } Änderungen
    }, keine verändert, keine fehlt.
settings-team-audit-redacted = { $count ->
        [one] Bei 1 Änderung wurden Werte gelöscht
       *[other] Bei { $count } Änderungen wurden Werte gelöscht
    } (eine Löschung personenbezogener Daten): Jede wird anhand des Siegels geprüft, mit dem sie entstand.
settings-team-audit-broken = Der Prüfpfad ist nicht stimmig:
# $problem: was nicht stimmt, so wie der Kern es formuliert.
settings-team-audit-problem = Arbeitsplatz { $desk } ({ $person }): { $problem }
settings-team-audit-unnamed = ohne Namen
settings-team-audit-saved =
    Prüfpfad gespeichert: { $lines ->
        [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    } aus { $entries ->
        [one] { $entries } Änderung
       *[other] { $entries } Änderungen
    }

## Sicherungen

settings-backups-title = Sicherungen
settings-backups-loading = Sicherungen werden geladen…
# $folder: wo die Sicherungen aufbewahrt werden (in Codeschrift).
settings-backups-intro = Eine Kopie der Datendatei wird einmal täglich beim Start der App erstellt (falls sich etwas geändert hat), vor jedem Update und immer dann, wenn Sie es wünschen. Die Sicherungen werden in { $folder } aufbewahrt.
settings-backups-keep-last = Aufbewahrte neueste Sicherungen
settings-backups-monthly = Zusätzlich eine pro Monat für (Monate)
settings-backups-whole-number = Geben Sie eine ganze Zahl ein.
settings-backups-whole-number-monthly = Geben Sie eine ganze Zahl ein (0 behält keine monatlichen).
settings-backups-save-policy = Aufbewahrung speichern
settings-backups-policy-saved = Aufbewahrungsregel für Sicherungen gespeichert
settings-backups-now = Jetzt sichern
settings-backups-taken-toast = Sicherung erstellt
settings-backups-read-only = Die Datendatei ist schreibgeschützt: Es kann keine Sicherung erstellt oder über sie wiederhergestellt werden.
settings-backups-empty = Noch keine Sicherungen. Klicken Sie auf „Jetzt sichern“, um die erste zu erstellen.
settings-backups-caption = Sicherungen der Datendatei, neueste zuerst
settings-backups-column-taken = Erstellt
settings-backups-column-size = Größe
settings-backups-column-file = Datei
settings-backups-column-restore = Wiederherstellen
settings-backups-size-kb = { $size } KB
settings-backups-size-mb = { $size } MB
# $taken: wann die Sicherung erstellt wurde, so wie der Kern es schreibt.
settings-backups-restore-label = Die Sicherung vom { $taken } wiederherstellen
settings-backups-restore = Wiederherstellen…
settings-backups-confirm-title = Diese Sicherung wiederherstellen?
settings-backups-confirm-message = Die Datendatei wird auf den Stand vom { $taken } zurückgesetzt: Seither vorgenommene Änderungen werden nicht mehr angezeigt. Die aktuelle Datei wird nicht gelöscht: Sie wird in { $folder }/set-aside aufbewahrt.
settings-backups-confirm = Wiederherstellen
settings-backups-restored = Sicherung vom { $taken } wiederhergestellt

## Schutz

settings-protection-title = Schutz
settings-protection-on-state = Die Datendatei und ihre Sicherungen sind mit einer Passphrase verschlüsselt.
settings-protection-on-state-more = Mobility Desk fragt bei jedem Start danach; ohne sie zeigt ein verlorener Laptop oder eine kopierte Datei nichts.
settings-protection-off-state = Die Datendatei ist nicht geschützt.
settings-protection-off-state-more = Wer diesen Laptop oder eine Kopie der Datei oder ihrer Sicherungen hat, kann die Daten des Netzwerks lesen: Kontakte, Zahlungen, Erfahrungsberichte der Teilnehmenden.
settings-protection-read-only = Die Datendatei ist schreibgeschützt: Ihr Schutz kann nicht geändert werden.
settings-protection-on-start = Mit einer Passphrase schützen…
settings-protection-change-start = Passphrase ändern…
settings-protection-off-start = Schutz entfernen…
settings-protection-on = Datendatei schützen
settings-protection-change = Passphrase ändern
settings-protection-off = Schutz entfernen
settings-protection-choose-hint = Wählen Sie eine Passphrase aus einigen Wörtern (mindestens 10 Zeichen), und bewahren Sie sie in einem Passwortmanager auf. Ohne sie kann niemand die Daten öffnen, auch nicht mit Hilfe: Eine verlorene Passphrase bedeutet verlorene Daten (auch das Wiederherstellen einer Sicherung erfordert sie).
settings-protection-off-hint = Die Datendatei und ihre Sicherungen werden unverschlüsselt zurückgeschrieben und sind ohne Passphrase lesbar.
settings-protection-current = Aktuelle Passphrase
settings-protection-new = Neue Passphrase
settings-protection-passphrase = Passphrase
settings-protection-repeat = Passphrase wiederholen
settings-protection-cancel = Abbrechen
settings-protection-converting = Die Datendatei und ihre Sicherungen werden umgewandelt…
settings-protection-on-done = Die Datendatei ist jetzt geschützt
settings-protection-change-done = Die Passphrase wurde geändert
settings-protection-off-done = Der Schutz wurde entfernt
settings-protection-on-done-backups =
    Die Datendatei ist jetzt geschützt, samt { $count ->
        [one] { $count } Sicherung
       *[other] { $count } Sicherungen
    }
settings-protection-change-done-backups =
    Die Passphrase wurde geändert, samt { $count ->
        [one] { $count } Sicherung
       *[other] { $count } Sicherungen
    }
settings-protection-off-done-backups =
    Der Schutz wurde entfernt, samt { $count ->
        [one] { $count } Sicherung
       *[other] { $count } Sicherungen
    }
# $files: die unverändert gelassenen Sicherungen, nach Namen.
settings-protection-left =
    { $count ->
        [one] Eine Sicherung wurde unverändert gelassen
       *[other] { $count } Sicherungen wurden unverändert gelassen
    } (durch eine frühere Passphrase geschützt oder nicht lesbar): { $files }.

## Ihre Sprache (die Person an diesem Arbeitsplatz)
settings-language-title = Ihre Sprache
settings-language-label = Sprache des Fensters
settings-language-system = Wie das System ({ $language })
settings-language-hint = Das Fenster wird auf { $language } angezeigt. Dies ist Ihre Wahl an diesem Arbeitsplatz; die Sprache der Schreiben wird weiter unten für das Netzwerk festgelegt.
settings-language-read-only = Die Datendatei ist schreibgeschützt: Das Fenster folgt der Sprache des Systems.

# The network's own bank account (AccountPanel).
settings-account-title = Das Bankkonto des Netzwerks
settings-account-intro = Das Konto, von dem die Zuschüsse gezahlt werden. Überweisungsdateien nennen es als Auftraggeber.
settings-account-network = das Netzwerk
settings-account-none = Noch kein Konto angegeben: Überweisungsdateien können erst danach geschrieben werden.

# Data protection (PrivacyPanel).
settings-privacy-title = Datenschutz
settings-privacy-intro = Die personenbezogenen Daten dieser Datendatei, warum und nach welcher Regel sie aufbewahrt werden; und für eine Person, die danach fragt, alles, was über sie gespeichert ist.
settings-privacy-register = Was gespeichert ist
settings-privacy-col-what = Was
settings-privacy-col-where = Wo (Tabelle: Spalten)
settings-privacy-col-why = Warum
settings-privacy-col-kept = Aufbewahrt
settings-privacy-kind-hub-contact = Kontaktperson eines Hubs
settings-privacy-kind-applicant = In einer Bewerbung genannte Person
settings-privacy-kind-reviewer = Gutachterin oder Gutachter
settings-privacy-kind-review-score = Als Gutachter vergebene Punkte
settings-privacy-kind-story-author = Erfahrungsbericht
settings-privacy-kind-story-photo = Foto eines Berichts
settings-privacy-kind-account-holder = Inhaber eines Bankkontos
settings-privacy-kind-mail-recipient = Empfänger einer E-Mail
settings-privacy-kind-award-letter = Ausgestelltes Bewilligungsschreiben
settings-privacy-kind-desk-person = Person an einem Arbeitsplatz
settings-privacy-purpose-contact = Den Hub zu Mitgliedschaft und Programmen erreichen
settings-privacy-purpose-selection = Bewerbungen bewerten und auswählen, Zuschüsse vergeben
settings-privacy-purpose-payment = Zuschüsse zahlen und abrechnen
settings-privacy-purpose-publication = Die Berichte der Teilnehmenden mit ihrer Zustimmung veröffentlichen
settings-privacy-purpose-correspondence = Die E-Mails eines Zyklus senden
settings-privacy-purpose-accountability = Wissen, wer welche Änderung gemacht hat
settings-privacy-retention-contact-details = Als Kontaktdaten: solange der Hub Mitglied ist, dann eine Zeit nach seinem letzten Zyklus
settings-privacy-retention-applications = Mit den Bewerbungen: eine Zeit nach dem Abschluss ihres Zyklus
settings-privacy-retention-stories = Mit den Berichten: eine Zeit nach ihrer Veröffentlichung
settings-privacy-retention-financial = Als Buchungsbeleg: so lange das Buchhaltungsrecht es verlangt
settings-privacy-retention-audit = Mit dem Prüfpfad: so lange wie die Datensätze, über die er Rechenschaft gibt
settings-privacy-person = Was über eine Person gespeichert ist
settings-privacy-person-hint = Suchen Sie nach Name oder E-Mail und speichern Sie dann alles, was über die Person gespeichert ist: eine JSON-Datei, die ein anderes System lesen kann, und daneben ein PDF, das Sie ihr senden.
settings-privacy-search-label = Name oder E-Mail
settings-privacy-search-placeholder = Name oder E-Mail
settings-privacy-find = Suchen
settings-privacy-nobody = Niemand mit diesem Namen oder dieser E-Mail ist in der Datendatei.
settings-privacy-export = Gespeichertes sichern…
settings-privacy-written = { $count ->
        [one] 1 Datensatz
       *[other] { $count } Datensätze
    } in { $json } und { $pdf } geschrieben.
settings-privacy-years = { $years ->
        [one] 1 Jahr
       *[other] { $years } Jahre
    }
settings-privacy-years-unit = Jahre
settings-privacy-periods = Wie lange
settings-privacy-periods-hint = Die Jahre, die jede Art personenbezogener Daten nach dem Ereignis aufbewahrt wird, von dem ihre Regel ausgeht (der letzte Zyklus eines Hubs, der Abschluss eines Zyklus, die Veröffentlichung eines Berichts, die letzte Zahlung eines Zuschusses). Das Buchhaltungsrecht Ihres Landes legt das Minimum für Buchungsbelege fest.
settings-privacy-periods-save = Dauern speichern
settings-privacy-periods-saved = Aufbewahrungsdauern gespeichert.
settings-privacy-erase = Löschen…
settings-privacy-erasures = Vorgenommene Löschungen
settings-privacy-erasures-none = Es wurde noch niemand gelöscht.
settings-privacy-erasure-line = { $at } von { $actor }: { $what }
settings-privacy-erased = { $person } gelöscht: { $count ->
        [one] 1 Datensatz
       *[other] { $count } Datensätze
    }.
settings-erase-title = { $person } löschen?
settings-erase-intro = Das lässt sich nicht rückgängig machen. Die Daten verlassen diese Datei, den Änderungsverlauf, die Sicherungen und, sobald jeder Arbeitsplatz synchronisiert, das ganze Team.
settings-erase-emptied = Die Angaben werden entfernt aus
settings-erase-renamed = Der Name wird durch eine Nummer ersetzt bei
settings-erase-deleted = Gelöscht
settings-erase-stays = Was bleibt
settings-erase-stays-accounts = Zuschüsse, Zahlungen, Aktenzeichen und Beträge der Bewilligungsschreiben, für die Buchhaltung.
settings-erase-stays-unpaid = { $count ->
        [one] 1 Rate der Zuschüsse ist noch nicht bezahlt
       *[other] { $count } Raten der Zuschüsse sind noch nicht bezahlt
    } ({ $amount }): sie bleiben, um bezahlt zu werden.
settings-erase-stays-unpaid-account = Die eigene Bankverbindung wird gelöscht: Geben Sie das Zahlungskonto an, bevor eine Überweisungsdatei sie enthalten kann.
settings-erase-stays-letters = { $count ->
        [one] 1 ausgestelltes Bewilligungsschreiben nennt die Person
       *[other] { $count } ausgestellte Bewilligungsschreiben nennen die Person
    }: als Buchungsbelege mit PDF aufbewahrt bis Ende { $year }.
settings-erase-stays-desk = Die Person arbeitet an einem Arbeitsplatz des Teams: Der Arbeitsplatz und seine Änderungen behalten ihren Namen.
settings-erase-after = Die Löschung selbst wird festgehalten: wann, von wem und wie viele Datensätze, nie wer.
settings-erase-backups = { $count ->
        [one] Die vorher erstellte Sicherung enthält die Daten: Sie wird durch eine direkt danach erstellte ersetzt.
       *[other] Die { $count } vorher erstellten Sicherungen enthalten die Daten: Sie werden durch eine direkt danach erstellte ersetzt.
    }
settings-erase-confirm = Löschen
settings-privacy-erasure-line-nobody = { $at }: { $what }
settings-privacy-erasure-past-by = { $at }, Frist abgelaufen, von { $actor }: { $what }
settings-privacy-erasure-past = { $at }, Frist abgelaufen: { $what }
settings-past-title = Frist abgelaufen
settings-past-hint = Was nach jeder Regel oben heute seine Frist überschritten hat: in einem Schritt gelöscht, wie bei der Löschung einer Person, nachdem Sie gesehen haben, was geht und was bleibt.
settings-past-check = Abgelaufenes anzeigen
settings-past-erase = Abgelaufenes löschen…
settings-past-none = Heute ist nichts abgelaufen ({ $today }).
settings-past-rule = { $rule }: { $count ->
        [one] 1 Datensatz
       *[other] { $count } Datensätze
    } von vor dem { $before }
settings-past-confirm-title = Abgelaufenes löschen?
settings-past-erased = { $count ->
        [one] 1 abgelaufener Datensatz gelöscht.
       *[other] { $count } abgelaufene Datensätze gelöscht.
    }
