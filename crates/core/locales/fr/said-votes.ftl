# Ce que dit le cœur de l’application sur le vote des membres d’un cycle Workshops : paramètres, bulletins, décompte.

## Les cycles qui votent, et l’ouverture du vote
said-votes-not-workshops = « { $cycle } » n’est pas un cycle Workshops : seul le programme Workshops est décidé par un vote des membres.
said-votes-open-wrong-phase = « { $cycle } » est en phase { $phase ->
        [draft] Brouillon
        [call_open] Appel ouvert
        [selection] Sélection
        [matching] Appariement
        [awarded] Attribué
        [in_progress] En cours
        [reporting] Rapports
       *[closed] Clos
    } : le vote s’ouvre en Sélection, une fois l’appel clos.
said-votes-open-too-few-proposals = Un vote demande au moins deux propositions recevables ; « { $cycle } » en a { $count }.
said-votes-open-no-electorate = Aucun lieu membre ne peut voter : le corps électoral serait vide.
said-votes-already-open = Le vote est déjà ouvert.

## Les paramètres du vote
said-votes-frozen = Le résultat est proclamé : le vote est figé.
said-votes-quorum-range = Le quorum est une part du corps électoral, de 0 % à 100 %.
said-votes-open-settings-fixed = Le vote est ouvert : qui vote et le quorum ont été fixés à son ouverture. Seule la méthode de décompte peut encore changer.

## Enregistrer un bulletin
said-votes-declared-no-ballot = Le résultat est proclamé : le vote est figé et aucun bulletin ne peut plus être enregistré.
said-votes-not-open = Le vote n’est pas encore ouvert : ouvrez-le (ce qui fige le corps électoral) avant d’enregistrer des bulletins.
said-votes-not-in-electorate = { $hub } ne fait pas partie du corps électoral de ce vote : seuls votent les lieux membres figés à son ouverture.
said-votes-hub-id-not-in-electorate = Le lieu n° { $id } ne fait pas partie du corps électoral de ce vote : seuls votent les lieux membres figés à son ouverture.
said-votes-rank-one = Classez au moins une proposition.
said-votes-ranked-twice = « { $proposal } » est classée deux fois : classez chaque proposition une fois au plus.
said-votes-id-ranked-twice = La proposition n° { $id } est classée deux fois : classez chaque proposition une fois au plus.
said-votes-not-on-ballot = La proposition n° { $id } ne figure pas sur le bulletin de ce vote.
said-votes-own-proposal = { $hub } ne peut pas voter pour sa propre proposition, « { $proposal } ».
said-votes-reason-missing = { $hub } a déjà voté : indiquez pourquoi ce bulletin remplace le précédent.
said-votes-received-future = Le { $date } est postérieur à aujourd’hui : un bulletin ne peut pas arriver dans le futur.
said-votes-received-bad = « { $text } » n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ.

## Importer des bulletins depuis l’export CSV d’un formulaire
said-votes-import-empty = Le fichier est vide : il n’a pas de ligne d’en-tête.
said-votes-import-header-unreadable = La ligne d’en-tête ne peut pas être lue : { $error }
said-votes-import-columns = Le fichier doit avoir les colonnes « hub » et « ranking » ; il a { $columns }.
said-votes-import-row-unreadable = illisible : { $error }
said-votes-import-not-a-hub = « { $text } » n’est pas un lieu membre (indiquez sa clé ou son nom).
said-votes-import-not-a-proposal = « { $text } » n’est pas une proposition de ce vote.
said-votes-import-problems = { $count } problème(s) dans le fichier, aucun bulletin n’a été importé. Premier : { $field } : { $problem }
said-votes-import-no-rows = Le fichier n’a aucune ligne de bulletin.

## Le décompte et la proclamation du résultat
said-votes-result-unreadable = Le résultat proclamé ne peut pas être lu : { $error }
said-votes-declare-wrong-phase = « { $cycle } » est en phase { $phase ->
        [draft] Brouillon
        [call_open] Appel ouvert
        [selection] Sélection
        [matching] Appariement
        [awarded] Attribué
        [in_progress] En cours
        [reporting] Rapports
       *[closed] Clos
    } : le résultat se proclame en Sélection.
said-votes-ballots-clash = Deux postes ont enregistré un bulletin de { $hubs } avant de voir celui de l’autre : décidez lequel compte (Paramètres → Équipe, À décider) avant de proclamer le résultat.
said-votes-no-winner = Le décompte ne désigne aucun gagnant.
said-votes-quorum-not-met = Le quorum n’est pas atteint ({ $ballots } sur { $electorate } ont voté, { $quorum } % requis). Ne proclamez le résultat malgré tout que si les règles du réseau le permettent.
said-votes-warning-quorum = Le quorum n’est pas atteint : { $ballots } lieux membres sur { $electorate } ont voté ({ $turnout } %), moins que les { $quorum } % requis.
said-votes-warning-no-proposal = Il n’y a aucune proposition à soumettre au vote.
said-votes-warning-no-ballot = Aucun bulletin n’a encore été enregistré.

## Le décompte, tour par tour ($label : une proposition telle que le décompte la nomme)
said-votes-note-most-points = { $label } obtient le plus de points ({ $points }).
said-votes-note-last-in-race = { $label } est la dernière proposition en lice, avec { $votes } sur { $continuing }.
said-votes-note-majority = { $label } obtient la majorité : { $votes } sur { $continuing } bulletins encore décomptés.
said-votes-note-level = Pas de majorité : les deux dernières sont à égalité à { $votes } sur { $continuing }, et le départage élit { $label }.
said-votes-note-eliminated = Pas de majorité ({ $top } sur { $continuing }) : { $label }, avec { $low }, est éliminée.
said-votes-note-eliminated-tie = { said-votes-note-eliminated } { said-votes-tie-last }

## Les égalités ($names : les propositions à égalité ; $value : leurs voix ou points chacune)
said-votes-tie-first = Égalité pour la première place entre { $names } ({ $value } chacune) : { $first } passe en premier ({ said-votes-tie-rules }).
said-votes-tie-last = Égalité pour la dernière place entre { $names } ({ $value } chacune) : { $last } est éliminée (les autres passent avant : { said-votes-tie-rules }).
# Les règles qui ont départagé, dans l’ordre où elles ont joué : chacune de $rule1 … $rule4 est une règle ou none.
said-votes-tie-rules =
    { $rule1 ->
        [priority] un petit lieu ou un lieu émergent passe en premier
        [first-choices] plus de premiers choix
        [earlier] déposée plus tôt
       *[number] le plus petit numéro de candidature
    }{ $rule2 ->
        [priority] ; un petit lieu ou un lieu émergent passe en premier
        [first-choices] ; plus de premiers choix
        [earlier] ; déposée plus tôt
        [number] ; le plus petit numéro de candidature
       *[none] {""}
    }{ $rule3 ->
        [priority] ; un petit lieu ou un lieu émergent passe en premier
        [first-choices] ; plus de premiers choix
        [earlier] ; déposée plus tôt
        [number] ; le plus petit numéro de candidature
       *[none] {""}
    }{ $rule4 ->
        [priority] ; un petit lieu ou un lieu émergent passe en premier
        [first-choices] ; plus de premiers choix
        [earlier] ; déposée plus tôt
        [number] ; le plus petit numéro de candidature
       *[none] {""}
    }

## Le résultat en rapport PDF
said-votes-report-unprintable = Le rapport ne peut pas être imprimé : « { $text } » contient le caractère « { $character } » (U+{ $code }), absent de la police.
