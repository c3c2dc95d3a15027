# What the network holds on a person (privacy/).
said-privacy-subject-missing = Give the person's name or e-mail.
