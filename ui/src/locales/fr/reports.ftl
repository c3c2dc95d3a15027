# Rapports : les rapports et récits des participants, la publication, le bilan du cycle et ses
# facteurs d’émission.

## Chiffres et unités

reports-size-kb = { $size } Ko
reports-km = { $km } km
# $kg est un chiffre déjà écrit avec ses décimales.
reports-kg-co2 = { $kg } kg CO₂e
reports-mode-green = Vert
reports-mode-standard = Standard
reports-distance-unknown = distance inconnue
reports-journeys =
    { $count ->
        [one] { $count } trajet
       *[other] { $count } trajets
    }
reports-travellers =
    { $count ->
        [one] { $count } voyageur
       *[other] { $count } voyageurs
    }

## L’onglet Rapports

reports-status-cancelled = Annulée
reports-status-received = Reçu le { $date }
reports-status-awaited = Attendu
reports-story-count =
    { $count ->
        [one] { $count } récit
       *[other] { $count } récits
    }
reports-summary =
    { $awarded ->
        [one] { $received } rapport sur { $awarded } reçu
       *[other] { $received ->
            [one] { $received } rapport sur { $awarded } reçu
           *[other] { $received } rapports sur { $awarded } reçus
        }
    } · { $stories ->
        [one] { $stories } récit
       *[other] { $stories } récits
    }
reports-publication-loading = Chargement des récits…
reports-publication-no-stories-shape = Les cycles Workshops et Hubs Alliance ne recueillent pas de récits
reports-publication-no-stories = Pas encore de récit : ajoutez d’abord les récits des participants des subventions
reports-publication-saved = Publication enregistrée dans { $path }
reports-publication-label = Publication
reports-publication-hint = Tous les récits du cycle en un livret : couverture, sommaire, un chapitre par échange.
reports-publication-save = Enregistrer la publication en PDF…
reports-publication-save-title = Mettre en page tous les récits du cycle en un livret PDF et l’enregistrer
reports-received-toast = Rapport de { $applicant } reçu : le solde est dû
reports-cleared-toast = Date du rapport de { $applicant } effacée
reports-loading = Chargement des rapports…
reports-empty-title = Pas encore de subvention attribuée
reports-empty-text = Attribuez d’abord les subventions ; leurs rapports et récits sont enregistrés ici.
reports-title = Rapports et récits
reports-column-recipient = Bénéficiaire
reports-column-role = Rôle
reports-column-report = Rapport
reports-column-stories = Récits
reports-mark = Rapport reçu…
reports-mark-title = Enregistrer le jour d’arrivée du rapport : le solde devient dû
reports-clear = Effacer
reports-clear-title = Effacer la date de réception du rapport
reports-stories = Récits…
reports-stories-title = Les récits des participants de cet échange, avec leurs photos

## Marquer un rapport comme reçu

reports-dialog-title = Rapport de { $applicant }
reports-dialog-sub = Une fois le rapport reçu, le solde de la subvention devient dû.
reports-dialog-date = Reçu le
reports-dialog-date-hint = Vide pour aujourd’hui.
reports-dialog-cancel = Annuler
reports-dialog-confirm = Marquer reçu

## Les récits d’une subvention

reports-stories-dialog-title = Récits de { $applicant }
reports-stories-hosted-by = accueilli par { $host }
reports-stories-loading = Chargement des récits…
reports-stories-empty = Pas encore de récit pour cette subvention.
reports-stories-list = Récits
reports-stories-closed = La subvention est annulée : elle ne prend plus de nouveau récit ni de photo. Ses récits peuvent encore être lus et supprimés.
reports-stories-close = Fermer
reports-story-field-title = Titre
reports-story-field-author = Auteur
reports-story-field-body = Récit
reports-story-saved = Récit enregistré
reports-story-deleted = Récit « { $title } » supprimé
reports-story-by = par { $author }
reports-story-editing = En cours de modification
reports-story-edit = Modifier
reports-story-delete = Supprimer…
reports-story-photos = Photos de « { $title } »
reports-story-form-edit = Modifier « { $title } »
reports-story-form-add = Ajouter un récit
reports-story-title = Titre
reports-story-author = Auteur (un participant)
reports-story-body = Récit
reports-story-body-hint = Séparez les paragraphes par une ligne vide.
reports-story-cancel-edit = Annuler la modification
reports-story-save = Enregistrer
reports-story-add = Ajouter le récit
reports-story-delete-title = Supprimer le récit ?
reports-story-delete-text = « { $title } » et ses photos sont supprimés.
reports-story-delete-confirm = Supprimer
reports-photo-added = Photo ajoutée à « { $title } »
reports-photo-removed = Photo retirée
reports-photo-scaled = Réduite depuis { $name } ({ $original }) à { $width } × { $height } ({ $size })
reports-photo-scaled-mark = réduite
reports-photo-remove = Retirer
reports-photo-remove-title = Retirer cette photo du récit
reports-photo-caption-label = Légende de la prochaine photo de « { $title } »
reports-photo-caption-placeholder = Légende de la photo (facultative)
reports-photo-add = Ajouter une photo…
reports-photo-add-title = Choisissez une image PNG ou JPEG ; une grande image est réduite
reports-photo-add-full = Un récit a au plus { $max } photos : retirez-en une d’abord
reports-photos-count = Photos : { $count } sur { $max }

## L’onglet Bilan du cycle

reports-language-settings = Langue des paramètres
reports-cycle-label = Bilan du cycle
reports-cycle-hint = Budget, pays, voyages verts et empreinte des déplacements des subventions attribuées, pour les financeurs.
reports-cycle-factors = Facteurs d’émission…
reports-cycle-factors-title = Les grammes de CO₂e par passager-km utilisés par l’estimation, par mode et distance, avec leur source
reports-cycle-pdf = Enregistrer en PDF…
reports-cycle-pdf-title = Mettre en page le bilan en PDF, avec la carte, et l’enregistrer
reports-cycle-xlsx = Enregistrer en XLSX…
reports-cycle-xlsx-title = Enregistrer les chiffres dans un classeur Excel : synthèse, programmes, pays, trajets et facteurs
reports-cycle-saved = Enregistré : { $path }
reports-cycle-saved-to = Bilan du cycle enregistré dans { $path }
reports-cycle-loading = Chargement du bilan…
reports-cycle-empty = Aucune subvention de ce cycle n’est encore attribuée.
reports-cycle-empty-hint = Le bilan ne compte que les subventions attribuées : attribuez-les dans l’onglet Subventions.
reports-cycle-left-out-drafts =
    { $drafts ->
        [one] { $drafts } subvention en brouillon est laissée de côté.
       *[other] { $drafts } subventions en brouillon sont laissées de côté.
    }
reports-cycle-left-out-cancelled =
    { $cancelled ->
        [one] { $cancelled } subvention annulée est laissée de côté.
       *[other] { $cancelled } subventions annulées sont laissées de côté.
    }
reports-cycle-left-out-both =
    { $drafts ->
        [one] { $drafts } subvention en brouillon
       *[other] { $drafts } subventions en brouillon
    } et { $cancelled ->
        [one] { $cancelled } subvention annulée
       *[other] { $cancelled } subventions annulées
    } sont laissées de côté.
reports-cycle-counts-awarded = Le bilan ne compte que les subventions attribuées.
reports-cycle-awarded-only = subventions attribuées seulement
reports-cycle-total = Total
reports-cycle-card-grants = Subventions attribuées
reports-cycle-card-awarded = Attribué
reports-cycle-no-budget = Aucun budget fixé pour le cycle
# $envelope est un montant, $used une part (« 66,7 % »).
reports-cycle-budget-used = sur un budget de { $envelope } · { $used } utilisé
reports-cycle-card-paid = Versé
reports-cycle-paid-hint = Versements effectués, moins les remboursements
reports-cycle-card-green = Voyages verts
reports-cycle-nobody-travels = Personne ne voyage
reports-cycle-green-of =
    { $green } sur { $travellers ->
        [one] { $travellers } voyageur
       *[other] { $travellers } voyageurs
    }
reports-cycle-card-co2 = CO₂e des déplacements (estimation)
reports-cycle-all-standard = { $kg } kg si tous avaient voyagé en standard
reports-cycle-traveller-km = { $km } voyageurs-km
reports-cycle-map-title = Les trajets sur la carte
reports-cycle-map-failed = La carte n’a pas pu être chargée.
reports-cycle-map-loading = Chargement de la carte…
reports-programmes-title = Programmes en { $year }
reports-programmes-hint = Tous les cycles de l’année, subventions attribuées seulement
reports-programmes-column-programme = Programme
reports-programmes-column-cycles = Cycles
reports-programmes-column-grants = Subventions
reports-programmes-column-travellers = Voyageurs
reports-programmes-column-budget = Budget
reports-programmes-column-awarded = Attribué
reports-countries-title = Pays
reports-countries-hint = Subventions aux lieux de chaque pays ; voyageurs qui en partent et qui y arrivent
reports-countries-column-country = Pays
reports-countries-column-grants = Subventions
reports-countries-column-awarded = Attribué
reports-countries-column-sent = Voyageurs envoyés
reports-countries-column-received = Voyageurs reçus
reports-footprint-title = Empreinte des déplacements
reports-footprint-hint = Une estimation à partir des distances et des modes de déplacement
reports-footprint-column-mode = Mode
reports-footprint-column-factor = Facteur d’émission
reports-footprint-column-grams = g CO₂e par passager-km
reports-footprint-column-journeys = Trajets
reports-footprint-column-traveller-km = Voyageurs-km
reports-footprint-column-kg = kg CO₂e
reports-footprint-none = Aucun trajet entre deux lieux ayant des coordonnées : il n’y a rien à estimer.
# $source vient du jeu de facteurs (saisi par l’équipe).
reports-footprint-source = Facteurs d’émission : { $source }
reports-footprint-defaults = Facteurs par défaut de Mobility Desk ; modifiez-les avec Facteurs d’émission…
reports-footprint-unplaced =
    { $count ->
        [one] { $count } trajet laissé hors de l’estimation : un lieu n’a pas de coordonnées (à définir sous Lieux).
       *[other] { $count } trajets laissés hors de l’estimation : un lieu n’a pas de coordonnées (à définir sous Lieux).
    }
reports-footprint-method = Méthode : la distance orthodromique aller entre les deux lieux, en km entiers, × 2 pour le retour × les voyageurs × le facteur du mode et de la tranche de distance du trajet.
reports-journeys-title = Trajets
reports-journeys-count =
    { $count ->
        [one] { $count } trajet, aller et retour
       *[other] { $count } trajets, chacun aller et retour
    }
reports-journeys-none = Aucune subvention attribuée de ce cycle ne voyage vers un lieu d’accueil.
reports-journeys-column-from = Départ
reports-journeys-column-to = Arrivée
reports-journeys-column-travellers = Voyageurs
reports-journeys-column-mode = Mode
reports-journeys-column-km = km (aller)
reports-journeys-column-kg = kg CO₂e
# $label est la description propre du facteur, $factor son chiffre en grammes.
reports-journey-factor = { $label } : { $factor } g CO₂e par passager-km
reports-journey-not-estimated = Non estimé : un lieu n’a pas de coordonnées

## La carte des trajets

reports-map-label =
    Carte des trajets : { $drawn ->
        [one] { $drawn } trajet
       *[other] { $drawn } trajets
    }, dont { $green } { $green ->
        [one] vert
       *[other] verts
    }
reports-map-key-green = Voyage vert
reports-map-key-standard = Voyage standard
reports-map-key-from = Lieu de départ
reports-map-key-to = Lieu d’accueil
reports-map-not-drawn =
    { $count ->
        [one] { $count } trajet non dessiné : un lieu n’a pas de coordonnées ou se trouve hors de la carte.
       *[other] { $count } trajets non dessinés : un lieu n’a pas de coordonnées ou se trouve hors de la carte.
    }
reports-map-note = Les lignes plus larges portent plus de voyageurs.

## Fenêtre Facteurs d’émission

reports-factor-empty = Indiquez les grammes de CO₂e par passager-km, par exemple 125,76.
reports-factor-invalid = « { $text } » n’est pas un chiffre en grammes par passager-km (par exemple 125,76 ou 35, au plus trois décimales).
reports-factors-saved = Facteurs d’émission enregistrés pour { $cycle }
reports-factors-defaults-again = { $cycle } utilise de nouveau les facteurs d’émission par défaut de Mobility Desk
reports-factors-field-rows = Facteurs
reports-factors-field-source = Source
# Un facteur dans une liste de modifications : « Vert 0–500 km : 35,46 g (Train) ».
reports-factors-row-summary = { $mode } { $from }–{ $to } km : { $value } g ({ $label })
reports-factors-no-label = sans libellé
reports-factors-column-mode = Mode
reports-factors-column-from = De
reports-factors-column-to = À
reports-factors-column-figure = Chiffre
reports-factors-column-value = g CO₂e
reports-factors-from-error = La tranche commence à un nombre entier de km (0 pour la première tranche).
reports-factors-to-error = La tranche finit à un nombre entier de km, ou laissez vide pour aucune limite supérieure.
reports-factors-title = Facteurs d’émission
reports-factors-sub = grammes de CO₂e par passager-km, par mode de déplacement et distance aller
reports-factors-uses-defaults = Ce cycle utilise les facteurs par défaut de Mobility Desk. Enregistrer en fait les facteurs propres au cycle.
reports-factors-uses-own = Ce cycle utilise ses propres facteurs. « Revenir aux valeurs par défaut » reprend ceux de Mobility Desk.
reports-factors-hint = Chaque mode a besoin de tranches à partir de 0 km, sans trou ni chevauchement, la dernière sans limite supérieure. L’estimation d’un trajet est ses km aller × 2 pour le retour × ses voyageurs × le facteur de son mode et de sa tranche.
reports-factors-caption = Facteurs d’émission par mode de déplacement et tranche de distance
reports-factors-head-mode = Mode
reports-factors-head-from = De (km)
reports-factors-head-to = À (km)
reports-factors-head-label = Ce que représente le chiffre
reports-factors-head-value = g CO₂e par passager-km
reports-factors-head-remove = Retirer
reports-factors-row-mode = Facteur { $n } : mode de déplacement
reports-factors-row-from = Facteur { $n } : de km
reports-factors-row-to = Facteur { $n } : à km (vide pour aucune limite supérieure)
reports-factors-row-label = Facteur { $n } : ce que représente le chiffre
reports-factors-row-value = Facteur { $n } : grammes de CO₂e par passager-km
reports-factors-no-limit = sans limite
reports-factors-label-example = par ex. train national
reports-factors-remove-title = Retirer ce facteur
reports-factors-remove = Retirer le facteur { $n }
reports-factors-remove-named = Retirer le facteur { $n } ({ $label })
reports-factors-none = Aucun facteur : chaque mode de déplacement en demande au moins un.
reports-factors-add = Ajouter un facteur
reports-factors-source = Source
reports-factors-source-hint = La source publique des chiffres, imprimée sous l’estimation dans le bilan.
reports-factors-save = Enregistrer les facteurs
reports-factors-reset = Revenir aux valeurs par défaut
reports-factors-reset-title = Utiliser de nouveau les facteurs par défaut de Mobility Desk pour ce cycle
reports-factors-reset-title-defaults = Le cycle utilise déjà les facteurs par défaut
reports-factors-unsaved = Les modifications des facteurs d’émission n’ont pas été enregistrées.
reports-factors-reset-confirm-title = Revenir aux facteurs par défaut ?
reports-factors-reset-confirm-text = Utiliser de nouveau les facteurs d’émission par défaut de Mobility Desk pour ce cycle ?
reports-factors-reset-confirm = Utiliser les valeurs par défaut

# A participant's consent to publishing their story (StoriesDialog).
reports-story-consent = Accord de publication
reports-story-consent-hint = Indiquez ce que la personne a accepté, et quand. Un récit sans accord est gardé mais laissé hors de la publication.
reports-story-consent-scope = Elle a accepté
reports-story-consent-on = Le
reports-consent-none = Pas (encore) donné
reports-consent-publication = La publication du réseau
reports-consent-publication-and-online = La publication et le site du réseau
reports-story-no-consent = Sans accord : hors de la publication
reports-story-consent-given = Accord du { $date } : { $scope }
