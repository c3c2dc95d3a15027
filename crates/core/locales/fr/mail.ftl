# Les courriels de la boîte d'envoi, en français. Chaque type de message a un objet et un corps ;
# l'équipe peut les réécrire dans l'application (Boîte d'envoi → Modèles), avec les mêmes champs.

mail-award-subject = { $cycle } : votre lettre d'attribution { $reference }
mail-award-body =
    Bonjour { $recipient },

    Nous avons le plaisir de vous adresser la lettre d'attribution de { $hub } pour { $cycle } : une subvention de { $amount } pour l'activité, { $period }.

    La lettre est jointe ({ $letter }). Merci de la conserver avec vos pièces comptables et de nous envoyer votre rapport avant le { $report_deadline }.

    Bien cordialement,
    { $signatory }
    { $network }

mail-rejection-subject = { $cycle } : votre candidature
mail-rejection-body =
    Bonjour { $recipient },

    Merci pour la candidature de { $hub } à { $cycle }. Nous avons reçu bien plus de candidatures solides que le programme ne peut en financer, et nous avons le regret de vous dire que la vôtre n'a pas été retenue cette fois.

    Nous espérons vous lire à nouveau lors du prochain appel.

    Bien cordialement,
    { $signatory }
    { $network }

mail-waiting_list-subject = { $cycle } : votre candidature est sur la liste d'attente
mail-waiting_list-body =
    Bonjour { $recipient },

    Merci pour la candidature de { $hub } à { $cycle }. Elle n'est pas parmi les premières retenues, mais elle figure sur la liste d'attente : si une activité retenue n'a pas lieu, nous vous écrirons aussitôt.

    Bien cordialement,
    { $signatory }
    { $network }

mail-payment_made-subject = { $cycle } : paiement de { $amount } ({ $reference })
mail-payment_made-body =
    Bonjour { $recipient },

    Nous avons versé { $amount } à { $hub } le { $paid_on } : { $instalment } de la subvention { $reference }.

    Bien cordialement,
    { $signatory }
    { $network }

mail-report_reminder-subject = { $overdue ->
    [yes] { $cycle } : votre rapport est en retard ({ $reference })
   *[no] { $cycle } : votre rapport est attendu le { $report_deadline }
}
mail-report_reminder-body =
    Bonjour { $recipient },

    { $overdue ->
        [yes] Le rapport de { $hub } sur la subvention { $reference } était attendu le { $report_deadline }, il y a { $days ->
            [one] un jour
           *[other] { $days } jours
        }, et nous ne l'avons pas encore reçu.
       *[no] Nous vous rappelons que le rapport de { $hub } sur la subvention { $reference } est attendu le { $report_deadline }, dans { $days ->
            [one] un jour
           *[other] { $days } jours
        }.
    } { $balance_due ->
        [yes] Le solde de la subvention, { $balance }, est versé dès sa réception.
       *[no] { "" }
    }

    Bien cordialement,
    { $signatory }
    { $network }

mail-reviewer_invitation-subject = { $cycle } : vos candidatures à évaluer
mail-reviewer_invitation-body =
    Bonjour { $recipient },

    Merci d'évaluer des candidatures à { $cycle }. { $applications ->
        [one] Une candidature vous est confiée
       *[other] { $applications } candidatures vous sont confiées
    } : elles figurent dans le tableau joint ({ $sheet }). Merci de donner une note à chaque critère dans sa colonne et de nous renvoyer le tableau.

    Avec nos remerciements,
    { $signatory }
    { $network }
