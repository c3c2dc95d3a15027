# What the network holds on a person (privacy/).
said-privacy-subject-missing = Geben Sie den Namen oder die E-Mail-Adresse der Person an.
