# Cycles : la liste, le détail d’un cycle, le formulaire du cycle, la fenêtre des programmes,
# et les libellés et formats que partagent les autres écrans (phases, types, jours, dates).

## Phases, dans l’ordre que suivent les cycles

cycles-phase-draft = Brouillon
cycles-phase-call-open = Appel ouvert
cycles-phase-selection = Sélection
cycles-phase-matching = Appariement
cycles-phase-awarded = Attribué
cycles-phase-in-progress = En cours
cycles-phase-reporting = Rapports
cycles-phase-closed = Clos

## Le bouton qui fait avancer un cycle dans une phase

cycles-forward-call-open = Ouvrir l’appel
cycles-forward-selection = Lancer la sélection
cycles-forward-matching = Lancer l’appariement
cycles-forward-awarded = Passer à « Attribué »
cycles-forward-in-progress = Lancer les activités
cycles-forward-reporting = Lancer les rapports
cycles-forward-closed = Clore le cycle
# $phase : le libellé d’une phase.
cycles-move-to = Passer à « { $phase } »
# Après un passage ; $title : le titre du cycle, $phase : sa phase désormais.
cycles-toast-moved = « { $title } » est maintenant à l’étape « { $phase } »

## Types de programme

cycles-shape-p2p = Apprentissage P2P
cycles-shape-staff-exchange = Échange de personnel
cycles-shape-workshops = Ateliers
cycles-shape-hubs-alliance = Alliance des lieux
cycles-shape-p2p-hint = Des lieux visiteurs en binôme avec des lieux d’accueil, pour un court échange.
cycles-shape-staff-exchange-hint = Un membre du personnel accueilli dans un autre lieu, d’une semaine à trois mois.
cycles-shape-workshops-hint = Un lieu, élu par la communauté, produit un atelier.
cycles-shape-hubs-alliance-hint = Des professionnels de l’Alliance dans un autre lieu de l’Alliance, par ordre d’arrivée.

## Ce que comptent les places d’un cycle (en minuscules : aussi le début d’un libellé de champ)

cycles-slots-visiting = lieux visiteurs
cycles-slots-hosting = lieux d’accueil
cycles-slots-hubs = lieux
cycles-slots-people = personnes
cycles-slots-visiting-count = { $count ->
    [one] { $count } lieu visiteur
   *[other] { $count } lieux visiteurs
}
cycles-slots-hosting-count = { $count ->
    [one] { $count } lieu d’accueil
   *[other] { $count } lieux d’accueil
}
cycles-slots-hubs-count = { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}
cycles-slots-people-count = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
cycles-slots-min-days = Activité la plus courte (jours)
cycles-slots-max-days = Activité la plus longue (jours)

## Échéancier des versements

cycles-due-before-activity = avant l’activité
cycles-due-after-report = après le rapport
# Un versement : « 70 % avant l’activité ».
cycles-schedule-instalment = { $percent } % { $due }
cycles-schedule-problem = Chaque versement est compris entre 1 % et 100 %.
# $n : le numéro du versement, à partir de 1.
cycles-schedule-percent-label = Versement { $n } : pourcentage de la subvention
cycles-schedule-due-label = Versement { $n } : échéance
cycles-schedule-remove = Retirer le versement { $n }
cycles-schedule-remove-title = Retirer ce versement
cycles-schedule-add = Ajouter un versement
cycles-schedule-total = Total { $total } %

## Durée de l’activité

cycles-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
cycles-days-range = { $max ->
    [one] { $min }–{ $max } jour
   *[other] { $min }–{ $max } jours
}
cycles-days-at-least = { $count ->
    [one] au moins { $count } jour
   *[other] au moins { $count } jours
}
cycles-days-up-to = { $count ->
    [one] jusqu’à { $count } jour
   *[other] jusqu’à { $count } jours
}

## Dates et montants

# Le début ou la fin manquant d’une période.
cycles-date-not-set = à définir
# $from, $to : des dates (l’espace avant le tiret est insécable).
cycles-date-range = { $from } – { $to }
cycles-not-set = À définir
cycles-budget-empty = Saisissez l’enveloppe en euros, p. ex. 21 775 (0 si elle n’est pas encore connue).
cycles-budget-label = Enveloppe (€)
cycles-budget-hint = En euros, p. ex. 21 775,00
cycles-budget-schedule = Échéancier des versements
cycles-figures-whole-number = Saisissez un nombre entier.
cycles-figures-whole-days = Saisissez un nombre entier de jours, ou laissez vide.

## La liste des cycles

cycles-screen-title = Cycles
cycles-screen-programmes = Programmes…
cycles-screen-all-programmes = Tous les programmes
cycles-screen-all-years = Toutes les années
cycles-screen-count = { $total ->
    [one] { $total } cycle
   *[other] { $total } cycles
}
# $shown : les cycles que les filtres laissent passer, $total : tous les cycles.
cycles-screen-count-filtered = { $total ->
    [one] { $shown } sur { $total } cycle
   *[other] { $shown } sur { $total } cycles
}
cycles-screen-empty-title = Aucun cycle pour l’instant
cycles-screen-empty-note = Les chiffres par défaut de chaque programme se modifient sous « Programmes… ».
cycles-screen-empty-text = Un cycle est l’appel d’un programme pour une année : ses dates, ses places, son enveloppe et le versement des subventions. Il passe du brouillon à l’appel, à la sélection et aux attributions, jusqu’aux rapports.
cycles-screen-new = Nouveau cycle
cycles-screen-filter-programme = Programme
cycles-screen-filter-year = Année
cycles-screen-clear-filters = Effacer les filtres
cycles-screen-no-match = Aucun cycle ne correspond.
cycles-screen-col-title = Titre
cycles-screen-col-programme = Programme
cycles-screen-col-year = Année
cycles-screen-col-phase = Phase
cycles-screen-col-call = Appel
cycles-screen-col-activity = Période d’activité
cycles-screen-col-slots = Places
cycles-screen-col-budget = Enveloppe
cycles-screen-ahead = Travail en avance
cycles-screen-ahead-title = Du travail a été fait ici qui relève de l’étape « { $phase } » : ouvrez le cycle pour le faire avancer
# $primary, $secondary : des places comptées (« 13 lieux visiteurs »).
cycles-screen-slots-title = { $primary } + { $secondary }
cycles-screen-loading = Chargement des cycles…
cycles-toast-saved = « { $name } » enregistré
cycles-toast-created = « { $title } » créé
cycles-toast-deleted = « { $title } » supprimé
cycles-toast-added = « { $name } » ajouté

## Un cycle

cycles-detail-back = Tous les cycles
cycles-detail-load-failed = Ce cycle ne peut pas être affiché.
cycles-detail-loading = Chargement du cycle…
cycles-detail-amend-settings = Amender les paramètres…
cycles-detail-edit-settings = Modifier les paramètres
cycles-detail-clone = Nouveau cycle à partir de celui-ci…
cycles-detail-delete = Supprimer…
cycles-detail-phases = Phases
cycles-detail-phase-done = (terminée)
cycles-detail-ahead-title = Le travail de ce cycle est en avance sur sa phase
# $work : ce qui a été fait (« 26 subventions attribuées et 26 lettres émises ») ; $phase : la phase
# du cycle ; $belongs : la phase dont relève ce travail.
cycles-detail-ahead-text = { $work } alors que le cycle en est à l’étape « { $phase } ». Ce travail relève de l’étape « { $belongs } » : faites avancer le cycle pour que ce qu’il permet corresponde à ce qui a été fait.
cycles-detail-catch-up = Avancer jusqu’à « { $phase } »…
cycles-detail-next-title = Étape suivante
cycles-detail-closed = Ce cycle est clos.
cycles-detail-missing = Pour passer à « { $phase } », ajoutez :
cycles-detail-awarded-note = À partir de l’étape « Attribué », les subventions sont attribuées (Candidatures → Subventions) et les lettres émises ; les paramètres du cycle sont figés, car les subventions en sont calculées.
cycles-detail-move-back = Revenir en arrière…
cycles-detail-settings-title = Paramètres
# $frozen : pourquoi les paramètres sont figés, selon le cœur.
cycles-detail-frozen = Figés : { $frozen }. Toute modification est un amendement motivé, conservé dans l’historique.
cycles-detail-call = Appel
cycles-detail-activity-window = Période d’activité
cycles-detail-report-deadline = Date limite des rapports
cycles-detail-slots = Places
cycles-detail-activity-length = Durée de l’activité
cycles-detail-budget = Enveloppe
cycles-detail-payment-schedule = Échéancier des versements
cycles-detail-notes = Notes
cycles-detail-notes-none = Aucune
cycles-detail-history-title = Historique
cycles-detail-history-empty = Aucun changement de phase pour l’instant.
cycles-detail-history-rules = Règles amendées
cycles-detail-history-rules-by = Règles amendées par { $actor }
cycles-detail-history-settings = Paramètres amendés
cycles-detail-history-settings-by = Paramètres amendés par { $actor }
cycles-detail-award-title = Passer « { $title } » à l’étape « Attribué » ?
cycles-detail-award-message = Les paramètres du cycle (dates, places, enveloppe et échéancier des versements) sont figés, car les subventions en sont calculées ; ses subventions peuvent alors être attribuées dans l’onglet Subventions. Pour modifier les paramètres ensuite, le cycle doit revenir en arrière, avec un motif.
cycles-detail-award-confirm = Passer à « Attribué »
cycles-detail-close-title = Clore « { $title } » ?
cycles-detail-close-message = Un cycle clos reste dans les archives. Il peut être rouvert en le faisant revenir en arrière, avec un motif.
cycles-detail-close-confirm = Clore le cycle
cycles-detail-catch-up-title = Faire avancer « { $title } » jusqu’à « { $phase } » ?
cycles-detail-catch-up-message = Le cycle avance d’une phase à la fois, chacune avec ses vérifications habituelles, et chaque passage est conservé dans son historique avec le motif. Si une vérification n’est pas remplie, rien ne bouge et ce qui manque est indiqué.
cycles-detail-catch-up-confirm = Avancer
cycles-detail-delete-title = Supprimer « { $title } » ?
cycles-detail-delete-message = Le brouillon et ses paramètres sont supprimés. Cette action est irréversible.
cycles-detail-delete-confirm = Supprimer

## Le formulaire du cycle

cycles-form-title-amend = Amender { $title }
cycles-form-title-edit = Modifier { $title }
cycles-form-title-new = Nouveau cycle
cycles-form-choose-programme = Choisissez le programme.
cycles-form-year-problem = Saisissez l’année, p. ex. 2027.
cycles-form-sub-new = L’appel d’un programme pour une année.
cycles-form-legend-cycle = Cycle
cycles-form-programme = Programme
cycles-form-year = Année
cycles-form-no-programme = Aucun programme n’est proposé pour le moment : activez-en un dans « Programmes… » d’abord.
cycles-form-programme-hint = Choisir un programme remplit le formulaire avec ses chiffres par défaut.
cycles-form-filling = Remplissage avec les valeurs par défaut du programme…
cycles-form-legend-title = Titre
cycles-form-title = Titre
cycles-form-title-hint = Laissez vide pour utiliser le nom du programme et l’année.
cycles-form-legend-dates = Dates
cycles-form-call-opens = Ouverture de l’appel
cycles-form-call-deadline = Date limite de l’appel
cycles-form-activity-start = Premier jour des activités
cycles-form-activity-end = Dernier jour des activités
cycles-form-report-deadline = Date limite des rapports
cycles-form-dates-hint = L’appel ne peut pas s’ouvrir avant que ses dates et une enveloppe soient fixées.
cycles-form-legend-slots = Places et durée
cycles-form-legend-money = Financement
cycles-form-legend-notes = Notes
cycles-form-notes = Notes
cycles-form-history = Historique
cycles-form-amend-title = Amender « { $title } » ?
# $frozen : pourquoi les paramètres sont figés, selon le cœur, avec une majuscule.
cycles-form-amend-frozen = { $frozen } : ces paramètres changent par un amendement, conservé dans l’historique du cycle avec son motif.
cycles-form-amend-letters = { $count ->
    [one] { $count } lettre émise indique un paramètre qui change : elle nécessiterait une nouvelle version.
   *[other] { $count } lettres émises indiquent un paramètre qui change : elles nécessiteraient une nouvelle version.
}
cycles-form-amend-reason = Pourquoi les paramètres changent
cycles-form-amend-reason-short = Indiquez pourquoi les paramètres changent (au moins 5 caractères) : ce motif est conservé dans l’historique du cycle.
cycles-form-amend-cancel = Annuler
cycles-form-amend-confirm = Amender
cycles-form-amend-confirm-overrun = Amender malgré le dépassement

## Un nouveau cycle à partir d’un autre

cycles-clone-title = Nouveau cycle à partir de « { $title } »
cycles-clone-text = Les paramètres sont copiés en brouillon, toutes les dates étant reportées sur la nouvelle année. Les candidatures ne sont pas copiées.
cycles-clone-year = Année
cycles-clone-year-problem = Saisissez l’année, p. ex. 2028.
cycles-clone-cancel = Annuler
cycles-clone-confirm = Créer le cycle

## Faire revenir un cycle en arrière

cycles-move-back-title = Faire revenir « { $title } » en arrière
cycles-move-back-to = Revenir à
cycles-move-back-reason = Pourquoi ?
cycles-move-back-reason-hint = Le motif est conservé dans l’historique du cycle.
cycles-move-back-cancel = Annuler
cycles-move-back-confirm = Revenir en arrière

## Avancer une fois l’appariement ou les placements confirmés

cycles-move-on-question = Passer « { $title } » à l’étape « { $phase } » maintenant ?
cycles-move-on-awarded = Ses subventions pourront alors être attribuées et leurs lettres émises. Les paramètres du cycle sont figés à partir de l’étape « Attribué » ; revenir en arrière ensuite nécessite un motif.
cycles-move-on-blocked = « { $title } » ne peut pas encore passer à l’étape « { $phase } ». Il manque encore :
cycles-move-on-stays = « { $title } » reste à l’étape « { $phase } ».
cycles-move-on-later = Pas maintenant
cycles-move-on-close = Fermer

## L’avis de la phase sur un onglet

cycles-phase-notice-move = Passer le cycle à l’étape « { $phase } »…
cycles-phase-notice-title = Passer « { $title } » à l’étape « { $phase } » ?
cycles-phase-notice-awarded = À partir de l’étape « Attribué », les paramètres du cycle sont figés, car les subventions en sont calculées. Revenir en arrière ensuite nécessite un motif, conservé dans l’historique du cycle.
cycles-phase-notice-other = Le passage est conservé dans l’historique du cycle. Revenir en arrière ensuite nécessite un motif.

## Programmes

cycles-programmes-title = Programmes
cycles-programmes-sub = Les nouveaux cycles partent des chiffres par défaut d’un programme. Les modifier ici ne change pas les cycles existants.
cycles-programmes-loading = Chargement des programmes…
cycles-programmes-list = Programmes
# $shape : le nom d’un type (« Apprentissage P2P »).
cycles-programmes-shape = type « { $shape } »
cycles-programmes-cycle-count = { $count ->
    [0] Aucun cycle
    [one] { $count } cycle
   *[other] { $count } cycles
}
cycles-programmes-offered = Proposé
cycles-programmes-switched-off = Désactivé
cycles-programmes-built-in = Intégré
cycles-programmes-add-title = Ajouter un programme
cycles-programmes-new-name = Nom
cycles-programmes-works-like = Fonctionne comme
# Une option : le nom d’un type et ce qu’il est.
cycles-programmes-shape-option = { $name } : { $hint }
cycles-programmes-shape-start = Ses chiffres partent de ceux de « { $shape } ».
cycles-programmes-add = Ajouter le programme
cycles-programmes-name = Nom
cycles-programmes-description = Description
cycles-programmes-enabled = Proposé : de nouveaux cycles peuvent être créés
cycles-programmes-defaults = Valeurs par défaut des nouveaux cycles
cycles-programmes-save = Enregistrer
cycles-programmes-save-title = Enregistrer (Ctrl+S)
cycles-programmes-close = Fermer
cycles-programmes-discard = Les modifications de { $name } n’ont pas été enregistrées.
cycles-programmes-discard-unnamed = Les modifications de ce programme n’ont pas été enregistrées.
