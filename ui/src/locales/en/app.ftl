# The window's frame: start-up, the data file, the sidebar, zoom and language.

app-name = Mobility Desk
app-zoom = Zoom { $percent } %

## Start-up

app-starting = Opening the data file…
app-data-busy = Waiting for another Mobility Desk (a window or the command line) to finish writing to the data file…
# A desk of the team synced: what came in from one person (joined with " · ").
app-synced-from =
    { $count ->
        [one] { $count } change from { $who }
       *[other] { $count } changes from { $who }
    }
app-data-file = Data file
app-data-folder = Data folder

## The data file protected by a passphrase

app-unlock-title = The data file is protected
app-unlock-intro = Type the passphrase that protects this network's data to open it.
app-unlock-passphrase = Passphrase
app-unlock-open = Open
app-unlock-opening = Opening…
app-unlock-empty = Type the passphrase.
app-unlock-warning = Nobody can open the file without its passphrase. If it is lost, the data can only come back from a copy kept elsewhere without protection.

## The data file cannot be opened

app-open-error-title = Mobility Desk cannot open its data file
app-open-error-untouched = The file has been left untouched.
# $taken: when the newest backup was taken (a date and time).
app-open-error-damaged-backup = Restore the newest backup to carry on from { $taken }; the damaged file is kept aside, not deleted.
app-open-error-damaged = There is no backup to restore: keep the file as it is and ask for help to repair it.
app-open-error-newer = Open it with the newer version of Mobility Desk that wrote it, or ask whoever set up this computer.
app-open-error-not-database = To start a fresh registry, close the app and move the file out of the data folder; to go back to earlier work, put a backup of the file in its place.
app-open-error-other = Close the app and start it again; if this message returns, keep the file and ask for help.
app-open-error-restore = Restore from backup…
app-restore-title = Restore the newest backup?
# $taken: when the backup was taken; $name: the backup file's name.
app-restore-message = The data file goes back to how it was on { $taken } ({ $name }). The damaged file is moved to the set-aside folder inside backups, not deleted.
app-restore-confirm = Restore

## Notices over the screens

app-read-only-title = Read-only.
app-read-only-text = This data file cannot be changed (its permissions forbid writing), so nothing you do is saved. To work in it, make the file writable or copy it to a folder you can write to, then restart the app.
app-person-missing-title = Who is working at this desk?
app-person-missing-text = Give your name so that every change you make is named after you.
app-person-missing-give = Give your name
app-person-missing-later = Later

## The sidebar: the screens' names

app-sidebar-label = Main
app-screen-hubs = Hubs
app-screen-cycles = Cycles
app-screen-applications = Applications
app-screen-pairing = Pairing
app-screen-grants = Grants
app-screen-letters = Letters
app-screen-votes = Votes
app-screen-outbox = Outbox
app-screen-settings = Settings
app-sidebar-later = Coming in a later version
app-sidebar-clashes-title = Changes made on two desks to decide in Settings → Team
# Read out after the number on the Settings badge.
app-sidebar-clashes =
    { $count ->
        [one] clash to decide
       *[other] clashes to decide
    }
app-version = Mobility Desk { $version }

## Calls to the shell

app-error-unknown = Something went wrong.

## Keyboard
app-skip-to-content = Skip to the screen's content
# A screen's code could not be read (a damaged installation).
app-screen-unread = This screen could not be opened. Close Mobility Desk and start it again; if it happens again, reinstall it.
# The program stopped on an error of its own last time (shown once, at the next start).
app-crash-title = Mobility Desk stopped unexpectedly on { $at }.
app-crash-text = Everything saved before then is kept; a change that was being saved at that moment was not made, and may need doing again.
app-crash-what = For whoever helps you: version { $version }, { $what }
app-crash-read = I have read this
