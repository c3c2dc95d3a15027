# Le rapport de cycle, en français.

report-title = { $cycle } : rapport de cycle
report-subtitle = { $programme } · { $year } · établi le { $date }
report-summary = { $grants ->
    [one] Une subvention a été accordée
   *[other] { $grants } subventions ont été accordées
} pour { $awarded }, sur un budget de { $envelope } ; { $paid } ont été versés à ce jour.
report-left-out = Non comptées ici : { $drafts } subventions en projet et { $cancelled } annulées.
report-nothing = Aucune subvention de ce cycle n'a encore été accordée : le rapport ne compte que les subventions accordées.
report-heading-budget = Budget
report-col-envelope = Budget
report-col-awarded = Accordé
report-col-paid = Versé
report-col-remaining = Reste
report-col-used = Utilisé
report-heading-programmes = Les programmes de { $year }
report-col-programme = Programme
report-col-cycles = Cycles
report-col-grants = Subventions
report-col-travellers = Voyageurs
report-this-programme = { $programme } (ce rapport)
report-heading-countries = Par pays
report-col-country = Pays
report-col-sent = Voyageurs envoyés
report-col-received = Voyageurs accueillis
report-heading-travel = Voyages
report-travel-summary = { $travellers ->
    [one] Un voyageur
   *[other] { $travellers } voyageurs
} pour { $trips ->
    [one] un trajet
   *[other] { $trips } trajets
} ; { $green } d'entre eux ({ $share }) ont voyagé vert : en train, en car ou en covoiturage sur l'essentiel du trajet.
report-travel-none = Aucune subvention accordée de ce cycle ne finance de trajet.
report-map-caption = Les trajets du cycle, de chaque structure à son hôte, selon le grand cercle ; un trait plus épais porte plus de voyageurs.
report-legend-green = Voyage vert
report-legend-standard = Voyage standard
report-heading-footprint = Empreinte des voyages (estimation)
report-col-mode = Mode
report-col-factor = Facteur d'émission
report-col-per-km = g CO₂e par passager-km
report-col-trips = Trajets
report-col-traveller-km = Voyageurs-km
report-col-co2 = kg CO₂e
report-mode-standard = Standard
report-mode-green = Vert
report-total = Total
report-footprint-compare = Si tous les trajets avaient été standard, l'estimation serait de { $standard } kg CO₂e : le voyage vert a évité { $saved } kg.
report-footprint-method = Méthode : la distance orthodromique aller entre les deux structures, en kilomètres entiers, × 2 pour le retour × le nombre de voyageurs × le facteur du mode et de la distance du trajet.
report-footprint-source = Facteurs d'émission : { $source }
report-footprint-defaults = Ce sont les facteurs par défaut de Mobility Desk ; ils peuvent être modifiés pour le cycle.
report-footprint-unplaced = { $count ->
    [one] Un trajet est laissé
   *[other] { $count } trajets sont laissés
} de côté : une structure n'a pas de coordonnées.
report-heading-trips = Trajets
report-col-from = Départ
report-col-to = Arrivée
report-col-km = km, aller

# Les feuilles et libellés du classeur.
report-sheet-summary = Synthèse
report-sheet-programmes = Programmes
report-sheet-countries = Pays
report-sheet-journeys = Trajets
report-sheet-factors = Facteurs d'émission
report-label-cycle = Cycle
report-label-programme = Programme
report-label-year = Année
report-label-grants = Subventions accordées
report-label-travellers = Voyageurs
report-label-green = Voyageurs verts
report-label-green-share = Part du voyage vert
report-label-co2 = Empreinte estimée des voyages, kg CO₂e
report-label-all-standard = La même si tous les trajets avaient été standard, kg CO₂e
report-label-source = Source des facteurs d'émission
report-col-country-code = Code
report-col-hub = Structure
report-col-city = Ville
report-col-from-km = De (km)
report-col-to-km = À (km)
report-col-grant = Subvention
