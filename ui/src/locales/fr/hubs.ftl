# Le registre des lieux membres : l’écran Lieux, la fiche d’un lieu, les sélecteurs de lieu et de ville, l’import CSV.

## Maturité et adhésion d’un lieu

hubs-maturity-emerging = Émergent
hubs-maturity-established = Établi
hubs-membership-regular = Membre titulaire
hubs-membership-associate = Membre associé
hubs-membership-former = Ancien membre
hubs-yes = Oui
hubs-no = Non
hubs-archived-tag = Archivé

## L’écran Lieux

hubs-screen-title = Lieux membres
hubs-screen-import = Importer un CSV…
hubs-screen-export = Exporter en CSV…
hubs-count =
    { $count ->
        [one] { $count } lieu
       *[other] { $count } lieux
    }
hubs-count-archived =
    { $count ->
        [one] { $count } lieu archivé
       *[other] { $count } lieux archivés
    }
hubs-count-of =
    { $count ->
        [one] { $shown } sur { $count } lieu
       *[other] { $shown } sur { $count } lieux
    }
hubs-count-archived-of =
    { $count ->
        [one] { $shown } sur { $count } lieu archivé
       *[other] { $shown } sur { $count } lieux archivés
    }
hubs-count-first = { $label } · { $count } premiers affichés
hubs-empty-title = Commencez le registre des lieux membres
hubs-empty-text = Le registre recense les lieux de création et centres culturels du réseau : où ils se trouvent, sur quoi ils travaillent et qui contacter. Les cycles, l’appariement et les subventions s’appuient tous sur lui.
hubs-empty-add = Ajouter un lieu
hubs-empty-import = Importer un fichier CSV
hubs-empty-demo = Charger le réseau de démonstration
hubs-empty-note = Le réseau de démonstration contient des lieux fictifs dans des villes réelles, pour essayer l’application.
hubs-search-label = Rechercher des lieux
hubs-search-placeholder = Rechercher un nom, une ville, un pays, un contact, un secteur…
hubs-filter-country = Pays
hubs-filter-country-all = Tous les pays
hubs-filter-maturity = Maturité
hubs-filter-maturity-any = Toute maturité
hubs-filter-membership = Adhésion
hubs-filter-membership-any = Toute adhésion
hubs-filter-sector = Secteur
hubs-filter-sector-all = Tous les secteurs
hubs-filter-available = Disponible pour la mobilité
hubs-filter-available-any = Disponibilité : toutes
hubs-filter-available-yes = Disponibles pour la mobilité
hubs-filter-available-no = Non disponibles
hubs-filter-alliance = Appartenance à l’alliance
hubs-filter-alliance-any = Alliance : tous
hubs-filter-alliance-yes = Membres de l’alliance
hubs-filter-alliance-no = Hors de l’alliance
hubs-filter-archived = Lieux archivés
hubs-filter-archived-active = Lieux actifs
hubs-filter-archived-archived = Lieux archivés
hubs-filter-archived-all = Actifs et archivés
hubs-filter-clear = Effacer les filtres
hubs-no-match = Aucun lieu ne correspond.
hubs-no-match-none-archived = Aucun lieu n’a été archivé.
hubs-no-match-all-archived = Tous les lieux du registre sont archivés : choisissez « Lieux archivés » pour les voir.
hubs-no-match-try = Essayez d’autres mots, ou moins de filtres.
hubs-no-match-clear = Effacer la recherche et les filtres
hubs-loading = Chargement du registre…
hubs-toast-saved = { $name } enregistré
hubs-toast-archived = { $name } archivé
hubs-toast-restored = { $name } restauré
hubs-toast-imported =
    { $created ->
        [one] Import terminé : { $created } nouveau, { $updated } mis à jour
       *[other] Import terminé : { $created } nouveaux, { $updated } mis à jour
    }
hubs-toast-exported =
    { $count ->
        [one] { $count } lieu exporté vers { $path }
       *[other] { $count } lieux exportés vers { $path }
    }
hubs-toast-demo =
    { $hubs ->
        [one] Réseau de démonstration chargé : { $hubs } lieu
       *[other] Réseau de démonstration chargé : { $hubs } lieux
    }
hubs-toast-demo-cycles =
    { $cycles ->
        [one]
            { $hubs ->
                [one] Réseau de démonstration chargé : { $hubs } lieu, { $cycles } cycle
               *[other] Réseau de démonstration chargé : { $hubs } lieux, { $cycles } cycle
            }
       *[other]
            { $hubs ->
                [one] Réseau de démonstration chargé : { $hubs } lieu, { $cycles } cycles
               *[other] Réseau de démonstration chargé : { $hubs } lieux, { $cycles } cycles
            }
    }

## Le tableau

hubs-table-name = Nom
hubs-table-city = Ville
hubs-table-country = Pays
hubs-table-maturity = Maturité
hubs-table-membership = Adhésion
hubs-table-sectors = Secteurs
hubs-table-alliance = Alliance
hubs-table-available = Disponible

## La fiche d’un lieu (les noms des champs servent aussi à l’avis après un enregistrement refusé)

hubs-field-name = Nom
hubs-field-city = Ville
hubs-field-country = Pays
hubs-field-latitude = Latitude
hubs-field-longitude = Longitude
hubs-field-maturity = Maturité
hubs-field-membership = Adhésion
hubs-field-sectors = Secteurs
hubs-field-languages = Langues
hubs-field-contact-name = Personne de contact
hubs-field-contact-email = E-mail de contact
hubs-field-website = Site web
hubs-field-available = Disponible pour la mobilité
hubs-field-alliance = Membre de l’alliance
hubs-field-member-since = Membre depuis
hubs-field-notes = Notes
hubs-field-key = Clé
hubs-form-new = Nouveau lieu
hubs-form-new-sub = Ajouter un lieu membre au registre.
hubs-form-place = Lieu et localisation
hubs-form-city-hint = Tapez deux lettres, puis choisissez la localité dans la liste.
hubs-form-country-unknown = Code pays inconnu
hubs-form-country-hint = Code ISO à deux lettres, p. ex. PL
hubs-form-coords-picked = Reprises du répertoire géographique. Corrigez-les si le lieu se trouve ailleurs dans la zone.
hubs-form-coords-stale = Ce sont les coordonnées de { $city }. Choisissez la nouvelle ville dans la liste pour les mettre à jour.
hubs-form-coords-empty = Laissez les deux vides pour chercher la ville dans le répertoire géographique à l’enregistrement.
hubs-form-coords-hint = Degrés décimaux (WGS 84).
hubs-form-latitude-bad = Saisissez la latitude sous forme de nombre, p. ex. 50.0614 (avec un point pour les décimales).
hubs-form-longitude-bad = Saisissez la longitude sous forme de nombre, p. ex. 19.9366 (avec un point pour les décimales).
hubs-form-member-since-bad = Saisissez une année, p. ex. 2019.
hubs-form-profile = Profil
hubs-form-sectors-hint = Séparez les secteurs par des virgules.
hubs-form-sectors-placeholder = p. ex. design, musique, artisanat
hubs-form-sectors-suggestions = Secteurs déjà utilisés
hubs-form-languages = Langues de travail
hubs-form-languages-placeholder = fr, en
hubs-form-languages-hint = Codes ISO 639-1 à deux lettres, séparés par des virgules.
hubs-form-contact = Contact
hubs-form-email = E-mail
hubs-form-website-placeholder = https://
hubs-form-website-open = Ouvrir
hubs-form-website-open-title = Ouvrir dans le navigateur web
hubs-form-advanced = Avancé
hubs-form-key-hint = Les imports associent les lignes aux lieux par cette clé. Ne la changez que si vos tableurs en utilisent une autre.
hubs-form-key-hint-new = Laissez vide pour la former à partir du nom et du pays. Les imports associent les lignes aux lieux par cette clé.
hubs-form-key-placeholder = formée à partir du nom et du pays
hubs-form-archive = Archiver…
hubs-form-restore = Restaurer
hubs-form-history = Historique
hubs-form-archive-title = Archiver { $name } ?
hubs-form-archive-message = Les lieux archivés quittent les listes mais restent dans les cycles passés ; vous pouvez les restaurer.
hubs-form-archive-message-unsaved = Les lieux archivés quittent les listes mais restent dans les cycles passés ; vous pouvez les restaurer. Les modifications non enregistrées de la fiche seront perdues.
hubs-form-archive-confirm = Archiver

## Les sélecteurs de lieu et de ville

hubs-picker-list = Lieux membres
hubs-picker-none = Aucun lieu actif ne correspond.
hubs-picker-placeholder = Tapez le nom ou la ville d’un lieu
hubs-city-list = Localités du répertoire géographique

## Importer des lieux depuis un fichier CSV

hubs-import-title = Importer des lieux membres
hubs-import-busy = Import en cours…
hubs-import-column = Colonne
hubs-import-problem = Problème
hubs-import-key = Clé
hubs-import-name = Nom
hubs-import-city = Ville
hubs-import-country = Pays
hubs-import-commit =
    { $count ->
        [one] Importer { $count } lieu
       *[other] Importer { $count } lieux
    }
hubs-import-commit-any = Importer les lieux
hubs-import-blocked =
    { $count ->
        [one] { $count } problème trouvé. Rien ne sera importé tant que chaque ligne n’est pas corrigée.
       *[other] { $count } problèmes trouvés. Rien ne sera importé tant que chaque ligne n’est pas corrigée.
    }
hubs-import-more-problems = …et { $count } de plus
hubs-import-more-rows =
    { $count ->
        [one] …et { $count } ligne de plus
       *[other] …et { $count } lignes de plus
    }
hubs-import-fix = Corrigez le fichier dans votre tableur, enregistrez-le au format CSV (UTF-8) et importez-le à nouveau.
hubs-import-no-rows = Le fichier a un en-tête mais aucune ligne.
