# What the core says about a Workshops cycle's community vote: settings, ballots, the count.

## Which cycles vote, and opening the vote
said-votes-not-workshops = '{ $cycle }' is not a Workshops cycle: only the Workshops programme is decided by a vote of the members.
said-votes-open-wrong-phase = '{ $cycle }' is in { $phase ->
        [draft] Draft
        [call_open] Call open
        [selection] Selection
        [matching] Matching
        [awarded] Awarded
        [in_progress] In progress
        [reporting] Reporting
       *[closed] Closed
    }: the vote opens in Selection, once the call has closed.
said-votes-open-too-few-proposals = A vote needs at least two eligible proposals; '{ $cycle }' has { $count }.
said-votes-open-no-electorate = No member hub can vote: the electorate would be empty.
said-votes-already-open = The vote is already open.

## The vote's settings
said-votes-frozen = The result is declared: the vote is frozen.
said-votes-quorum-range = The quorum is a share of the electorate, from 0 % to 100 %.
said-votes-open-settings-fixed = The vote is open: who votes and the quorum were settled when it opened. Only the counting method can still change.

## Recording a ballot
said-votes-declared-no-ballot = The result is declared: the vote is frozen and no ballot can be recorded.
said-votes-not-open = The vote is not open yet: open it (which freezes the electorate) before recording ballots.
said-votes-not-in-electorate = { $hub } is not in the electorate of this vote: only the member hubs frozen when it opened vote.
said-votes-hub-id-not-in-electorate = hub { $id } is not in the electorate of this vote: only the member hubs frozen when it opened vote.
said-votes-rank-one = Rank at least one proposal.
said-votes-ranked-twice = '{ $proposal }' is ranked twice: rank each proposal at most once.
said-votes-id-ranked-twice = 'proposal { $id }' is ranked twice: rank each proposal at most once.
said-votes-not-on-ballot = Proposal { $id } is not on the ballot paper of this vote.
said-votes-own-proposal = { $hub } cannot vote for its own proposal, '{ $proposal }'.
said-votes-reason-missing = { $hub } has voted already: say why this ballot replaces the earlier one.
said-votes-received-future = { $date } is after today: a ballot cannot arrive in the future.
said-votes-received-bad = '{ $text }' is not a date: write it as YYYY-MM-DD.

## Importing ballots from a form's CSV export
said-votes-import-empty = The file is empty: there is no header row.
said-votes-import-header-unreadable = The header row cannot be read: { $error }
said-votes-import-columns = The file needs the columns 'hub' and 'ranking'; it has { $columns }.
said-votes-import-row-unreadable = cannot be read: { $error }
said-votes-import-not-a-hub = '{ $text }' is not a member hub (give its key or its name).
said-votes-import-not-a-proposal = '{ $text }' is not a proposal of this vote.
said-votes-import-problems = { $count } problem(s) in the file, no ballot was imported. First: { $field }: { $problem }
said-votes-import-no-rows = The file has no ballot rows.

## The count and declaring the result
said-votes-result-unreadable = The declared result cannot be read: { $error }
said-votes-declare-wrong-phase = '{ $cycle }' is in { $phase ->
        [draft] Draft
        [call_open] Call open
        [selection] Selection
        [matching] Matching
        [awarded] Awarded
        [in_progress] In progress
        [reporting] Reporting
       *[closed] Closed
    }: the result is declared in Selection.
said-votes-ballots-clash = Two desks recorded a ballot of { $hubs } before they saw each other's: decide which one counts (Settings → Team, To decide) before declaring the result.
said-votes-no-winner = The count has no winner.
said-votes-quorum-not-met = The quorum is not met ({ $ballots } of { $electorate } voted, { $quorum } % required). Declare anyway only if the network's rules allow it.
said-votes-warning-quorum = The quorum is not met: { $ballots } of { $electorate } member hubs voted ({ $turnout } %), fewer than the { $quorum } % required.
said-votes-warning-no-proposal = There is no proposal to vote on.
said-votes-warning-no-ballot = No ballot has been recorded yet.

## The count, round by round ($label: a proposal as the count names it)
said-votes-note-most-points = { $label } has the most points ({ $points }).
said-votes-note-last-in-race = { $label } is the last proposal in the race, with { $votes } of { $continuing }.
said-votes-note-majority = { $label } has a majority: { $votes } of { $continuing } ballots still counting.
said-votes-note-level = No majority: the last two are level at { $votes } of { $continuing }, and the tie-break elects { $label }.
said-votes-note-eliminated = No majority ({ $top } of { $continuing }): { $label }, with { $low }, is eliminated.
said-votes-note-eliminated-tie = { said-votes-note-eliminated } { said-votes-tie-last }

## Ties ($names: the tied proposals; $value: their votes or points each)
said-votes-tie-first = Tie for first place between { $names } ({ $value } each): { $first } goes first ({ said-votes-tie-rules }).
said-votes-tie-last = Tie for last place between { $names } ({ $value } each): { $last } is eliminated (the others go first: { said-votes-tie-rules }).
# The rules that broke a tie, in the order they applied: each of $rule1 … $rule4 is a rule or none.
said-votes-tie-rules =
    { $rule1 ->
        [priority] a small or emerging hub goes first
        [first-choices] more first choices
        [earlier] submitted earlier
       *[number] the lower application number
    }{ $rule2 ->
        [priority] ; a small or emerging hub goes first
        [first-choices] ; more first choices
        [earlier] ; submitted earlier
        [number] ; the lower application number
       *[none] {""}
    }{ $rule3 ->
        [priority] ; a small or emerging hub goes first
        [first-choices] ; more first choices
        [earlier] ; submitted earlier
        [number] ; the lower application number
       *[none] {""}
    }{ $rule4 ->
        [priority] ; a small or emerging hub goes first
        [first-choices] ; more first choices
        [earlier] ; submitted earlier
        [number] ; the lower application number
       *[none] {""}
    }

## The result as a PDF report
said-votes-report-unprintable = The report cannot be printed: '{ $text }' has the character '{ $character }' (U+{ $code }), which the font does not have.
