# What the network holds on a person (privacy/).
said-privacy-subject-missing = Indiquez le nom ou l’e-mail de la personne.
said-privacy-retention-years = Indiquez une durée de 1 à { $most } ans ({ $years } n’en est pas une).
said-privacy-retention-audit-fixed = La piste d’audit n’a pas de durée propre : elle est conservée aussi longtemps que les enregistrements dont elle rend compte.
said-privacy-nothing-to-erase = Rien de ce que le registre recense n’est conservé sur cette personne : il n’y a rien à effacer.
said-privacy-nothing-past = Rien n’a dépassé sa durée de conservation aujourd’hui.
