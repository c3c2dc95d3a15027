# Ce que dit le cœur de l’application sur les récits des participants, leurs photos et la publication.

## Un récit
said-stories-field-missing = Indiquez { $what ->
        [title] le titre
        [author] l’auteur
       *[caption] la légende
    } du récit.
said-stories-field-long = { $what ->
        [title] Le titre est trop long
        [author] Le nom de l’auteur est trop long
       *[caption] La légende est trop longue
    } ({ $most } caractères au plus).
said-stories-font = { $what ->
        [title] Le titre
        [author] Le nom de l’auteur
        [caption] La légende
       *[text] Le texte
    } contient le caractère « { $character } » (U+{ $code }), absent de la police de la publication : remplacez-le.
said-stories-text-missing = Indiquez le texte du récit.
said-stories-text-long = Le texte est trop long (20 000 caractères au plus).
said-stories-no-story = Il n’y a pas de récit n° { $id }.

## Les subventions qui reçoivent des récits
said-stories-no-grant = Il n’y a pas de subvention n° { $id }.
said-stories-no-stories-here = « { $cycle } » ne recueille pas de récits : ils accompagnent les rapports de P2P Learning et de Staff Exchange.
said-stories-grant-cancelled = La subvention est annulée : elle ne reçoit ni rapport ni récit.
said-stories-grant-draft = La subvention n’est pas encore attribuée : les récits accompagnent le rapport, après l’attribution.

## Les photos d’un récit
said-stories-photo-too-many = Un récit compte { $most } photos au plus : retirez-en une d’abord.
said-stories-photo-too-big = { $file ->
        [unnamed] Le fichier
       *[named] { $name }
    } pèse { $size } Mo : les photos de plus de { $most } Mo sont refusées.
said-stories-photo-not-a-picture = { $file ->
        [unnamed] Le fichier
       *[named] { $name }
    } n’est pas une image PNG ou JPEG : choisissez une photo enregistrée en .jpg ou .png.
said-stories-photo-unreadable = { $file ->
        [unnamed] Le fichier
       *[named] { $name }
    } ne peut pas être lu comme une image : { $error }
said-stories-photo-too-many-pixels = { $file ->
        [unnamed] Le fichier
       *[named] { $name }
    } mesure { $width } × { $height } pixels : les images de plus de 50 millions de pixels sont refusées.
said-stories-photo-not-scaled = { $file ->
        [unnamed] Le fichier
       *[named] { $name }
    } n’a pas pu être réduit : { $error }
said-stories-no-photo = Il n’y a pas de photo n° { $id }.

## La publication
said-stories-publication-language = La publication s’écrit en anglais ou en français ; « { $language } » n’en fait pas partie.
said-stories-publication-empty = « { $cycle } » n’a encore aucun récit : ajoutez d’abord les récits des participants aux rapports des subventions.
said-stories-publication-unprintable = La publication ne peut pas être imprimée : { $what ->
        [hub-name] le nom d’un lieu
        [network-name] le nom du réseau
        [cycle-title] le titre du cycle
        [story-title] le titre d’un récit
        [story-author] l’auteur d’un récit
        [story-text] le texte d’un récit
        [photo-caption] la légende d’une photo
       *[postal-address] l’adresse postale du réseau
    } (« { $text } ») contient le caractère « { $character } » (U+{ $code }), absent de la police.
said-stories-publication-unset = La publication ne peut pas être mise en page : { $error }
# A participant's consent to publishing their story.
said-stories-consent-day-missing = Indiquez le jour où la personne a accepté la publication du récit.
said-stories-consent-scope-missing = Dites ce que la personne a accepté : la publication, ou la publication et le site du réseau.
said-stories-consent-day-future = Le { DATE($date) } est après aujourd’hui : indiquez le jour où la personne a donné son accord.
said-stories-consent-day-bad = « { $text } » n’est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2027-03-31.
said-stories-publication-no-consent = { $count ->
        [one] Le seul récit de « { $cycle } » n’a pas l’accord de publication de son auteur : enregistrez-le sur le récit avant de construire la publication.
       *[other] Aucun des { $count } récits de « { $cycle } » n’a l’accord de publication de son auteur : enregistrez-le sur chaque récit avant de construire la publication.
    }
