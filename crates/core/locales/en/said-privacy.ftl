# What the network holds on a person (privacy/).
said-privacy-subject-missing = Give the person's name or e-mail.
said-privacy-retention-years = Give a period of 1 to { $most } years ({ $years } is not one).
said-privacy-retention-audit-fixed = The audit trail has no period of its own: it is kept as long as the records it accounts for.
said-privacy-nothing-to-erase = Nothing the register lists is held on this person: there is nothing to erase.
said-privacy-nothing-past = Nothing is past its retention period today.
