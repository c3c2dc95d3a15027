# Was der Kern über die Datendatei, die Prüfung von Eingaben im Allgemeinen und den Arbeitsplatz sagt.

said-fields-need-attention = { $count ->
        [one] { $count } Feld muss
       *[other] { $count } Felder müssen
    } überprüft werden: { $fields }

## Die Person am Arbeitsplatz und die Sprache des Fensters
said-person-name-missing = Geben Sie Ihren Namen an: Er wird bei jeder Ihrer Änderungen vermerkt.
said-person-name-long = Bitte einen Namen mit höchstens { $most } Zeichen.
said-person-initials = Initialen bestehen aus höchstens vier Buchstaben, ohne Leerzeichen (z. B. MK).
said-person-read-only = Die Datendatei ist schreibgeschützt: Wer an diesem Arbeitsplatz arbeitet, kann nicht gespeichert werden.
said-email-not-an-address = Dies ist keine E-Mail-Adresse (name@example.org).
said-language-code-bad = „{ $code }“ ist kein Sprachcode (z. B. en, fr).
said-language-read-only = Die Datendatei ist schreibgeschützt: Die Sprache kann nicht darin gespeichert werden.

## Beträge
said-money-not-an-amount = „{ $text }“ ist kein Betrag in Euro (z. B. 1175 oder 1.175,50).

## Die Datenbank
said-platform-not-a-database = Die Datendatei ist keine SQLite-Datenbank.
said-platform-damaged-page = Die Datendatei ist beschädigt: SQLite hat eine Seite gefunden, die es nicht lesen kann. Schließen Sie die App und öffnen Sie sie erneut, um die Datei zu prüfen und eine Sicherung wiederherzustellen.
said-platform-read-only = Die Datendatei ist schreibgeschützt geöffnet, daher kann diese Änderung nicht gespeichert werden. Heben Sie den Schreibschutz der Datei auf (oder kopieren Sie sie in einen Ordner, in den Sie schreiben können) und öffnen Sie sie erneut.
said-platform-busy = Die Datendatei war { $seconds } Sekunden lang belegt: Ein anderes Mobility Desk (das Fenster oder ein Befehl) schreibt gerade hinein. Es wurde nichts geändert; versuchen Sie es erneut, wenn es fertig ist.
# $error: die Worte der Datenbank selbst (auf Englisch).
said-platform-database-error = Datenbankfehler: { $error }
said-platform-upgrade-failed = Die Datendatei konnte nicht aktualisiert werden: { $error }
said-platform-wal-refused = Die Datendatei konnte nicht in den WAL-Modus wechseln (erhalten: { $mode }).

## Das Öffnen der Datendatei ($path: die Datei)
said-platform-file-empty = { $path } ist eine leere Datei, keine Datendatei von Mobility Desk. Sie wurde nicht verändert: Verschieben Sie sie, um dort eine neue Datendatei anzulegen, oder wählen Sie einen anderen Datenordner.
said-platform-file-not-opened = { $path } konnte nicht geöffnet werden: { $error }
said-platform-file-not-read = { $path } konnte nicht gelesen werden: { $error }
said-platform-file-not-sqlite = { $path } ist keine Datendatei von Mobility Desk (es ist keine SQLite-Datenbank). Sie wurde nicht verändert.
said-platform-file-of-another-program = { $path } ist eine SQLite-Datenbank eines anderen Programms, keine Datendatei von Mobility Desk. Sie wurde nicht verändert.
said-platform-file-with-foreign-tables = { $path } enthält Tabellen eines anderen Programms, keine Datendatei von Mobility Desk. Sie wurde nicht verändert.
said-platform-file-with-foreign-version = { $path } ist eine SQLite-Datei eines anderen Programms (sie hat eine Datenversion, aber keine unserer Tabellen), keine Datendatei von Mobility Desk. Sie wurde nicht verändert.
said-platform-file-newer = { $path } wurde von einer neueren Version von Mobility Desk geschrieben (Datenversion { $version }; diese Version liest bis Datenversion { $latest }). Installieren Sie die neuere Version, um sie zu öffnen. Die Datei wurde nicht verändert.
said-platform-read-only-older = { $path } ist schreibgeschützt und wurde von einer älteren Version von Mobility Desk geschrieben (Datenversion { $version }), die diese Version vor dem Lesen aktualisieren muss. Kopieren Sie sie in einen Ordner, in den Sie schreiben können, oder heben Sie den Schreibschutz auf, und öffnen Sie sie erneut. Die Datei wurde nicht verändert.
# $why: was SQLite gesagt hat (auf Englisch).
said-platform-upgrade-mismatch = { $path } konnte nicht von Datenversion { $from } auf { $to } aktualisiert werden: Ihre Tabellen passen nicht zu der Datenversion, die sie angibt ({ $why }). Es wurde nichts geändert.
said-platform-upgrade-not-run = { $path } konnte nicht von Datenversion { $from } auf { $to } aktualisiert werden: Ihre Tabellen passen nicht zu der Datenversion, die sie angibt (die Aktualisierung konnte nicht ausgeführt werden). Es wurde nichts geändert.

## Eine beschädigte Datendatei ($check: was die Prüfung von SQLite gefunden hat, auf Englisch; $backup: der Name der neuesten Sicherung, in $folder, erstellt am $taken)
said-platform-damaged-with-backup = { $path } ist beschädigt. Es wurde nichts hineingeschrieben. Die neueste Sicherung ist { $backup } ({ $folder }), erstellt am { $taken }: Beim Wiederherstellen tritt sie an die Stelle der Datei, und die beschädigte Datei wird beiseitegelegt (im Fenster: Aus Sicherung wiederherstellen; auf der Kommandozeile: restore --newest).
said-platform-damaged-check-with-backup = { $path } ist beschädigt (die Prüfung von SQLite meldet: { $check }). Es wurde nichts hineingeschrieben. Die neueste Sicherung ist { $backup } ({ $folder }), erstellt am { $taken }: Beim Wiederherstellen tritt sie an die Stelle der Datei, und die beschädigte Datei wird beiseitegelegt (im Fenster: Aus Sicherung wiederherstellen; auf der Kommandozeile: restore --newest).
said-platform-damaged-no-backup = { $path } ist beschädigt. Es wurde nichts hineingeschrieben. In { $folder } gibt es keine Sicherung: Bewahren Sie die Datei auf und holen Sie Hilfe, um sie zu reparieren.
said-platform-damaged-check-no-backup = { $path } ist beschädigt (die Prüfung von SQLite meldet: { $check }). Es wurde nichts hineingeschrieben. In { $folder } gibt es keine Sicherung: Bewahren Sie die Datei auf und holen Sie Hilfe, um sie zu reparieren.

## Dateien, die die App schreibt ($error: die Worte des Systems)
said-platform-folder-not-created = Der Ordner { $path } konnte nicht angelegt werden: { $error }
said-platform-folder-missing = Der Ordner { $path } existiert nicht.
said-platform-file-not-private = Der Lesezugriff auf { $path } konnte nicht eingeschränkt werden: { $error }
said-platform-file-not-written = { $path } kann nicht geschrieben werden: { $error }
said-platform-file-not-locked = { $path } konnte nicht gesperrt werden: { $error }
said-platform-file-not-moved-aside = { $path } konnte nicht beiseitegelegt werden: { $error }
said-platform-in-use-restore = { $path } wird von Mobility Desk verwendet (vom Fenster oder einem noch laufenden Befehl). Schließen Sie es zuerst und stellen Sie dann wieder her.
said-platform-csv-not-written = Die CSV-Datei konnte nicht geschrieben werden: { $error }

## Sicherungen
said-platform-backups-keep-last = Behalten Sie zwischen 1 und 1.000 der neuesten Sicherungen.
said-platform-backups-monthly = Behalten Sie eine Sicherung pro Monat für höchstens 120 Monate (zehn Jahre).
said-platform-backups-in-memory = Dieser Datenspeicher liegt im Arbeitsspeicher: Es gibt keine Datei, die gesichert werden könnte.
said-platform-backup-not-written-in = Die Sicherung konnte nicht in { $folder } geschrieben werden: { $error }
said-platform-backup-not-written = Die Sicherung konnte nicht geschrieben werden: { $error }
said-platform-backup-unknown = In { $folder } gibt es keine Sicherung namens „{ $name }“.
said-platform-backup-needs-passphrase = Die Sicherung { $name } ist durch eine Passphrase geschützt (sie wurde erstellt, als die Datendatei geschützt war): Geben Sie die Passphrase ein, um sie wiederherzustellen.
said-platform-backup-other-passphrase = Die Sicherung { $path } ist durch eine andere Passphrase geschützt als die angegebene (eine frühere?): Mit dieser kann sie nicht wiederhergestellt werden.
said-platform-backup-unopenable = Die Sicherung { $path } kann nicht wiederhergestellt werden: Sie lässt sich nicht öffnen. Wählen Sie eine andere Sicherung.
said-platform-backup-damaged = Die Sicherung { $path } kann nicht wiederhergestellt werden: Sie ist beschädigt. Wählen Sie eine andere Sicherung.
said-platform-backup-unreadable = Die Sicherung { $path } kann nicht wiederhergestellt werden: Sie kann nicht gelesen werden. Wählen Sie eine andere Sicherung.
said-platform-backup-foreign = Die Sicherung { $path } kann nicht wiederhergestellt werden: Sie ist keine Datendatei von Mobility Desk. Wählen Sie eine andere Sicherung.
said-platform-backup-newer = Die Sicherung { $path } kann nicht wiederhergestellt werden: Sie wurde von einer neueren Version von Mobility Desk geschrieben. Wählen Sie eine andere Sicherung.
said-platform-backup-not-copied-into = Die Sicherung konnte nicht nach { $folder } kopiert werden: { $error }
said-platform-backup-not-copied = Die Sicherung konnte nicht kopiert werden: { $error }
said-platform-backup-not-placed = Die Sicherung konnte nicht unter { $path } an ihren Platz gebracht werden: { $error }

## Die Passphrase (Schutz der gespeicherten Daten)
said-platform-passphrase-needed = { $path } ist durch eine Passphrase geschützt. Geben Sie die Passphrase ein, um die Datei zu öffnen.
said-platform-passphrase-does-not-open = Die Passphrase öffnet { $path } nicht. Prüfen Sie sie (Buchstaben, Groß- und Kleinschreibung, Leerzeichen) und versuchen Sie es erneut.
said-platform-passphrase-current-missing = Geben Sie die Passphrase der Datendatei ein.
said-platform-passphrase-current-wrong = Dies ist nicht die Passphrase der Datendatei.
said-platform-passphrase-new-missing = Geben Sie eine Passphrase ein, mit der die Datendatei geschützt werden soll.
said-platform-passphrase-short = Eine Passphrase hat mindestens { $least } Zeichen; einige Wörter sind leichter zu merken als Symbole.
said-platform-passphrase-spaces = Eine Passphrase beginnt und endet nicht mit einem Leerzeichen (man würde sich leicht vertippen).
said-platform-passphrase-unchanged = Dies ist bereits die Passphrase der Datei.
said-platform-passphrase-repeat-differs = Die beiden Passphrasen stimmen nicht überein: Geben Sie zweimal dieselbe ein.
said-platform-in-use-protection = { $path } wird von Mobility Desk verwendet (vom Fenster oder einem noch laufenden Befehl). Schließen Sie es zuerst und ändern Sie dann den Schutz.
# $why: der aufgetretene Fehler (auf Englisch).
said-platform-not-converted = { $path } konnte nicht umgewandelt werden: { $why }
said-platform-converted-copy-not-made = Eine umgewandelte Kopie von { $path } konnte nicht in { $folder } geschrieben werden: { $error }
said-platform-converted-copy-not-written = Die umgewandelte Kopie konnte nicht geschrieben werden: { $error }
said-platform-converted-copy-not-placed = Die umgewandelte Kopie konnte nicht unter { $path } an ihren Platz gebracht werden: { $error }
said-platform-converted-copy-differs = die umgewandelte Kopie liest sich nicht identisch zurück; es wurde nichts geändert
said-platform-unwritten-changes = Für { $path } liegen in { $wal } noch Änderungen, die nicht in die Datei geschrieben sind. Öffnen Sie sie in Mobility Desk, schließen Sie sie wieder und versuchen Sie es dann erneut.
said-platform-path-not-for-sqlite = { $path } ist kein Pfad, den SQLite öffnen kann.

## In ein Formular eingegebene Datumsangaben
said-platform-date-bad = „{ $text }“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, z. B. 2027-03-31.

## Speichern über die Änderung eines anderen hinweg (der Datensatz hat sich geändert, seit das Formular gelesen wurde)
# Der jetzige Wert eines Feldes.
said-platform-changed-now-empty = Geändert, seit Sie das Formular geöffnet haben; jetzt gespeichert: (leer).
said-platform-changed-now-yes = Geändert, seit Sie das Formular geöffnet haben; jetzt gespeichert: ja.
said-platform-changed-now-no = Geändert, seit Sie das Formular geöffnet haben; jetzt gespeichert: nein.
said-platform-changed-now-amount = Geändert, seit Sie das Formular geöffnet haben; jetzt gespeichert: { MONEY($amount) }.
said-platform-changed-now-text = Geändert, seit Sie das Formular geöffnet haben; jetzt gespeichert: „{ $text }“.
said-platform-changed-now-value = Geändert, seit Sie das Formular geöffnet haben; jetzt gespeichert: { $value }.
# Der Datensatz: $record ist seine Tabelle, $name sein Name; $who hat ihn um $at gespeichert (z. B. 2026-12-05 16:06:38 UTC); $fields: die Bezeichnungen der geänderten Felder.
said-platform-record-stale-fields =
    { $record ->
        [settings] Die Einstellungen des Netzwerks
        [applications] Die Bewerbung von { $name }
        [stories] Der Erfahrungsbericht „{ $name }“
        [bank_accounts] Die Bankverbindung von { $name }
       *[other] { $name }
    }: { $who } hat am { $at } eine Änderung gespeichert, nachdem Sie das Formular geöffnet hatten ({ $fields }). Ihre Änderungen sind noch nicht gespeichert: Laden Sie neu, um die gespeicherte Fassung zu sehen (Ihre Eingaben bleiben sichtbar), oder speichern Sie Ihre Fassung darüber.
said-platform-record-stale-fields-someone =
    { $record ->
        [settings] Die Einstellungen des Netzwerks
        [applications] Die Bewerbung von { $name }
        [stories] Der Erfahrungsbericht „{ $name }“
        [bank_accounts] Die Bankverbindung von { $name }
       *[other] { $name }
    }: Jemand hat am { $at } eine Änderung gespeichert, nachdem Sie das Formular geöffnet hatten ({ $fields }). Ihre Änderungen sind noch nicht gespeichert: Laden Sie neu, um die gespeicherte Fassung zu sehen (Ihre Eingaben bleiben sichtbar), oder speichern Sie Ihre Fassung darüber.
said-platform-record-stale =
    { $record ->
        [settings] Die Einstellungen des Netzwerks
        [applications] Die Bewerbung von { $name }
        [stories] Der Erfahrungsbericht „{ $name }“
        [bank_accounts] Die Bankverbindung von { $name }
       *[other] { $name }
    }: { $who } hat am { $at } eine Änderung gespeichert, nachdem Sie das Formular geöffnet hatten. Ihre Änderungen sind noch nicht gespeichert: Laden Sie neu, um die gespeicherte Fassung zu sehen (Ihre Eingaben bleiben sichtbar), oder speichern Sie Ihre Fassung darüber.
said-platform-record-stale-someone =
    { $record ->
        [settings] Die Einstellungen des Netzwerks
        [applications] Die Bewerbung von { $name }
        [stories] Der Erfahrungsbericht „{ $name }“
        [bank_accounts] Die Bankverbindung von { $name }
       *[other] { $name }
    }: Jemand hat am { $at } eine Änderung gespeichert, nachdem Sie das Formular geöffnet hatten. Ihre Änderungen sind noch nicht gespeichert: Laden Sie neu, um die gespeicherte Fassung zu sehen (Ihre Eingaben bleiben sichtbar), oder speichern Sie Ihre Fassung darüber.
# In einem Dialog bearbeitete Einstellungen: $what ist ihre Art, $name der Zyklus (bei den Angaben eines Zuschusses das Zentrum).
said-platform-settings-stale =
    { $what ->
        [selection] Die Auswahlkriterien und -regeln von { $name }
        [vote] Die Einstellungen der Abstimmung von { $name }
        [emissions] Die Emissionsfaktoren von { $name }
        [pairing] Die Gewichtungen der Paarbildung von { $name }
        [grant_inputs] Die Angaben zum Zuschuss für { $name }
       *[other] Die Angaben von { $name }
    }: { $who } hat am { $at } eine Änderung gespeichert, nachdem Sie sie geöffnet hatten. Ihre Änderungen sind noch nicht gespeichert: Laden Sie neu, um die gespeicherte Fassung zu sehen (Ihre Eingaben bleiben sichtbar), oder speichern Sie Ihre Fassung darüber.
said-platform-settings-stale-someone =
    { $what ->
        [selection] Die Auswahlkriterien und -regeln von { $name }
        [vote] Die Einstellungen der Abstimmung von { $name }
        [emissions] Die Emissionsfaktoren von { $name }
        [pairing] Die Gewichtungen der Paarbildung von { $name }
        [grant_inputs] Die Angaben zum Zuschuss für { $name }
       *[other] Die Angaben von { $name }
    }: Jemand hat am { $at } eine Änderung gespeichert, nachdem Sie sie geöffnet hatten. Ihre Änderungen sind noch nicht gespeichert: Laden Sie neu, um die gespeicherte Fassung zu sehen (Ihre Eingaben bleiben sichtbar), oder speichern Sie Ihre Fassung darüber.
# $subject nennt, was gespeichert wurde (z. B. „The rules of Workshops 2027“).
said-platform-stale = { $subject }: { $who } hat am { $at } eine Änderung gespeichert, nachdem Sie sie geöffnet hatten. Ihre Änderungen sind noch nicht gespeichert: Laden Sie neu, um die gespeicherte Fassung zu sehen (Ihre Eingaben bleiben sichtbar), oder speichern Sie Ihre Fassung darüber.
said-platform-stale-someone = { $subject }: Jemand hat am { $at } eine Änderung gespeichert, nachdem Sie sie geöffnet hatten. Ihre Änderungen sind noch nicht gespeichert: Laden Sie neu, um die gespeicherte Fassung zu sehen (Ihre Eingaben bleiben sichtbar), oder speichern Sie Ihre Fassung darüber.

## Ausgeschriebene Datumsangaben (die Funktion DATE dieser Dateien)
said-date = { $day }. { $month } { $year }
said-month-1 = Januar
said-month-2 = Februar
said-month-3 = März
said-month-4 = April
said-month-5 = Mai
said-month-6 = Juni
said-month-7 = Juli
said-month-8 = August
said-month-9 = September
said-month-10 = Oktober
said-month-11 = November
said-month-12 = Dezember

## Zu einer verbundene Sätze ($first, $second: je ein eigener Satz)
said-platform-join-comma = { $first }, { $second }
said-platform-join-space = { $first } { $second }
said-platform-join-and = { $first } und { $second }
