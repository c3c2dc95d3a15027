# Matching: the pairing of P2P Learning cycles, the placements of Staff Exchange cycles, the
# host checks of Hubs Alliance cycles, and the map of the pairs.
#
# $plan is "pairs" (the pairing of a P2P Learning cycle) or "placements" (a Staff Exchange cycle).

## The criteria of a score, and their weights

pairing-criterion-shared-sectors = Shared sectors
pairing-criterion-shared-sectors-hint = Sectors both hubs work in
pairing-criterion-shared-language = Shared language
pairing-criterion-shared-language-hint = A working language in common
pairing-criterion-maturity = Maturity
pairing-criterion-maturity-hint = Emerging hubs visiting established ones
pairing-criterion-different-country = Different countries
pairing-criterion-different-country-hint = Hubs in different countries
pairing-criterion-new-pair = New collaboration
pairing-criterion-new-pair-hint = Hubs never paired in an earlier cycle
pairing-criterion-distance = Distance
pairing-criterion-distance-hint = Closer hubs: cheaper and greener travel
pairing-criterion-preference = Applicants' preference
pairing-criterion-preference-hint = Partners the applicants proposed
# Why the shared-language criterion scores: $languages is a list of language names ("Greek and English").
pairing-why-languages = both work in { $languages }
# Between the items of a list of reasons ("Tallinn: …; Riga: …").
pairing-list-separator = { "; " }

## Where a pair or a placement comes from

pairing-source-proposed = Proposed
pairing-source-locked = Locked
pairing-source-suggested = Suggested
pairing-source-locked-hint = Locked by staff: kept in every re-run
pairing-source-suggested-hint = Suggested from the weighted criteria

pairing-maturity-emerging = emerging
pairing-maturity-established = established

## A plan (pairs or placements): the summary, the bar, the table, the toasts

pairing-plan-title = { $plan ->
    [pairs] Pairing
   *[other] Placements
}
pairing-plan-total-score = Total score
pairing-plan-grants = { $plan ->
    [pairs] Grants of the pairs
   *[other] Grants of the placements
}
pairing-plan-status = Status
pairing-plan-not-confirmed = Not confirmed
# $when: the date and time the plan was confirmed.
pairing-plan-confirmed-on = Confirmed { $when }
pairing-plan-changed-since = { $plan ->
    [pairs] Changed since the pairs confirmed on { $when }
   *[other] Changed since the placements confirmed on { $when }
}
pairing-plan-loading-blocked = { $plan ->
    [pairs] Loading the pairing
   *[other] Loading the placements
}
pairing-plan-nothing-to-confirm = { $plan ->
    [pairs] There is no pair to confirm
   *[other] There is no placement to confirm
}
pairing-plan-all-confirmed = { $plan ->
    [pairs] These pairs are confirmed
   *[other] These placements are confirmed
}
pairing-plan-row-locked = { $plan ->
    [pairs] Pair locked: kept in every re-run
   *[other] Placement locked: kept in every re-run
}
pairing-plan-row-unlocked = { $plan ->
    [pairs] Pair unlocked
   *[other] Placement unlocked
}
pairing-plan-lock-removed = Lock removed
pairing-plan-rerun-done = { $plan ->
    [pairs] Pairing re-run: locks kept
   *[other] Placements re-run: locks kept
}
pairing-plan-confirmed = { $plan ->
    [pairs] Pairing confirmed
   *[other] Placements confirmed
}
pairing-plan-weights-saved = { $plan ->
    [pairs] Weights saved: pairing re-run
   *[other] Weights saved: placements re-run
}
pairing-plan-confirm-button = { $plan ->
    [pairs] Confirm pairing…
   *[other] Confirm placements…
}
pairing-plan-confirm-title = { $plan ->
    [pairs] Confirm the pairing?
   *[other] Confirm the placements?
}
pairing-plan-confirm-label = { $plan ->
    [pairs] Confirm pairing
   *[other] Confirm placements
}
pairing-plan-failed = { $plan ->
    [pairs] The pairing could not be loaded.
   *[other] The placements could not be loaded.
}
pairing-plan-loading = { $plan ->
    [pairs] Loading the pairing…
   *[other] Loading the placements…
}
pairing-weights-same-country-never = never the same country
pairing-weights-same-country-allowed = same country allowed

pairing-bar-weights = Weights
pairing-bar-weights-button = Weights…
pairing-bar-rerun = Re-run

pairing-notice-retry = Try again
pairing-notice-run-selection = Run the selection first (Selection tab).

pairing-table-title = { $plan ->
    [pairs] Pairs
   *[other] Placements
}
pairing-table-count = { $plan ->
    [pairs] { $count ->
        [one] { $count } pair
       *[other] { $count } pairs
    }
   *[other] { $count ->
        [one] { $count } placement
       *[other] { $count } placements
    }
}
pairing-table-source = Source
pairing-table-score = Score
pairing-table-distance = Distance
pairing-table-total = Total

pairing-row-km = { $km } km
pairing-row-why = Why?
pairing-row-unlock = Unlock
pairing-row-lock = Lock
pairing-row-forbid = Forbid
pairing-row-change-host = Change host…
pairing-row-not-allowed = Not allowed: { $reason }

pairing-breakdown-criterion = Criterion
pairing-breakdown-points = Points × weight = score
pairing-breakdown-why = Why
pairing-breakdown-total = Total

pairing-constraint-locked = Locked:
pairing-constraint-forbidden = Forbidden:
pairing-constraint-remove = Remove
pairing-constraint-remove-lock = Remove the lock

## Changing the host of a row

pairing-change-host = Host
pairing-change-cancel = Cancel
pairing-host-option-score = score { $score }
pairing-host-option-current = current host
pairing-host-option-hosts = now hosts { $hub }
pairing-host-option-full = full
# $label: the host as the list shows it; $reason: why the pair cannot be made.
pairing-host-option-not-allowed = { $label } — not allowed: { $reason }
pairing-host-changed = Host changed: { $who } → { $host }, locked

# A person named by their application when no name is given.
pairing-application = Application { $id }

## The pairing of a P2P Learning cycle

pairing-not-p2p = Pairing is for P2P Learning cycles: visiting hubs are paired with hosting hubs.
pairing-pairs-rerun-title = Pair again with the present selection and weights; locked pairs are kept
pairing-pairs-empty = No visiting hub is selected yet.
pairing-pairs-constraints-title = Locked and forbidden pairs
pairing-pairs-allow-title = Allow the pair again
pairing-pairs-ban-removed = Ban removed: the pair is allowed again
pairing-pairs-proposed-hint = The partner the applicants proposed
pairing-pairs-explain-title = How the score of this pair is made
pairing-pairs-unlock-title = Let the next run choose this hub's host again
pairing-pairs-lock-title = Keep this pair in every re-run
pairing-pairs-forbid-title = Never pair these two hubs: both are re-assigned
pairing-pairs-change-title = Choose another host for this visiting hub
pairing-pairs-breakdown-note = Points run from 0 to 100; weights from 0 to 10 (Weights…).
pairing-pairs-column-visiting = Visiting hub
pairing-pairs-column-host = Host
pairing-pairs-column-visit = Visit
pairing-pairs-column-grants = Grants
pairing-pairs-none = No pair can be made: see why under Not paired.
pairing-pairs-change-confirm = Lock this pair
pairing-pairs-forbidden = Pair forbidden: re-assigned
pairing-pairs-counts = { $pairs ->
    [one] { $pairs } pair
   *[other] { $pairs } pairs
} · { $visiting } visiting · { $hosting } hosting
pairing-pairs-meter = { $paired } of { $visiting ->
    [one] { $visiting } visiting hub
   *[other] { $visiting } visiting hubs
} paired
pairing-pairs-meter-idle = { $count ->
    [one] { $count } hosting hub
   *[other] { $count } hosting hubs
} without a visitor
pairing-pairs-confirm = Confirm { $count ->
    [one] { $count } pair
   *[other] { $count } pairs
}? The grants will use each pair's host; the cycle can then move to Awarded.
pairing-pairs-left = { $count ->
    [one] { $count } hub stays
   *[other] { $count } hubs stay
} unpaired (see Not paired).
pairing-pairs-change-dialog-title = Change the host of { $hub }
pairing-pairs-change-dialog-sub = The pair chosen is locked: kept in every re-run. The visiting hub the new host had is re-assigned.
pairing-pairs-caption = The score of { $visiting } with { $hosting }, criterion by criterion
pairing-unpaired-title = Not paired
pairing-proposals-title = Partners proposed by applicants
# $hub proposed $partner: both are drawn in bold.
pairing-proposal = { $hub } proposed { $partner }
pairing-proposal-kept = kept
pairing-proposal-not-kept = not kept

## The visit of a pair

pairing-visit-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
pairing-visit-open = To be agreed
# $visit: the dates proposed and the days ("1–5 Jun 2027 · 5 days").
pairing-visit-proposed = proposed { $visit }
pairing-visit-dates-button = Visit dates…
pairing-visit-start-missing = Enter the first day of the visit.
pairing-visit-end-missing = Enter the last day of the visit.
pairing-visit-cleared = The visit is back to dates to be agreed
pairing-visit-saved = Visit dates saved
pairing-visit-title = The visit of { $visiting } to { $hosting }
# $visitingDays, $hostingDays: the days each hub is available, or "any day".
pairing-visit-sub = The dates the two hubs agreed, within the days both are available: { $visiting } { $visitingDays }; { $hosting } { $hostingDays }. The grant counts the visit's days, and the letters state them.
pairing-visit-any-day = any day
pairing-visit-first-day = First day
pairing-visit-last-day = Last day
pairing-visit-clear = Not agreed yet
pairing-visit-cancel = Cancel
pairing-visit-save = Save the dates

## The map of the pairs

pairing-map-title = Map
pairing-map-hint = Select a line to open its pair in the table.
pairing-map-failed = The map could not be loaded.
pairing-map-loading = Loading the map…
pairing-map-label = Map of the pairs
# $place: the hub and where it is ("Navile, Bologna, IT").
pairing-map-hub-unpaired = { $role ->
    [visiting] { $place } — visiting, not paired
   *[other] { $place } — hosting, not paired
}
pairing-map-hub-visiting = { $place } — visiting, hosted by { $partner }
pairing-map-hub-hosting = { $place } — hosting { $partner }
# A line of the map, a button that opens its pair in the table.
pairing-map-line = { $visiting } → { $hosting }, { $km } km, score { $score }
pairing-map-key-visiting = Visiting hub
pairing-map-key-hosting = Host
pairing-map-key-unpaired = Not paired (hollow)
pairing-map-key-green = Green travel
pairing-map-key-standard = Standard travel
pairing-map-key-locked = Locked pair (thicker line)
pairing-map-missing = { $count ->
    [one] { $count } hub too far from Europe is not shown.
   *[other] { $count } hubs too far from Europe are not shown.
}

## The placements of a Staff Exchange cycle

pairing-placements-rerun-title = Place again with the present selection, places and weights; locked placements are kept
pairing-placements-empty = No one is selected yet.
pairing-placements-constraints-title = Locked and forbidden hosts
pairing-placements-allow-title = Allow this host again
pairing-placements-ban-removed = Ban removed: the host is allowed again
pairing-placements-proposed-hint = The host the person proposed
pairing-placements-explain-title = How the score of this placement is made
pairing-placements-unlock-title = Let the next run choose this person's host again
pairing-placements-lock-title = Keep this placement in every re-run
pairing-placements-forbid-title = Never place this person at this host: the person is placed again
pairing-placements-change-title = Choose another host for this person
pairing-placements-breakdown-note = The person's hub against the host. Points run from 0 to 100; weights from 0 to 10 (Weights…).
pairing-placements-column-person = Person
pairing-placements-column-host = Host
pairing-placements-column-dates = Dates
pairing-placements-column-grant = Grant
pairing-placements-none = No one can be placed: see why under Not placed.
pairing-placements-change-confirm = Lock this host
pairing-placements-forbidden = { $host } forbidden for { $who }: placed again
pairing-placements-counts = { $placed } of { $people ->
    [one] { $people } person
   *[other] { $people } people
} placed
pairing-placements-meter-places = { $taken } of { $places ->
    [one] { $places } place
   *[other] { $places } places
} taken at { $hosts ->
    [one] { $hosts } host
   *[other] { $hosts } hosts
}
pairing-placements-confirm = Confirm { $count ->
    [one] { $count } placement
   *[other] { $count } placements
}? The grants will use each person's host; the cycle can then move to Awarded.
pairing-placements-left = { $count ->
    [one] { $count } person stays
   *[other] { $count } people stay
} without a host (see Not placed).
pairing-placements-lock-not-kept = Not kept: the host has no place left or may not take this person.
pairing-placements-change-dialog-title = Change the host of { $who }
pairing-placements-change-dialog-sub = From { $home }. The host chosen is locked: kept in every re-run. Hosts are shown with their people placed and places; a full host cannot be chosen.
pairing-placements-lock-failed = Locked at { $host }, but { $who } could not be placed there: see the locks
pairing-placements-caption = The score of { $who } from { $home } at { $host }, criterion by criterion
pairing-unplaced-title = Not placed

## The hosts of a Staff Exchange cycle and their places

pairing-capacity-problem = A host takes 0 to 50 people in a cycle.
pairing-hosts-title = Hosts and places
pairing-hosts-count = { $hosts ->
    [one] { $hosts } host
   *[other] { $hosts } hosts
} · { $taken } of { $places ->
    [one] { $places } place
   *[other] { $places } places
} taken
pairing-hosts-hint = The member hubs available for mobility, and how many people each hosts in this cycle (1 unless set; 0 to 50). Saving places everyone again.
pairing-hosts-none = No member hub is available for mobility.
pairing-hosts-column-host = Host
pairing-hosts-column-city = City
pairing-hosts-column-country = Country
pairing-hosts-column-placed = Placed
pairing-hosts-column-places = Places
pairing-hosts-placed = { $placed } of { $places }
pairing-hosts-places-at = Places at { $hub }
pairing-hosts-save-title = Save the places of this host (Enter) and place everyone again
pairing-hosts-save = Save
pairing-hosts-saved-none = { $hub } hosts no one in this cycle: placements re-run
pairing-hosts-saved = { $hub } takes { $count ->
    [one] { $count } person
   *[other] { $count } people
}: placements re-run

## The weights dialog

pairing-weights-title-pairs = Pairing weights
pairing-weights-title-placements = Placement weights
pairing-weights-intro-pairs = Each criterion gives a pair 0 to 100 points; its weight, from 0 (not counted) to { $max }, multiplies them.
pairing-weights-intro-placements = Each criterion gives a placement (the person's hub against the host) 0 to 100 points; its weight, from 0 (not counted) to { $max }, multiplies them.
pairing-weights-rerun-pairs = Saving runs the pairing again: locked pairs are kept.
pairing-weights-rerun-placements = Saving places everyone again: locked placements are kept.
pairing-weights-rule-pairs = Never pair two hubs of the same country
pairing-weights-rule-placements = Never place a person at a host in their own hub's country
pairing-weights-rule-hint-pairs = A rule, not a weight: such pairs are not allowed at all, even when the applicants proposed them.
pairing-weights-rule-hint-placements = A rule, not a weight: such placements are not allowed at all, even when the person proposed the host.
pairing-weights-discard-pairs = The changes to the pairing weights have not been saved.
pairing-weights-discard-placements = The changes to the placement weights have not been saved.
pairing-weights-problem = A weight is a whole number from 0 to { $max }.
pairing-weights-yes = yes
pairing-weights-no = no
pairing-weights-save = Save and re-run

## The host checks of a Hubs Alliance cycle

pairing-alliance-title = Host checks
pairing-alliance-count = { $requests ->
    [one] { $requests } request
   *[other] { $requests } requests
} · { $problems } with a problem
pairing-alliance-intro = Each request names its host. The host must be in the Hubs Alliance, not the person's own hub, and have room on those dates; requests are served in the order they came in.
pairing-alliance-failed = The host checks could not be loaded.
pairing-alliance-loading = Loading the host checks…
pairing-alliance-empty = No request is selected yet.
pairing-alliance-column-person = Person
pairing-alliance-column-host = Host
pairing-alliance-column-dates = Dates
pairing-alliance-column-check = Check
pairing-alliance-requests = Requests
pairing-alliance-order = In the order they came in
pairing-alliance-no-host = No host named
pairing-alliance-ok = OK
pairing-alliance-the-host = The host
pairing-alliance-saved-none = { $hub } takes no visit in this cycle: requests checked again
pairing-alliance-saved = { $hub } takes { $count ->
    [one] { $count } visit
   *[other] { $count } visits
} at a time: requests checked again
pairing-alliance-capacity-title = Room at a host
pairing-alliance-capacity-hint = How many visits a host takes at the same time in this cycle: 1 unless set here, 0 to 50. The requests are checked again on saving.
pairing-alliance-capacity-host = Host
pairing-alliance-capacity-option = { $hub } · { $count } at a time
pairing-alliance-capacity-value = Visits at a time
pairing-alliance-capacity-save = Save
