# Ce que dit le cœur de l’application sur la boîte d’envoi : ses messages, leurs modèles, le serveur de messagerie.

## Un message de la boîte d’envoi
said-outbox-no-message = Il n’y a pas de message n° { $id } dans la boîte d’envoi.
said-outbox-message-final = Ce message a été { $state ->
        [sent] envoyé
       *[discarded] écarté
    } : il ne peut plus changer.
said-outbox-email-bad = « { $email } » n’est pas une adresse e-mail.
said-outbox-subject-missing = Écrivez l’objet du message.
said-outbox-subject-long = 200 caractères au plus.
said-outbox-body-missing = Écrivez le message.
said-outbox-sent-kept = Le message à { $email } a été envoyé : il reste dans la boîte d’envoi pour mémoire.
said-outbox-discarded = Ce message a été écarté.
said-outbox-no-language = Il n’y a pas de messages en « { $language } ».

## Ce dont parle un message ($kind : sa sorte ; $day : le jour d’un rappel, ISO ; $file : la pièce jointe)
said-outbox-about = { $kind ->
        [award] Lettre d’attribution
        [rejection] Non retenue
        [waiting_list] Liste d’attente
        [payment_made] Versement effectué
        [report_reminder] Rappel de rapport
       *[reviewer_invitation] Invitation d’évaluateur
    }
said-outbox-about-reminder = { said-outbox-about } du { DATE($day) }
said-outbox-about-file = { said-outbox-about } ({ $file })

## La rédaction : une personne laissée de côté, et pourquoi
said-outbox-skipped-no-email = aucune adresse e-mail n’est enregistrée
said-outbox-skipped-email-bad = « { $email } » n’est pas une adresse e-mail

## Modèles
said-outbox-template-no-language = Il n’y a pas de messages en « { $language } » : choisissez parmi { $languages }.
said-outbox-template-part-missing = Écrivez { $field ->
        [subject] l’objet
       *[body] le corps
    } du message.
said-outbox-template-unreadable = { $field ->
        [subject] L’objet
       *[body] Le corps
    } ne peut pas être lu vers la ligne { $line } : { $error }. Un champ s’écrit {"{"} $name {"}"} ; une ligne ne peut pas commencer par [, * ou . hors d’un choix.
said-outbox-template-unknown-field = { $field ->
        [subject] L’objet
       *[body] Le corps
    } utilise {"{"} ${ $name } {"}"}, qui n’est pas un champ de ce message. Ses champs sont : { $fields }.
said-outbox-template-unknown-fields = { $field ->
        [subject] L’objet
       *[body] Le corps
    } utilise {"{"} ${ $name } {"}"}, qui n’est pas un champ de ce message (pas plus que { $others }). Ses champs sont : { $fields }.
said-outbox-template-forbidden = { $field ->
        [subject] L’objet
       *[body] Le corps
    } utilise { $what ->
        [function] la fonction { $name }()
        [message] le message {"{"} { $name } {"}"}
       *[term] le terme {"{"} -{ $name } {"}"}
    } : un modèle ne peut utiliser que ses champs.

# Ce que contient un champ d’un modèle ($meaning : de quel champ il s’agit).
said-outbox-field-meaning = { $meaning ->
        [recipient] la personne à qui l’on écrit
        [hub] son lieu
        [cycle] le titre du cycle
        [network] le nom du réseau
        [signatory] qui signe les lettres
        [letter-reference] la référence de la lettre
        [grant] la subvention
        [period] quand l’activité a lieu
        [report-deadline] quand le rapport est dû
        [letter] le nom du fichier de la lettre jointe
        [application-number] le numéro de la candidature
        [grant-reference] la référence de la subvention
        [amount-paid] le montant versé
        [instalment] de quel versement il s’agit
        [paid-on] le jour du versement
        [days] le nombre de jours jusqu’à l’échéance, ou depuis qu’elle est passée
        [overdue] « yes » ou « no »
        [balance] le solde versé après le rapport
        [balance-due] « yes » quand un solde attend le rapport
        [applications] combien de candidatures la personne évalue
       *[sheet] le nom du fichier de la feuille jointe
    }

## Rappels de rapport
said-outbox-reminder-days-before = 365 jours au plus avant l’échéance.
said-outbox-reminder-every-days = Tous les 1 à 365 jours.

## Le serveur de messagerie et son mot de passe
said-outbox-host-bad = Indiquez le nom du serveur de messagerie, p. ex. smtp.example.org.
said-outbox-port-bad = Un port est un nombre de 1 à 65535 (587 pour STARTTLS, 465 pour TLS).
said-outbox-from-name-long = 120 caractères au plus.
said-outbox-server-unusable = Le serveur de messagerie { $host } ne peut pas être utilisé : { $error }
said-outbox-no-password = Aucun mot de passe n’est enregistré pour { $username } sur { $host } : indiquez-le dans Boîte d’envoi → Serveur de messagerie.
said-outbox-password-username-missing = Indiquez le nom d’utilisateur auquel appartient le mot de passe.
said-outbox-keychain-unavailable = Le trousseau du système ne peut pas être utilisé ({ $error }). Le mot de passe n’a pas été conservé ; sous Linux, un service de trousseau tel que GNOME Keyring ou KWallet doit être en cours d’exécution.

## L’envoi
said-outbox-sender-missing = Indiquez d’abord l’adresse de l’expéditeur (Boîte d’envoi → Serveur de messagerie).
said-outbox-no-server = Aucun serveur de messagerie n’est défini : les messages restent en file d’attente. Définissez-le dans Boîte d’envoi → Serveur de messagerie, puis envoyez.
said-outbox-no-randomness = Pas de source d’aléa : { $error }
said-outbox-message-unbuilt = Le message n’a pas pu être construit : { $error }

## Ce que le serveur de messagerie a répondu ($error : ses propres mots)
said-outbox-server-refused = Le serveur a refusé : { $error }
said-outbox-server-try-later = Le serveur a demandé de réessayer plus tard : { $error }
said-outbox-server-timeout = Le serveur n’a pas répondu à temps ({ $error }).
said-outbox-server-tls = La connexion sécurisée a échoué ({ $error }) : vérifiez la protection et le port.
said-outbox-server-unreachable = Le serveur de messagerie est injoignable ({ $error }) : cet ordinateur est peut-être hors ligne, ou le nom ou le port du serveur est erroné.
said-outbox-server-closed = Le serveur de messagerie a fermé la connexion.
