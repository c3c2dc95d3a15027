# What the core says about the data file, validation in general and the desk.

said-fields-need-attention = { $count } fields need attention: { $fields }

## The person at the desk and the window's language
said-person-name-missing = Give your name: it is written on every change you make.
said-person-name-long = A name of at most { $most } characters, please.
said-person-initials = Initials are up to four letters, without spaces (e.g. MK).
said-person-read-only = The data file is read-only: who works at this desk cannot be saved.
said-email-not-an-address = This is not an e-mail address (name@example.org).
said-language-code-bad = '{ $code }' is not a language code (e.g. en, fr).
said-language-read-only = The data file is read-only: the language cannot be saved in it.

## Amounts
said-money-not-an-amount = '{ $text }' is not an amount in euros (e.g. 1175 or 1,175.50).

## The database
said-platform-not-a-database = The data file is not an SQLite database.
said-platform-damaged-page = The data file is damaged: SQLite found a page it cannot read. Close the app and open it again to check the file and restore a backup.
said-platform-read-only = The data file is open read-only, so this change cannot be saved. Make the file writable (or copy it to a folder you can write to) and open it again.
said-platform-busy = The data file stayed busy for { $seconds } seconds: another Mobility Desk (the window or a command) is writing to it. Nothing was changed; try again when it has finished.
# $error: the database's own words (in English).
said-platform-database-error = Database error: { $error }
said-platform-upgrade-failed = Could not upgrade the data file: { $error }
said-platform-wal-refused = The data file could not switch to WAL mode (got { $mode }).

## Opening the data file ($path: the file)
said-platform-file-empty = { $path } is an empty file, not a Mobility Desk data file. It was left untouched: move it away to start a new data file there, or choose another data folder.
said-platform-file-not-opened = Could not open { $path }: { $error }
said-platform-file-not-read = Could not read { $path }: { $error }
said-platform-file-not-sqlite = { $path } is not a Mobility Desk data file (it is not an SQLite database). It was left untouched.
said-platform-file-of-another-program = { $path } is an SQLite database of another program, not a Mobility Desk data file. It was left untouched.
said-platform-file-with-foreign-tables = { $path } holds tables of another program, not a Mobility Desk data file. It was left untouched.
said-platform-file-with-foreign-version = { $path } is an SQLite file of another program (it has a data version but none of our tables), not a Mobility Desk data file. It was left untouched.
said-platform-file-newer = { $path } was written by a newer version of Mobility Desk (data version { $version }; this version reads up to { $latest }). Install the newer version to open it. The file was left untouched.
said-platform-read-only-older = { $path } is read-only and was written by an earlier version of Mobility Desk (data version { $version }), which this version must upgrade before reading it. Copy it to a folder you can write to, or make it writable, and open it again. The file was left untouched.
# $why: what SQLite said (in English).
said-platform-upgrade-mismatch = { $path } could not be upgraded from data version { $from } to { $to }: its tables do not match the data version it states ({ $why }). Nothing was changed.
said-platform-upgrade-not-run = { $path } could not be upgraded from data version { $from } to { $to }: its tables do not match the data version it states (the upgrade could not run). Nothing was changed.

## A damaged data file ($check: what SQLite's check found, in English; $backup: the newest backup's name, in $folder, taken at $taken)
said-platform-damaged-with-backup = { $path } is damaged. Nothing was written into it. The newest backup is { $backup } ({ $folder }), taken { $taken }: restoring it puts it in place and keeps the damaged file aside (in the window: Restore from backup; on the command line: restore --newest).
said-platform-damaged-check-with-backup = { $path } is damaged (SQLite's check says: { $check }). Nothing was written into it. The newest backup is { $backup } ({ $folder }), taken { $taken }: restoring it puts it in place and keeps the damaged file aside (in the window: Restore from backup; on the command line: restore --newest).
said-platform-damaged-no-backup = { $path } is damaged. Nothing was written into it. There is no backup in { $folder }: keep the file and ask for help to repair it.
said-platform-damaged-check-no-backup = { $path } is damaged (SQLite's check says: { $check }). Nothing was written into it. There is no backup in { $folder }: keep the file and ask for help to repair it.

## Files the app writes ($error: the system's words)
said-platform-folder-not-created = Could not create the folder { $path }: { $error }
said-platform-folder-missing = The folder { $path } does not exist.
said-platform-file-not-private = Could not restrict who can read { $path }: { $error }
said-platform-file-not-written = { $path } cannot be written: { $error }
said-platform-file-not-locked = Could not lock { $path }: { $error }
said-platform-file-not-moved-aside = { $path } could not be moved aside: { $error }
said-platform-in-use-restore = { $path } is in use by Mobility Desk (the window, or a command still running). Close it first, then restore.
said-platform-csv-not-written = Could not write the CSV: { $error }

## Backups
said-platform-backups-keep-last = Keep between 1 and 1,000 of the newest backups.
said-platform-backups-monthly = Keep one backup a month for at most 120 months (ten years).
said-platform-backups-in-memory = This data store is held in memory: it has no file to back up.
said-platform-backup-not-written-in = The backup could not be written in { $folder }: { $error }
said-platform-backup-not-written = The backup could not be written: { $error }
said-platform-backup-unknown = There is no backup named '{ $name }' in { $folder }.
said-platform-backup-needs-passphrase = The backup { $name } is protected by a passphrase (it was taken while the data file was protected): give the passphrase to restore it.
said-platform-backup-other-passphrase = The backup { $path } is protected by another passphrase than the one given (an earlier one?): it cannot be restored with it.
said-platform-backup-unopenable = The backup { $path } cannot be restored: it cannot be opened. Choose another backup.
said-platform-backup-damaged = The backup { $path } cannot be restored: it is damaged. Choose another backup.
said-platform-backup-unreadable = The backup { $path } cannot be restored: it cannot be read. Choose another backup.
said-platform-backup-foreign = The backup { $path } cannot be restored: it is not a Mobility Desk data file. Choose another backup.
said-platform-backup-newer = The backup { $path } cannot be restored: it was written by a newer version of Mobility Desk. Choose another backup.
said-platform-backup-not-copied-into = The backup could not be copied into { $folder }: { $error }
said-platform-backup-not-copied = The backup could not be copied: { $error }
said-platform-backup-not-placed = The backup could not be put in place at { $path }: { $error }

## The passphrase (protection at rest)
said-platform-passphrase-needed = { $path } is protected by a passphrase. Type the passphrase to open it.
said-platform-passphrase-does-not-open = The passphrase does not open { $path }. Check it (letters, capitals, spaces) and try again.
said-platform-passphrase-current-missing = Type the data file's passphrase.
said-platform-passphrase-current-wrong = This is not the data file's passphrase.
said-platform-passphrase-new-missing = Type a passphrase to protect the data file with.
said-platform-passphrase-short = A passphrase has at least { $least } characters; a few words are easier to remember than symbols.
said-platform-passphrase-spaces = A passphrase does not begin or end with a space (it would be easy to mistype).
said-platform-passphrase-unchanged = This is the passphrase the file has already.
said-platform-passphrase-repeat-differs = The two passphrases differ: type the same one twice.
said-platform-in-use-protection = { $path } is in use by Mobility Desk (the window, or a command still running). Close it first, then change its protection.
# $why: the error met (in English).
said-platform-not-converted = { $path } could not be converted: { $why }
said-platform-converted-copy-not-made = Could not write a converted copy of { $path } in { $folder }: { $error }
said-platform-converted-copy-not-written = The converted copy could not be written: { $error }
said-platform-converted-copy-not-placed = The converted copy could not be put in place at { $path }: { $error }
said-platform-converted-copy-differs = the converted copy does not read back the same; nothing was changed
said-platform-unwritten-changes = { $path } still has changes in { $wal } that are not written into it. Open it in Mobility Desk and close it again, then try again.
said-platform-path-not-for-sqlite = { $path } is not a path SQLite can open.

## Dates typed in a form
said-platform-date-bad = '{ $text }' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.

## A save over someone else's (the record changed since the form was read)
# A field's value now.
said-platform-changed-now-empty = Changed since you opened the form; saved now: (empty).
said-platform-changed-now-yes = Changed since you opened the form; saved now: yes.
said-platform-changed-now-no = Changed since you opened the form; saved now: no.
said-platform-changed-now-amount = Changed since you opened the form; saved now: { MONEY($amount) }.
said-platform-changed-now-text = Changed since you opened the form; saved now: “{ $text }”.
said-platform-changed-now-value = Changed since you opened the form; saved now: { $value }.
# The record: $record is its table, $name its name; $who saved it at $at (e.g. 2026-12-05 16:06:38 UTC); $fields: the labels of the fields changed.
said-platform-record-stale-fields =
    { $record ->
        [settings] The network's settings
        [applications] { $name }'s application
        [stories] The story “{ $name }”
        [bank_accounts] The bank details of { $name }
       *[other] { $name }
    }: { $who } saved a change at { $at } after you opened the form ({ $fields }). Your changes are not saved yet: reload to see the saved version (what you typed stays shown), or save yours over it.
said-platform-record-stale-fields-someone =
    { $record ->
        [settings] The network's settings
        [applications] { $name }'s application
        [stories] The story “{ $name }”
        [bank_accounts] The bank details of { $name }
       *[other] { $name }
    }: someone saved a change at { $at } after you opened the form ({ $fields }). Your changes are not saved yet: reload to see the saved version (what you typed stays shown), or save yours over it.
said-platform-record-stale =
    { $record ->
        [settings] The network's settings
        [applications] { $name }'s application
        [stories] The story “{ $name }”
        [bank_accounts] The bank details of { $name }
       *[other] { $name }
    }: { $who } saved a change at { $at } after you opened the form. Your changes are not saved yet: reload to see the saved version (what you typed stays shown), or save yours over it.
said-platform-record-stale-someone =
    { $record ->
        [settings] The network's settings
        [applications] { $name }'s application
        [stories] The story “{ $name }”
        [bank_accounts] The bank details of { $name }
       *[other] { $name }
    }: someone saved a change at { $at } after you opened the form. Your changes are not saved yet: reload to see the saved version (what you typed stays shown), or save yours over it.
# Settings edited in one dialog: $what is their kind, $name the cycle (the hub, for a grant's inputs).
said-platform-settings-stale =
    { $what ->
        [selection] The selection criteria and rules of { $name }
        [vote] The vote settings of { $name }
        [emissions] The emission factors of { $name }
        [pairing] The matching weights of { $name }
        [grant_inputs] The inputs of { $name }'s grant
       *[other] The inputs of { $name }
    }: { $who } saved a change at { $at } after you opened them. Your changes are not saved yet: reload to see the saved version (what you typed stays shown), or save yours over it.
said-platform-settings-stale-someone =
    { $what ->
        [selection] The selection criteria and rules of { $name }
        [vote] The vote settings of { $name }
        [emissions] The emission factors of { $name }
        [pairing] The matching weights of { $name }
        [grant_inputs] The inputs of { $name }'s grant
       *[other] The inputs of { $name }
    }: someone saved a change at { $at } after you opened them. Your changes are not saved yet: reload to see the saved version (what you typed stays shown), or save yours over it.
# $subject names what was saved (e.g. "The rules of Workshops 2027").
said-platform-stale = { $subject }: { $who } saved a change at { $at } after you opened them. Your changes are not saved yet: reload to see the saved version (what you typed stays shown), or save yours over it.
said-platform-stale-someone = { $subject }: someone saved a change at { $at } after you opened them. Your changes are not saved yet: reload to see the saved version (what you typed stays shown), or save yours over it.

## Dates written in full (the DATE function of these files)
said-date = { $day } { $month } { $year }
said-month-1 = January
said-month-2 = February
said-month-3 = March
said-month-4 = April
said-month-5 = May
said-month-6 = June
said-month-7 = July
said-month-8 = August
said-month-9 = September
said-month-10 = October
said-month-11 = November
said-month-12 = December

## Phrases joined into one ($first, $second: each a phrase of its own)
said-platform-join-comma = { $first }, { $second }
said-platform-join-space = { $first } { $second }
said-platform-join-and = { $first } and { $second }
