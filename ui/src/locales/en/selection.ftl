# The Selection tab: the ranking and its decisions, scores and why, reviewers and who reviews what.

## Shared

selection-blind-review = Blind review
selection-keep-them = Keep them
selection-keep-it = Keep it
selection-none-yet = none yet
selection-remove-button = Remove…
selection-withdraw-button = Withdraw…
selection-applicant = Applicant
selection-reviewer = Reviewer
selection-reviewers = Reviewers
selection-not-eligible = Not eligible
selection-abstained = Abstained (conflict of interest): { $names }

## The Selection tab (SelectionView)

selection-first-come = First come, first served
selection-criteria-place-cost = { $cost } a place
selection-criteria-none = No criteria yet
selection-criteria-item = { $label } { $weight }
selection-criteria-item-staff = { $label } { $weight } (by staff)
selection-criteria-min-participants = at least { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
selection-pool-count = { $selected } of { $slots } selected
selection-pool-count-waiting = { $selected } of { $slots } selected · { $waiting } waiting
selection-column-rank = Rank
selection-column-maturity = Maturity
selection-column-submitted = Submitted
selection-column-score = Score
selection-column-score-ranks = Score · ranks
selection-column-normalised = Normalised
selection-column-normalised-ranks = Normalised · ranks
selection-column-status = Status
selection-status-selected = Selected
selection-status-waiting = Waiting
selection-status-waiting-number = Waiting #{ $number }
selection-status-withdrawn = Withdrawn
selection-status-not-selected = Not selected
selection-status-received = Received
selection-run-selected = Selected { $count }
selection-run-waiting = { $count } on the waiting list
selection-run-not-eligible = { $count } not eligible
selection-decided-selected = { $applicant } is selected
selection-decided-waiting = { $applicant } is on the waiting list
selection-decided-not-selected = { $applicant } is left out
selection-decide-select = Select
selection-decide-wait = To waiting list
selection-decide-leave-out = Leave out
selection-withdrew = { $applicant } withdrew
selection-withdrew-promoted = { $applicant } withdrew — { $promoted } is offered the place from the waiting list
selection-withdrew-note = { $applicant } withdrew — { $note }
selection-bar-rule = Rule
selection-bar-criteria = Criteria
selection-criteria-edit = Criteria and rules…
selection-reviewers-edit = Reviewers…
selection-run-first-come = Select first come, first served
selection-run-ranking = Select by ranking
selection-first-come-note = Applications are selected automatically as they arrive, in order, while places and budget last.
selection-loading = Loading the ranking…
selection-empty-title = No applications to select from yet
selection-empty-text = The ranking fills as applications are entered or imported on the Applications tab.
selection-spread-provisional = Top of the ranking (nothing selected yet)
selection-spread-current = Current selection
selection-spread-emerging = { $count } emerging
selection-spread-established = { $count } established
selection-spread-budget = { $committed } of { $budget } committed
selection-spread-countries = Countries
selection-spread-no-country = No country yet.
selection-pool-empty = No applications in this pool.
selection-maturity-emerging = Emerging
selection-maturity-established = Established
selection-score-button = Score…
selection-why-button = Why?
selection-why-button-label = Why this score for { $applicant }
selection-rerun-title = Run the selection again?
selection-rerun-message = Decisions taken by hand and promotions are replaced by the ranking's order.
selection-rerun-confirm = Select again
selection-withdraw-title = Withdraw { $applicant }?
selection-withdraw-message = The application stays, marked withdrawn. If it holds a place, the first on the waiting list is offered it.
selection-withdraw-confirm = Withdraw

## The cells of a ranking row that say how it was scored (RankingScoreCells)

selection-cells-criterion = { $criterion }: { $score }
selection-cells-not-scored = not scored
selection-cells-title = Each criterion’s mean, out of 100

## The record of decisions (SelectionEvents)

selection-events-title = Decisions
selection-events-count = { $count ->
    [one] { $count } decision, latest first
   *[other] { $count } decisions, latest first
}
selection-events-empty = No decisions yet.
selection-events-by = by { $actor }
selection-events-by-unknown = by an unknown user
selection-events-show-latest = Show the latest { $count } only
selection-events-show-all = Show all { $count }
selection-event-with-detail = { $event } ({ $detail })
selection-event-selected = { $applicant } selected
selection-event-waiting = { $applicant } put on the waiting list
selection-event-not-eligible = { $applicant } not eligible
selection-event-not-selected = { $applicant } left out
selection-event-withdrawn = { $applicant } withdrew
selection-event-promoted = { $applicant } offered the place of { $replaces } from the waiting list
selection-event-promoted-unknown = { $applicant } offered the place of a withdrawn applicant from the waiting list
selection-event-other = { $applicant }: { $action }

## One reviewer's scores for one application (ScoreDialog)

selection-score-error-whole = Enter a whole number from 0 to { $max }.
selection-score-error-missing = Score '{ $criterion }' (0 to { $max }).
selection-score-error-range = { $score } is out of range: '{ $criterion }' is scored from 0 to { $max }.
selection-score-error-reviewer = Enter the reviewer's name: every score is signed.
selection-score-error-signature = '{ $signature }' signs the secretariat's own scores. Choose "The secretariat's scores" above, or enter the reviewer's name.
selection-score-saved-staff = Saved the secretariat's scores for { $applicant }
selection-score-saved = Saved the scores of { $reviewer } for { $applicant }
selection-score-saved-blind = Saved the scores of { $reviewer } for application #{ $id }
selection-score-removed = Removed the scores of { $reviewer }
selection-score-title-blind = Scores for application #{ $id }
selection-score-no-title = (no title)
selection-score-blind-note = Blind review: the applicant is hidden from reviewers.
selection-score-title = Scores for { $applicant }
selection-score-sub = Application #{ $id } · received { $received }
selection-score-sub-role = Application #{ $id } · { $role } · received { $received }
selection-score-as = Whose scores are these?
selection-score-as-reviewer = A reviewer's scores
selection-score-as-staff = The secretariat's scores (after unblinding)
selection-score-as-staff-hint = Only the criteria marked 'by staff' in Criteria and rules. They are signed '{ $signature }'.
selection-score-as-reviewer-hint = Only the criteria the reviewers score. The criteria marked 'by staff' are left to the secretariat.
selection-score-summary = Summary
selection-score-work-plan = Work plan
selection-score-cards = Scorecards
selection-score-cards-loading = Loading the scorecards…
selection-score-cards-empty = Nobody has scored this application yet.
selection-score-change-label = Change the scores of { $reviewer }
selection-score-change = Change
selection-score-remove-label = Remove the scores of { $reviewer }
selection-score-given-by = Scores given by { $reviewer }
selection-score-readonly = The cycle is past Selection: scores can no longer change.
selection-score-form-change-staff = Change the secretariat's scores
selection-score-form-change = Change the scores of { $reviewer }
selection-score-form-add-staff = Add the secretariat's scorecard
selection-score-form-add = Add a scorecard
selection-score-signed = Signed
selection-score-signed-hint-existing = The secretariat scored this on { $date }: saving replaces that scorecard.
selection-score-signed-hint = The secretariat's scores are always signed '{ $signature }'.
selection-score-reviewer-hint-existing = { $reviewer } scored this on { $date }: saving replaces that scorecard.
selection-score-reviewer-hint = Each scorecard is signed; saving under the same name replaces it.
selection-score-criterion = { $criterion } (0–{ $max })
selection-score-weight = Weight { $weight }
selection-score-none-staff = No criterion is marked 'by staff', so the secretariat has nothing to score here. Mark one in Criteria and rules.
selection-score-none-reviewers = Every criterion is marked 'by staff', so reviewers have nothing to score here.
selection-score-note = Note
selection-score-save = Save scores
selection-score-remove-title = Remove the scores of { $reviewer }?
selection-score-remove-message = Their scores and note for { $applicant } are deleted, and the ranking no longer counts them.
selection-score-remove-message-blind = Their scores and note for application #{ $id } are deleted, and the ranking no longer counts them.
selection-score-remove-confirm = Remove scores
selection-score-discard-title = Discard your scores?
selection-score-discard-message = The scores you typed have not been saved.
selection-score-discard-confirm = Discard
selection-score-discard-cancel = Keep editing

## Why an application has its score (ScoreWhyDialog)

selection-why-too-few = { $count ->
    [0] { $reviewer } has scored only this application, too few to tell how strictly they score: their total of { $total } counts as it is.
    [one] { $reviewer } has scored only this application, too few to tell how strictly they score: their total of { $total } counts as it is.
   *[other] { $reviewer } has scored only { $count } applications, too few to tell how strictly they score: their total of { $total } counts as it is.
}
selection-why-all-equal = { $reviewer } gave the same total, { $total }, to all { $count ->
    [one] { $count } application
   *[other] { $count } applications
} they scored, so it tells them apart in no way: it counts as the average of all totals, { $counts }.
selection-why-at = { $reviewer } gave { $total }, exactly their own average of { $mean } (spread { $spread }, over { $count ->
    [one] { $count } application
   *[other] { $count } applications
}): it counts as the average of all totals, { $counts }.
selection-why-above = { $reviewer } gave { $total }, above their own average of { $mean } (spread { $spread }, over { $count ->
    [one] { $count } application
   *[other] { $count } applications
}). Placed as far above the average of all totals ({ $poolMean }, spread { $poolSpread }), it counts as { $counts }.
selection-why-below = { $reviewer } gave { $total }, below their own average of { $mean } (spread { $spread }, over { $count ->
    [one] { $count } application
   *[other] { $count } applications
}). Placed as far below the average of all totals ({ $poolMean }, spread { $poolSpread }), it counts as { $counts }.
selection-why-title = Why this score for { $applicant }
selection-why-sub = Application #{ $id } · scores out of 100
selection-why-mean = The reviewers' mean
selection-why-normalised = Normalised per reviewer
selection-why-ranks = ranks
selection-why-ranks-mean = This cycle ranks and selects by the reviewers' mean; the choice is made under Criteria and rules.
selection-why-ranks-normalised = This cycle ranks and selects by the score normalised per reviewer; the choice is made under Criteria and rules.
selection-why-method-title = How the normalised score is made
selection-why-method = Some reviewers score strictly and others kindly, and each one scores only some of the applications. So that no reviewer weighs more than another, each reviewer's total is compared with all the totals they gave: how far it stands above or below their own average, measured in their spread (how far their totals usually stand from that average). It is then placed just as far above or below the average of every reviewer's totals, measured in the spread of those, and kept between 0 and 100. The normalised score is the mean of the reviewers' placed totals.
selection-why-pool = Every reviewer's totals together: { $count ->
    [one] { $count } total
   *[other] { $count } totals
}, average { $mean }, spread { $spread }.
selection-why-none = No reviewer's scores count for this application yet.
selection-why-caption = Each reviewer's total and where it was placed
selection-why-their-total = Their total
selection-why-their-average = Their average
selection-why-their-spread = Their spread
selection-why-their-count = Applications they scored
selection-why-column-normalised = Normalised
selection-why-abstained = Abstained (conflict of interest): { $names }. Their scores do not count for this application.

## Reviewers and assignments (ReviewersDialog)

selection-reviewers-added = Reviewer { $name } added
selection-reviewers-saved = Saved the changes to { $name }
selection-reviewers-renamed = { $old } is now { $name }, on their scores too
selection-reviewers-removed = Removed reviewer { $name }
selection-reviewers-no-assignment = No assignment added
selection-reviewers-assignments-added = Added { $count ->
    [one] { $count } assignment
   *[other] { $count } assignments
}
selection-reviewers-sheet-saved = Saved { $count ->
    [one] { $count } scorecard
   *[other] { $count } scorecards
} of { $reviewer }
selection-reviewers-choose-first = Choose the reviewer to assign first.
selection-reviewers-assigned = { $reviewer } now reviews { $applicant }
selection-reviewers-unassigned = { $reviewer } no longer reviews { $applicant }
selection-reviewers-conflict-withdrawn = Withdrew the conflict of interest of { $reviewer }
selection-reviewers-conflict-declared = Declared a conflict of interest for { $reviewer }
selection-reviewers-conflict-declared-unknown = Declared a conflict of interest for The reviewer
selection-reviewers-title = Reviewers and assignments
selection-reviewers-count = { $count ->
    [one] { $count } reviewer
   *[other] { $count } reviewers
}
selection-reviewers-loading = Loading the reviewers…
selection-reviewers-readonly = The cycle is past Selection: its reviewers and who reviews what can no longer change.
selection-reviewers-column-name = Name
selection-reviewers-column-email = E-mail
selection-reviewers-column-hub = Hub
selection-reviewers-column-country = Country
selection-reviewers-column-languages = Languages
selection-reviewers-column-assigned = Assigned
selection-reviewers-column-scored = Scored
selection-reviewers-empty = No reviewer yet. Add the people who score this call; a name that signs a score is added by itself.
selection-reviewers-empty-past = This cycle had no reviewer.
selection-reviewers-edit-label = Edit { $name }
selection-reviewers-edit-button = Edit
selection-reviewers-sheet-label = Save { $name }'s blank sheet
selection-reviewers-sheet-button = Blank sheet…
selection-reviewers-no-sheet = No blank sheet: nothing assigned yet.
selection-reviewers-remove-title = Remove the reviewer { $name }?
selection-reviewers-remove-message = Their assignments and declared conflicts of interest go with them. Someone who has scored an application cannot be removed.
selection-reviewers-remove-confirm = Remove reviewer

## A reviewer's details (ReviewerForm)

selection-reviewer-name = Name
selection-reviewer-name-hint = Their scores are signed with this name.
selection-reviewer-name-hint-change = Their scores are signed with this name: a new name is put on the scores they gave too.
selection-reviewer-email = E-mail
selection-reviewer-email-hint = Optional.
selection-reviewer-hub = Their hub (optional)
selection-reviewer-hub-hint = They are kept off the applications that involve their hub.
selection-reviewer-country = Country
selection-reviewer-country-hint = Two letters, e.g. GR. Left empty: their hub's country.
selection-reviewer-languages = Languages they read
selection-reviewer-languages-hint = Two-letter codes separated by commas, e.g. en, el.
selection-reviewer-change-title = Change { $name }
selection-reviewer-change-sub = A reviewer of this cycle. Their assignments and scores stay with them.
selection-reviewer-save = Save changes
selection-reviewer-discard = The changes to { $name } have not been saved.
selection-reviewer-add-title = Add a reviewer
selection-reviewer-add = Add reviewer

## A reviewer's blank sheet (ReviewerSheetDialog)

selection-sheet-saved = Saved { $path } ({ $count ->
    [one] { $count } application
   *[other] { $count } applications
})
selection-sheet-title = Save { $name }'s blank sheet
selection-sheet-text = One row for each of the { $count ->
    [one] { $count } application
   *[other] { $count } applications
} assigned to { $name }, with an empty column for each criterion they score and one for a note. Send it to them; once they send it back filled in, bring it in with "Import a reviewer's sheet".
selection-sheet-blind = Blind review: the sheet shows each application's number and title only, not who applied.
selection-sheet-not-blind = It shows each applicant with their hub and country.
selection-sheet-formats = The Excel workbook accepts only whole scores within each criterion's range. A CSV file opens in any spreadsheet.
selection-sheet-csv = CSV file…
selection-sheet-xlsx = Excel workbook (.xlsx)…

## Who reviews what (ReviewBoardTable)

selection-board-languages = Languages: { $languages }
selection-board-column-application = Application
selection-board-column-conflicts = Conflicts of interest
selection-board-empty = No application to review yet: they come in on the Applications tab.
selection-board-title = Who reviews what
selection-board-count = { $count ->
    [one] { $count } application
   *[other] { $count } applications
}
selection-board-reviewers-of = Reviewers of { $applicant }
selection-board-assigned-auto = Assigned automatically
selection-board-assigned-by-hand = Assigned by hand
selection-board-has-scored = (has scored it)
selection-board-unassign-label = Take { $reviewer } off { $applicant }
selection-board-unassign-title = Take back this assignment
selection-board-conflict = { $reviewer }: { $reason }
selection-board-withdraw = Withdraw
selection-board-withdraw-hidden = the conflict of { $reviewer }
selection-board-assign-label = Reviewer to assign to { $applicant }
selection-board-choose = Choose a reviewer…
selection-board-option-conflict = { $reviewer } — conflict of interest
selection-board-assign = Assign
selection-board-assign-hidden = the reviewer chosen to { $applicant }
selection-board-declare = Conflict…
selection-board-declare-hidden = of interest with { $applicant }

## The automatic assignment (AutoAssignForm)

selection-auto-error = Enter a whole number from 1 to 10.
selection-auto-per = Reviewers per application
selection-auto-assign = Assign automatically
selection-auto-hint = Adds reviewers until each application has this many, sharing the work evenly. Nobody gets an application they have a conflict of interest with, and each gets applications in a language they read. Assignments already made stay.
selection-auto-short = { $count ->
    [one] { $count } application has
   *[other] { $count } applications have
} fewer than { $per ->
    [one] { $per } reviewer
   *[other] { $per } reviewers
}:
# After the applicant's name, in bold.
selection-auto-short-one = has { $count ->
    [0] no reviewer
    [one] { $count } reviewer
   *[other] { $count } reviewers
}: { $reason }.

## Declaring a conflict of interest (ConflictForm)

selection-conflict-choose = Choose the reviewer who has the conflict.
selection-conflict-title = Conflict of interest with { $applicant }
selection-conflict-text = The reviewer does not review this application, and any scores they give it do not count. Declaring it takes back their assignment here.
selection-conflict-reason = Why?
selection-conflict-reason-hint = Kept with the conflict, e.g. 'She co-wrote the application.'
selection-conflict-declare = Declare conflict
