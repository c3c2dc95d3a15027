# Éléments communs à tous les écrans : boutons des formulaires et dialogues, la question avant
# d’abandonner des modifications, l’historique d’un enregistrement, les imports, l’avis après un
# enregistrement refusé, la carte.

## Boutons

shared-save = Enregistrer
shared-save-shortcut = Enregistrer (Ctrl+S)
shared-cancel = Annuler
shared-close = Fermer
shared-dismiss = Masquer
shared-error-dismiss-label = Masquer le message d’erreur
shared-language = Langue
shared-table-actions = Actions
shared-row-errors-column = { $column } :
shared-value-empty = (vide)
shared-amount-not-read = Le montant « { $text } » n’a pas été lu.

## Le bouton Nouveau d’un écran de liste

shared-list-new-hub = Nouveau lieu
shared-list-new-cycle = Nouveau cycle
shared-list-new-application = Nouvelle candidature
shared-list-new = Nouveau : { $noun }
shared-list-new-shortcut = { $label } (Ctrl+N)

## Modifications non enregistrées

shared-discard-title = Abandonner vos modifications ?
shared-discard-message = Les modifications faites dans ce formulaire n’ont pas été enregistrées.
shared-discard-confirm = Abandonner les modifications
shared-discard-keep = Continuer la saisie

## Un enregistrement refusé parce que quelqu’un a enregistré la fiche entre-temps

shared-stale-reload = Recharger la version enregistrée
shared-stale-overwrite = Enregistrer la mienne par-dessus
shared-stale-typed = Le formulaire montre maintenant ce qui est enregistré. Vos modifications, pas encore enregistrées :
shared-stale-put-back = Remettre ce que j’avais saisi

## L’historique d’un enregistrement

shared-history-title = Historique de { $name }
shared-history-sub = Chaque modification, de la plus ancienne à la plus récente, avec son auteur et son poste.
shared-history-loading = Chargement de l’historique…
shared-history-empty = Aucune modification enregistrée pour l’instant. L’historique commence avec la première modification faite avec cette version de Mobility Desk.
shared-history-by = par { $person }
shared-history-unnamed = sans nom
shared-history-values-given = Valeurs données
shared-history-fields-changed = Champs modifiés
shared-history-field = Champ
shared-history-value = Valeur
shared-history-before = Avant
shared-history-after = Après
shared-history-desk = Poste { $desk }, modification { $seq }

## Importer un fichier

shared-import-file-problem = Ce fichier ne peut pas être importé.
shared-import-into = dans { $target }
shared-import-reading = Lecture et vérification du fichier…
shared-import-row = Ligne
shared-import-outcome = Résultat
shared-outcome-created = Nouveau
shared-outcome-updated = Mise à jour
shared-outcome-unchanged = Inchangé
shared-import-counts =
    { $rows ->
        [one] { $rows } ligne : { $created } à créer, { $updated } à mettre à jour, { $unchanged } sans changement
       *[other] { $rows } lignes : { $created } à créer, { $updated } à mettre à jour, { $unchanged } sans changement
    }
shared-import-separator-comma = virgule
shared-import-separator-semicolon = point-virgule
shared-import-separator-tab = tabulation
shared-import-read = Séparateur : { $name } ({ $separator }) · sans indicateur d’ordre des octets · UTF-8
shared-import-read-bom = Séparateur : { $name } ({ $separator }) · avec indicateur d’ordre des octets · UTF-8

## Cartes

shared-map-legend = Légende
shared-map-source = Contours des pays : Natural Earth (domaine public), via world-atlas.
# A file being written, said to a screen reader beside its button.
shared-file-writing = Écriture du fichier…

# Bank details of a hub, of a person paid directly, or of the network (BankDetails, BankAccountDialog).
shared-bank-title = Coordonnées bancaires
shared-bank-reading = Lecture des coordonnées bancaires…
shared-bank-none = Pas encore de coordonnées bancaires : les versements à ce titulaire ne peuvent pas entrer dans un fichier de virements.
shared-bank-new-record = Enregistrez d’abord ; les coordonnées bancaires pourront ensuite être ajoutées ici.
shared-bank-holder = Titulaire du compte
shared-bank-iban = IBAN
shared-bank-bic = BIC
shared-bank-bic-none = (non indiqué)
shared-bank-show = Afficher l’IBAN
shared-bank-hide = Masquer l’IBAN
shared-bank-add = Ajouter des coordonnées bancaires…
shared-bank-change = Modifier…
shared-bank-remove = Supprimer…
shared-bank-sepa-yes = Peut être payé par virement SEPA.
shared-bank-sepa-needs-bic = Un virement SEPA vers un compte en { $country } demande le BIC de la banque : ajoutez-le avant de payer.
shared-bank-sepa-no = { $country } est hors de la zone SEPA : payez ce compte par un autre type de virement.
shared-bank-dialog-title = Coordonnées bancaires de { $owner }
shared-bank-holder-hint = Le nom du compte, tel que la banque le connaît.
shared-bank-iban-hint = Tel qu’imprimé sur un relevé ; les espaces sont acceptées. Il est vérifié quand vous quittez le champ.
shared-bank-bic-hint = Nécessaire pour les comptes hors de l’UE et de l’EEE (Suisse, Royaume-Uni, Monaco…) ; peut rester vide sinon.
shared-bank-save = Enregistrer les coordonnées
shared-bank-saved = Coordonnées bancaires enregistrées.
shared-bank-removed = Coordonnées bancaires supprimées.
shared-bank-stale = Quelqu’un a modifié ces coordonnées après que vous les avez ouvertes (voir les champs marqués). Enregistrez à nouveau pour remplacer sa modification par la vôtre, ou annulez.
shared-bank-remove-title = Supprimer les coordonnées bancaires de { $owner } ?
shared-bank-remove-message = Les versements à ce titulaire ne pourront pas entrer dans un fichier de virements tant que de nouvelles coordonnées ne sont pas données. L’historique garde ce qui a été supprimé.
shared-bank-remove-confirm = Supprimer les coordonnées
