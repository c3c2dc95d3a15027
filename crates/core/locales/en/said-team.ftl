# What the core says about the team: the desks, the shared folder, the log and the History.

## The shared folder ($path: a file or folder of it; $error: the system's words)
said-team-folder-not-made = Could not make the folder { $path }: { $error }. Check that the shared folder is there (a USB stick plugged in, the sync tool running) and that you may write to it.
said-team-file-not-read = Could not read { $path }: { $error }. Check that the shared folder is there (a USB stick plugged in, the sync tool running) and that you may write to it.
said-team-data-not-placed = Could not put the team's data in place of { $path }: { $error }. Check that the shared folder is there (a USB stick plugged in, the sync tool running) and that you may write to it.
said-team-file-not-a-team-file = { $path } is not a Mobility Desk team file: { $error }
said-team-not-a-folder = { $path } is not a folder (or is not there): choose the folder your team syncs.
said-team-folder-inside-data = Choose a folder outside this desk's data folder: the data file itself is never put in the shared folder.
# $team: the id of the desk that started the team.
said-team-folder-has-team = { $path } already holds a team ({ $team }): choose Join a team to work with it, or another folder.
said-team-folder-no-team = { $path } holds no Mobility Desk team: choose the folder a desk of your team shared.
said-team-no-folder = This desk shares no folder with a team.
said-team-no-folder-share-first = This desk shares no folder with a team: Settings → Team → Share through a folder… first.
said-team-folder-gone = The shared folder { $path } is not there (a USB stick unplugged, a sync tool stopped?). Nothing was lost: this desk keeps working and syncs when it is back.
said-team-folder-gone-join = The shared folder { $path } is not there: plug it in or start the sync tool, then try again.
said-team-snapshot-newer = The team's data was written by a newer version of Mobility Desk (data version { $version }): update Mobility Desk to join.
said-team-no-snapshot = The folder holds no snapshot of the team's data yet: ask the desk that approved you to sync.

## The desks of the team ($desk: a desk's id)
said-team-desk-in-a-team = This desk is in a team already.
said-team-desk-in-the-team = This desk is in the team already.
said-team-desk-pending = This desk waits for a desk of the team to approve it.
said-team-desk-removed = This desk was removed from its team.
said-team-desk-removed-cannot-rejoin = This desk was removed from the team: it cannot join again with the same key.
said-team-desk-has-records = This desk holds records of its own (hubs or cycles). A desk joins a team with an empty data folder: start Mobility Desk with a new data folder to join, or share this desk's data instead.
said-team-approve-not-member = Only a desk of the team can approve another: share this desk's data through a folder first.
said-team-no-request = No desk { $desk } asked to join in { $path }.
said-team-request-no-key = The request to join holds no valid key.
said-team-request-key-bad = The request of desk { $desk } holds no valid key: { $error }
said-team-request-other-desk = The request says it is desk { $desk }, but its key belongs to another desk: it was not approved.
said-team-desk-claimed-twice = Two desks claim to be desk { $desk }: this request was not approved.
said-team-desks-full = A team has at most { $most } desks.
said-team-desk-remove-itself = A desk cannot remove itself: ask another desk of the team to remove it.
said-team-desk-not-active = Desk { $desk } is not an active desk of this team.
said-team-no-network-key = This desk does not hold the network's key.
said-team-desk-key-unreadable = A key of this desk is damaged: { $error }
said-team-desk-key-damaged = This desk's key in the data file is damaged (it is not 32 bytes).
said-team-no-desk-read-only = This data file has no desk yet: it was opened read-only before this version of the app first wrote to it.

## The log, its changes and the audit trail
said-team-log-entry-unreadable = An entry of the log cannot be read: { $error }
said-team-read-only-receive = The data file is read-only: the team's changes cannot be applied to it.
said-team-not-a-shared-table = { $table } is not a shared table.
said-team-change-not-shared = a change of { $table }, which is not a shared table
said-team-audit-format = Save the audit trail as .xlsx or .csv, not '{ $path }'.
said-team-workbook-not-written = Could not write the workbook: { $error }

## The History of a record and clashes
# $table: the kind of record.
said-team-no-record =
    There is no { $table ->
        [hubs] hub
        [applications] application
        [grants] grant
        [payments] instalment
        [letters] award letter
        [ballots] ballot
        [cycles] cycle
       *[other] record
    } { $id }.
# $subject: what the clash is about, as the log names it.
said-team-no-clash = There is no clash to decide for { $subject }.
said-team-clash-version-unknown = That version is not one of the clash's.
# The grant, vote or ballot a clash is about ($hub: a hub's name; $cycle: a cycle's title).
said-team-clash-grant = Grant to { $hub } ({ $cycle })
said-team-clash-vote = The vote of { $cycle }
said-team-clash-ballot = The ballot of { $hub } in the vote of { $cycle }
# A version's change of a clash: what it changed, then its fields ($fields: "name old → new, …").
said-team-clash-change = { said-team-change }: { $fields }

## What a change of the History did ($table: the table; $op: insert, update or delete;
## $mark: what $which is — an instalment's number, a letter's reference, a decision's action, or none)
said-team-change =
    { $table ->
        [hubs] Hub
        [bank_accounts] Bank details
        [applications] Application
        [grants] Grant
        [grant_history] Grant decision
        [grant_inputs] Grant inputs
        [grant_reports] Final report
        [payments] Instalment
        [letters] Award letter
        [ballots] Ballot
        [cycles] Cycle
        [cycle_events] Cycle event
        [rule_sets] Rules
        [vote_settings] Vote
        [selection_events] Selection
       *[other] Record
    }{ said-team-change-which } { $op ->
        [insert] created
        [update] changed
       *[delete] deleted
    }
said-team-change-which =
    { $mark ->
        [action] : { $which }
        [none] {""}
       *[other] {" "}{ $which }
    }
# A field's value in the History, when it is not shown as stored.
said-team-value-empty = (empty)
said-team-value-none = (none)
said-team-value-deleted = (deleted)
said-team-value-flag = { $flag ->
        [yes] yes
       *[no] no
    }
said-team-value-money = { MONEY($amount) }
said-team-value-lines = { $count ->
        [one] { $count } line
       *[other] { $count } lines
    }
said-team-value-file = a file of { $size } KB

## Receiving other desks' entries ($entry: an entry's number in its desk's log; $desk: a desk's id)
said-team-refused-two-entries = desk { $desk } gave two different entries number { $entry }: the one applied first is kept
said-team-refused-unreadable = the entry cannot be read (cut short or damaged on the way)
said-team-refused-removed = written after its desk was removed from the team
said-team-entry-changed = entry { $entry } was changed after it was written (its content does not match its hash)
said-team-entry-not-signed = entry { $entry } is not signed by this desk's key
said-team-entry-redaction-not-signed = entry { $entry } says an erasure redacted it, but the desk that wrote it did not sign what is left
said-team-entry-unreadable = entry { $entry } cannot be read: { $error }
said-team-entry-misplaced = entry { $entry } says it is entry { $claimed } of desk { $desk }
said-team-entry-out-of-order = entry { $entry } does not follow entry { $previous } (the chain was reordered or an entry is missing)
said-team-audit-unknown-desk = this desk is not one of the team's: its key is unknown, so none of its entries can be checked
said-team-audit-entry-missing = entry { $entry } is missing (the next one held is { $next })

## Changes received and waiting ($count: how many; $named: yes when the desk goes by its
## person's name, $who, else no and it is named by its id, $desk)
said-team-waiting-changes = { $count ->
        [one] { $count } change
       *[other] { $count } changes
    }
said-team-waiting-from = { $named ->
        [yes] from { $who }
       *[no] from desk { $desk }
    }
# $version: the data version the entries were written in.
said-team-waiting-newer = update Mobility Desk to read { said-team-waiting-changes } { said-team-waiting-from } (written by a newer version of Mobility Desk, data version { $version })
said-team-waiting-not-applied = { said-team-waiting-changes } { said-team-waiting-from } not yet applied
# $reason: why they wait, as the log keeps it (in English).
said-team-waiting-because = { said-team-waiting-changes } { said-team-waiting-from }: { $reason }

## Why a received entry waits, or was refused ($seq: an entry's number; $desk: a desk's id)
said-team-wait-change = waits for change { $seq } of this desk
said-team-wait-approval = from a desk that is not one of the team (yet): it waits for the desk's approval
# The status reads $version back from these English words: keep them as they are.
said-team-wait-newer = written by a newer version of Mobility Desk (data version { $version }): update Mobility Desk to read it
said-team-wait-changes-of = { $count ->
        [one] { $count } change
       *[other] { $count } changes
    } of desk { $desk }
# $missing: the changes it waits for.
said-team-wait-for = waits for { $missing }
said-team-refused-undone = written after its desk was removed from the team (applied here before the removal came, then undone)
