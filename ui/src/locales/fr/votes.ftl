# L’écran Votes : le vote des membres qui élit le lieu qui produit un cycle Workshops.

## L’écran

votes-screen-title = Votes
votes-screen-subtitle = Les membres élisent le lieu qui produit l’atelier.
votes-report = Enregistrer le résultat en PDF…
votes-report-title = Enregistrer les paramètres, la participation, chaque tour du dépouillement et les bulletins dans un PDF
# $path : l’emplacement du PDF.
votes-report-saved = Enregistré dans { $path }
votes-empty-title = Pas encore de cycle Workshops
votes-empty-text = Le vote des membres élit le lieu qui produit un cycle Workshops. Créez d’abord le cycle sous Cycles ; ses propositions sont saisies sous Candidatures.
votes-empty-go-cycles = Aller aux cycles
votes-cycle = Cycle
votes-loading = Chargement du vote…
votes-loading-cycles = Chargement des cycles…

## Les états d’un vote

votes-state-setup = En préparation
votes-state-open = Ouvert
votes-state-declared = Proclamé

## Où en est le vote

votes-stage-label = Où en est le vote
votes-stage-setup = Choisissez comment le vote est dépouillé et qui vote, puis ouvrez-le.
votes-stage-setup-hint = L’ouverture fige le corps électoral ci-dessous ; les bulletins sont ensuite saisis un par un ou importés d’un export de formulaire.
votes-open = Ouvrir le vote…
# $day : le jour de l’ouverture.
votes-opened = Ouvert le { $day }
# $person : qui l’a ouvert.
votes-opened-by = Ouvert le { $day } par { $person }
votes-stage-open-tally =
    { $ballots ->
        [one] { $ballots } bulletin
       *[other] { $ballots } bulletins
    } sur { $electorate ->
        [one] { $electorate } lieu membre
       *[other] { $electorate } lieux membres
    }
votes-stage-open-hint = Le dépouillement ci-dessous suit chaque bulletin. La proclamation fige le vote et sélectionne la proposition gagnante.
votes-declare = Proclamer le résultat…
votes-declare-blocked = Aucune proposition n’est en tête : saisissez d’abord les bulletins
# $proposal : la proposition élue, « Titre (Nom du lieu) ».
votes-declared = Proclamé le { $day } : { $proposal } est élue.
votes-declared-by = Proclamé le { $day } par { $person } : { $proposal } est élue.
votes-declared-none = Proclamé le { $day } : aucune proposition n’est élue.
votes-declared-none-by = Proclamé le { $day } par { $person } : aucune proposition n’est élue.
votes-stage-declared-hint = Le vote est figé. La subvention Workshops de la proposition gagnante figure dans les onglets Subventions et Lettres.
votes-go-to-letter = Voir la lettre du lauréat

## L’ouverture et la proclamation

votes-open-confirm-title = Ouvrir le vote ?
votes-open-confirm = Ouvrir le vote
votes-open-message =
    Le corps électoral est figé en l’état : { $count ->
        [one] { $count } lieu membre
       *[other] { $count } lieux membres
    }, un bulletin chacun. Les paramètres autres que le mode de dépouillement ne pourront plus changer.
votes-open-message-unsaved =
    Le corps électoral est figé en l’état : { $count ->
        [one] { $count } lieu membre
       *[other] { $count } lieux membres
    }, un bulletin chacun. Les paramètres autres que le mode de dépouillement ne pourront plus changer. Vos modifications non enregistrées des paramètres ne sont pas prises en compte : ce sont les paramètres enregistrés qui s’appliquent.
votes-opened-toast = Le vote est ouvert
votes-declare-confirm-title = Proclamer le résultat ?
votes-declare-confirm = Proclamer le résultat
votes-declare-confirm-anyway = Proclamer quand même
votes-declare-leading-proposal = La proposition en tête
votes-declare-message = { $proposal } est élue. Le vote est figé, la proposition gagnante est sélectionnée et sa subvention Workshops passe dans les onglets Subventions et Lettres.
votes-declare-message-no-quorum = Le quorum n’est pas atteint ({ $ballots } sur { $electorate }). { $proposal } est élue. Le vote est figé, la proposition gagnante est sélectionnée et sa subvention Workshops passe dans les onglets Subventions et Lettres.
votes-declared-toast = Résultat proclamé

## Le dépouillement

votes-count-title = Résultat
votes-method-instant-runoff = Vote alternatif
votes-method-borda = Méthode Borda
votes-method-points = Points (3/2/1)
votes-method-instant-runoff-hint = Tour après tour, la proposition qui a le moins de premiers choix est éliminée et ses bulletins passent au choix suivant, jusqu’à ce qu’une proposition en réunisse plus de la moitié.
votes-method-borda-hint = Avec n propositions, un premier choix rapporte n − 1 points, un deuxième n − 2, et ainsi de suite ; les propositions non classées ne reçoivent rien.
votes-method-points-hint = Un premier choix rapporte 3 points, un deuxième 2, un troisième 1.
# $met : « yes » ou « no », selon que le quorum est atteint.
votes-turnout =
    { $ballots ->
        [one] { $ballots } lieu membre sur { $electorate } a voté
       *[other] { $ballots } lieux membres sur { $electorate } ont voté
    } ({ $turnout } %) · quorum de { $quorum } % { $met ->
        [yes] atteint
       *[no] non atteint
    }
votes-winner-none = Pas encore de proposition gagnante
votes-winner-elected = Élue : { $proposal }
votes-winner-leading = En tête : { $proposal }
votes-count-only-round = Le dépouillement
votes-count-round = Tour { $number }
votes-count-proposal = Proposition
votes-count-votes = Voix
votes-count-points = Points
votes-count-share = Part
votes-count-outcome = Issue
votes-count-elected = Élue
votes-count-leading = En tête
votes-count-eliminated = Éliminée
votes-count-exhausted = Bulletins épuisés
votes-count-tie-breaks = Départages
# Une proposition qui n’est plus sur le bulletin, par son numéro.
votes-proposal-unknown = proposition { $id }

## Les paramètres d’un vote

votes-settings-title = Paramètres
votes-settings-method = Mode de dépouillement
votes-settings-associates = Les membres associés votent aussi
votes-settings-associates-hint = Les membres titulaires votent toujours ; les anciens membres et les membres archivés jamais.
votes-settings-settled = Fixé à l’ouverture du vote.
votes-settings-quorum = Quorum (% du corps électoral)
votes-settings-quorum-hint = En dessous, le résultat ne peut être proclamé que délibérément.
votes-settings-quorum-problem = Le quorum est une part du corps électoral, de 0 % à 100 %.
votes-settings-save = Enregistrer les paramètres
votes-settings-saved = Paramètres du vote enregistrés
votes-settings-frozen = Le résultat est proclamé : le vote est figé.
votes-settings-unsaved = Modifications non enregistrées
# Les noms des paramètres quand quelqu’un d’autre les a enregistrés entre-temps.
votes-settings-associates-short = Vote des membres associés
votes-settings-quorum-short = Quorum (%)
votes-settings-yes = oui
votes-settings-no = non

## Les propositions

votes-proposals-title = Propositions
votes-proposals-count =
    { $count ->
        [one] { $count } proposition recevable
       *[other] { $count } propositions recevables
    }
votes-proposals-none = Pas encore de proposition recevable : les propositions saisies sous Candidatures apparaissent ici une fois recevables.
votes-proposals-priority = Lieu émergent : prioritaire en cas d’égalité

## Le corps électoral

votes-electorate-title = Corps électoral
votes-electorate-setup =
    Votants si le vote s’ouvrait maintenant : { $count ->
        [one] { $count } lieu membre
       *[other] { $count } lieux membres
    }
votes-electorate-frozen =
    Figé à l’ouverture du vote : { $count ->
        [one] { $count } lieu membre
       *[other] { $count } lieux membres
    }, { $ballots ->
        [one] { $ballots } bulletin
       *[other] { $ballots } bulletins
    }
votes-electorate-hub = Lieu
votes-electorate-country = Pays
votes-electorate-membership = Adhésion
votes-electorate-ballot = Bulletin
votes-electorate-none = Aucun lieu membre ne peut voter avec ces paramètres.
# $date : le jour où le bulletin a été reçu.
votes-electorate-voted = A voté le { $date }
votes-electorate-not-yet = Pas encore
votes-electorate-record = Saisir le bulletin
votes-membership-regular = Titulaire
votes-membership-associate = Associé
votes-membership-former = Ancien membre

## La saisie d’un bulletin

votes-ballot-title = Saisir un bulletin
votes-ballot-intro = D’après l’e-mail ou le formulaire d’un lieu : son classement des propositions, par ordre de préférence.
votes-ballot-hub = Lieu votant
votes-ballot-hub-choose = Choisissez le lieu votant
votes-ballot-hub-voted = { $hub } (a voté)
votes-ballot-hub-missing = Choisissez le lieu dont c’est le bulletin.
votes-ballot-received = Reçu le
votes-ballot-received-hint = Vide pour aujourd’hui.
votes-ballot-date-bad = Saisissez une date complète, ou laissez la date vide pour aujourd’hui.
votes-ballot-ranking = Classement, par ordre de préférence
votes-ballot-ranking-hint = Classez autant de propositions que le lieu l’a fait ; laissez les autres sur « — ».
# Une place sur le bulletin : « 1er », « 2e », « 3e »… ($position suit les règles ordinales :
# one, other en français).
votes-ballot-ordinal =
    { $position ->
        [one] { $position }er
       *[other] { $position }e
    }
votes-ballot-reason = Pourquoi ce bulletin remplace le précédent
# $date : le jour où son bulletin précédent a été reçu.
votes-ballot-reason-replacing = { $hub } a voté le { $date } : ce bulletin remplace le précédent, indiquez pourquoi.
votes-ballot-reason-hint = Nécessaire seulement si le lieu a déjà voté ; les deux bulletins sont conservés.
votes-ballot-save = Enregistrer le bulletin
votes-ballot-recorded = Bulletin de { $hub } enregistré
votes-ballot-recorded-unnamed = Bulletin du lieu enregistré
votes-ballot-import = Importer des bulletins d’un CSV…
votes-ballot-import-hint = Colonnes : hub (clé ou nom), ranking (propositions par ordre de préférence, par titre ou par lieu, séparées par >), et facultativement received_on et reason.
# Un problème dans le fichier importé : $field nomme la colonne ou la ligne, $message dit ce qui ne va pas.
votes-ballot-import-problem = { $field } : { $message }
votes-ballot-import-dismiss = Masquer
votes-import-done =
    { $recorded ->
        [one] { $recorded } bulletin importé
       *[other] { $recorded } bulletins importés
    }
votes-import-done-replacing =
    { $recorded ->
        [one] { $recorded } bulletin importé
       *[other] { $recorded } bulletins importés
    }, dont { $replaced } { $replaced ->
        [one] remplace
       *[other] remplacent
    } un bulletin précédent

## Les bulletins

votes-ballots-title = Bulletins
votes-ballots-intro = Chaque bulletin dans l’ordre d’arrivée, y compris ceux remplacés par un bulletin ultérieur.
votes-ballots-hub = Lieu
votes-ballots-ranking = Classement, par ordre de préférence
votes-ballots-received = Reçu
votes-ballots-note = Remarque
votes-ballots-history = Historique
votes-ballots-none = Pas encore de bulletin.
votes-ballots-recorded-by = Saisi par { $person }
votes-ballots-replaced = Remplacé
votes-ballots-history-label = Historique du bulletin de { $hub } reçu le { $date }
# Complète « Historique de … » dans le titre de la fenêtre Historique.
votes-ballots-history-name = bulletin de { $hub } reçu le { $date }
votes-source-imported = Importé
votes-source-typed = Saisi
