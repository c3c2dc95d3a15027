# Ce que dit le cœur de l’application sur le bilan du cycle et ses facteurs d’émission.

## Les facteurs d’émission
said-report-source-missing = Indiquez la source publique des chiffres : le bilan l’imprime sous l’estimation.
said-report-source-long = La source dépasse { $most } caractères : raccourcissez-la.
said-report-label-missing = Dites ce que représente le chiffre (p. ex. « Train national »).
said-report-label-long = Le libellé dépasse { $most } caractères.
said-report-factor-range = Un facteur est compris entre 0 et 5 000 g CO₂e par passager-km.
said-report-band-ends-before = La tranche de distance se termine avant de commencer ({ $from } km).

## Les tranches de distance d’un mode de transport ($mode : standard ou green)
said-report-mode-no-factor = Indiquez au moins un facteur pour les trajets { $mode ->
    [green] verts
   *[other] standard
    }.
said-report-band-first-at-zero = La première tranche { $mode ->
    [green] verte
   *[other] standard
    } commence à 0 km.
said-report-band-open-ended = Seule la dernière tranche { $mode ->
    [green] verte
   *[other] standard
    } est sans limite : donnez une limite supérieure à celle-ci.
said-report-band-gap = Cette tranche { $mode ->
    [green] verte
   *[other] standard
    } devrait commencer à { $from } km, juste après la fin de la tranche précédente.
said-report-band-last-bounded = La dernière tranche { $mode ->
    [green] verte
   *[other] standard
    } n’a pas de limite supérieure : laissez-la vide.

## L’écriture du bilan
said-report-language-unknown = Le bilan s’écrit en anglais ou en français ; « { $language } » n’est ni l’un ni l’autre.
said-report-no-destination = Indiquez où écrire le bilan : un fichier PDF, un fichier XLSX, ou les deux.
said-report-wrong-extension = Le bilan { $format } s’enregistre en .{ $ext }, pas « { $path } ».
said-report-workbook-failed = Le classeur du bilan n’a pas pu être créé : { $error }
