# Le cadre de la fenêtre : démarrage, fichier de données, barre latérale, zoom et langue.

app-name = Mobility Desk
app-zoom = Zoom { $percent } %

## Démarrage

app-starting = Ouverture du fichier de données…
app-data-busy = En attente d’un autre Mobility Desk (une fenêtre ou la ligne de commande) qui termine d’écrire dans le fichier de données…
# Un poste de l’équipe s’est synchronisé : ce qui est arrivé d’une personne (joint par « · »).
app-synced-from =
    { $count ->
        [one] { $count } modification de { $who }
       *[other] { $count } modifications de { $who }
    }
app-data-file = Fichier de données
app-data-folder = Dossier des données

## Le fichier de données protégé par une phrase secrète

app-unlock-title = Le fichier de données est protégé
app-unlock-intro = Saisissez la phrase secrète qui protège les données de ce réseau pour l’ouvrir.
app-unlock-passphrase = Phrase secrète
app-unlock-open = Ouvrir
app-unlock-opening = Ouverture…
app-unlock-empty = Saisissez la phrase secrète.
app-unlock-warning = Personne ne peut ouvrir le fichier sans sa phrase secrète. Si elle est perdue, les données ne peuvent revenir que d’une copie conservée ailleurs sans protection.

## Le fichier de données ne peut pas être ouvert

app-open-error-title = Mobility Desk ne peut pas ouvrir son fichier de données
app-open-error-untouched = Le fichier n’a pas été modifié.
app-open-error-damaged-backup = Restaurez la sauvegarde la plus récente pour reprendre à partir du { $taken } ; le fichier endommagé est mis de côté, pas supprimé.
app-open-error-damaged = Il n’y a aucune sauvegarde à restaurer : gardez le fichier tel quel et demandez de l’aide pour le réparer.
app-open-error-newer = Ouvrez-le avec la version plus récente de Mobility Desk qui l’a écrit, ou adressez-vous à la personne qui a installé cet ordinateur.
app-open-error-not-database = Pour commencer un nouveau registre, fermez l’application et sortez le fichier du dossier des données ; pour revenir à un travail antérieur, mettez une sauvegarde du fichier à sa place.
app-open-error-other = Fermez l’application et relancez-la ; si ce message revient, gardez le fichier et demandez de l’aide.
app-open-error-restore = Restaurer une sauvegarde…
app-restore-title = Restaurer la sauvegarde la plus récente ?
app-restore-message = Le fichier de données revient à son état du { $taken } ({ $name }). Le fichier endommagé est déplacé dans le dossier « set-aside » des sauvegardes, pas supprimé.
app-restore-confirm = Restaurer

## Avis au-dessus des écrans

app-read-only-title = Lecture seule.
app-read-only-text = Ce fichier de données ne peut pas être modifié (ses droits interdisent l’écriture) : rien de ce que vous faites n’est enregistré. Pour y travailler, rendez le fichier modifiable ou copiez-le dans un dossier où vous pouvez écrire, puis relancez l’application.
app-person-missing-title = Qui travaille à ce poste ?
app-person-missing-text = Indiquez votre nom pour que chaque modification que vous faites porte votre nom.
app-person-missing-give = Indiquer mon nom
app-person-missing-later = Plus tard

## La barre latérale : le nom des écrans

app-sidebar-label = Navigation principale
app-screen-hubs = Lieux
app-screen-cycles = Cycles
app-screen-applications = Candidatures
app-screen-pairing = Appariement
app-screen-grants = Subventions
app-screen-letters = Lettres
app-screen-votes = Votes
app-screen-outbox = Boîte d’envoi
app-screen-settings = Paramètres
app-sidebar-later = Dans une prochaine version
app-sidebar-clashes-title = Modifications faites sur deux postes, à trancher dans Paramètres → Équipe
app-sidebar-clashes =
    { $count ->
        [one] conflit à trancher
       *[other] conflits à trancher
    }
app-version = Mobility Desk { $version }

## Appels au noyau

app-error-unknown = Une erreur s’est produite.

## Clavier
app-skip-to-content = Aller au contenu de l’écran
# A screen's code could not be read (a damaged installation).
app-screen-unread = Cet écran n’a pas pu s’ouvrir. Fermez Mobility Desk et relancez-le ; si cela se reproduit, réinstallez-le.
# The program stopped on an error of its own last time (shown once, at the next start).
app-crash-title = Mobility Desk s’est arrêté de façon inattendue le { $at }.
app-crash-text = Tout ce qui était enregistré avant est conservé ; une modification en cours d’enregistrement à ce moment-là n’a pas été faite et sera peut-être à refaire.
app-crash-what = Pour la personne qui vous aide : version { $version }, { $what }
app-crash-read = J’ai lu ce message
