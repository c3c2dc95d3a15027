# Der Rahmen des Fensters: Start, die Datendatei, die Seitenleiste, Zoom und Sprache.

app-name = Mobility Desk
app-zoom = Zoom { $percent } %

## Start

app-starting = Datendatei wird geöffnet…
app-data-busy = Es wird gewartet, bis ein anderes Mobility Desk (ein Fenster oder die Befehlszeile) das Schreiben in die Datendatei beendet hat…
# Ein Arbeitsplatz des Teams wurde synchronisiert: was von einer Person kam (verbunden mit „ · “).
app-synced-from =
    { $count ->
        [one] { $count } Änderung von { $who }
       *[other] { $count } Änderungen von { $who }
    }
app-data-file = Datendatei
app-data-folder = Datenordner

## Die durch eine Passphrase geschützte Datendatei

app-unlock-title = Die Datendatei ist geschützt
app-unlock-intro = Geben Sie die Passphrase ein, die die Daten dieses Netzwerks schützt, um sie zu öffnen.
app-unlock-passphrase = Passphrase
app-unlock-open = Öffnen
app-unlock-opening = Wird geöffnet…
app-unlock-empty = Geben Sie die Passphrase ein.
app-unlock-warning = Ohne ihre Passphrase kann niemand die Datei öffnen. Geht sie verloren, lassen sich die Daten nur aus einer Kopie wiederherstellen, die an anderer Stelle ohne Schutz aufbewahrt wird.

## Die Datendatei lässt sich nicht öffnen

app-open-error-title = Mobility Desk kann seine Datendatei nicht öffnen
app-open-error-untouched = Die Datei wurde nicht verändert.
# $taken: wann die neueste Sicherung erstellt wurde (Datum und Uhrzeit).
app-open-error-damaged-backup = Stellen Sie die neueste Sicherung wieder her, um mit dem Stand vom { $taken } weiterzuarbeiten; die beschädigte Datei wird beiseitegelegt, nicht gelöscht.
app-open-error-damaged = Es gibt keine Sicherung zum Wiederherstellen: Lassen Sie die Datei, wie sie ist, und holen Sie Hilfe, um sie zu reparieren.
app-open-error-newer = Öffnen Sie sie mit der neueren Version von Mobility Desk, die sie geschrieben hat, oder wenden Sie sich an die Person, die diesen Computer eingerichtet hat.
app-open-error-not-database = Um ein neues Register zu beginnen, schließen Sie die App und verschieben Sie die Datei aus dem Datenordner; um zu früherer Arbeit zurückzukehren, legen Sie eine Sicherung der Datei an ihre Stelle.
app-open-error-other = Schließen Sie die App und starten Sie sie neu; erscheint diese Meldung wieder, behalten Sie die Datei und holen Sie Hilfe.
app-open-error-restore = Aus Sicherung wiederherstellen…
app-restore-title = Neueste Sicherung wiederherstellen?
# $taken: wann die Sicherung erstellt wurde; $name: der Name der Sicherungsdatei.
app-restore-message = Die Datendatei wird auf den Stand vom { $taken } zurückgesetzt ({ $name }). Die beschädigte Datei wird in den Ordner „set-aside“ innerhalb der Sicherungen verschoben, nicht gelöscht.
app-restore-confirm = Wiederherstellen

## Hinweise über den Ansichten

app-read-only-title = Schreibgeschützt.
app-read-only-text = Diese Datendatei kann nicht geändert werden (ihre Berechtigungen verbieten das Schreiben), daher wird nichts gespeichert, was Sie tun. Um darin zu arbeiten, machen Sie die Datei beschreibbar oder kopieren Sie sie in einen Ordner, in den Sie schreiben können, und starten Sie die App dann neu.
app-person-missing-title = Wer arbeitet an diesem Arbeitsplatz?
app-person-missing-text = Geben Sie Ihren Namen an, damit jede Ihrer Änderungen mit Ihrem Namen versehen wird.
app-person-missing-give = Namen angeben
app-person-missing-later = Später

## Die Seitenleiste: die Namen der Ansichten

app-sidebar-label = Hauptnavigation
app-screen-hubs = Zentren
app-screen-cycles = Zyklen
app-screen-applications = Bewerbungen
app-screen-pairing = Paarbildung
app-screen-grants = Zuschüsse
app-screen-letters = Schreiben
app-screen-votes = Abstimmungen
app-screen-outbox = Postausgang
app-screen-settings = Einstellungen
app-sidebar-later = Kommt in einer späteren Version
app-sidebar-clashes-title = Auf zwei Arbeitsplätzen vorgenommene Änderungen, zu entscheiden unter Einstellungen → Team
# Wird nach der Zahl am Abzeichen von Einstellungen vorgelesen.
app-sidebar-clashes =
    { $count ->
        [one] Konflikt zu entscheiden
       *[other] Konflikte zu entscheiden
    }
app-version = Mobility Desk { $version }

## Aufrufe an die Shell

app-error-unknown = Etwas ist schiefgelaufen.

## Tastatur
app-skip-to-content = Zum Inhalt der Ansicht springen
# A screen's code could not be read (a damaged installation).
app-screen-unread = Dieser Bildschirm konnte nicht geöffnet werden. Schließen Sie Mobility Desk und starten Sie es neu; wenn das wieder geschieht, installieren Sie es neu.
# The program stopped on an error of its own last time (shown once, at the next start).
app-crash-title = Mobility Desk wurde am { $at } unerwartet beendet.
app-crash-text = Alles, was vorher gespeichert war, ist erhalten; eine Änderung, die in diesem Moment gespeichert wurde, ist nicht erfolgt und muss vielleicht wiederholt werden.
app-crash-what = Für die Person, die Ihnen hilft: Version { $version }, { $what }
app-crash-read = Gelesen
