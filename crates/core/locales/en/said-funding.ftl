# What the core says about grants, their rules, payments and the finance export.

## Grants
said-funding-grant-missing = There is no grant with id { $id }.
said-funding-grant-application-gone = The grant's application is gone.
said-funding-grant-unreadable = A stored grant cannot be read: { $error }
said-funding-grant-not-in-cycle = Grant { $id } is not in this cycle.
# $state: draft, awarded or cancelled.
said-funding-grant-already = The grant of { $applicant } is already { $state }.

## Costs and visas recorded on a grant
said-funding-cost-negative = A cost cannot be negative.
said-funding-cost-too-big = That is beyond any grant (at most { MONEY($most) }).
said-funding-visas-beyond-travellers = Only { $count } traveller(s) travel.

## Awarding, amending and cancelling grants
# $reason: why the first draft cannot be computed (a missing host, coordinates or dates).
said-funding-award-all-blocked = No grant can be awarded: { $reason }
said-funding-award-no-draft = There is no draft grant to award.
said-funding-award-over-budget = Awarding { $count } grant(s) of { MONEY($adding) } brings the awarded total to { MONEY($after) }, { MONEY($over) } over the envelope of { MONEY($envelope) }.
said-funding-amend-reason-missing = Say why the awarded grant changes (it is kept in the grant's history).
said-funding-amend-not-awarded = The grant of { $applicant } is { $state }: only an awarded grant is amended.
said-funding-amend-nothing = The grant of { $applicant } already matches the rules and inputs in force: there is nothing to amend.
said-funding-cancel-reason-missing = Say why the grant is cancelled (it is kept in the grant's history).
said-funding-cancel-not-awarded = The grant of { $applicant } is { $state }: only an awarded grant is cancelled (a draft follows the selection).

## A cycle's rules
said-funding-rules-unreadable = A stored rule set cannot be read: { $error }
said-funding-rules-no-component = A rule set needs at least one component.
said-funding-rules-too-many-components = At most { $most } components.
said-funding-at-most-characters = At most { $most } characters.
# $frozen: why the cycle's rules are frozen (its grants are awarded, its letters issued).
said-funding-rules-change-reason = '{ $cycle }': { $frozen }. Say why the rules change (at least { $least } characters): it is kept in the cycle's history.
said-funding-component-unnamed = Component { $number } needs a name (it is printed on letters).
said-funding-component-name-twice = Two components are called '{ $label }'.
said-funding-component-no-role = '{ $label }' applies to nobody: pick at least one role.
# $role: visiting, hosting, visitor or proposer.
said-funding-role-not-in-programme = This programme has no { $role } applications.
said-funding-role-cap-twice =
    { $role ->
        [visiting] Visiting
        [hosting] Hosting
        [visitor] Visitor
       *[proposer] Proposer
    } applications already have a cap per grant.
# $what: rate, cap, day-rate, night-rate or amount.
said-funding-amount-negative =
    { $what ->
        [rate] A rate
        [cap] The cap
        [day-rate] The day rate
        [night-rate] The night rate
       *[amount] The amount
    } cannot be negative.
said-funding-amount-too-big =
    { $what ->
        [rate] A rate
        [cap] The cap
        [day-rate] The day rate
        [night-rate] The night rate
       *[amount] The amount
    } of { MONEY($amount) } is beyond any grant (at most { MONEY($most) }).
said-funding-max-days-zero = At least one day (or leave it empty for no limit).
said-funding-max-days-too-many = At most { $most } days.
said-funding-travel-days-too-many = At most { $most } travel days.
said-funding-green-travel-days-fewer = Green travel cannot fund fewer travel days than standard travel.
said-funding-percentage-range = A percentage from { $from } to { $to }.
said-funding-reduced-after-day-zero = The reduced rate starts after day 1 at the earliest.
said-funding-max-nights-zero = At least one night (or leave it empty for no limit).
said-funding-expensive-travel-needs-band = Expensive travel replaces a distance band: add a distance-band component for the same applicants.

## Country groups of a day or night rate
said-funding-group-unnamed = Name the country group.
said-funding-group-no-country = { $group } lists no country.
said-funding-country-code-bad = '{ $code }' is not a country code (two letters, e.g. FR).
said-funding-country-in-two-groups = { $code } is in two groups.

## The distance-band table
said-funding-bands-empty = The band table has no rows.
said-funding-band-ends-before-start = Row { $row }: the band ends ({ $to } km) before it starts ({ $from } km).
said-funding-band-amount-negative = Row { $row }: an amount is negative.
said-funding-band-amount-too-big = Row { $row }: an amount is beyond any grant.
said-funding-band-open-not-last = Row { $row } has no upper limit, so it must be the last.
said-funding-bands-overlap = Rows { $row } and { $next } overlap ({ $km } km is in both).
said-funding-bands-gap = Between rows { $row } and { $next }, { $from } to { $to } km is in no band.

## Payments and reports
said-funding-payment-missing = There is no payment with id { $id }.
# $state: open, paid, waived or cancelled.
said-funding-payment-already = This payment is already { $state }.
said-funding-balance-before-report = The balance of { $applicant }'s grant is paid only after the report is received: mark the report received first.
said-funding-reference-long = A reference has at most { $most } characters.
said-funding-waive-reason-missing = Say why this payment is given up (it is kept with the payment).
said-funding-waive-not-open = This payment is { $state }: only an open one can be waived.
said-funding-reopen-reason-missing = Say why the payment is reopened (it is kept with the payment).
said-funding-reopen-not-settled = This payment is { $state }: only a paid or waived one can be reopened.
said-funding-report-grant-cancelled = The grant of { $applicant } is cancelled: it takes no report.
said-funding-report-grant-draft = The grant of { $applicant } is not awarded yet: a report comes after the award.
said-funding-report-balance-paid = The balance was paid after this report: undo that payment before clearing the report.
# $text: the date as typed.
said-funding-date-not-a-date = '{ $text }' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.
# $what: payment or report; $date: the date as typed.
said-funding-date-in-future =
    { $what ->
        [report] A report's arrival
       *[payment] A payment
    } cannot be in the future ({ $date } is after today).

## The finance export
said-funding-export-no-cycle = Choose at least one cycle to export.
said-funding-export-language = '{ $language }' is not a language of the export: use en or fr.
said-funding-export-extension = Save the finance export as .xlsx or .csv, not '{ $path }'.
said-funding-spreadsheet-failed = The spreadsheet could not be built: { $error }

## Why a grant cannot be computed (a draft grant's blocked reason)
# $what: paired (a visiting hub, whose host is its pair's) or host.
said-funding-blocked-no-host =
    { $applicant } has no host yet, and '{ $component }' depends on where it goes: give it { $what ->
        [paired] a hosting hub paired with it
       *[host] a host hub
    } first.
said-funding-blocked-no-dates = { $applicant } has no activity dates, and '{ $component }' is paid by the day: enter the first and last day in the application.
said-funding-blocked-no-coordinates = { $hub } ({ $city }) has no coordinates, so the travel distance cannot be computed: add them in Hubs.
said-funding-blocked-visit-undated = The dates of { $applicant }'s visit are not agreed yet: set them on its pair (Applications → Pairing → Visit dates…). The cycle's rules block undated visits.

## A grant line: its label when a reduced rate splits it, and where its figures come from
said-funding-line-days = { $label }, days { $from }–{ $to }
# $from, $to: the cities; $km: the one-way distance, as written in English ("1,234").
said-funding-note-route = { $from } → { $to }, { $km } km one way
# $mode: green, no-green or standard.
said-funding-note-band =
    { said-funding-note-route }; { $mode ->
        [green] green rate
        [no-green] no green rate in this band: standard rate
       *[standard] standard rate
    }; return trip
said-funding-note-band-expensive = { said-funding-note-route }; expensive travel: the band's { MONEY($band_amount) } covers less than { $below } % of the real cost of { MONEY($cost) }, so { $share } % of that cost
# $why: below (the lowest band starts at $lowest km) or none.
said-funding-note-band-none =
    { said-funding-note-route }: { $why ->
        [below] below the lowest band ({ $lowest } km)
       *[none] in no band
    }, so no travel grant
said-funding-note-travel-capped = declared { MONEY($cost) }, capped at { MONEY($cap) }
said-funding-note-travel-declared = declared cost (cap { MONEY($cap) })
said-funding-note-travel-reserved = no cost declared yet: the cap of { MONEY($cap) } is reserved
# $capped: yes when the activity ($activity days) is longer than the $most days funded;
# $travel: yes when $travel_days travel days are added ($green: yes for green travel).
said-funding-note-subsistence =
    { $capped ->
        [yes] { $activity } activity days, at most { $most } funded
       *[no] { $activity } activity day(s)
    }{ $travel ->
        [yes] { " " }+ { $travel_days } travel day(s){ $green ->
            [yes] { " " }(green travel)
           *[no] { "" }
        }
       *[no] { "" }
    }{ said-funding-note-rate }
# The rate of a day or a night: $rate is group (the rate of $group, for $country), base
# ($country is in no group) or none (one rate for all).
said-funding-note-rate =
    { $rate ->
        [group] ; { $group } rate for { $country }
        [base] ; { $country } is in no country group: the base rate applies
       *[none] { "" }
    }
said-funding-note-reduced = from day { $day } at { $percent } % of { MONEY($rate) }
said-funding-note-nights-capped = { $nights } nights, at most { $most } funded{ said-funding-note-rate }
said-funding-note-nights = { $nights } night(s) of a { $days }-day stay{ said-funding-note-rate }
said-funding-note-green = travels green
said-funding-note-lump-sum = lump sum
said-funding-note-inclusion-capped = real costs of { MONEY($cost) }, capped at { MONEY($cap) }
said-funding-note-inclusion = real costs (cap { MONEY($cap) })
said-funding-note-visas = { $count } traveller(s) need a visa
said-funding-note-cap-reduced = the lines add up to { MONEY($subtotal) }; the grant is at most { MONEY($cap) }
said-funding-note-cap-within = the lines add up to { MONEY($subtotal) }, within the cap of { MONEY($cap) }

## A payment as listed
# $due: before_activity, after_report or now.
said-funding-payment-due =
    { $due ->
        [before_activity] before the activity
        [after_report] after the report
       *[now] on demand
    }
said-funding-payment-recovery = Recovery
said-funding-payment-added = Instalment { $seq }: added { said-funding-payment-due }
said-funding-payment-scheduled = Instalment { $seq } of { $scheduled }: { $percent } % { said-funding-payment-due }

## What moving a cycle on waits for
# $drafts: one, some (up to three, all named in $names) or many ($count, the first two in $names).
said-funding-missing-awards =
    an awarded grant for every selected application ({ $drafts ->
        [one] { $names } is still a draft
        [some] { $names } are still drafts
       *[many] { $count } are still drafts, { $names } and others
    })
# $open: pay, recover, both or none; $who: one ($first), two ($first, $second) or more
# ($first, $second and $more others).
said-funding-missing-payments =
    every payment paid, recovered or waived ({ $open ->
        [pay] { MONEY($to_pay) } still to pay
        [recover] { MONEY($to_recover) } still to recover
        [both] { MONEY($to_pay) } still to pay, { MONEY($to_recover) } still to recover
       *[none] { "" }
    }: { $who ->
        [one] { $first }
        [two] { $first } and { $second }
       *[more] { $first }, { $second } and { $more } more
    })

## A payment's note ($reason: the words staff typed)
said-funding-payment-note-no-longer-owed = No longer owed.
said-funding-payment-note-no-longer-owed-why = No longer owed: { $reason }
said-funding-payment-note-waived = Waived: { $reason }
said-funding-payment-note-waiver-undone = Waiver undone: { $reason }
# $amount: cents; $paid_on: the date it had been paid.
said-funding-payment-note-payment-undone = Payment of { MONEY($amount) } on { DATE($paid_on) } undone: { $reason }

## A rule set's note, and a new rule set in a cycle's history
said-funding-rules-note-defaults = Defaults of the programme
said-funding-rules-note-copied = Copied from the cycle this one was cloned from
said-funding-rules-change = Rules: version { $before } → version { $after }
# Bank transfer files (SEPA credit transfers).
said-funding-sepa-date-past = The bank cannot pay on { DATE($date) }: that day is past. Choose today ({ DATE($today) }) or a later day.
said-funding-sepa-not-payable = Instalment { $id } cannot go into a bank transfer file of { $cycle }: it is not an open instalment of that cycle that can be paid now.
said-funding-sepa-left-in-batch = Already in the bank transfer file { $reference } written on { DATE($date) }, not yet marked paid. Mark that file paid, or discard it if it was never sent.
said-funding-sepa-left-no-account = No bank details: give them on the hub (or on the application, for a grant paid to the person).
said-funding-sepa-left-not-sepa = The account is in { $country }, outside the SEPA area: pay it by another kind of transfer.
said-funding-sepa-left-needs-bic = The account is in { $country }, outside the EEA: a SEPA transfer to it needs the bank's BIC.
said-funding-sepa-no-debtor = The network's own bank account is not given: enter it in Settings → The network's bank account, then write the file.
said-funding-sepa-nothing-due = { $cycle } has no instalment due or overdue to pay. Choose instalments not yet due, if they are to be paid ahead.
said-funding-sepa-all-left-out = { $count ->
        [one] The one instalment chosen cannot be paid by this file (see why below).
       *[other] None of the { $count } instalments chosen can be paid by this file (see why below).
    }
said-funding-sepa-no-batch = There is no bank transfer file with id { $id }.
said-funding-sepa-batch-settled = The bank transfer file { $reference } is { $state ->
        [paid] already marked paid
       *[other] discarded
    }: it cannot change.
said-funding-sepa-batch-not-open = The bank transfer file { $reference } cannot be marked paid: the instalment of { $applicant } in it is { $state ->
        [paid] already paid
        [waived] waived
       *[other] no longer owed
    }. Nothing was marked paid; check that instalment with the bank.
said-funding-sepa-batch-amount-changed = The bank transfer file { $reference } cannot be marked paid: it pays { MONEY($then) } to { $applicant }, whose instalment is now { MONEY($now) }. Nothing was marked paid; record that payment by hand.
