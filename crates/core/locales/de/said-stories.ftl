# Was der Kern über die Erfahrungsberichte der Teilnehmenden, ihre Fotos und die Veröffentlichung sagt.

## Ein Erfahrungsbericht
said-stories-field-missing = Geben Sie { $what ->
        [title] den Titel
        [author] die Autorin oder den Autor
       *[caption] die Bildunterschrift
    } des Erfahrungsberichts ein.
said-stories-field-long = { $what ->
        [title] Der Titel ist
        [author] Der Name der Autorin oder des Autors ist
       *[caption] Die Bildunterschrift ist
    } zu lang (höchstens { $most } Zeichen).
said-stories-font = { $what ->
        [title] Der Titel
        [author] Der Name der Autorin oder des Autors
        [caption] Die Bildunterschrift
       *[text] Der Text
    } enthält das Zeichen „{ $character }“ (U+{ $code }), das in der Schriftart der Veröffentlichung fehlt: Ersetzen Sie es.
said-stories-text-missing = Geben Sie den Text des Erfahrungsberichts ein.
said-stories-text-long = Der Text ist zu lang (höchstens 20.000 Zeichen).
said-stories-no-story = Es gibt keinen Erfahrungsbericht { $id }.

## Welche Zuschüsse Erfahrungsberichte aufnehmen
said-stories-no-grant = Es gibt keinen Zuschuss { $id }.
said-stories-no-stories-here = „{ $cycle }“ sammelt keine Erfahrungsberichte: Sie gehören zu den Berichten von P2P Learning und Staff Exchange.
said-stories-grant-cancelled = Der Zuschuss ist storniert: Er erhält weder Bericht noch Erfahrungsbericht.
said-stories-grant-draft = Der Zuschuss ist noch nicht bewilligt: Erfahrungsberichte kommen mit dem Bericht, nach der Bewilligung.

## Die Fotos eines Erfahrungsberichts
said-stories-photo-too-many = Ein Erfahrungsbericht hat höchstens { $most } Fotos: Entfernen Sie zuerst eines.
said-stories-photo-too-big = { $file ->
        [unnamed] Die Datei
       *[named] { $name }
    } ist { $size } MB groß: Fotos über { $most } MB werden abgelehnt.
said-stories-photo-not-a-picture = { $file ->
        [unnamed] Die Datei
       *[named] { $name }
    } ist kein PNG- oder JPEG-Bild: Wählen Sie ein Foto, das als .jpg oder .png gespeichert ist.
said-stories-photo-unreadable = { $file ->
        [unnamed] Die Datei
       *[named] { $name }
    } kann nicht als Bild gelesen werden: { $error }
said-stories-photo-too-many-pixels = { $file ->
        [unnamed] Die Datei
       *[named] { $name }
    } hat { $width } × { $height } Pixel: Bilder über 50 Millionen Pixel werden abgelehnt.
said-stories-photo-not-scaled = { $file ->
        [unnamed] Die Datei
       *[named] { $name }
    } konnte nicht verkleinert werden: { $error }
said-stories-no-photo = Es gibt kein Foto { $id }.

## Die Veröffentlichung
said-stories-publication-language = Die Veröffentlichung wird auf Englisch oder Französisch verfasst; „{ $language }“ gehört nicht dazu.
said-stories-publication-empty = „{ $cycle }“ hat noch keinen Erfahrungsbericht: Fügen Sie zuerst die Erfahrungsberichte der Teilnehmenden zu den Berichten der Zuschüsse hinzu.
said-stories-publication-unprintable = Die Veröffentlichung kann nicht gedruckt werden: { $what ->
        [hub-name] der Name eines Zentrums
        [network-name] der Name des Netzwerks
        [cycle-title] der Titel des Zyklus
        [story-title] der Titel eines Erfahrungsberichts
        [story-author] die Autorin oder der Autor eines Erfahrungsberichts
        [story-text] der Text eines Erfahrungsberichts
        [photo-caption] die Bildunterschrift eines Fotos
       *[postal-address] die Postanschrift des Netzwerks
    } („{ $text }“) enthält das Zeichen „{ $character }“ (U+{ $code }), das in der Schriftart fehlt.
said-stories-publication-unset = Die Veröffentlichung kann nicht gesetzt werden: { $error }
# A participant's consent to publishing their story.
said-stories-consent-day-missing = Geben Sie den Tag an, an dem die Person der Veröffentlichung des Berichts zugestimmt hat.
said-stories-consent-scope-missing = Geben Sie an, wozu die Person zugestimmt hat: zur Veröffentlichung, oder zur Veröffentlichung und zur Website des Netzwerks.
said-stories-consent-day-future = Der { DATE($date) } liegt nach heute: Geben Sie den Tag an, an dem die Person zugestimmt hat.
said-stories-consent-day-bad = „{ $text }“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, z. B. 2027-03-31.
said-stories-publication-no-consent = { $count ->
        [one] Der einzige Bericht von „{ $cycle }“ hat keine Zustimmung seiner Verfasserin oder seines Verfassers zur Veröffentlichung: Erfassen Sie sie am Bericht, bevor Sie die Veröffentlichung erstellen.
       *[other] Keiner der { $count } Berichte von „{ $cycle }“ hat die Zustimmung zur Veröffentlichung: Erfassen Sie sie an jedem Bericht, bevor Sie die Veröffentlichung erstellen.
    }
