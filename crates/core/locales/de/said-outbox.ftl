# Was der Kern über den Postausgang sagt: seine Nachrichten, ihre Vorlagen, den Mailserver.

## Eine Nachricht im Postausgang
said-outbox-no-message = Im Postausgang gibt es keine Nachricht { $id }.
said-outbox-message-final = Diese Nachricht wurde { $state ->
        [sent] gesendet
       *[discarded] verworfen
    }: Sie kann sich nicht mehr ändern.
said-outbox-email-bad = „{ $email }“ ist keine E-Mail-Adresse.
said-outbox-subject-missing = Schreiben Sie den Betreff der Nachricht.
said-outbox-subject-long = Höchstens 200 Zeichen.
said-outbox-body-missing = Schreiben Sie die Nachricht.
said-outbox-sent-kept = Die Nachricht an { $email } wurde gesendet: Sie bleibt als Nachweis im Postausgang.
said-outbox-discarded = Diese Nachricht wurde verworfen.
said-outbox-no-language = Es gibt keine Nachrichten in „{ $language }“.

## Worum es in einer Nachricht geht ($kind: ihre Art; $day: der Tag einer Erinnerung, ISO; $file: der Anhang)
said-outbox-about = { $kind ->
        [award] Bewilligungsschreiben
        [rejection] Nicht ausgewählt
        [waiting_list] Warteliste
        [payment_made] Zahlung erfolgt
        [report_reminder] Erinnerung an den Bericht
       *[reviewer_invitation] Einladung für Gutachter
    }
said-outbox-about-reminder = { said-outbox-about } vom { $day }
said-outbox-about-file = { said-outbox-about } ({ $file })

## Beim Verfassen: jemand wurde ausgelassen, und warum
said-outbox-skipped-no-email = keine E-Mail-Adresse erfasst
said-outbox-skipped-email-bad = „{ $email }“ ist keine E-Mail-Adresse

## Vorlagen
said-outbox-template-no-language = Es gibt keine Nachrichten in „{ $language }“: Wählen Sie eine der Sprachen { $languages }.
said-outbox-template-part-missing = Schreiben Sie { $field ->
        [subject] den Betreff
       *[body] den Text
    } der Nachricht.
said-outbox-template-unreadable = { $field ->
        [subject] Der Betreff
       *[body] Der Text
    } kann in der Nähe von Zeile { $line } nicht gelesen werden: { $error }. Ein Feld wird {"{"} $name {"}"} geschrieben; außerhalb einer Auswahl darf eine Zeile nicht mit [, * oder . beginnen.
said-outbox-template-unknown-field = { $field ->
        [subject] Der Betreff
       *[body] Der Text
    } verwendet {"{"} ${ $name } {"}"}, das kein Feld dieser Nachricht ist. Ihre Felder sind: { $fields }.
said-outbox-template-unknown-fields = { $field ->
        [subject] Der Betreff
       *[body] Der Text
    } verwendet {"{"} ${ $name } {"}"}, das kein Feld dieser Nachricht ist (ebenso wenig wie { $others }). Ihre Felder sind: { $fields }.
said-outbox-template-forbidden = { $field ->
        [subject] Der Betreff
       *[body] Der Text
    } verwendet { $what ->
        [function] die Funktion { $name }()
        [message] die Nachricht {"{"} { $name } {"}"}
       *[term] den Term {"{"} -{ $name } {"}"}
    }: Eine Vorlage darf nur ihre Felder verwenden.

# Was ein Feld einer Vorlage enthält ($meaning: welches Feld es ist).
said-outbox-field-meaning = { $meaning ->
        [recipient] die Person, an die geschrieben wird
        [hub] ihr Zentrum
        [cycle] der Titel des Zyklus
        [network] der Name des Netzwerks
        [signatory] wer die Schreiben unterzeichnet
        [letter-reference] das Aktenzeichen des Schreibens
        [grant] der Zuschuss
        [period] wann die Aktivität stattfindet
        [report-deadline] wann der Bericht fällig ist
        [letter] der Dateiname des angehängten Schreibens
        [application-number] die Nummer der Bewerbung
        [grant-reference] das Aktenzeichen des Zuschusses
        [amount-paid] der gezahlte Betrag
        [instalment] welche Rate es ist
        [paid-on] der Tag der Zahlung
        [days] Tage bis zur Frist oder seit ihrem Ablauf
        [overdue] yes oder no
        [balance] der nach dem Bericht gezahlte Restbetrag
        [balance-due] yes, wenn ein Restbetrag auf den Bericht wartet
        [applications] wie viele Bewerbungen die Person bewertet
       *[sheet] der Dateiname des angehängten Bogens
    }

## Erinnerungen an Berichte
said-outbox-reminder-days-before = Höchstens 365 Tage vor der Frist.
said-outbox-reminder-every-days = Alle 1 bis 365 Tage.

## Der Mailserver und sein Passwort
said-outbox-host-bad = Geben Sie den Namen des Mailservers an, z. B. smtp.example.org.
said-outbox-port-bad = Ein Port ist eine Zahl von 1 bis 65535 (587 für STARTTLS, 465 für TLS).
said-outbox-from-name-long = Höchstens 120 Zeichen.
said-outbox-server-unusable = Der Mailserver { $host } kann nicht verwendet werden: { $error }
said-outbox-no-password = Für { $username } auf { $host } ist kein Passwort gespeichert: Geben Sie es unter Postausgang → Mailserver ein.
said-outbox-password-username-missing = Geben Sie den Benutzernamen an, zu dem das Passwort gehört.
said-outbox-keychain-unavailable = Der Schlüsselbund des Systems kann nicht verwendet werden ({ $error }). Das Passwort wurde nicht gespeichert; unter Linux muss ein Schlüsselbunddienst wie GNOME Keyring oder KWallet laufen.

## Senden
said-outbox-sender-missing = Geben Sie zuerst die Absenderadresse an (Postausgang → Mailserver).
said-outbox-no-server = Es ist kein Mailserver eingerichtet: Die Nachrichten bleiben in der Warteschlange. Richten Sie ihn unter Postausgang → Mailserver ein und senden Sie dann.
said-outbox-no-randomness = Keine Zufallsquelle: { $error }
said-outbox-message-unbuilt = Die Nachricht konnte nicht erstellt werden: { $error }

## Was der Mailserver geantwortet hat ($error: seine eigenen Worte)
said-outbox-server-refused = Der Server hat abgelehnt: { $error }
said-outbox-server-try-later = Der Server bittet, es später erneut zu versuchen: { $error }
said-outbox-server-timeout = Der Server hat nicht rechtzeitig geantwortet ({ $error }).
said-outbox-server-tls = Die sichere Verbindung ist fehlgeschlagen ({ $error }): Prüfen Sie die Verschlüsselung und den Port.
said-outbox-server-unreachable = Der Mailserver ist nicht erreichbar ({ $error }): Dieser Computer ist möglicherweise offline, oder Name oder Port des Servers sind falsch.
said-outbox-server-closed = Der Mailserver hat die Verbindung geschlossen.
