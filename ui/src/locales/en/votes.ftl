# The Votes screen: the members' vote that elects the hub producing a Workshops cycle.

## The screen

votes-screen-title = Votes
votes-screen-subtitle = The members elect the hub that produces the workshop.
votes-report = Save the result as PDF…
votes-report-title = Save the settings, the turnout, every round of the count and the ballots as a PDF
# $path: where the PDF was saved.
votes-report-saved = Saved to { $path }
votes-empty-title = No Workshops cycle yet
votes-empty-text = The members' vote elects the hub that produces a Workshops cycle. Create the cycle under Cycles first; its proposals are entered under Applications.
votes-empty-go-cycles = Go to Cycles
votes-cycle = Cycle
votes-loading = Loading the vote…
votes-loading-cycles = Loading the cycles…

## The states of a vote

votes-state-setup = Setting up
votes-state-open = Open
votes-state-declared = Declared

## Where the vote stands

votes-stage-label = Where the vote stands
votes-stage-setup = Set how the vote is counted and who votes, then open it.
votes-stage-setup-hint = Opening freezes the electorate listed below; ballots are then recorded one by one or imported from a form export.
votes-open = Open the vote…
# $day: the day the vote was opened.
votes-opened = Opened on { $day }
# $person: who opened it.
votes-opened-by = Opened on { $day } by { $person }
votes-stage-open-tally =
    { $ballots ->
        [one] { $ballots } ballot
       *[other] { $ballots } ballots
    } of { $electorate ->
        [one] { $electorate } member hub
       *[other] { $electorate } member hubs
    }
votes-stage-open-hint = The count below follows every ballot. Declaring it freezes the vote and selects the winner.
votes-declare = Declare the result…
votes-declare-blocked = No proposal leads yet: record the ballots first
# $proposal: the elected proposal, "Title (Hub name)".
votes-declared = Declared on { $day }: { $proposal } is elected.
votes-declared-by = Declared on { $day } by { $person }: { $proposal } is elected.
votes-declared-none = Declared on { $day }: no proposal is elected.
votes-declared-none-by = Declared on { $day } by { $person }: no proposal is elected.
votes-stage-declared-hint = The vote is frozen. The winner's Workshops grant is on the Grants and Letters tabs.
votes-go-to-letter = Go to the winner's letter

## Opening and declaring

votes-open-confirm-title = Open the vote?
votes-open-confirm = Open the vote
votes-open-message =
    The electorate is frozen as it stands: { $count ->
        [one] { $count } member hub
       *[other] { $count } member hubs
    }, one ballot each. Settings other than the counting method can no longer change.
votes-open-message-unsaved =
    The electorate is frozen as it stands: { $count ->
        [one] { $count } member hub
       *[other] { $count } member hubs
    }, one ballot each. Settings other than the counting method can no longer change. Your unsaved changes to the settings are not taken: the settings as saved apply.
votes-opened-toast = The vote is open
votes-declare-confirm-title = Declare the result?
votes-declare-confirm = Declare the result
votes-declare-confirm-anyway = Declare anyway
votes-declare-leading-proposal = The leading proposal
votes-declare-message = { $proposal } is elected. The vote is frozen, the winner is selected and its Workshops grant goes on to the Grants and Letters tabs.
votes-declare-message-no-quorum = The quorum is not met ({ $ballots } of { $electorate }). { $proposal } is elected. The vote is frozen, the winner is selected and its Workshops grant goes on to the Grants and Letters tabs.
votes-declared-toast = Result declared

## The count

votes-count-title = Result
votes-method-instant-runoff = Instant run-off
votes-method-borda = Borda count
votes-method-points = Points (3/2/1)
votes-method-instant-runoff-hint = Round by round: the proposal with the fewest first choices is eliminated and its ballots pass to their next choice, until one has more than half.
votes-method-borda-hint = With n proposals, a first choice gets n − 1 points, a second n − 2, and so on; unranked proposals get nothing.
votes-method-points-hint = A first choice gets 3 points, a second 2, a third 1.
# $met: "yes" or "no", whether the quorum is met.
votes-turnout =
    { $ballots } of { $electorate } { $electorate ->
        [one] member hub
       *[other] member hubs
    } { $ballots ->
        [one] has
       *[other] have
    } voted ({ $turnout } %) · quorum { $quorum } % { $met ->
        [yes] met
       *[no] not met
    }
votes-winner-none = No winner yet
votes-winner-elected = Elected: { $proposal }
votes-winner-leading = Leading: { $proposal }
votes-count-only-round = The count
votes-count-round = Round { $number }
votes-count-proposal = Proposal
votes-count-votes = Votes
votes-count-points = Points
votes-count-share = Share
votes-count-outcome = Outcome
votes-count-elected = Elected
votes-count-leading = Leading
votes-count-eliminated = Eliminated
votes-count-exhausted = Exhausted ballots
votes-count-tie-breaks = Tie-breaks
# A proposal that is no longer on the ballot paper, by its number.
votes-proposal-unknown = proposal { $id }

## The settings of a vote

votes-settings-title = Settings
votes-settings-method = Counting method
votes-settings-associates = Associate members vote too
votes-settings-associates-hint = Regular members always vote; former and archived members never do.
votes-settings-settled = Settled when the vote opened.
votes-settings-quorum = Quorum (% of the electorate)
votes-settings-quorum-hint = Below it, the result can be declared only on purpose.
votes-settings-quorum-problem = The quorum is a share of the electorate, from 0 % to 100 %.
votes-settings-save = Save settings
votes-settings-saved = Vote settings saved
votes-settings-frozen = The result is declared: the vote is frozen.
votes-settings-unsaved = Unsaved changes
# How the settings are named when someone saved them meanwhile.
votes-settings-associates-short = Associate members vote
votes-settings-quorum-short = Quorum (%)
votes-settings-yes = yes
votes-settings-no = no

## The proposals

votes-proposals-title = Proposals
votes-proposals-count =
    { $count ->
        [one] { $count } eligible proposal
       *[other] { $count } eligible proposals
    }
votes-proposals-none = No eligible proposal yet: the proposals entered under Applications appear here once eligible.
votes-proposals-priority = Emerging hub: first in a tie

## The electorate

votes-electorate-title = Electorate
votes-electorate-setup =
    Who would vote if the vote opened now: { $count ->
        [one] { $count } member hub
       *[other] { $count } member hubs
    }
votes-electorate-frozen =
    Frozen when the vote opened: { $count ->
        [one] { $count } member hub
       *[other] { $count } member hubs
    }, { $ballots ->
        [one] { $ballots } ballot
       *[other] { $ballots } ballots
    }
votes-electorate-hub = Hub
votes-electorate-country = Country
votes-electorate-membership = Membership
votes-electorate-ballot = Ballot
votes-electorate-none = No member hub can vote under these settings.
# $date: the day the ballot was received.
votes-electorate-voted = Voted { $date }
votes-electorate-not-yet = Not yet
votes-electorate-record = Record ballot
votes-membership-regular = Regular
votes-membership-associate = Associate
votes-membership-former = Former

## Recording a ballot

votes-ballot-title = Record a ballot
votes-ballot-intro = From a hub's email or form: its ranking of the proposals, best first.
votes-ballot-hub = Voting hub
votes-ballot-hub-choose = Choose the voting hub
votes-ballot-hub-voted = { $hub } (voted)
votes-ballot-hub-missing = Choose the hub whose ballot this is.
votes-ballot-received = Received on
votes-ballot-received-hint = Empty for today.
votes-ballot-date-bad = Enter a whole date, or leave the date empty for today.
votes-ballot-ranking = Ranking, best first
votes-ballot-ranking-hint = Rank as many proposals as the hub did; leave the rest on “—”.
# A position on the ballot paper: "1st", "2nd", "3rd", "4th"… ($position selects on the
# ordinal plural rules: one, two, few, other in English; one, other in French).
votes-ballot-ordinal =
    { $position ->
        [one] { $position }st
        [two] { $position }nd
        [few] { $position }rd
       *[other] { $position }th
    }
votes-ballot-reason = Why this ballot replaces the earlier one
# $date: the day its earlier ballot was received.
votes-ballot-reason-replacing = { $hub } voted on { $date }: this ballot replaces that one, so say why.
votes-ballot-reason-hint = Needed only when the hub has voted already; both ballots are kept.
votes-ballot-save = Record ballot
votes-ballot-recorded = Ballot of { $hub } recorded
votes-ballot-recorded-unnamed = Ballot of the hub recorded
votes-ballot-import = Import ballots from a CSV…
votes-ballot-import-hint = Columns: hub (key or name), ranking (proposals best first, by title or hub, separated by >), optional received_on and reason.
# A problem in the imported file: $field names the column or line, $message says what is wrong.
votes-ballot-import-problem = { $field }: { $message }
votes-ballot-import-dismiss = Dismiss
votes-import-done =
    { $recorded ->
        [one] { $recorded } ballot imported
       *[other] { $recorded } ballots imported
    }
votes-import-done-replacing =
    { $recorded ->
        [one] { $recorded } ballot imported
       *[other] { $recorded } ballots imported
    }, { $replaced } replacing an earlier one

## The ballots

votes-ballots-title = Ballots
votes-ballots-intro = Every ballot in the order it came in, those replaced by a later one included.
votes-ballots-hub = Hub
votes-ballots-ranking = Ranking, best first
votes-ballots-received = Received
votes-ballots-note = Note
votes-ballots-history = History
votes-ballots-none = No ballot yet.
votes-ballots-recorded-by = Recorded by { $person }
votes-ballots-replaced = Replaced
votes-ballots-history-label = History of the ballot of { $hub } received on { $date }
# Completes "History of …" in the title of the History dialog.
votes-ballots-history-name = the ballot of { $hub } received on { $date }
votes-source-imported = Imported
votes-source-typed = Typed
