# Ce que dit le cœur de l’application sur les candidatures, l’import des formulaires, les évaluateurs, les notes et la sélection.

## Le formulaire d’une candidature
said-intake-no-member-hub = Il n’y a pas de lieu membre n° { $id }.
said-intake-hub-archived = { $hub } est archivé : restaurez-le dans Lieux avant qu’il puisse candidater.
said-intake-role-not-allowed = Une candidature à { $programme } a pour rôle { $roles ->
        [visiting-or-hosting] lieu visiteur ou lieu d’accueil
        [visitor] visiteur
       *[proposer] lieu proposant
    }.
said-intake-partner-is-self = Un lieu ne peut pas être son propre partenaire ni son propre lieu d’accueil.
said-intake-manager-name-missing = Indiquez le nom du responsable du lieu.
said-intake-traveller-name-missing = Indiquez le nom de la personne qui voyage.
said-intake-email-bad = « { $email } » n’est pas une adresse e-mail.
said-intake-format-missing = Choisissez le format : observation en situation de travail (job-shadowing), projet, atelier, conférence ou autre.
said-intake-alliance-host-missing = Indiquez le lieu de l’Alliance à visiter.
said-intake-workshop-title-missing = Indiquez le titre de l’atelier.
said-intake-participants-missing = Indiquez le nombre de participants attendus.
said-intake-budget-negative = Le budget demandé ne peut pas être négatif.
said-intake-travellers-range = Entre 1 et { $most } voyageur(s).
said-intake-dates-reversed = Le dernier jour ({ $last }) précède le premier ({ $first }).
said-intake-text-too-long = Trop long (10 000 caractères au plus).
said-intake-submitted-bad = « { $text } » n’est pas une heure : écrivez 2027-01-14T09:30:00Z ou 2027-01-14.
said-intake-person-applied-twice = { $person } ({ $hub }) a déjà candidaté dans ce cycle (candidature n° { $other }).
said-intake-hub-applied-twice = { $hub } a déjà candidaté dans ce cycle comme { $role ->
        [visiting] lieu visiteur
        [hosting] lieu d’accueil
        [visitor] visiteur
       *[proposer] lieu proposant
    } (candidature n° { $other }).
said-intake-cycle-fixed = Une candidature ne peut pas passer à un autre cycle.
said-intake-no-application = Il n’y a pas de candidature n° { $id }.
said-intake-application-not-in-cycle = La candidature n° { $id } n’appartient pas à ce cycle.

## La lecture d’un fichier : l’export d’un formulaire ou la feuille d’un évaluateur
said-intake-workbook-unreadable = Le classeur n’a pas pu être lu ({ $error }) : enregistrez-le de nouveau en .xlsx ou en CSV.
said-intake-workbook-no-sheet = Le classeur n’a aucune feuille.
said-intake-file-empty = Le fichier est vide : il n’a pas de ligne d’en-tête.
said-intake-csv-unreadable = Le fichier n’a pas pu être lu comme un CSV : { $error }.
said-intake-header-too-short = La ligne d’en-tête nomme moins de deux colonnes : s’agit-il bien de l’export d’un formulaire avec une ligne d’en-tête ?
said-intake-column-twice = La colonne « { $column } » apparaît deux fois (colonnes { $first } et { $second }) : renommez l’une d’elles dans le fichier.

## L’import de candidatures depuis l’export d’un formulaire
said-intake-import-file-changed = Le fichier a changé depuis l’aperçu. Affichez de nouveau l’aperçu avant d’importer.
said-intake-import-unmapped = Aucune colonne n’est associée à { $fields } : choisissez la colonne de chacun dans la correspondance. Rien n’a été importé.
said-intake-import-no-rows = Le fichier a un en-tête mais aucune ligne. Rien n’a été importé.
said-intake-import-problems = { $count } problème(s) dans le fichier, rien n’a été importé. Le premier : ligne { $row }, { $column } : { $problem }.
said-intake-import-problems-whole-row = { $count } problème(s) dans le fichier, rien n’a été importé. Le premier : ligne { $row }, toute la ligne : { $problem }.
said-intake-mapping-not-a-field = « { $field } » n’est pas un champ des candidatures à { $programme }.
said-intake-mapping-no-column = Le fichier n’a pas de colonne « { $column } ».
said-intake-mapping-column-taken = La colonne « { $column } » est déjà associée à { $other }.

## Les évaluateurs
said-intake-no-reviewer = Il n’y a pas d’évaluateur { $id }.
said-intake-reviews-closed = « { $cycle } » a passé la phase Sélection : ses évaluateurs et leurs attributions ne peuvent plus changer.
said-intake-reviewer-name-missing = Indiquez le nom de l’évaluateur : il signe ses notes.
said-intake-at-most-80 = 80 caractères au plus.
said-intake-reviewer-name-is-staff = « { $name } » signe les notes du secrétariat lui-même dans une évaluation à l’aveugle : indiquez le nom de l’évaluateur.
said-intake-reviewer-name-taken = { $name } est déjà évaluateur de ce cycle.
said-intake-no-hub = Il n’y a pas de lieu { $id }.
said-intake-country-bad = « { $country } » n’est pas un code de pays ISO 3166-1 (deux lettres, p. ex. DE, GR, PL).
said-intake-language-bad = « { $code } » n’est pas un code de langue ISO 639-1 à deux lettres (p. ex. en, fr, el).
said-intake-reviewer-hub-conflict = { $reviewer } évalue la candidature n° { $id } et aurait alors un conflit d’intérêts avec elle ({ $reason }) : retirez d’abord cette attribution.
said-intake-reviewer-has-scores = { $reviewer } a noté { $count } { $count ->
        [one] candidature
       *[other] candidatures
    } : supprimez d’abord ses notes, ou gardez cette personne comme évaluateur.

## Les attributions et les conflits d’intérêts
said-intake-reviewer-cannot-review = { $reviewer } ne peut pas évaluer cette candidature : { $reason }.
said-intake-not-assigned = La candidature n° { $id } n’est pas attribuée à { $reviewer }.
said-intake-reviewers-per-application = Chaque candidature reçoit de 1 à 10 évaluateurs.
said-intake-no-reviewers = Ajoutez d’abord les évaluateurs du cycle.
said-intake-conflict-reason-missing = Dites pourquoi : la raison est conservée avec le conflit.
said-intake-conflict-reason-long = 500 caractères au plus.
said-intake-no-declared-conflict = { $reviewer } n’a déclaré aucun conflit avec la candidature n° { $id }.

## La feuille de notes d’un évaluateur
said-intake-workbook-not-written = Le classeur n’a pas pu être écrit : { $error }
said-intake-sheet-reviewer-missing = Indiquez l’évaluateur à qui appartient cette feuille (80 caractères au plus).
said-intake-sheet-no-application-column = La feuille n’a pas de colonne « Application » (le numéro de chaque candidature notée).
said-intake-sheet-no-criterion-column = La feuille n’a pas de colonne « { $criterion } » (une colonne par critère, nommée comme dans le cycle).
said-intake-sheet-not-an-application-number = « { $text } » n’est pas un numéro de candidature (p. ex. 12 ou #12).
said-intake-sheet-application-withdrawn = La candidature n° { $id } est retirée : elle n’est plus notée.
said-intake-sheet-scored-twice = La candidature n° { $id } est notée deux fois dans la feuille.
said-intake-sheet-conflict = { $reviewer } a un conflit d’intérêts avec la candidature n° { $id } : ses notes ne compteraient pas.
said-intake-sheet-score-not-a-number = « { $text } » n’est pas un nombre entier de 0 à { $most }.
said-intake-sheet-empty = La feuille ne contient aucune candidature notée.

## Les notes
said-intake-scores-closed = « { $cycle } » a passé la phase Sélection : les notes ne peuvent plus changer.
said-intake-scores-closed-cycle = Le cycle a passé la phase Sélection : les notes ne peuvent plus changer.
said-intake-score-reviewer-missing = Indiquez le nom de l’évaluateur : chaque note est signée.
said-intake-criterion-by-staff = « { $criterion } » est noté par le secrétariat dans cette évaluation à l’aveugle, après la levée de l’anonymat : signez sa note « { $signature } ».
said-intake-criterion-by-reviewers = « { $criterion } » est noté par les évaluateurs, pas par le secrétariat.
said-intake-criterion-not-in-cycle = Le critère n° { $id } n’appartient pas à ce cycle.
said-intake-score-out-of-range = { $score } est hors limites : « { $criterion } » se note de 0 à { $most }.
said-intake-score-missing = Notez « { $criterion } » (de 0 à { $most }).
said-intake-criterion-scored-twice = « { $criterion } » est noté deux fois.
said-intake-note-too-long = 2 000 caractères au plus.
said-intake-application-withdrawn = Cette candidature est retirée : elle n’est plus notée.
said-intake-score-conflict = { $reviewer } a un conflit d’intérêts avec cette candidature ({ $reason }) : ses notes ne compteraient pas.
said-intake-not-scored = { $reviewer } n’a pas noté la candidature n° { $id }.

## Les critères et les règles d’une sélection
said-intake-settings-frozen = « { $cycle } » a passé la phase Sélection : ses critères et ses règles sont figés. Ramenez-le en Sélection (avec une raison) pour les modifier.
said-intake-criteria-none = Un classement demande au moins un critère.
said-intake-criterion-label-missing = Nommez le critère.
said-intake-criterion-twice = « { $criterion } » figure deux fois.
said-intake-weight-range = Un poids va de 0 à 100.
said-intake-top-score-range = La note maximale va de 1 à 100.
said-intake-weights-all-zero = Au moins un critère doit avoir un poids supérieur à 0.
said-intake-place-cost = Le coût d’une place doit être supérieur à 0 €.
said-intake-blind-needs-reviewer-criterion = Dans une évaluation à l’aveugle, les évaluateurs ont besoin d’au moins un critère qui n’est pas noté par l’équipe.
said-intake-min-participants = Au moins un participant, ou laissez le champ vide.
said-intake-top-score-below-scores = { $count } note(s) de « { $criterion } » dépassent { $most } : modifiez-les d’abord, ou gardez la note maximale.

## Sélectionner et décider
said-intake-select-by-vote = Le vote des membres décide de « { $cycle } » : son résultat, une fois proclamé, désigne le lauréat (Votes).
said-intake-select-too-early = « { $cycle } » est en phase { $phase ->
        [draft] Brouillon
        [call_open] Appel ouvert
        [selection] Sélection
        [matching] Appariement
        [awarded] Attribué
        [in_progress] En cours
        [reporting] Rapports
       *[closed] Clos
    } : passez-le d’abord en Sélection.
said-intake-select-past = « { $cycle } » a passé la phase Sélection : la sélection est faite. Ramenez-le en Sélection (avec une raison) pour la modifier.
said-intake-applicant-withdrawn = { $applicant } s’est retiré.
said-intake-not-eligible = { $applicant } n’est pas recevable : { $reasons }
said-intake-places-taken = Les { $slots } places { $pool ->
        [visiting] des lieux visiteurs
        [hosting] des lieux d’accueil
        [staff] des membres du personnel
        [alliance] des professionnels de l’Alliance
        [proposing] des lieux proposants
       *[none] { "" }
    } sont prises : placez d’abord quelqu’un sur la liste d’attente.
said-intake-already-withdrawn = La candidature n° { $id } est déjà retirée.

## Pourquoi une candidature n’est pas recevable (chaque raison est une phrase)
said-intake-reason-hub-archived = { $hub } est archivé.
said-intake-reason-former-member = { $hub } est un ancien membre : seuls les membres réguliers et associés peuvent candidater.
said-intake-reason-not-in-alliance = { $hub } ne fait pas partie de la Hubs Alliance.
said-intake-reason-host-not-in-alliance = Le lieu d’accueil, { $host }, ne fait pas partie de la Hubs Alliance.
said-intake-reason-host-archived = Le lieu d’accueil, { $host }, est archivé.
said-intake-reason-no-host = Aucun lieu d’accueil n’est indiqué.
said-intake-reason-few-participants = { $count } participant(s) attendu(s), moins que les { $min } qu’il faut à un atelier.
said-intake-reason-outside-window = Les dates (du { $first } au { $last }) sortent de la période d’activité (du { $opens } au { $closes }).
said-intake-reason-too-short = { $days } jour(s), c’est moins que l’activité la plus courte ({ $min } jours).
said-intake-reason-too-long = { $days } jours, c’est plus que l’activité la plus longue ({ $max } jours).
said-intake-reason-no-dates = Aucune date n’est indiquée.
said-intake-reason-duplicate = Un doublon de la candidature n° { $other }.

## Pourquoi un évaluateur a un conflit d’intérêts avec une candidature (après « ne peut pas évaluer : »)
said-intake-conflict-own-hub = la candidature vient de son propre lieu, { $hub }
said-intake-conflict-partner = la candidature désigne son lieu, { $hub }, comme partenaire
said-intake-conflict-paired = son lieu, { $hub }, forme un binôme avec cette candidature dans le cycle
# $reason : les mots tapés par la personne qui l’a déclaré.
said-intake-conflict-declared = déclaré : { $reason }

## Pourquoi l’attribution automatique a laissé une candidature sans assez d’évaluateurs
said-intake-shortfall-conflicts = les autres évaluateurs ont un conflit d’intérêts avec elle
# $languages : des codes de langue, « el, en ».
said-intake-shortfall-conflicts-or-languages = les autres évaluateurs ont un conflit d’intérêts avec elle ou ne lisent pas { $languages }

## Les groupes d’une sélection
said-intake-pool = { $pool ->
        [visiting] Lieux visiteurs
        [hosting] Lieux d’accueil
        [staff] Membres du personnel
        [alliance] Professionnels de l’Alliance
       *[proposing] Lieux proposants
    }

## Un retrait qui libère une place proposée à personne
said-intake-withdraw-not-offered = « { $cycle } » est en phase { $phase ->
        [draft] Brouillon
        [call_open] Appel ouvert
        [selection] Sélection
        [matching] Appariement
        [awarded] Attribué
        [in_progress] En cours
        [reporting] Rapports
       *[closed] Clos
    } : la place n’est pas proposée de nouveau automatiquement.
said-intake-withdraw-list-empty = La liste d’attente est vide : la place reste libre.

## Les champs d’une candidature qu’une colonne de l’export d’un formulaire peut remplir
said-intake-import-field = { $field ->
        [external_ref] Identifiant de la réponse
        [submitted_at] Envoyée le
        [hub] Lieu
        [role] Lieu visiteur ou d’accueil
        [person_name] Nom
        [person_email] E-mail
        [person_role] Fonction dans le lieu
        [partner_hub] Lieu partenaire ou d’accueil
        [format] Format
        [starts_on] Premier jour
        [ends_on] Dernier jour
        [title] Titre
        [summary] Programme de travail ou résumé
        [travellers] Voyageurs
        [travel_mode] Mode de déplacement
        [participants] Participants attendus
        [budget_request] Budget demandé (€)
       *[needs] Besoins d’accessibilité ou d’inclusion
    }
# Ce que les cellules de chaque champ peuvent contenir.
said-intake-import-hint = { $field ->
        [external_ref] l’identifiant de la réponse dans le formulaire ; un nouvel import met à jour la même candidature
        [submitted_at] 2027-01-14 09:30, 2027-01-14T09:30:00Z ou 14/01/2027 09:30 (UTC)
        [hub] le nom ou la clé du lieu membre
        [role] visiting (lieu visiteur) ou hosting (lieu d’accueil)
        [person_name] le responsable du lieu (P2P) ou la personne qui voyage
        [person_email] une adresse e-mail
        [person_role] chargé de production, technicien…
        [partner_hub] le nom ou la clé d’un lieu membre
        [format] job-shadowing, project-based, workshop, lecture ou other
        [starts_on] 2027-05-03 ou 03/05/2027
        [ends_on] 2027-05-07 ou 07/05/2027
        [title] le titre de l’atelier
        [summary] texte libre
        [travellers] un nombre entier, 1 si vide
        [travel_mode] green (train, bus, covoiturage) ou standard
        [participants] un nombre entier
        [budget_request] un montant en euros, p. ex. 9 500
       *[needs] texte libre
    }

## Ce qui ne va pas dans une cellule de l’export d’un formulaire (après « ligne 3, Colonne : »)
said-intake-cell-not-a-date = « { $text } » n’est pas une date : écrivez 2027-05-03 ou 03/05/2027
said-intake-cell-not-a-date-in-order = « { $text } » n’est pas une date lue { $order ->
        [day_month] jour/mois
       *[month_day] mois/jour
    } (l’ordre des dates de ce fichier)
said-intake-cell-date-ambiguous = « { $text } » peut être le { DATE($first) } ou le { DATE($second) } : choisissez l’ordre des dates de ce fichier (jour/mois ou mois/jour)
said-intake-cell-not-a-time = « { $text } » n’est pas une date et heure : écrivez 2027-01-14 09:30 ou 14/01/2027 09:30
said-intake-cell-not-a-role = « { $text } » n’est ni visiting (lieu visiteur) ni hosting (lieu d’accueil)
said-intake-cell-not-a-travel-mode = « { $text } » n’est pas un mode de déplacement : écrivez green ou standard
said-intake-cell-not-a-format = « { $text } » n’est pas un format : écrivez job-shadowing, project-based, workshop, lecture ou other
said-intake-cell-not-a-whole-number = « { $text } » n’est pas un nombre entier
said-intake-cell-hub-ambiguous = plusieurs lieux membres s’appellent « { $name } » : utilisez la clé du lieu
said-intake-cell-no-such-hub = aucun lieu membre ne s’appelle « { $name } » (nom ou clé)
said-intake-cell-no-hub = aucun lieu indiqué
# $rows : les autres lignes, « 4, 9 ».
said-intake-cell-response-id-twice = l’identifiant de réponse « { $id } » figure aussi à la ligne { $rows } : chaque réponse a besoin de son propre identifiant, ou l’une des lignes est un doublon à supprimer

## Le détail consigné avec une décision de sélection
said-intake-event-rank = rang { $rank } des { $pool ->
        [visiting] lieux visiteurs
        [hosting] lieux d’accueil
        [staff] membres du personnel
        [alliance] professionnels de l’Alliance
        [proposing] lieux proposants
       *[other] { $label }
    }
said-intake-event-rank-score = { said-intake-event-rank }, note { $whole },{ $hundredths }
said-intake-event-budget-taken = l’enveloppe budgétaire est épuisée
said-intake-event-slots-taken = les { $slots } places sont prises
said-intake-event-waiting = liste d’attente n° { $rank } : { $why }
said-intake-event-by-hand = décidé à la main
said-intake-event-gave-up = a renoncé à une place obtenue
said-intake-event-promoted = s’est vu proposer la place depuis la liste d’attente
