# The Settings screen: the network's details for award letters, the team, backups and protection.

## The network's details

settings-title = Settings
settings-intro = The network's name, address, signatory and logo appear on the award letters the app prints.
settings-network = Network
settings-network-name = Network name
settings-address = Postal address
settings-address-hint = As printed in the letterhead, at most 8 lines.
settings-letters = Award letters
settings-signatory = Signatory
settings-signatory-placeholder = e.g. Maria Nowak
settings-signatory-title = Signatory's title
settings-signatory-title-placeholder = e.g. Secretary General
settings-place = Place of signature
settings-place-placeholder = e.g. Bruxelles
# $place: the place as typed ("…" while empty); the date is an example of how letters print it.
settings-place-hint = Printed before the date: "{ $place }, 5 March 2027".
settings-place-hint-read = Printed before the date: "{ $place }, 5 March 2027". Read from the postal address; saved as you see it.
settings-language = Default language of award letters
# The same setting, named in the list of what someone else changed meanwhile.
settings-language-short = Default language
settings-logo = Logo
settings-logo-alt = The network's logo
settings-logo-none = No logo
settings-logo-choose = Choose logo…
settings-logo-remove = Remove logo
settings-logo-hint = A PNG or JPEG file of at most 2 MB. The app keeps its own copy.
settings-logo-updated = Logo updated
settings-logo-removed = Logo removed
settings-save = Save settings
settings-save-title = Save (Ctrl+S)
settings-saved = Settings saved
settings-unsaved = Unsaved changes
settings-loading = Loading the settings…

## Team: who works at this desk

settings-team-title = Team
settings-team-loading = Loading this desk…
settings-team-intro = Every change made in Mobility Desk is kept in this desk's log with the name of the person who made it, and shown in the History of each hub, application, grant and cycle.
settings-team-person = Who works at this desk
settings-team-name = Your name
settings-team-name-missing = Give your name: it is written on every change you make.
settings-team-initials = Initials
settings-team-initials-hint = From your name if left empty.
settings-team-email = E-mail (optional)
settings-team-save = Save
settings-team-person-saved = Changes made at this desk are now named after { $person }

## Team: sharing with the team

settings-team-sharing = Sharing with the team
settings-team-solo = This desk works on its own. To work as a team, share its data through a folder the team already syncs (Nextcloud, Syncthing, OneDrive, Dropbox or a USB stick): everything put there is encrypted, and each desk keeps working offline. A new desk with an empty data folder joins the team instead.
settings-team-share = Share through a folder…
settings-team-shared = This desk now shares its data through the folder
settings-team-join = Join a team…
settings-team-join-asked = Asked to join the team
# $folder: the shared folder; $fingerprint: this desk's key fingerprint (both shown in a code font).
settings-team-pending = This desk has asked to join the team in { $folder }. On a desk of the team, open Settings → Team and approve it after checking that its fingerprint is { $fingerprint }.
settings-team-check-again = Check again
# $done, $total: megabytes read so far and in all.
settings-team-join-reading = Step 1 of 3: reading the team's data ({ $done } MB of { $total } MB)…
settings-team-join-writing = Step 2 of 3: writing it into this desk's data file…
settings-team-join-applying = Step 3 of 3: applying the changes made since: { $done } of { $total }…
# $report: what the first sync did.
settings-team-joined = This desk has joined the team: { $report }
settings-team-folder = Shared through { $folder }.
settings-team-no-folder = no folder yet
settings-team-desks-caption = The desks of the team
settings-team-column-desk = Desk
settings-team-column-person = Person
settings-team-column-changes = Changes here
settings-team-column-synced = Last synced
settings-team-column-remove = Remove
settings-team-desk-own = { $number } (this desk)
settings-team-desk-removed = { $person } (removed)
# A desk whose person has no name yet, by its key.
settings-team-desk-unnamed = desk { $desk }
settings-team-remove = Remove…
settings-team-remove-label = Remove the desk of { $person } from the team
settings-team-remove-label-unnamed = Remove the desk of desk { $number } from the team
settings-team-remove-title = Remove this desk from the team?
settings-team-remove-message =
    From now on, every change { $person } makes is refused by the team, and the team's data gets a new key that desk is not given, so it cannot read what is shared from now on. The { $count ->
        [one] { $count } change
       *[other] { $count } changes
    } of that desk already here stay. This cannot be undone: to work with the team again, that desk has to ask to join anew.
settings-team-remove-message-unnamed =
    From now on, every change that desk makes is refused by the team, and the team's data gets a new key that desk is not given, so it cannot read what is shared from now on. The { $count ->
        [one] { $count } change
       *[other] { $count } changes
    } of that desk already here stay. This cannot be undone: to work with the team again, that desk has to ask to join anew.
settings-team-remove-confirm = Remove the desk
settings-team-removed = { $person } is no longer a desk of the team
settings-team-removed-unnamed = Desk { $number } is no longer a desk of the team
settings-team-requests = Desks asking to join
# $person: who works at the desk (in bold); $fingerprint: its key fingerprint (in a code font).
settings-team-request = { $person } asks to join (fingerprint { $fingerprint }).
settings-team-request-unnamed = A desk
settings-team-approve = Approve…
settings-team-approve-title = Approve this desk?
settings-team-approve-message = { $person } will read and change all of the team's data. Approve only if the fingerprint its own window shows is { $fingerprint }.
settings-team-approve-message-unnamed = This desk will read and change all of the team's data. Approve only if the fingerprint its own window shows is { $fingerprint }.
settings-team-approve-confirm = Approve
settings-team-approved = { $person } is now a desk of the team
settings-team-approved-unnamed = The desk is now a desk of the team
settings-team-outgoing-none = Everything made here has gone out.
settings-team-outgoing =
    { $count ->
        [one] { $count } change waits to go out.
       *[other] { $count } changes wait to go out.
    }
# $reasons: why, as the core says it.
settings-team-waiting = Waiting: { $reasons }.
settings-team-clashes =
    { $count ->
        [one] { $count } clash to decide.
       *[other] { $count } clashes to decide.
    }
settings-team-inbox = To decide
settings-team-inbox-hint = These were changed on two desks that had not yet seen each other's change. Nothing was merged: choose the version to keep. Your decision goes to every desk.
settings-team-clash-unnamed = Unnamed
settings-team-keep-version = Keep { $person }'s version…
settings-team-keep-version-unnamed = Keep this version…
settings-team-keep-standing = Keep it as it stands…
settings-team-decide-title = Decide this clash?
# $title: what was changed on two desks.
settings-team-decide-version = { $title }: { $person }'s version is put back where it differs, for every desk.
settings-team-decide-version-unnamed = { $title }: this desk's version is put back where it differs, for every desk.
settings-team-decide-standing = { $title }: it stays as it stands now, for every desk.
settings-team-decide = Decide
settings-team-decided = Decided: { $title }
settings-team-sync = Sync now
# $reason: why, as the core says it.
settings-team-offline = Working offline: { $reason }

## Team: what a sync did (the parts are joined with " · ")

settings-team-sync-from =
    { $count ->
        [one] { $count } change
       *[other] { $count } changes
    } from { $person }
settings-team-sync-sent =
    { $count ->
        [one] { $count } change sent
       *[other] { $count } changes sent
    }
settings-team-sync-nothing = Nothing new
settings-team-sync-clashes = { $count } to decide in the inbox
settings-team-sync-undone =
    { $count ->
        [one] { $count } change of a removed desk undone (it was written after its removal)
       *[other] { $count } changes of a removed desk undone (they were written after its removal)
    }
# $reason: why the first was refused, as the core says it.
settings-team-sync-refused =
    { $count ->
        [one] { $count } change refused ({ $person }'s, { $reason })
       *[other] { $count } changes refused ({ $person }'s, { $reason })
    }
settings-team-sync-clock =
    the clock of { $person }'s desk is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ahead: ask them to set it right

## Team: this desk and the audit trail

settings-team-this-desk = This desk
settings-team-fingerprint = Key fingerprint
settings-team-entries = Changes in its log
# $date: the day of the oldest change kept.
settings-team-entries-since = { $count }, since { $date }
settings-team-audit = Audit trail
settings-team-audit-hint = Each change is sealed with this desk's key and chained to the one before, so a changed, missing or reordered change is found.
settings-team-audit-verify = Check the audit trail
settings-team-audit-export-xlsx = Export as Excel…
settings-team-audit-export-csv = Export as CSV…
settings-team-audit-empty = No change has been recorded yet.
settings-team-audit-ok =
    Every change checks: { $count ->
        [one] { $count } change
       *[other] { $count } changes
    }, none altered, none missing.
settings-team-audit-redacted = { $count ->
        [one] 1 change had values erased
       *[other] { $count } changes had values erased
    } (an erasure of personal data): each is checked by the seal it was made with.
settings-team-audit-broken = The audit trail does not check:
# $problem: what is wrong, as the core says it.
settings-team-audit-problem = Desk { $desk } ({ $person }): { $problem }
settings-team-audit-unnamed = unnamed
settings-team-audit-saved =
    Audit trail saved: { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    } from { $entries ->
        [one] { $entries } change
       *[other] { $entries } changes
    }

## Backups

settings-backups-title = Backups
settings-backups-loading = Loading the backups…
# $folder: where the backups are kept (shown in a code font).
settings-backups-intro = A copy of the data file is taken once a day when the app starts (if anything changed), before every upgrade, and whenever you ask. They are kept in { $folder }.
settings-backups-keep-last = Newest backups kept
settings-backups-monthly = Besides those, one a month for (months)
settings-backups-whole-number = Enter a whole number.
settings-backups-whole-number-monthly = Enter a whole number (0 keeps none by month).
settings-backups-save-policy = Save policy
settings-backups-policy-saved = Backup policy saved
settings-backups-now = Back up now
settings-backups-taken-toast = Backup taken
settings-backups-read-only = The data file is read-only: no backup can be taken or restored over it.
settings-backups-empty = No backups yet. Back up now to take the first one.
settings-backups-caption = Backups of the data file, newest first
settings-backups-column-taken = Taken
settings-backups-column-size = Size
settings-backups-column-file = File
settings-backups-column-restore = Restore
settings-backups-size-kb = { $size } KB
settings-backups-size-mb = { $size } MB
# $taken: when the backup was taken, as the core writes it.
settings-backups-restore-label = Restore the backup of { $taken }
settings-backups-restore = Restore…
settings-backups-confirm-title = Restore this backup?
settings-backups-confirm-message = The data file goes back to how it was on { $taken }: changes made since are no longer shown. The current file is not deleted: it is kept in { $folder }/set-aside.
settings-backups-confirm = Restore
settings-backups-restored = Restored the backup of { $taken }

## Protection

settings-protection-title = Protection
settings-protection-on-state = The data file and its backups are encrypted with a passphrase.
settings-protection-on-state-more = Mobility Desk asks for it each time it starts; without it, a lost laptop or a copied file shows nothing.
settings-protection-off-state = The data file is not protected.
settings-protection-off-state-more = Anyone who has this laptop, or a copy of the file or its backups, can read the network's data: contacts, payments, participants' stories.
settings-protection-read-only = The data file is read-only: its protection cannot be changed.
settings-protection-on-start = Protect with a passphrase…
settings-protection-change-start = Change the passphrase…
settings-protection-off-start = Remove the protection…
settings-protection-on = Protect the data file
settings-protection-change = Change the passphrase
settings-protection-off = Remove the protection
settings-protection-choose-hint = Choose a passphrase of a few words (at least 10 characters) and keep it in a password manager. Nobody can open the data without it, not even with help: a lost passphrase means lost data (restoring a backup needs it too).
settings-protection-off-hint = The data file and its backups are written back in plain form, readable without a passphrase.
settings-protection-current = Current passphrase
settings-protection-new = New passphrase
settings-protection-passphrase = Passphrase
settings-protection-repeat = The same again
settings-protection-cancel = Cancel
settings-protection-converting = Converting the data file and its backups…
settings-protection-on-done = The data file is now protected
settings-protection-change-done = The passphrase was changed
settings-protection-off-done = The protection was removed
settings-protection-on-done-backups =
    The data file is now protected, with { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    }
settings-protection-change-done-backups =
    The passphrase was changed, with { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    }
settings-protection-off-done-backups =
    The protection was removed, with { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    }
# $files: the backups left as they were, by name.
settings-protection-left =
    { $count ->
        [one] One backup was left as it was
       *[other] { $count } backups were left as they were
    } (protected by an earlier passphrase, or unreadable): { $files }.

## Your language (this desk's person)
settings-language-title = Your language
settings-language-label = Language of the window
settings-language-system = As the system ({ $language })
settings-language-hint = The window is in { $language }. This is your choice on this desk; the letters' language is set below for the network.
settings-language-read-only = The data file is read-only: the window follows the system's language.

# The network's own bank account (AccountPanel).
settings-account-title = The network's bank account
settings-account-intro = The account grants are paid from. Bank transfer files name it as the payer.
settings-account-network = the network
settings-account-none = No account given yet: bank transfer files cannot be written until it is.

# Data protection (PrivacyPanel).
settings-privacy-title = Data protection
settings-privacy-intro = The personal data this data file holds, why, and under which rule it is kept; and, for a person who asks, everything held about them.
settings-privacy-register = What is held
settings-privacy-col-what = What
settings-privacy-col-where = Where (table: columns)
settings-privacy-col-why = Why
settings-privacy-col-kept = Kept
settings-privacy-kind-hub-contact = Contact person of a hub
settings-privacy-kind-applicant = Person named on an application
settings-privacy-kind-reviewer = Reviewer
settings-privacy-kind-review-score = Scores given as a reviewer
settings-privacy-kind-story-author = Story
settings-privacy-kind-story-photo = Photo of a story
settings-privacy-kind-account-holder = Bank account holder
settings-privacy-kind-mail-recipient = Recipient of an e-mail
settings-privacy-kind-award-letter = Issued award letter
settings-privacy-kind-desk-person = Person working at a desk
settings-privacy-purpose-contact = To reach the hub about its membership and programmes
settings-privacy-purpose-selection = To assess and select applications and award grants
settings-privacy-purpose-payment = To pay grants and account for them
settings-privacy-purpose-publication = To publish the participants' stories, with their consent
settings-privacy-purpose-correspondence = To send the e-mails of a cycle
settings-privacy-purpose-accountability = To know who made each change
settings-privacy-retention-contact-details = As contact details: while the hub is a member, then for a period after its last cycle
settings-privacy-retention-applications = With the applications: for a period after their cycle is closed
settings-privacy-retention-stories = With the stories: for a period after their publication
settings-privacy-retention-financial = As a financial record: as long as accounting law requires
settings-privacy-retention-audit = With the audit trail: as long as the records it accounts for
settings-privacy-person = What is held on a person
settings-privacy-person-hint = Search by name or e-mail, then save everything held about the person: a JSON file another system can read, and a PDF beside it to send them.
settings-privacy-search-label = Name or e-mail
settings-privacy-search-placeholder = Name or e-mail
settings-privacy-find = Find
settings-privacy-nobody = Nobody of that name or e-mail is in the data file.
settings-privacy-export = Save what is held…
settings-privacy-written = { $count ->
        [one] 1 record
       *[other] { $count } records
    } written to { $json } and { $pdf }.
settings-privacy-years = { $years ->
        [one] 1 year
       *[other] { $years } years
    }
settings-privacy-years-unit = years
settings-privacy-periods = How long
settings-privacy-periods-hint = The years each kind of personal data is kept after the event its rule counts from (a hub's last cycle, a cycle's close, a story's publication, a grant's last payment). Accounting law sets the least for financial records in your country.
settings-privacy-periods-save = Save the periods
settings-privacy-periods-saved = Retention periods saved.
settings-privacy-erase = Erase…
settings-privacy-erasures = Erasures made
settings-privacy-erasures-none = No one has been erased.
settings-privacy-erasure-line = { $at } by { $actor }: { $what }
settings-privacy-erased = { $person } erased: { $count ->
        [one] 1 record
       *[other] { $count } records
    }.
settings-erase-title = Erase { $person }?
settings-erase-intro = This cannot be undone. Their data leaves this data file, the history of changes, the backups and, as each desk syncs, the whole team.
settings-erase-emptied = Their details are removed from
settings-erase-renamed = Their name is replaced by a number on
settings-erase-deleted = Deleted
settings-erase-stays = What stays
settings-erase-stays-accounts = Grants, payments, award letters' references and amounts, for the accounts.
settings-erase-stays-unpaid = { $count ->
        [one] 1 instalment of their grants is not paid yet
       *[other] { $count } instalments of their grants are not paid yet
    } ({ $amount }): they stay, to be paid.
settings-erase-stays-unpaid-account = Their own bank details go: enter the account to pay before a bank transfer file can include them.
settings-erase-stays-letters = { $count ->
        [one] 1 issued award letter names them
       *[other] { $count } issued award letters name them
    }: kept, with the PDF, as financial records until the end of { $year }.
settings-erase-stays-desk = They work at a desk of the team: the desk and the changes it made keep their name.
settings-erase-after = The erasure itself is recorded: when, by whom and how many records, never whom.
settings-erase-backups = { $count ->
        [one] The backup taken before holds their data: it is replaced by one taken just after.
       *[other] The { $count } backups taken before hold their data: they are replaced by one taken just after.
    }
settings-erase-confirm = Erase
settings-privacy-erasure-line-nobody = { $at }: { $what }
settings-privacy-erasure-past-by = { $at }, past its period, by { $actor }: { $what }
settings-privacy-erasure-past = { $at }, past its period: { $what }
settings-past-title = Past its period
settings-past-hint = What each rule above says is past its period today: erased in one step, the way a person's erasure is, once you have seen what goes and what stays.
settings-past-check = See what is past its period
settings-past-erase = Erase what is past its period…
settings-past-none = Nothing is past its period today ({ $today }).
settings-past-rule = { $rule }: { $count ->
        [one] 1 record
       *[other] { $count } records
    } from before { $before }
settings-past-confirm-title = Erase what is past its period?
settings-past-erased = { $count ->
        [one] 1 record past its period erased.
       *[other] { $count } records past their period erased.
    }
