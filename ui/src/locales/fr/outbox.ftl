# La boîte d’envoi : les e-mails rédigés à partir des modèles, vérifiés, envoyés par le serveur de messagerie.

## Types de message (noms dans les listes, ce que la rédaction écrit, pourquoi elle n’a rien écrit)

outbox-kind-award = Lettre d’attribution
outbox-kind-rejection = Non retenue
outbox-kind-waiting-list = Liste d’attente
outbox-kind-payment-made = Versement effectué
outbox-kind-report-reminder = Rappel de rapport
outbox-kind-reviewer-invitation = Invitation d’évaluateur

outbox-kind-award-description = Un e-mail par lettre d’attribution émise, avec le PDF de la lettre en pièce jointe, dans la langue de la lettre.
outbox-kind-rejection-description = Un par candidature non retenue.
outbox-kind-waiting-list-description = Un par candidature sur liste d’attente.
outbox-kind-payment-made-description = Un par versement effectué.
outbox-kind-report-reminder-description = Les rappels dus aujourd’hui selon le calendrier du cycle, pour les rapports non reçus.
outbox-kind-reviewer-invitation-description = Un par évaluateur ayant des candidatures à noter, avec sa grille en pièce jointe.

outbox-kind-award-nothing = Rien à écrire : aucune lettre d’attribution n’a encore été émise dans ce cycle.
outbox-kind-rejection-nothing = Rien à écrire : aucune candidature de ce cycle n’est marquée comme non retenue.
outbox-kind-waiting-list-nothing = Rien à écrire : aucune candidature de ce cycle n’est sur liste d’attente.
outbox-kind-payment-made-nothing = Rien à écrire : aucun versement de ce cycle n’a encore été effectué.
outbox-kind-report-reminder-nothing = Rien à écrire : aucun rappel n’est dû aujourd’hui.
outbox-kind-reviewer-invitation-nothing = Rien à écrire : aucun évaluateur de ce cycle n’a de candidatures à noter.

## États d’un message

outbox-state-draft = Brouillon
outbox-state-queued = En file d’attente
outbox-state-sent = Envoyé
outbox-state-discarded = Abandonné

## Protection du serveur de messagerie

outbox-security-starttls = STARTTLS (port 587)
outbox-security-tls = TLS (port 465)
outbox-security-none = Aucune — réseau local uniquement

## Tailles, tentatives, envois et résultat de la rédaction

outbox-size-kb = { $size } Ko
outbox-size-mb = { $size } Mo

outbox-attempts =
    { $count ->
        [one] Essayé une fois
       *[other] Essayé { $count } fois
    }
outbox-attempts-last =
    { $count ->
        [one] Essayé une fois, la dernière le { $when }
       *[other] Essayé { $count } fois, la dernière le { $when }
    }

outbox-send-nothing = Rien n’a été envoyé.
outbox-send-nothing-problem = Rien n’a été envoyé : { $problem }
outbox-send-done =
    { $queued ->
        [0] { $sent ->
            [one] { $sent } envoyé.
           *[other] { $sent } envoyés.
        }
       *[other] { $sent ->
            [one] { $sent } envoyé
           *[other] { $sent } envoyés
        } ; { $queued } encore en file d’attente.
    }
outbox-send-done-problem =
    { $queued ->
        [0] { $sent ->
            [one] { $sent } envoyé
           *[other] { $sent } envoyés
        } : { $problem }
       *[other] { $sent ->
            [one] { $sent } envoyé
           *[other] { $sent } envoyés
        } ; { $queued } encore en file d’attente : { $problem }
    }

outbox-compose-written =
    { $created ->
        [one] { $created } brouillon écrit.
       *[other] { $created } brouillons écrits.
    }
outbox-compose-written-already =
    { $created ->
        [one] { $created } brouillon écrit.
       *[other] { $created } brouillons écrits.
    } { $already ->
        [one] { $already } avait déjà été rédigé et n’est pas réécrit.
       *[other] { $already } avaient déjà été rédigés et ne sont pas réécrits.
    }
outbox-compose-nothing-new =
    { $already ->
        [one] Rien de nouveau : { $already } avait déjà été rédigé.
       *[other] Rien de nouveau : { $already } avaient déjà été rédigés.
    }
outbox-compose-none = Aucun brouillon écrit.

## L’écran Boîte d’envoi

outbox-screen-title = Boîte d’envoi
outbox-screen-subtitle = Les e-mails écrits à partir des modèles : vérifiez-les, puis envoyez-les par le serveur de messagerie du réseau.
outbox-screen-compose = Rédiger…
outbox-screen-sending = Envoi…
outbox-screen-send = Envoyer
outbox-screen-send-count = Envoyer { $count }
outbox-screen-server = Serveur de messagerie…
outbox-screen-templates = Modèles…
outbox-screen-no-server = Aucun serveur de messagerie n’est défini : les messages restent en file d’attente jusqu’à ce qu’il le soit. Définissez-le avec Serveur de messagerie…
outbox-screen-last-send = Dernier envoi :
outbox-screen-hide = Masquer
outbox-screen-loading = Chargement de la boîte d’envoi…
outbox-screen-empty-title = Aucun message pour l’instant
outbox-screen-empty-text = La rédaction écrit les e-mails qu’appellent vos dossiers : un par lettre d’attribution émise, par candidature non retenue ou sur liste d’attente, par versement effectué, par rappel de rapport dû et par évaluateur à inviter. Chacun attend ici en brouillon, pour que vous le vérifiiez et le modifiiez.
outbox-screen-empty-send = Rien n’est envoyé avant que vous cochiez les brouillons et cliquiez sur Envoyer.
outbox-screen-show = Afficher
outbox-screen-filter-all = Tous ({ $count })
outbox-screen-filter-draft = Brouillons ({ $count })
outbox-screen-filter-queued = En file d’attente ({ $count })
outbox-screen-filter-sent = Envoyés ({ $count })
outbox-screen-none-all = Aucun message.
outbox-screen-none-draft = Aucun brouillon : chaque message rédigé a été envoyé, mis en file d’attente ou abandonné.
outbox-screen-none-queued = Aucun message n’attend dans la file.
outbox-screen-none-sent = Aucun message n’a encore été envoyé.
outbox-screen-show-all = Tout afficher
outbox-screen-why-tick = Rien à envoyer pour l’instant : cochez dans la liste les brouillons à envoyer.
outbox-screen-why-show = Rien à envoyer pour l’instant : affichez les brouillons, puis cochez ceux à envoyer.
outbox-screen-why-empty = Rien à envoyer : il n’y a ni brouillon ni message en file d’attente. Rédigez d’abord des messages.
outbox-screen-send-takes-drafts =
    { $drafts ->
        [one] Envoyer prend { $drafts } brouillon coché.
       *[other] Envoyer prend { $drafts } brouillons cochés.
    }
outbox-screen-send-takes-queued =
    { $queued ->
        [one] Envoyer prend { $queued } message en file d’attente.
       *[other] Envoyer prend { $queued } messages en file d’attente.
    }
outbox-screen-send-takes-both =
    Envoyer prend { $drafts ->
        [one] { $drafts } brouillon coché
       *[other] { $drafts } brouillons cochés
    } et { $queued ->
        [one] { $queued } message en file d’attente
       *[other] { $queued } messages en file d’attente
    }.
outbox-screen-pick-all = Cocher tous les brouillons affichés
outbox-screen-pick = Envoyer le message à { $who }
outbox-screen-column-kind = Type
outbox-screen-column-recipient = Destinataire
outbox-screen-column-subject = Objet
outbox-screen-column-cycle = Cycle
outbox-screen-column-state = État
outbox-screen-open = Ouvrir
outbox-screen-attached = Pièce jointe :
outbox-screen-not-tried = Pas encore essayé
outbox-screen-no-answer = Le serveur n’a donné aucune réponse

## Fenêtre Rédiger

outbox-compose-title = Rédiger des messages
outbox-compose-sub = Écrit un brouillon pour chaque personne à qui ce type de message est dû. Rien n’est envoyé : les brouillons attendent dans la boîte d’envoi que vous les vérifiiez et cliquiez sur Envoyer. Rédiger de nouveau n’écrit que ce qui est nouveau.
outbox-compose-loading = Chargement des cycles…
outbox-compose-no-cycle = Il n’y a pas encore de cycle : les messages sont rédigés pour un cycle. Créez-en d’abord un sous Cycles.
outbox-compose-cycle = Cycle
outbox-compose-kind = Type de message
outbox-compose-language = Langue
outbox-compose-language-network = La langue du réseau
outbox-compose-language-award-hint = Le message d’une lettre d’attribution est toujours écrit dans la langue de sa lettre.
outbox-compose-language-hint = La langue de tous les messages rédigés maintenant.
outbox-compose-drafts-note = Les brouillons sont dans la boîte d’envoi : ouvrez-les pour les vérifier, cochez-les et cliquez sur Envoyer.
outbox-compose-left-out =
    { $count ->
        [one] Laissée de côté : { $count } personne
       *[other] Laissées de côté : { $count } personnes
    }
# Une personne laissée de côté, et pourquoi (la raison vient du cœur).
outbox-compose-skipped = { $who } : { $reason }
outbox-compose-skipped-hint = Enregistrez ou corrigez leur adresse e-mail, puis rédigez de nouveau : seuls les messages manquants sont écrits.
outbox-compose-close = Fermer
outbox-compose-composing = Rédaction…
outbox-compose-go = Rédiger

## Le calendrier des rappels, dans la fenêtre Rédiger

outbox-schedule-title = Calendrier des rappels de { $cycle }
outbox-schedule-legend = Calendrier des rappels
outbox-schedule-days-before = Premier rappel, jours avant la date limite des rapports
outbox-schedule-every = Puis tous les … jours
outbox-schedule-every-hint = Jusqu’à réception du rapport.
outbox-schedule-active = Écrire des rappels pour ce cycle
outbox-schedule-unsaved = Pas encore enregistré : la rédaction suit le calendrier enregistré.
outbox-schedule-save = Enregistrer le calendrier
outbox-schedule-saved = Calendrier des rappels enregistré.
outbox-schedule-discard = Les modifications du calendrier des rappels n’ont pas été enregistrées.
outbox-schedule-days-before-error = Indiquez un nombre entier de jours, de 0 à 365.
outbox-schedule-every-error = Indiquez un nombre entier de jours, de 1 à 365.
outbox-schedule-no-deadline = Ce cycle n’a pas encore de date limite des rapports : aucun rappel n’est écrit tant qu’elle n’est pas fixée sous Cycles.
outbox-schedule-off = Les rapports sont dus le { $deadline }. Tant que le calendrier est désactivé, aucun rappel n’est écrit pour ce cycle.
# $every vaut 0 quand l’intervalle saisi n’est pas un nombre entier de jours.
outbox-schedule-on =
    Les rapports sont dus le { $deadline }. Le premier rappel est dû le { $first }, { $every ->
        [0] puis d’autres
        [1] puis un chaque jour
       *[other] puis un tous les { $every } jours
    } jusqu’à réception du rapport. L’application écrit aussi les rappels dus chaque jour où elle est ouverte ; ils attendent en brouillon dans la boîte d’envoi.
outbox-schedule-on-undated =
    Les rapports sont dus le { $deadline }. Le premier rappel arrive avant la date limite, { $every ->
        [0] puis d’autres
        [1] puis un chaque jour
       *[other] puis un tous les { $every } jours
    } jusqu’à réception du rapport. L’application écrit aussi les rappels dus chaque jour où elle est ouverte ; ils attendent en brouillon dans la boîte d’envoi.

## Un message, dans sa fenêtre

outbox-message-untitled = Message
outbox-message-in-language = en { $language }
outbox-message-saved = Modifications enregistrées.
outbox-message-discarded = Message abandonné.
outbox-message-saved-to = Enregistré dans { $path }
outbox-message-sent = Envoyé le { $when }. Il ne peut plus changer.
outbox-message-sent-undated = Envoyé à une date inconnue. Il ne peut plus changer.
outbox-message-answer = Réponse du serveur : { $answer }
outbox-message-no-answer = Réponse du serveur : aucune
outbox-message-queued-untried = En file d’attente : il part avec le prochain envoi. Pas encore essayé.
outbox-message-queued-tried =
    { $count ->
        [one] En file d’attente : le serveur ne l’a pas encore pris. Essayé une fois. Il est réessayé toutes les quelques minutes tant que l’application est ouverte.
       *[other] En file d’attente : le serveur ne l’a pas encore pris. Essayé { $count } fois. Il est réessayé toutes les quelques minutes tant que l’application est ouverte.
    }
outbox-message-queued-tried-last =
    { $count ->
        [one] En file d’attente : le serveur ne l’a pas encore pris. Essayé une fois, la dernière le { $when }. Il est réessayé toutes les quelques minutes tant que l’application est ouverte.
       *[other] En file d’attente : le serveur ne l’a pas encore pris. Essayé { $count } fois, la dernière le { $when }. Il est réessayé toutes les quelques minutes tant que l’application est ouverte.
    }
outbox-message-draft = Un brouillon : rien n’est envoyé avant que vous le cochiez dans la boîte d’envoi et cliquiez sur Envoyer.
outbox-message-name = Nom du destinataire
outbox-message-email = Adresse e-mail
outbox-message-subject = Objet
outbox-message-body = Message
# $name (le nom du fichier) est affiché en gras.
outbox-message-attached = Pièce jointe : { $name } ({ $size })
outbox-message-eml-hint = Un fichier .eml enregistré contient le message tel qu’il a été enregistré en dernier : enregistrez d’abord vos modifications.
outbox-message-discard = Abandonner…
outbox-message-eml = Enregistrer en .eml…
outbox-message-close = Fermer
outbox-message-save = Enregistrer
outbox-message-save-title = Enregistrer les modifications (Ctrl+S)
outbox-message-discard-title = Abandonner ce message ?
outbox-message-discard-text = Il ne sera pas envoyé, et une nouvelle rédaction ne le réécrira pas. Il quitte la boîte d’envoi ; sa lettre, son versement ou son rapport restent tels quels.
outbox-message-discard-confirm = Abandonner le message
outbox-message-discard-keep = Le garder
outbox-message-unsaved = Les modifications de ce message n’ont pas été enregistrées.

## Fenêtre Serveur de messagerie

outbox-server-title = Serveur de messagerie
outbox-server-sub = Le serveur par lequel la boîte d’envoi envoie, tel que votre fournisseur de messagerie ou votre contact informatique l’indique. Il est gardé sur ce poste : chaque poste envoie par son propre compte.
outbox-server-loading = Chargement du serveur de messagerie…
outbox-server-connection = Connexion
outbox-server-host = Serveur
outbox-server-host-hint = Le nom du serveur de courrier sortant (SMTP), par exemple smtp.example.org.
outbox-server-security = Protection
outbox-server-port = Port
outbox-server-port-hint = Suit la protection tant qu’il garde le port habituel.
outbox-server-port-error = Un port est un nombre de 1 à 65535 (587 pour STARTTLS, 465 pour TLS).
outbox-server-login = Identification
outbox-server-username = Nom d’utilisateur
outbox-server-username-hint = Laissez vide si le serveur ne demande pas d’identification.
outbox-server-password = Mot de passe
outbox-server-password-hint = Gardé dans le trousseau de cet ordinateur, jamais dans le fichier de données. Laissez vide pour garder celui enregistré.
outbox-server-password-saved = Un mot de passe est enregistré dans le trousseau.
outbox-server-password-none = Aucun mot de passe enregistré.
outbox-server-forget = Oublier le mot de passe
outbox-server-password-forgotten = Mot de passe oublié.
outbox-server-password-moves = Le mot de passe enregistré appartient à cet utilisateur sur ce serveur : après cette modification, saisissez-le de nouveau.
outbox-server-sender = Expéditeur
outbox-server-from = Adresse de l’expéditeur
outbox-server-from-hint = L’adresse d’où partent les messages, et où arrivent les réponses.
outbox-server-from-name = Nom de l’expéditeur
outbox-server-from-name-hint = Affiché à côté de l’adresse, par exemple le nom du réseau.
outbox-server-cancel = Annuler
outbox-server-save = Enregistrer
outbox-server-save-title = Enregistrer (Ctrl+S)
outbox-server-saved = Serveur de messagerie enregistré.
outbox-server-unsaved = Les modifications du serveur de messagerie n’ont pas été enregistrées.

## Fenêtre Modèles

outbox-templates-title = Modèles de message
outbox-templates-sub = Ce que dit chaque type de message, dans chaque langue. Les messages rédigés à partir de maintenant utilisent le modèle enregistré ; ceux déjà rédigés gardent leur texte.
outbox-templates-loading = Chargement des modèles…
outbox-templates-kind = Type de message
outbox-templates-language = Langue
outbox-templates-rewritten = Réécrit
outbox-templates-custom = La formulation propre à votre réseau.
outbox-templates-own = La formulation de l’application.
outbox-templates-missing = Il n’y a pas de modèle pour ce type de message dans cette langue.
outbox-templates-subject = Objet
outbox-templates-body = Message
# $field et $choice sont des exemples de la syntaxe des modèles, affichés comme du code.
outbox-templates-help = Les champs s’écrivent { $field }. Un choix comme { $choice } choisit les mots selon la valeur d’un champ.
outbox-templates-fields = Champs de ce message
outbox-templates-fields-hint = Cliquez sur l’un d’eux pour l’insérer à l’emplacement du curseur.
outbox-templates-insert = Insérer
outbox-templates-reset = Reprendre celui de l’application
outbox-templates-close = Fermer
outbox-templates-save = Enregistrer le modèle
outbox-templates-save-title = Enregistrer le modèle (Ctrl+S)
outbox-templates-saved = Modèle enregistré. Les messages rédigés à partir de maintenant l’utilisent.
outbox-templates-reset-done = Le modèle de l’application est rétabli.
outbox-templates-reset-title = Reprendre le modèle de l’application ?
outbox-templates-reset-text = Votre modèle réécrit pour « { $kind } » en { $language } est remplacé par celui de l’application. Les messages déjà rédigés gardent leur texte.
outbox-templates-reset-text-unsaved = Votre modèle réécrit pour « { $kind } » en { $language } est remplacé par celui de l’application. Vos modifications non enregistrées disparaissent avec lui. Les messages déjà rédigés gardent leur texte.
outbox-templates-unsaved-switch = Les modifications de ce modèle n’ont pas été enregistrées. Choisir un autre modèle les abandonne.
outbox-templates-unsaved = Les modifications de ce modèle n’ont pas été enregistrées.
