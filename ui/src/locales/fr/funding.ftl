# Financement : les subventions d’un cycle, la fenêtre d’une subvention, le jeu de règles et ses
# tables de taux, l’effet sur le budget de nouvelles règles, et les versements d’une subvention
# et d’un cycle.

## Types de composante d’un jeu de règles (grants.ts)

funding-rules-kind-distance-band = Voyage par tranche de distance
funding-rules-kind-capped-travel = Voyage jusqu’à un plafond
funding-rules-kind-subsistence = Frais de séjour (taux journalier)
funding-rules-kind-accommodation = Hébergement (taux par nuit)
funding-rules-kind-lump-sum = Forfait
funding-rules-kind-green-top-up = Complément voyage vert
funding-rules-kind-inclusion-top-up = Complément inclusion
funding-rules-kind-visa-top-up = Complément visa
funding-rules-kind-expensive-travel = Voyage coûteux
funding-rules-kind-grant-cap = Plafond par subvention

funding-rules-kind-hint-distance-band = Par voyageur : le montant de la tranche où tombe la distance aller entre le lieu d’origine et le lieu d’accueil, pour l’aller-retour.
funding-rules-kind-hint-capped-travel = Par voyageur : le coût de voyage déclaré, jusqu’au plafond (le plafond est réservé tant que rien n’est déclaré).
funding-rules-kind-hint-subsistence = Par voyageur : le taux journalier × les jours d’activité (jusqu’à la limite) plus les jours de voyage ; les jours après le jour indiqué à un pourcentage réduit.
funding-rules-kind-hint-accommodation = Par voyageur : le taux par nuit × les nuits du séjour (jours d’activité − 1, jusqu’à la limite).
funding-rules-kind-hint-lump-sum = Une fois par subvention.
funding-rules-kind-hint-green-top-up = Par voyageur qui voyage de façon écologique.
funding-rules-kind-hint-inclusion-top-up = Une fois par subvention : les coûts réels d’inclusion ou d’accessibilité déclarés, jusqu’au plafond.
funding-rules-kind-hint-visa-top-up = Par voyageur qui a besoin d’un visa.
funding-rules-kind-hint-expensive-travel = Avec une tranche de distance : quand la tranche couvre moins qu’une part du coût réel de voyage déclaré, une part de ce coût est versée à la place (Erasmus+ : en dessous de 70 %, 80 %).
funding-rules-kind-hint-grant-cap = Appliqué après toutes les autres lignes : la subvention ne dépasse pas ce montant (affiché comme une ligne à part).

# Le nom de départ d’une nouvelle composante de chaque type (il figure sur les lettres).
funding-rules-kind-name-distance-band = Voyage
funding-rules-kind-name-capped-travel = Voyage
funding-rules-kind-name-subsistence = Frais de séjour
funding-rules-kind-name-accommodation = Hébergement
funding-rules-kind-name-lump-sum = Forfait
funding-rules-kind-name-green-top-up = Complément voyage vert
funding-rules-kind-name-inclusion-top-up = Soutien à l’inclusion
funding-rules-kind-name-visa-top-up = Frais de visa
funding-rules-kind-name-expensive-travel = Voyage coûteux
funding-rules-kind-name-grant-cap = Plafond par subvention

## État d’une subvention, actions de son historique et lignes (grants.ts)

funding-grants-state-draft = Brouillon
funding-grants-state-blocked = Bloquée
funding-grants-state-awarded = Attribuée rév. { $revision }
funding-grants-state-cancelled = Annulée

funding-grants-action-awarded = Attribuée
funding-grants-action-amended = Modifiée par avenant
funding-grants-action-cancelled = Annulée

# « 2 voyageurs · Vert » ($mode est le libellé du mode de voyage).
funding-grants-travel = { $count ->
    [one] { $count }{"\u00A0"}voyageur · { $mode }
   *[other] { $count }{"\u00A0"}voyageurs · { $mode }
}

funding-grants-line-source = { $rule } · règles v{ $version }
funding-grants-line-distance = { $km } km · { $band }
funding-grants-line-no-band = aucune tranche
funding-grants-line-within-cap = dans le plafond
funding-grants-line-reduction-to-cap = réduction au plafond
funding-grants-line-calculation = { $quantity } × { $rate }
funding-grants-line-brief = { $label } : { $amount }
funding-grants-line-brief-traveller = { $label } (voyageur { $traveller }) : { $amount }

funding-grants-award-toast-awarded = { $count ->
    [one] { $count } subvention attribuée
   *[other] { $count } subventions attribuées
}
funding-grants-award-toast-blocked = { $count ->
    [one] { $count } brouillon bloqué laissé en brouillon
   *[other] { $count } brouillons bloqués laissés en brouillon
}
funding-grants-envelope-left = { $amount } de l’enveloppe pas encore attribués
funding-grants-envelope-over = { $amount } au-delà de l’enveloppe

## L’onglet des subventions (GrantsView)

funding-grants-count-grants = { $count ->
    [one] { $count } subvention
   *[other] { $count } subventions
}
funding-grants-count-awarded = { $count ->
    [one] { $count } attribuée
   *[other] { $count } attribuées
}
funding-grants-count-drafts = { $count ->
    [one] { $count } brouillon
   *[other] { $count } brouillons
}
funding-grants-count-blocked = { $count ->
    [one] { $count } bloquée
   *[other] { $count } bloquées
}

funding-grants-rules-edited = Règles v{ $version } · modifiées par { $actor } le { $when }
funding-grants-rules-noted = Règles v{ $version } · { $note }, { $when }
funding-grants-rules-plain = Règles v{ $version } · { $when }

funding-grants-bar-remaining = Attribué { $awarded } et brouillons { $drafts } pour une enveloppe de { $envelope } : reste { $remaining }
funding-grants-bar-over = Attribué { $awarded } et brouillons { $drafts } pour une enveloppe de { $envelope } : { $over } de dépassement

funding-grants-award-confirm-title = { $count ->
    [one] Attribuer { $count } subvention en brouillon ?
   *[other] Attribuer { $count } subventions en brouillon ?
}
funding-grants-award-confirm-text = { $count ->
    [one] { $count } subvention d’un total de { $amount } est attribuée et figée : les changements ultérieurs des règles ou des données ne l’atteignent que par avenant.
   *[other] { $count } subventions d’un total de { $amount } sont attribuées et figées : les changements ultérieurs des règles ou des données ne les atteignent que par avenant.
}
funding-grants-award-confirm-blocked = { $count ->
    [one] { $count } brouillon bloqué reste en brouillon.
   *[other] { $count } brouillons bloqués restent en brouillon.
}
funding-grants-award = Attribuer
funding-grants-over-title = Attribuer au-delà de l’enveloppe ?
funding-grants-over-confirm = Attribuer quand même

funding-grants-budget-title = Budget
funding-grants-budget-envelope = Enveloppe
funding-grants-budget-awarded = Attribué
funding-grants-budget-drafts = Brouillons
funding-grants-budget-remaining = Reste
funding-grants-budget-over = { $amount } de dépassement
funding-grants-budget-year = Tous les cycles de { $year } : { $committed } engagés sur { $envelope }

funding-grants-rules-label = Règles
funding-grants-rules-button = Règles…
funding-grants-award-all = Attribuer tous les brouillons…
funding-grants-award-all-none = Aucune subvention calculée à attribuer
funding-grants-loading = Chargement des subventions…
funding-grants-empty-title = Pas encore de subvention
funding-grants-empty-text = Les subventions sont calculées pour les candidatures sélectionnées : faites la sélection dans l’onglet Sélection.

funding-grants-title = Subventions
funding-grants-col-applicant = Candidature
funding-grants-col-role = Rôle
funding-grants-col-host = Accueil
funding-grants-col-travel = Voyage
funding-grants-col-state = État
funding-grants-col-total = Total
funding-grants-col-paid = Versé
funding-grants-withdrawn = Retirée après l’attribution : annulez la subvention
funding-grants-explain = Détailler
funding-grants-explain-whose = la subvention de { $applicant }
funding-grants-total = Total
funding-grants-total-note = (hors subventions annulées)

## Les lignes d’une subvention (GrantLines)

funding-grants-lines-title-draft = Lignes selon les règles en vigueur
funding-grants-lines-title = Lignes
funding-grants-lines-empty-blocked = Pas de ligne tant que la subvention ne peut pas être calculée.
funding-grants-lines-empty = Aucune ligne : aucune composante des règles ne s’applique à cette candidature.
funding-grants-lines-col-item = Poste
funding-grants-lines-col-calculation = Calcul
funding-grants-lines-col-amount = Montant
funding-grants-lines-col-source = Source
funding-grants-lines-traveller = Voyageur { $traveller }
funding-grants-lines-total = Total

## L’historique d’une subvention (GrantHistory)

funding-grants-history-title = Historique
funding-grants-history-empty = Pas encore attribuée : un brouillon suit les règles et les données.
funding-grants-history-revision = rév. { $revision }
funding-grants-history-by = par { $actor } le { $when }
funding-grants-history-by-unknown = par un utilisateur inconnu le { $when }

## La fenêtre d’une subvention (GrantDialog)

funding-grant-sub-revision = révision { $revision }
funding-grant-sub-rules = règles v{ $version }
funding-grant-sub-awarded = attribuée le { $when }
funding-grant-sub-awarded-by = attribuée le { $when } par { $actor }

funding-grant-inputs-travel-name = Coût de voyage par voyageur
funding-grant-inputs-inclusion-name = Coûts d’inclusion
funding-grant-inputs-visa-name = Voyageurs ayant besoin d’un visa
funding-grant-inputs-empty-note = Laissez vide quand rien n’est déclaré.
funding-grant-inputs-visa-invalid = Indiquez un nombre entier de voyageurs (0 si personne n’a besoin de visa).
funding-grant-inputs-saved-draft = Données de { $applicant } enregistrées ; le brouillon de subvention est recalculé
funding-grant-inputs-saved-awarded = Données de { $applicant } enregistrées ; la subvention attribuée ne change que par avenant

funding-grant-award-toast = Subvention de { $applicant } attribuée : { $amount } · { $left }
funding-grant-amend-reason-missing = Dites pourquoi la subvention attribuée change (c’est gardé dans l’historique de la subvention).
funding-grant-amend-toast = Avenant à la subvention de { $applicant } : { $before } → { $after } (révision { $revision })
funding-grant-cancel-reason-missing = Dites pourquoi la subvention est annulée (c’est gardé dans l’historique de la subvention).
funding-grant-cancel-toast = Subvention de { $applicant } annulée

funding-grant-loading = Chargement de la subvention…
funding-grant-route-from = De
funding-grant-route-to = à
funding-grant-no-host = pas encore de lieu d’accueil
funding-grant-available = Disponible
funding-grant-visit = Visite
funding-grant-activity = Activité
funding-grant-span-days = { $span } ({ $days ->
    [one] { $days } jour
   *[other] { $days } jours
})
funding-grant-visit-to-agree = dates encore à convenir entre les deux lieux (à fixer dans Appariement)
funding-grant-no-dates = pas encore de dates
funding-grant-travellers-green = { $count ->
    [one] { $count } voyageur, voyage vert
   *[other] { $count } voyageurs, voyage vert
}
funding-grant-travellers-standard = { $count ->
    [one] { $count } voyageur, voyage standard
   *[other] { $count } voyageurs, voyage standard
}
funding-grant-withdrawn = La candidature a été retirée après l’attribution : annulez la subvention.
funding-grant-blocked-title = Cette subvention ne peut pas encore être calculée.

funding-grant-pending-title = Les règles et données en vigueur donnent maintenant { $now } (au lieu de { $was })
funding-grant-amend-reason-label = Pourquoi la subvention attribuée change
funding-grant-amend-hint = L’avenant et sa raison sont gardés dans l’historique de la subvention.
funding-grant-amend = Faire l’avenant
funding-grant-pending-blocked = Les règles en vigueur ne peuvent pas recalculer cette subvention, donc elle ne peut pas faire l’objet d’un avenant : { $reason }

funding-grant-inputs-title = Données
funding-grant-inputs-legend = Ce que l’équipe enregistre pour cette subvention
funding-grant-input-travel = Coût de voyage déclaré par voyageur (€)
funding-grant-input-travel-hint = Pour le voyage jusqu’à un plafond. Vide tant que rien n’est déclaré : le plafond est réservé.
funding-grant-input-inclusion = Coûts d’inclusion et d’accessibilité (€)
funding-grant-input-inclusion-hint = Coûts réels pour la subvention, payés jusqu’au plafond d’un complément inclusion. Vide s’il n’y en a pas.
funding-grant-input-visa = Voyageurs ayant besoin d’un visa
funding-grant-input-visa-hint = Pour un complément visa ; de 0 à { $max }.
funding-grant-inputs-hint-draft = Le brouillon est recalculé à l’enregistrement.
funding-grant-inputs-hint-awarded = La subvention attribuée garde son montant ; un changement apparaît comme un avenant à faire.
funding-grant-inputs-hint-cancelled = Une subvention annulée ne change plus.
funding-grant-inputs-save-title = Enregistrer les données (Ctrl+S)
funding-grant-inputs-save = Enregistrer

funding-grant-cancel = Annuler la subvention…
funding-grant-full-history = Historique complet…
funding-grant-close = Fermer
funding-grant-award = Attribuer
funding-grant-award-blocked = Une subvention bloquée ne peut pas être attribuée
# Le titre de la fenêtre d’historique se lit « Historique de … ».
funding-grant-history-name = la subvention de { $applicant }

funding-grant-cancel-title = Annuler la subvention de { $applicant } ?
funding-grant-cancel-text = La subvention de { $amount } ne compte plus dans l’enveloppe. Elle reste dans les registres avec son historique.
funding-grant-cancel-reason-label = Pourquoi ?
funding-grant-cancel-hint = La raison est gardée dans l’historique de la subvention.
funding-grant-cancel-back = Garder la subvention
funding-grant-cancel-confirm = Annuler la subvention

funding-grant-discard-title = Abandonner les données ?
funding-grant-discard-text = Les données saisies n’ont pas été enregistrées.
funding-grant-discard-confirm = Abandonner

## Le jeu de règles (RuleSetDialog, RuleVersions)

funding-rules-place-note = la note
funding-rules-place-whole = les règles dans leur ensemble
funding-rules-place-named = « { $label } »
funding-rules-place-component = composante { $n }

funding-rules-record-rows = Composantes
funding-rules-record-undated = Visites sans dates

funding-rules-not-saved = Les règles n’ont pas été enregistrées : { $count ->
    [one] un problème
   *[other] { $count } problèmes
}, dans { $places }. { $first }
funding-rules-no-preview = Pas d’aperçu : { $count ->
    [one] un problème
   *[other] { $count } problèmes
}, dans { $places }. { $first }

funding-rules-amount-missing = Indiquez un montant en euros, par ex. 350 (0 pour rien).
funding-rules-band-from-invalid = Ligne { $row } : la tranche commence à un nombre entier de km.
funding-rules-band-to-invalid = Ligne { $row } : la tranche finit à un nombre entier de km, ou vide pour aucune limite haute.
funding-rules-percent-invalid = Un pourcentage de 1 à 100.
funding-rules-max-days-invalid = Un nombre entier de jours, ou vide pour aucune limite.
funding-rules-travel-days-invalid = Un nombre entier de jours (0 pour aucun).
funding-rules-reduced-after-invalid = Un nombre entier de jours, ou vide pour aucun taux réduit.
funding-rules-reduced-percent-invalid = Un pourcentage entier de 0 à 100.
funding-rules-max-nights-invalid = Un nombre entier de nuits, ou vide pour aucune limite.

funding-rules-saved-unchanged = Aucun changement : les règles restent à la version { $version }
funding-rules-saved = Règles enregistrées en version { $version } ; brouillons de subvention recalculés

funding-rules-title = Règles des subventions
funding-rules-sub-version = · version { $version } en vigueur
funding-rules-loading = Chargement des règles…
funding-rules-intro = Chaque composante ajoute des lignes aux subventions des rôles auxquels elle s’applique. L’enregistrement crée la version { $next } et recalcule les brouillons de subvention ; les subventions attribuées gardent leur montant et ne changent que par avenant.

funding-rules-component-legend = Composante { $n } : { $name }
funding-rules-move-up-label = Monter la composante { $n }
funding-rules-move-up = Monter
funding-rules-move-down-label = Descendre la composante { $n }
funding-rules-move-down = Descendre
funding-rules-remove-title = Retirer cette composante
funding-rules-remove-label = Retirer la composante { $n }
funding-rules-remove-label-named = Retirer la composante { $n } ({ $name })
funding-rules-name = Nom sur les lettres
funding-rules-roles = S’applique à

funding-rules-cap-per-traveller = Plafond par voyageur (€)
funding-rules-cap-per-traveller-hint = Le coût déclaré est payé jusqu’à ce montant.
funding-rules-cap = Plafond (€)
funding-rules-cap-hint = Les coûts réels déclarés sont payés jusqu’à ce montant.
funding-rules-grant-cap = Montant maximal d’une subvention (€)
funding-rules-amount = Montant (€)
funding-rules-amount-green = Montant par voyageur vert (€)
funding-rules-amount-visa = Montant par voyageur ayant besoin d’un visa (€)
funding-rules-day-rate = Taux journalier (€)
funding-rules-night-rate = Taux par nuit (€)
funding-rules-rate-hint-groups = Pour les destinations hors de tout groupe.
funding-rules-max-days = Jours d’activité financés au plus
funding-rules-no-limit-hint = Vide pour aucune limite.
funding-rules-travel-days = Jours de voyage
funding-rules-travel-days-hint = Ajoutés aux jours d’activité.
funding-rules-green-travel-days = Jours de voyage en voyage vert
funding-rules-reduced-after = Taux réduit après le jour
funding-rules-reduced-after-hint = Vide pour aucun.
funding-rules-reduced-percent = Taux réduit (% du taux journalier)
funding-rules-max-nights = Nuits financées au plus
funding-rules-below-percent = Quand la tranche couvre moins de (% du coût réel)
funding-rules-share-percent = Verser à la place (% du coût réel)

funding-rules-none = Aucune composante : un jeu de règles en demande au moins une.
funding-rules-add-kind = Ajouter une composante
funding-rules-add = Ajouter
funding-rules-undated = Visites dont les dates ne sont pas encore convenues
funding-rules-undated-funded-maximum = Calculées sur le maximum que versent les règles
funding-rules-undated-blocked = Bloquées jusqu’à ce que les dates soient fixées
funding-rules-undated-hint = La subvention d’un lieu visiteur, jusqu’à ce que les deux lieux conviennent des dates de leur visite sur le binôme (Appariement → Dates de visite…).
funding-rules-note = Pourquoi les règles changent
funding-rules-note-hint-frozen = Obligatoire : { $why }. Gardé avec la nouvelle version et dans l’historique du cycle.
funding-rules-note-hint = Gardé avec la nouvelle version.
funding-rules-save = Enregistrer les règles
funding-rules-discard-text = Les modifications des règles des subventions n’ont pas été enregistrées.

funding-rules-versions-title = Versions ({ $count })
funding-rules-version = v{ $version }
funding-rules-version-in-force = en vigueur
funding-rules-version-by-app = par l’application
funding-rules-version-by = par { $actor }

## Table des tranches de distance (DistanceBandsTable)

funding-rules-bands-title = Tranches de distance (km aller)
funding-rules-bands-none = Pas encore de tranche.
funding-rules-bands-col-from = De (km)
funding-rules-bands-col-to = À (km)
funding-rules-bands-col-standard = Standard (€)
funding-rules-bands-col-green = Vert (€)
funding-rules-bands-col-remove = Retirer
funding-rules-bands-from = Tranche { $n } : de km
funding-rules-bands-to = Tranche { $n } : à km (vide pour aucune limite haute)
funding-rules-bands-to-placeholder = sans limite
funding-rules-bands-standard = Tranche { $n } : montant standard en euros
funding-rules-bands-green = Tranche { $n } : montant vert en euros (vide pour aucun taux vert)
funding-rules-bands-green-placeholder = aucun
funding-rules-bands-remove = Retirer la tranche { $n }
funding-rules-bands-remove-title = Retirer cette tranche
funding-rules-bands-hint = Le montant couvre l’aller-retour. « À » vide pour aucune limite haute (la dernière tranche seulement) ; vert vide pour aucun taux vert.
funding-rules-bands-add = Ajouter une tranche

## Groupes de pays d’un taux journalier ou par nuit (RateGroupsTable)

funding-rules-groups-title = Taux par pays de destination
funding-rules-groups-none = Un seul taux pour toutes les destinations.
funding-rules-groups-col-group = Groupe
funding-rules-groups-col-countries = Pays (codes ISO)
funding-rules-groups-col-day-rate = Taux journalier (€)
funding-rules-groups-col-night-rate = Taux par nuit (€)
funding-rules-groups-col-remove = Retirer
funding-rules-groups-new-name = Groupe { $n }
funding-rules-groups-name = Groupe de pays { $n } : nom
funding-rules-groups-countries = Groupe de pays { $n } : codes des pays
funding-rules-groups-countries-placeholder = FR DE IT
funding-rules-groups-day-rate = Groupe de pays { $n } : taux journalier en euros
funding-rules-groups-night-rate = Groupe de pays { $n } : taux par nuit en euros
funding-rules-groups-remove = Retirer le groupe de pays { $n }
funding-rules-groups-remove-named = Retirer le groupe de pays { $n } ({ $name })
funding-rules-groups-remove-title = Retirer ce groupe
funding-rules-groups-hint = Codes séparés par des espaces ou des virgules (la Grèce est GR ; EL est lu comme GR). Une destination hors de tout groupe reçoit le taux de base.
funding-rules-groups-add = Ajouter un groupe de pays

## Effet sur le budget des règles en cours de modification (WhatIfPanel)

funding-whatif-no-change = aucun changement
funding-whatif-title = Effet sur le budget
funding-whatif-preview = Aperçu de l’effet sur le budget
funding-whatif-current = Engagé maintenant
funding-whatif-candidate = Avec ces règles
funding-whatif-difference = Différence
funding-whatif-envelope = Enveloppe
funding-whatif-over = { $amount } au-delà de l’enveloppe avec ces règles.
funding-whatif-no-changes = Aucun brouillon de subvention ne change.
funding-whatif-changes = { $count ->
    [one] { $count } brouillon de subvention changerait :
   *[other] { $count } brouillons de subvention changeraient :
}
funding-whatif-blocked = bloquée : { $reason }
funding-whatif-awarded = { $count ->
    [one] { $count } subvention attribuée ne changerait que par avenant.
   *[other] { $count } subventions attribuées ne changeraient que par avenant.
}

## Versements : statuts, filtres et textes (payments.ts)

funding-payments-status-waiting = En attente
funding-payments-status-scheduled = Programmé
funding-payments-status-due = Exigible
funding-payments-status-overdue = En retard
funding-payments-status-paid = Versé
funding-payments-status-waived = Abandonné
funding-payments-status-cancelled = Annulé
funding-payments-status-paid-on = Versé le { $date }
funding-payments-due-after-report = après le rapport

funding-payments-summary-owed = Dû { $amount }
funding-payments-summary-paid = Versé { $amount }
funding-payments-summary-outstanding = Reste à verser { $amount }
funding-payments-summary-to-recover = À recouvrer { $amount }

funding-payments-filter-all = Tous les versements
funding-payments-filter-open = À verser ou à recouvrer
funding-payments-filter-due = Exigibles maintenant
funding-payments-filter-waiting = En attente du rapport
funding-payments-filter-paid = Versés
funding-payments-filter-closed = Annulés ou abandonnés

funding-payments-reason-waive = Abandonner le versement
funding-payments-reason-undo-waiver = Défaire l’abandon
funding-payments-reason-undo-payment = Défaire le versement
funding-payments-reason-consequence-waive = Un versement abandonné compte comme réglé : ce montant ne sera pas versé au bénéficiaire (ni réclamé en retour).
funding-payments-reason-consequence-reopen = Le versement est de nouveau ouvert et les versements ouverts de la subvention sont recalculés.

funding-payments-partial-date = Indiquez une date complète, ou laissez la date vide pour aujourd’hui.
funding-payments-export-done = { $payments ->
    [one] { $payments } ligne de versement
   *[other] { $payments } lignes de versements
} de { $grants ->
    [one] { $grants } subvention exportée
   *[other] { $grants } subventions exportées
} vers { $path }

## Enregistrer un versement (PayForm)

funding-payments-pay-received-on = Reçu le
funding-payments-pay-paid-on = Versé le
funding-payments-pay-reference = Référence
funding-payments-pay-reference-placeholder = Référence bancaire ou comptable
funding-payments-pay-reference-hint = Facultatif, 100 caractères au plus.
funding-payments-pay-cancel = Annuler
funding-payments-pay-record-recovery = Enregistrer le recouvrement
funding-payments-pay-record-payment = Enregistrer le versement

## Abandonner ou défaire un versement (PaymentReasonForm)

funding-payments-reason-title-waive = Abandonner :
funding-payments-reason-title-undo-waiver = Défaire l’abandon :
funding-payments-reason-title-undo-payment = Défaire le versement :
funding-payments-reason-missing-waive = Dites pourquoi ce versement est abandonné (c’est gardé avec le versement).
funding-payments-reason-missing-reopen = Dites pourquoi le versement est rouvert (c’est gardé avec le versement).
funding-payments-reason-label = Pourquoi ?
funding-payments-reason-hint = La raison est gardée avec le versement. Entrée confirme ; Maj+Entrée passe à la ligne.
funding-payments-reason-cancel = Annuler

## Les versements d’une subvention (GrantPaymentsPanel)

funding-payments-action-record-recovery = Enregistrer le recouvrement…
funding-payments-action-record-payment = Enregistrer le versement…
funding-payments-action-waive = Abandonner…
funding-payments-action-undo = Défaire…
funding-payments-toast-report-received = Rapport marqué comme reçu
funding-payments-toast-report-cleared = Date du rapport effacée
funding-payments-toast-recorded = Versement enregistré
funding-payments-toast-waived = Versement abandonné
funding-payments-toast-reopened = Versement rouvert
funding-payments-grant-title = Versements
funding-payments-report-received = Rapport reçu le { $date }
funding-payments-report-clear = Effacer la date du rapport
funding-payments-report-awaited = Rapport pas encore reçu — le solde devient exigible à son arrivée
funding-payments-report-date = Reçu le
funding-payments-report-mark = Marquer le rapport comme reçu
funding-payments-grant-none = Aucun versement n’est programmé pour cette subvention.
funding-payments-col-payment = Versement
funding-payments-col-amount = Montant
funding-payments-col-due = Échéance
funding-payments-col-status = Statut
funding-payments-col-actions = Actions

## L’onglet des versements (PaymentsView)

funding-payments-count = { $count ->
    [one] { $count } versement
   *[other] { $count } versements
}
funding-payments-count-filtered = { $shown } sur { $count ->
    [one] { $count } versement
   *[other] { $count } versements
}
funding-payments-bar = Versé { $paid } sur { $awarded } attribués ; { $due } exigibles maintenant, dont { $overdue } en retard ; { $outstanding } restent à verser
funding-payments-line-awarded = { $count ->
    [one] { $count } subvention attribuée
   *[other] { $count } subventions attribuées
}
funding-payments-line-cancelled = { $count ->
    [one] { $count } subvention annulée
   *[other] { $count } subventions annulées
}
funding-payments-line-reports = { $count ->
    [one] { $count } rapport reçu
   *[other] { $count } rapports reçus
}
funding-payments-line-open = { $count ->
    [one] { $count } versement ouvert
   *[other] { $count } versements ouverts
}
funding-payments-line-waived = { $amount } abandonnés

funding-payments-totals-title = Versements
funding-payments-total-awarded = Attribué
funding-payments-total-paid = Versé, net
funding-payments-total-outstanding = Reste à verser
funding-payments-total-due = Exigible maintenant
funding-payments-total-overdue = En retard
funding-payments-total-recover = À recouvrer

funding-payments-finance = Finances
funding-payments-finance-hint = Chaque versement et recouvrement, subvention et ligne du cycle, pour la comptabilité.
funding-payments-export-xlsx = Exporter pour la comptabilité (XLSX)…
funding-payments-export-csv-title = Exporter pour la comptabilité en CSV
funding-payments-export-csv = CSV…
funding-payments-loading = Chargement des versements…
funding-payments-empty-title = Pas encore de versement.
funding-payments-empty-text = Les versements sont programmés selon l’échéancier du cycle quand les subventions sont attribuées (onglet Subventions).

funding-payments-title = Versements et recouvrements
funding-payments-col-payee = Bénéficiaire
funding-payments-filter-label = Afficher
funding-payments-grant-cancelled = Subvention annulée
funding-payments-record-recovery-title = Enregistrer le recouvrement
funding-payments-record-payment-title = Enregistrer le versement
funding-payments-record = Enregistrer…
funding-payments-open-grant-title = Ouvrir la subvention : son rapport, ses versements, abandons et son historique
funding-payments-open-grant = Subvention…
funding-payments-none-match = Aucun versement ne correspond à « { $filter } ».
funding-payments-dialog-recovery = Enregistrer le recouvrement auprès de { $applicant }
funding-payments-dialog-payment = Enregistrer le versement à { $applicant }

# Bank transfer files (SepaDialog, BatchesPanel).
funding-sepa-open = Fichier de virements…
funding-sepa-open-title = Écrire un fichier de virements SEPA des versements à payer, pour la banque du réseau
funding-sepa-title = Fichier de virements : { $cycle }
funding-sepa-intro = Un virement SEPA par versement, payé depuis le compte du réseau. Déposez le fichier à la banque ; une fois qu’elle a payé, marquez ici le fichier payé.
funding-sepa-date = Jour où la banque paie
funding-sepa-date-hint = Aujourd’hui ou plus tard.
funding-sepa-format = Format
funding-sepa-format-09 = pain.001.001.09 (actuel)
funding-sepa-format-03 = pain.001.001.03 (pour les banques qui le demandent encore)
funding-sepa-debtor = Payé depuis { $holder }, { $iban }.
funding-sepa-reading = Lecture des versements…
funding-sepa-lines = { $count ->
        [0] Rien à payer dans ce fichier
        [one] 1 virement, { $total }
       *[other] { $count } virements, { $total }
    }
funding-sepa-no-lines = Cochez des versements ci-dessous pour les payer.
funding-sepa-to = à { $holder },
funding-sepa-left-out = { $count ->
        [one] 1 versement écarté
       *[other] { $count } versements écartés
    }
funding-sepa-others = { $count ->
        [one] 1 autre versement peut être payé d’avance
       *[other] { $count } autres versements peuvent être payés d’avance
    }
funding-sepa-write = { $count ->
        [0] Écrire le fichier…
        [one] Écrire le fichier d’1 virement…
       *[other] Écrire le fichier de { $count } virements…
    }
funding-sepa-written = { $file } écrit : { $count ->
        [one] 1 virement
       *[other] { $count } virements
    }, { $total }. Marquez-le payé une fois que la banque a payé.
funding-batches-title = Fichiers de virements
funding-batches-figures = { $count ->
        [one] 1 virement
       *[other] { $count } virements
    }, { $total }, à payer le { $date }
funding-batches-written = { $file }, écrit le { $at }
funding-batches-written-by = { $file }, écrit le { $at } par { $who }
funding-batches-state-written = En attente de la banque
funding-batches-state-paid = Payé
funding-batches-state-discarded = Écarté
funding-batches-paid-on = Payé le { $date }
funding-batches-mark-paid = Marquer payé…
funding-batches-discard = Écarter…
funding-batches-paid-title = La banque a payé { $reference } ?
funding-batches-paid-text = Chacun de ses { $count } versements ({ $total } en tout) est marqué payé au jour ci-dessous, avec la référence du fichier. Si l’un d’eux a changé depuis l’écriture du fichier, rien n’est marqué.
funding-batches-paid-on-label = Jour où la banque a payé
funding-batches-paid-confirm = { $count ->
        [one] Marquer 1 versement payé
       *[other] Marquer { $count } versements payés
    }
funding-batches-paid-toast = { $reference } : { $count ->
        [one] 1 versement marqué payé.
       *[other] { $count } versements marqués payés.
    }
funding-batches-discard-title = Écarter { $reference } ?
funding-batches-discard-text = Seulement si le fichier n’a jamais été envoyé à la banque : ses versements pourront alors entrer dans un autre fichier. Le fichier sur le disque reste tel quel.
funding-batches-discard-confirm = Écarter le fichier
funding-batches-discarded-toast = { $reference } écarté.
