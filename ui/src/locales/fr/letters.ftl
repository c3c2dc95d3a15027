# L’onglet Lettres et ses fenêtres : ce que la fenêtre dit des lettres d’attribution (les lettres
# elles-mêmes sont écrites par le cœur, dans crates/core/locales).

# $items : les paramètres qui manquent encore, en liste (« le nom du signataire et l’adresse du réseau »).
letters-missing-settings = Avant d’émettre des lettres, renseignez dans les paramètres : { $items }.
letters-summary = { $issued } { $issued ->
    [one] émise
   *[other] émises
} · { $toIssue } à émettre · { $outdated } { $outdated ->
    [one] demande
   *[other] demandent
} une nouvelle version

letters-status-to-issue = À émettre
letters-status-issued = Émise
letters-status-outdated = Nouvelle version due
letters-status-none = Pas de lettre
# $date : le jour où la lettre a été émise.
letters-status-issued-on = Émise le { $date }

letters-kilobytes = { $kb } Ko
letters-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
letters-issued-on = { $reference } émise le { $date }

## Toutes les lettres d’un cycle d’un coup

letters-batch-cancelled = Annulé. { $issued ->
    [one] { $issued } lettre émise
   *[other] { $issued } lettres émises
} avant l’arrêt ; chaque fichier écrit est complet.
letters-batch-done = { $issued ->
    [one] { $issued } lettre émise
   *[other] { $issued } lettres émises
}, { $reprinted } déjà { $reprinted ->
    [one] émise
   *[other] émises
}. { $files ->
    [one] { $files } fichier écrit
   *[other] { $files } fichiers écrits
}.
# $where : le dossier où les lettres ont été écrites, ou le fichier qui les réunit.
letters-batch-done-to = { $issued ->
    [one] { $issued } lettre émise
   *[other] { $issued } lettres émises
}, { $reprinted } déjà { $reprinted ->
    [one] émise
   *[other] émises
}. { $files ->
    [one] { $files } fichier écrit
   *[other] { $files } fichiers écrits
} dans { $where }.
letters-batch-progress = { $done } étapes sur { $total }
letters-batch-starting = Démarrage…
letters-batch-title = Émission des lettres
letters-batch-mode-folder = Un PDF par lettre, dans le dossier choisi.
letters-batch-mode-combined = Toutes les lettres dans un seul PDF, à imprimer.
letters-batch-cancelling = Annulation…
letters-batch-cancel = Annuler
letters-batch-close = Fermer

## L’onglet Lettres

letters-loading = Chargement des lettres…
letters-fill-settings-first = Renseignez d’abord les paramètres manquants
letters-no-awarded-grant = Aucune subvention attribuée pour l’instant : attribuez d’abord les brouillons dans l’onglet Subventions
letters-print = Imprimer…
letters-print-title = Ouvrir la lettre { $reference } dans votre lecteur PDF, pour l’imprimer
letters-save-as = Enregistrer sous…
letters-save-title = Enregistrer la lettre { $reference } en fichier PDF
letters-opened = { $file } ouvert dans votre lecteur PDF
letters-saved-to = Enregistré dans { $path }
letters-batch-folder = Tout émettre dans un dossier…
letters-batch-folder-title = Émettre les lettres dues, puis écrire la lettre de chaque subvention attribuée dans un dossier, un PDF chacune
letters-batch-combined = Tout émettre en un PDF…
letters-batch-combined-title = Émettre les lettres dues, puis réunir la lettre de chaque subvention attribuée dans un seul PDF, à imprimer
letters-open-settings = Ouvrir les paramètres
letters-bar-label = Lettres
letters-bar-hint = Chaque lettre d’attribution est numérotée à l’émission et conservée telle qu’émise.
letters-empty-title = Pas encore de subvention dans ce cycle
letters-empty-text = Sélectionnez des candidatures et attribuez leurs subventions ; leurs lettres sont émises ici.
letters-column-recipient = Destinataire
letters-column-role = Rôle
letters-column-grant = Subvention
letters-column-letter = Lettre
letters-column-status = Statut
letters-table-title = Lettres d’attribution
# Les versions antérieures de la lettre d’une subvention, après la référence de la dernière.
letters-row-earlier = (+{ $count } { $count ->
    [one] antérieure
   *[other] antérieures
})
letters-row-preview = Aperçu…

## L’aperçu d’une lettre

letters-preview-opened = Aperçu ouvert dans votre lecteur PDF
letters-preview-issued = Lettre { $reference } émise
letters-preview-title = Lettre d’attribution à { $applicant }
letters-preview-language = Langue
letters-preview-language-issued = La langue dans laquelle la lettre a été émise
# Suivi de la référence, en gras.
letters-preview-reference = Référence à l’émission :
letters-preview-setting = Composition de la lettre…
letters-preview-archived = La lettre est conservée exactement telle qu’elle a été émise : Imprimer… et Enregistrer sous… donnent ce même fichier. Une nouvelle version n’est due que si la subvention est modifiée.
letters-preview-open = Ouvrir en PDF
letters-preview-close = Fermer
letters-preview-settle-first = Réglez d’abord ce qui est listé ci-dessus
letters-preview-issue = Émettre la lettre
letters-issue-confirm-title = Émettre la lettre { $reference } ?
letters-issue-confirm-message = La lettre reçoit son numéro définitivement et la subvention reste figée telle quelle (une subvention en brouillon est d’abord attribuée). Pour la changer ensuite, modifiez la subvention et émettez une nouvelle version.
letters-issue-confirm-label = Émettre
letters-preview-paper = La lettre, telle qu’elle sera imprimée
