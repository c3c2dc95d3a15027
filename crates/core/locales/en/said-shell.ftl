# The desktop shell's own words: the application menu, native dialogs.

## The application menu
said-shell-about = Mobility programmes of a cultural network: member hubs, cycles, pairing, grants and award letters.
said-shell-credits = Places from GeoNames (CC BY 4.0).
said-shell-menu-file = File
said-shell-menu-new-hub = New Hub
said-shell-menu-import-hubs = Import Hubs from CSV…
said-shell-menu-export-hubs = Export Hubs to CSV…
said-shell-menu-quit = Quit
said-shell-menu-edit = Edit
said-shell-menu-undo = Undo
said-shell-menu-redo = Redo
said-shell-menu-cut = Cut
said-shell-menu-copy = Copy
said-shell-menu-paste = Paste
said-shell-menu-select-all = Select All
said-shell-menu-find-hubs = Find Hubs
said-shell-menu-view = View
said-shell-menu-hubs = Hubs
said-shell-menu-settings = Settings
said-shell-menu-zoom-in = Zoom In
said-shell-menu-zoom-out = Zoom Out
said-shell-menu-zoom-reset = Actual Size
said-shell-menu-help = Help
said-shell-menu-about = About Mobility Desk

## Native dialogs: titles
said-shell-dialog-import-hubs = Import member hubs
said-shell-dialog-export-hubs = Export member hubs
said-shell-dialog-choose-logo = Choose the network's logo
said-shell-dialog-import-applications = Import applications from a form export
said-shell-dialog-save-reviewer-sheet = Save the reviewer's sheet
said-shell-dialog-import-reviewer-sheet = Import a reviewer's sheet
said-shell-dialog-export-finance = Export the cycle's payments for finance
said-shell-dialog-privacy-export = Save what is held on the person (JSON, and a PDF beside it)
said-shell-dialog-save-sepa = Save the bank transfer file
said-shell-dialog-save-letter = Save the award letter
said-shell-dialog-letters-folder = Choose the folder for the letters
said-shell-dialog-letters-combined = Save all the letters in one PDF
said-shell-dialog-story-photo = Add a photo to the story
said-shell-dialog-save-publication = Save the publication of the stories
said-shell-dialog-save-cycle-report = Save the cycle report
said-shell-dialog-import-ballots = Import ballots from a form export
said-shell-dialog-save-vote-result = Save the result of the vote
said-shell-dialog-save-eml = Save the message for a mail program
said-shell-dialog-export-audit = Export the audit trail
said-shell-dialog-team-share = Choose the folder your team syncs
said-shell-dialog-team-join = Choose the folder your team shares

## Native dialogs: the kinds of file they list
said-shell-filter-csv = CSV files
said-shell-filter-json = JSON files
said-shell-filter-sepa = Bank transfer files (XML)
said-shell-filter-pdf = PDF documents
said-shell-filter-xlsx = Excel workbooks
said-shell-filter-eml = E-mail messages
said-shell-filter-sheets = Sheets (CSV or Excel)
said-shell-filter-images = Images (PNG, JPEG)
said-shell-filter-photos = Photos (JPEG, PNG)

## Files chosen, read and opened
said-shell-file-not-local = The chosen file is not on the local disk.
said-shell-file-not-chosen = This file was not chosen in the app's file dialog: choose it again with Import CSV….
said-shell-file-unreadable = { $path } cannot be read: { $error }
said-shell-open-failed = { $path } could not be opened: { $error }. It is saved there; open it from your file manager.
said-shell-web-address-only = Only web addresses (https://...) can be opened.
said-shell-browser-failed = Could not open the browser: { $error }

## The data file and the window
said-shell-data-file-busy = Other work is still using the data file (a letter batch or an export). Wait for it to finish, then try again.
said-shell-store-unavailable = The data store is unavailable after an earlier failure. Restart the app.
said-shell-task-stopped = The task stopped: { $error }
said-shell-passphrase-missing = Type the passphrase.
said-shell-zoom-range = A zoom runs from 50 % to 300 %.
said-shell-zoom-failed = The window could not be zoomed: { $error }
said-shell-amounts-too-many = At most 10,000 amounts at once.
said-shell-desk-not-approved = Not approved yet: a desk of the team approves this one in Settings → Team (compare the fingerprint).

## Requests from the window the app could not read (a fault of the page, not of the person)
said-shell-request-malformed = The request to '{ $command }' has a malformed '{ $argument }': { $error }
said-shell-request-no-header = The request has no { $header } header.
said-shell-request-header-not-text = The request's { $header } header is not text.
said-shell-request-header-not-number = The request's { $header } header is not a number.
said-shell-request-origin-bad = The request's Origin header is not an address.
said-shell-request-not-json = The request to '{ $command }' is not valid JSON ({ $error }).
said-shell-request-content-type = The request to '{ $command }' has a content type the app does not read ({ $content_type }).
said-shell-request-window-closed = The window that sent the request is closed.

## The command line: its data folder and passphrase
said-shell-cli-no-data-folder = No data folder: pass --data-dir DIR or set MOBILITY_DESK_DATA_DIR.
said-shell-cli-locked-hint = { $message } On the command line, set { $variable } to the passphrase.
said-shell-cli-protected-already = The data file is protected already: use 'protection change' to give it another passphrase.
said-shell-cli-not-protected = The data file is not protected: use 'protection on' to protect it.
said-shell-cli-new-passphrase-missing = Set { $variable } to the new passphrase (at least { $least } characters).
said-shell-cli-no-backup = There is no backup in { $folder }.
said-shell-cli-password-unreadable = Could not read the password: { $error }

## The command line: what a command was given
said-shell-cli-report-what = Give a grant's id, or --cycle ID for the cycle report.
said-shell-cli-sepa-format = '{ $format }' is not a format of bank transfer file: write pain.001.001.09, or pain.001.001.03 for a bank that still asks for it.
said-shell-cli-letters-what = Give --cycle ID or --grant ID
said-shell-cli-grant-needs-out = --grant needs --out FILE.pdf
said-shell-cli-cycle-needs-out = --cycle needs --out DIR, --combined FILE.pdf or --list
said-shell-cli-compose-what = Give --cycle ID --kind KIND, or --reminders.
said-shell-cli-assign-what = Give --reviewer ID --application ID, or --cycle ID --each N.
said-shell-cli-keep-which = Say which version to keep (--keep DESK:ENTRY) or --as-it-stands.
said-shell-cli-audit-broken = The audit trail does not verify: see the desks above.
said-shell-cli-version-bad = '{ $text }' is not a version: give DESK:ENTRY as `conflicts list` prints it.
said-shell-cli-history-kind-unknown = '{ $kind }' has no History: give hub, application, grant, payment, letter, ballot or cycle.
said-shell-cli-phase-unknown = '{ $phase }' is not a phase: draft, call_open, selection, matching, awarded, in_progress, reporting, closed
said-shell-cli-vote-method-unknown = '{ $method }' is not a method: instant_runoff, borda or points.
said-shell-cli-yes-or-no = '{ $text }': write yes or no.
said-shell-cli-date-order-unknown = --date-order '{ $text }': write day-month or month-day
said-shell-cli-map-bad = --map '{ $pair }': write FIELD=COLUMN, e.g. hub=Organisation
said-shell-cli-score-basis-unknown = --score '{ $text }': write mean or normalised
said-shell-cli-weight-not-pair = '{ $item }' is not NAME=VALUE.
said-shell-cli-weight-value-bad = '{ $value }' is not a value for { $name }.
said-shell-cli-weight-unknown = '{ $name }' is not a weight.
said-shell-cli-no-rules-version = Cycle { $cycle } has no rules version { $version }.

## The command line: files it reads and writes
said-shell-cli-cannot-read = Cannot read { $path }: { $error }
said-shell-cli-not-json = { $path } is not JSON: { $error }
said-shell-cli-not-rule-set = { $path } is not a rule set: { $error }
said-shell-cli-not-utf8 = { $path } is not UTF-8 text.
said-shell-cli-not-pdf-name = { $path } is not a .pdf file name.
said-shell-cli-required-unmapped = No column is mapped to { $fields }: add --map FIELD=COLUMN. Nothing was imported.
said-shell-cli-import-problems = { $count } problem(s) in { $path }; nothing was imported.
said-shell-start-marks = The start's moments: at most 16, each named in 40 characters or fewer.
