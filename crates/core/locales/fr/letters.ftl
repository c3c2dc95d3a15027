# Lettres d'attribution, en français. Les montants et les dates arrivent déjà mis en forme ;
# $page et $pages arrivent comme des marques que la mise en page remplace.

letter-title = Lettre d'attribution { $reference }
letter-subject = { $cycle } : subvention à { $recipient }
place-date = { $place }, le { $date }
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
our-reference = Notre référence : { $reference }
replaces = Cette lettre remplace la lettre { $previous } du { $date } : la subvention a été modifiée.
recipient-for = pour { $hub }
subject = Objet : attribution d'une subvention de { $amount } – { $cycle }
salutation = { $name },
salutation-generic = Madame, Monsieur,
period = du { $start } au { $end }
period-open = à des dates encore à convenir
period-to-agree = à des dates que les deux lieux doivent encore convenir
participants = { $count ->
    [one] d'un participant
   *[other] de { $count } participants
}

body-visiting = Nous avons le plaisir de vous annoncer que { $hub } a été retenu comme lieu visiteur de { $cycle }. Le réseau lui attribue une subvention de { $amount } pour la visite { $participants } chez { $host } à { $host_place }, { $period }.
body-hosting = Nous avons le plaisir de vous annoncer que { $hub } a été retenu comme lieu d'accueil de { $cycle }. Il accueillera { $partner }, venu de { $partner_place }, { $period }. Le réseau lui attribue une subvention de { $amount } pour l'événement public qui clôt l'échange.
body-staff = Nous avons le plaisir de vous annoncer que { $person }, de { $hub }, a été retenu(e) pour un échange de personnel de { $cycle }, accueilli(e) par { $host } à { $host_place }, { $period }. Le réseau attribue une subvention de { $amount } pour le voyage et le séjour.
body-alliance = Nous avons le plaisir de vous annoncer que la visite de { $person }, de { $hub }, chez { $host } à { $host_place } a été acceptée dans { $cycle }, { $period }. Le réseau attribue une subvention de { $amount } pour le voyage et le séjour.
body-workshop = Nous avons le plaisir de vous annoncer que { $hub } a été élu par les membres du réseau pour produire { $cycle }, { $period }. Le réseau lui attribue une subvention de { $amount } pour le programme.
body-no-host = Nous avons le plaisir de vous annoncer que { $hub } a été retenu dans { $cycle }, { $period }. Le réseau lui attribue une subvention de { $amount }.
body-maximum = Le tableau ci-dessous détaille le calcul de la subvention, ligne par ligne, selon les règles du cycle. Il s'agit d'un plafond : le réseau ne verse pas davantage, et le solde dépend du rapport.

heading-breakdown = Détail de la subvention
col-item = Poste
col-basis = Base de calcul
col-quantity = Qté
col-rate = Taux
col-amount = Montant
line-participant = { $label }, participant { $number }
total = Total de la subvention
basis-distance_band = { $from } → { $to }, { $km } km aller ({ $band }) ; aller-retour
basis-distance_band-none = { $from } → { $to }, { $km } km aller : aucune tranche ne s'applique
basis-expensive_travel = { $from } → { $to }, { $km } km aller ; aller-retour à une part des frais réels, la tranche ({ $band }) n'en couvrant pas assez
basis-capped_travel = aller-retour, frais réels dans la limite du plafond
basis-subsistence = { $quantity ->
    [one] un jour
   *[other] { $quantity } jours
} d'activité et de voyage
basis-accommodation = { $quantity ->
    [one] une nuit
   *[other] { $quantity } nuits
}
basis-lump_sum = forfait
basis-green_top_up = voyage par un moyen de transport à faibles émissions
basis-inclusion_top_up = frais réels d'inclusion ou d'accessibilité
basis-visa_top_up = { $quantity ->
    [one] un participant a besoin d'un visa
   *[other] { $quantity } participants ont besoin d'un visa
}
basis-grant_cap = plafond de la subvention

heading-payments = Calendrier des versements
payments-intro = La subvention est versée par virement sur le compte que le lieu confirme par écrit, en { $count ->
    [one] un versement
   *[other] { $count } versements
} :
col-instalment = Versement
col-share = Part
col-due = Échéance
instalment-before = Préfinancement
instalment-after = Solde
instalment-change = Ajustement après modification
due-before = avant l'activité, au plus tard le { $date }
due-before-open = avant l'activité
due-after = après approbation du rapport
due-now = à partir du { $date }
paid-on = versé le { $date }

heading-report = Rapport
report-deadline-open = dans les deux mois qui suivent la fin de l'activité
report-visiting = Au plus tard le { $deadline }, le lieu adresse au réseau un rapport sur l'échange, accompagné du récit des participants : ce qu'ils ont appris, qui ils ont rencontré et ce qu'ils en feront. Les récits sont réunis dans une publication que le réseau utilise pour son plaidoyer. Le solde est versé après approbation du rapport.
report-hosting = Au plus tard le { $deadline }, le lieu adresse au réseau un court rapport sur l'échange et sur l'événement public final, avec son programme et quelques photographies. Le solde est versé après approbation du rapport.
report-person = Au plus tard le { $deadline }, { $person } adresse au réseau un court rapport sur le séjour, avec les justificatifs de voyage et une attestation de présence signée par le lieu d'accueil. Le solde est versé après approbation du rapport.
report-workshop = Au plus tard le { $deadline }, le lieu adresse au réseau un rapport sur le programme : les séances tenues, les participants et la suite envisagée. Le solde est versé après approbation du rapport.

heading-conditions = Conditions
condition-use = La subvention sert uniquement à l'activité décrite dans cette lettre et dans la candidature. Tout changement de dates, de participants ou de partenaire est convenu par écrit avec le secrétariat au préalable.
condition-recovery = Les sommes non dépensées, ou dépensées à d'autres fins, sont remboursées au réseau. Si l'activité n'a pas lieu, le préfinancement est remboursé en totalité.
condition-records = Les pièces justificatives et les preuves de voyage sont conservées cinq ans et présentées au réseau ou à ses auditeurs sur demande.
condition-visibility = La communication sur l'activité mentionne le soutien de { $network }.
acceptance = Pour accepter la subvention, merci de signer cette lettre et d'en retourner une copie au secrétariat dans les 15 jours.
closing = Veuillez agréer l'expression de nos salutations distinguées.
sign-for = Pour { $network }
accept-for = Lu et approuvé, pour { $hub }
accept-line = Nom, date et signature
page = Page { $page } sur { $pages }

# Les noms que l'application donne aux postes d'un nouveau cycle ; les noms saisis par
# l'équipe sont imprimés tels quels.
label-travel = Voyage
label-subsistence = Frais de séjour
label-final-event = Événement final
label-cap-visiting = Plafond par lieu visiteur
label-individual-support = Soutien individuel
label-workshop-grant = Subvention Workshops
label-accommodation = Hébergement
label-cap-person = Plafond par personne
label-days = { $label }, jours { $from } à { $to }
