# Les mots propres à l’application de bureau : le menu, les boîtes de dialogue du système.

## Le menu de l’application
said-shell-about = Les programmes de mobilité d’un réseau culturel : lieux membres, cycles, appariement, subventions et lettres d’attribution.
said-shell-credits = Lieux issus de GeoNames (CC BY 4.0).
said-shell-menu-file = Fichier
said-shell-menu-new-hub = Nouveau lieu
said-shell-menu-import-hubs = Importer des lieux (CSV)…
said-shell-menu-export-hubs = Exporter les lieux (CSV)…
said-shell-menu-quit = Quitter
said-shell-menu-edit = Édition
said-shell-menu-undo = Annuler
said-shell-menu-redo = Rétablir
said-shell-menu-cut = Couper
said-shell-menu-copy = Copier
said-shell-menu-paste = Coller
said-shell-menu-select-all = Tout sélectionner
said-shell-menu-find-hubs = Rechercher des lieux
said-shell-menu-view = Affichage
said-shell-menu-hubs = Lieux
said-shell-menu-settings = Paramètres
said-shell-menu-zoom-in = Zoom avant
said-shell-menu-zoom-out = Zoom arrière
said-shell-menu-zoom-reset = Taille réelle
said-shell-menu-help = Aide
said-shell-menu-about = À propos de Mobility Desk

## Boîtes de dialogue du système : les titres
said-shell-dialog-import-hubs = Importer des lieux membres
said-shell-dialog-export-hubs = Exporter les lieux membres
said-shell-dialog-choose-logo = Choisir le logo du réseau
said-shell-dialog-import-applications = Importer des candidatures depuis l’export d’un formulaire
said-shell-dialog-save-reviewer-sheet = Enregistrer la feuille de l’évaluateur
said-shell-dialog-import-reviewer-sheet = Importer la feuille d’un évaluateur
said-shell-dialog-export-finance = Exporter les versements du cycle pour la comptabilité
said-shell-dialog-privacy-export = Enregistrer ce qui est détenu sur la personne (JSON, et un PDF à côté)
said-shell-dialog-save-sepa = Enregistrer le fichier de virements
said-shell-dialog-save-letter = Enregistrer la lettre d’attribution
said-shell-dialog-letters-folder = Choisir le dossier des lettres
said-shell-dialog-letters-combined = Enregistrer toutes les lettres dans un seul PDF
said-shell-dialog-story-photo = Ajouter une photo au récit
said-shell-dialog-save-publication = Enregistrer la publication des récits
said-shell-dialog-save-cycle-report = Enregistrer le bilan du cycle
said-shell-dialog-import-ballots = Importer des bulletins depuis l’export d’un formulaire
said-shell-dialog-save-vote-result = Enregistrer le résultat du vote
said-shell-dialog-save-eml = Enregistrer le message pour un logiciel de messagerie
said-shell-dialog-export-audit = Exporter la piste d’audit
said-shell-dialog-team-share = Choisir le dossier que votre équipe synchronise
said-shell-dialog-team-join = Choisir le dossier que partage votre équipe

## Boîtes de dialogue du système : les types de fichiers proposés
said-shell-filter-csv = Fichiers CSV
said-shell-filter-json = Fichiers JSON
said-shell-filter-sepa = Fichiers de virements (XML)
said-shell-filter-pdf = Documents PDF
said-shell-filter-xlsx = Classeurs Excel
said-shell-filter-eml = Messages e-mail
said-shell-filter-sheets = Feuilles (CSV ou Excel)
said-shell-filter-images = Images (PNG, JPEG)
said-shell-filter-photos = Photos (JPEG, PNG)

## Les fichiers choisis, lus et ouverts
said-shell-file-not-local = Le fichier choisi n’est pas sur le disque local.
said-shell-file-not-chosen = Ce fichier n’a pas été choisi dans la boîte de dialogue de l’application : choisissez-le de nouveau avec Importer un CSV….
said-shell-file-unreadable = { $path } ne peut pas être lu : { $error }
said-shell-open-failed = { $path } n’a pas pu être ouvert : { $error }. Il est enregistré à cet endroit ; ouvrez-le depuis votre gestionnaire de fichiers.
said-shell-web-address-only = Seules les adresses web (https://...) peuvent être ouvertes.
said-shell-browser-failed = Le navigateur n’a pas pu être ouvert : { $error }

## Le fichier de données et la fenêtre
said-shell-data-file-busy = Un autre travail utilise encore le fichier de données (une série de lettres ou un export). Attendez qu’il se termine, puis réessayez.
said-shell-store-unavailable = Les données ne sont plus accessibles après une erreur précédente. Redémarrez l’application.
said-shell-task-stopped = La tâche s’est arrêtée : { $error }
said-shell-passphrase-missing = Saisissez la phrase secrète.
said-shell-zoom-range = Le zoom va de 50 % à 300 %.
said-shell-zoom-failed = La fenêtre n’a pas pu être zoomée : { $error }
said-shell-amounts-too-many = 10 000 montants au plus à la fois.
said-shell-desk-not-approved = Pas encore approuvé : un poste de l’équipe approuve celui-ci dans Paramètres → Équipe (comparez l’empreinte).

## Les requêtes de la fenêtre que l’application n’a pas pu lire (une erreur de la page, pas de la personne)
said-shell-request-malformed = La requête « { $command } » a un argument « { $argument } » mal formé : { $error }
said-shell-request-no-header = La requête n’a pas d’en-tête { $header }.
said-shell-request-header-not-text = L’en-tête { $header } de la requête n’est pas du texte.
said-shell-request-header-not-number = L’en-tête { $header } de la requête n’est pas un nombre.
said-shell-request-origin-bad = L’en-tête Origin de la requête n’est pas une adresse.
said-shell-request-not-json = La requête « { $command } » n’est pas du JSON valide ({ $error }).
said-shell-request-content-type = La requête « { $command } » a un type de contenu que l’application ne lit pas ({ $content_type }).
said-shell-request-window-closed = La fenêtre qui a envoyé la requête est fermée.

## La ligne de commande : son dossier de données et sa phrase secrète
said-shell-cli-no-data-folder = Aucun dossier de données : passez --data-dir DOSSIER ou définissez MOBILITY_DESK_DATA_DIR.
said-shell-cli-locked-hint = { $message } En ligne de commande, mettez la phrase secrète dans { $variable }.
said-shell-cli-protected-already = Le fichier de données est déjà protégé : utilisez « protection change » pour lui donner une autre phrase secrète.
said-shell-cli-not-protected = Le fichier de données n’est pas protégé : utilisez « protection on » pour le protéger.
said-shell-cli-new-passphrase-missing = Mettez la nouvelle phrase secrète dans { $variable } (au moins { $least } caractères).
said-shell-cli-no-backup = Il n’y a aucune sauvegarde dans { $folder }.
said-shell-cli-password-unreadable = Le mot de passe n’a pas pu être lu : { $error }

## La ligne de commande : ce qu’une commande a reçu
said-shell-cli-report-what = Indiquez l’identifiant d’une subvention, ou --cycle ID pour le bilan du cycle.
said-shell-cli-sepa-format = « { $format } » n’est pas un format de fichier de virements : écrivez pain.001.001.09, ou pain.001.001.03 pour une banque qui le demande encore.
said-shell-cli-letters-what = Indiquez --cycle ID ou --grant ID
said-shell-cli-grant-needs-out = --grant demande --out FICHIER.pdf
said-shell-cli-cycle-needs-out = --cycle demande --out DOSSIER, --combined FICHIER.pdf ou --list
said-shell-cli-compose-what = Indiquez --cycle ID --kind TYPE, ou --reminders.
said-shell-cli-assign-what = Indiquez --reviewer ID --application ID, ou --cycle ID --each N.
said-shell-cli-keep-which = Dites quelle version garder (--keep POSTE:ENTRÉE) ou --as-it-stands.
said-shell-cli-audit-broken = La piste d’audit ne se vérifie pas : voyez les postes ci-dessus.
said-shell-cli-version-bad = « { $text } » n’est pas une version : indiquez POSTE:ENTRÉE comme `conflicts list` l’affiche.
said-shell-cli-history-kind-unknown = « { $kind } » n’a pas d’historique : indiquez hub, application, grant, payment, letter, ballot ou cycle.
said-shell-cli-phase-unknown = « { $phase } » n’est pas une phase : draft, call_open, selection, matching, awarded, in_progress, reporting, closed
said-shell-cli-vote-method-unknown = « { $method } » n’est pas une méthode : instant_runoff, borda ou points.
said-shell-cli-yes-or-no = « { $text } » : écrivez yes ou no.
said-shell-cli-date-order-unknown = --date-order « { $text } » : écrivez day-month ou month-day
said-shell-cli-map-bad = --map « { $pair } » : écrivez CHAMP=COLONNE, p. ex. hub=Organisation
said-shell-cli-score-basis-unknown = --score « { $text } » : écrivez mean ou normalised
said-shell-cli-weight-not-pair = « { $item } » n’est pas de la forme NOM=VALEUR.
said-shell-cli-weight-value-bad = « { $value } » n’est pas une valeur pour { $name }.
said-shell-cli-weight-unknown = « { $name } » n’est pas un poids.
said-shell-cli-no-rules-version = Le cycle { $cycle } n’a pas de version { $version } des règles.

## La ligne de commande : les fichiers qu’elle lit et écrit
said-shell-cli-cannot-read = Impossible de lire { $path } : { $error }
said-shell-cli-not-json = { $path } n’est pas du JSON : { $error }
said-shell-cli-not-rule-set = { $path } n’est pas un jeu de règles : { $error }
said-shell-cli-not-utf8 = { $path } n’est pas du texte UTF-8.
said-shell-cli-not-pdf-name = { $path } n’est pas un nom de fichier .pdf.
said-shell-cli-required-unmapped = Aucune colonne n’est associée à { $fields } : ajoutez --map CHAMP=COLONNE. Rien n’a été importé.
said-shell-cli-import-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
    } dans { $path } ; rien n’a été importé.
said-shell-start-marks = Les étapes du démarrage : 16 au plus, chacune nommée en 40 caractères au plus.
