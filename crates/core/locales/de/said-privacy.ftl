# What the network holds on a person (privacy/).
said-privacy-subject-missing = Geben Sie den Namen oder die E-Mail-Adresse der Person an.
said-privacy-retention-years = Geben Sie eine Dauer von 1 bis { $most } Jahren an ({ $years } ist keine).
said-privacy-retention-audit-fixed = Der Prüfpfad hat keine eigene Dauer: Er wird so lange aufbewahrt wie die Datensätze, über die er Rechenschaft gibt.
said-privacy-nothing-to-erase = Über diese Person ist nichts gespeichert, was das Verzeichnis aufführt: Es gibt nichts zu löschen.
said-privacy-nothing-past = Heute hat nichts seine Aufbewahrungsfrist überschritten.
