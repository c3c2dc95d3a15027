# Programme cycles: the list, one cycle's detail, the cycle form, the programmes dialog,
# and the labels and formats the other screens share (phases, shapes, days, dates).

## Phases, in the order cycles go through them

cycles-phase-draft = Draft
cycles-phase-call-open = Call open
cycles-phase-selection = Selection
cycles-phase-matching = Matching
cycles-phase-awarded = Awarded
cycles-phase-in-progress = In progress
cycles-phase-reporting = Reporting
cycles-phase-closed = Closed

## The button that moves a cycle forward into a phase

cycles-forward-call-open = Open the call
cycles-forward-selection = Start selection
cycles-forward-matching = Start matching
cycles-forward-awarded = Move to Awarded
cycles-forward-in-progress = Start activities
cycles-forward-reporting = Start reporting
cycles-forward-closed = Close the cycle
# $phase: a phase's label.
cycles-move-to = Move to { $phase }
# After a move; $title: the cycle's title, $phase: the phase it is in now.
cycles-toast-moved = '{ $title }' is now in { $phase }

## Programme shapes

cycles-shape-p2p = P2P Learning
cycles-shape-staff-exchange = Staff Exchange
cycles-shape-workshops = Workshops
cycles-shape-hubs-alliance = Hubs Alliance
cycles-shape-p2p-hint = Visiting hubs paired with hosting hubs for a short exchange.
cycles-shape-staff-exchange-hint = A staff member placed at a host hub, from one week to three months.
cycles-shape-workshops-hint = One hub, elected by the community, produces a workshop.
cycles-shape-hubs-alliance-hint = Alliance professionals at another Alliance hub, first come, first served.

## What a cycle's slots count (lowercase: also the start of a form label)

cycles-slots-visiting = visiting hubs
cycles-slots-hosting = hosting hubs
cycles-slots-hubs = hubs
cycles-slots-people = people
cycles-slots-visiting-count = { $count ->
    [one] { $count } visiting hub
   *[other] { $count } visiting hubs
}
cycles-slots-hosting-count = { $count ->
    [one] { $count } hosting hub
   *[other] { $count } hosting hubs
}
cycles-slots-hubs-count = { $count ->
    [one] { $count } hub
   *[other] { $count } hubs
}
cycles-slots-people-count = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
cycles-slots-min-days = Shortest activity (days)
cycles-slots-max-days = Longest activity (days)

## Payment schedule

cycles-due-before-activity = before the activity
cycles-due-after-report = after the report
# One instalment: "70 % before the activity".
cycles-schedule-instalment = { $percent } % { $due }
cycles-schedule-problem = Each instalment is between 1 % and 100 %.
# $n: the instalment's number, from 1.
cycles-schedule-percent-label = Instalment { $n }: percent of the grant
cycles-schedule-due-label = Instalment { $n }: due
cycles-schedule-remove = Remove instalment { $n }
cycles-schedule-remove-title = Remove this instalment
cycles-schedule-add = Add an instalment
cycles-schedule-total = Total { $total } %

## Activity length

cycles-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
cycles-days-range = { $max ->
    [one] { $min }–{ $max } day
   *[other] { $min }–{ $max } days
}
cycles-days-at-least = { $count ->
    [one] at least { $count } day
   *[other] at least { $count } days
}
cycles-days-up-to = { $count ->
    [one] up to { $count } day
   *[other] up to { $count } days
}

## Dates and money

# A missing start or end of a range of dates.
cycles-date-not-set = not set
# $from, $to: dates (the space before the dash does not break).
cycles-date-range = { $from } – { $to }
cycles-not-set = Not set
cycles-budget-empty = Enter the budget in euros, e.g. 21,775 (0 when it is not known yet).
cycles-budget-label = Budget envelope (€)
cycles-budget-hint = In euros, e.g. 21,775.00
cycles-budget-schedule = Payment schedule
cycles-figures-whole-number = Enter a whole number.
cycles-figures-whole-days = Enter a whole number of days, or leave it empty.

## The list of cycles

cycles-screen-title = Programme cycles
cycles-screen-programmes = Programmes…
cycles-screen-all-programmes = All programmes
cycles-screen-all-years = All years
cycles-screen-count = { $total ->
    [one] { $total } cycle
   *[other] { $total } cycles
}
# $shown: the cycles the filters let through, $total: every cycle.
cycles-screen-count-filtered = { $total ->
    [one] { $shown } of { $total } cycle
   *[other] { $shown } of { $total } cycles
}
cycles-screen-empty-title = No programme cycles yet
cycles-screen-empty-note = Each programme's default figures can be changed under “Programmes…”.
cycles-screen-empty-text = A cycle is one programme's call for one year: its dates, its slots, its budget envelope and how grants are paid. It moves from a draft through the call, selection and awards to the reports.
cycles-screen-new = New cycle
cycles-screen-filter-programme = Programme
cycles-screen-filter-year = Year
cycles-screen-clear-filters = Clear filters
cycles-screen-no-match = No cycles match.
cycles-screen-col-title = Title
cycles-screen-col-programme = Programme
cycles-screen-col-year = Year
cycles-screen-col-phase = Phase
cycles-screen-col-call = Call
cycles-screen-col-activity = Activity window
cycles-screen-col-slots = Slots
cycles-screen-col-budget = Budget
cycles-screen-ahead = Work ahead
cycles-screen-ahead-title = Work was done here that belongs to { $phase }: open the cycle to move it forward
# $primary, $secondary: counted slots ("13 visiting hubs").
cycles-screen-slots-title = { $primary } + { $secondary }
cycles-screen-loading = Loading the cycles…
cycles-toast-saved = Saved '{ $name }'
cycles-toast-created = Created '{ $title }'
cycles-toast-deleted = Deleted '{ $title }'
cycles-toast-added = Added '{ $name }'

## One cycle

cycles-detail-back = All cycles
cycles-detail-load-failed = This cycle cannot be shown.
cycles-detail-loading = Loading the cycle…
cycles-detail-amend-settings = Amend settings…
cycles-detail-edit-settings = Edit settings
cycles-detail-clone = New cycle from this one…
cycles-detail-delete = Delete…
cycles-detail-phases = Phases
cycles-detail-phase-done = (done)
cycles-detail-ahead-title = This cycle's work is ahead of its phase
# $work: what was done ("26 grants awarded and 26 letters issued"); $phase: the cycle's phase;
# $belongs: the phase that work belongs to.
cycles-detail-ahead-text = { $work } while the cycle says { $phase }. That work belongs to { $belongs }: move the cycle forward so that what it allows matches what was done.
cycles-detail-catch-up = Move forward to { $phase }…
cycles-detail-next-title = Next step
cycles-detail-closed = This cycle is closed.
cycles-detail-missing = To move to { $phase }, add:
cycles-detail-awarded-note = From Awarded on, grants are awarded (Applications → Grants) and letters issued; the cycle's settings freeze, because grants are computed from them.
cycles-detail-move-back = Move back…
cycles-detail-settings-title = Settings
# $frozen: why the settings are frozen, from the core.
cycles-detail-frozen = Frozen: { $frozen }. A change is an amendment with a reason, kept in the history.
cycles-detail-call = Call
cycles-detail-activity-window = Activity window
cycles-detail-report-deadline = Report deadline
cycles-detail-slots = Slots
cycles-detail-activity-length = Activity length
cycles-detail-budget = Budget
cycles-detail-payment-schedule = Payment schedule
cycles-detail-notes = Notes
cycles-detail-notes-none = None
cycles-detail-history-title = History
cycles-detail-history-empty = No phase changes yet.
cycles-detail-history-rules = Rules amended
cycles-detail-history-rules-by = Rules amended by { $actor }
cycles-detail-history-settings = Settings amended
cycles-detail-history-settings-by = Settings amended by { $actor }
cycles-detail-award-title = Move '{ $title }' to Awarded?
cycles-detail-award-message = The cycle's settings (dates, slots, budget and payment schedule) freeze, because grants are computed from them; its grants can then be awarded on the Grants tab. To change the settings later, the cycle has to move back, with a reason.
cycles-detail-award-confirm = Move to Awarded
cycles-detail-close-title = Close '{ $title }'?
cycles-detail-close-message = A closed cycle stays in the records. It can be reopened by moving it back, with a reason.
cycles-detail-close-confirm = Close the cycle
cycles-detail-catch-up-title = Move '{ $title }' forward to { $phase }?
cycles-detail-catch-up-message = The cycle moves one phase at a time, each through its usual checks, and each move is kept in its history with the reason. If a check is not met, nothing moves and what is missing is named.
cycles-detail-catch-up-confirm = Move forward
cycles-detail-delete-title = Delete '{ $title }'?
cycles-detail-delete-message = The draft and its settings are removed. This cannot be undone.
cycles-detail-delete-confirm = Delete

## The cycle form

cycles-form-title-amend = Amend { $title }
cycles-form-title-edit = Edit { $title }
cycles-form-title-new = New cycle
cycles-form-choose-programme = Choose the programme.
cycles-form-year-problem = Enter the year, e.g. 2027.
cycles-form-sub-new = One programme's call for one year.
cycles-form-legend-cycle = Cycle
cycles-form-programme = Programme
cycles-form-year = Year
cycles-form-no-programme = No programme is offered at the moment: switch one on in “Programmes…” first.
cycles-form-programme-hint = Choosing a programme fills the form with its default figures.
cycles-form-filling = Filling in the programme's defaults…
cycles-form-legend-title = Title
cycles-form-title = Title
cycles-form-title-hint = Leave empty to use the programme's name and the year.
cycles-form-legend-dates = Dates
cycles-form-call-opens = The call opens
cycles-form-call-deadline = Call deadline
cycles-form-activity-start = First day of activities
cycles-form-activity-end = Last day of activities
cycles-form-report-deadline = Report deadline
cycles-form-dates-hint = The call cannot open before its dates and a budget are set.
cycles-form-legend-slots = Slots and length
cycles-form-legend-money = Money
cycles-form-legend-notes = Notes
cycles-form-notes = Notes
cycles-form-history = History
cycles-form-amend-title = Amend '{ $title }'?
# $frozen: why the settings are frozen, from the core, with a capital.
cycles-form-amend-frozen = { $frozen }: these settings change by an amendment, kept in the cycle's history with its reason.
cycles-form-amend-letters = { $count ->
    [one] { $count } issued letter states a setting that changes: it would need a new version.
   *[other] { $count } issued letters state a setting that changes: they would need a new version.
}
cycles-form-amend-reason = Why the settings change
cycles-form-amend-reason-short = Say why the settings change (at least 5 characters): it is kept in the cycle's history.
cycles-form-amend-cancel = Cancel
cycles-form-amend-confirm = Amend
cycles-form-amend-confirm-overrun = Amend despite the overrun

## A new cycle from another one

cycles-clone-title = New cycle from '{ $title }'
cycles-clone-text = The settings are copied as a draft, with every date moved to the new year. Applications are not copied.
cycles-clone-year = Year
cycles-clone-year-problem = Enter the year, e.g. 2028.
cycles-clone-cancel = Cancel
cycles-clone-confirm = Create the cycle

## Moving a cycle back

cycles-move-back-title = Move '{ $title }' back
cycles-move-back-to = Back to
cycles-move-back-reason = Why?
cycles-move-back-reason-hint = The reason is kept in the cycle's history.
cycles-move-back-cancel = Cancel
cycles-move-back-confirm = Move back

## Moving on once the pairing or placements are confirmed

cycles-move-on-question = Move '{ $title }' on to { $phase } now?
cycles-move-on-awarded = Its grants can then be awarded and their letters issued. The cycle's settings are frozen from Awarded on; moving back later needs a reason.
cycles-move-on-blocked = '{ $title }' cannot move on to { $phase } yet. Still missing:
cycles-move-on-stays = '{ $title }' stays in { $phase }.
cycles-move-on-later = Not now
cycles-move-on-close = Close

## The phase's notice on a tab

cycles-phase-notice-move = Move the cycle to { $phase }…
cycles-phase-notice-title = Move '{ $title }' to { $phase }?
cycles-phase-notice-awarded = From Awarded on, the cycle's settings are frozen, because grants are computed from them. Moving back later needs a reason, kept in the cycle's history.
cycles-phase-notice-other = The move is kept in the cycle's history. Moving back later needs a reason.

## Programmes

cycles-programmes-title = Programmes
cycles-programmes-sub = New cycles start from a programme's default figures. Changing them here leaves existing cycles as they are.
cycles-programmes-loading = Loading the programmes…
cycles-programmes-list = Programmes
# $shape: a shape's name ("P2P Learning").
cycles-programmes-shape = { $shape } shape
cycles-programmes-cycle-count = { $count ->
    [0] No cycles
    [one] { $count } cycle
   *[other] { $count } cycles
}
cycles-programmes-offered = Offered
cycles-programmes-switched-off = Switched off
cycles-programmes-built-in = Built in
cycles-programmes-add-title = Add a programme
cycles-programmes-new-name = Name
cycles-programmes-works-like = Works like
# An option: a shape's name and what it is.
cycles-programmes-shape-option = { $name }: { $hint }
cycles-programmes-shape-start = Its figures start as those of { $shape }.
cycles-programmes-add = Add the programme
cycles-programmes-name = Name
cycles-programmes-description = Description
cycles-programmes-enabled = Offered: new cycles can be created
cycles-programmes-defaults = Defaults for new cycles
cycles-programmes-save = Save
cycles-programmes-save-title = Save (Ctrl+S)
cycles-programmes-close = Close
cycles-programmes-discard = The changes to { $name } have not been saved.
cycles-programmes-discard-unnamed = The changes to this programme have not been saved.
