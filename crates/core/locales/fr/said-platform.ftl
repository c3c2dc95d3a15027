# Ce que dit le cœur de l’application sur le fichier de données, la validation et le poste.

said-fields-need-attention = { $count } champs sont à revoir : { $fields }

## La personne au poste et la langue de la fenêtre
said-person-name-missing = Indiquez votre nom : il accompagne chacune de vos modifications.
said-person-name-long = Un nom de { $most } caractères au plus, s’il vous plaît.
said-person-initials = Les initiales comptent quatre lettres au plus, sans espace (p. ex. MK).
said-person-read-only = Le fichier de données est en lecture seule : la personne à ce poste ne peut pas être enregistrée.
said-email-not-an-address = Ceci n’est pas une adresse e-mail (nom@exemple.org).
said-language-code-bad = « { $code } » n’est pas un code de langue (p. ex. en, fr).
said-language-read-only = Le fichier de données est en lecture seule : la langue ne peut pas y être enregistrée.

## Montants
said-money-not-an-amount = « { $text } » n’est pas un montant en euros (p. ex. 1175 ou 1 175,50).

## La base de données
said-platform-not-a-database = Le fichier de données n’est pas une base de données SQLite.
said-platform-damaged-page = Le fichier de données est endommagé : SQLite y a trouvé une page illisible. Fermez l’application et rouvrez-la pour vérifier le fichier et restaurer une sauvegarde.
said-platform-read-only = Le fichier de données est ouvert en lecture seule : cette modification ne peut donc pas être enregistrée. Rendez le fichier modifiable (ou copiez-le dans un dossier où vous pouvez écrire) et rouvrez-le.
said-platform-busy = Le fichier de données est resté occupé pendant { $seconds } secondes : un autre Mobility Desk (la fenêtre ou une commande) y écrit. Rien n’a été modifié ; réessayez quand il aura terminé.
# $error : les mots de la base de données (en anglais).
said-platform-database-error = Erreur de la base de données : { $error }
said-platform-upgrade-failed = Impossible de mettre à niveau le fichier de données : { $error }
said-platform-wal-refused = Le fichier de données n’a pas pu passer en mode WAL (obtenu : { $mode }).

## L’ouverture du fichier de données ($path : le fichier)
said-platform-file-empty = { $path } est un fichier vide, pas un fichier de données Mobility Desk. Il n’a pas été modifié : déplacez-le pour créer là un nouveau fichier de données, ou choisissez un autre dossier de données.
said-platform-file-not-opened = Impossible d’ouvrir { $path } : { $error }
said-platform-file-not-read = Impossible de lire { $path } : { $error }
said-platform-file-not-sqlite = { $path } n’est pas un fichier de données Mobility Desk (ce n’est pas une base de données SQLite). Il n’a pas été modifié.
said-platform-file-of-another-program = { $path } est une base de données SQLite d’un autre programme, pas un fichier de données Mobility Desk. Il n’a pas été modifié.
said-platform-file-with-foreign-tables = { $path } contient les tables d’un autre programme : ce n’est pas un fichier de données Mobility Desk. Il n’a pas été modifié.
said-platform-file-with-foreign-version = { $path } est un fichier SQLite d’un autre programme (il a une version de données mais aucune de nos tables), pas un fichier de données Mobility Desk. Il n’a pas été modifié.
said-platform-file-newer = { $path } a été écrit par une version plus récente de Mobility Desk (version de données { $version } ; cette version lit jusqu’à la { $latest }). Installez la version plus récente pour l’ouvrir. Le fichier n’a pas été modifié.
said-platform-read-only-older = { $path } est en lecture seule et a été écrit par une version antérieure de Mobility Desk (version de données { $version }), que cette version doit mettre à niveau avant de le lire. Copiez-le dans un dossier où vous pouvez écrire, ou rendez-le modifiable, puis rouvrez-le. Le fichier n’a pas été modifié.
# $why : ce qu’a dit SQLite (en anglais).
said-platform-upgrade-mismatch = { $path } n’a pas pu être mis à niveau de la version de données { $from } à la { $to } : ses tables ne correspondent pas à la version de données qu’il indique ({ $why }). Rien n’a été modifié.
said-platform-upgrade-not-run = { $path } n’a pas pu être mis à niveau de la version de données { $from } à la { $to } : ses tables ne correspondent pas à la version de données qu’il indique (la mise à niveau n’a pas pu s’exécuter). Rien n’a été modifié.

## Un fichier de données endommagé ($check : ce qu’a trouvé la vérification de SQLite, en anglais ; $backup : le nom de la sauvegarde la plus récente, dans $folder, faite le $taken)
said-platform-damaged-with-backup = { $path } est endommagé. Rien n’y a été écrit. La sauvegarde la plus récente est { $backup } ({ $folder }), faite le { $taken } : la restaurer la met en place et garde de côté le fichier endommagé (dans la fenêtre : Restaurer une sauvegarde ; en ligne de commande : restore --newest).
said-platform-damaged-check-with-backup = { $path } est endommagé (la vérification de SQLite indique : { $check }). Rien n’y a été écrit. La sauvegarde la plus récente est { $backup } ({ $folder }), faite le { $taken } : la restaurer la met en place et garde de côté le fichier endommagé (dans la fenêtre : Restaurer une sauvegarde ; en ligne de commande : restore --newest).
said-platform-damaged-no-backup = { $path } est endommagé. Rien n’y a été écrit. Il n’y a aucune sauvegarde dans { $folder } : conservez le fichier et demandez de l’aide pour le réparer.
said-platform-damaged-check-no-backup = { $path } est endommagé (la vérification de SQLite indique : { $check }). Rien n’y a été écrit. Il n’y a aucune sauvegarde dans { $folder } : conservez le fichier et demandez de l’aide pour le réparer.

## Les fichiers qu’écrit l’application ($error : les mots du système)
said-platform-folder-not-created = Impossible de créer le dossier { $path } : { $error }
said-platform-folder-missing = Le dossier { $path } n’existe pas.
said-platform-file-not-private = Impossible de réserver la lecture de { $path } à vous seul : { $error }
said-platform-file-not-written = { $path } ne peut pas être écrit : { $error }
said-platform-file-not-locked = Impossible de verrouiller { $path } : { $error }
said-platform-file-not-moved-aside = { $path } n’a pas pu être mis de côté : { $error }
said-platform-in-use-restore = { $path } est utilisé par Mobility Desk (la fenêtre, ou une commande encore en cours). Fermez-le d’abord, puis restaurez.
said-platform-csv-not-written = Impossible d’écrire le CSV : { $error }

## Les sauvegardes
said-platform-backups-keep-last = Gardez entre 1 et 1 000 des sauvegardes les plus récentes.
said-platform-backups-monthly = Gardez une sauvegarde par mois pendant 120 mois au plus (dix ans).
said-platform-backups-in-memory = Ces données sont tenues en mémoire : il n’y a pas de fichier à sauvegarder.
said-platform-backup-not-written-in = La sauvegarde n’a pas pu être écrite dans { $folder } : { $error }
said-platform-backup-not-written = La sauvegarde n’a pas pu être écrite : { $error }
said-platform-backup-unknown = Il n’y a aucune sauvegarde nommée « { $name } » dans { $folder }.
said-platform-backup-needs-passphrase = La sauvegarde { $name } est protégée par une phrase secrète (elle a été faite quand le fichier de données était protégé) : indiquez la phrase secrète pour la restaurer.
said-platform-backup-other-passphrase = La sauvegarde { $path } est protégée par une autre phrase secrète que celle indiquée (une ancienne ?) : elle ne peut pas être restaurée avec celle-ci.
said-platform-backup-unopenable = La sauvegarde { $path } ne peut pas être restaurée : elle ne s’ouvre pas. Choisissez une autre sauvegarde.
said-platform-backup-damaged = La sauvegarde { $path } ne peut pas être restaurée : elle est endommagée. Choisissez une autre sauvegarde.
said-platform-backup-unreadable = La sauvegarde { $path } ne peut pas être restaurée : elle est illisible. Choisissez une autre sauvegarde.
said-platform-backup-foreign = La sauvegarde { $path } ne peut pas être restaurée : ce n’est pas un fichier de données Mobility Desk. Choisissez une autre sauvegarde.
said-platform-backup-newer = La sauvegarde { $path } ne peut pas être restaurée : elle a été écrite par une version plus récente de Mobility Desk. Choisissez une autre sauvegarde.
said-platform-backup-not-copied-into = La sauvegarde n’a pas pu être copiée dans { $folder } : { $error }
said-platform-backup-not-copied = La sauvegarde n’a pas pu être copiée : { $error }
said-platform-backup-not-placed = La sauvegarde n’a pas pu être mise en place à { $path } : { $error }

## La phrase secrète (protection du fichier)
said-platform-passphrase-needed = { $path } est protégé par une phrase secrète. Tapez la phrase secrète pour l’ouvrir.
said-platform-passphrase-does-not-open = La phrase secrète n’ouvre pas { $path }. Vérifiez-la (lettres, majuscules, espaces) et réessayez.
said-platform-passphrase-current-missing = Tapez la phrase secrète du fichier de données.
said-platform-passphrase-current-wrong = Ce n’est pas la phrase secrète du fichier de données.
said-platform-passphrase-new-missing = Tapez une phrase secrète pour protéger le fichier de données.
said-platform-passphrase-short = Une phrase secrète compte au moins { $least } caractères ; quelques mots se retiennent mieux que des symboles.
said-platform-passphrase-spaces = Une phrase secrète ne commence ni ne finit par une espace (elle serait facile à mal taper).
said-platform-passphrase-unchanged = C’est déjà la phrase secrète du fichier.
said-platform-passphrase-repeat-differs = Les deux phrases secrètes diffèrent : tapez deux fois la même.
said-platform-in-use-protection = { $path } est utilisé par Mobility Desk (la fenêtre, ou une commande encore en cours). Fermez-le d’abord, puis changez sa protection.
# $why : l’erreur rencontrée (en anglais).
said-platform-not-converted = { $path } n’a pas pu être converti : { $why }
said-platform-converted-copy-not-made = Impossible d’écrire une copie convertie de { $path } dans { $folder } : { $error }
said-platform-converted-copy-not-written = La copie convertie n’a pas pu être écrite : { $error }
said-platform-converted-copy-not-placed = La copie convertie n’a pas pu être mise en place à { $path } : { $error }
said-platform-converted-copy-differs = la copie convertie ne se relit pas à l’identique ; rien n’a été modifié
said-platform-unwritten-changes = { $path } a encore dans { $wal } des modifications qui n’y sont pas écrites. Ouvrez-le dans Mobility Desk et refermez-le, puis réessayez.
said-platform-path-not-for-sqlite = { $path } n’est pas un chemin que SQLite peut ouvrir.

## Les dates tapées dans un formulaire
said-platform-date-bad = « { $text } » n’est pas une date : écrivez-la AAAA-MM-JJ, p. ex. 2027-03-31.

## Un enregistrement par-dessus celui d’un autre (l’enregistrement a changé depuis l’ouverture du formulaire)
# La valeur d’un champ maintenant.
said-platform-changed-now-empty = Modifié depuis que vous avez ouvert le formulaire ; enregistré maintenant : (vide).
said-platform-changed-now-yes = Modifié depuis que vous avez ouvert le formulaire ; enregistré maintenant : oui.
said-platform-changed-now-no = Modifié depuis que vous avez ouvert le formulaire ; enregistré maintenant : non.
said-platform-changed-now-amount = Modifié depuis que vous avez ouvert le formulaire ; enregistré maintenant : { MONEY($amount) }.
said-platform-changed-now-text = Modifié depuis que vous avez ouvert le formulaire ; enregistré maintenant : « { $text } ».
said-platform-changed-now-value = Modifié depuis que vous avez ouvert le formulaire ; enregistré maintenant : { $value }.
# L’enregistrement : $record est sa table, $name son nom ; $who l’a enregistré à $at ; $fields : les libellés des champs modifiés.
said-platform-record-stale-fields =
    { $record ->
        [settings] Les paramètres du réseau
        [applications] La candidature de { $name }
        [stories] Le récit « { $name } »
        [bank_accounts] Les coordonnées bancaires de { $name }
       *[other] { $name }
    } : { $who } a enregistré une modification le { $at }, après que vous avez ouvert le formulaire ({ $fields }). Vos modifications ne sont pas encore enregistrées : rechargez pour voir la version enregistrée (ce que vous avez tapé reste affiché), ou enregistrez la vôtre par-dessus.
said-platform-record-stale-fields-someone =
    { $record ->
        [settings] Les paramètres du réseau
        [applications] La candidature de { $name }
        [stories] Le récit « { $name } »
        [bank_accounts] Les coordonnées bancaires de { $name }
       *[other] { $name }
    } : quelqu’un a enregistré une modification le { $at }, après que vous avez ouvert le formulaire ({ $fields }). Vos modifications ne sont pas encore enregistrées : rechargez pour voir la version enregistrée (ce que vous avez tapé reste affiché), ou enregistrez la vôtre par-dessus.
said-platform-record-stale =
    { $record ->
        [settings] Les paramètres du réseau
        [applications] La candidature de { $name }
        [stories] Le récit « { $name } »
        [bank_accounts] Les coordonnées bancaires de { $name }
       *[other] { $name }
    } : { $who } a enregistré une modification le { $at }, après que vous avez ouvert le formulaire. Vos modifications ne sont pas encore enregistrées : rechargez pour voir la version enregistrée (ce que vous avez tapé reste affiché), ou enregistrez la vôtre par-dessus.
said-platform-record-stale-someone =
    { $record ->
        [settings] Les paramètres du réseau
        [applications] La candidature de { $name }
        [stories] Le récit « { $name } »
        [bank_accounts] Les coordonnées bancaires de { $name }
       *[other] { $name }
    } : quelqu’un a enregistré une modification le { $at }, après que vous avez ouvert le formulaire. Vos modifications ne sont pas encore enregistrées : rechargez pour voir la version enregistrée (ce que vous avez tapé reste affiché), ou enregistrez la vôtre par-dessus.
# Des paramètres modifiés dans une seule fenêtre : $what est leur sorte, $name le cycle (le lieu, pour les données d’une subvention).
said-platform-settings-stale =
    { $what ->
        [selection] Les critères et règles de sélection de { $name }
        [vote] Les paramètres du vote de { $name }
        [emissions] Les facteurs d’émission de { $name }
        [pairing] Les poids d’appariement de { $name }
        [grant_inputs] Les données de la subvention de { $name }
       *[other] Les données de { $name }
    } : { $who } a enregistré une modification le { $at }, après que vous avez ouvert la fenêtre. Vos modifications ne sont pas encore enregistrées : rechargez pour voir la version enregistrée (ce que vous avez tapé reste affiché), ou enregistrez la vôtre par-dessus.
said-platform-settings-stale-someone =
    { $what ->
        [selection] Les critères et règles de sélection de { $name }
        [vote] Les paramètres du vote de { $name }
        [emissions] Les facteurs d’émission de { $name }
        [pairing] Les poids d’appariement de { $name }
        [grant_inputs] Les données de la subvention de { $name }
       *[other] Les données de { $name }
    } : quelqu’un a enregistré une modification le { $at }, après que vous avez ouvert la fenêtre. Vos modifications ne sont pas encore enregistrées : rechargez pour voir la version enregistrée (ce que vous avez tapé reste affiché), ou enregistrez la vôtre par-dessus.
# $subject nomme ce qui a été enregistré (p. ex. « The rules of Workshops 2027 »).
said-platform-stale = { $subject } : { $who } a enregistré une modification le { $at }, après que vous avez ouvert la fenêtre. Vos modifications ne sont pas encore enregistrées : rechargez pour voir la version enregistrée (ce que vous avez tapé reste affiché), ou enregistrez la vôtre par-dessus.
said-platform-stale-someone = { $subject } : quelqu’un a enregistré une modification le { $at }, après que vous avez ouvert la fenêtre. Vos modifications ne sont pas encore enregistrées : rechargez pour voir la version enregistrée (ce que vous avez tapé reste affiché), ou enregistrez la vôtre par-dessus.

## Dates écrites en toutes lettres (la fonction DATE de ces fichiers)
said-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
said-month-1 = janvier
said-month-2 = février
said-month-3 = mars
said-month-4 = avril
said-month-5 = mai
said-month-6 = juin
said-month-7 = juillet
said-month-8 = août
said-month-9 = septembre
said-month-10 = octobre
said-month-11 = novembre
said-month-12 = décembre

## Phrases jointes en une seule ($first, $second : chacune une phrase)
said-platform-join-comma = { $first }, { $second }
said-platform-join-space = { $first } { $second }
said-platform-join-and = { $first } et { $second }
