# What the network holds on a person (privacy/).
said-privacy-subject-missing = Indiquez le nom ou l’e-mail de la personne.
