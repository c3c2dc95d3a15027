# A person's access export (privacy/pdf.rs): everything the network holds about them.
privacy-title = Gespeicherte personenbezogene Daten über { $person }
privacy-subject = Angefragt für: { $name } { $email }
privacy-made = Erstellt am { $date } von { $who }
privacy-count = { $count ->
        [0] Kein Datensatz enthält personenbezogene Daten über diese Person.
        [one] 1 Datensatz enthält personenbezogene Daten über diese Person.
       *[other] { $count } Datensätze enthalten personenbezogene Daten über diese Person.
    }
privacy-intro = Dieses Dokument listet jeden Datensatz der Datendatei von { $network } auf, der personenbezogene Daten über die oben genannte Person enthält: was es ist, die Felder und ihre Werte, warum sie gespeichert sind und nach welcher Regel sie aufbewahrt werden. Die mit ihm erstellte JSON-Datei enthält dasselbe in einer Form, die ein anderes System lesen kann, Fotos eingeschlossen.
privacy-none = Nichts in der Datendatei betrifft diese Person: Kein Hub-Kontakt, keine Bewerbung, Bewertung, kein Bericht, Bankkonto, keine E-Mail und kein Arbeitsplatz trägt ihren Namen oder ihre E-Mail-Adresse.
privacy-field = Feld
privacy-value = Wert
privacy-why = Warum: { $purpose }. Aufbewahrt: { $retention }.
privacy-kind-hub-contact = Kontaktperson eines Hubs
privacy-kind-applicant = In einer Bewerbung genannte Person
privacy-kind-reviewer = Gutachterin oder Gutachter
privacy-kind-review-score = Als Gutachter vergebene Punkte
privacy-kind-story-author = Erfahrungsbericht
privacy-kind-story-photo = Foto eines Berichts
privacy-kind-account-holder = Inhaber eines Bankkontos
privacy-kind-mail-recipient = Empfänger einer E-Mail
privacy-kind-desk-person = Person an einem Arbeitsplatz
privacy-purpose-contact = um den Hub zu Mitgliedschaft und Programmen zu erreichen
privacy-purpose-selection = um Bewerbungen zu bewerten und auszuwählen und Zuschüsse zu vergeben
privacy-purpose-payment = um Zuschüsse zu zahlen und abzurechnen
privacy-purpose-publication = um die Berichte der Teilnehmenden mit ihrer Zustimmung zu veröffentlichen
privacy-purpose-correspondence = um die E-Mails eines Zyklus zu senden
privacy-purpose-accountability = um zu wissen, wer welche Änderung gemacht hat
privacy-retention-contact-details = als Kontaktdaten, solange der Hub Mitglied ist und eine Zeit nach seinem letzten Zyklus
privacy-retention-applications = mit den Bewerbungen, eine Zeit nach dem Abschluss ihres Zyklus
privacy-retention-stories = mit den Berichten, eine Zeit nach ihrer Veröffentlichung
privacy-retention-financial = als Buchungsbeleg, so lange das Buchhaltungsrecht es verlangt
privacy-retention-audit = mit dem Prüfpfad, so lange wie die Datensätze, über die er Rechenschaft gibt
