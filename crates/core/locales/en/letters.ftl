# Award letters, English. Amounts and dates arrive already formatted for the language;
# $page and $pages arrive as placeholders the typesetter fills in.

letter-title = Award letter { $reference }
letter-subject = { $cycle }: grant to { $recipient }
place-date = { $place }, { $date }
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
our-reference = Our reference: { $reference }
replaces = This letter replaces letter { $previous } of { $date }: the grant was amended.
recipient-for = for { $hub }
subject = Award of a grant of { $amount }: { $cycle }
salutation = Dear { $name },
salutation-generic = Dear colleagues,
period = from { $start } to { $end }
period-open = on dates still to be agreed
period-to-agree = on dates the two hubs are still to agree
participants = { $count ->
    [one] one participant
   *[other] { $count } participants
}

body-visiting = We are pleased to tell you that { $hub } has been selected as a visiting hub of { $cycle }. The network awards it a grant of { $amount } for the visit of { $participants } to { $host } in { $host_place }, { $period }.
body-hosting = We are pleased to tell you that { $hub } has been selected as a hosting hub of { $cycle }. It will welcome { $partner } from { $partner_place }, { $period }. The network awards it a grant of { $amount } towards the public final event that closes the exchange.
body-staff = We are pleased to tell you that { $person } of { $hub } has been selected for a staff exchange of { $cycle }, hosted by { $host } in { $host_place }, { $period }. The network awards a grant of { $amount } towards travel and stay.
body-alliance = We are pleased to tell you that the visit of { $person } of { $hub } to { $host } in { $host_place } has been accepted in { $cycle }, { $period }. The network awards a grant of { $amount } towards travel and stay.
body-workshop = We are pleased to tell you that { $hub } has been elected by the members of the network to produce { $cycle }, { $period }. The network awards it a grant of { $amount } for the programme.
body-no-host = We are pleased to tell you that { $hub } has been selected in { $cycle }, { $period }. The network awards it a grant of { $amount }.
body-maximum = The table below shows how the grant is made up, line by line, from the rules of the cycle. It is a maximum: the network pays no more than this amount, and the balance depends on the report.

heading-breakdown = How the grant is made up
col-item = Item
col-basis = Basis
col-quantity = Qty
col-rate = Rate
col-amount = Amount
line-participant = { $label }, participant { $number }
total = Total grant
basis-distance_band = { $from } → { $to }, { $km } km one way ({ $band }); return trip
basis-distance_band-none = { $from } → { $to }, { $km } km one way: no travel band applies
basis-expensive_travel = { $from } → { $to }, { $km } km one way; return trip at a share of the real cost, the band ({ $band }) covering too little of it
basis-capped_travel = return trip, real costs up to the ceiling
basis-subsistence = { $quantity ->
    [one] one day
   *[other] { $quantity } days
} of activity and travel
basis-accommodation = { $quantity ->
    [one] one night
   *[other] { $quantity } nights
}
basis-lump_sum = lump sum
basis-green_top_up = travel by low-emission means
basis-inclusion_top_up = real costs of inclusion or accessibility
basis-visa_top_up = { $quantity ->
    [one] one participant needs a visa
   *[other] { $quantity } participants need a visa
}
basis-grant_cap = ceiling of the grant

heading-payments = Payment schedule
payments-intro = The grant is paid by bank transfer to the account that the hub confirms in writing, in { $count ->
    [one] one instalment
   *[other] { $count } instalments
}:
col-instalment = Instalment
col-share = Share
col-due = When
instalment-before = Pre-financing
instalment-after = Balance
instalment-change = Change after amendment
due-before = before the activity, by { $date }
due-before-open = before the activity
due-after = after the report is approved
due-now = from { $date }
paid-on = paid on { $date }

heading-report = Report
report-deadline-open = within two months of the end of the activity
report-visiting = By { $deadline }, the hub sends the network a report on the exchange, together with the participants' story: what they learned, whom they met and what they will do with it. The stories are collected in a publication that the network uses for advocacy. The balance is paid once the report is approved.
report-hosting = By { $deadline }, the hub sends the network a short report on the exchange and on the public final event, with its programme and a few photographs. The balance is paid once the report is approved.
report-person = By { $deadline }, { $person } sends the network a short report on the stay, with proof of travel and of attendance signed by the host. The balance is paid once the report is approved.
report-workshop = By { $deadline }, the hub sends the network a report on the programme: the sessions held, the participants and what comes next. The balance is paid once the report is approved.

heading-conditions = Conditions
condition-use = The grant is used only for the activity described in this letter and in the application. Any change of dates, participants or partner is agreed with the secretariat in writing beforehand.
condition-recovery = Amounts that are not spent, or are spent on anything else, are paid back to the network. If the activity does not take place, the pre-financing is paid back in full.
condition-records = Receipts and proof of travel are kept for five years and shown to the network or its auditors on request.
condition-visibility = Communication about the activity mentions the support of { $network }.
acceptance = To accept the grant, please sign this letter and return a copy to the secretariat within 15 days.
closing = Yours sincerely,
sign-for = For { $network }
accept-for = Read and accepted, for { $hub }
accept-line = Name, date and signature
page = Page { $page } of { $pages }

# The names the app gives a new cycle's rule components; names staff type themselves are
# printed as typed.
label-travel = Travel
label-subsistence = Subsistence
label-final-event = Final event
label-cap-visiting = Cap per visiting hub
label-individual-support = Individual support
label-workshop-grant = Workshop grant
label-accommodation = Accommodation
label-cap-person = Cap per person
label-days = { $label }, days { $from }–{ $to }
