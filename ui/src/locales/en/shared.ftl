# Pieces every screen uses: buttons of forms and dialogs, the question before changes are
# dropped, a record's History, the import dialogs, the notice after a stale save, the map.

## Buttons

shared-save = Save
shared-save-shortcut = Save (Ctrl+S)
shared-cancel = Cancel
shared-close = Close
shared-dismiss = Dismiss
shared-error-dismiss-label = Dismiss the error message
shared-language = Language
# Heading (read out, not shown) of a table's column of buttons.
shared-table-actions = Actions
# A row's field before its message: "From: …".
shared-row-errors-column = { $column }:
# A value the user emptied, in the list of their changes.
shared-value-empty = (empty)
shared-amount-not-read = The amount '{ $text }' was not read.

## The New button of a list screen

shared-list-new-hub = New hub
shared-list-new-cycle = New cycle
shared-list-new-application = New application
shared-list-new = New { $noun }
shared-list-new-shortcut = { $label } (Ctrl+N)

## Unsaved changes

shared-discard-title = Discard your changes?
shared-discard-message = The changes you made in this form have not been saved.
shared-discard-confirm = Discard changes
shared-discard-keep = Keep editing

## A save refused because someone saved the record meanwhile

shared-stale-reload = Reload the saved version
shared-stale-overwrite = Save mine over it
shared-stale-typed = The form now shows what is saved. Your changes, not saved yet:
shared-stale-put-back = Put back what I typed

## A record's History

shared-history-title = History of { $name }
shared-history-sub = Every change, oldest first, with who made it and on which desk.
shared-history-loading = Loading the History…
shared-history-empty = No change recorded yet. The History starts with the first change made with this version of Mobility Desk.
# Who made a change; the name is shown in bold.
shared-history-by = by { $person }
shared-history-unnamed = unnamed
shared-history-values-given = Values given
shared-history-fields-changed = Fields changed
shared-history-field = Field
shared-history-value = Value
shared-history-before = Before
shared-history-after = After
# $desk: the desk's id; $seq: the entry of that desk's log.
shared-history-desk = Desk { $desk }, change { $seq }

## Importing a file

shared-import-file-problem = This file cannot be imported.
# After the dialog's title: what the import goes into.
shared-import-into = into { $target }
shared-import-reading = Reading and checking the file…
shared-import-row = Row
shared-import-outcome = Outcome
shared-outcome-created = New
shared-outcome-updated = Update
shared-outcome-unchanged = Unchanged
shared-import-counts =
    { $rows ->
        [one] { $rows } row: { $created } new, { $updated } updated, { $unchanged } unchanged
       *[other] { $rows } rows: { $created } new, { $updated } updated, { $unchanged } unchanged
    }
shared-import-separator-comma = comma
shared-import-separator-semicolon = semicolon
shared-import-separator-tab = tab
# $name: the separator's name; $separator: the character itself.
shared-import-read = Separator: { $name } ({ $separator }) · no byte-order mark · UTF-8
shared-import-read-bom = Separator: { $name } ({ $separator }) · with byte-order mark · UTF-8

## Maps

shared-map-legend = Legend
shared-map-source = Country shapes: Natural Earth (public domain), via world-atlas.
# A file being written, said to a screen reader beside its button.
shared-file-writing = Writing the file…

# Bank details of a hub, of a person paid directly, or of the network (BankDetails, BankAccountDialog).
shared-bank-title = Bank details
shared-bank-reading = Reading the bank details…
shared-bank-none = No bank details yet: payments to this account holder cannot go into a bank transfer file.
shared-bank-new-record = Save first; the bank details can then be added here.
shared-bank-holder = Account holder
shared-bank-iban = IBAN
shared-bank-bic = BIC
shared-bank-bic-none = (not given)
shared-bank-show = Show IBAN
shared-bank-hide = Hide IBAN
shared-bank-add = Add bank details…
shared-bank-change = Change…
shared-bank-remove = Remove…
shared-bank-sepa-yes = Can be paid by SEPA credit transfer.
shared-bank-sepa-needs-bic = A SEPA transfer to an account in { $country } needs the bank's BIC: add it before paying.
shared-bank-sepa-no = { $country } is outside the SEPA area: pay this account by another kind of transfer.
shared-bank-dialog-title = Bank details of { $owner }
shared-bank-holder-hint = The name on the account, as the bank knows it.
shared-bank-iban-hint = As printed on a bank statement; spaces are fine. It is checked as you leave the field.
shared-bank-bic-hint = Needed for accounts outside the EU and EEA (Switzerland, the United Kingdom, Monaco…); may be left empty otherwise.
shared-bank-save = Save bank details
shared-bank-saved = Bank details saved.
shared-bank-removed = Bank details removed.
shared-bank-stale = Someone changed these bank details after you opened them (see the marked fields). Save again to replace their change with yours, or cancel.
shared-bank-remove-title = Remove the bank details of { $owner }?
shared-bank-remove-message = Payments to this account holder cannot go into a bank transfer file until new details are given. The History keeps what was removed.
shared-bank-remove-confirm = Remove bank details
