# What the core says about pairing P2P hubs and placing people at host hubs.

## The score weights
said-matching-weight-range = A weight is a whole number from 0 to { $most }.

## Which cycles are paired or placed
said-matching-not-p2p = '{ $cycle }' is not a P2P Learning cycle: only P2P visiting and hosting hubs are paired.
said-matching-placements-staff-exchange-only = '{ $cycle }' is a { $programme } cycle: placements are for Staff Exchange.
said-matching-host-checks-alliance-only = '{ $cycle }' is a { $programme } cycle: host checks are for Hubs Alliance.

## Applications and hubs asked for
said-matching-application-not-in-cycle = Application { $id } is not in this cycle.
said-matching-no-such-hub = There is no hub with id { $id }.

## The pairing plan
said-matching-plan-no-visiting = No visiting hub is selected yet: run the selection first.
said-matching-plan-fewer-hosting = Fewer hosting hubs ({ $hosting }) than visiting hubs ({ $visiting }): { $count ->
    [one] 1 visiting hub
   *[other] { $count } visiting hubs
    } cannot be paired.
said-matching-plan-partial = The constraints make a full pairing impossible: { $count ->
    [one] 1 visiting hub
   *[other] { $count } visiting hubs
    } cannot be paired. This is the best partial pairing.
said-matching-no-pair-to-confirm = There is no pair to confirm.

## Locking a pair
said-matching-pair-roles = A pair is a visiting hub and a hosting hub: { $visiting } is { $visiting_role }, { $hosting } is { $hosting_role }.
said-matching-lock-not-selected = { $hub } is not selected ({ $status }): only selected hubs are paired.
# $refusal: the kind of refusal of the pair (its message below, with its arguments), or other ($reason).
said-matching-lock-refused = { $visiting } and { $hosting } cannot be locked together: { $refusal ->
    [same-hub] { said-matching-refusal-same-hub }
    [dates] { said-matching-refusal-dates }
    [same-country] { said-matching-refusal-same-country }
   *[other] { $reason }
    }.

## The dates of a pair's visit
said-matching-visit-no-pair = This visiting hub has no confirmed pair yet: confirm the pairing first, then set the visit's dates.
said-matching-visit-not-a-date = '{ $text }' is not a date: write it as YYYY-MM-DD.
said-matching-visit-ends-before = The visit ends ({ $end }) before it starts ({ $start }).
said-matching-visit-too-long = The visit lasts { $days } days; the cycle's rules pay for at most { $most }. Shorten it, or amend the cycle.
said-matching-visit-outside-hub = { $hub } ({ $role }) is available from { $from ->
    [any] any day
   *[other] { $from }
    } to { $to ->
    [any] any day
   *[other] { $to }
    }: the visit must fall within those days.
said-matching-visit-outside-cycle = The cycle's activities run from { $from ->
    [any] any day
   *[other] { $from }
    } to { $to ->
    [any] any day
   *[other] { $to }
    }: the visit must fall within them.

## Placing people at host hubs
said-matching-capacity-range = A host takes 0 to { $most } people in a cycle.
said-matching-placement-none-selected = No one is selected yet: run the selection first.
said-matching-placement-partial = { $unplaced } of { $people } selected people cannot be placed; this is the best partial placement.
said-matching-no-placement-to-confirm = There is no placement to confirm.
said-matching-not-a-person = Application { $id } is not a person's request.
said-matching-placement-not-selected = Application { $id } is not selected ({ $status }).
said-matching-own-hub = { $hub } is the person's own hub.
said-matching-host-unavailable = { $hub } is not available for mobility.
said-matching-host-full = { $hub } has { $capacity } place(s) this cycle, all taken by locked placements: give it more places first.
# $refusal as for said-matching-lock-refused; $visiting is the person's hub, $hosting the host.
said-matching-placement-refused = { $person } cannot be placed at { $hub }: { $refusal ->
    [same-hub] { said-matching-refusal-same-hub }
    [dates] { said-matching-refusal-dates }
    [same-country] { said-matching-refusal-same-country }
   *[other] { $reason }
    }.

## A pair's score, criterion by criterion (the score table's rows)
said-matching-criterion-shared-sectors = Shared sectors
said-matching-criterion-shared-language = Shared language
said-matching-criterion-maturity = Maturity
said-matching-criterion-different-country = Different countries
said-matching-criterion-new-pair = New collaboration
said-matching-criterion-distance = Distance
said-matching-criterion-preference = Applicants' preference

## Why a criterion scores ($sectors: the sectors in common, as the hubs write them; $languages: language codes; $country, $visiting, $hosting: country codes)
said-matching-why-no-sector = no sector in common
said-matching-why-sectors = { $common } of { $total } sectors in common ({ $sectors })
said-matching-why-no-language = no working language in common
said-matching-why-languages = both work in { $languages }
said-matching-why-emerging-visits-established = an emerging hub visits an established one
said-matching-why-established-visits-emerging = an established hub visits an emerging one
said-matching-why-same-stage = both at the same stage
said-matching-why-same-country = both in { $country }
said-matching-why-countries = { $visiting } and { $hosting }
said-matching-why-paired-before = already paired in an earlier cycle
said-matching-why-never-paired = never paired before
said-matching-why-distance = { $km } km one way
said-matching-why-proposed = proposed by the applicants
said-matching-why-not-proposed = not proposed

## Why a pair cannot be made ($visiting, $hosting: the two hubs; $country: a country code)
said-matching-refusal-same-hub = { $visiting } cannot visit itself
said-matching-refusal-dates = { $visiting }'s dates and { $hosting }'s do not overlap
said-matching-refusal-same-country = both hubs are in { $country } and this cycle pairs across countries
said-matching-refusal-forbidden = staff forbade the pair
said-matching-forbidden-by-staff = forbidden by staff

## A partner an applicant proposed, not taken ($role: hosting or visiting)
said-matching-proposal-not-selected = { $hub } is not a selected { $role } hub of this cycle
said-matching-proposal-forbidden = staff forbade this pair
said-matching-proposal-already-paired = { $hub } is already paired with { $partner }
said-matching-proposal-already-paired-another = { $hub } is already paired with another hub

## A selected hub left without a partner
said-matching-unpaired-no-host-left = no hosting hub left: { $visiting } visiting and { $hosting } hosting hubs are selected
said-matching-unpaired-hosts-taken = every hosting hub is taken by a locked or proposed pair
# $hosts: why each free hosting hub cannot take it (said-matching-unpaired-host-refusal), joined with "; ".
said-matching-unpaired-none-free = no allowed hosting hub is free ({ $hosts })
# $refusal as for said-matching-lock-refused, or forbidden.
said-matching-unpaired-host-refusal = { $host }: { $refusal ->
    [same-hub] { said-matching-refusal-same-hub }
    [dates] { said-matching-refusal-dates }
    [same-country] { said-matching-refusal-same-country }
    [forbidden] { said-matching-refusal-forbidden }
   *[other] { $reason }
    }
said-matching-unpaired-no-visitor-left = no visiting hub left: { $hosting } hosting and { $visiting } visiting hubs are selected
said-matching-unpaired-no-visitor-allowed = no free visiting hub may be paired with it

## A selected person left without a host
said-matching-unplaced-no-host = no member hub is available for mobility
said-matching-unplaced-no-places = no host takes anyone this cycle: give a host places
said-matching-unplaced-places-taken = every host's places are taken: raise a host's capacity
said-matching-unplaced-none-allowed = no host with a free place may take this person (their own hub, or forbidden by staff)

## What is wrong with a Hubs Alliance request's host
said-matching-alliance-no-host = no host is named
said-matching-alliance-own-hub = { $host } is the person's own hub
said-matching-alliance-not-member = { $host } is not an Alliance member
said-matching-alliance-no-room = { $host } has no room on those dates ({ $before } earlier visit(s) overlap, room for { $room })
said-matching-alliance-unknown-host = the named host is not in the registry

## What the move to Awarded still needs (after "missing")
said-matching-missing-pair = a hosting hub paired with every selected visiting hub ({ $hub } has none: confirm the pairing in Applications → Pairing)
said-matching-missing-pairs = a hosting hub paired with every selected visiting hub ({ $count } have none, { $hubs } first: confirm the pairing in Applications → Pairing)
said-matching-missing-placements = a host hub for every selected person ({ $count } without, { $person } first: confirm the placements in Applications → Pairing)
# $kinds: the request's problems in order (said-matching-alliance-…, their arguments given); $problems: their English, for any other set.
said-matching-missing-alliance-host = a valid Alliance host for { $person }'s request ({ $kinds ->
    [no-host] { said-matching-alliance-no-host }
    [unknown-host] { said-matching-alliance-unknown-host }
    [own-hub] { said-matching-alliance-own-hub }
    [not-member] { said-matching-alliance-not-member }
    [no-room] { said-matching-alliance-no-room }
    [own-hub-not-member] { said-matching-alliance-own-hub }; { said-matching-alliance-not-member }
    [own-hub-no-room] { said-matching-alliance-own-hub }; { said-matching-alliance-no-room }
    [not-member-no-room] { said-matching-alliance-not-member }; { said-matching-alliance-no-room }
    [own-hub-not-member-no-room] { said-matching-alliance-own-hub }; { said-matching-alliance-not-member }; { said-matching-alliance-no-room }
   *[other] { $problems }
    })
