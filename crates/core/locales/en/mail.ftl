# The outbox's e-mails, English. Each kind of message has a subject and a body; staff may
# rewrite both in the app (Outbox → Templates), with the same fields. Amounts and dates arrive
# already written for the language.

mail-award-subject = { $cycle }: your award letter { $reference }
mail-award-body =
    Dear { $recipient },

    We are pleased to send you the award letter of { $hub } for { $cycle }: a grant of { $amount } for the activity, { $period }.

    The letter is attached ({ $letter }). Please keep it with your accounts, and send us your report by { $report_deadline }.

    With our best wishes,
    { $signatory }
    { $network }

mail-rejection-subject = { $cycle }: your application
mail-rejection-body =
    Dear { $recipient },

    Thank you for the application of { $hub } to { $cycle }. We received many more strong applications than the programme can fund, and we are sorry to tell you that yours was not selected this time.

    We hope to read you again in the next call.

    With our best wishes,
    { $signatory }
    { $network }

mail-waiting_list-subject = { $cycle }: your application is on the waiting list
mail-waiting_list-body =
    Dear { $recipient },

    Thank you for the application of { $hub } to { $cycle }. It was not among the first selected, but it is on the waiting list: if a selected activity does not take place, we will write to you at once.

    With our best wishes,
    { $signatory }
    { $network }

mail-payment_made-subject = { $cycle }: payment of { $amount } ({ $reference })
mail-payment_made-body =
    Dear { $recipient },

    We have paid { $amount } to { $hub } on { $paid_on }: { $instalment } of grant { $reference }.

    With our best wishes,
    { $signatory }
    { $network }

mail-report_reminder-subject = { $overdue ->
    [yes] { $cycle }: your report is overdue ({ $reference })
   *[no] { $cycle }: your report is due on { $report_deadline }
}
mail-report_reminder-body =
    Dear { $recipient },

    { $overdue ->
        [yes] The report of { $hub } on grant { $reference } was due on { $report_deadline }, { $days ->
            [one] one day ago
           *[other] { $days } days ago
        }, and we have not received it yet.
       *[no] A reminder that the report of { $hub } on grant { $reference } is due on { $report_deadline }, in { $days ->
            [one] one day
           *[other] { $days } days
        }.
    } { $balance_due ->
        [yes] The balance of the grant, { $balance }, is paid once we have received it.
       *[no] { "" }
    }

    With our best wishes,
    { $signatory }
    { $network }

mail-reviewer_invitation-subject = { $cycle }: your applications to review
mail-reviewer_invitation-body =
    Dear { $recipient },

    Thank you for reviewing applications to { $cycle }. { $applications ->
        [one] One application is
       *[other] { $applications } applications are
    } yours to score: they are listed in the attached sheet ({ $sheet }). Please give each criterion a score in its column and send the sheet back to us.

    With our thanks,
    { $signatory }
    { $network }
