# What the core says about programmes, their cycles, and moving a cycle between its phases.

## Parts of the messages below, not said alone (a message they are part of gives their variables)
# $phase: a phase of a cycle (the one it is in, or the one named in the message).
said-cycle-phase-name = { $phase ->
        [draft] Draft
        [call_open] Call open
        [selection] Selection
        [matching] Matching
        [awarded] Awarded
        [in_progress] In progress
        [reporting] Reporting
       *[closed] Closed
    }
# $first: the first phase a kind of work is done in.
said-cycle-phase-first-name = { $first ->
        [draft] Draft
        [call_open] Call open
        [selection] Selection
        [matching] Matching
        [awarded] Awarded
        [in_progress] In progress
        [reporting] Reporting
       *[closed] Closed
    }
# $last: the last phase a kind of work is done in.
said-cycle-phase-last-name = { $last ->
        [draft] Draft
        [call_open] Call open
        [selection] Selection
        [matching] Matching
        [awarded] Awarded
        [in_progress] In progress
        [reporting] Reporting
       *[closed] Closed
    }
# $work: a kind of work on a cycle, as a clause.
said-cycle-work-done = { $work ->
        [matching] pairs and placements are made and confirmed
        [matching_settings] the matching's weights and hosts' places are set
        [visit_dates] the visits' dates are set
        [award] grants are awarded
        [amend] awarded grants are amended or cancelled
        [letters] award letters are issued
        [payments] payments are recorded
        [reports] reports are recorded
       *[stories] stories are added
    }
# $span: when the work is done: in one phase ($first), from $first on, or from $first to $last.
said-cycle-work-when = { $span ->
        [in] in { said-cycle-phase-first-name }
        [on] from { said-cycle-phase-first-name } on
       *[between] from { said-cycle-phase-first-name } to { said-cycle-phase-last-name }
    }

## Work on a cycle that belongs to other phases than its own
# $programme: the programme's name.
said-cycle-work-no-phase = { $programme } cycles have no phase in which { said-cycle-work-done }.
# The work comes later. $title: the cycle; $phase: its phase; $work, $span, $first, $last: as above.
said-cycle-work-later = '{ $title }' is in { said-cycle-phase-name }: { said-cycle-work-done } { said-cycle-work-when }. Move the cycle to { said-cycle-phase-first-name } first: Cycles → { $title } → Next step.
# The work is over.
said-cycle-work-earlier = '{ $title }' is in { said-cycle-phase-name }: { said-cycle-work-done } { said-cycle-work-when }. To do it now, move the cycle back to { said-cycle-phase-last-name } (with a reason): Cycles → { $title }.
said-cycle-grant-not-found = There is no grant with id { $id }.

## A programme, and the figures its cycles start from (also a cycle's own)
said-cycle-schedule-count = The payment schedule needs 1 to 4 instalments.
said-cycle-schedule-percent = Each instalment is between 1 % and 100 %.
# $total: the percents added up.
said-cycle-schedule-total = The instalments add up to { $total } %, not 100 %.
said-cycle-slots-none = At least one slot.
said-cycle-slots-hosting-none = At least one hosting slot.
said-cycle-slots-hosting-p2p-only = Only P2P cycles have hosting slots.
# $max, $min: days.
said-cycle-days-longest-shorter = The longest activity ({ $max } days) is shorter than the shortest ({ $min } days).
said-cycle-days-min-zero = An activity lasts at least one day.
said-cycle-days-max-long = At most 366 days.
said-cycle-budget-negative = The budget cannot be negative.
said-cycle-programme-name-missing = Enter the programme's name.
said-cycle-programme-name-long = The name is too long (at most { $most } characters).
said-cycle-programme-description-long = The description is too long (at most 1,000 characters).
said-cycle-programme-not-found = There is no programme with id { $id }.
said-cycle-programme-key-not-found = There is no programme '{ $key }'.
# $programme: the programme's name.
said-cycle-programme-switched-off = { $programme } is switched off: switch it on in Programmes to open a cycle.

## A cycle's settings
said-cycle-year-range = The year must be between 2000 and 2100.
said-cycle-title-long = The title is too long (at most { $most } characters).
# Two dates out of order. $later, $earlier: which dates; $later_date, $earlier_date: the dates (YYYY-MM-DD).
said-cycle-dates-order = { $later ->
        [call_opens] The call opens
        [call_deadline] The call deadline
        [activity_start] The activity starts
        [activity_end] The activity ends
       *[report_deadline] The report deadline
    } ({ $later_date }) is before { $earlier ->
        [call_opens] the call opens
        [call_deadline] the call deadline
        [activity_start] the activity starts
        [activity_end] the activity ends
       *[report_deadline] the report deadline
    } ({ $earlier_date }).
# $window: the days from the first to the last of the activity window; $min: the shortest activity, in days.
said-cycle-window-short = The activity window is { $window } day(s), shorter than the shortest activity ({ $min } days).
said-cycle-notes-long = The notes are too long (at most 5,000 characters).
said-cycle-not-found = There is no cycle with id { $id }.
said-cycle-programme-fixed = A cycle cannot move to another programme; create a new cycle instead.
# $title: the cycle's title; $year: its year.
said-cycle-title-taken = This programme already has a cycle '{ $title }' in { $year }.
said-cycle-delete-past-draft = '{ $title }' is past the draft: it cannot be deleted. Close it instead.
# $count: the cycle's applications.
said-cycle-delete-applications = '{ $title }' has { $count } application(s): it cannot be deleted.

## Settings that grants and letters rest on: changed by amendment only
# $title: the cycle; $grants: its awarded grants; $letters: its issued letters.
said-cycle-frozen-grants = '{ $title }': { $grants ->
        [one] { $grants } grant is awarded
       *[other] { $grants } grants are awarded
    }. Its settings change only by an amendment with a reason, kept in its history.
said-cycle-frozen-letters = '{ $title }': { $letters ->
        [one] { $letters } letter is issued
       *[other] { $letters } letters are issued
    }. Its settings change only by an amendment with a reason, kept in its history.
said-cycle-frozen-grants-letters = '{ $title }': { $grants ->
        [one] { $grants } grant is awarded
       *[other] { $grants } grants are awarded
    }, { $letters ->
        [one] { $letters } letter is issued
       *[other] { $letters } letters are issued
    }. Its settings change only by an amendment with a reason, kept in its history.
# No grant or letter yet, but the cycle's phase ($phase) is Awarded or later.
said-cycle-frozen-phase = '{ $title }': the cycle is in { said-cycle-phase-name }. Its settings change only by an amendment with a reason, kept in its history.
said-cycle-amend-reason-short = Say why the settings change (at least 5 characters): it is kept in the cycle's history.
said-cycle-amend-nothing = Nothing changes: the settings are the same as the cycle's.
# $envelope: the envelope asked for; $awarded: the grants already awarded; $short: how far the
# envelope falls below them (all in cents).
said-cycle-amend-over-budget = The envelope of { MONEY($envelope) } would be { MONEY($short) } below the { MONEY($awarded) } already awarded. Confirm to amend anyway.

## Moving a cycle between phases
# $title: the cycle; $phase: the phase it would move to (or, catching up, the one it is in).
said-cycle-move-already-there = '{ $title }' is already in { said-cycle-phase-name }.
# $programme: the programme's name.
said-cycle-move-no-such-phase = { $programme } cycles have no { said-cycle-phase-name } phase.
# $missing: what the move needs, as the layers below say it, separated by semicolons.
said-cycle-move-missing = '{ $title }' cannot move to { said-cycle-phase-name } yet. Missing: { $missing }.
said-cycle-move-back-needs-reason = Moving '{ $title }' back to { said-cycle-phase-name } needs a reason, which is kept in its history.
said-cycle-move-back-reason-short = Say why the cycle moves back (at least 5 characters).
said-cycle-catch-up-nothing = '{ $title }' holds no work ahead of its phase ({ said-cycle-phase-name }).
said-cycle-catch-up-missing = '{ $title }' cannot move on to { said-cycle-phase-name }: missing { $missing }.

## Why a cycle's settings change only by amendment (shown on the cycle, after "Frozen:" or the like)
# $grants: its awarded grants; $letters: its issued letters.
said-cycle-freeze-grants = { $grants ->
        [one] { $grants } grant is awarded
       *[other] { $grants } grants are awarded
    }
said-cycle-freeze-letters = { $letters ->
        [one] { $letters } letter is issued
       *[other] { $letters } letters are issued
    }
said-cycle-freeze-grants-letters = { $grants ->
        [one] { $grants } grant is awarded
       *[other] { $grants } grants are awarded
    }, { $letters ->
        [one] { $letters } letter is issued
       *[other] { $letters } letters are issued
    }
# No grant or letter yet; $phase: the cycle's phase, Awarded or later.
said-cycle-freeze-phase = the cycle is in { said-cycle-phase-name }

## What saving a cycle's settings changes, one line each
# $setting: which setting (part of the lines below).
said-cycle-change-setting = { $setting ->
        [year] Year
        [title] Title
        [call_opens] Call opens
        [call_deadline] Call deadline
        [activity_start] Activity starts
        [activity_end] Activity ends
        [report_deadline] Report deadline
        [slots] Slots
        [second_slots] Second slots
        [min_days] Shortest activity (days)
        [max_days] Longest activity (days)
       *[other] { $setting }
    }
# A value as it is (a year, a title, a number of slots). $before, $after: the values.
said-cycle-change-value = { said-cycle-change-setting }: { $before } → { $after }
# A date (YYYY-MM-DD), or "unset".
said-cycle-change-date = { said-cycle-change-setting }: { $before ->
        [unset] not set
       *[other] { $before }
    } → { $after ->
        [unset] not set
       *[other] { $after }
    }
# A number of days, or "unset".
said-cycle-change-days = { said-cycle-change-setting }: { $before ->
        [unset] not set
       *[other] { $before }
    } → { $after ->
        [unset] not set
       *[other] { $after }
    }
# $before, $after: the envelope, in cents.
said-cycle-change-budget = Budget envelope: { MONEY($before) } → { MONEY($after) }
said-cycle-change-notes = Notes changed
# One instalment of the schedule before the change (parts of the lines below): $before1 … $before4:
# its percent; $before1_due …: when it falls due (before_activity or after_report).
said-cycle-change-before-1 = { $before1 } % { $before1_due ->
        [before_activity] before the activity
       *[after_report] after the report
    }
said-cycle-change-before-2 = { $before2 } % { $before2_due ->
        [before_activity] before the activity
       *[after_report] after the report
    }
said-cycle-change-before-3 = { $before3 } % { $before3_due ->
        [before_activity] before the activity
       *[after_report] after the report
    }
said-cycle-change-before-4 = { $before4 } % { $before4_due ->
        [before_activity] before the activity
       *[after_report] after the report
    }
# The same after the change.
said-cycle-change-after-1 = { $after1 } % { $after1_due ->
        [before_activity] before the activity
       *[after_report] after the report
    }
said-cycle-change-after-2 = { $after2 } % { $after2_due ->
        [before_activity] before the activity
       *[after_report] after the report
    }
said-cycle-change-after-3 = { $after3 } % { $after3_due ->
        [before_activity] before the activity
       *[after_report] after the report
    }
said-cycle-change-after-4 = { $after4 } % { $after4_due ->
        [before_activity] before the activity
       *[after_report] after the report
    }
# $before_count: the instalments before the change (0 to 4).
said-cycle-change-schedule-before = { $before_count ->
        [0] { "" }
        [1] { said-cycle-change-before-1 }
        [2] { said-cycle-change-before-1 }, { said-cycle-change-before-2 }
        [3] { said-cycle-change-before-1 }, { said-cycle-change-before-2 }, { said-cycle-change-before-3 }
       *[other] { said-cycle-change-before-1 }, { said-cycle-change-before-2 }, { said-cycle-change-before-3 }, { said-cycle-change-before-4 }
    }
# $after_count: the instalments after the change.
said-cycle-change-schedule-after = { $after_count ->
        [0] { "" }
        [1] { said-cycle-change-after-1 }
        [2] { said-cycle-change-after-1 }, { said-cycle-change-after-2 }
        [3] { said-cycle-change-after-1 }, { said-cycle-change-after-2 }, { said-cycle-change-after-3 }
       *[other] { said-cycle-change-after-1 }, { said-cycle-change-after-2 }, { said-cycle-change-after-3 }, { said-cycle-change-after-4 }
    }
said-cycle-change-schedule = Payment schedule: { said-cycle-change-schedule-before } → { said-cycle-change-schedule-after }
# The envelope would fall below what is awarded. $envelope, $short, $awarded: as in said-cycle-amend-over-budget.
said-cycle-change-overrun = The envelope of { MONEY($envelope) } would be { MONEY($short) } below the { MONEY($awarded) } already awarded.

## What a move to the next phase still needs (each is one item of a list)
# $what: a setting the call needs.
said-cycle-missing-setting = { $what ->
        [call_opens] the date the call opens
        [call_deadline] the call deadline
        [activity_start] the first day of the activity window
        [activity_end] the last day of the activity window
       *[budget] a budget envelope
    }
# $pool: the applications of a pool, none of which is selected yet.
said-cycle-missing-selected = selected { $pool ->
        [visiting] visiting hubs
        [hosting] hosting hubs
        [staff] staff members
        [alliance] alliance professionals
       *[proposing] proposing hubs
    } (run the selection in Applications → Selection)
# A phase further on: $phase, the next one, comes first.
said-cycle-missing-phase-first = { said-cycle-phase-name } first

## Work a cycle holds ahead of its phase (each is one item of a list)
# $count: how many; $what: of which work.
said-cycle-ahead-work = { $what ->
        [pairs] { $count ->
            [one] { $count } pair confirmed
           *[other] { $count } pairs confirmed
        }
        [placements] { $count ->
            [one] { $count } placement confirmed
           *[other] { $count } placements confirmed
        }
        [grants] { $count ->
            [one] { $count } grant awarded
           *[other] { $count } grants awarded
        }
        [letters] { $count ->
            [one] { $count } letter issued
           *[other] { $count } letters issued
        }
        [payments] { $count ->
            [one] { $count } payment recorded
           *[other] { $count } payments recorded
        }
       *[reports] { $count ->
            [one] { $count } report received
           *[other] { $count } reports received
        }
    }

## A cycle moved forward to the work done ahead of its phase ($work: what was done)
said-cycle-caught-up = Caught up with work done ahead of the phase: { $work }.
