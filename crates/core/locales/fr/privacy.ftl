# A person's access export (privacy/pdf.rs): everything the network holds about them.
privacy-title = Données personnelles détenues sur { $person }
privacy-subject = Demandé pour : { $name } { $email }
privacy-made = Établi le { $date } par { $who }
privacy-made-by-nobody = Établi le { $date }
privacy-count = { $count ->
        [0] Aucun enregistrement ne contient de données personnelles sur cette personne.
        [one] 1 enregistrement contient des données personnelles sur cette personne.
       *[other] { $count } enregistrements contiennent des données personnelles sur cette personne.
    }
privacy-intro = Ce document énumère chaque enregistrement du fichier de données de { $network } qui contient des données personnelles sur la personne nommée ci-dessus : ce que c’est, les champs et leurs valeurs, pourquoi ils sont détenus et selon quelle règle ils sont conservés. Le fichier JSON établi avec lui contient la même chose sous une forme lisible par un autre système, photos comprises.
privacy-none = Rien dans le fichier de données ne concerne cette personne : aucun contact de hub, candidature, évaluation, récit, compte bancaire, e-mail ou poste ne porte son nom ou son e-mail.
privacy-field = Champ
privacy-value = Valeur
privacy-why = Pourquoi : { $purpose }. Conservé : { $retention }.
privacy-kind-hub-contact = Personne de contact d’un hub
privacy-kind-applicant = Personne nommée sur une candidature
privacy-kind-reviewer = Évaluateur ou évaluatrice
privacy-kind-review-score = Notes données en tant qu’évaluateur
privacy-kind-story-author = Récit
privacy-kind-story-photo = Photo d’un récit
privacy-kind-account-holder = Titulaire d’un compte bancaire
privacy-kind-mail-recipient = Destinataire d’un e-mail
privacy-kind-award-letter = Une lettre d’attribution émise
privacy-kind-desk-person = Personne travaillant à un poste
privacy-purpose-contact = joindre le hub au sujet de son adhésion et des programmes
privacy-purpose-selection = évaluer et sélectionner les candidatures et attribuer les subventions
privacy-purpose-payment = verser les subventions et en rendre compte
privacy-purpose-publication = publier les récits des participants, avec leur accord
privacy-purpose-correspondence = envoyer les e-mails d’un cycle
privacy-purpose-accountability = savoir qui a fait chaque modification
privacy-retention-contact-details = comme coordonnées, tant que le hub est membre et pendant une période après son dernier cycle
privacy-retention-applications = avec les candidatures, pendant une période après la clôture de leur cycle
privacy-retention-stories = avec les récits, pendant une période après leur publication
privacy-retention-financial = comme pièce comptable, aussi longtemps que le droit comptable l’exige
privacy-retention-audit = avec la piste d’audit, aussi longtemps que les enregistrements dont elle rend compte
