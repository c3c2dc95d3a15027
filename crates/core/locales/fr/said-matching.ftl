# Ce que dit le cœur de l’application sur l’appariement des lieux P2P et le placement des personnes dans des lieux d’accueil.

## Les poids de la note
said-matching-weight-range = Un poids est un nombre entier de 0 à { $most }.

## Les cycles appariés ou placés
said-matching-not-p2p = « { $cycle } » n’est pas un cycle P2P Learning : seuls les lieux visiteurs et les lieux d’accueil du P2P sont appariés.
said-matching-placements-staff-exchange-only = « { $cycle } » est un cycle { $programme } : les placements sont réservés à Staff Exchange.
said-matching-host-checks-alliance-only = « { $cycle } » est un cycle { $programme } : les vérifications d’accueil sont réservées à Hubs Alliance.

## Les candidatures et les lieux demandés
said-matching-application-not-in-cycle = La candidature n° { $id } n’appartient pas à ce cycle.
said-matching-no-such-hub = Il n’y a pas de lieu n° { $id }.

## Le plan d’appariement
said-matching-plan-no-visiting = Aucun lieu visiteur n’est encore sélectionné : faites d’abord la sélection.
said-matching-plan-fewer-hosting = Moins de lieux d’accueil ({ $hosting }) que de lieux visiteurs ({ $visiting }) : { $count ->
    [one] { $count } lieu visiteur ne peut pas être apparié
   *[other] { $count } lieux visiteurs ne peuvent pas être appariés
    }.
said-matching-plan-partial = Les contraintes rendent un appariement complet impossible : { $count ->
    [one] { $count } lieu visiteur ne peut pas être apparié
   *[other] { $count } lieux visiteurs ne peuvent pas être appariés
    }. Voici le meilleur appariement partiel.
said-matching-no-pair-to-confirm = Il n’y a aucun binôme à confirmer.

## Verrouiller un binôme
said-matching-pair-roles = Un binôme réunit un lieu visiteur et un lieu d’accueil : { $visiting } est { $visiting_role ->
    [visiting] un lieu visiteur
    [hosting] un lieu d’accueil
    [visitor] un visiteur
    [proposer] un lieu proposant
   *[other] { $visiting_role }
    }, { $hosting } est { $hosting_role ->
    [visiting] un lieu visiteur
    [hosting] un lieu d’accueil
    [visitor] un visiteur
    [proposer] un lieu proposant
   *[other] { $hosting_role }
    }.
said-matching-lock-not-selected = { $hub } n’est pas sélectionné (candidature { $status ->
    [received] reçue
    [waiting] en liste d’attente
    [declined] non retenue
    [withdrawn] retirée
   *[other] { $status }
    }) : seuls les lieux sélectionnés sont appariés.
said-matching-lock-refused = { $visiting } et { $hosting } ne peuvent pas être verrouillés ensemble : { $refusal ->
    [same-hub] { said-matching-refusal-same-hub }
    [dates] { said-matching-refusal-dates }
    [same-country] { said-matching-refusal-same-country }
   *[other] { $reason }
    }.

## Les dates de la visite d’un binôme
said-matching-visit-no-pair = Ce lieu visiteur n’a pas encore de binôme confirmé : confirmez d’abord l’appariement, puis fixez les dates de la visite.
said-matching-visit-not-a-date = « { $text } » n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ.
said-matching-visit-ends-before = La visite se termine ({ DATE($end) }) avant de commencer ({ DATE($start) }).
said-matching-visit-too-long = La visite dure { $days } jours ; les règles du cycle en financent { $most } au plus. Raccourcissez-la ou modifiez le cycle.
said-matching-visit-outside-hub = { $hub } ({ $role ->
    [visiting] lieu visiteur
   *[other] lieu d’accueil
    }) est disponible { $from ->
    [any] depuis n’importe quel jour
   *[other] du { DATE($from) }
    } { $to ->
    [any] jusqu’à n’importe quel jour
   *[other] au { DATE($to) }
    } : la visite doit tenir dans ces dates.
said-matching-visit-outside-cycle = Les activités du cycle vont { $from ->
    [any] de n’importe quel jour
   *[other] du { DATE($from) }
    } { $to ->
    [any] à n’importe quel jour
   *[other] au { DATE($to) }
    } : la visite doit tenir dans ces dates.

## Placer des personnes dans des lieux d’accueil
said-matching-capacity-range = Un lieu d’accueil reçoit de 0 à { $most } personnes par cycle.
said-matching-placement-none-selected = Personne n’est encore sélectionné : faites d’abord la sélection.
said-matching-placement-partial = { $unplaced } des { $people } personnes sélectionnées { $unplaced ->
    [one] ne peut pas être placée
   *[other] ne peuvent pas être placées
    } ; voici le meilleur placement partiel.
said-matching-no-placement-to-confirm = Il n’y a aucun placement à confirmer.
said-matching-not-a-person = La candidature n° { $id } n’est pas la demande d’une personne.
said-matching-placement-not-selected = La candidature n° { $id } n’est pas sélectionnée ({ $status ->
    [received] reçue
    [waiting] en liste d’attente
    [declined] non retenue
    [withdrawn] retirée
   *[other] { $status }
    }).
said-matching-own-hub = { $hub } est le lieu de la personne elle-même.
said-matching-host-unavailable = { $hub } n’est pas disponible pour la mobilité.
said-matching-host-full = { $hub } { $capacity ->
    [0] n’a aucune place dans ce cycle
    [one] a { $capacity } place dans ce cycle, prise par un placement verrouillé
   *[other] a { $capacity } places dans ce cycle, toutes prises par des placements verrouillés
    } : donnez-lui d’abord plus de places.
said-matching-placement-refused = Impossible de placer { $person } chez { $hub } : { $refusal ->
    [same-hub] { said-matching-refusal-same-hub }
    [dates] { said-matching-refusal-dates }
    [same-country] { said-matching-refusal-same-country }
   *[other] { $reason }
    }.

## La note d’un binôme, critère par critère
said-matching-criterion-shared-sectors = Secteurs communs
said-matching-criterion-shared-language = Langue commune
said-matching-criterion-maturity = Maturité
said-matching-criterion-different-country = Pays différents
said-matching-criterion-new-pair = Nouvelle collaboration
said-matching-criterion-distance = Distance
said-matching-criterion-preference = Préférence des candidatures

## Pourquoi un critère compte
said-matching-why-no-sector = aucun secteur en commun
said-matching-why-sectors = { $common ->
    [one] { $common } secteur en commun
   *[other] { $common } secteurs en commun
    } sur { $total } ({ $sectors })
said-matching-why-no-language = aucune langue de travail en commun
said-matching-why-languages = tous deux travaillent en { $languages }
said-matching-why-emerging-visits-established = un lieu émergent rend visite à un lieu établi
said-matching-why-established-visits-emerging = un lieu établi rend visite à un lieu émergent
said-matching-why-same-stage = tous deux au même stade
said-matching-why-same-country = tous deux dans le même pays ({ $country })
said-matching-why-countries = { $visiting } et { $hosting }
said-matching-why-paired-before = déjà appariés lors d’un cycle précédent
said-matching-why-never-paired = jamais appariés auparavant
said-matching-why-distance = { $km } km à l’aller
said-matching-why-proposed = proposé dans les candidatures
said-matching-why-not-proposed = non proposé

## Pourquoi un binôme est impossible
said-matching-refusal-same-hub = { $visiting } ne peut pas se rendre visite à lui-même
said-matching-refusal-dates = les dates des lieux { $visiting } et { $hosting } ne se chevauchent pas
said-matching-refusal-same-country = les deux lieux sont dans le même pays ({ $country }) et ce cycle apparie des pays différents
said-matching-refusal-forbidden = l’équipe a interdit ce binôme
said-matching-forbidden-by-staff = interdit par l’équipe

## Un partenaire proposé par une candidature, non retenu
said-matching-proposal-not-selected = { $hub } n’est pas un { $role ->
    [hosting] lieu d’accueil
   *[visiting] lieu visiteur
    } sélectionné de ce cycle
said-matching-proposal-forbidden = l’équipe a interdit ce binôme
said-matching-proposal-already-paired = { $hub } est déjà apparié avec { $partner }
said-matching-proposal-already-paired-another = { $hub } est déjà apparié avec un autre lieu

## Un lieu sélectionné resté sans partenaire
said-matching-unpaired-no-host-left = plus aucun lieu d’accueil : { $visiting ->
    [one] { $visiting } lieu visiteur
   *[other] { $visiting } lieux visiteurs
    } et { $hosting ->
    [one] { $hosting } lieu d’accueil sélectionné
   *[other] { $hosting } lieux d’accueil sélectionnés
    }
said-matching-unpaired-hosts-taken = chaque lieu d’accueil est pris par un binôme verrouillé ou proposé
said-matching-unpaired-none-free = aucun lieu d’accueil possible n’est libre ({ $hosts })
said-matching-unpaired-host-refusal = { $host } : { $refusal ->
    [same-hub] { said-matching-refusal-same-hub }
    [dates] { said-matching-refusal-dates }
    [same-country] { said-matching-refusal-same-country }
    [forbidden] { said-matching-refusal-forbidden }
   *[other] { $reason }
    }
said-matching-unpaired-no-visitor-left = plus aucun lieu visiteur : { $hosting ->
    [one] { $hosting } lieu d’accueil
   *[other] { $hosting } lieux d’accueil
    } et { $visiting ->
    [one] { $visiting } lieu visiteur sélectionné
   *[other] { $visiting } lieux visiteurs sélectionnés
    }
said-matching-unpaired-no-visitor-allowed = aucun lieu visiteur libre ne peut lui être apparié

## Une personne sélectionnée restée sans lieu d’accueil
said-matching-unplaced-no-host = aucun lieu membre n’est disponible pour la mobilité
said-matching-unplaced-no-places = aucun lieu d’accueil ne reçoit personne dans ce cycle : donnez des places à un lieu d’accueil
said-matching-unplaced-places-taken = toutes les places des lieux d’accueil sont prises : augmentez la capacité d’un lieu d’accueil
said-matching-unplaced-none-allowed = aucun lieu d’accueil ayant une place libre ne peut recevoir cette personne (son propre lieu, ou interdit par l’équipe)

## Ce qui ne va pas avec le lieu d’accueil d’une demande Hubs Alliance
said-matching-alliance-no-host = aucun lieu d’accueil n’est indiqué
said-matching-alliance-own-hub = { $host } est le lieu de la personne elle-même
said-matching-alliance-not-member = { $host } n’est pas membre de l’Alliance
said-matching-alliance-no-room = { $host } n’a pas de place à ces dates ({ $before ->
    [one] { $before } visite antérieure se chevauche
   *[other] { $before } visites antérieures se chevauchent
    }, capacité de { $room })
said-matching-alliance-unknown-host = le lieu d’accueil indiqué n’est pas dans le registre

## Ce qu’il manque pour passer à l’étape « Attribué »
said-matching-missing-pair = un lieu d’accueil apparié à chaque lieu visiteur sélectionné ({ $hub } n’en a pas : confirmez l’appariement dans Candidatures → Appariement)
said-matching-missing-pairs = un lieu d’accueil apparié à chaque lieu visiteur sélectionné ({ $count } n’en ont pas, d’abord { $hubs } : confirmez l’appariement dans Candidatures → Appariement)
said-matching-missing-placements = un lieu d’accueil pour chaque personne sélectionnée ({ $count } sans lieu d’accueil, d’abord { $person } : confirmez les placements dans Candidatures → Appariement)
said-matching-missing-alliance-host = un lieu d’accueil valable de l’Alliance pour la demande de { $person } ({ $kinds ->
    [no-host] { said-matching-alliance-no-host }
    [unknown-host] { said-matching-alliance-unknown-host }
    [own-hub] { said-matching-alliance-own-hub }
    [not-member] { said-matching-alliance-not-member }
    [no-room] { said-matching-alliance-no-room }
    [own-hub-not-member] { said-matching-alliance-own-hub } ; { said-matching-alliance-not-member }
    [own-hub-no-room] { said-matching-alliance-own-hub } ; { said-matching-alliance-no-room }
    [not-member-no-room] { said-matching-alliance-not-member } ; { said-matching-alliance-no-room }
    [own-hub-not-member-no-room] { said-matching-alliance-own-hub } ; { said-matching-alliance-not-member } ; { said-matching-alliance-no-room }
   *[other] { $problems }
    })
