# Ce que dit le cœur de l’application sur l’équipe : les postes, le dossier partagé, le journal et l’historique.

## Le dossier partagé ($path : un fichier ou dossier de celui-ci ; $error : les mots du système)
said-team-folder-not-made = Impossible de créer le dossier { $path } : { $error }. Vérifiez que le dossier partagé est là (une clé USB branchée, l’outil de synchronisation lancé) et que vous pouvez y écrire.
said-team-file-not-read = Impossible de lire { $path } : { $error }. Vérifiez que le dossier partagé est là (une clé USB branchée, l’outil de synchronisation lancé) et que vous pouvez y écrire.
said-team-data-not-placed = Impossible de mettre les données de l’équipe à la place de { $path } : { $error }. Vérifiez que le dossier partagé est là (une clé USB branchée, l’outil de synchronisation lancé) et que vous pouvez y écrire.
said-team-file-not-a-team-file = { $path } n’est pas un fichier d’équipe Mobility Desk : { $error }
said-team-not-a-folder = { $path } n’est pas un dossier (ou n’est pas là) : choisissez le dossier que votre équipe synchronise.
said-team-folder-inside-data = Choisissez un dossier hors du dossier de données de ce poste : le fichier de données lui-même n’est jamais mis dans le dossier partagé.
# $team : l’identifiant du poste qui a créé l’équipe.
said-team-folder-has-team = { $path } contient déjà une équipe ({ $team }) : choisissez Rejoindre une équipe pour travailler avec elle, ou un autre dossier.
said-team-folder-no-team = { $path } ne contient aucune équipe Mobility Desk : choisissez le dossier qu’un poste de votre équipe a partagé.
said-team-no-folder = Ce poste ne partage aucun dossier avec une équipe.
said-team-no-folder-share-first = Ce poste ne partage aucun dossier avec une équipe : Paramètres → Équipe → Partager par un dossier… d’abord.
said-team-folder-gone = Le dossier partagé { $path } n’est pas là (une clé USB débranchée, un outil de synchronisation arrêté ?). Rien n’est perdu : ce poste continue de fonctionner et se synchronise à son retour.
said-team-folder-gone-join = Le dossier partagé { $path } n’est pas là : branchez-le ou lancez l’outil de synchronisation, puis réessayez.
said-team-snapshot-newer = Les données de l’équipe ont été écrites par une version plus récente de Mobility Desk (version de données { $version }) : mettez Mobility Desk à jour pour rejoindre l’équipe.
said-team-no-snapshot = Le dossier ne contient encore aucun instantané des données de l’équipe : demandez au poste qui vous a approuvé de se synchroniser.

## Les postes de l’équipe ($desk : l’identifiant d’un poste)
said-team-desk-in-a-team = Ce poste fait déjà partie d’une équipe.
said-team-desk-in-the-team = Ce poste fait déjà partie de l’équipe.
said-team-desk-pending = Ce poste attend qu’un poste de l’équipe l’approuve.
said-team-desk-removed = Ce poste a été retiré de son équipe.
said-team-desk-removed-cannot-rejoin = Ce poste a été retiré de l’équipe : il ne peut pas la rejoindre à nouveau avec la même clé.
said-team-desk-has-records = Ce poste a ses propres enregistrements (lieux ou cycles). Un poste rejoint une équipe avec un dossier de données vide : lancez Mobility Desk avec un nouveau dossier de données pour la rejoindre, ou partagez plutôt les données de ce poste.
said-team-approve-not-member = Seul un poste de l’équipe peut en approuver un autre : partagez d’abord les données de ce poste par un dossier.
said-team-no-request = Aucun poste { $desk } n’a demandé à rejoindre l’équipe dans { $path }.
said-team-request-no-key = La demande d’adhésion ne contient aucune clé valide.
said-team-request-key-bad = La demande du poste { $desk } ne contient aucune clé valide : { $error }
said-team-request-other-desk = La demande dit venir du poste { $desk }, mais sa clé appartient à un autre poste : elle n’a pas été approuvée.
said-team-desk-claimed-twice = Deux postes disent être le poste { $desk } : cette demande n’a pas été approuvée.
said-team-desks-full = Une équipe compte { $most } postes au plus.
said-team-desk-remove-itself = Un poste ne peut pas se retirer lui-même : demandez à un autre poste de l’équipe de le retirer.
said-team-desk-not-active = Le poste { $desk } n’est pas un poste actif de cette équipe.
said-team-no-network-key = Ce poste ne détient pas la clé du réseau.
said-team-desk-key-unreadable = Une clé de ce poste est endommagée : { $error }
said-team-desk-key-damaged = La clé de ce poste dans le fichier de données est endommagée (elle ne fait pas 32 octets).
said-team-no-desk-read-only = Ce fichier de données n’a pas encore de poste : il a été ouvert en lecture seule avant que cette version de l’application y écrive pour la première fois.

## Le journal, ses modifications et la piste d’audit
said-team-log-entry-unreadable = Une entrée du journal est illisible : { $error }
said-team-read-only-receive = Le fichier de données est en lecture seule : les modifications de l’équipe ne peuvent pas y être appliquées.
said-team-not-a-shared-table = { $table } n’est pas une table partagée.
said-team-change-not-shared = une modification de { $table }, qui n’est pas une table partagée
said-team-audit-format = Enregistrez la piste d’audit en .xlsx ou en .csv, pas « { $path } ».
said-team-workbook-not-written = Impossible d’écrire le classeur : { $error }

## L’historique d’un enregistrement et les conflits
# $table : la sorte d’enregistrement.
said-team-no-record =
    Il n’existe { $table ->
        [hubs] aucun lieu
        [applications] aucune candidature
        [grants] aucune subvention
        [payments] aucun versement
        [letters] aucune lettre d’attribution
        [ballots] aucun bulletin
        [cycles] aucun cycle
       *[other] aucun enregistrement
    } { $id }.
# $subject : ce dont il est question dans le conflit, tel que le journal le nomme.
said-team-no-clash = Il n’y a aucun conflit à trancher pour { $subject }.
said-team-clash-version-unknown = Cette version n’est pas l’une de celles du conflit.
# La subvention, le vote ou le bulletin dont il est question ($hub : le nom d’un lieu ; $cycle : le titre d’un cycle).
said-team-clash-grant = Subvention à { $hub } ({ $cycle })
said-team-clash-vote = Le vote de { $cycle }
said-team-clash-ballot = Le bulletin de { $hub } dans le vote de { $cycle }
# Une modification d’une version d’un conflit : ce qu’elle a modifié, puis ses champs ($fields : « nom ancien → nouveau, … »).
said-team-clash-change = { said-team-change } : { $fields }

## Ce qu’a fait une modification de l’historique ($table : la table ; $op : insert, update ou delete ;
## $mark : ce qu’est $which — le numéro d’un versement, la référence d’une lettre, l’action d’une décision, ou none)
said-team-change =
    { $table ->
        [hubs] Lieu{ said-team-change-which } { $op ->
            [insert] créé
            [update] modifié
           *[delete] supprimé
        }
        [bank_accounts] Coordonnées bancaires{ said-team-change-which } { $op ->
            [insert] créées
            [update] modifiées
           *[delete] supprimées
        }
        [applications] Candidature{ said-team-change-which } { $op ->
            [insert] créée
            [update] modifiée
           *[delete] supprimée
        }
        [grants] Subvention{ said-team-change-which } { $op ->
            [insert] créée
            [update] modifiée
           *[delete] supprimée
        }
        [grant_history] Décision de subvention{ said-team-change-which } { $op ->
            [insert] créée
            [update] modifiée
           *[delete] supprimée
        }
        [grant_inputs] Données de la subvention{ said-team-change-which } { $op ->
            [insert] créées
            [update] modifiées
           *[delete] supprimées
        }
        [grant_reports] Rapport final{ said-team-change-which } { $op ->
            [insert] créé
            [update] modifié
           *[delete] supprimé
        }
        [payments] Versement{ said-team-change-which } { $op ->
            [insert] créé
            [update] modifié
           *[delete] supprimé
        }
        [letters] Lettre d’attribution{ said-team-change-which } { $op ->
            [insert] créée
            [update] modifiée
           *[delete] supprimée
        }
        [ballots] Bulletin{ said-team-change-which } { $op ->
            [insert] créé
            [update] modifié
           *[delete] supprimé
        }
        [cycles] Cycle{ said-team-change-which } { $op ->
            [insert] créé
            [update] modifié
           *[delete] supprimé
        }
        [cycle_events] Événement du cycle{ said-team-change-which } { $op ->
            [insert] créé
            [update] modifié
           *[delete] supprimé
        }
        [rule_sets] Règles{ said-team-change-which } { $op ->
            [insert] créées
            [update] modifiées
           *[delete] supprimées
        }
        [vote_settings] Vote{ said-team-change-which } { $op ->
            [insert] créé
            [update] modifié
           *[delete] supprimé
        }
        [selection_events] Sélection{ said-team-change-which } { $op ->
            [insert] créée
            [update] modifiée
           *[delete] supprimée
        }
       *[other] Enregistrement{ said-team-change-which } { $op ->
            [insert] créé
            [update] modifié
           *[delete] supprimé
        }
    }
said-team-change-which =
    { $mark ->
        [action] : { $which }
        [none] {""}
       *[other] {" "}{ $which }
    }
# La valeur d’un champ dans l’historique, quand elle n’est pas montrée telle qu’enregistrée.
said-team-value-empty = (vide)
said-team-value-none = (aucun)
said-team-value-deleted = (supprimé)
said-team-value-flag = { $flag ->
        [yes] oui
       *[no] non
    }
said-team-value-money = { MONEY($amount) }
said-team-value-lines = { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
said-team-value-file = un fichier de { $size } Ko

## Recevoir les entrées des autres postes ($entry : le numéro d’une entrée dans le journal de son poste ; $desk : l’identifiant d’un poste)
said-team-refused-two-entries = le poste { $desk } a envoyé deux entrées différentes portant le numéro { $entry } : celle appliquée en premier est conservée
said-team-refused-unreadable = l’entrée est illisible (tronquée ou abîmée en route)
said-team-refused-removed = écrite après le retrait de son poste de l’équipe
said-team-entry-changed = l’entrée { $entry } a été modifiée après son écriture (son contenu ne correspond pas à son empreinte)
said-team-entry-not-signed = l’entrée { $entry } n’est pas signée par la clé de ce poste
said-team-entry-redaction-not-signed = l’entrée { $entry } se dit expurgée par un effacement, mais le poste qui l’a écrite n’a pas signé ce qu’il en reste
said-team-entry-unreadable = l’entrée { $entry } est illisible : { $error }
said-team-entry-misplaced = l’entrée { $entry } se présente comme l’entrée { $claimed } du poste { $desk }
said-team-entry-out-of-order = l’entrée { $entry } ne suit pas l’entrée { $previous } (la chaîne a été réordonnée ou une entrée manque)
said-team-audit-unknown-desk = ce poste ne fait pas partie de l’équipe : sa clé est inconnue, aucune de ses entrées ne peut donc être vérifiée
said-team-audit-entry-missing = l’entrée { $entry } manque (la suivante détenue est l’entrée { $next })

## Les modifications reçues en attente ($count : combien ; $named : yes quand le poste porte le nom
## de sa personne, $who, sinon no et il est nommé par son identifiant, $desk)
said-team-waiting-changes = { $count ->
        [one] { $count } modification
       *[other] { $count } modifications
    }
said-team-waiting-from = { $named ->
        [yes] de { $who }
       *[no] du poste { $desk }
    }
# $version : la version des données dans laquelle les entrées ont été écrites.
said-team-waiting-newer = mettez Mobility Desk à jour pour lire { said-team-waiting-changes } { said-team-waiting-from } (venant d’une version plus récente de Mobility Desk, version des données { $version })
said-team-waiting-not-applied = { said-team-waiting-changes } { said-team-waiting-from } en attente d’application
# $reason : pourquoi elles attendent, tel que le journal le garde (en anglais).
said-team-waiting-because = { said-team-waiting-changes } { said-team-waiting-from } : { $reason }

## Pourquoi une entrée reçue attend, ou a été refusée
said-team-wait-change = attend la modification { $seq } de ce poste
said-team-wait-approval = venant d’un poste qui ne fait pas (encore) partie de l’équipe : elle attend l’accord pour ce poste
said-team-wait-newer = écrite par une version plus récente de Mobility Desk (version des données { $version }) : mettez Mobility Desk à jour pour la lire
said-team-wait-changes-of = { $count ->
        [one] { $count } modification
       *[other] { $count } modifications
    } du poste { $desk }
said-team-wait-for = attend { $missing }
said-team-refused-undone = écrite après le retrait de son poste de l’équipe (appliquée ici avant que le retrait n’arrive, puis défaite)
