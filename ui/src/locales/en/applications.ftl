# Applications: the screen with its tabs, the application form, the import of a form's export,
# a reviewer's sheet, the criteria and rules, and the labels other areas borrow.

## Labels (applications.ts)

applications-status-received = Received
applications-status-selected = Selected
applications-status-waiting = Waiting list
applications-status-declined = Not selected
applications-status-withdrawn = Withdrawn
# A declined application that was not eligible, as the lists show it.
applications-status-not-eligible = Not eligible

applications-role-visiting = Visiting
applications-role-hosting = Hosting
applications-role-visitor = Visitor
applications-role-proposer = Proposer

applications-format-job-shadowing = Job-shadowing
applications-format-project-based = Project-based
applications-format-workshop = Workshop
applications-format-lecture = Lecture
applications-format-other = Other

applications-travel-standard = Standard
applications-travel-green = Green
# "Green · 2 travellers"; a no-break space between the number and its noun.
applications-travel-with-travellers = { $mode } · { $count ->
    [one] { $count } traveller
   *[other] { $count } travellers
}

# Suggestions for a Staff Exchange traveller's job (saved as typed).
applications-person-role-production-manager = production manager
applications-person-role-communication-officer = communication officer
applications-person-role-bar-manager = bar manager
applications-person-role-technician = technician
applications-person-role-curator = curator
applications-person-role-educator = educator
applications-person-role-administrator = administrator

# Which score ranks a cycle selecting by ranking: the choices…
applications-score-basis-mean = The reviewers' mean
applications-score-basis-normalised = Normalised per reviewer (a strict or kind reviewer weighs no more than another)
# … and as a sentence names them ("ranks by the reviewers' mean").
applications-score-basis-name-mean = the reviewers' mean
applications-score-basis-name-normalised = the score normalised per reviewer

# A span open at one end; $date is a formatted date.
applications-span-from = from { $date }
applications-span-until = until { $date }

# A name from a file or typed, quoted in a sentence.
applications-quoted = '{ $text }'

applications-eligible = Eligible
applications-not-eligible = Not eligible

## The screen (ApplicationsScreen.svelte)

applications-screen-title = Applications
# The count beside the title.
applications-screen-count = { $count ->
    [one] { $count } application
   *[other] { $count } applications
} · { $eligible } eligible
applications-screen-import = Import form export…
applications-screen-import-unchanged = No changes: all { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} were already imported; the mapping is saved
applications-screen-imported = Imported { $created ->
    [one] { $created } new application
   *[other] { $created } new applications
}, { $updated } updated
applications-screen-saved = Saved application from { $hub }
# $reason: the first reason, from the core.
applications-screen-saved-not-eligible = Saved — not eligible: { $reason }
# $id: the application's number.
applications-screen-withdrawn = Withdrew application #{ $id } from { $hub }
applications-screen-withdrawn-promoted = Withdrew application #{ $id } from { $hub } — the place goes to { $promoted } from the waiting list
# $note: from the core.
applications-screen-withdrawn-note = Withdrew application #{ $id } from { $hub } — { $note }
applications-screen-go-cycles = Go to Cycles
applications-screen-no-cycle-title = No programme cycle yet
applications-screen-no-cycle-text = Applications are entered for one cycle of a programme. Create the cycle under Cycles first.
applications-screen-cycle = Cycle
applications-screen-tabs = Applications, selection, pairing, grants, payments, letters, reports or the cycle report
applications-screen-workshops-no-hosts = Workshops have no hosts to pair: the community elects one proposal.
applications-screen-empty-title = No applications yet for this cycle
applications-screen-empty-text = Enter each application as it comes in; its eligibility is checked on saving.
applications-screen-empty-new = New application
applications-screen-loading = Loading the applications…
applications-screen-loading-cycles = Loading the cycles…

applications-tab-applications = Applications
applications-tab-selection = Selection
applications-tab-pairing = Pairing
applications-tab-grants = Grants
applications-tab-payments = Payments
applications-tab-letters = Letters
applications-tab-reports = Reports
applications-tab-cycle-report = Cycle report

applications-table-received = Received
applications-table-hub = Hub
applications-table-role = Role
applications-table-partner = Partner/host
applications-table-dates = Dates
applications-table-travel = Travel
applications-table-eligibility = Eligibility
applications-table-status = Status

## The application form (ApplicationForm.svelte)

applications-form-title-new = New application
applications-form-title = Application #{ $id }
applications-form-hub = Hub
applications-form-hub-proposing = Proposing hub
applications-form-hub-home-alliance = Home hub (Alliance member)
applications-form-hub-home = Home hub
applications-form-person-manager = Hub manager
applications-form-person-contact = Contact person
applications-form-person = Person
applications-form-partner = Proposed partner hub
applications-form-partner-alliance = Host hub (Alliance member)
applications-form-partner-host = Proposed host hub
applications-form-dates-availability = Availability
applications-form-dates-workshop = Workshop
applications-form-dates-visit = Visit
# How long the dates may be, by programme: the start of the dates' hint.
applications-form-length-p2p = When the hub can travel or host
applications-form-length-staff-exchange = 1 week to 3 months
applications-form-length-hubs-alliance = At most 6 days
applications-form-length-workshops = 4 days
# $length: one of the above; $window: the cycle's activity window.
applications-form-dates-hint-window = { $length }, within the activity window { $window }.
applications-form-dates-hint = { $length }.
applications-form-problem-hub = Choose the hub from the list.
applications-form-problem-travellers = Enter a whole number of travellers, from 1 to 10.
applications-form-problem-participants = Enter a whole number of participants.
applications-form-problem-submitted = Enter the date and time, or leave the field empty.
applications-form-travel = Travel
applications-form-travel-green = Green (train, bus, shared car)
applications-form-travel-hint = Green: low-emission means for most of the way.
applications-form-withdrawn = Withdrawn.
applications-form-withdrawn-text = The application stays in the list; it no longer counts.
applications-form-eligible-text = Meets every rule of this cycle.
applications-form-eligibility-hint = Checked again on saving, from the hubs and this cycle's rules.
applications-form-applicant = Applicant
applications-form-role = Role
applications-form-job-title = Job title
applications-form-email = E-mail
applications-form-partner-hint-alliance = Requests are handled first come, first served, by the time they were submitted.
applications-form-partner-hint = Optional; leave the field empty when there is none yet.
applications-form-format = Format
applications-form-format-choose = Choose the format
applications-form-workshop-title = Title
applications-form-available-from = Available from
applications-form-first-day = First day
applications-form-available-until = Available until
applications-form-last-day = Last day
applications-form-work-plan = Work plan
applications-form-summary = Summary
applications-form-participants = Participants
applications-form-participants-hint = At least 15.
applications-form-budget = Budget request (€)
# $example: an amount as it is typed, "4,500.00".
applications-form-budget-hint = In euros, e.g. { $example }
applications-form-travellers = Travellers
applications-form-needs-legend = Needs and submission
applications-form-needs = Accessibility or inclusion needs
applications-form-submitted = Submitted
applications-form-submitted-hint = In local time.
applications-form-submitted-hint-new = Leave empty for now.
applications-form-history = History
# The record the history dialog names.
applications-form-history-name = application #{ $id }
applications-form-withdraw = Withdraw…
applications-form-withdraw-title = Withdraw application #{ $id }?
applications-form-withdraw-message = The application stays in the list, marked withdrawn; it no longer counts.
applications-form-withdraw-confirm = Withdraw
applications-form-withdraw-keep = Keep it

## Importing a form's export (ApplicationImportDialog.svelte)

applications-import-title = Import applications
applications-import-busy = Importing applications…
applications-import-column = Column
applications-import-whole-row = whole row
applications-import-problem = Problem
applications-import-applicant = Applicant
applications-import-role = Role
applications-import-commit = Import
applications-import-commit-count = Import { $count ->
    [one] { $count } application
   *[other] { $count } applications
}
applications-import-file-refused = This file cannot be imported.
applications-import-file-unchecked = The file could not be checked.
applications-import-rows-count = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
applications-import-map-required = Map the required fields to check the rows.
applications-import-no-rows = No rows
applications-import-no-rows-note = The file has a header but no rows.
applications-import-unchanged = Nothing has changed since the last import. Importing again only saves the mapping with the cycle.
applications-import-not-a-date = not a date
applications-import-columns = Columns
applications-import-source-manual = Mapping: your mapping (saved with the cycle when you import).
applications-import-source-saved = Mapping: the mapping saved from this cycle's last import.
applications-import-source-guessed = Mapping: guessed from the column names. Check it before you import.
applications-import-missing-title = Columns from the last import that this file lacks
# $column: a column's name in the file; $field: the field it was read for.
applications-import-missing-column = '{ $column }' ({ $field }) — renamed or removed?
applications-import-missing-now = Now read from '{ $column }'.
applications-import-missing-hint = Choose the column that now holds each field.
# $fields: the names of the fields, with commas.
applications-import-unmapped = Choose a column for: { $fields }
# $columns: the names of the columns, quoted, with commas.
applications-import-extra = Not imported: { $columns }
# Before a list: "day/month: 4 May 2027" or "month/day: 5 Apr 2027". $text: a date as the file writes it.
applications-import-dates = Dates written like '{ $text }' (row { $row }, { $column }) are
applications-import-date-order-choose = Choose the order…
applications-import-date-order-day-month = day/month: { $date }
applications-import-date-order-month-day = month/day: { $date }
applications-import-date-order-unknown = Nothing in the file says which: choose how its dates read.
applications-import-date-order-found = Found in the file: one of its dates has a day over 12.
applications-import-field = Field
applications-import-column-in-file = Column in the file
applications-import-required = required
applications-import-not-in-file = — not in the file —
# A column already read for another field, in the list of columns.
applications-import-column-used = { $column } (used for { $field })
applications-import-rows = Rows
applications-import-checking = Checking the rows…
applications-import-stale-invalid = These rows were checked with the previous mapping. Correct the column choices marked in red to check them again.
applications-import-stale = These rows were checked with the previous mapping.
applications-import-check-again = Check again
applications-import-blocked = { $count ->
    [one] { $count } problem — nothing will be imported until it is fixed in the file
   *[other] { $count } problems — nothing will be imported until they are fixed in the file
}
applications-import-more-problems = …and { $count ->
    [one] { $count } more problem
   *[other] { $count } more problems
}
applications-import-errors-hint = Correct the file (or the form's export), save it as CSV (UTF-8), and import it again. A wrong column choice can also cause problems: check the mapping first.
applications-import-rows-fine = Rows without problems
applications-import-plan = What the import will do
applications-import-more-rows = …and { $count ->
    [one] { $count } more row
   *[other] { $count } more rows
}
applications-import-recheck = Check the file again

## A reviewer's sheet (SheetImportForm.svelte)

applications-sheet-title = Import a reviewer's sheet
applications-sheet-waiting = Waiting for the file…
applications-sheet-checking = Checking the sheet…
applications-sheet-saving = Saving the scores…
applications-sheet-problem-new-name = Enter the name of the person whose scores these are.
applications-sheet-problem-reviewer = Choose whose scores these are first.
applications-sheet-reviewer = Whose scores
applications-sheet-reviewer-choose = Choose…
applications-sheet-reviewer-new = Someone new…
applications-sheet-new-name = Their name
applications-sheet-choose = Choose the sheet…
applications-sheet-hint = A CSV file or an Excel workbook (.xlsx) with a column Application (the number of each application), one column per criterion, named as in Criteria and rules, and an optional column Note. The blank sheet saved for a reviewer (Blank sheet… in the list of reviewers) has these columns already.
# What saving the sheet checked would do: "Mira Kovač: 12 scorecards".
applications-sheet-result = { $reviewer }: { $count ->
    [one] { $count } scorecard
   *[other] { $count } scorecards
}
# The same when some replace earlier scorecards: "Mira Kovač: 12 scorecards, 2 replacing earlier ones".
applications-sheet-result-replacing = { $reviewer }: { $count ->
    [one] { $count } scorecard
   *[other] { $count } scorecards
}, { $replaced ->
    [one] { $replaced } replacing an earlier one
   *[other] { $replaced } replacing earlier ones
}
applications-sheet-new-reviewer = { $reviewer } is not among the reviewers yet: saving adds them.
applications-sheet-save = Save these scores
applications-sheet-save-hint = Nothing is saved until then.
applications-sheet-nothing-saved = Nothing was saved.
# After "Nothing was saved."; $file: the file's name.
applications-sheet-problems-file = { $file } has { $count ->
    [one] a problem; put it right
   *[other] { $count } problems; put them right
} and choose the sheet again:
applications-sheet-problems = The sheet has { $count ->
    [one] a problem; put it right
   *[other] { $count } problems; put them right
} and choose the sheet again:
# Where a problem is, before its message: "row 3, Quality of the work plan:".
applications-sheet-place = { $place }:
# Where a problem is, a cell of the sheet: "row 3, Quality of the work plan:" ($column as the sheet names it).
applications-sheet-place-cell = row { $row }, { $column }:

## Criteria and rules (CriteriaDialog.svelte)

applications-criteria-title = Criteria and rules
applications-criteria-loading = Loading the criteria…
# The names of the fields in the notice of a save refused because someone saved meanwhile.
applications-criteria-label-criteria = Criteria
applications-criteria-label-method = Method
applications-criteria-label-score-basis = Which score selects
applications-criteria-label-place-cost = Cost of a place
applications-criteria-label-min-participants = Fewest participants
applications-criteria-label-blind = Blind review
# What was typed, in that notice: one criterion.
applications-criteria-typed = { $label } (weight { $weight }, top { $top })
applications-criteria-typed-by-staff = { $label } (weight { $weight }, top { $top }, by staff)
applications-criteria-typed-no-name = (no name)
applications-criteria-typed-none = (none)
applications-criteria-typed-yes = Yes
applications-criteria-typed-no = No
# A criterion's share of the total weight; $percent is written already ("33.3").
applications-criteria-share-percent = { $percent } %
applications-criteria-problem-weight = A weight is a whole number from 0 to 100.
applications-criteria-problem-top = The top score is a whole number from 1 to 100.
applications-criteria-problem-place-cost = Leave it empty for no cost.
applications-criteria-problem-min-participants = Enter a whole number of participants, or leave it empty.
applications-criteria-saved = Saved the criteria and rules of { $cycle }
applications-criteria-frozen = These criteria and rules are frozen: the cycle is past Selection. Move it back to Selection (with a reason) to change them.
applications-criteria-legend = Criteria
applications-criteria-hint = Reviewers score each criterion from 0 to its top score. The ranking weighs each criterion's mean by its share of the total weight. Removing a criterion deletes its scores.
applications-criteria-hint-first-come = Not used while selecting first come, first served.
# $column: the name of the column "By staff", set in bold.
applications-criteria-by-staff-hint = Blind review: tick { $column } for each criterion the secretariat scores itself once it knows who applied (for example geographical balance). Reviewers score the others.
applications-criteria-criterion = Criterion
applications-criteria-weight = Weight
applications-criteria-share = Share
applications-criteria-top-score = Top score
applications-criteria-by-staff = By staff
applications-criteria-row-name = Criterion { $n }: name
applications-criteria-row-weight = Criterion { $n }: weight (0 to 100)
applications-criteria-row-top = Criterion { $n }: top score (1 to 100)
applications-criteria-row-by-staff = Criterion { $n }: scored by staff in a blind review
applications-criteria-by-staff-title = Scored by the secretariat after unblinding
applications-criteria-remove-title = Remove this criterion
applications-criteria-remove = Remove criterion { $n }
applications-criteria-remove-named = Remove criterion { $n } ({ $label })
applications-criteria-none = No criteria: a ranking by scores needs at least one.
applications-criteria-add = Add a criterion
applications-criteria-total = Total weight { $total }
# $names: the criteria's names, quoted, with commas.
applications-criteria-removed = Saving removes { $names } with every score given on { $count ->
    [one] it
   *[other] them
}.
applications-criteria-rules = Rules
applications-criteria-method = Selection
applications-criteria-method-ranking-hint = The best weighted scores are selected once the cycle is in Selection.
applications-criteria-method-first-come-hint = Applications are selected in the order they arrive, while places and budget last.
applications-criteria-method-ranking = Ranking by scores
applications-criteria-method-first-come = First come, first served
applications-criteria-place-cost = Cost of a place (€)
applications-criteria-place-cost-hint = Counted against the budget when selecting first come, first served. Empty for none.
applications-criteria-min-participants = Fewest participants
applications-criteria-min-participants-hint = A proposal expecting fewer is not eligible. Empty for no minimum.
applications-criteria-score-basis = Which score selects
applications-criteria-score-basis-mean-hint = An application's score is the mean of its reviewers' totals.
applications-criteria-score-basis-normalised-hint = Each reviewer's totals are evened out for how strictly or kindly they score; Why? in the ranking shows how.
applications-criteria-blind = Blind review
applications-criteria-blind-hint = Reviewers' sheets and the score form for reviewers show no applicant's name, hub or country. Criteria marked 'by staff' are scored by the secretariat after unblinding.
applications-criteria-save = Save
applications-criteria-cancel = Cancel
applications-criteria-close = Close
applications-criteria-discard = The changes to the criteria and rules have not been saved.

# A person's own bank account (Staff Exchange, Hubs Alliance).
applications-form-bank-legend = Paid to the person
applications-form-bank-hint = Give the person's own bank details only when the grant is paid to them rather than to their hub; bank transfer files then pay this account.
applications-form-bank-none = None: the grant is paid to the hub's account.
