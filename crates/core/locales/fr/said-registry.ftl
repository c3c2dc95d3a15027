# Ce que dit le cœur de l’application sur les lieux membres, leurs fichiers CSV et les paramètres du réseau.

## Les fichiers que lit le registre
# $path : le fichier ; $error : ce qu’a dit le système d’exploitation.
said-registry-file-unreadable = Impossible de lire { $path } : { $error }

## La fiche d’un lieu (et chaque ligne d’un CSV de lieux)
said-registry-hub-name-missing = Indiquez le nom du lieu.
# Aussi le nom du réseau et celui du signataire dans les paramètres. $most : des caractères.
said-registry-name-long = Le nom est trop long ({ $most } caractères au plus).
said-registry-hub-city-missing = Indiquez la ville (choisissez-la dans la liste pour remplir le pays et les coordonnées).
said-registry-hub-country-missing = Indiquez le pays par son code ISO à deux lettres, p. ex. DE.
# $code : tel que saisi.
said-registry-hub-country-bad = « { $code } » n’est pas un code de pays ISO 3166-1 (deux lettres, p. ex. DE, GR, PL).
# $city : telle que saisie ; $country : son code à deux lettres.
said-registry-hub-place-unknown = « { $city } » ne figure pas dans le répertoire géographique pour { $country } : choisissez une localité dans la liste ou saisissez les coordonnées.
said-registry-hub-longitude-missing = Indiquez aussi la longitude.
said-registry-hub-latitude-missing = Indiquez aussi la latitude.
# $latitude, $longitude : telles que données.
said-registry-hub-latitude-range = La latitude { $latitude } est hors limites : elle doit être comprise entre -90 et 90.
said-registry-hub-longitude-range = La longitude { $longitude } est hors limites : elle doit être comprise entre -180 et 180.
said-registry-hub-key-bad = La clé ne peut contenir que des lettres minuscules a-z, des chiffres, « - » et « _ » (de 2 à 64 caractères).
said-registry-hub-sector-bad = Le secteur « { $sector } » est trop long ou contient « | ».
said-registry-hub-language-bad = « { $code } » n’est pas un code de langue ISO 639-1 à deux lettres (p. ex. en, fr, el).
said-registry-hub-email-bad = « { $email } » n’est pas une adresse e-mail.
said-registry-hub-website-bad = Le site web doit commencer par https:// ou http://.
# $latest : l’année en cours.
said-registry-hub-member-since-bad = « Membre depuis » doit être une année comprise entre 1950 et { $latest }.
said-registry-hub-notes-long = Les notes sont trop longues ({ $most } caractères au plus).

## Trouver un lieu
said-registry-hub-not-found = Aucun lieu ne porte l’identifiant { $id }.
said-registry-hub-key-not-found = Aucun lieu ne porte la clé « { $key } ».
said-registry-hub-key-taken = Un autre lieu porte déjà la clé « { $key } ».

## Importer un CSV de lieux
# $path : le fichier ; $size : sa taille en Mo, avec une décimale ; $most : la plus grande acceptée, en Mo.
said-registry-csv-too-large = { $path } pèse { $size } Mo ; les fichiers de plus de { $most } Mo sont refusés. Scindez-le ou retirez les colonnes inutiles.
# $kind : ce qu’est le fichier, d’après ses premiers octets.
said-registry-csv-not-text = Ce fichier est { $kind ->
        [pdf] un document PDF
        [zip] une archive ZIP (un classeur .xlsx ou .ods, ou un .docx, en est une)
        [office] un ancien fichier Office (.xls ou .doc)
        [png] une image PNG
        [jpeg] une image JPEG
        [gif] une image GIF
        [sqlite] une base de données SQLite
       *[rtf] un document RTF
    }, pas un fichier CSV. Ouvrez-le dans le programme dont il provient et enregistrez (ou exportez) le tableau au format « CSV UTF-8 », puis importez ce fichier. Rien n’a été importé.
# $at : la position de l’octet dans le fichier.
said-registry-csv-utf16-damaged = Le fichier semble être du texte UTF-16 (le « texte Unicode » d’Excel), mais il est endommagé à l’octet { $at }. Enregistrez-le de nouveau, de préférence au format « CSV UTF-8 ». Rien n’a été importé.
said-registry-csv-binary = Ce fichier n’est pas du texte : il contient des données binaires. Choisissez le fichier CSV exporté par l’outil de formulaires ou le tableur (enregistré au format « CSV UTF-8 »). Rien n’a été importé.
# $line : la ligne ; $byte : l’octet, en deux chiffres hexadécimaux.
said-registry-csv-not-utf8 = Le fichier n’est pas en UTF-8 : la ligne { $line } contient l’octet 0x{ $byte }. Enregistrez-le au format « CSV UTF-8 » (dans Excel : Enregistrer sous → CSV UTF-8 ; dans LibreOffice : jeu de caractères Unicode (UTF-8)) et importez-le de nouveau. Rien n’a été importé.
# $letter : le caractère qu’est l’octet en Latin-1 / Windows-1252.
said-registry-csv-not-utf8-latin1 = Le fichier n’est pas en UTF-8 : la ligne { $line } contient l’octet 0x{ $byte }, qui ressemble à du texte Latin-1 / Windows-1252 (« { $letter } »). Enregistrez-le au format « CSV UTF-8 » (dans Excel : Enregistrer sous → CSV UTF-8 ; dans LibreOffice : jeu de caractères Unicode (UTF-8)) et importez-le de nouveau. Rien n’a été importé.
said-registry-csv-empty = Le fichier est vide : il n’a pas de ligne d’en-tête.
said-registry-csv-header-unreadable = La ligne d’en-tête n’a pas pu être lue.
# $shown : le début de la première ligne ; $columns : toutes les colonnes qu’un fichier peut avoir ; $required : celles qu’il doit avoir.
said-registry-csv-no-header = En-tête incorrect : la première ligne doit nommer les colonnes, mais on y lit « { $shown } ». Colonnes attendues : { $columns }. Obligatoires : { $required }.
# $name : une colonne de la ligne d’en-tête.
said-registry-csv-header-twice = En-tête incorrect : la colonne « { $name } » apparaît deux fois. Colonnes attendues : { $columns } (obligatoires : { $required }). Rien n’a été importé.
# $column : le numéro de la colonne, à partir de 1.
said-registry-csv-header-unknown = En-tête incorrect : colonne inconnue « { $name } » (colonne { $column }). Colonnes attendues : { $columns } (obligatoires : { $required }). Rien n’a été importé.
said-registry-csv-header-missing = En-tête incorrect : la colonne obligatoire « { $name } » est absente. Colonnes attendues : { $columns } (obligatoires : { $required }). Rien n’a été importé.
# Plusieurs problèmes. $problems : chacun d’eux, en anglais, séparés par des points-virgules.
said-registry-csv-header-wrong = En-tête incorrect : { $problems }. Colonnes attendues : { $columns } (obligatoires : { $required }). Rien n’a été importé.
said-registry-csv-changed = Le fichier a changé depuis son aperçu. Affichez-en de nouveau l’aperçu avant de l’importer.
# $count : les problèmes du fichier ; $row : la ligne du premier (l’en-tête est la ligne 1) ; $column : sa colonne ;
# $problem : ce qu’il est, en anglais.
said-registry-csv-refused-row = { $count ->
        [one] Un problème dans le fichier : rien n’a été importé. Ligne { $row }, toute la ligne : { $problem }
       *[other] { $count } problèmes dans le fichier : rien n’a été importé. Le premier : ligne { $row }, toute la ligne : { $problem }
    }
said-registry-csv-refused-cell = { $count ->
        [one] Un problème dans le fichier : rien n’a été importé. Ligne { $row }, { $column } : { $problem }
       *[other] { $count } problèmes dans le fichier : rien n’a été importé. Le premier : ligne { $row }, { $column } : { $problem }
    }
# Une ligne qui n’a pas pu être enregistrée. $problem : pourquoi, en anglais.
said-registry-csv-row = Ligne { $row } : { $problem }

## Un problème d’une ligne (ou d’une cellule) d’un fichier CSV de lieux, listé par l’aperçu de l’import
# $error : ce qu’a dit le lecteur CSV (en anglais).
said-registry-csv-row-unreadable = cette ligne ne peut pas être lue : { $error }
# $fields : les champs de la ligne ; $width : ceux de l’en-tête.
said-registry-csv-row-width = cette ligne a { $fields } { $fields ->
        [one] champ
       *[other] champs
    }, mais l’en-tête en a { $width }
# $other : le séparateur que la ligne semble utiliser ; $separator : celui de l’en-tête (« , » « ; » ou « tab »).
said-registry-csv-row-width-separator = cette ligne a { $fields } { $fields ->
        [one] champ
       *[other] champs
    }, mais l’en-tête en a { $width } — elle semble séparée par « { $other } » alors que l’en-tête utilise { $separator ->
        [tab] la tabulation
       *[other] « { $separator } »
    }
# $text : la cellule, telle qu’écrite.
said-registry-csv-not-number = « { $text } » n’est pas un nombre
said-registry-csv-maturity-bad = « { $text } » n’est pas une maturité : écrivez emerging ou established
said-registry-csv-membership-bad = « { $text } » n’est pas une adhésion : écrivez regular, associate ou former
said-registry-csv-not-yes-no = « { $text } » n’est ni oui ni non (yes ou no)
said-registry-csv-not-year = « { $text } » n’est pas une année
# $key : la clé du lieu ; $how : made (faite du nom et du pays) ou given (dans la colonne key) ; $first : la ligne qui l’a d’abord.
said-registry-csv-key-repeated = { $how ->
        [made] la clé « { $key } » (faite du nom et du pays) est déjà utilisée à la ligne { $first }
       *[given] la clé « { $key } » est déjà utilisée à la ligne { $first }
    }

## Les paramètres du réseau
said-registry-settings-network-missing = Indiquez le nom du réseau.
said-registry-settings-address-long = L’adresse est trop longue ({ $most } caractères au plus).
said-registry-settings-address-lines = L’adresse compte plus de { $most } lignes.
said-registry-settings-title-long = La fonction est trop longue ({ $most } caractères au plus).
said-registry-settings-place-long = Le lieu de signature est trop long ({ $most } caractères au plus).
said-registry-settings-language-bad = Choisissez l’anglais (en) ou le français (fr).
# $size : la taille du fichier ; $most : la plus grande acceptée ; toutes deux en Ko.
said-registry-logo-too-large = Le logo pèse { $size } Ko ; la limite est de { $most } Ko. Choisissez un PNG ou un JPEG plus léger.
said-registry-logo-not-image = Le logo doit être une image PNG ou JPEG.
said-registry-logo-over-2mb = Le logo dépasse 2 Mo.

# Bank details (registry/bank.rs).
said-registry-iban-missing = Indiquez l’IBAN du compte.
said-registry-iban-checksum = { $iban } n’est pas un IBAN valide : sa clé de contrôle ne correspond pas au reste. Cherchez un caractère mal saisi ou inversé.
said-registry-iban-shape = { $iban } n’est pas un IBAN : un IBAN commence par deux lettres pour le pays et deux chiffres de contrôle, suivis de 30 lettres et chiffres au plus.
said-registry-iban-national = { $iban } n’est pas un IBAN valide pour { $country } : son numéro de compte n’a pas la longueur ou la forme voulues pour ce pays. Vérifiez-le sur un relevé de la banque.
said-registry-iban-country = Aucun pays connu de ce programme n’émet d’IBAN commençant par { $country }.
said-registry-account-holder-missing = Indiquez le nom du titulaire du compte, tel que la banque le connaît.
said-registry-account-holder-long = Le nom du titulaire est trop long : un virement en porte { $most } caractères au plus.
said-registry-account-owner-unknown = Des coordonnées bancaires appartiennent au réseau, à un hub ou à une candidature.
said-registry-bic-missing = Indiquez le BIC de la banque.
said-registry-bic-shape = { $bic } n’est pas un BIC : un BIC compte 8 ou 11 caractères, quatre lettres pour la banque, deux pour le pays, puis deux lettres ou chiffres pour la place et, pour une agence, trois de plus.
said-registry-bic-country = { $bic } n’est pas un BIC valide : { $country } n’est pas un code de pays.
