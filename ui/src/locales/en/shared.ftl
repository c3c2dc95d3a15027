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
