# Der Postausgang: aus Vorlagen verfasste E-Mails, geprüft und über den Mailserver gesendet.

## Arten von Nachrichten (Namen in Listen, was das Verfassen schreibt, warum es nichts geschrieben hat)

outbox-kind-award = Bewilligungsschreiben
outbox-kind-rejection = Nicht ausgewählt
outbox-kind-waiting-list = Warteliste
outbox-kind-payment-made = Zahlung erfolgt
outbox-kind-report-reminder = Berichtserinnerung
outbox-kind-reviewer-invitation = Einladung an Gutachter

outbox-kind-award-description = Eine E-Mail pro ausgestelltem Bewilligungsschreiben, mit dem PDF des Schreibens im Anhang, in der Sprache des Schreibens.
outbox-kind-rejection-description = Eine pro nicht ausgewählter Bewerbung.
outbox-kind-waiting-list-description = Eine pro Bewerbung auf der Warteliste.
outbox-kind-payment-made-description = Eine pro bezahlter Rate.
outbox-kind-report-reminder-description = Die heute nach dem Zeitplan des Zyklus fälligen Erinnerungen für nicht eingegangene Berichte.
outbox-kind-reviewer-invitation-description = Eine pro Gutachter mit zu bewertenden Bewerbungen, mit dem Bewertungsbogen im Anhang.

outbox-kind-award-nothing = Nichts zu schreiben: In diesem Zyklus wurde noch kein Bewilligungsschreiben ausgestellt.
outbox-kind-rejection-nothing = Nichts zu schreiben: Keine Bewerbung dieses Zyklus ist als nicht ausgewählt markiert.
outbox-kind-waiting-list-nothing = Nichts zu schreiben: Keine Bewerbung dieses Zyklus steht auf der Warteliste.
outbox-kind-payment-made-nothing = Nichts zu schreiben: Es wurde noch keine Rate dieses Zyklus bezahlt.
outbox-kind-report-reminder-nothing = Nichts zu schreiben: Heute ist keine Erinnerung fällig.
outbox-kind-reviewer-invitation-nothing = Nichts zu schreiben: Kein Gutachter dieses Zyklus hat Bewerbungen zu bewerten.

## Zustände einer Nachricht

outbox-state-draft = Entwurf
outbox-state-queued = In der Warteschlange
outbox-state-sent = Gesendet
outbox-state-discarded = Verworfen

## Die Verschlüsselung des Mailservers

outbox-security-starttls = STARTTLS (Port 587)
outbox-security-tls = TLS (Port 465)
outbox-security-none = Keine – nur lokales Netzwerk

## Größen, Versuche, Versand und was das Verfassen bewirkt hat

outbox-size-kb = { $size } KB
outbox-size-mb = { $size } MB

outbox-attempts =
    { $count ->
        [one] Einmal versucht
       *[other] { $count }-mal versucht
    }
outbox-attempts-last =
    { $count ->
        [one] Einmal versucht, zuletzt am { $when }
       *[other] { $count }-mal versucht, zuletzt am { $when }
    }

outbox-send-nothing = Es wurde nichts gesendet.
outbox-send-nothing-problem = Es wurde nichts gesendet: { $problem }
outbox-send-done =
    { $queued ->
        [0] { $sent } gesendet.
       *[other] { $sent } gesendet; { $queued } noch in der Warteschlange.
    }
outbox-send-done-problem =
    { $queued ->
        [0] { $sent } gesendet: { $problem }
       *[other] { $sent } gesendet; { $queued } noch in der Warteschlange: { $problem }
    }

outbox-compose-written =
    { $created ->
        [one] { $created } Entwurf geschrieben.
       *[other] { $created } Entwürfe geschrieben.
    }
outbox-compose-written-already =
    { $created ->
        [one] { $created } Entwurf geschrieben.
       *[other] { $created } Entwürfe geschrieben.
    } { $already ->
        [one] { $already } wurde bereits früher verfasst und wird nicht erneut geschrieben.
       *[other] { $already } wurden bereits früher verfasst und werden nicht erneut geschrieben.
    }
outbox-compose-nothing-new =
    { $already ->
        [one] Nichts Neues: { $already } wurde bereits früher verfasst.
       *[other] Nichts Neues: { $already } wurden bereits früher verfasst.
    }
outbox-compose-none = Kein Entwurf geschrieben.

## Die Ansicht Postausgang

outbox-screen-title = Postausgang
outbox-screen-subtitle = Aus Vorlagen geschriebene E-Mails: Prüfen Sie sie, und senden Sie sie dann über den Mailserver des Netzwerks.
outbox-screen-compose = Verfassen…
outbox-screen-sending = Wird gesendet…
outbox-screen-send = Senden
outbox-screen-send-count = { $count } senden
outbox-screen-server = Mailserver…
outbox-screen-templates = Vorlagen…
outbox-screen-no-server = Es ist kein Mailserver eingerichtet: Nachrichten bleiben in der Warteschlange, bis einer eingerichtet ist. Richten Sie ihn über „Mailserver…“ ein.
outbox-screen-last-send = Letzter Versand:
outbox-screen-hide = Ausblenden
outbox-screen-loading = Postausgang wird geladen…
outbox-screen-empty-title = Noch keine Nachrichten
outbox-screen-empty-text = Beim Verfassen werden die E-Mails geschrieben, die Ihre Unterlagen erfordern: eine pro ausgestelltem Bewilligungsschreiben, pro nicht ausgewählter Bewerbung oder Bewerbung auf der Warteliste, pro bezahlter Rate, pro fälliger Berichtserinnerung und pro einzuladendem Gutachter. Jede wartet hier als Entwurf, damit Sie sie prüfen und bearbeiten können.
outbox-screen-empty-send = Es wird nichts gesendet, bevor Sie die Entwürfe ankreuzen und auf „Senden“ klicken.
outbox-screen-show = Anzeigen
outbox-screen-filter-all = Alle ({ $count })
outbox-screen-filter-draft = Entwürfe ({ $count })
outbox-screen-filter-queued = In der Warteschlange ({ $count })
outbox-screen-filter-sent = Gesendet ({ $count })
outbox-screen-none-all = Keine Nachricht.
outbox-screen-none-draft = Kein Entwurf: Jede verfasste Nachricht wurde gesendet, in die Warteschlange gestellt oder verworfen.
outbox-screen-none-queued = Keine Nachricht wartet in der Warteschlange.
outbox-screen-none-sent = Es wurde noch keine Nachricht gesendet.
outbox-screen-show-all = Alle anzeigen
outbox-screen-why-tick = Noch nichts zu senden: Kreuzen Sie in der Liste die zu sendenden Entwürfe an.
outbox-screen-why-show = Noch nichts zu senden: Zeigen Sie die Entwürfe an, und kreuzen Sie dann die zu sendenden an.
outbox-screen-why-empty = Nichts zu senden: Es gibt keinen Entwurf und keine Nachricht in der Warteschlange. Verfassen Sie zuerst Nachrichten.
outbox-screen-send-takes-drafts =
    { $drafts ->
        [one] „Senden“ verschickt { $drafts } angekreuzten Entwurf.
       *[other] „Senden“ verschickt { $drafts } angekreuzte Entwürfe.
    }
outbox-screen-send-takes-queued =
    { $queued ->
        [one] „Senden“ verschickt { $queued } Nachricht aus der Warteschlange.
       *[other] „Senden“ verschickt { $queued } Nachrichten aus der Warteschlange.
    }
outbox-screen-send-takes-both =
    „Senden“ verschickt { $drafts ->
        [one] { $drafts } angekreuzten Entwurf
       *[other] { $drafts } angekreuzte Entwürfe
    } und { $queued ->
        [one] { $queued } Nachricht aus der Warteschlange
       *[other] { $queued } Nachrichten aus der Warteschlange
    }.
outbox-screen-pick-all = Alle angezeigten Entwürfe ankreuzen
outbox-screen-pick = Nachricht an { $who } senden
outbox-screen-column-kind = Art
outbox-screen-column-recipient = Empfänger:in
outbox-screen-column-subject = Betreff
outbox-screen-column-cycle = Zyklus
outbox-screen-column-state = Status
outbox-screen-open = Öffnen
outbox-screen-attached = Anhang:
outbox-screen-not-tried = Noch nicht versucht
outbox-screen-no-answer = Der Server hat nicht geantwortet

## Dialog „Verfassen“

outbox-compose-title = Nachrichten verfassen
outbox-compose-sub = Schreibt einen Entwurf für jede Person, der diese Art von Nachricht zusteht. Es wird nichts gesendet: Die Entwürfe warten im Postausgang, bis Sie sie prüfen und auf „Senden“ klicken. Erneutes Verfassen schreibt nur, was neu ist.
outbox-compose-loading = Zyklen werden geladen…
outbox-compose-no-cycle = Es gibt noch keinen Zyklus: Nachrichten werden für einen Zyklus verfasst. Legen Sie zuerst einen unter „Zyklen“ an.
outbox-compose-cycle = Zyklus
outbox-compose-kind = Art der Nachricht
outbox-compose-language = Sprache
outbox-compose-language-network = Die Sprache des Netzwerks
outbox-compose-language-award-hint = Die Nachricht zu einem Bewilligungsschreiben wird immer in der Sprache des Schreibens verfasst.
outbox-compose-language-hint = Die Sprache, in der alle jetzt verfassten Nachrichten geschrieben werden.
outbox-compose-drafts-note = Die Entwürfe liegen im Postausgang: Öffnen Sie sie zur Prüfung, kreuzen Sie sie an, und klicken Sie auf „Senden“.
outbox-compose-left-out =
    { $count ->
        [one] Ausgelassen: { $count } Person
       *[other] Ausgelassen: { $count } Personen
    }
# Eine ausgelassene Person und der Grund (der Grund kommt vom Kern).
outbox-compose-skipped = { $who }: { $reason }
outbox-compose-skipped-hint = Erfassen oder korrigieren Sie die E-Mail-Adresse, und verfassen Sie dann erneut: Nur die fehlenden Nachrichten werden geschrieben.
outbox-compose-close = Schließen
outbox-compose-composing = Wird verfasst…
outbox-compose-go = Verfassen

## Der Erinnerungsplan im Dialog „Verfassen“

outbox-schedule-title = Erinnerungsplan für { $cycle }
outbox-schedule-legend = Erinnerungsplan
outbox-schedule-days-before = Erste Erinnerung, Tage vor der Berichtsfrist
outbox-schedule-every = Danach alle … Tage
outbox-schedule-every-hint = Bis der Bericht eingegangen ist.
outbox-schedule-active = Erinnerungen für diesen Zyklus schreiben
outbox-schedule-unsaved = Noch nicht gespeichert: Das Verfassen folgt dem gespeicherten Plan.
outbox-schedule-save = Plan speichern
outbox-schedule-saved = Erinnerungsplan gespeichert.
outbox-schedule-discard = Die Änderungen am Erinnerungsplan wurden nicht gespeichert.
outbox-schedule-days-before-error = Geben Sie eine ganze Zahl von Tagen ein, von 0 bis 365.
outbox-schedule-every-error = Geben Sie eine ganze Zahl von Tagen ein, von 1 bis 365.
outbox-schedule-no-deadline = Dieser Zyklus hat noch keine Berichtsfrist: Es wird keine Erinnerung geschrieben, bis unter „Zyklen“ eine festgelegt ist.
outbox-schedule-off = Die Berichte sind am { $deadline } fällig. Solange der Plan ausgeschaltet ist, wird für diesen Zyklus keine Erinnerung geschrieben.
# $every ist 0, wenn das eingegebene Intervall keine ganze Zahl von Tagen ist.
outbox-schedule-on =
    Die Berichte sind am { $deadline } fällig. Die erste Erinnerung ist am { $first } fällig, { $every ->
        [0] danach weitere
        [one] danach täglich eine
       *[other] danach alle { $every } Tage eine
    }, bis der Bericht eingegangen ist. Die App schreibt außerdem an jedem Tag, an dem sie geöffnet wird, die fälligen Erinnerungen; sie warten im Postausgang als Entwürfe.
outbox-schedule-on-undated =
    Die Berichte sind am { $deadline } fällig. Die erste Erinnerung kommt vor der Frist, { $every ->
        [0] danach weitere
        [one] danach täglich eine
       *[other] danach alle { $every } Tage eine
    }, bis der Bericht eingegangen ist. Die App schreibt außerdem an jedem Tag, an dem sie geöffnet wird, die fälligen Erinnerungen; sie warten im Postausgang als Entwürfe.

## Eine Nachricht in ihrem Dialog

outbox-message-untitled = Nachricht
outbox-message-in-language = auf { $language }
outbox-message-saved = Änderungen gespeichert.
outbox-message-discarded = Nachricht verworfen.
outbox-message-saved-to = Gespeichert unter { $path }
outbox-message-sent = Gesendet am { $when }. Sie kann nicht mehr geändert werden.
outbox-message-sent-undated = An einem unbekannten Tag gesendet. Sie kann nicht mehr geändert werden.
outbox-message-answer = Antwort des Servers: { $answer }
outbox-message-no-answer = Antwort des Servers: keine
outbox-message-queued-untried = In der Warteschlange: Sie geht mit dem nächsten Versand hinaus. Noch nicht versucht.
outbox-message-queued-tried =
    { $count ->
        [one] In der Warteschlange: Der Server hat sie noch nicht angenommen. Einmal versucht. Sie wird alle paar Minuten erneut versucht, solange die App geöffnet ist.
       *[other] In der Warteschlange: Der Server hat sie noch nicht angenommen. { $count }-mal versucht. Sie wird alle paar Minuten erneut versucht, solange die App geöffnet ist.
    }
outbox-message-queued-tried-last =
    { $count ->
        [one] In der Warteschlange: Der Server hat sie noch nicht angenommen. Einmal versucht, zuletzt am { $when }. Sie wird alle paar Minuten erneut versucht, solange die App geöffnet ist.
       *[other] In der Warteschlange: Der Server hat sie noch nicht angenommen. { $count }-mal versucht, zuletzt am { $when }. Sie wird alle paar Minuten erneut versucht, solange die App geöffnet ist.
    }
outbox-message-draft = Ein Entwurf: Es wird nichts gesendet, bevor Sie ihn im Postausgang ankreuzen und auf „Senden“ klicken.
outbox-message-name = Name der empfangenden Person
outbox-message-email = E-Mail-Adresse
outbox-message-subject = Betreff
outbox-message-body = Nachricht
# $name (der Name der Datei) wird fett dargestellt.
outbox-message-attached = Anhang: { $name } ({ $size })
outbox-message-eml-hint = Eine gespeicherte .eml-Datei enthält die Nachricht im zuletzt gespeicherten Stand: Speichern Sie zuerst Ihre Änderungen.
outbox-message-discard = Verwerfen…
outbox-message-eml = Als .eml speichern…
outbox-message-close = Schließen
outbox-message-save = Änderungen speichern
outbox-message-save-title = Änderungen speichern (Strg+S)
outbox-message-discard-title = Diese Nachricht verwerfen?
outbox-message-discard-text = Sie wird nicht gesendet, und erneutes Verfassen schreibt sie nicht neu. Sie verlässt den Postausgang; ihr Schreiben, ihre Zahlung oder ihr Bericht bleibt unverändert.
outbox-message-discard-confirm = Nachricht verwerfen
outbox-message-discard-keep = Behalten
outbox-message-unsaved = Die Änderungen an dieser Nachricht wurden nicht gespeichert.

## Dialog „Mailserver“

outbox-server-title = Mailserver
outbox-server-sub = Der Server, über den der Postausgang sendet, so wie Ihr E-Mail-Anbieter oder Ihre IT-Ansprechperson ihn angibt. Er wird an diesem Arbeitsplatz gespeichert: Jeder Arbeitsplatz sendet über sein eigenes Konto.
outbox-server-loading = Mailserver wird geladen…
outbox-server-connection = Verbindung
outbox-server-host = Server
outbox-server-host-hint = Der Name des Postausgangsservers (SMTP), z. B. smtp.example.org.
outbox-server-security = Verschlüsselung
outbox-server-port = Port
outbox-server-port-hint = Ändert sich mit der Verschlüsselung, solange der übliche Port eingetragen ist.
outbox-server-port-error = Ein Port ist eine Zahl von 1 bis 65535 (587 für STARTTLS, 465 für TLS).
outbox-server-login = Anmeldung
outbox-server-username = Benutzername
outbox-server-username-hint = Leer lassen, wenn der Server keine Anmeldung braucht.
outbox-server-password = Passwort
outbox-server-password-hint = Wird im Schlüsselbund dieses Computers aufbewahrt, nie in der Datendatei. Leer lassen, um das gespeicherte zu behalten.
outbox-server-password-saved = Im Schlüsselbund ist ein Passwort gespeichert.
outbox-server-password-none = Kein Passwort gespeichert.
outbox-server-forget = Passwort entfernen
outbox-server-password-forgotten = Passwort entfernt.
outbox-server-password-moves = Das gespeicherte Passwort gehört zu diesem Benutzer auf diesem Server: Geben Sie es nach dieser Änderung erneut ein.
outbox-server-sender = Absender
outbox-server-from = Absenderadresse
outbox-server-from-hint = Die Adresse, von der die Nachrichten kommen und an die Antworten gehen.
outbox-server-from-name = Absendername
outbox-server-from-name-hint = Wird neben der Adresse angezeigt, z. B. der Name des Netzwerks.
outbox-server-cancel = Abbrechen
outbox-server-save = Speichern
outbox-server-save-title = Speichern (Strg+S)
outbox-server-saved = Mailserver gespeichert.
outbox-server-unsaved = Die Änderungen am Mailserver wurden nicht gespeichert.

## Dialog „Vorlagen“

outbox-templates-title = Nachrichtenvorlagen
outbox-templates-sub = Was jede Art von Nachricht sagt, in jeder Sprache. Ab jetzt verfasste Nachrichten verwenden die gespeicherte Vorlage; bereits verfasste behalten ihren Text.
outbox-templates-loading = Vorlagen werden geladen…
outbox-templates-kind = Art der Nachricht
outbox-templates-language = Sprache
outbox-templates-rewritten = Umgeschrieben
outbox-templates-custom = Die eigene Formulierung Ihres Netzwerks.
outbox-templates-own = Die Formulierung der App.
outbox-templates-missing = Für diese Art von Nachricht gibt es in dieser Sprache keine Vorlage.
outbox-templates-subject = Betreff
outbox-templates-body = Nachricht
# $field und $choice sind Beispiele für die Syntax der Vorlagen, als Code dargestellt.
outbox-templates-help = Felder werden als { $field } geschrieben. Eine Auswahl wie { $choice } wählt Wörter nach dem Wert eines Felds.
outbox-templates-fields = Felder dieser Nachricht
outbox-templates-fields-hint = Klicken Sie auf eines, um es an der Cursorposition einzufügen.
outbox-templates-insert = Einfügen
outbox-templates-reset = Vorlage der App verwenden
outbox-templates-close = Schließen
outbox-templates-save = Vorlage speichern
outbox-templates-save-title = Vorlage speichern (Strg+S)
outbox-templates-saved = Vorlage gespeichert. Ab jetzt verfasste Nachrichten verwenden sie.
outbox-templates-reset-done = Die Vorlage der App ist wiederhergestellt.
outbox-templates-reset-title = Vorlage der App verwenden?
outbox-templates-reset-text = Ihre umgeschriebene Vorlage für „{ $kind }“ auf { $language } wird durch die der App ersetzt. Bereits verfasste Nachrichten behalten ihren Text.
outbox-templates-reset-text-unsaved = Ihre umgeschriebene Vorlage für „{ $kind }“ auf { $language } wird durch die der App ersetzt. Ihre nicht gespeicherten Änderungen gehen damit verloren. Bereits verfasste Nachrichten behalten ihren Text.
outbox-templates-unsaved-switch = Die Änderungen an dieser Vorlage wurden nicht gespeichert. Wenn Sie eine andere Vorlage wählen, gehen sie verloren.
outbox-templates-unsaved = Die Änderungen an dieser Vorlage wurden nicht gespeichert.
