# What the core says about applications, form imports, reviewers, scores and selection.

## An application's form
said-intake-no-member-hub = There is no member hub #{ $id }.
said-intake-hub-archived = { $hub } is archived: restore it in Hubs before it can apply.
said-intake-role-not-allowed = { $programme } applications take the role { $roles ->
        [visiting-or-hosting] visiting or hosting
        [visitor] visitor
       *[proposer] proposer
    }.
said-intake-partner-is-self = A hub cannot be its own partner or host.
said-intake-manager-name-missing = Enter the hub manager's name.
said-intake-traveller-name-missing = Enter the traveller's name.
said-intake-email-bad = '{ $email }' is not an e-mail address.
said-intake-format-missing = Choose the format: job-shadowing, project-based, workshop, lecture or other.
said-intake-alliance-host-missing = Name the Alliance hub to visit.
said-intake-workshop-title-missing = Enter the workshop's title.
said-intake-participants-missing = Enter the number of participants expected.
said-intake-budget-negative = The budget request cannot be negative.
said-intake-travellers-range = Between 1 and { $most } traveller(s).
said-intake-dates-reversed = The last day ({ $last }) is before the first ({ $first }).
said-intake-text-too-long = Too long (at most 10,000 characters).
said-intake-submitted-bad = '{ $text }' is not a time: write 2027-01-14T09:30:00Z or 2027-01-14.
said-intake-person-applied-twice = { $person } of { $hub } has already applied in this cycle (application #{ $other }).
said-intake-hub-applied-twice = { $hub } as { $role } has already applied in this cycle (application #{ $other }).
said-intake-cycle-fixed = An application cannot move to another cycle.
said-intake-no-application = There is no application #{ $id }.
said-intake-application-not-in-cycle = Application #{ $id } is not one of this cycle's.

## Reading a file: a form export or a reviewer's sheet
said-intake-workbook-unreadable = The workbook could not be read ({ $error }): save it again as .xlsx or as CSV.
said-intake-workbook-no-sheet = The workbook has no worksheet.
said-intake-file-empty = The file is empty: there is no header row.
said-intake-csv-unreadable = The file could not be read as CSV: { $error }.
said-intake-header-too-short = The header row names fewer than two columns: is this a form export with a header row?
said-intake-column-twice = The column '{ $column }' appears twice (columns { $first } and { $second }): rename one in the file.

## Importing applications from a form export
said-intake-import-file-changed = The file changed since it was previewed. Preview it again before importing.
said-intake-import-unmapped = No column is mapped to { $fields }: choose the column for each in the mapping. Nothing was imported.
said-intake-import-no-rows = The file has a header but no rows. Nothing was imported.
said-intake-import-problems = { $count } problem(s) in the file, nothing was imported. First: row { $row }, { $column }: { $problem }.
said-intake-import-problems-whole-row = { $count } problem(s) in the file, nothing was imported. First: row { $row }, whole row: { $problem }.
said-intake-mapping-not-a-field = '{ $field }' is not a field of { $programme } applications.
said-intake-mapping-no-column = The file has no column '{ $column }'.
said-intake-mapping-column-taken = The column '{ $column }' is already mapped to { $other }.

## Reviewers
said-intake-no-reviewer = There is no reviewer { $id }.
said-intake-reviews-closed = '{ $cycle }' is past Selection: its reviewers and their assignments can no longer change.
said-intake-reviewer-name-missing = Enter the reviewer's name: it signs their scores.
said-intake-at-most-80 = At most 80 characters.
said-intake-reviewer-name-is-staff = '{ $name }' signs the secretariat's own scores in a blind review: give the reviewer's name.
said-intake-reviewer-name-taken = { $name } is already a reviewer of this cycle.
said-intake-no-hub = There is no hub { $id }.
said-intake-country-bad = '{ $country }' is not an ISO 3166-1 country code (two letters, e.g. DE, GR, PL).
said-intake-language-bad = '{ $code }' is not a two-letter ISO 639-1 language code (e.g. en, fr, el).
said-intake-reviewer-hub-conflict = { $reviewer } is assigned application #{ $id } and would then have a conflict of interest with it ({ $reason }): take that assignment back first.
said-intake-reviewer-has-scores = { $reviewer } has scored { $count } { $count ->
        [one] application
       *[other] applications
    }: delete their scores first, or keep them as a reviewer.

## Assignments and conflicts of interest
said-intake-reviewer-cannot-review = { $reviewer } cannot review this application: { $reason }.
said-intake-not-assigned = { $reviewer } is not assigned application #{ $id }.
said-intake-reviewers-per-application = Each application gets 1 to 10 reviewers.
said-intake-no-reviewers = Add the cycle's reviewers first.
said-intake-conflict-reason-missing = Say why: the reason is kept with the conflict.
said-intake-conflict-reason-long = At most 500 characters.
said-intake-no-declared-conflict = { $reviewer } has declared no conflict with application #{ $id }.

## A reviewer's sheet of scores
said-intake-workbook-not-written = Could not write the workbook: { $error }
said-intake-sheet-reviewer-missing = Name the reviewer whose sheet this is (at most 80 characters).
said-intake-sheet-no-application-column = The sheet has no column 'Application' (the number of each application scored).
said-intake-sheet-no-criterion-column = The sheet has no column '{ $criterion }' (one column per criterion, named as in the cycle).
said-intake-sheet-not-an-application-number = '{ $text }' is not an application number (e.g. 12 or #12).
said-intake-sheet-application-withdrawn = Application #{ $id } is withdrawn: it is no longer scored.
said-intake-sheet-scored-twice = Application #{ $id } is scored twice in the sheet.
said-intake-sheet-conflict = { $reviewer } has a conflict of interest with application #{ $id }: their scores would not count.
said-intake-sheet-score-not-a-number = '{ $text }' is not a whole number from 0 to { $most }.
said-intake-sheet-empty = The sheet holds no scored application.

## Scores
said-intake-scores-closed = '{ $cycle }' is past Selection: scores can no longer change.
said-intake-scores-closed-cycle = The cycle is past Selection: scores can no longer change.
said-intake-score-reviewer-missing = Enter the reviewer's name: every score is signed.
said-intake-criterion-by-staff = '{ $criterion }' is scored by the secretariat in this blind review, after unblinding: sign its score '{ $signature }'.
said-intake-criterion-by-reviewers = '{ $criterion }' is scored by the reviewers, not the secretariat.
said-intake-criterion-not-in-cycle = Criterion #{ $id } is not one of this cycle's.
said-intake-score-out-of-range = { $score } is out of range: '{ $criterion }' is scored from 0 to { $most }.
said-intake-score-missing = Score '{ $criterion }' (0 to { $most }).
said-intake-criterion-scored-twice = '{ $criterion }' is scored twice.
said-intake-note-too-long = At most 2,000 characters.
said-intake-application-withdrawn = This application is withdrawn: it is no longer scored.
said-intake-score-conflict = { $reviewer } has a conflict of interest with this application ({ $reason }): their scores would not count.
said-intake-not-scored = { $reviewer } has not scored application #{ $id }.

## The criteria and rules of a selection
said-intake-settings-frozen = '{ $cycle }' is past Selection: its criteria and rules are frozen. Move it back to Selection (with a reason) to change them.
said-intake-criteria-none = A ranking needs at least one criterion.
said-intake-criterion-label-missing = Name the criterion.
said-intake-criterion-twice = '{ $criterion }' is listed twice.
said-intake-weight-range = A weight runs from 0 to 100.
said-intake-top-score-range = The top score runs from 1 to 100.
said-intake-weights-all-zero = At least one criterion needs a weight above 0.
said-intake-place-cost = The cost of a place must be above €0.
said-intake-blind-needs-reviewer-criterion = In a blind review the reviewers need at least one criterion that is not scored by staff.
said-intake-min-participants = At least one participant, or leave it empty.
said-intake-top-score-below-scores = { $count } score(s) of '{ $criterion }' are above { $most }: change them first, or keep the top score.

## Selecting and deciding
said-intake-select-by-vote = The members' vote decides '{ $cycle }': its result, once declared, selects the winner (Votes).
said-intake-select-too-early = '{ $cycle }' is in { $phase ->
        [draft] Draft
        [call_open] Call open
        [selection] Selection
        [matching] Matching
        [awarded] Awarded
        [in_progress] In progress
        [reporting] Reporting
       *[closed] Closed
    }: move it to Selection first.
said-intake-select-past = '{ $cycle }' is past Selection: the selection is made. Move it back to Selection (with a reason) to change it.
said-intake-applicant-withdrawn = { $applicant } has withdrawn.
said-intake-not-eligible = { $applicant } is not eligible: { $reasons }
said-intake-places-taken = All { $slots } places for { $pool ->
        [visiting] visiting hubs
        [hosting] hosting hubs
        [staff] staff members
        [alliance] alliance professionals
        [proposing] proposing hubs
       *[none] { "" }
    } are taken: move someone to the waiting list first.
said-intake-already-withdrawn = Application #{ $id } is already withdrawn.

## Why an application is not eligible (each reason a sentence)
said-intake-reason-hub-archived = { $hub } is archived.
said-intake-reason-former-member = { $hub } is a former member: only regular and associate members may apply.
said-intake-reason-not-in-alliance = { $hub } is not in the Hubs Alliance.
said-intake-reason-host-not-in-alliance = The host, { $host }, is not in the Hubs Alliance.
said-intake-reason-host-archived = The host, { $host }, is archived.
said-intake-reason-no-host = No host hub is named.
said-intake-reason-few-participants = { $count } participant(s) expected, fewer than the { $min } a workshop needs.
said-intake-reason-outside-window = The dates ({ $first } to { $last }) are outside the activity window ({ $opens } to { $closes }).
said-intake-reason-too-short = { $days } day(s) is shorter than the shortest activity ({ $min } days).
said-intake-reason-too-long = { $days } days is longer than the longest activity ({ $max } days).
said-intake-reason-no-dates = No dates given.
said-intake-reason-duplicate = A duplicate of application #{ $other }.

## Why a reviewer has a conflict of interest with an application (after "cannot review: ")
said-intake-conflict-own-hub = the application is from their own hub, { $hub }
said-intake-conflict-partner = the application names their hub, { $hub }, as its partner
said-intake-conflict-paired = their hub, { $hub }, is paired with this application in the cycle
# $reason: the words the person who declared it typed.
said-intake-conflict-declared = declared: { $reason }

## Why the automatic assignment left an application short of reviewers
said-intake-shortfall-conflicts = the other reviewers have a conflict of interest with it
# $languages: language codes, "el, en".
said-intake-shortfall-conflicts-or-languages = the other reviewers have a conflict of interest with it or do not read { $languages }

## The pools of a selection
said-intake-pool = { $pool ->
        [visiting] Visiting hubs
        [hosting] Hosting hubs
        [staff] Staff members
        [alliance] Alliance professionals
       *[proposing] Proposing hubs
    }

## A withdrawal that frees a place nobody is offered
said-intake-withdraw-not-offered = '{ $cycle }' is { $phase ->
        [draft] draft
        [call_open] call open
        [selection] selection
        [matching] matching
        [awarded] awarded
        [in_progress] in progress
        [reporting] reporting
       *[closed] closed
    }: the place is not offered again automatically.
said-intake-withdraw-list-empty = The waiting list is empty: the place stays free.

## The fields of an application a column of a form export can fill
said-intake-import-field = { $field ->
        [external_ref] Response ID
        [submitted_at] Submitted at
        [hub] Hub
        [role] Visiting or hosting
        [person_name] Name
        [person_email] E-mail
        [person_role] Role in the hub
        [partner_hub] Partner or host hub
        [format] Format
        [starts_on] First day
        [ends_on] Last day
        [title] Title
        [summary] Work plan or summary
        [travellers] Travellers
        [travel_mode] Travel mode
        [participants] Expected participants
        [budget_request] Budget request (€)
       *[needs] Accessibility or inclusion needs
    }
# What the cells of each field may hold.
said-intake-import-hint = { $field ->
        [external_ref] the form's id of the response; a re-import updates the same application
        [submitted_at] 2027-01-14 09:30, 2027-01-14T09:30:00Z or 14/01/2027 09:30 (UTC)
        [hub] the member hub's name or key
        [role] visiting or hosting
        [person_name] the hub manager (P2P) or the traveller
        [person_email] an e-mail address
        [person_role] production manager, technician ...
        [partner_hub] a member hub's name or key
        [format] job-shadowing, project-based, workshop, lecture or other
        [starts_on] 2027-05-03 or 03/05/2027
        [ends_on] 2027-05-07 or 07/05/2027
        [title] the workshop's title
        [summary] free text
        [travellers] a whole number, 1 when empty
        [travel_mode] green (train, bus, shared car) or standard
        [participants] a whole number
        [budget_request] an amount in euros, e.g. 9,500
       *[needs] free text
    }

## What is wrong with a cell of a form export (after "row 3, Column: ")
said-intake-cell-not-a-date = '{ $text }' is not a date: write 2027-05-03 or 03/05/2027
said-intake-cell-not-a-date-in-order = '{ $text }' is not a date read { $order ->
        [day_month] day/month
       *[month_day] month/day
    } (the order of this file's dates)
said-intake-cell-date-ambiguous = '{ $text }' could be { DATE($first) } or { DATE($second) }: choose the order of this file's dates (day/month or month/day)
said-intake-cell-not-a-time = '{ $text }' is not a time: write 2027-01-14 09:30 or 14/01/2027 09:30
said-intake-cell-not-a-role = '{ $text }' is neither visiting nor hosting
said-intake-cell-not-a-travel-mode = '{ $text }' is not a travel mode: write green or standard
said-intake-cell-not-a-format = '{ $text }' is not a format: write job-shadowing, project-based, workshop, lecture or other
said-intake-cell-not-a-whole-number = '{ $text }' is not a whole number
said-intake-cell-hub-ambiguous = several member hubs are called '{ $name }': use the hub's key
said-intake-cell-no-such-hub = no member hub is called '{ $name }' (name or key)
said-intake-cell-no-hub = no hub given
# $rows: the other rows, "4, 9".
said-intake-cell-response-id-twice = the response id '{ $id }' is also on row { $rows }: each response needs its own id, or one of the rows is a repeat to remove

## The detail recorded with a selection decision
# $pool: the pool's key (see said-intake-pool), other with its $label; the score as $whole and $hundredths ("7" and "50").
said-intake-event-rank = rank { $rank } of { $pool ->
        [visiting] visiting hubs
        [hosting] hosting hubs
        [staff] staff members
        [alliance] alliance professionals
        [proposing] proposing hubs
       *[other] { $label }
    }
said-intake-event-rank-score = { said-intake-event-rank }, score { $whole }.{ $hundredths }
said-intake-event-budget-taken = the budget envelope is taken
said-intake-event-slots-taken = the { $slots } slots are taken
# $why: why it is on the waiting list.
said-intake-event-waiting = waiting list #{ $rank }: { $why }
said-intake-event-by-hand = decided by hand
said-intake-event-gave-up = gave up a selected place
said-intake-event-promoted = offered the place from the waiting list
