# The Letters tab and its dialogs: what the window says about the award letters (the letters
# themselves are written by the core, in crates/core/locales).

# $items: the settings still missing, as a list ("the signatory's name and the network's address").
letters-missing-settings = Before letters can be issued, fill in under Settings: { $items }.
letters-summary = { $issued } issued · { $toIssue } to issue · { $outdated ->
    [one] { $outdated } needs
   *[other] { $outdated } need
} a new version

letters-status-to-issue = To issue
letters-status-issued = Issued
letters-status-outdated = New version due
letters-status-none = No letter
# $date: the day the letter was issued.
letters-status-issued-on = Issued { $date }

letters-kilobytes = { $kb } KB
letters-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
letters-issued-on = Issued { $reference } on { $date }

## A whole cycle's letters at once

letters-batch-cancelled = Cancelled. { $issued ->
    [one] { $issued } letter issued
   *[other] { $issued } letters issued
} before stopping; every file written is complete.
letters-batch-done = { $issued } letter(s) issued, { $reprinted } already issued. { $files ->
    [one] { $files } file written
   *[other] { $files } files written
}.
# $where: the folder the letters were written into, or the file of them all.
letters-batch-done-to = { $issued } letter(s) issued, { $reprinted } already issued. { $files ->
    [one] { $files } file written
   *[other] { $files } files written
} to { $where }.
letters-batch-progress = { $done } of { $total } steps
letters-batch-starting = Starting…
letters-batch-title = Issuing letters
letters-batch-mode-folder = One PDF per letter, into the folder chosen.
letters-batch-mode-combined = Every letter in one PDF, to print.
letters-batch-cancelling = Cancelling…
letters-batch-cancel = Cancel
letters-batch-close = Close

## The Letters tab

letters-loading = Loading the letters…
letters-fill-settings-first = Fill in the missing settings first
letters-no-awarded-grant = No awarded grant yet: award the drafts on the Grants tab first
letters-print = Print…
letters-print-title = Open letter { $reference } in your PDF viewer, to print it
letters-save-as = Save as…
letters-save-title = Save letter { $reference } as a PDF file
letters-opened = Opened { $file } in your PDF viewer
letters-saved-to = Saved to { $path }
letters-batch-folder = Issue all to a folder…
letters-batch-folder-title = Issue the letters due, then write the letter of every awarded grant into a folder, one PDF each
letters-batch-combined = Issue all in one PDF…
letters-batch-combined-title = Issue the letters due, then set the letter of every awarded grant into one PDF, to print
letters-open-settings = Open Settings
letters-bar-label = Letters
letters-bar-hint = Each award letter is numbered on issue and kept exactly as issued.
letters-empty-title = No grants in this cycle yet
letters-empty-text = Select applications and award their grants; their letters are issued here.
letters-column-recipient = Recipient
letters-column-role = Role
letters-column-grant = Grant
letters-column-letter = Letter
letters-column-status = Status
letters-table-title = Award letters
# The earlier versions of a grant's letter, after its last one's reference.
letters-row-earlier = (+{ $count } earlier)
letters-row-preview = Preview…

## One letter's preview

letters-preview-opened = Preview opened in your PDF viewer
letters-preview-issued = Letter { $reference } issued
letters-preview-title = Award letter to { $applicant }
letters-preview-language = Language
letters-preview-language-issued = The language the letter was issued in
# Followed by the reference, in bold.
letters-preview-reference = Reference on issue:
letters-preview-setting = Setting the letter…
letters-preview-archived = The letter is kept exactly as it was issued: Print… and Save as… give that very file. A new version is due only once the grant is amended.
letters-preview-open = Open as PDF
letters-preview-close = Close
letters-preview-settle-first = Settle what is listed above first
letters-preview-issue = Issue letter
letters-issue-confirm-title = Issue letter { $reference }?
letters-issue-confirm-message = The letter gets its number for good and the grant stays frozen as it is (a draft grant is awarded first). To change it later, amend the grant and issue a new version.
letters-issue-confirm-label = Issue
letters-preview-paper = The letter, as it will be printed
