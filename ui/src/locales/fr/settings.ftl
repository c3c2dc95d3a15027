# L’écran Paramètres : les coordonnées du réseau pour les lettres d’attribution, l’équipe, les sauvegardes et la protection.

## Les coordonnées du réseau

settings-title = Paramètres
settings-intro = Le nom, l’adresse, le signataire et le logo du réseau figurent sur les lettres d’attribution que l’application imprime.
settings-network = Réseau
settings-network-name = Nom du réseau
settings-address = Adresse postale
settings-address-hint = Telle qu’imprimée dans l’en-tête, 8 lignes au plus.
settings-letters = Lettres d’attribution
settings-signatory = Signataire
settings-signatory-placeholder = p. ex. Maria Nowak
settings-signatory-title = Fonction du signataire
settings-signatory-title-placeholder = p. ex. Secrétaire général
settings-place = Lieu de signature
settings-place-placeholder = p. ex. Bruxelles
# $place : le lieu tel que saisi (« … » tant qu’il est vide) ; la date est un exemple de ce qu’imprime la lettre.
settings-place-hint = Imprimé avant la date : « { $place }, 5 mars 2027 ».
settings-place-hint-read = Imprimé avant la date : « { $place }, 5 mars 2027 ». Tiré de l’adresse postale ; enregistré tel que vous le voyez.
settings-language = Langue par défaut des lettres d’attribution
# Le même paramètre, dans la liste de ce que quelqu’un d’autre a modifié entre-temps.
settings-language-short = Langue par défaut
settings-logo = Logo
settings-logo-alt = Le logo du réseau
settings-logo-none = Pas de logo
settings-logo-choose = Choisir un logo…
settings-logo-remove = Retirer le logo
settings-logo-hint = Un fichier PNG ou JPEG de 2 Mo au plus. L’application en garde sa propre copie.
settings-logo-updated = Logo mis à jour
settings-logo-removed = Logo retiré
settings-save = Enregistrer les paramètres
settings-save-title = Enregistrer (Ctrl+S)
settings-saved = Paramètres enregistrés
settings-unsaved = Modifications non enregistrées
settings-loading = Chargement des paramètres…

## Équipe : qui travaille à ce poste

settings-team-title = Équipe
settings-team-loading = Chargement de ce poste…
settings-team-intro = Chaque modification faite dans Mobility Desk est conservée dans le journal de ce poste avec le nom de la personne qui l’a faite, et affichée dans l’historique de chaque lieu, candidature, subvention et cycle.
settings-team-person = Qui travaille à ce poste
settings-team-name = Votre nom
settings-team-name-missing = Indiquez votre nom : il figure sur chaque modification que vous faites.
settings-team-initials = Initiales
settings-team-initials-hint = Tirées de votre nom si vide.
settings-team-email = E-mail (facultatif)
settings-team-save = Enregistrer
settings-team-person-saved = Les modifications faites à ce poste portent désormais le nom de { $person }

## Équipe : le partage avec l’équipe

settings-team-sharing = Partage avec l’équipe
settings-team-solo = Ce poste travaille seul. Pour travailler en équipe, partagez ses données dans un dossier que l’équipe synchronise déjà (Nextcloud, Syncthing, OneDrive, Dropbox ou une clé USB) : tout ce qui y est déposé est chiffré, et chaque poste continue de fonctionner hors ligne. Un nouveau poste dont le dossier de données est vide rejoint plutôt l’équipe.
settings-team-share = Partager dans un dossier…
settings-team-shared = Ce poste partage désormais ses données dans le dossier
settings-team-join = Rejoindre une équipe…
settings-team-join-asked = Demande envoyée pour rejoindre l’équipe
# $folder : le dossier partagé ; $fingerprint : l’empreinte de la clé de ce poste (tous deux en police de code).
settings-team-pending = Ce poste a demandé à rejoindre l’équipe dans { $folder }. Sur un poste de l’équipe, ouvrez Paramètres → Équipe et approuvez-le après avoir vérifié que son empreinte est { $fingerprint }.
settings-team-check-again = Vérifier à nouveau
# $done, $total : les mégaoctets lus jusqu’ici et en tout.
settings-team-join-reading = Étape 1 sur 3 : lecture des données de l’équipe ({ $done } Mo sur { $total } Mo)…
settings-team-join-writing = Étape 2 sur 3 : écriture dans le fichier de données de ce poste…
settings-team-join-applying = Étape 3 sur 3 : application des modifications faites depuis : { $done } sur { $total }…
# $report : ce qu’a fait la première synchronisation.
settings-team-joined = Ce poste a rejoint l’équipe : { $report }
settings-team-folder = Partagé dans { $folder }.
settings-team-no-folder = pas encore de dossier
settings-team-desks-caption = Les postes de l’équipe
settings-team-column-desk = Poste
settings-team-column-person = Personne
settings-team-column-changes = Modifications ici
settings-team-column-synced = Dernière synchro
settings-team-column-remove = Retirer
settings-team-desk-own = { $number } (ce poste)
settings-team-desk-removed = { $person } (retiré)
# Un poste dont la personne n’a pas encore de nom, par sa clé.
settings-team-desk-unnamed = poste { $desk }
settings-team-remove = Retirer…
settings-team-remove-label = Retirer le poste de { $person } de l’équipe
settings-team-remove-label-unnamed = Retirer le poste { $number } de l’équipe
settings-team-remove-title = Retirer ce poste de l’équipe ?
settings-team-remove-message =
    Désormais, toute modification faite par { $person } est refusée par l’équipe, et les données de l’équipe reçoivent une nouvelle clé que ce poste ne reçoit pas : il ne peut plus lire ce qui est partagé à partir de maintenant. { $count ->
        [one] La { $count } modification
       *[other] Les { $count } modifications
    } de ce poste déjà reçues ici restent. C’est irréversible : pour travailler de nouveau avec l’équipe, ce poste devra redemander à la rejoindre.
settings-team-remove-message-unnamed =
    Désormais, toute modification faite par ce poste est refusée par l’équipe, et les données de l’équipe reçoivent une nouvelle clé que ce poste ne reçoit pas : il ne peut plus lire ce qui est partagé à partir de maintenant. { $count ->
        [one] La { $count } modification
       *[other] Les { $count } modifications
    } de ce poste déjà reçues ici restent. C’est irréversible : pour travailler de nouveau avec l’équipe, ce poste devra redemander à la rejoindre.
settings-team-remove-confirm = Retirer le poste
settings-team-removed = { $person } n’est plus un poste de l’équipe
settings-team-removed-unnamed = Le poste { $number } n’est plus un poste de l’équipe
settings-team-requests = Postes qui demandent à rejoindre l’équipe
# $person : qui travaille au poste (en gras) ; $fingerprint : l’empreinte de sa clé (en police de code).
settings-team-request = { $person } demande à rejoindre l’équipe (empreinte { $fingerprint }).
settings-team-request-unnamed = Un poste
settings-team-approve = Approuver…
settings-team-approve-title = Approuver ce poste ?
settings-team-approve-message = { $person } pourra lire et modifier toutes les données de l’équipe. N’approuvez que si l’empreinte affichée dans sa propre fenêtre est { $fingerprint }.
settings-team-approve-message-unnamed = Ce poste pourra lire et modifier toutes les données de l’équipe. N’approuvez que si l’empreinte affichée dans sa propre fenêtre est { $fingerprint }.
settings-team-approve-confirm = Approuver
settings-team-approved = { $person } est désormais un poste de l’équipe
settings-team-approved-unnamed = Le poste fait désormais partie de l’équipe
settings-team-outgoing-none = Tout ce qui a été fait ici est parti.
settings-team-outgoing =
    { $count ->
        [one] { $count } modification attend de partir.
       *[other] { $count } modifications attendent de partir.
    }
# $reasons : pourquoi, tel que le dit le cœur de l’application.
settings-team-waiting = En attente : { $reasons }.
settings-team-clashes =
    { $count ->
        [one] { $count } conflit à trancher.
       *[other] { $count } conflits à trancher.
    }
settings-team-inbox = À trancher
settings-team-inbox-hint = Ces éléments ont été modifiés sur deux postes qui n’avaient pas encore vu la modification de l’autre. Rien n’a été fusionné : choisissez la version à garder. Votre décision s’applique à tous les postes.
settings-team-clash-unnamed = Sans nom
settings-team-keep-version = Garder la version de { $person }…
settings-team-keep-version-unnamed = Garder cette version…
settings-team-keep-standing = Garder l’état actuel…
settings-team-decide-title = Trancher ce conflit ?
# $title : ce qui a été modifié sur deux postes.
settings-team-decide-version = { $title } : la version de { $person } est rétablie là où elle diffère, pour tous les postes.
settings-team-decide-version-unnamed = { $title } : la version de ce poste est rétablie là où elle diffère, pour tous les postes.
settings-team-decide-standing = { $title } : l’état actuel est conservé, pour tous les postes.
settings-team-decide = Trancher
settings-team-decided = Tranché : { $title }
settings-team-sync = Synchroniser
# $reason : pourquoi, tel que le dit le cœur de l’application.
settings-team-offline = Hors ligne : { $reason }

## Équipe : ce qu’a fait une synchronisation (les parties sont jointes par « · »)

settings-team-sync-from =
    { $count ->
        [one] { $count } modification
       *[other] { $count } modifications
    } de { $person }
settings-team-sync-sent =
    { $count ->
        [one] { $count } modification envoyée
       *[other] { $count } modifications envoyées
    }
settings-team-sync-nothing = Rien de nouveau
settings-team-sync-clashes = { $count } à trancher dans la boîte de réception
settings-team-sync-undone =
    { $count ->
        [one] { $count } modification d’un poste retiré annulée (elle a été faite après son retrait)
       *[other] { $count } modifications d’un poste retiré annulées (elles ont été faites après son retrait)
    }
# $reason : pourquoi la première a été refusée, tel que le dit le cœur de l’application.
settings-team-sync-refused =
    { $count ->
        [one] { $count } modification refusée (de { $person }, { $reason })
       *[other] { $count } modifications refusées (de { $person }, { $reason })
    }
settings-team-sync-clock =
    l’horloge du poste de { $person } avance de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } : demandez-lui de la remettre à l’heure

## Équipe : ce poste et la piste d’audit

settings-team-this-desk = Ce poste
settings-team-fingerprint = Empreinte de la clé
settings-team-entries = Modifications dans son journal
# $date : le jour de la plus ancienne modification conservée.
settings-team-entries-since = { $count }, depuis le { $date }
settings-team-audit = Piste d’audit
settings-team-audit-hint = Chaque modification est scellée avec la clé de ce poste et chaînée à la précédente : une modification altérée, manquante ou déplacée est ainsi repérée.
settings-team-audit-verify = Vérifier la piste d’audit
settings-team-audit-export-xlsx = Exporter en Excel…
settings-team-audit-export-csv = Exporter en CSV…
settings-team-audit-empty = Aucune modification n’a encore été enregistrée.
settings-team-audit-ok =
    Toutes les modifications sont vérifiées : { $count ->
        [one] { $count } modification
       *[other] { $count } modifications
    }, aucune altérée, aucune manquante.
settings-team-audit-redacted = { $count ->
        [one] 1 modification a eu des valeurs effacées
       *[other] { $count } modifications ont eu des valeurs effacées
    } (un effacement de données personnelles) : chacune est vérifiée par le sceau posé à sa création.
settings-team-audit-broken = La piste d’audit ne se vérifie pas :
# $problem : ce qui ne va pas, tel que le dit le cœur de l’application.
settings-team-audit-problem = Poste { $desk } ({ $person }) : { $problem }
settings-team-audit-unnamed = sans nom
settings-team-audit-saved =
    Piste d’audit enregistrée : { $lines ->
        [one] { $lines } ligne
       *[other] { $lines } lignes
    } pour { $entries ->
        [one] { $entries } modification
       *[other] { $entries } modifications
    }

## Sauvegardes

settings-backups-title = Sauvegardes
settings-backups-loading = Chargement des sauvegardes…
# $folder : où les sauvegardes sont conservées (en police de code).
settings-backups-intro = Une copie du fichier de données est faite une fois par jour au démarrage de l’application (si quelque chose a changé), avant chaque mise à niveau, et chaque fois que vous le demandez. Elles sont conservées dans { $folder }.
settings-backups-keep-last = Sauvegardes récentes conservées
settings-backups-monthly = En plus, une par mois pendant (mois)
settings-backups-whole-number = Saisissez un nombre entier.
settings-backups-whole-number-monthly = Saisissez un nombre entier (0 n’en garde aucune par mois).
settings-backups-save-policy = Enregistrer
settings-backups-policy-saved = Règles de sauvegarde enregistrées
settings-backups-now = Sauvegarder
settings-backups-taken-toast = Sauvegarde faite
settings-backups-read-only = Le fichier de données est en lecture seule : aucune sauvegarde ne peut être faite ni restaurée par-dessus.
settings-backups-empty = Pas encore de sauvegarde. Sauvegardez pour faire la première.
settings-backups-caption = Sauvegardes du fichier de données, de la plus récente à la plus ancienne
settings-backups-column-taken = Faite le
settings-backups-column-size = Taille
settings-backups-column-file = Fichier
settings-backups-column-restore = Restaurer
settings-backups-size-kb = { $size } Ko
settings-backups-size-mb = { $size } Mo
# $taken : quand la sauvegarde a été faite, tel que l’écrit le cœur de l’application.
settings-backups-restore-label = Restaurer la sauvegarde du { $taken }
settings-backups-restore = Restaurer…
settings-backups-confirm-title = Restaurer cette sauvegarde ?
settings-backups-confirm-message = Le fichier de données revient à son état du { $taken } : les modifications faites depuis ne sont plus affichées. Le fichier actuel n’est pas supprimé : il est conservé dans { $folder }/set-aside.
settings-backups-confirm = Restaurer
settings-backups-restored = Sauvegarde du { $taken } restaurée

## Protection

settings-protection-title = Protection
settings-protection-on-state = Le fichier de données et ses sauvegardes sont chiffrés avec une phrase secrète.
settings-protection-on-state-more = Mobility Desk la demande à chaque démarrage ; sans elle, un ordinateur perdu ou un fichier copié ne montre rien.
settings-protection-off-state = Le fichier de données n’est pas protégé.
settings-protection-off-state-more = Quiconque a cet ordinateur, ou une copie du fichier ou de ses sauvegardes, peut lire les données du réseau : contacts, versements, récits des participants.
settings-protection-read-only = Le fichier de données est en lecture seule : sa protection ne peut pas être modifiée.
settings-protection-on-start = Protéger par une phrase secrète…
settings-protection-change-start = Changer la phrase secrète…
settings-protection-off-start = Retirer la protection…
settings-protection-on = Protéger le fichier de données
settings-protection-change = Changer la phrase secrète
settings-protection-off = Retirer la protection
settings-protection-choose-hint = Choisissez une phrase secrète de quelques mots (10 caractères au moins) et gardez-la dans un gestionnaire de mots de passe. Personne ne peut ouvrir les données sans elle, même avec de l’aide : une phrase secrète perdue, ce sont des données perdues (restaurer une sauvegarde la demande aussi).
settings-protection-off-hint = Le fichier de données et ses sauvegardes sont réécrits en clair, lisibles sans phrase secrète.
settings-protection-current = Phrase secrète actuelle
settings-protection-new = Nouvelle phrase secrète
settings-protection-passphrase = Phrase secrète
settings-protection-repeat = La même, à nouveau
settings-protection-cancel = Annuler
settings-protection-converting = Conversion du fichier de données et de ses sauvegardes…
settings-protection-on-done = Le fichier de données est désormais protégé
settings-protection-change-done = La phrase secrète a été changée
settings-protection-off-done = La protection a été retirée
settings-protection-on-done-backups =
    Le fichier de données est désormais protégé, avec { $count ->
        [one] { $count } sauvegarde
       *[other] { $count } sauvegardes
    }
settings-protection-change-done-backups =
    La phrase secrète a été changée, avec { $count ->
        [one] { $count } sauvegarde
       *[other] { $count } sauvegardes
    }
settings-protection-off-done-backups =
    La protection a été retirée, avec { $count ->
        [one] { $count } sauvegarde
       *[other] { $count } sauvegardes
    }
# $files : les sauvegardes laissées telles quelles, par leur nom.
settings-protection-left =
    { $count ->
        [one] Une sauvegarde a été laissée telle quelle (protégée par une phrase secrète antérieure, ou illisible)
       *[other] { $count } sauvegardes ont été laissées telles quelles (protégées par une phrase secrète antérieure, ou illisibles)
    } : { $files }.

## Votre langue (la personne à ce poste)
settings-language-title = Votre langue
settings-language-label = Langue de la fenêtre
settings-language-system = Celle du système ({ $language })
settings-language-hint = La fenêtre est en { $language }. Ce choix est le vôtre, sur ce poste ; la langue des lettres se règle plus bas, pour le réseau.
settings-language-read-only = Le fichier de données est en lecture seule : la fenêtre suit la langue du système.

# The network's own bank account (AccountPanel).
settings-account-title = Le compte bancaire du réseau
settings-account-intro = Le compte d’où les subventions sont versées. Les fichiers de virements le nomment comme donneur d’ordre.
settings-account-network = le réseau
settings-account-none = Aucun compte indiqué : les fichiers de virements ne peuvent pas être écrits avant qu’il le soit.

# Data protection (PrivacyPanel).
settings-privacy-title = Protection des données
settings-privacy-intro = Les données personnelles que contient ce fichier, pourquoi, et selon quelle règle elles sont conservées ; et, pour une personne qui le demande, tout ce qui est détenu sur elle.
settings-privacy-register = Ce qui est détenu
settings-privacy-col-what = Quoi
settings-privacy-col-where = Où (table : colonnes)
settings-privacy-col-why = Pourquoi
settings-privacy-col-kept = Conservé
settings-privacy-kind-hub-contact = Personne de contact d’un hub
settings-privacy-kind-applicant = Personne nommée sur une candidature
settings-privacy-kind-reviewer = Évaluateur ou évaluatrice
settings-privacy-kind-review-score = Notes données en tant qu’évaluateur
settings-privacy-kind-story-author = Récit
settings-privacy-kind-story-photo = Photo d’un récit
settings-privacy-kind-account-holder = Titulaire d’un compte bancaire
settings-privacy-kind-mail-recipient = Destinataire d’un e-mail
settings-privacy-kind-award-letter = Lettre d’attribution émise
settings-privacy-kind-desk-person = Personne travaillant à un poste
settings-privacy-purpose-contact = Joindre le hub au sujet de son adhésion et des programmes
settings-privacy-purpose-selection = Évaluer et sélectionner les candidatures et attribuer les subventions
settings-privacy-purpose-payment = Verser les subventions et en rendre compte
settings-privacy-purpose-publication = Publier les récits des participants, avec leur accord
settings-privacy-purpose-correspondence = Envoyer les e-mails d’un cycle
settings-privacy-purpose-accountability = Savoir qui a fait chaque modification
settings-privacy-retention-contact-details = Comme coordonnées : tant que le hub est membre, puis pendant une période après son dernier cycle
settings-privacy-retention-applications = Avec les candidatures : pendant une période après la clôture de leur cycle
settings-privacy-retention-stories = Avec les récits : pendant une période après leur publication
settings-privacy-retention-financial = Comme pièce comptable : aussi longtemps que le droit comptable l’exige
settings-privacy-retention-audit = Avec la piste d’audit : aussi longtemps que les enregistrements dont elle rend compte
settings-privacy-person = Ce qui est détenu sur une personne
settings-privacy-person-hint = Cherchez par nom ou e-mail, puis enregistrez tout ce qui est détenu sur la personne : un fichier JSON lisible par un autre système, et un PDF à côté à lui envoyer.
settings-privacy-search-label = Nom ou e-mail
settings-privacy-search-placeholder = Nom ou e-mail
settings-privacy-find = Chercher
settings-privacy-nobody = Personne de ce nom ou de cet e-mail dans le fichier de données.
settings-privacy-export = Enregistrer ce qui est détenu…
settings-privacy-written = { $count ->
        [one] 1 enregistrement écrit
       *[other] { $count } enregistrements écrits
    } dans { $json } et { $pdf }.
settings-privacy-years = { $years ->
        [one] 1 an
       *[other] { $years } ans
    }
settings-privacy-years-unit = ans
settings-privacy-periods = Combien de temps
settings-privacy-periods-hint = Les années pendant lesquelles chaque type de données personnelles est conservé après l’événement dont part sa règle (le dernier cycle d’un hub, la clôture d’un cycle, la publication d’un récit, le dernier versement d’une subvention). Le droit comptable de votre pays fixe le minimum pour les pièces comptables.
settings-privacy-periods-save = Enregistrer les durées
settings-privacy-periods-saved = Durées de conservation enregistrées.
settings-privacy-erase = Effacer…
settings-privacy-erasures = Effacements faits
settings-privacy-erasures-none = Personne n’a été effacé.
settings-privacy-erasure-line = { $at } par { $actor } : { $what }
settings-privacy-erased = { $person } effacé·e : { $count ->
        [one] 1 enregistrement
       *[other] { $count } enregistrements
    }.
settings-erase-title = Effacer { $person } ?
settings-erase-intro = C’est sans retour. Ses données quittent ce fichier, l’historique des modifications, les sauvegardes et, à mesure que chaque poste se synchronise, toute l’équipe.
settings-erase-emptied = Ses coordonnées sont retirées de
settings-erase-renamed = Son nom est remplacé par un numéro sur
settings-erase-deleted = Supprimé
settings-erase-stays = Ce qui reste
settings-erase-stays-accounts = Les subventions, les paiements, les références et montants des lettres d’attribution, pour la comptabilité.
settings-erase-stays-unpaid = { $count ->
        [one] 1 versement de ses subventions n’est pas encore payé
       *[other] { $count } versements de ses subventions ne sont pas encore payés
    } ({ $amount }) : ils restent, à payer.
settings-erase-stays-unpaid-account = Ses propres coordonnées bancaires partent : indiquez le compte à payer avant qu’un fichier de virement puisse les inclure.
settings-erase-stays-letters = { $count ->
        [one] 1 lettre d’attribution émise la nomme
       *[other] { $count } lettres d’attribution émises la nomment
    } : conservées, avec le PDF, comme pièces comptables jusqu’à la fin de { $year }.
settings-erase-stays-desk = Elle travaille à un poste de l’équipe : le poste et ses modifications gardent son nom.
settings-erase-after = L’effacement lui-même est consigné : quand, par qui et combien d’enregistrements, jamais qui.
settings-erase-backups = { $count ->
        [one] La sauvegarde faite avant contient ses données : elle est remplacée par une sauvegarde faite juste après.
       *[other] Les { $count } sauvegardes faites avant contiennent ses données : elles sont remplacées par une sauvegarde faite juste après.
    }
settings-erase-confirm = Effacer
settings-privacy-erasure-line-nobody = { $at } : { $what }
settings-privacy-erasure-past-by = { $at }, durée dépassée, par { $actor } : { $what }
settings-privacy-erasure-past = { $at }, durée dépassée : { $what }
settings-past-title = Durée dépassée
settings-past-hint = Ce que chaque règle ci-dessus dit avoir dépassé sa durée aujourd’hui : effacé en une fois, comme l’effacement d’une personne, après avoir vu ce qui part et ce qui reste.
settings-past-check = Voir ce qui a dépassé sa durée
settings-past-erase = Effacer ce qui a dépassé sa durée…
settings-past-none = Rien n’a dépassé sa durée aujourd’hui ({ $today }).
settings-past-rule = { $rule } : { $count ->
        [one] 1 enregistrement
       *[other] { $count } enregistrements
    } d’avant le { $before }
settings-past-confirm-title = Effacer ce qui a dépassé sa durée ?
settings-past-erased = { $count ->
        [one] 1 enregistrement ayant dépassé sa durée effacé.
       *[other] { $count } enregistrements ayant dépassé leur durée effacés.
    }
