# Ce que dit le cœur de l’application sur les subventions, leurs règles, les versements et l’export financier.

## Subventions
said-funding-grant-missing = Il n’existe pas de subvention d’identifiant { $id }.
said-funding-grant-application-gone = La candidature de cette subvention n’existe plus.
said-funding-grant-unreadable = Une subvention enregistrée ne peut pas être lue : { $error }
said-funding-grant-not-in-cycle = La subvention { $id } n’appartient pas à ce cycle.
# $state : draft, awarded ou cancelled.
said-funding-grant-already =
    La subvention de { $applicant } est déjà { $state ->
        [awarded] attribuée
        [cancelled] annulée
       *[draft] un brouillon
    }.

## Coûts et visas enregistrés pour une subvention
said-funding-cost-negative = Un coût ne peut pas être négatif.
said-funding-cost-too-big = Ce montant dépasse toute subvention (au plus { MONEY($most) }).
said-funding-visas-beyond-travellers =
    { $count ->
        [0] Aucun voyageur ne part.
        [one] Seul { $count } voyageur part.
       *[other] Seuls { $count } voyageurs partent.
    }

## Attribuer, modifier par avenant et annuler des subventions
# $reason : pourquoi le premier brouillon ne peut pas être calculé (un lieu d’accueil, des coordonnées ou des dates manquants).
said-funding-award-all-blocked = Aucune subvention ne peut être attribuée : { $reason }
said-funding-award-no-draft = Il n’y a aucun brouillon de subvention à attribuer.
said-funding-award-over-budget =
    { $count ->
        [one] Attribuer { $count } subvention
       *[other] Attribuer { $count } subventions
    } pour { MONEY($adding) } porte le total attribué à { MONEY($after) }, soit { MONEY($over) } au-delà de l’enveloppe de { MONEY($envelope) }.
said-funding-amend-reason-missing = Dites pourquoi la subvention attribuée change (c’est gardé dans l’historique de la subvention).
said-funding-amend-not-awarded =
    La subvention de { $applicant } est { $state ->
        [awarded] attribuée
        [cancelled] annulée
       *[draft] encore un brouillon
    } : seule une subvention attribuée peut faire l’objet d’un avenant.
said-funding-amend-nothing = La subvention de { $applicant } correspond déjà aux règles et aux données en vigueur : il n’y a pas d’avenant à faire.
said-funding-cancel-reason-missing = Dites pourquoi la subvention est annulée (c’est gardé dans l’historique de la subvention).
said-funding-cancel-not-awarded =
    La subvention de { $applicant } est { $state ->
        [awarded] attribuée
        [cancelled] annulée
       *[draft] encore un brouillon
    } : seule une subvention attribuée peut être annulée (un brouillon suit la sélection).

## Les règles d’un cycle
said-funding-rules-unreadable = Un jeu de règles enregistré ne peut pas être lu : { $error }
said-funding-rules-no-component = Un jeu de règles doit compter au moins une composante.
said-funding-rules-too-many-components = { $most } composantes au plus.
said-funding-at-most-characters = { $most } caractères au plus.
# $frozen : pourquoi les règles du cycle sont figées (ses subventions sont attribuées, ses lettres émises).
said-funding-rules-change-reason = « { $cycle } » : { $frozen }. Dites pourquoi les règles changent (au moins { $least } caractères) : c’est gardé dans l’historique du cycle.
said-funding-component-unnamed = La composante { $number } doit avoir un nom (il figure sur les lettres).
said-funding-component-name-twice = Deux composantes s’appellent « { $label } ».
said-funding-component-no-role = « { $label } » ne s’applique à personne : choisissez au moins un rôle.
# $role : visiting, hosting, visitor ou proposer.
said-funding-role-not-in-programme =
    Ce programme n’a pas de candidatures { $role ->
        [visiting] de lieux visiteurs
        [hosting] de lieux d’accueil
        [visitor] de visiteurs
       *[proposer] de porteurs de projet
    }.
said-funding-role-cap-twice =
    Les candidatures { $role ->
        [visiting] de lieux visiteurs
        [hosting] de lieux d’accueil
        [visitor] de visiteurs
       *[proposer] de porteurs de projet
    } ont déjà un plafond par subvention.
# $what : rate, cap, day-rate, night-rate ou amount.
said-funding-amount-negative =
    { $what ->
        [rate] Un taux
        [cap] Le plafond
        [day-rate] Le taux journalier
        [night-rate] Le taux par nuit
       *[amount] Le montant
    } ne peut pas être négatif.
said-funding-amount-too-big =
    { $what ->
        [rate] Un taux
        [cap] Le plafond
        [day-rate] Le taux journalier
        [night-rate] Le taux par nuit
       *[amount] Le montant
    } de { MONEY($amount) } dépasse toute subvention (au plus { MONEY($most) }).
said-funding-max-days-zero = Au moins un jour (ou laissez vide pour n’imposer aucune limite).
said-funding-max-days-too-many = { $most } jours au plus.
said-funding-travel-days-too-many = { $most } jours de voyage au plus.
said-funding-green-travel-days-fewer = Le voyage vert ne peut pas financer moins de jours de voyage que le voyage standard.
said-funding-percentage-range = Un pourcentage de { $from } à { $to }.
said-funding-reduced-after-day-zero = Le taux réduit commence au plus tôt après le jour 1.
said-funding-max-nights-zero = Au moins une nuit (ou laissez vide pour n’imposer aucune limite).
said-funding-expensive-travel-needs-band = Le voyage coûteux remplace une tranche de distance : ajoutez une composante de tranches de distance pour les mêmes candidats.

## Groupes de pays d’un taux journalier ou par nuit
said-funding-group-unnamed = Nommez le groupe de pays.
said-funding-group-no-country = { $group } ne compte aucun pays.
said-funding-country-code-bad = « { $code } » n’est pas un code de pays (deux lettres, p. ex. FR).
said-funding-country-in-two-groups = { $code } figure dans deux groupes.

## Le tableau des tranches de distance
said-funding-bands-empty = Le tableau des tranches n’a aucune ligne.
said-funding-band-ends-before-start = Ligne { $row } : la tranche se termine ({ $to } km) avant de commencer ({ $from } km).
said-funding-band-amount-negative = Ligne { $row } : un montant est négatif.
said-funding-band-amount-too-big = Ligne { $row } : un montant dépasse toute subvention.
said-funding-band-open-not-last = La ligne { $row } n’a pas de limite supérieure : elle doit donc être la dernière.
said-funding-bands-overlap = Les lignes { $row } et { $next } se chevauchent ({ $km } km figure dans les deux).
said-funding-bands-gap = Entre les lignes { $row } et { $next }, la distance de { $from } à { $to } km n’entre dans aucune tranche.

## Versements et rapports
said-funding-payment-missing = Il n’existe pas de versement d’identifiant { $id }.
# $state : open, paid, waived ou cancelled.
said-funding-payment-already =
    Ce versement est déjà { $state ->
        [paid] payé
        [waived] abandonné
        [cancelled] annulé
       *[open] ouvert
    }.
said-funding-balance-before-report = Le solde de la subvention de { $applicant } n’est versé qu’après réception du rapport : indiquez d’abord que le rapport est reçu.
said-funding-reference-long = Une référence compte { $most } caractères au plus.
said-funding-waive-reason-missing = Dites pourquoi ce versement est abandonné (c’est gardé avec le versement).
said-funding-waive-not-open =
    Ce versement est { $state ->
        [paid] payé
        [waived] abandonné
        [cancelled] annulé
       *[open] ouvert
    } : seul un versement ouvert peut être abandonné.
said-funding-reopen-reason-missing = Dites pourquoi le versement est rouvert (c’est gardé avec le versement).
said-funding-reopen-not-settled =
    Ce versement est { $state ->
        [paid] payé
        [waived] abandonné
        [cancelled] annulé
       *[open] ouvert
    } : seul un versement payé ou abandonné peut être rouvert.
said-funding-report-grant-cancelled = La subvention de { $applicant } est annulée : elle n’appelle aucun rapport.
said-funding-report-grant-draft = La subvention de { $applicant } n’est pas encore attribuée : le rapport vient après l’attribution.
said-funding-report-balance-paid = Le solde a été versé après ce rapport : défaites ce versement avant d’effacer le rapport.
# $text : la date telle que saisie.
said-funding-date-not-a-date = « { $text } » n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2027-03-31.
# $what : payment ou report ; $date : la date telle que saisie.
said-funding-date-in-future =
    { $what ->
        [report] La réception d’un rapport
       *[payment] Un versement
    } ne peut pas être dans le futur ({ $date } est après aujourd’hui).

## L’export financier
said-funding-export-no-cycle = Choisissez au moins un cycle à exporter.
said-funding-export-language = « { $language } » n’est pas une langue de l’export : utilisez en ou fr.
said-funding-export-extension = Enregistrez l’export financier au format .xlsx ou .csv, pas « { $path } ».
said-funding-spreadsheet-failed = Le classeur n’a pas pu être construit : { $error }

## Pourquoi une subvention ne peut pas être calculée (le motif de blocage d’un brouillon)
# $what : paired (un lieu visiteur, accueilli par son binôme) ou host.
said-funding-blocked-no-host =
    { $applicant } n’a pas encore de lieu d’accueil, et « { $component } » dépend de sa destination : donnez-lui d’abord { $what ->
        [paired] un lieu d’accueil en binôme
       *[host] un lieu d’accueil
    }.
said-funding-blocked-no-dates = { $applicant } n’a pas de dates d’activité, et « { $component } » est payé à la journée : saisissez le premier et le dernier jour dans la candidature.
said-funding-blocked-no-coordinates = { $hub } ({ $city }) n’a pas de coordonnées, la distance du voyage ne peut donc pas être calculée : ajoutez-les dans Lieux.
said-funding-blocked-visit-undated = Les dates de la visite de { $applicant } ne sont pas encore convenues : fixez-les sur son binôme (Candidatures → Appariement → Dates de visite…). Les règles du cycle bloquent les visites sans dates.

## Une ligne de subvention : son libellé quand un taux réduit la partage, et l’origine de ses chiffres
said-funding-line-days = { $label }, jours { $from } à { $to }
# $from, $to : les villes ; $km : la distance aller, écrite à l’anglaise (« 1,234 »).
said-funding-note-route = { $from } → { $to }, { $km } km aller
# $mode : green, no-green ou standard.
said-funding-note-band =
    { said-funding-note-route } ; { $mode ->
        [green] tarif vert
        [no-green] pas de tarif vert dans cette tranche : tarif standard
       *[standard] tarif standard
    } ; aller-retour
said-funding-note-band-expensive = { said-funding-note-route } ; voyage coûteux : les { MONEY($band_amount) } de la tranche couvrent moins de { $below } % des frais réels de { MONEY($cost) }, d’où { $share } % de ces frais
# $why : below (la tranche la plus basse commence à $lowest km) ou none.
said-funding-note-band-none =
    { said-funding-note-route } : { $why ->
        [below] sous la tranche la plus basse ({ $lowest } km)
       *[none] dans aucune tranche
    }, donc pas de subvention de voyage
said-funding-note-travel-capped = { MONEY($cost) } déclarés, plafonnés à { MONEY($cap) }
said-funding-note-travel-declared = coût déclaré (plafond { MONEY($cap) })
said-funding-note-travel-reserved = aucun coût déclaré pour l’instant : le plafond de { MONEY($cap) } est réservé
# $capped : yes quand l’activité ($activity jours) dépasse les $most jours financés ;
# $travel : yes quand $travel_days jours de voyage s’ajoutent ($green : yes pour un voyage vert).
said-funding-note-subsistence =
    { $capped ->
        [yes] { $activity } jours d’activité, dont { $most } financés au plus
       *[no] { $activity ->
            [one] { $activity } jour d’activité
           *[other] { $activity } jours d’activité
        }
    }{ $travel ->
        [yes] { " " }+ { $travel_days ->
            [one] { $travel_days } jour de voyage
           *[other] { $travel_days } jours de voyage
        }{ $green ->
            [yes] { " " }(voyage vert)
           *[no] { "" }
        }
       *[no] { "" }
    }{ said-funding-note-rate }
# Le taux d’un jour ou d’une nuit : $rate vaut group (le taux de $group, pour $country), base
# ($country n’est dans aucun groupe) ou none (un seul taux pour tous).
said-funding-note-rate =
    { $rate ->
        [group]  ; taux { $group } pour { $country }
        [base]  ; { $country } n’est dans aucun groupe de pays : le taux de base s’applique
       *[none] { "" }
    }
said-funding-note-reduced = à partir du jour { $day }, à { $percent } % de { MONEY($rate) }
said-funding-note-nights-capped = { $nights } nuits, dont { $most } financées au plus{ said-funding-note-rate }
said-funding-note-nights =
    { $nights ->
        [one] { $nights } nuit
       *[other] { $nights } nuits
    } d’un séjour de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }{ said-funding-note-rate }
said-funding-note-green = voyage vert
said-funding-note-lump-sum = forfait
said-funding-note-inclusion-capped = frais réels de { MONEY($cost) }, plafonnés à { MONEY($cap) }
said-funding-note-inclusion = frais réels (plafond { MONEY($cap) })
said-funding-note-visas =
    { $count ->
        [one] { $count } voyageur a besoin d’un visa
       *[other] { $count } voyageurs ont besoin d’un visa
    }
said-funding-note-cap-reduced = les lignes totalisent { MONEY($subtotal) } ; la subvention est au plus de { MONEY($cap) }
said-funding-note-cap-within = les lignes totalisent { MONEY($subtotal) }, dans la limite du plafond de { MONEY($cap) }

## Un versement tel qu’il est listé
# $due : before_activity, after_report ou now.
said-funding-payment-due =
    { $due ->
        [before_activity] avant l’activité
        [after_report] après le rapport
       *[now] sur demande
    }
said-funding-payment-recovery = Recouvrement
said-funding-payment-added = Versement { $seq } : ajouté, { said-funding-payment-due }
said-funding-payment-scheduled = Versement { $seq } sur { $scheduled } : { $percent } % { said-funding-payment-due }

## Ce qu’attend le passage d’un cycle à l’étape suivante
# $drafts : one, some (trois au plus, tous nommés dans $names) ou many ($count, les deux premiers dans $names).
said-funding-missing-awards =
    une subvention attribuée pour chaque candidature sélectionnée ({ $drafts ->
        [one] { $names } est encore un brouillon
        [some] { $names } sont encore des brouillons
       *[many] { $count } sont encore des brouillons, dont { $names }
    })
# $open : pay, recover, both ou none ; $who : one ($first), two ($first, $second) ou more
# ($first, $second et $more autres).
said-funding-missing-payments =
    chaque versement payé, recouvré ou abandonné ({ $open ->
        [pay] { MONEY($to_pay) } encore à payer
        [recover] { MONEY($to_recover) } encore à recouvrer
        [both] { MONEY($to_pay) } encore à payer, { MONEY($to_recover) } encore à recouvrer
       *[none] { "" }
    } : { $who ->
        [one] { $first }
        [two] { $first } et { $second }
       *[more] { $first }, { $second } et { $more } autres
    })

## La note d’un paiement ($reason : les mots saisis par l’équipe)
said-funding-payment-note-no-longer-owed = N’est plus dû.
said-funding-payment-note-no-longer-owed-why = N’est plus dû : { $reason }
said-funding-payment-note-waived = Abandonné : { $reason }
said-funding-payment-note-waiver-undone = Abandon annulé : { $reason }
said-funding-payment-note-payment-undone = Paiement de { MONEY($amount) } du { DATE($paid_on) } annulé : { $reason }

## La note d’un jeu de règles, et un nouveau jeu dans l’historique d’un cycle
said-funding-rules-note-defaults = Valeurs par défaut du programme
said-funding-rules-note-copied = Copiées du cycle dont celui-ci est le clone
said-funding-rules-change = Règles : version { $before } → version { $after }
# Bank transfer files (SEPA credit transfers).
said-funding-sepa-date-past = La banque ne peut pas payer le { DATE($date) } : ce jour est passé. Choisissez aujourd’hui ({ DATE($today) }) ou un jour suivant.
said-funding-sepa-not-payable = Le versement { $id } ne peut pas entrer dans un fichier de virements de { $cycle } : ce n’est pas un versement ouvert de ce cycle payable maintenant.
said-funding-sepa-left-in-batch = Déjà dans le fichier de virements { $reference } écrit le { DATE($date) }, pas encore marqué payé. Marquez ce fichier payé, ou écartez-le s’il n’a jamais été envoyé.
said-funding-sepa-left-no-account = Pas de coordonnées bancaires : indiquez-les sur le hub (ou sur la candidature, pour une subvention versée à la personne).
said-funding-sepa-left-not-sepa = Le compte est en { $country }, hors de la zone SEPA : payez-le par un autre type de virement.
said-funding-sepa-left-needs-bic = Le compte est en { $country }, hors de l’EEE : un virement SEPA vers lui demande le BIC de la banque.
said-funding-sepa-no-debtor = Le compte bancaire du réseau n’est pas indiqué : saisissez-le dans Paramètres → Le compte bancaire du réseau, puis écrivez le fichier.
said-funding-sepa-nothing-due = { $cycle } n’a aucun versement échu ou en retard à payer. Choisissez des versements pas encore échus s’ils doivent être payés d’avance.
said-funding-sepa-all-left-out = { $count ->
        [one] Le seul versement choisi ne peut pas être payé par ce fichier (voir pourquoi ci-dessous).
       *[other] Aucun des { $count } versements choisis ne peut être payé par ce fichier (voir pourquoi ci-dessous).
    }
said-funding-sepa-no-batch = Il n’y a pas de fichier de virements d’identifiant { $id }.
said-funding-sepa-batch-settled = Le fichier de virements { $reference } est { $state ->
        [paid] déjà marqué payé
       *[other] écarté
    } : il ne peut plus changer.
said-funding-sepa-batch-not-open = Le fichier de virements { $reference } ne peut pas être marqué payé : le versement de { $applicant } qu’il contient est { $state ->
        [paid] déjà payé
        [waived] abandonné
       *[other] plus dû
    }. Rien n’a été marqué payé ; vérifiez ce versement auprès de la banque.
said-funding-sepa-batch-amount-changed = Le fichier de virements { $reference } ne peut pas être marqué payé : il verse { MONEY($then) } à { $applicant }, dont le versement est maintenant de { MONEY($now) }. Rien n’a été marqué payé ; enregistrez ce paiement à la main.
