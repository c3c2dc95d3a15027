# L’onglet Sélection : le classement et ses décisions, les notes et leur raison, les évaluateurs et qui évalue quoi.

## Commun

selection-blind-review = Évaluation à l’aveugle
selection-keep-them = Les garder
selection-keep-it = La garder
selection-none-yet = aucun pour l’instant
selection-remove-button = Retirer…
selection-withdraw-button = Retirer…
selection-applicant = Candidature
selection-reviewer = Évaluateur
selection-reviewers = Évaluateurs
selection-not-eligible = Non recevable
selection-abstained = Abstention (conflit d’intérêts) : { $names }

## L’onglet Sélection (SelectionView)

selection-first-come = Premier arrivé, premier servi
selection-criteria-place-cost = { $cost } par place
selection-criteria-none = Aucun critère pour l’instant
selection-criteria-item = { $label } { $weight }
selection-criteria-item-staff = { $label } { $weight } (par l’équipe)
selection-criteria-min-participants = au moins { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
selection-pool-count = { $selected } sur { $slots } { $selected ->
    [one] sélectionnée
   *[other] sélectionnées
}
selection-pool-count-waiting = { $selected } sur { $slots } { $selected ->
    [one] sélectionnée
   *[other] sélectionnées
} · { $waiting } en attente
selection-column-rank = Rang
selection-column-maturity = Maturité
selection-column-submitted = Dépôt
selection-column-score = Note
selection-column-score-ranks = Note · classement
selection-column-normalised = Normalisée
selection-column-normalised-ranks = Normalisée · classement
selection-column-status = Statut
selection-status-selected = Sélectionnée
selection-status-waiting = En attente
selection-status-waiting-number = En attente nº { $number }
selection-status-withdrawn = Retirée
selection-status-not-selected = Non retenue
selection-status-received = Reçue
selection-run-selected = { $count ->
    [one] { $count } sélectionnée
   *[other] { $count } sélectionnées
}
selection-run-waiting = { $count } sur la liste d’attente
selection-run-not-eligible = { $count ->
    [one] { $count } non recevable
   *[other] { $count } non recevables
}
selection-decided-selected = Candidature de { $applicant } sélectionnée
selection-decided-waiting = Candidature de { $applicant } mise sur la liste d’attente
selection-decided-not-selected = Candidature de { $applicant } écartée
selection-decide-select = Sélectionner
selection-decide-wait = En liste d’attente
selection-decide-leave-out = Écarter
selection-withdrew = Désistement de { $applicant }
selection-withdrew-promoted = Désistement de { $applicant } — la place est proposée à { $promoted }, de la liste d’attente
selection-withdrew-note = Désistement de { $applicant } — { $note }
selection-bar-rule = Règle
selection-bar-criteria = Critères
selection-criteria-edit = Critères et règles…
selection-reviewers-edit = Évaluateurs…
selection-run-first-come = Sélectionner par ordre d’arrivée
selection-run-ranking = Sélectionner selon le classement
selection-first-come-note = Les candidatures sont sélectionnées automatiquement à leur arrivée, dans l’ordre, tant qu’il reste des places et du budget.
selection-loading = Chargement du classement…
selection-empty-title = Aucune candidature à sélectionner pour l’instant
selection-empty-text = Le classement se remplit à mesure que des candidatures sont saisies ou importées dans l’onglet Candidatures.
selection-spread-provisional = Haut du classement (rien n’est encore sélectionné)
selection-spread-current = Sélection actuelle
selection-spread-emerging = { $count ->
    [one] { $count } émergent
   *[other] { $count } émergents
}
selection-spread-established = { $count ->
    [one] { $count } établi
   *[other] { $count } établis
}
selection-spread-budget = { $committed } engagés sur { $budget }
selection-spread-countries = Pays
selection-spread-no-country = Aucun pays pour l’instant.
selection-pool-empty = Aucune candidature dans ce groupe.
selection-maturity-emerging = Émergent
selection-maturity-established = Établi
selection-score-button = Noter…
selection-why-button = Pourquoi ?
selection-why-button-label = Pourquoi cette note pour { $applicant }
selection-rerun-title = Relancer la sélection ?
selection-rerun-message = Les décisions prises à la main et les promotions sont remplacées par l’ordre du classement.
selection-rerun-confirm = Sélectionner à nouveau
selection-withdraw-title = Retirer la candidature de { $applicant } ?
selection-withdraw-message = La candidature reste, marquée comme retirée. Si elle occupe une place, celle-ci est proposée à la première de la liste d’attente.
selection-withdraw-confirm = Retirer

## Les cellules d’une ligne du classement qui disent comment elle a été notée (RankingScoreCells)

selection-cells-criterion = { $criterion } : { $score }
selection-cells-not-scored = non noté
selection-cells-title = Moyenne de chaque critère, sur 100

## Le registre des décisions (SelectionEvents)

selection-events-title = Décisions
selection-events-count = { $count ->
    [one] { $count } décision, la plus récente d’abord
   *[other] { $count } décisions, les plus récentes d’abord
}
selection-events-empty = Aucune décision pour l’instant.
selection-events-by = par { $actor }
selection-events-by-unknown = par un utilisateur inconnu
selection-events-show-latest = N’afficher que les { $count } dernières
selection-events-show-all = Tout afficher ({ $count })
selection-event-with-detail = { $event } ({ $detail })
selection-event-selected = Candidature de { $applicant } sélectionnée
selection-event-waiting = Candidature de { $applicant } mise sur la liste d’attente
selection-event-not-eligible = Candidature de { $applicant } non recevable
selection-event-not-selected = Candidature de { $applicant } écartée
selection-event-withdrawn = Désistement de { $applicant }
selection-event-promoted = Place de { $replaces } proposée à { $applicant }, de la liste d’attente
selection-event-promoted-unknown = Place d’une candidature retirée proposée à { $applicant }, de la liste d’attente
selection-event-other = { $applicant } : { $action }

## Les notes d’un évaluateur pour une candidature (ScoreDialog)

selection-score-error-whole = Saisissez un nombre entier de 0 à { $max }.
selection-score-error-missing = Notez « { $criterion } » (de 0 à { $max }).
selection-score-error-range = { $score } est hors limites : « { $criterion } » se note de 0 à { $max }.
selection-score-error-reviewer = Saisissez le nom de l’évaluateur : chaque note est signée.
selection-score-error-signature = « { $signature } » signe les notes du secrétariat lui-même. Choisissez « Les notes du secrétariat » ci-dessus, ou saisissez le nom de l’évaluateur.
selection-score-saved-staff = Notes du secrétariat enregistrées pour { $applicant }
selection-score-saved = Notes de { $reviewer } enregistrées pour { $applicant }
selection-score-saved-blind = Notes de { $reviewer } enregistrées pour la candidature nº { $id }
selection-score-removed = Notes de { $reviewer } retirées
selection-score-title-blind = Notes de la candidature nº { $id }
selection-score-no-title = (sans titre)
selection-score-blind-note = Évaluation à l’aveugle : les évaluateurs ne voient pas qui a déposé la candidature.
selection-score-title = Notes pour { $applicant }
selection-score-sub = Candidature nº { $id } · reçue le { $received }
selection-score-sub-role = Candidature nº { $id } · { $role } · reçue le { $received }
selection-score-as = À qui sont ces notes ?
selection-score-as-reviewer = Les notes d’un évaluateur
selection-score-as-staff = Les notes du secrétariat (après la levée de l’anonymat)
selection-score-as-staff-hint = Seulement les critères marqués « par l’équipe » dans Critères et règles. Elles sont signées « { $signature } ».
selection-score-as-reviewer-hint = Seulement les critères que notent les évaluateurs. Les critères marqués « par l’équipe » sont laissés au secrétariat.
selection-score-summary = Résumé
selection-score-work-plan = Programme de travail
selection-score-cards = Fiches de notes
selection-score-cards-loading = Chargement des fiches de notes…
selection-score-cards-empty = Personne n’a encore noté cette candidature.
selection-score-change-label = Modifier les notes de { $reviewer }
selection-score-change = Modifier
selection-score-remove-label = Retirer les notes de { $reviewer }
selection-score-given-by = Notes données par { $reviewer }
selection-score-readonly = Le cycle a passé la phase Sélection : les notes ne peuvent plus changer.
selection-score-form-change-staff = Modifier les notes du secrétariat
selection-score-form-change = Modifier les notes de { $reviewer }
selection-score-form-add-staff = Ajouter la fiche du secrétariat
selection-score-form-add = Ajouter une fiche de notes
selection-score-signed = Signature
selection-score-signed-hint-existing = Le secrétariat a noté cette candidature le { $date } : enregistrer remplace cette fiche.
selection-score-signed-hint = Les notes du secrétariat sont toujours signées « { $signature } ».
selection-score-reviewer-hint-existing = { $reviewer } a noté cette candidature le { $date } : enregistrer remplace cette fiche.
selection-score-reviewer-hint = Chaque fiche est signée ; enregistrer sous le même nom la remplace.
selection-score-criterion = { $criterion } (0–{ $max })
selection-score-weight = Poids { $weight }
selection-score-none-staff = Aucun critère n’est marqué « par l’équipe » : le secrétariat n’a donc rien à noter ici. Marquez-en un dans Critères et règles.
selection-score-none-reviewers = Tous les critères sont marqués « par l’équipe » : les évaluateurs n’ont donc rien à noter ici.
selection-score-note = Remarque
selection-score-save = Enregistrer les notes
selection-score-remove-title = Retirer les notes de { $reviewer } ?
selection-score-remove-message = Ses notes et sa remarque pour { $applicant } sont supprimées, et le classement n’en tient plus compte.
selection-score-remove-message-blind = Ses notes et sa remarque pour la candidature nº { $id } sont supprimées, et le classement n’en tient plus compte.
selection-score-remove-confirm = Retirer les notes
selection-score-discard-title = Abandonner vos notes ?
selection-score-discard-message = Les notes saisies n’ont pas été enregistrées.
selection-score-discard-confirm = Abandonner
selection-score-discard-cancel = Continuer la saisie

## Pourquoi une candidature a sa note (ScoreWhyDialog)

selection-why-too-few = { $count ->
    [one] { $reviewer } n’a noté que cette candidature, trop peu pour savoir avec quelle sévérité il ou elle note : son total de { $total } compte tel quel.
   *[other] { $reviewer } n’a noté que { $count } candidatures, trop peu pour savoir avec quelle sévérité il ou elle note : son total de { $total } compte tel quel.
}
selection-why-all-equal = { $reviewer } a donné le même total, { $total }, { $count ->
    [one] à la seule candidature notée
   *[other] aux { $count } candidatures notées
}, si bien qu’il ne les distingue en rien : il compte comme la moyenne de tous les totaux, { $counts }.
selection-why-at = { $reviewer } a donné { $total }, exactement sa propre moyenne de { $mean } (dispersion { $spread }, sur { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
}) : il compte comme la moyenne de tous les totaux, { $counts }.
selection-why-above = { $reviewer } a donné { $total }, au-dessus de sa propre moyenne de { $mean } (dispersion { $spread }, sur { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
}). Placé aussi loin au-dessus de la moyenne de tous les totaux ({ $poolMean }, dispersion { $poolSpread }), il compte pour { $counts }.
selection-why-below = { $reviewer } a donné { $total }, en dessous de sa propre moyenne de { $mean } (dispersion { $spread }, sur { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
}). Placé aussi loin en dessous de la moyenne de tous les totaux ({ $poolMean }, dispersion { $poolSpread }), il compte pour { $counts }.
selection-why-title = Pourquoi cette note pour { $applicant }
selection-why-sub = Candidature nº { $id } · notes sur 100
selection-why-mean = La moyenne des évaluateurs
selection-why-normalised = Normalisée par évaluateur
selection-why-ranks = classe
selection-why-ranks-mean = Ce cycle classe et sélectionne selon la moyenne des évaluateurs ; le choix se fait dans Critères et règles.
selection-why-ranks-normalised = Ce cycle classe et sélectionne selon la note normalisée par évaluateur ; le choix se fait dans Critères et règles.
selection-why-method-title = Comment la note normalisée est calculée
selection-why-method = Certains évaluateurs notent sévèrement, d’autres avec indulgence, et chacun ne note qu’une partie des candidatures. Pour qu’aucun évaluateur ne pèse plus qu’un autre, le total de chaque évaluateur est comparé à tous les totaux qu’il a donnés : à quelle distance il se situe au-dessus ou en dessous de sa propre moyenne, mesurée en dispersion (l’écart habituel entre ses totaux et cette moyenne). Il est ensuite placé aussi loin au-dessus ou en dessous de la moyenne des totaux de tous les évaluateurs, mesurée dans leur dispersion, et maintenu entre 0 et 100. La note normalisée est la moyenne des totaux ainsi placés.
selection-why-pool = Les totaux de tous les évaluateurs ensemble : { $count ->
    [one] { $count } total
   *[other] { $count } totaux
}, moyenne { $mean }, dispersion { $spread }.
selection-why-none = Aucune note d’évaluateur ne compte encore pour cette candidature.
selection-why-caption = Le total de chaque évaluateur et la place qui lui est donnée
selection-why-their-total = Son total
selection-why-their-average = Sa moyenne
selection-why-their-spread = Sa dispersion
selection-why-their-count = Candidatures notées
selection-why-column-normalised = Normalisée
selection-why-abstained = Abstention (conflit d’intérêts) : { $names }. Leurs notes ne comptent pas pour cette candidature.

## Évaluateurs et affectations (ReviewersDialog)

selection-reviewers-added = { $name } fait désormais partie des évaluateurs
selection-reviewers-saved = Modifications de { $name } enregistrées
selection-reviewers-renamed = { $old } s’appelle désormais { $name }, sur ses notes aussi
selection-reviewers-removed = { $name } ne fait plus partie des évaluateurs
selection-reviewers-no-assignment = Aucune affectation ajoutée
selection-reviewers-assignments-added = { $count ->
    [one] { $count } affectation ajoutée
   *[other] { $count } affectations ajoutées
}
selection-reviewers-sheet-saved = { $count ->
    [one] { $count } fiche de notes de { $reviewer } enregistrée
   *[other] { $count } fiches de notes de { $reviewer } enregistrées
}
selection-reviewers-choose-first = Choisissez d’abord l’évaluateur à affecter.
selection-reviewers-assigned = { $reviewer } évalue désormais { $applicant }
selection-reviewers-unassigned = { $reviewer } n’évalue plus { $applicant }
selection-reviewers-conflict-withdrawn = Conflit d’intérêts de { $reviewer } retiré
selection-reviewers-conflict-declared = Conflit d’intérêts déclaré pour { $reviewer }
selection-reviewers-conflict-declared-unknown = Conflit d’intérêts déclaré pour l’évaluateur
selection-reviewers-title = Évaluateurs et affectations
selection-reviewers-count = { $count ->
    [one] { $count } évaluateur
   *[other] { $count } évaluateurs
}
selection-reviewers-loading = Chargement des évaluateurs…
selection-reviewers-readonly = Le cycle a passé la phase Sélection : ses évaluateurs et qui évalue quoi ne peuvent plus changer.
selection-reviewers-column-name = Nom
selection-reviewers-column-email = E-mail
selection-reviewers-column-hub = Lieu
selection-reviewers-column-country = Pays
selection-reviewers-column-languages = Langues
selection-reviewers-column-assigned = Affectées
selection-reviewers-column-scored = Notées
selection-reviewers-empty = Aucun évaluateur pour l’instant. Ajoutez les personnes qui notent cet appel ; un nom qui signe une note est ajouté de lui-même.
selection-reviewers-empty-past = Ce cycle n’a pas eu d’évaluateur.
selection-reviewers-edit-label = Modifier { $name }
selection-reviewers-edit-button = Modifier
selection-reviewers-sheet-label = Enregistrer la feuille vierge de { $name }
selection-reviewers-sheet-button = Feuille vierge…
selection-reviewers-no-sheet = Pas de feuille vierge : rien d’affecté pour l’instant.
selection-reviewers-remove-title = Retirer l’évaluateur { $name } ?
selection-reviewers-remove-message = Ses affectations et ses conflits d’intérêts déclarés partent avec lui. Une personne qui a noté une candidature ne peut pas être retirée.
selection-reviewers-remove-confirm = Retirer l’évaluateur

## Les coordonnées d’un évaluateur (ReviewerForm)

selection-reviewer-name = Nom
selection-reviewer-name-hint = Ses notes sont signées de ce nom.
selection-reviewer-name-hint-change = Ses notes sont signées de ce nom : un nouveau nom est aussi reporté sur les notes déjà données.
selection-reviewer-email = E-mail
selection-reviewer-email-hint = Facultatif.
selection-reviewer-hub = Son lieu (facultatif)
selection-reviewer-hub-hint = Les candidatures qui concernent son lieu ne lui sont pas confiées.
selection-reviewer-country = Pays
selection-reviewer-country-hint = Deux lettres, p. ex. GR. Laissé vide : le pays de son lieu.
selection-reviewer-languages = Langues lues
selection-reviewer-languages-hint = Codes à deux lettres séparés par des virgules, p. ex. en, el.
selection-reviewer-change-title = Modifier { $name }
selection-reviewer-change-sub = Un évaluateur de ce cycle. Ses affectations et ses notes restent les siennes.
selection-reviewer-save = Enregistrer
selection-reviewer-discard = Les modifications de { $name } n’ont pas été enregistrées.
selection-reviewer-add-title = Ajouter un évaluateur
selection-reviewer-add = Ajouter

## La feuille vierge d’un évaluateur (ReviewerSheetDialog)

selection-sheet-saved = { $path } enregistré ({ $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
})
selection-sheet-title = Enregistrer la feuille vierge de { $name }
selection-sheet-text = Une ligne pour { $count ->
    [one] la candidature affectée
   *[other] chacune des { $count } candidatures affectées
} à { $name }, avec une colonne vide pour chaque critère qu’il ou elle note et une pour une remarque. Envoyez-la-lui ; quand elle vous revient remplie, importez-la avec « Importer la feuille d’un évaluateur ».
selection-sheet-blind = Évaluation à l’aveugle : la feuille ne montre que le numéro et le titre de chaque candidature, pas qui l’a déposée.
selection-sheet-not-blind = Elle montre chaque candidature avec son lieu et son pays.
selection-sheet-formats = Le classeur Excel n’accepte que des notes entières dans les limites de chaque critère. Un fichier CSV s’ouvre dans n’importe quel tableur.
selection-sheet-csv = Fichier CSV…
selection-sheet-xlsx = Classeur Excel (.xlsx)…

## Qui évalue quoi (ReviewBoardTable)

selection-board-languages = Langues : { $languages }
selection-board-column-application = Candidature
selection-board-column-conflicts = Conflits d’intérêts
selection-board-empty = Aucune candidature à évaluer pour l’instant : elles arrivent par l’onglet Candidatures.
selection-board-title = Qui évalue quoi
selection-board-count = { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
}
selection-board-reviewers-of = Évaluateurs de { $applicant }
selection-board-assigned-auto = Affecté automatiquement
selection-board-assigned-by-hand = Affecté à la main
selection-board-has-scored = (a noté)
selection-board-unassign-label = Retirer { $reviewer } de { $applicant }
selection-board-unassign-title = Annuler cette affectation
selection-board-conflict = { $reviewer } : { $reason }
selection-board-withdraw = Retirer
selection-board-withdraw-hidden = le conflit de { $reviewer }
selection-board-assign-label = Évaluateur à affecter à { $applicant }
selection-board-choose = Choisir un évaluateur…
selection-board-option-conflict = { $reviewer } — conflit d’intérêts
selection-board-assign = Affecter
selection-board-assign-hidden = l’évaluateur choisi à { $applicant }
selection-board-declare = Conflit…
selection-board-declare-hidden = d’intérêts avec { $applicant }

## L’affectation automatique (AutoAssignForm)

selection-auto-error = Saisissez un nombre entier de 1 à 10.
selection-auto-per = Évaluateurs par candidature
selection-auto-assign = Affecter automatiquement
selection-auto-hint = Ajoute des évaluateurs jusqu’à ce que chaque candidature en ait autant, en répartissant le travail équitablement. Personne ne reçoit une candidature avec laquelle il a un conflit d’intérêts, et chacun reçoit des candidatures dans une langue qu’il lit. Les affectations déjà faites restent.
selection-auto-short = { $count ->
    [one] { $count } candidature a
   *[other] { $count } candidatures ont
} moins de { $per ->
    [one] { $per } évaluateur
   *[other] { $per } évaluateurs
} :
# Après le nom de la candidature, en gras.
selection-auto-short-one = { $count ->
    [0] n’a aucun évaluateur
    [one] a { $count } évaluateur
   *[other] a { $count } évaluateurs
} : { $reason }.

## Déclarer un conflit d’intérêts (ConflictForm)

selection-conflict-choose = Choisissez l’évaluateur qui a le conflit.
selection-conflict-title = Conflit d’intérêts avec { $applicant }
selection-conflict-text = L’évaluateur n’évalue pas cette candidature, et les notes qu’il lui donne ne comptent pas. Le déclarer annule son affectation ici.
selection-conflict-reason = Pourquoi ?
selection-conflict-reason-hint = Conservé avec le conflit, p. ex. « Elle a coécrit la candidature. »
selection-conflict-declare = Déclarer le conflit
