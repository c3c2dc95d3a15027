# Funding: the grants of a cycle, the grant dialog, the rule set and its rate tables, the
# budget effect of new rules (what-if), and the payments of a grant and of a cycle.

## Kinds of rule-set component (grants.ts)

funding-rules-kind-distance-band = Travel by distance band
funding-rules-kind-capped-travel = Travel up to a cap
funding-rules-kind-subsistence = Subsistence (day rate)
funding-rules-kind-accommodation = Accommodation (night rate)
funding-rules-kind-lump-sum = Lump sum
funding-rules-kind-green-top-up = Green travel top-up
funding-rules-kind-inclusion-top-up = Inclusion top-up
funding-rules-kind-visa-top-up = Visa top-up
funding-rules-kind-expensive-travel = Expensive travel
funding-rules-kind-grant-cap = Cap per grant

funding-rules-kind-hint-distance-band = Per traveller: the amount of the band the one-way distance from the home hub to the host falls in, for the return trip.
funding-rules-kind-hint-capped-travel = Per traveller: the declared travel cost up to the cap (the cap is reserved while nothing is declared).
funding-rules-kind-hint-subsistence = Per traveller: the day rate × the activity days (up to the limit) plus travel days; days after the given day at a reduced percentage.
funding-rules-kind-hint-accommodation = Per traveller: the night rate × the nights of the stay (activity days − 1, up to the limit).
funding-rules-kind-hint-lump-sum = Once per grant.
funding-rules-kind-hint-green-top-up = Per traveller who travels green.
funding-rules-kind-hint-inclusion-top-up = Once per grant: the declared real costs of inclusion or accessibility, up to the cap.
funding-rules-kind-hint-visa-top-up = Per traveller who needs a visa.
funding-rules-kind-hint-expensive-travel = With a distance band: where the band covers less than a share of the real travel cost declared, a share of that cost is paid instead (Erasmus+: below 70 %, 80 %).
funding-rules-kind-hint-grant-cap = Applied after every other line: the grant is at most this much (shown as its own line).

# The name a new component of each kind starts with (it is printed on the letters).
funding-rules-kind-name-distance-band = Travel
funding-rules-kind-name-capped-travel = Travel
funding-rules-kind-name-subsistence = Subsistence
funding-rules-kind-name-accommodation = Accommodation
funding-rules-kind-name-lump-sum = Lump sum
funding-rules-kind-name-green-top-up = Green travel top-up
funding-rules-kind-name-inclusion-top-up = Inclusion support
funding-rules-kind-name-visa-top-up = Visa costs
funding-rules-kind-name-expensive-travel = Expensive travel
funding-rules-kind-name-grant-cap = Cap per grant

## A grant's state, history actions and lines (grants.ts)

funding-grants-state-draft = Draft
funding-grants-state-blocked = Blocked
funding-grants-state-awarded = Awarded rev { $revision }
funding-grants-state-cancelled = Cancelled

funding-grants-action-awarded = Awarded
funding-grants-action-amended = Amended
funding-grants-action-cancelled = Cancelled

# "2 travellers · Green" ($mode is the travel mode's label).
funding-grants-travel = { $count ->
    [one] { $count }{"\u00A0"}traveller · { $mode }
   *[other] { $count }{"\u00A0"}travellers · { $mode }
}

# Where a line comes from: "Travel · rules v2".
funding-grants-line-source = { $rule } · rules v{ $version }
# "612 km · 500–1,999 km" ($band is the band as the core words it).
funding-grants-line-distance = { $km } km · { $band }
funding-grants-line-no-band = no band
funding-grants-line-within-cap = within the cap
funding-grants-line-reduction-to-cap = reduction to the cap
# "5 × €165.00"
funding-grants-line-calculation = { $quantity } × { $rate }
# A line as one short phrase: "Travel: €350.00".
funding-grants-line-brief = { $label }: { $amount }
funding-grants-line-brief-traveller = { $label } (traveller { $traveller }): { $amount }

# The toast after awarding, its parts joined by " · ".
funding-grants-award-toast-awarded = { $count ->
    [one] Awarded { $count } grant
   *[other] Awarded { $count } grants
}
funding-grants-award-toast-blocked = { $count ->
    [one] { $count } blocked draft left as drafts
   *[other] { $count } blocked drafts left as drafts
}
funding-grants-envelope-left = { $amount } of the envelope not yet awarded
funding-grants-envelope-over = { $amount } over the envelope

## The grants tab (GrantsView)

funding-grants-count-grants = { $count ->
    [one] { $count } grant
   *[other] { $count } grants
}
funding-grants-count-awarded = { $count } awarded
funding-grants-count-drafts = { $count ->
    [one] { $count } draft
   *[other] { $count } drafts
}
funding-grants-count-blocked = { $count } blocked

funding-grants-rules-edited = Rules v{ $version } · edited by { $actor } on { $when }
funding-grants-rules-noted = Rules v{ $version } · { $note }, { $when }
funding-grants-rules-plain = Rules v{ $version } · { $when }

funding-grants-bar-remaining = Awarded { $awarded } and drafts { $drafts } against an envelope of { $envelope }: { $remaining } remaining
funding-grants-bar-over = Awarded { $awarded } and drafts { $drafts } against an envelope of { $envelope }: { $over } over

funding-grants-award-confirm-title = { $count ->
    [one] Award { $count } draft grant?
   *[other] Award { $count } draft grants?
}
funding-grants-award-confirm-text = { $count ->
    [one] { $count } grant totalling { $amount } is awarded and frozen: later changes to the rules or inputs reach it only by amendment.
   *[other] { $count } grants totalling { $amount } are awarded and frozen: later changes to the rules or inputs reach them only by amendment.
}
funding-grants-award-confirm-blocked = { $count ->
    [one] { $count } blocked draft stays a draft.
   *[other] { $count } blocked drafts stay drafts.
}
funding-grants-award = Award
funding-grants-over-title = Award over the envelope?
funding-grants-over-confirm = Award anyway

funding-grants-budget-title = Budget
funding-grants-budget-envelope = Envelope
funding-grants-budget-awarded = Awarded
funding-grants-budget-drafts = Drafts
funding-grants-budget-remaining = Remaining
funding-grants-budget-over = { $amount } over
# $year is written as is ("2027").
funding-grants-budget-year = All cycles of { $year }: { $committed } committed of { $envelope }

funding-grants-rules-label = Rules
funding-grants-rules-button = Rules…
funding-grants-award-all = Award all drafts…
funding-grants-award-all-none = No computed draft grant to award
funding-grants-loading = Loading the grants…
funding-grants-empty-title = No grants yet
funding-grants-empty-text = Grants are computed for selected applications: select on the Selection tab.

funding-grants-title = Grants
funding-grants-col-applicant = Applicant
funding-grants-col-role = Role
funding-grants-col-host = Host
funding-grants-col-travel = Travel
funding-grants-col-state = State
funding-grants-col-total = Total
funding-grants-col-paid = Paid
funding-grants-withdrawn = Withdrawn after award: cancel the grant
funding-grants-explain = Explain
# Read after "Explain" by screen readers only.
funding-grants-explain-whose = the grant of { $applicant }
funding-grants-total = Total
funding-grants-total-note = (without cancelled grants)

## A grant's lines (GrantLines)

funding-grants-lines-title-draft = Lines under the rules in force
funding-grants-lines-title = Lines
funding-grants-lines-empty-blocked = No lines until the grant can be computed.
funding-grants-lines-empty = No line: no component of the rules applies to this applicant.
funding-grants-lines-col-item = Item
funding-grants-lines-col-calculation = Calculation
funding-grants-lines-col-amount = Amount
funding-grants-lines-col-source = Source
funding-grants-lines-traveller = Traveller { $traveller }
funding-grants-lines-total = Total

## A grant's history (GrantHistory)

funding-grants-history-title = History
funding-grants-history-empty = Not awarded yet: a draft follows the rules and inputs.
funding-grants-history-revision = rev { $revision }
funding-grants-history-by = by { $actor } on { $when }
funding-grants-history-by-unknown = by an unknown user on { $when }

## The grant dialog (GrantDialog)

funding-grant-sub-revision = revision { $revision }
funding-grant-sub-rules = rules v{ $version }
funding-grant-sub-awarded = awarded { $when }
funding-grant-sub-awarded-by = awarded { $when } by { $actor }

funding-grant-inputs-travel-name = Travel cost per traveller
funding-grant-inputs-inclusion-name = Inclusion costs
funding-grant-inputs-visa-name = Travellers needing a visa
funding-grant-inputs-empty-note = Leave it empty when nothing is declared.
funding-grant-inputs-visa-invalid = Enter a whole number of travellers (0 when nobody needs a visa).
funding-grant-inputs-saved-draft = Saved the inputs of { $applicant }; the draft grant is recomputed
funding-grant-inputs-saved-awarded = Saved the inputs of { $applicant }; the awarded grant changes only by amendment

# $left is funding-grants-envelope-left or funding-grants-envelope-over.
funding-grant-award-toast = Awarded the grant of { $applicant }: { $amount } · { $left }
funding-grant-amend-reason-missing = Say why the awarded grant changes (it is kept in the grant's history).
funding-grant-amend-toast = Amended the grant of { $applicant }: { $before } → { $after } (revision { $revision })
funding-grant-cancel-reason-missing = Say why the grant is cancelled (it is kept in the grant's history).
funding-grant-cancel-toast = Cancelled the grant of { $applicant }

funding-grant-loading = Loading the grant…
funding-grant-route-from = From
funding-grant-route-to = to
funding-grant-no-host = no host yet
funding-grant-available = Available
funding-grant-visit = Visit
funding-grant-activity = Activity
# "2 Nov 2026 – 6 Nov 2026 (5 days)"
funding-grant-span-days = { $span } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
})
funding-grant-visit-to-agree = dates still to be agreed by the two hubs (set them in Pairing)
funding-grant-no-dates = no dates yet
funding-grant-travellers-green = { $count ->
    [one] { $count } traveller, green travel
   *[other] { $count } travellers, green travel
}
funding-grant-travellers-standard = { $count ->
    [one] { $count } traveller, standard travel
   *[other] { $count } travellers, standard travel
}
funding-grant-withdrawn = The application was withdrawn after the award: cancel the grant.
funding-grant-blocked-title = This grant cannot be computed yet.

funding-grant-pending-title = The rules and inputs in force now give { $now } (was { $was })
funding-grant-amend-reason-label = Why the awarded grant changes
funding-grant-amend-hint = The amendment and its reason are kept in the grant's history.
funding-grant-amend = Amend grant
funding-grant-pending-blocked = The rules in force cannot recompute this grant, so it cannot be amended: { $reason }

funding-grant-inputs-title = Inputs
funding-grant-inputs-legend = What staff record for this grant
funding-grant-input-travel = Declared travel cost per traveller (€)
funding-grant-input-travel-hint = For travel up to a cap. Empty while not declared: the cap is reserved.
funding-grant-input-inclusion = Inclusion and accessibility costs (€)
funding-grant-input-inclusion-hint = Real costs for the grant, paid up to the cap of an inclusion top-up. Empty for none.
funding-grant-input-visa = Travellers needing a visa
funding-grant-input-visa-hint = For a visa top-up; 0 to { $max }.
funding-grant-inputs-hint-draft = The draft is recomputed on saving.
funding-grant-inputs-hint-awarded = The awarded grant keeps its amount; a change shows as an amendment to make.
funding-grant-inputs-hint-cancelled = A cancelled grant no longer changes.
funding-grant-inputs-save-title = Save the inputs (Ctrl+S)
funding-grant-inputs-save = Save inputs

funding-grant-cancel = Cancel grant…
funding-grant-full-history = Full history…
funding-grant-close = Close
funding-grant-award = Award
funding-grant-award-blocked = A blocked grant cannot be awarded
# The history dialog's title reads "History of …".
funding-grant-history-name = the grant to { $applicant }

funding-grant-cancel-title = Cancel the grant of { $applicant }?
funding-grant-cancel-text = The grant of { $amount } no longer counts against the envelope. It stays in the records with its history.
funding-grant-cancel-reason-label = Why?
funding-grant-cancel-hint = The reason is kept in the grant's history.
funding-grant-cancel-back = Keep the grant
funding-grant-cancel-confirm = Cancel grant

funding-grant-discard-title = Discard the inputs?
funding-grant-discard-text = The inputs you typed have not been saved.
funding-grant-discard-confirm = Discard

## The rule-set dialog (RuleSetDialog, RuleVersions)

# Where a problem is, in the summary: "in 'Travel', component 3".
funding-rules-place-note = the note
funding-rules-place-whole = the rules as a whole
funding-rules-place-named = '{ $label }'
funding-rules-place-component = component { $n }

funding-rules-record-rows = Components
funding-rules-record-undated = Visits without dates

# $places is a list of places ("'Travel', component 3"); $first the first problem's message.
funding-rules-not-saved = The rules were not saved: { $count ->
    [one] one problem
   *[other] { $count } problems
}, in { $places }. { $first }
funding-rules-no-preview = No preview: { $count ->
    [one] one problem
   *[other] { $count } problems
}, in { $places }. { $first }

funding-rules-amount-missing = Enter an amount in euros, e.g. 350 (0 for nothing).
funding-rules-band-from-invalid = Row { $row }: the band starts at a whole number of km.
funding-rules-band-to-invalid = Row { $row }: the band ends at a whole number of km, or empty for no upper limit.
funding-rules-percent-invalid = A percentage from 1 to 100.
funding-rules-max-days-invalid = A whole number of days, or empty for no limit.
funding-rules-travel-days-invalid = A whole number of days (0 for none).
funding-rules-reduced-after-invalid = A whole number of days, or empty for no reduced rate.
funding-rules-reduced-percent-invalid = A whole percentage from 0 to 100.
funding-rules-max-nights-invalid = A whole number of nights, or empty for no limit.

funding-rules-saved-unchanged = No change: the rules stay at version { $version }
funding-rules-saved = Rules saved as version { $version }; draft grants recomputed

funding-rules-title = Grant rules
funding-rules-sub-version = · version { $version } in force
funding-rules-loading = Loading the rules…
funding-rules-intro = Each component adds lines to the grants of the roles it applies to. Saving creates version { $next } and recomputes the draft grants; awarded grants keep their amounts and change only by amendment.

funding-rules-component-legend = Component { $n }: { $name }
funding-rules-move-up-label = Move component { $n } up
funding-rules-move-up = Move up
funding-rules-move-down-label = Move component { $n } down
funding-rules-move-down = Move down
funding-rules-remove-title = Remove this component
funding-rules-remove-label = Remove component { $n }
funding-rules-remove-label-named = Remove component { $n } ({ $name })
funding-rules-name = Name on letters
funding-rules-roles = Applies to

funding-rules-cap-per-traveller = Cap per traveller (€)
funding-rules-cap-per-traveller-hint = The declared cost is paid up to this.
funding-rules-cap = Cap (€)
funding-rules-cap-hint = Declared real costs are paid up to this.
funding-rules-grant-cap = Most a grant can be (€)
funding-rules-amount = Amount (€)
funding-rules-amount-green = Amount per green traveller (€)
funding-rules-amount-visa = Amount per traveller needing a visa (€)
funding-rules-day-rate = Day rate (€)
funding-rules-night-rate = Night rate (€)
funding-rules-rate-hint-groups = For destinations in no group.
funding-rules-max-days = Most activity days funded
funding-rules-no-limit-hint = Empty for no limit.
funding-rules-travel-days = Travel days
funding-rules-travel-days-hint = Added to the activity days.
funding-rules-green-travel-days = Travel days with green travel
funding-rules-reduced-after = Reduced rate after day
funding-rules-reduced-after-hint = Empty for none.
funding-rules-reduced-percent = Reduced rate (% of the day rate)
funding-rules-max-nights = Most nights funded
funding-rules-below-percent = When the band covers less than (% of the real cost)
funding-rules-share-percent = Pay instead (% of the real cost)

funding-rules-none = No component: a rule set needs at least one.
funding-rules-add-kind = Add a component
funding-rules-add = Add
funding-rules-undated = Visits whose dates are not agreed yet
funding-rules-undated-funded-maximum = Computed on the most the rules pay
funding-rules-undated-blocked = Blocked until the dates are set
funding-rules-undated-hint = A visiting hub's grant until the two hubs agree their visit's dates on the pair (Pairing → Visit dates…).
funding-rules-note = Why the rules change
# $why is why the cycle is frozen, as the core words it.
funding-rules-note-hint-frozen = Needed: { $why }. Kept with the new version and in the cycle's history.
funding-rules-note-hint = Kept with the new version.
funding-rules-save = Save rules
funding-rules-discard-text = The changes to the grant rules have not been saved.

funding-rules-versions-title = Versions ({ $count })
funding-rules-version = v{ $version }
funding-rules-version-in-force = in force
funding-rules-version-by-app = by the app
funding-rules-version-by = by { $actor }

## A distance-band component's table (DistanceBandsTable)

funding-rules-bands-title = Distance bands (one-way km)
funding-rules-bands-none = No band yet.
funding-rules-bands-col-from = From (km)
funding-rules-bands-col-to = To (km)
funding-rules-bands-col-standard = Standard (€)
funding-rules-bands-col-green = Green (€)
funding-rules-bands-col-remove = Remove
funding-rules-bands-from = Band { $n }: from km
funding-rules-bands-to = Band { $n }: to km (empty for no upper limit)
funding-rules-bands-to-placeholder = no limit
funding-rules-bands-standard = Band { $n }: standard amount in euros
funding-rules-bands-green = Band { $n }: green amount in euros (empty for no green rate)
funding-rules-bands-green-placeholder = none
funding-rules-bands-remove = Remove band { $n }
funding-rules-bands-remove-title = Remove this band
funding-rules-bands-hint = The amount covers the return trip. Empty "to" for no upper limit (the last band only); empty green for no green rate.
funding-rules-bands-add = Add a band

## A day- or night-rate component's country groups (RateGroupsTable)

funding-rules-groups-title = Rates by destination country
funding-rules-groups-none = One rate for every destination.
funding-rules-groups-col-group = Group
funding-rules-groups-col-countries = Countries (ISO codes)
funding-rules-groups-col-day-rate = Day rate (€)
funding-rules-groups-col-night-rate = Night rate (€)
funding-rules-groups-col-remove = Remove
# The name a new group starts with.
funding-rules-groups-new-name = Group { $n }
funding-rules-groups-name = Country group { $n }: name
funding-rules-groups-countries = Country group { $n }: country codes
funding-rules-groups-countries-placeholder = FR DE IT
funding-rules-groups-day-rate = Country group { $n }: day rate in euros
funding-rules-groups-night-rate = Country group { $n }: night rate in euros
funding-rules-groups-remove = Remove country group { $n }
funding-rules-groups-remove-named = Remove country group { $n } ({ $name })
funding-rules-groups-remove-title = Remove this group
funding-rules-groups-hint = Codes separated by spaces or commas (Greece is GR; EL is read as GR). A destination in no group gets the base rate.
funding-rules-groups-add = Add a country group

## The budget effect of the rules being edited (WhatIfPanel)

funding-whatif-no-change = no change
funding-whatif-title = Budget effect
funding-whatif-preview = Preview budget effect
funding-whatif-current = Committed now
funding-whatif-candidate = With these rules
funding-whatif-difference = Difference
funding-whatif-envelope = Envelope
funding-whatif-over = { $amount } over the envelope with these rules.
funding-whatif-no-changes = No draft grant changes.
funding-whatif-changes = { $count ->
    [one] { $count } draft grant would change:
   *[other] { $count } draft grants would change:
}
funding-whatif-blocked = blocked: { $reason }
funding-whatif-awarded = { $count ->
    [one] { $count } awarded grant would change only by amendment.
   *[other] { $count } awarded grants would change only by amendment.
}

## Payments: statuses, filters and texts (payments.ts)

funding-payments-status-waiting = Waiting
funding-payments-status-scheduled = Scheduled
funding-payments-status-due = Due
funding-payments-status-overdue = Overdue
funding-payments-status-paid = Paid
funding-payments-status-waived = Waived
funding-payments-status-cancelled = Cancelled
# $date is written as is ("2026-11-20").
funding-payments-status-paid-on = Paid { $date }
funding-payments-due-after-report = after the report

funding-payments-summary-owed = Owed { $amount }
funding-payments-summary-paid = Paid { $amount }
funding-payments-summary-outstanding = Still to pay { $amount }
funding-payments-summary-to-recover = To recover { $amount }

funding-payments-filter-all = All payments
funding-payments-filter-open = To pay or recover
funding-payments-filter-due = Due now
funding-payments-filter-waiting = Waiting for the report
funding-payments-filter-paid = Paid
funding-payments-filter-closed = Cancelled or waived

funding-payments-reason-waive = Waive payment
funding-payments-reason-undo-waiver = Undo waiver
funding-payments-reason-undo-payment = Undo payment
funding-payments-reason-consequence-waive = A waived payment counts as settled: the beneficiary will not be paid (or asked to pay back) this amount.
funding-payments-reason-consequence-reopen = The payment becomes open again and the grant's open payments are recalculated.

funding-payments-partial-date = Enter a whole date, or leave the date empty for today.
funding-payments-export-done = Exported { $payments ->
    [one] { $payments } payment row
   *[other] { $payments } payment rows
} of { $grants ->
    [one] { $grants } grant
   *[other] { $grants } grants
} to { $path }

## Recording a payment (PayForm)

funding-payments-pay-received-on = Received on
funding-payments-pay-paid-on = Paid on
funding-payments-pay-reference = Reference
funding-payments-pay-reference-placeholder = Bank or accounting reference
funding-payments-pay-reference-hint = Optional, up to 100 characters.
funding-payments-pay-cancel = Cancel
funding-payments-pay-record-recovery = Record recovery
funding-payments-pay-record-payment = Record payment

## Waiving or undoing a payment (PaymentReasonForm)

funding-payments-reason-title-waive = Waive:
funding-payments-reason-title-undo-waiver = Undo the waiver:
funding-payments-reason-title-undo-payment = Undo the payment:
funding-payments-reason-missing-waive = Say why this payment is given up (it is kept with the payment).
funding-payments-reason-missing-reopen = Say why the payment is reopened (it is kept with the payment).
funding-payments-reason-label = Why?
funding-payments-reason-hint = The reason is kept with the payment. Enter confirms; Shift+Enter starts a new line.
funding-payments-reason-cancel = Cancel

## A grant's payments (GrantPaymentsPanel)

funding-payments-action-record-recovery = Record recovery…
funding-payments-action-record-payment = Record payment…
funding-payments-action-waive = Waive…
funding-payments-action-undo = Undo…
funding-payments-toast-report-received = Report marked received
funding-payments-toast-report-cleared = Report date cleared
funding-payments-toast-recorded = Payment recorded
funding-payments-toast-waived = Payment waived
funding-payments-toast-reopened = Payment reopened
funding-payments-grant-title = Payments
# $date is written as is ("2026-11-20").
funding-payments-report-received = Report received on { $date }
funding-payments-report-clear = Clear report date
funding-payments-report-awaited = Report not received yet — the balance falls due when it arrives
funding-payments-report-date = Received on
funding-payments-report-mark = Mark report received
funding-payments-grant-none = No payment is scheduled for this grant.
funding-payments-col-payment = Payment
funding-payments-col-amount = Amount
funding-payments-col-due = Due
funding-payments-col-status = Status
funding-payments-col-actions = Actions

## The payments tab (PaymentsView)

funding-payments-count = { $count ->
    [one] { $count } payment
   *[other] { $count } payments
}
funding-payments-count-filtered = { $shown } of { $count ->
    [one] { $count } payment
   *[other] { $count } payments
}
funding-payments-bar = Paid { $paid } of { $awarded } awarded; { $due } due now, of which { $overdue } overdue; { $outstanding } still to pay
# The line under the bar, its parts joined by " · ".
funding-payments-line-awarded = { $count ->
    [one] { $count } awarded grant
   *[other] { $count } awarded grants
}
funding-payments-line-cancelled = { $count ->
    [one] { $count } cancelled grant
   *[other] { $count } cancelled grants
}
funding-payments-line-reports = { $count ->
    [one] { $count } report received
   *[other] { $count } reports received
}
funding-payments-line-open = { $count ->
    [one] { $count } open payment
   *[other] { $count } open payments
}
funding-payments-line-waived = { $amount } waived

funding-payments-totals-title = Payments
funding-payments-total-awarded = Awarded
funding-payments-total-paid = Paid, net
funding-payments-total-outstanding = Still to pay
funding-payments-total-due = Due now
funding-payments-total-overdue = Overdue
funding-payments-total-recover = To recover

funding-payments-finance = Finance
funding-payments-finance-hint = Every instalment and recovery, grant and line of the cycle, for the accounts.
funding-payments-export-xlsx = Export for finance (XLSX)…
funding-payments-export-csv-title = Export for finance as CSV
funding-payments-export-csv = CSV…
funding-payments-loading = Loading the payments…
funding-payments-empty-title = No payments yet.
funding-payments-empty-text = Instalments are scheduled from the cycle's payment schedule when grants are awarded (Grants tab).

funding-payments-title = Instalments and recoveries
funding-payments-col-payee = Payee
funding-payments-filter-label = Show
funding-payments-grant-cancelled = Grant cancelled
funding-payments-record-recovery-title = Record the recovery
funding-payments-record-payment-title = Record the payment
funding-payments-record = Record…
funding-payments-open-grant-title = Open the grant: its report, payments, waivers and history
funding-payments-open-grant = Grant…
funding-payments-none-match = No payment matches “{ $filter }”.
funding-payments-dialog-recovery = Record the recovery from { $applicant }
funding-payments-dialog-payment = Record the payment to { $applicant }

# Bank transfer files (SepaDialog, BatchesPanel).
funding-sepa-open = Bank transfer file…
funding-sepa-open-title = Write a SEPA credit-transfer file of the instalments to pay, for the network's bank
funding-sepa-title = Bank transfer file: { $cycle }
funding-sepa-intro = One SEPA credit transfer per instalment, paid from the network's account. Upload the file to the bank; once it has paid, mark the file paid here.
funding-sepa-date = Day the bank pays
funding-sepa-date-hint = Today or later.
funding-sepa-format = Format
funding-sepa-format-09 = pain.001.001.09 (current)
funding-sepa-format-03 = pain.001.001.03 (for banks that still ask for it)
funding-sepa-debtor = Paid from { $holder }, { $iban }.
funding-sepa-reading = Reading the instalments…
funding-sepa-lines = { $count ->
        [0] Nothing to pay in this file
        [one] 1 transfer, { $total }
       *[other] { $count } transfers, { $total }
    }
funding-sepa-no-lines = Tick instalments below to pay them.
funding-sepa-to = to { $holder },
funding-sepa-left-out = { $count ->
        [one] 1 instalment left out
       *[other] { $count } instalments left out
    }
funding-sepa-others = { $count ->
        [one] 1 more instalment can be paid ahead
       *[other] { $count } more instalments can be paid ahead
    }
funding-sepa-write = { $count ->
        [0] Write the file…
        [one] Write the file of 1 transfer…
       *[other] Write the file of { $count } transfers…
    }
funding-sepa-written = Written { $file }: { $count ->
        [one] 1 transfer
       *[other] { $count } transfers
    }, { $total }. Mark it paid once the bank has paid it.
funding-batches-title = Bank transfer files
funding-batches-figures = { $count ->
        [one] 1 transfer
       *[other] { $count } transfers
    }, { $total }, to be paid on { $date }
funding-batches-written = { $file }, written { $at }
funding-batches-written-by = { $file }, written { $at } by { $who }
funding-batches-state-written = Waiting for the bank
funding-batches-state-paid = Paid
funding-batches-state-discarded = Discarded
funding-batches-paid-on = Paid on { $date }
funding-batches-mark-paid = Mark paid…
funding-batches-discard = Discard…
funding-batches-paid-title = The bank paid { $reference }?
funding-batches-paid-text = Each of its { $count } instalments ({ $total } in all) is marked paid on the day below, with the file's reference. If any of them changed since the file was written, nothing is marked.
funding-batches-paid-on-label = Day the bank paid
funding-batches-paid-confirm = { $count ->
        [one] Mark 1 instalment paid
       *[other] Mark { $count } instalments paid
    }
funding-batches-paid-toast = { $reference }: { $count ->
        [one] 1 instalment marked paid.
       *[other] { $count } instalments marked paid.
    }
funding-batches-discard-title = Discard { $reference }?
funding-batches-discard-text = Only when the file was never sent to the bank: its instalments can then go into another file. The file on disk is left as it is.
funding-batches-discard-confirm = Discard the file
funding-batches-discarded-toast = { $reference } discarded.
