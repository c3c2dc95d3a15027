# L’appariement des cycles P2P Learning, les placements des cycles Staff Exchange, les
# vérifications d’accueil des cycles Hubs Alliance, et la carte des binômes.
#
# $plan vaut « pairs » (l’appariement d’un cycle P2P Learning) ou « placements » (un cycle Staff Exchange).

## Les critères d’une note, et leurs poids

pairing-criterion-shared-sectors = Secteurs communs
pairing-criterion-shared-sectors-hint = Secteurs dans lesquels travaillent les deux lieux
pairing-criterion-shared-language = Langue commune
pairing-criterion-shared-language-hint = Une langue de travail en commun
pairing-criterion-maturity = Maturité
pairing-criterion-maturity-hint = Des lieux émergents qui rendent visite à des lieux établis
pairing-criterion-different-country = Pays différents
pairing-criterion-different-country-hint = Des lieux dans des pays différents
pairing-criterion-new-pair = Nouvelle collaboration
pairing-criterion-new-pair-hint = Des lieux jamais appariés lors d’un cycle précédent
pairing-criterion-distance = Distance
pairing-criterion-distance-hint = Des lieux plus proches : un voyage moins cher et plus vert
pairing-criterion-preference = Préférence des candidatures
pairing-criterion-preference-hint = Les partenaires proposés dans les candidatures
# Pourquoi le critère de langue commune rapporte des points : $languages est une liste de langues (« grec et anglais »).
pairing-why-languages = tous deux travaillent en { $languages }
# Entre les éléments d’une liste de raisons (« Tallinn : … ; Riga : … »).
pairing-list-separator = { "\u00A0; " }

## D’où vient un binôme ou un placement

pairing-source-proposed = Proposé
pairing-source-locked = Verrouillé
pairing-source-suggested = Suggéré
pairing-source-locked-hint = Verrouillé par l’équipe : conservé à chaque relance
pairing-source-suggested-hint = Suggéré d’après les critères pondérés

pairing-maturity-emerging = émergent
pairing-maturity-established = établi

## Un plan (binômes ou placements) : le résumé, la barre, le tableau, les messages

pairing-plan-title = { $plan ->
    [pairs] Appariement
   *[other] Placements
}
pairing-plan-total-score = Note totale
pairing-plan-grants = { $plan ->
    [pairs] Subventions des binômes
   *[other] Subventions des placements
}
pairing-plan-status = Statut
pairing-plan-not-confirmed = Non confirmé
# $when : la date et l’heure de la confirmation.
pairing-plan-confirmed-on = Confirmé le { $when }
pairing-plan-changed-since = { $plan ->
    [pairs] Modifié depuis la confirmation des binômes le { $when }
   *[other] Modifié depuis la confirmation des placements le { $when }
}
pairing-plan-loading-blocked = { $plan ->
    [pairs] Chargement de l’appariement
   *[other] Chargement des placements
}
pairing-plan-nothing-to-confirm = { $plan ->
    [pairs] Aucun binôme à confirmer
   *[other] Aucun placement à confirmer
}
pairing-plan-all-confirmed = { $plan ->
    [pairs] Ces binômes sont confirmés
   *[other] Ces placements sont confirmés
}
pairing-plan-row-locked = { $plan ->
    [pairs] Binôme verrouillé : conservé à chaque relance
   *[other] Placement verrouillé : conservé à chaque relance
}
pairing-plan-row-unlocked = { $plan ->
    [pairs] Binôme déverrouillé
   *[other] Placement déverrouillé
}
pairing-plan-lock-removed = Verrou retiré
pairing-plan-rerun-done = { $plan ->
    [pairs] Appariement relancé : verrous conservés
   *[other] Placements relancés : verrous conservés
}
pairing-plan-confirmed = { $plan ->
    [pairs] Appariement confirmé
   *[other] Placements confirmés
}
pairing-plan-weights-saved = { $plan ->
    [pairs] Poids enregistrés : appariement relancé
   *[other] Poids enregistrés : placements relancés
}
pairing-plan-confirm-button = { $plan ->
    [pairs] Confirmer l’appariement…
   *[other] Confirmer les placements…
}
pairing-plan-confirm-title = { $plan ->
    [pairs] Confirmer l’appariement ?
   *[other] Confirmer les placements ?
}
pairing-plan-confirm-label = { $plan ->
    [pairs] Confirmer l’appariement
   *[other] Confirmer les placements
}
pairing-plan-failed = { $plan ->
    [pairs] L’appariement n’a pas pu être chargé.
   *[other] Les placements n’ont pas pu être chargés.
}
pairing-plan-loading = { $plan ->
    [pairs] Chargement de l’appariement…
   *[other] Chargement des placements…
}
pairing-weights-same-country-never = jamais le même pays
pairing-weights-same-country-allowed = même pays permis

pairing-bar-weights = Poids
pairing-bar-weights-button = Poids…
pairing-bar-rerun = Relancer

pairing-notice-retry = Réessayer
pairing-notice-run-selection = Lancez d’abord la sélection (onglet Sélection).

pairing-table-title = { $plan ->
    [pairs] Binômes
   *[other] Placements
}
pairing-table-count = { $plan ->
    [pairs] { $count ->
        [one] { $count } binôme
       *[other] { $count } binômes
    }
   *[other] { $count ->
        [one] { $count } placement
       *[other] { $count } placements
    }
}
pairing-table-source = Origine
pairing-table-score = Note
pairing-table-distance = Distance
pairing-table-total = Total

pairing-row-km = { $km } km
pairing-row-why = Pourquoi ?
pairing-row-unlock = Déverrouiller
pairing-row-lock = Verrouiller
pairing-row-forbid = Interdire
pairing-row-change-host = Changer d’accueil…
pairing-row-not-allowed = Impossible : { $reason }

pairing-breakdown-criterion = Critère
pairing-breakdown-points = Points × poids = note
pairing-breakdown-why = Pourquoi
pairing-breakdown-total = Total

pairing-constraint-locked = Verrouillé :
pairing-constraint-forbidden = Interdit :
pairing-constraint-remove = Retirer
pairing-constraint-remove-lock = Retirer le verrou

## Changer le lieu d’accueil d’une ligne

pairing-change-host = Lieu d’accueil
pairing-change-cancel = Annuler
pairing-host-option-score = note { $score }
pairing-host-option-current = accueil actuel
pairing-host-option-hosts = accueille déjà { $hub }
pairing-host-option-full = complet
# $label : le lieu d’accueil tel que la liste le montre ; $reason : pourquoi le binôme est impossible.
pairing-host-option-not-allowed = { $label } — impossible : { $reason }
pairing-host-changed = Accueil changé : { $who } → { $host }, verrouillé

# Une personne désignée par sa candidature quand aucun nom n’est donné.
pairing-application = Candidature { $id }

## L’appariement d’un cycle P2P Learning

pairing-not-p2p = L’appariement concerne les cycles P2P Learning : les lieux visiteurs sont appariés à des lieux d’accueil.
pairing-pairs-rerun-title = Apparier de nouveau avec la sélection et les poids actuels ; les binômes verrouillés sont conservés
pairing-pairs-empty = Aucun lieu visiteur n’est encore sélectionné.
pairing-pairs-constraints-title = Binômes verrouillés et interdits
pairing-pairs-allow-title = Autoriser de nouveau ce binôme
pairing-pairs-ban-removed = Interdiction retirée : le binôme est de nouveau autorisé
pairing-pairs-proposed-hint = Le partenaire proposé dans les candidatures
pairing-pairs-explain-title = Comment la note de ce binôme est calculée
pairing-pairs-unlock-title = Laisser la prochaine relance choisir de nouveau l’accueil de ce lieu
pairing-pairs-lock-title = Conserver ce binôme à chaque relance
pairing-pairs-forbid-title = Ne jamais apparier ces deux lieux : tous deux sont réaffectés
pairing-pairs-change-title = Choisir un autre lieu d’accueil pour ce lieu visiteur
pairing-pairs-breakdown-note = Les points vont de 0 à 100 ; les poids de 0 à 10 (Poids…).
pairing-pairs-column-visiting = Lieu visiteur
pairing-pairs-column-host = Lieu d’accueil
pairing-pairs-column-visit = Visite
pairing-pairs-column-grants = Subventions
pairing-pairs-none = Aucun binôme possible : voir pourquoi sous « Non appariés ».
pairing-pairs-change-confirm = Verrouiller ce binôme
pairing-pairs-forbidden = Binôme interdit : réaffecté
pairing-pairs-counts = { $pairs ->
    [one] { $pairs } binôme
   *[other] { $pairs } binômes
} · { $visiting } { $visiting ->
    [one] visiteur
   *[other] visiteurs
} · { $hosting } { $hosting ->
    [one] accueillant
   *[other] accueillants
}
pairing-pairs-meter = { $paired } { $paired ->
    [one] lieu visiteur apparié sur { $visiting }
   *[other] lieux visiteurs appariés sur { $visiting }
}
pairing-pairs-meter-idle = { $count ->
    [one] { $count } lieu d’accueil sans visiteur
   *[other] { $count } lieux d’accueil sans visiteur
}
pairing-pairs-confirm = Confirmer { $count ->
    [one] { $count } binôme
   *[other] { $count } binômes
} ? Les subventions retiendront le lieu d’accueil de chaque binôme ; le cycle pourra ensuite passer à « Attribué ».
pairing-pairs-left = { $count ->
    [one] { $count } lieu reste non apparié
   *[other] { $count } lieux restent non appariés
} (voir « Non appariés »).
pairing-pairs-change-dialog-title = Changer le lieu d’accueil de { $hub }
pairing-pairs-change-dialog-sub = Le binôme choisi est verrouillé : conservé à chaque relance. Le lieu visiteur qu’accueillait le nouveau lieu d’accueil est réaffecté.
pairing-pairs-caption = La note de { $visiting } avec { $hosting }, critère par critère
pairing-unpaired-title = Non appariés
pairing-proposals-title = Partenaires proposés dans les candidatures
# $hub a proposé $partner : les deux sont en gras.
pairing-proposal = { $hub } a proposé { $partner }
pairing-proposal-kept = retenu
pairing-proposal-not-kept = non retenu

## La visite d’un binôme

pairing-visit-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
pairing-visit-open = À convenir
# $visit : les dates proposées et les jours (« 1–5 juin 2027 · 5 jours »).
pairing-visit-proposed = proposition : { $visit }
pairing-visit-dates-button = Dates de visite…
pairing-visit-start-missing = Saisissez le premier jour de la visite.
pairing-visit-end-missing = Saisissez le dernier jour de la visite.
pairing-visit-cleared = La visite revient à des dates à convenir
pairing-visit-saved = Dates de visite enregistrées
pairing-visit-title = La visite de { $visiting } à { $hosting }
# $visitingDays, $hostingDays : les jours où chaque lieu est disponible, ou « n’importe quel jour ».
pairing-visit-sub = Les dates convenues entre les deux lieux, dans les jours où tous deux sont disponibles : { $visiting } { $visitingDays } ; { $hosting } { $hostingDays }. La subvention compte les jours de la visite, et les lettres les indiquent.
pairing-visit-any-day = n’importe quel jour
pairing-visit-first-day = Premier jour
pairing-visit-last-day = Dernier jour
pairing-visit-clear = Pas encore convenu
pairing-visit-cancel = Annuler
pairing-visit-save = Enregistrer les dates

## La carte des binômes

pairing-map-title = Carte
pairing-map-hint = Choisissez une ligne pour ouvrir son binôme dans le tableau.
pairing-map-failed = La carte n’a pas pu être chargée.
pairing-map-loading = Chargement de la carte…
pairing-map-label = Carte des binômes
# $place : le lieu et sa localisation (« Navile, Bologna, IT »).
pairing-map-hub-unpaired = { $role ->
    [visiting] { $place } — visiteur, non apparié
   *[other] { $place } — accueil, non apparié
}
pairing-map-hub-visiting = { $place } — visiteur, accueilli par { $partner }
pairing-map-hub-hosting = { $place } — accueille { $partner }
# Une ligne de la carte, un bouton qui ouvre son binôme dans le tableau.
pairing-map-line = { $visiting } → { $hosting }, { $km } km, note { $score }
pairing-map-key-visiting = Lieu visiteur
pairing-map-key-hosting = Lieu d’accueil
pairing-map-key-unpaired = Non apparié (creux)
pairing-map-key-green = Voyage vert
pairing-map-key-standard = Voyage standard
pairing-map-key-locked = Binôme verrouillé (trait épais)
pairing-map-missing = { $count ->
    [one] { $count } lieu trop éloigné de l’Europe n’est pas affiché.
   *[other] { $count } lieux trop éloignés de l’Europe ne sont pas affichés.
}

## Les placements d’un cycle Staff Exchange

pairing-placements-rerun-title = Placer de nouveau avec la sélection, les places et les poids actuels ; les placements verrouillés sont conservés
pairing-placements-empty = Personne n’est encore sélectionné.
pairing-placements-constraints-title = Lieux d’accueil verrouillés et interdits
pairing-placements-allow-title = Autoriser de nouveau ce lieu d’accueil
pairing-placements-ban-removed = Interdiction retirée : le lieu d’accueil est de nouveau autorisé
pairing-placements-proposed-hint = Le lieu d’accueil proposé par la personne
pairing-placements-explain-title = Comment la note de ce placement est calculée
pairing-placements-unlock-title = Laisser la prochaine relance choisir de nouveau l’accueil de cette personne
pairing-placements-lock-title = Conserver ce placement à chaque relance
pairing-placements-forbid-title = Ne jamais placer cette personne dans ce lieu d’accueil : la personne est placée de nouveau
pairing-placements-change-title = Choisir un autre lieu d’accueil pour cette personne
pairing-placements-breakdown-note = Le lieu de la personne face au lieu d’accueil. Les points vont de 0 à 100 ; les poids de 0 à 10 (Poids…).
pairing-placements-column-person = Personne
pairing-placements-column-host = Lieu d’accueil
pairing-placements-column-dates = Dates
pairing-placements-column-grant = Subvention
pairing-placements-none = Personne ne peut être placé : voir pourquoi sous « Non placés ».
pairing-placements-change-confirm = Verrouiller ce lieu
pairing-placements-forbidden = { $host } interdit pour { $who } : placement refait
pairing-placements-counts = { $placed } { $placed ->
    [one] personne placée sur { $people }
   *[other] personnes placées sur { $people }
}
pairing-placements-meter-places = { $taken } { $taken ->
    [one] place prise sur { $places }
   *[other] places prises sur { $places }
} dans { $hosts ->
    [one] { $hosts } lieu d’accueil
   *[other] { $hosts } lieux d’accueil
}
pairing-placements-confirm = Confirmer { $count ->
    [one] { $count } placement
   *[other] { $count } placements
} ? Les subventions retiendront le lieu d’accueil de chaque personne ; le cycle pourra ensuite passer à « Attribué ».
pairing-placements-left = { $count ->
    [one] { $count } personne reste sans lieu d’accueil
   *[other] { $count } personnes restent sans lieu d’accueil
} (voir « Non placés »).
pairing-placements-lock-not-kept = Non conservé : le lieu d’accueil n’a plus de place ou ne peut pas accueillir cette personne.
pairing-placements-change-dialog-title = Changer le lieu d’accueil de { $who }
pairing-placements-change-dialog-sub = Depuis { $home }. Le lieu d’accueil choisi est verrouillé : conservé à chaque relance. Les lieux d’accueil sont montrés avec leurs personnes placées et leurs places ; un lieu complet ne peut pas être choisi.
pairing-placements-lock-failed = Verrouillé à { $host }, mais { $who } n’a pas pu y être placé·e : voir les verrous
pairing-placements-caption = La note de { $who }, de { $home }, à { $host }, critère par critère
pairing-unplaced-title = Non placés

## Les lieux d’accueil d’un cycle Staff Exchange et leurs places

pairing-capacity-problem = Un lieu d’accueil reçoit de 0 à 50 personnes par cycle.
pairing-hosts-title = Lieux d’accueil et places
pairing-hosts-count = { $hosts ->
    [one] { $hosts } lieu d’accueil
   *[other] { $hosts } lieux d’accueil
} · { $taken } { $taken ->
    [one] place prise sur { $places }
   *[other] places prises sur { $places }
}
pairing-hosts-hint = Les lieux membres disponibles pour la mobilité, et combien de personnes chacun accueille dans ce cycle (1 sauf indication ; de 0 à 50). L’enregistrement place de nouveau tout le monde.
pairing-hosts-none = Aucun lieu membre n’est disponible pour la mobilité.
pairing-hosts-column-host = Lieu d’accueil
pairing-hosts-column-city = Ville
pairing-hosts-column-country = Pays
pairing-hosts-column-placed = Placés
pairing-hosts-column-places = Places
pairing-hosts-placed = { $placed } sur { $places }
pairing-hosts-places-at = Places à { $hub }
pairing-hosts-save-title = Enregistrer les places de ce lieu d’accueil (Entrée) et placer de nouveau tout le monde
pairing-hosts-save = Enregistrer
pairing-hosts-saved-none = { $hub } n’accueille personne dans ce cycle : placements relancés
pairing-hosts-saved = { $hub } accueille { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
} : placements relancés

## La fenêtre des poids

pairing-weights-title-pairs = Poids de l’appariement
pairing-weights-title-placements = Poids des placements
pairing-weights-intro-pairs = Chaque critère donne à un binôme de 0 à 100 points ; son poids, de 0 (non compté) à { $max }, les multiplie.
pairing-weights-intro-placements = Chaque critère donne à un placement (le lieu de la personne face au lieu d’accueil) de 0 à 100 points ; son poids, de 0 (non compté) à { $max }, les multiplie.
pairing-weights-rerun-pairs = L’enregistrement relance l’appariement : les binômes verrouillés sont conservés.
pairing-weights-rerun-placements = L’enregistrement place de nouveau tout le monde : les placements verrouillés sont conservés.
pairing-weights-rule-pairs = Ne jamais apparier deux lieux du même pays
pairing-weights-rule-placements = Ne jamais placer une personne dans un lieu d’accueil du pays de son propre lieu
pairing-weights-rule-hint-pairs = Une règle, pas un poids : ces binômes sont exclus, même quand les candidatures les ont proposés.
pairing-weights-rule-hint-placements = Une règle, pas un poids : ces placements sont exclus, même quand la personne a proposé ce lieu d’accueil.
pairing-weights-discard-pairs = Les modifications des poids de l’appariement n’ont pas été enregistrées.
pairing-weights-discard-placements = Les modifications des poids des placements n’ont pas été enregistrées.
pairing-weights-problem = Un poids est un nombre entier de 0 à { $max }.
pairing-weights-yes = oui
pairing-weights-no = non
pairing-weights-save = Enregistrer et relancer

## Les vérifications d’accueil d’un cycle Hubs Alliance

pairing-alliance-title = Vérifications d’accueil
pairing-alliance-count = { $requests ->
    [one] { $requests } demande
   *[other] { $requests } demandes
} · { $problems } avec un problème
pairing-alliance-intro = Chaque demande désigne son lieu d’accueil. Celui-ci doit faire partie de la Hubs Alliance, ne pas être le lieu de la personne, et avoir de la place à ces dates ; les demandes sont servies dans leur ordre d’arrivée.
pairing-alliance-failed = Les vérifications d’accueil n’ont pas pu être chargées.
pairing-alliance-loading = Chargement des vérifications d’accueil…
pairing-alliance-empty = Aucune demande n’est encore sélectionnée.
pairing-alliance-column-person = Personne
pairing-alliance-column-host = Lieu d’accueil
pairing-alliance-column-dates = Dates
pairing-alliance-column-check = Vérification
pairing-alliance-requests = Demandes
pairing-alliance-order = Dans leur ordre d’arrivée
pairing-alliance-no-host = Aucun lieu d’accueil désigné
pairing-alliance-ok = OK
pairing-alliance-the-host = Le lieu d’accueil
pairing-alliance-saved-none = { $hub } ne reçoit aucune visite dans ce cycle : demandes vérifiées de nouveau
pairing-alliance-saved = { $hub } reçoit { $count ->
    [one] { $count } visite
   *[other] { $count } visites
} à la fois : demandes vérifiées de nouveau
pairing-alliance-capacity-title = Places d’un lieu d’accueil
pairing-alliance-capacity-hint = Combien de visites un lieu d’accueil reçoit en même temps dans ce cycle : 1 sauf indication ici, de 0 à 50. Les demandes sont vérifiées de nouveau à l’enregistrement.
pairing-alliance-capacity-host = Lieu d’accueil
pairing-alliance-capacity-option = { $hub } · { $count } à la fois
pairing-alliance-capacity-value = Visites à la fois
pairing-alliance-capacity-save = Enregistrer
