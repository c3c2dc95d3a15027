# Candidatures : l’écran et ses onglets, le formulaire d’une candidature, l’import de l’export
# d’un formulaire en ligne, la feuille d’un évaluateur, les critères et règles, et les libellés
# que d’autres parties reprennent.

## Libellés (applications.ts)

applications-status-received = Reçue
applications-status-selected = Sélectionnée
applications-status-waiting = Liste d’attente
applications-status-declined = Non retenue
applications-status-withdrawn = Retirée
# Une candidature non retenue parce qu’elle n’était pas recevable, dans les listes.
applications-status-not-eligible = Non recevable

applications-role-visiting = Visiteur
applications-role-hosting = Accueil
applications-role-visitor = Voyageur·euse
applications-role-proposer = Proposant

applications-format-job-shadowing = Observation en situation de travail
applications-format-project-based = Par projet
applications-format-workshop = Atelier
applications-format-lecture = Conférence
applications-format-other = Autre

applications-travel-standard = Standard
applications-travel-green = Vert
# « Vert · 2 voyageurs » ; une espace insécable entre le nombre et son nom.
applications-travel-with-travellers = { $mode } · { $count ->
    [one] { $count } voyageur
   *[other] { $count } voyageurs
}

# Suggestions pour le poste d’un·e participant·e à un Staff Exchange (enregistrées telles quelles).
applications-person-role-production-manager = chargé·e de production
applications-person-role-communication-officer = chargé·e de communication
applications-person-role-bar-manager = responsable du bar
applications-person-role-technician = technicien·ne
applications-person-role-curator = commissaire d’exposition
applications-person-role-educator = médiateur·rice
applications-person-role-administrator = administrateur·rice

# La note qui classe un cycle sélectionnant par classement : les choix…
applications-score-basis-mean = La moyenne des évaluateurs
applications-score-basis-normalised = Normalisée par évaluateur (un évaluateur sévère ou indulgent ne pèse pas plus qu’un autre)
# … et comme une phrase les nomme (« classe selon la moyenne des évaluateurs »).
applications-score-basis-name-mean = la moyenne des évaluateurs
applications-score-basis-name-normalised = la note normalisée par évaluateur

# Une période ouverte d’un côté ; $date est une date écrite.
applications-span-from = à partir du { $date }
applications-span-until = jusqu’au { $date }

# Un nom venu d’un fichier ou saisi, cité dans une phrase.
applications-quoted = « { $text } »

applications-eligible = Recevable
applications-not-eligible = Non recevable

## L’écran (ApplicationsScreen.svelte)

applications-screen-title = Candidatures
# Le décompte à côté du titre.
applications-screen-count = { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
} · { $eligible ->
    [one] { $eligible } recevable
   *[other] { $eligible } recevables
}
applications-screen-import = Importer l’export d’un formulaire…
applications-screen-import-unchanged = Aucun changement : { $rows ->
    [one] la ligne était déjà importée
   *[other] les { $rows } lignes étaient déjà importées
} ; la correspondance des colonnes est enregistrée
applications-screen-imported = { $created ->
    [one] { $created } nouvelle candidature importée
   *[other] { $created } nouvelles candidatures importées
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}
applications-screen-saved = Candidature de { $hub } enregistrée
# $reason : la première raison, donnée par le cœur.
applications-screen-saved-not-eligible = Enregistrée — non recevable : { $reason }
# $id : le numéro de la candidature.
applications-screen-withdrawn = Candidature n° { $id } de { $hub } retirée
applications-screen-withdrawn-promoted = Candidature n° { $id } de { $hub } retirée — la place revient à { $promoted }, sur la liste d’attente
# $note : donnée par le cœur.
applications-screen-withdrawn-note = Candidature n° { $id } de { $hub } retirée — { $note }
applications-screen-go-cycles = Aller aux cycles
applications-screen-no-cycle-title = Aucun cycle pour l’instant
applications-screen-no-cycle-text = Les candidatures sont saisies pour un cycle d’un programme. Créez d’abord le cycle sous Cycles.
applications-screen-cycle = Cycle
applications-screen-tabs = Candidatures, sélection, appariement, subventions, versements, lettres, rapports ou bilan du cycle
applications-screen-workshops-no-hosts = Les ateliers n’ont pas de lieux d’accueil à apparier : la communauté élit une proposition.
applications-screen-empty-title = Aucune candidature pour ce cycle
applications-screen-empty-text = Saisissez chaque candidature à son arrivée ; sa recevabilité est vérifiée à l’enregistrement.
applications-screen-empty-new = Nouvelle candidature
applications-screen-loading = Chargement des candidatures…
applications-screen-loading-cycles = Chargement des cycles…

applications-tab-applications = Candidatures
applications-tab-selection = Sélection
applications-tab-pairing = Appariement
applications-tab-grants = Subventions
applications-tab-payments = Versements
applications-tab-letters = Lettres
applications-tab-reports = Rapports
applications-tab-cycle-report = Bilan du cycle

applications-table-received = Reçue le
applications-table-hub = Lieu
applications-table-role = Rôle
applications-table-partner = Partenaire/accueil
applications-table-dates = Dates
applications-table-travel = Voyage
applications-table-eligibility = Recevabilité
applications-table-status = Statut

## Le formulaire d’une candidature (ApplicationForm.svelte)

applications-form-title-new = Nouvelle candidature
applications-form-title = Candidature n° { $id }
applications-form-hub = Lieu
applications-form-hub-proposing = Lieu qui propose
applications-form-hub-home-alliance = Lieu d’origine (membre de l’Alliance)
applications-form-hub-home = Lieu d’origine
applications-form-person-manager = Responsable du lieu
applications-form-person-contact = Personne de contact
applications-form-person = Personne
applications-form-partner = Lieu partenaire proposé
applications-form-partner-alliance = Lieu d’accueil (membre de l’Alliance)
applications-form-partner-host = Lieu d’accueil proposé
applications-form-dates-availability = Disponibilités
applications-form-dates-workshop = Atelier
applications-form-dates-visit = Séjour
# La durée permise, par programme : le début de l’indication sous les dates.
applications-form-length-p2p = Quand le lieu peut voyager ou accueillir
applications-form-length-staff-exchange = D’une semaine à trois mois
applications-form-length-hubs-alliance = 6 jours au plus
applications-form-length-workshops = 4 jours
# $length : l’une des indications ci-dessus ; $window : la période d’activité du cycle.
applications-form-dates-hint-window = { $length }, dans la période d’activité { $window }.
applications-form-dates-hint = { $length }.
applications-form-problem-hub = Choisissez le lieu dans la liste.
applications-form-problem-travellers = Saisissez un nombre entier de voyageurs, de 1 à 10.
applications-form-problem-participants = Saisissez un nombre entier de participants.
applications-form-problem-submitted = Saisissez la date et l’heure, ou laissez le champ vide.
applications-form-travel = Voyage
applications-form-travel-green = Vert (train, car, covoiturage)
applications-form-travel-hint = Vert : des moyens peu émetteurs sur la plus grande partie du trajet.
applications-form-withdrawn = Retirée.
applications-form-withdrawn-text = La candidature reste dans la liste ; elle ne compte plus.
applications-form-eligible-text = Respecte toutes les règles de ce cycle.
applications-form-eligibility-hint = Vérifiée à nouveau à l’enregistrement, d’après les lieux et les règles de ce cycle.
applications-form-applicant = Candidature
applications-form-role = Rôle
applications-form-job-title = Poste
applications-form-email = E-mail
applications-form-partner-hint-alliance = Les demandes sont traitées dans l’ordre d’arrivée, selon l’heure de leur envoi.
applications-form-partner-hint = Facultatif ; laissez le champ vide s’il n’y en a pas encore.
applications-form-format = Format
applications-form-format-choose = Choisissez le format
applications-form-workshop-title = Titre
applications-form-available-from = Disponible à partir du
applications-form-first-day = Premier jour
applications-form-available-until = Disponible jusqu’au
applications-form-last-day = Dernier jour
applications-form-work-plan = Programme de travail
applications-form-summary = Résumé
applications-form-participants = Participants
applications-form-participants-hint = Au moins 15.
applications-form-budget = Budget demandé (€)
# $example : un montant tel qu’on le saisit, « 4 500,00 ».
applications-form-budget-hint = En euros, par ex. { $example }
applications-form-travellers = Voyageurs
applications-form-needs-legend = Besoins et envoi
applications-form-needs = Besoins d’accessibilité ou d’inclusion
applications-form-submitted = Envoyée le
applications-form-submitted-hint = En heure locale.
applications-form-submitted-hint-new = Laissez vide pour l’instant.
applications-form-history = Historique
# L’enregistrement que nomme la fenêtre de l’historique.
applications-form-history-name = candidature n° { $id }
applications-form-withdraw = Retirer…
applications-form-withdraw-title = Retirer la candidature n° { $id } ?
applications-form-withdraw-message = La candidature reste dans la liste, marquée comme retirée ; elle ne compte plus.
applications-form-withdraw-confirm = Retirer
applications-form-withdraw-keep = La garder

## Importer l’export d’un formulaire (ApplicationImportDialog.svelte)

applications-import-title = Importer des candidatures
applications-import-busy = Import des candidatures…
applications-import-column = Colonne
applications-import-whole-row = toute la ligne
applications-import-problem = Problème
applications-import-applicant = Candidature
applications-import-role = Rôle
applications-import-commit = Importer
applications-import-commit-count = Importer { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
}
applications-import-file-refused = Ce fichier ne peut pas être importé.
applications-import-file-unchecked = Le fichier n’a pas pu être vérifié.
applications-import-rows-count = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
applications-import-map-required = Associez les champs obligatoires pour vérifier les lignes.
applications-import-no-rows = Aucune ligne
applications-import-no-rows-note = Le fichier a un en-tête mais aucune ligne.
applications-import-unchanged = Rien n’a changé depuis le dernier import. Importer à nouveau ne fait qu’enregistrer la correspondance des colonnes avec le cycle.
applications-import-not-a-date = pas une date
applications-import-columns = Colonnes
applications-import-source-manual = Correspondance : la vôtre (enregistrée avec le cycle lors de l’import).
applications-import-source-saved = Correspondance : celle enregistrée lors du dernier import de ce cycle.
applications-import-source-guessed = Correspondance : devinée d’après les noms des colonnes. Vérifiez-la avant d’importer.
applications-import-missing-title = Colonnes du dernier import absentes de ce fichier
# $column : le nom d’une colonne du fichier ; $field : le champ pour lequel elle était lue.
applications-import-missing-column = « { $column } » ({ $field }) — renommée ou supprimée ?
applications-import-missing-now = Désormais lue dans « { $column } ».
applications-import-missing-hint = Choisissez la colonne qui contient maintenant chaque champ.
# $fields : les noms des champs, séparés par des virgules.
applications-import-unmapped = Choisissez une colonne pour : { $fields }
# $columns : les noms des colonnes, entre guillemets, séparés par des virgules.
applications-import-extra = Non importées : { $columns }
# Avant une liste : « jour/mois : 4 mai 2027 » ou « mois/jour : 5 avr. 2027 ». $text : une date telle que le fichier l’écrit.
applications-import-dates = Les dates écrites comme « { $text } » (ligne { $row }, { $column }) se lisent
applications-import-date-order-choose = Choisissez l’ordre…
applications-import-date-order-day-month = jour/mois : { $date }
applications-import-date-order-month-day = mois/jour : { $date }
applications-import-date-order-unknown = Rien dans le fichier ne l’indique : choisissez comment lire ses dates.
applications-import-date-order-found = Trouvé dans le fichier : l’une de ses dates a un jour supérieur à 12.
applications-import-field = Champ
applications-import-column-in-file = Colonne du fichier
applications-import-required = obligatoire
applications-import-not-in-file = — absent du fichier —
# Une colonne déjà lue pour un autre champ, dans la liste des colonnes.
applications-import-column-used = { $column } (utilisée pour { $field })
applications-import-rows = Lignes
applications-import-checking = Vérification des lignes…
applications-import-stale-invalid = Ces lignes ont été vérifiées avec la correspondance précédente. Corrigez les choix de colonnes marqués en rouge pour les vérifier à nouveau.
applications-import-stale = Ces lignes ont été vérifiées avec la correspondance précédente.
applications-import-check-again = Vérifier à nouveau
applications-import-blocked = { $count ->
    [one] { $count } problème — rien ne sera importé tant qu’il ne sera pas corrigé dans le fichier
   *[other] { $count } problèmes — rien ne sera importé tant qu’ils ne seront pas corrigés dans le fichier
}
applications-import-more-problems = …et { $count ->
    [one] { $count } autre problème
   *[other] { $count } autres problèmes
}
applications-import-errors-hint = Corrigez le fichier (ou l’export du formulaire), enregistrez-le en CSV (UTF-8) et importez-le à nouveau. Un mauvais choix de colonne peut aussi causer des problèmes : vérifiez d’abord la correspondance.
applications-import-rows-fine = Lignes sans problème
applications-import-plan = Ce que fera l’import
applications-import-more-rows = …et { $count ->
    [one] { $count } autre ligne
   *[other] { $count } autres lignes
}
applications-import-recheck = Vérifier à nouveau le fichier

## La feuille d’un évaluateur (SheetImportForm.svelte)

applications-sheet-title = Importer la feuille d’un évaluateur
applications-sheet-waiting = En attente du fichier…
applications-sheet-checking = Vérification de la feuille…
applications-sheet-saving = Enregistrement des notes…
applications-sheet-problem-new-name = Saisissez le nom de la personne qui a donné ces notes.
applications-sheet-problem-reviewer = Choisissez d’abord de qui sont ces notes.
applications-sheet-reviewer = Notes de
applications-sheet-reviewer-choose = Choisir…
applications-sheet-reviewer-new = Une nouvelle personne…
applications-sheet-new-name = Son nom
applications-sheet-choose = Choisir la feuille…
applications-sheet-hint = Un fichier CSV ou un classeur Excel (.xlsx) avec une colonne Application (le numéro de chaque candidature), une colonne par critère, nommée comme dans Critères et règles, et une colonne Note facultative. La feuille vierge enregistrée pour un évaluateur (Feuille vierge… dans la liste des évaluateurs) a déjà ces colonnes.
# Ce que ferait l’enregistrement de la feuille vérifiée : « Mira Kovač : 12 fiches de notes ».
applications-sheet-result = { $reviewer } : { $count ->
    [one] { $count } fiche de notes
   *[other] { $count } fiches de notes
}
# La même chose quand certaines remplacent des fiches antérieures.
applications-sheet-result-replacing = { $reviewer } : { $count ->
    [one] { $count } fiche de notes
   *[other] { $count } fiches de notes
}, { $replaced ->
    [one] dont { $replaced } remplace une fiche antérieure
   *[other] dont { $replaced } remplacent des fiches antérieures
}
applications-sheet-new-reviewer = { $reviewer } ne fait pas encore partie des évaluateurs : l’enregistrement l’ajoute.
applications-sheet-save = Enregistrer ces notes
applications-sheet-save-hint = Rien n’est enregistré avant.
applications-sheet-nothing-saved = Rien n’a été enregistré.
# Après « Rien n’a été enregistré. » ; $file : le nom du fichier.
applications-sheet-problems-file = { $file } { $count ->
    [one] a un problème ; corrigez-le
   *[other] a { $count } problèmes ; corrigez-les
} et choisissez à nouveau la feuille :
applications-sheet-problems = La feuille { $count ->
    [one] a un problème ; corrigez-le
   *[other] a { $count } problèmes ; corrigez-les
} et choisissez à nouveau la feuille :
# L’endroit d’un problème, avant son message : « ligne 3, Qualité du programme de travail : ».
applications-sheet-place = { $place } :
# L’endroit d’un problème, une cellule de la feuille : « ligne 3, Qualité du programme de travail : » ($column tel que la feuille le nomme).
applications-sheet-place-cell = ligne { $row }, { $column } :

## Critères et règles (CriteriaDialog.svelte)

applications-criteria-title = Critères et règles
applications-criteria-loading = Chargement des critères…
# Les noms des champs dans l’avis d’un enregistrement refusé parce que quelqu’un a enregistré entre-temps.
applications-criteria-label-criteria = Critères
applications-criteria-label-method = Méthode
applications-criteria-label-score-basis = Note qui sélectionne
applications-criteria-label-place-cost = Coût d’une place
applications-criteria-label-min-participants = Minimum de participants
applications-criteria-label-blind = Évaluation à l’aveugle
# Ce qui a été saisi, dans cet avis : un critère.
applications-criteria-typed = { $label } (poids { $weight }, maximum { $top })
applications-criteria-typed-by-staff = { $label } (poids { $weight }, maximum { $top }, par l’équipe)
applications-criteria-typed-no-name = (sans nom)
applications-criteria-typed-none = (aucun)
applications-criteria-typed-yes = Oui
applications-criteria-typed-no = Non
# La part d’un critère dans le poids total ; $percent est déjà écrit (« 33,3 »).
applications-criteria-share-percent = { $percent } %
applications-criteria-problem-weight = Un poids est un nombre entier de 0 à 100.
applications-criteria-problem-top = La note maximale est un nombre entier de 1 à 100.
applications-criteria-problem-place-cost = Laissez-le vide s’il n’y a pas de coût.
applications-criteria-problem-min-participants = Saisissez un nombre entier de participants, ou laissez le champ vide.
applications-criteria-saved = Critères et règles de { $cycle } enregistrés
applications-criteria-frozen = Ces critères et règles sont figés : le cycle a dépassé la sélection. Ramenez-le à la sélection (avec une raison) pour les modifier.
applications-criteria-legend = Critères
applications-criteria-hint = Les évaluateurs notent chaque critère de 0 à sa note maximale. Le classement pondère la moyenne de chaque critère par sa part du poids total. Retirer un critère supprime ses notes.
applications-criteria-hint-first-come = Sans effet tant que la sélection se fait dans l’ordre d’arrivée.
# $column : le nom de la colonne « Par l’équipe », en gras.
applications-criteria-by-staff-hint = Évaluation à l’aveugle : cochez { $column } pour chaque critère que le secrétariat note lui-même une fois qu’il sait qui a candidaté (par exemple l’équilibre géographique). Les évaluateurs notent les autres.
applications-criteria-criterion = Critère
applications-criteria-weight = Poids
applications-criteria-share = Part
applications-criteria-top-score = Note max.
applications-criteria-by-staff = Par l’équipe
applications-criteria-row-name = Critère { $n } : nom
applications-criteria-row-weight = Critère { $n } : poids (0 à 100)
applications-criteria-row-top = Critère { $n } : note maximale (1 à 100)
applications-criteria-row-by-staff = Critère { $n } : noté par l’équipe dans une évaluation à l’aveugle
applications-criteria-by-staff-title = Noté par le secrétariat après la levée de l’anonymat
applications-criteria-remove-title = Retirer ce critère
applications-criteria-remove = Retirer le critère { $n }
applications-criteria-remove-named = Retirer le critère { $n } ({ $label })
applications-criteria-none = Aucun critère : un classement par notes en demande au moins un.
applications-criteria-add = Ajouter un critère
applications-criteria-total = Poids total { $total }
# $names : les noms des critères, entre guillemets, séparés par des virgules.
applications-criteria-removed = L’enregistrement retire { $names } avec toutes les notes { $count ->
    [one] qui lui ont été données
   *[other] qui leur ont été données
}.
applications-criteria-rules = Règles
applications-criteria-method = Sélection
applications-criteria-method-ranking-hint = Les meilleures notes pondérées sont sélectionnées une fois le cycle en sélection.
applications-criteria-method-first-come-hint = Les candidatures sont sélectionnées dans l’ordre d’arrivée, tant qu’il reste des places et du budget.
applications-criteria-method-ranking = Classement par notes
applications-criteria-method-first-come = Ordre d’arrivée
applications-criteria-place-cost = Coût d’une place (€)
applications-criteria-place-cost-hint = Déduit du budget quand la sélection se fait dans l’ordre d’arrivée. Vide s’il n’y en a pas.
applications-criteria-min-participants = Minimum de participants
applications-criteria-min-participants-hint = Une proposition qui en prévoit moins n’est pas recevable. Vide s’il n’y a pas de minimum.
applications-criteria-score-basis = Note qui sélectionne
applications-criteria-score-basis-mean-hint = La note d’une candidature est la moyenne des totaux de ses évaluateurs.
applications-criteria-score-basis-normalised-hint = Les totaux de chaque évaluateur sont corrigés selon sa sévérité ou son indulgence ; Pourquoi ? dans le classement montre comment.
applications-criteria-blind = Évaluation à l’aveugle
applications-criteria-blind-hint = Les feuilles des évaluateurs et le formulaire de notation pour les évaluateurs ne montrent ni le nom, ni le lieu, ni le pays des candidatures. Les critères marqués « par l’équipe » sont notés par le secrétariat après la levée de l’anonymat.
applications-criteria-save = Enregistrer
applications-criteria-cancel = Annuler
applications-criteria-close = Fermer
applications-criteria-discard = Les modifications des critères et règles n’ont pas été enregistrées.

# A person's own bank account (Staff Exchange, Hubs Alliance).
applications-form-bank-legend = Versé à la personne
applications-form-bank-hint = N’indiquez les coordonnées bancaires de la personne que si la subvention lui est versée plutôt qu’à son hub ; les fichiers de virements paient alors ce compte.
applications-form-bank-none = Aucune : la subvention est versée sur le compte du hub.
