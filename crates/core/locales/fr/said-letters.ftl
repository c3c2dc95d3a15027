# Ce que dit le cœur de l’application sur les lettres d’attribution et les documents qu’il imprime.

## Lettres
said-letters-grant-missing = Il n’existe pas de subvention { $id }.
said-letters-letter-missing = Il n’existe pas de lettre { $id }.
said-letters-letter-unreadable = La lettre { $id } ne peut pas être relue : { $error }
said-letters-archive-damaged = La lettre archivée { $reference } ne correspond plus à son empreinte : l’archive est endommagée.
# $languages : les langues des lettres sauf la dernière, jointes par « or » ; $last : la dernière.
said-letters-language-unknown = Langues des lettres : { $languages } ou { $last } ; « { $language } » n’en fait pas partie.
said-letters-language-only = Langue des lettres : { $languages } ; « { $language } » n’en fait pas partie.
said-letters-grant-cancelled = La subvention est annulée : elle ne reçoit pas de lettre d’attribution.
said-letters-grant-nothing = La subvention s’élève à 0,00 € : il n’y a rien à attribuer, aucune lettre n’est donc émise.
said-letters-grant-draft = La subvention de { $applicant } est encore un brouillon : attribuez-la d’abord (Candidatures → Subventions → Attribuer), puis émettez sa lettre.
said-letters-cycle-no-award = Le cycle n’a aucune subvention attribuée : attribuez d’abord les subventions (onglet Subventions), puis émettez leurs lettres.

## Paramètres sans lesquels une lettre ne peut pas être émise
# $count : combien manquent ; $first … $fourth : lesquels (network-name, postal-address,
# signatory-name, signatory-title), dans cet ordre.
said-letters-letter-settings-missing = La lettre ne peut pas être émise : { said-letters-settings-missing }
said-letters-batch-settings-missing = Les lettres ne peuvent pas être émises : { said-letters-settings-missing }
said-letters-settings-missing =
    { $count ->
        [1] il manque { said-letters-setting-1 }, à renseigner dans les Paramètres.
        [2] il manque { said-letters-setting-1 } et { said-letters-setting-2 }, à renseigner dans les Paramètres.
        [3] il manque { said-letters-setting-1 }, { said-letters-setting-2 } et { said-letters-setting-3 }, à renseigner dans les Paramètres.
       *[other] il manque { said-letters-setting-1 }, { said-letters-setting-2 }, { said-letters-setting-3 } et { said-letters-setting-4 }, à renseigner dans les Paramètres.
    }
said-letters-setting-1 =
    { $first ->
        [network-name] le nom du réseau
        [postal-address] l’adresse postale du réseau
        [signatory-name] le nom du signataire
       *[signatory-title] la fonction du signataire
    }
said-letters-setting-2 =
    { $second ->
        [network-name] le nom du réseau
        [postal-address] l’adresse postale du réseau
        [signatory-name] le nom du signataire
       *[signatory-title] la fonction du signataire
    }
said-letters-setting-3 =
    { $third ->
        [network-name] le nom du réseau
        [postal-address] l’adresse postale du réseau
        [signatory-name] le nom du signataire
       *[signatory-title] la fonction du signataire
    }
said-letters-setting-4 =
    { $fourth ->
        [network-name] le nom du réseau
        [postal-address] l’adresse postale du réseau
        [signatory-name] le nom du signataire
       *[signatory-title] la fonction du signataire
    }

## Fichiers
said-letters-folder-missing = Le dossier { $folder } n’existe pas.
said-letters-folder-unwritable = Impossible d’écrire dans le dossier { $folder } : { $error }
said-letters-file-not-pdf = { $file } n’est pas un nom de fichier .pdf.

## Un texte d’un document que la police ne peut pas imprimer
# $text : le texte ; $character : le caractère absent de la police ; $code : son point de code (hexadécimal).
said-letters-letter-glyph = La lettre ne peut pas être imprimée : { said-letters-printed-thing } (« { $text } ») contient le caractère « { $character } » (U+{ $code }), absent de la police des lettres. Corrigez ce texte et réessayez.
# $document : report ou publication (ou le nom du document tel quel).
said-letters-document-glyph =
    { $document ->
        [report] Le bilan du cycle ne peut pas être imprimé
        [publication] La publication ne peut pas être imprimée
       *[other] { $document } ne peut pas être imprimé
    } : { said-letters-printed-thing } (« { $text } ») contient le caractère « { $character } » (U+{ $code }), absent de la police.
# Quel texte ($what : sa clé, ou son nom tel quel).
said-letters-printed-thing =
    { $what ->
        [network-name] le nom du réseau
        [postal-address] l’adresse postale du réseau
        [signatory-name] le nom du signataire
        [signatory-title] la fonction du signataire
        [hub-name] le nom du lieu
        [hub-city] la ville du lieu
        [cycle-title] le titre du cycle
        [contact-name] le nom de la personne de contact
        [participant-name] le nom du participant
        [host-name] le nom du lieu d’accueil
        [host-city] la ville du lieu d’accueil
        [signing-place] le lieu de signature (Paramètres)
        [rule-label] le libellé d’une règle
        [programme-name] le nom du programme
        [a-programme-name] le nom d’un programme
        [factor-label] le libellé d’un facteur d’émission
        [factors-source] la source des facteurs d’émission
        [a-hub-name] le nom d’un lieu
        [a-city] une ville
        [story-title] le titre d’un récit
        [story-author] l’auteur d’un récit
        [story-text] le texte d’un récit
        [photo-caption] la légende d’une photo
       *[other] { $what }
    }

## Un paramètre sans lequel aucune lettre ne part, nommé (dans la vue des lettres et son aperçu)
# $setting : network-name, postal-address, signatory-name ou signatory-title.
said-letters-setting-name =
    { $setting ->
        [network-name] le nom du réseau
        [postal-address] l’adresse postale du réseau
        [signatory-name] le nom du signataire
       *[signatory-title] la fonction du signataire
    }
said-letters-preview-setting-missing = Paramètres : il manque { said-letters-setting-name }.

## Pourquoi une subvention n’a pas de lettre, ou en attend une nouvelle (la vue des lettres)
said-letters-note-cancelled = Annulée : pas de lettre.
said-letters-note-nothing = { MONEY($amount) } : rien à attribuer.
said-letters-note-draft = Brouillon : attribuez-la d’abord dans l’onglet Subventions.
said-letters-note-changed = Les paramètres du cycle ou les dates de la visite ont changé depuis sa lettre : émettez une nouvelle version.
said-letters-note-amended = Modifiée par avenant depuis sa lettre : émettez une nouvelle version.

## Comment un poste d’une équipe numérote ses lettres
# $base : le préfixe du programme (P2P) ; $year ; $mark : la lettre de ce poste dans le numéro (-B).
said-letters-numbering-first = Ce poste, le premier de l’équipe, numérote ses lettres { $base }-{ $year }-001, -002… ; les autres postes mettent leur propre lettre dans les leurs ({ $base }-B-{ $year }-001), si bien qu’aucun numéro n’est donné deux fois, même hors ligne.
said-letters-numbering-other = Ce poste numérote ses lettres { $base }{ $mark }-{ $year }-001, -002… ; chaque poste de l’équipe a sa propre lettre dans le numéro, si bien qu’aucun numéro n’est donné deux fois, même hors ligne.
said-letters-letter-erased = La copie archivée de la lettre { $reference } a été effacée à la fin de sa durée de conservation comptable : sa référence, son montant et son empreinte sont conservés.
