# Ce que dit le cœur de l’application sur les programmes, leurs cycles et le passage d’un cycle d’une phase à l’autre.

## Des parties des messages ci-dessous, jamais dites seules (le message dont elles font partie donne leurs variables)
# $phase : une phase d’un cycle (celle où il se trouve, ou celle que nomme le message).
said-cycle-phase-name = { $phase ->
        [draft] Brouillon
        [call_open] Appel ouvert
        [selection] Sélection
        [matching] Appariement
        [awarded] Attribué
        [in_progress] En cours
        [reporting] Rapports
       *[closed] Clos
    }
# $first : la première phase où se fait un type de travail.
said-cycle-phase-first-name = { $first ->
        [draft] Brouillon
        [call_open] Appel ouvert
        [selection] Sélection
        [matching] Appariement
        [awarded] Attribué
        [in_progress] En cours
        [reporting] Rapports
       *[closed] Clos
    }
# $last : la dernière phase où se fait un type de travail.
said-cycle-phase-last-name = { $last ->
        [draft] Brouillon
        [call_open] Appel ouvert
        [selection] Sélection
        [matching] Appariement
        [awarded] Attribué
        [in_progress] En cours
        [reporting] Rapports
       *[closed] Clos
    }
# $work : un type de travail sur un cycle, sous forme de proposition.
said-cycle-work-done = { $work ->
        [matching] les binômes et les placements sont constitués et confirmés
        [matching_settings] les pondérations de l’appariement et les places des lieux d’accueil sont fixées
        [visit_dates] les dates des visites sont fixées
        [award] les subventions sont attribuées
        [amend] les subventions attribuées sont amendées ou annulées
        [letters] les lettres d’attribution sont émises
        [payments] les versements sont enregistrés
        [reports] les rapports sont enregistrés
       *[stories] les récits sont ajoutés
    }
# $span : quand se fait le travail : dans une phase ($first), à partir de $first, ou de $first à $last.
said-cycle-work-when = { $span ->
        [in] à l’étape « { said-cycle-phase-first-name } »
        [on] à partir de l’étape « { said-cycle-phase-first-name } »
       *[between] de l’étape « { said-cycle-phase-first-name } » à l’étape « { said-cycle-phase-last-name } »
    }

## Un travail sur un cycle qui relève d’autres phases que la sienne
# $programme : le nom du programme.
said-cycle-work-no-phase = Les cycles { $programme } n’ont aucune phase où { said-cycle-work-done }.
# Le travail vient plus tard. $title : le cycle ; $phase : sa phase ; $work, $span, $first, $last : voir ci-dessus.
said-cycle-work-later = « { $title } » est à l’étape « { said-cycle-phase-name } » : { said-cycle-work-done } { said-cycle-work-when }. Faites d’abord passer le cycle à l’étape « { said-cycle-phase-first-name } » : Cycles → { $title } → Étape suivante.
# Le travail est passé.
said-cycle-work-earlier = « { $title } » est à l’étape « { said-cycle-phase-name } » : { said-cycle-work-done } { said-cycle-work-when }. Pour le faire maintenant, ramenez le cycle à l’étape « { said-cycle-phase-last-name } » (avec un motif) : Cycles → { $title }.
said-cycle-grant-not-found = Aucune subvention ne porte l’identifiant { $id }.

## Un programme, et les chiffres dont partent ses cycles (aussi ceux d’un cycle)
said-cycle-schedule-count = L’échéancier compte de 1 à 4 versements.
said-cycle-schedule-percent = Chaque versement est compris entre 1 % et 100 %.
# $total : la somme des pourcentages.
said-cycle-schedule-total = Les versements totalisent { $total } %, et non 100 %.
said-cycle-slots-none = Au moins une place.
said-cycle-slots-hosting-none = Au moins une place d’accueil.
said-cycle-slots-hosting-p2p-only = Seuls les cycles P2P ont des places d’accueil.
# $max, $min : des jours.
said-cycle-days-longest-shorter = L’activité la plus longue ({ $max } { $max ->
        [one] jour
       *[other] jours
    }) est plus courte que la plus courte ({ $min } { $min ->
        [one] jour
       *[other] jours
    }).
said-cycle-days-min-zero = Une activité dure au moins un jour.
said-cycle-days-max-long = 366 jours au plus.
said-cycle-budget-negative = L’enveloppe ne peut pas être négative.
said-cycle-programme-name-missing = Indiquez le nom du programme.
said-cycle-programme-name-long = Le nom est trop long ({ $most } caractères au plus).
said-cycle-programme-description-long = La description est trop longue (1 000 caractères au plus).
said-cycle-programme-not-found = Aucun programme ne porte l’identifiant { $id }.
said-cycle-programme-key-not-found = Il n’y a pas de programme « { $key } ».
# $programme : le nom du programme.
said-cycle-programme-switched-off = { $programme } est désactivé : activez-le dans « Programmes… » pour ouvrir un cycle.

## Les paramètres d’un cycle
said-cycle-year-range = L’année doit être comprise entre 2000 et 2100.
said-cycle-title-long = Le titre est trop long ({ $most } caractères au plus).
# Deux dates dans le désordre. $later, $earlier : lesquelles ; $later_date, $earlier_date : les dates (AAAA-MM-JJ).
said-cycle-dates-order = { $later ->
        [call_opens] L’ouverture de l’appel
        [call_deadline] La date limite de l’appel
        [activity_start] Le début des activités
        [activity_end] La fin des activités
       *[report_deadline] La date limite des rapports
    } ({ DATE($later_date) }) précède { $earlier ->
        [call_opens] l’ouverture de l’appel
        [call_deadline] la date limite de l’appel
        [activity_start] le début des activités
        [activity_end] la fin des activités
       *[report_deadline] la date limite des rapports
    } ({ DATE($earlier_date) }).
# $window : les jours du premier au dernier de la période d’activité ; $min : l’activité la plus courte, en jours.
said-cycle-window-short = La période d’activité compte { $window } { $window ->
        [one] jour
       *[other] jours
    }, moins que l’activité la plus courte ({ $min } { $min ->
        [one] jour
       *[other] jours
    }).
said-cycle-notes-long = Les notes sont trop longues (5 000 caractères au plus).
said-cycle-not-found = Aucun cycle ne porte l’identifiant { $id }.
said-cycle-programme-fixed = Un cycle ne peut pas passer à un autre programme ; créez plutôt un nouveau cycle.
# $title : le titre du cycle ; $year : son année.
said-cycle-title-taken = Ce programme a déjà un cycle « { $title } » en { $year }.
said-cycle-delete-past-draft = « { $title } » n’est plus un brouillon : il ne peut pas être supprimé. Clôturez-le plutôt.
# $count : les candidatures du cycle.
said-cycle-delete-applications = { $count ->
        [one] « { $title } » a { $count } candidature : il ne peut pas être supprimé.
       *[other] « { $title } » a { $count } candidatures : il ne peut pas être supprimé.
    }

## Des paramètres sur lesquels reposent subventions et lettres : ils ne changent que par amendement
# $title : le cycle ; $grants : ses subventions attribuées ; $letters : ses lettres émises.
said-cycle-frozen-grants = « { $title } » : { $grants ->
        [one] { $grants } subvention est attribuée
       *[other] { $grants } subventions sont attribuées
    }. Ses paramètres ne changent que par un amendement motivé, conservé dans son historique.
said-cycle-frozen-letters = « { $title } » : { $letters ->
        [one] { $letters } lettre est émise
       *[other] { $letters } lettres sont émises
    }. Ses paramètres ne changent que par un amendement motivé, conservé dans son historique.
said-cycle-frozen-grants-letters = « { $title } » : { $grants ->
        [one] { $grants } subvention est attribuée
       *[other] { $grants } subventions sont attribuées
    }, { $letters ->
        [one] { $letters } lettre est émise
       *[other] { $letters } lettres sont émises
    }. Ses paramètres ne changent que par un amendement motivé, conservé dans son historique.
# Aucune subvention ni lettre encore, mais la phase du cycle ($phase) est « Attribué » ou une suivante.
said-cycle-frozen-phase = « { $title } » : le cycle est à l’étape « { said-cycle-phase-name } ». Ses paramètres ne changent que par un amendement motivé, conservé dans son historique.
said-cycle-amend-reason-short = Indiquez pourquoi les paramètres changent (au moins 5 caractères) : ce motif est conservé dans l’historique du cycle.
said-cycle-amend-nothing = Rien ne change : les paramètres sont les mêmes que ceux du cycle.
# $envelope : l’enveloppe demandée ; $awarded : les subventions déjà attribuées ; $short : de combien
# l’enveloppe leur est inférieure (tous en centimes).
said-cycle-amend-over-budget = L’enveloppe de { MONEY($envelope) } serait inférieure de { MONEY($short) } aux { MONEY($awarded) } déjà attribués. Confirmez pour amender malgré tout.

## Faire passer un cycle d’une phase à l’autre
# $title : le cycle ; $phase : la phase où il passerait (ou, pour un rattrapage, celle où il se trouve).
said-cycle-move-already-there = « { $title } » est déjà à l’étape « { said-cycle-phase-name } ».
# $programme : le nom du programme.
said-cycle-move-no-such-phase = Les cycles { $programme } n’ont pas de phase « { said-cycle-phase-name } ».
# $missing : ce qu’il faut pour passer, tel que le disent les couches inférieures, séparé par des points-virgules.
said-cycle-move-missing = « { $title } » ne peut pas encore passer à l’étape « { said-cycle-phase-name } ». Il manque : { $missing }.
said-cycle-move-back-needs-reason = Faire revenir « { $title } » à l’étape « { said-cycle-phase-name } » demande un motif, qui est conservé dans son historique.
said-cycle-move-back-reason-short = Indiquez pourquoi le cycle revient en arrière (au moins 5 caractères).
said-cycle-catch-up-nothing = « { $title } » n’a aucun travail en avance sur sa phase (« { said-cycle-phase-name } »).
said-cycle-catch-up-missing = « { $title } » ne peut pas passer à l’étape « { said-cycle-phase-name } » : il manque { $missing }.

## Pourquoi les paramètres d’un cycle ne changent que par amendement (affiché sur le cycle, après « Figé : » ou autre)
# $grants : ses subventions attribuées ; $letters : ses lettres émises.
said-cycle-freeze-grants = { $grants ->
        [one] { $grants } subvention est attribuée
       *[other] { $grants } subventions sont attribuées
    }
said-cycle-freeze-letters = { $letters ->
        [one] { $letters } lettre est émise
       *[other] { $letters } lettres sont émises
    }
said-cycle-freeze-grants-letters = { $grants ->
        [one] { $grants } subvention est attribuée
       *[other] { $grants } subventions sont attribuées
    }, { $letters ->
        [one] { $letters } lettre est émise
       *[other] { $letters } lettres sont émises
    }
# Aucune subvention ni lettre encore ; $phase : la phase du cycle, « Attribué » ou une suivante.
said-cycle-freeze-phase = le cycle est à l’étape « { said-cycle-phase-name } »

## Ce que change l’enregistrement des paramètres d’un cycle, une ligne chacun
# $setting : quel paramètre (partie des lignes ci-dessous).
said-cycle-change-setting = { $setting ->
        [year] Année
        [title] Titre
        [call_opens] Ouverture de l’appel
        [call_deadline] Date limite de l’appel
        [activity_start] Début des activités
        [activity_end] Fin des activités
        [report_deadline] Date limite des rapports
        [slots] Places
        [second_slots] Places d’accueil
        [min_days] Activité la plus courte (jours)
        [max_days] Activité la plus longue (jours)
       *[other] { $setting }
    }
# Une valeur telle quelle (une année, un titre, un nombre de places). $before, $after : les valeurs.
said-cycle-change-value = { said-cycle-change-setting } : { $before } → { $after }
# Une date (AAAA-MM-JJ), ou « unset ».
said-cycle-change-date = { said-cycle-change-setting } : { $before ->
        [unset] non fixée
       *[other] { DATE($before) }
    } → { $after ->
        [unset] non fixée
       *[other] { DATE($after) }
    }
# Un nombre de jours, ou « unset ».
said-cycle-change-days = { said-cycle-change-setting } : { $before ->
        [unset] non fixé
       *[other] { $before }
    } → { $after ->
        [unset] non fixé
       *[other] { $after }
    }
# $before, $after : l’enveloppe, en centimes.
said-cycle-change-budget = Enveloppe budgétaire : { MONEY($before) } → { MONEY($after) }
said-cycle-change-notes = Notes modifiées
# Un versement de l’échéancier avant le changement (parties des lignes ci-dessous) : $before1 … $before4 :
# son pourcentage ; $before1_due … : quand il est dû (before_activity ou after_report).
said-cycle-change-before-1 = { $before1 } % { $before1_due ->
        [before_activity] avant l’activité
       *[after_report] après le rapport
    }
said-cycle-change-before-2 = { $before2 } % { $before2_due ->
        [before_activity] avant l’activité
       *[after_report] après le rapport
    }
said-cycle-change-before-3 = { $before3 } % { $before3_due ->
        [before_activity] avant l’activité
       *[after_report] après le rapport
    }
said-cycle-change-before-4 = { $before4 } % { $before4_due ->
        [before_activity] avant l’activité
       *[after_report] après le rapport
    }
# De même après le changement.
said-cycle-change-after-1 = { $after1 } % { $after1_due ->
        [before_activity] avant l’activité
       *[after_report] après le rapport
    }
said-cycle-change-after-2 = { $after2 } % { $after2_due ->
        [before_activity] avant l’activité
       *[after_report] après le rapport
    }
said-cycle-change-after-3 = { $after3 } % { $after3_due ->
        [before_activity] avant l’activité
       *[after_report] après le rapport
    }
said-cycle-change-after-4 = { $after4 } % { $after4_due ->
        [before_activity] avant l’activité
       *[after_report] après le rapport
    }
# $before_count : les versements avant le changement (0 à 4).
said-cycle-change-schedule-before = { $before_count ->
        [0] { "" }
        [1] { said-cycle-change-before-1 }
        [2] { said-cycle-change-before-1 }, { said-cycle-change-before-2 }
        [3] { said-cycle-change-before-1 }, { said-cycle-change-before-2 }, { said-cycle-change-before-3 }
       *[other] { said-cycle-change-before-1 }, { said-cycle-change-before-2 }, { said-cycle-change-before-3 }, { said-cycle-change-before-4 }
    }
# $after_count : les versements après le changement.
said-cycle-change-schedule-after = { $after_count ->
        [0] { "" }
        [1] { said-cycle-change-after-1 }
        [2] { said-cycle-change-after-1 }, { said-cycle-change-after-2 }
        [3] { said-cycle-change-after-1 }, { said-cycle-change-after-2 }, { said-cycle-change-after-3 }
       *[other] { said-cycle-change-after-1 }, { said-cycle-change-after-2 }, { said-cycle-change-after-3 }, { said-cycle-change-after-4 }
    }
said-cycle-change-schedule = Échéancier des versements : { said-cycle-change-schedule-before } → { said-cycle-change-schedule-after }
# L’enveloppe tomberait sous ce qui est attribué. $envelope, $short, $awarded : comme dans said-cycle-amend-over-budget.
said-cycle-change-overrun = L’enveloppe de { MONEY($envelope) } serait inférieure de { MONEY($short) } aux { MONEY($awarded) } déjà attribués.

## Ce qu’il manque encore pour passer à la phase suivante (chacun est un élément d’une liste)
# $what : un paramètre dont l’appel a besoin.
said-cycle-missing-setting = { $what ->
        [call_opens] la date d’ouverture de l’appel
        [call_deadline] la date limite de l’appel
        [activity_start] le premier jour de la période d’activité
        [activity_end] le dernier jour de la période d’activité
       *[budget] une enveloppe budgétaire
    }
# $pool : les candidatures d’un groupe, dont aucune n’est encore sélectionnée.
said-cycle-missing-selected = { $pool ->
        [visiting] des lieux visiteurs sélectionnés
        [hosting] des lieux d’accueil sélectionnés
        [staff] des membres du personnel sélectionnés
        [alliance] des professionnels de l’Alliance sélectionnés
       *[proposing] des lieux proposants sélectionnés
    } (lancez la sélection dans Candidatures → Sélection)
# Une phase plus loin : $phase, la suivante, vient d’abord.
said-cycle-missing-phase-first = d’abord l’étape « { said-cycle-phase-name } »

## Un travail qu’un cycle contient en avance sur sa phase (chacun est un élément d’une liste)
# $count : combien ; $what : de quel travail.
said-cycle-ahead-work = { $what ->
        [pairs] { $count ->
            [one] { $count } binôme confirmé
           *[other] { $count } binômes confirmés
        }
        [placements] { $count ->
            [one] { $count } placement confirmé
           *[other] { $count } placements confirmés
        }
        [grants] { $count ->
            [one] { $count } subvention attribuée
           *[other] { $count } subventions attribuées
        }
        [letters] { $count ->
            [one] { $count } lettre émise
           *[other] { $count } lettres émises
        }
        [payments] { $count ->
            [one] { $count } versement enregistré
           *[other] { $count } versements enregistrés
        }
       *[reports] { $count ->
            [one] { $count } rapport reçu
           *[other] { $count } rapports reçus
        }
    }

## Un cycle avancé jusqu’au travail fait avant sa phase ($work : ce qui a été fait)
said-cycle-caught-up = Mis à jour avec le travail fait avant la phase : { $work }.
