# The Outbox: e-mails composed from templates, checked, sent through the mail server.

## Kinds of message (names in lists, what composing one writes, why it wrote nothing)

outbox-kind-award = Award letter
outbox-kind-rejection = Not selected
outbox-kind-waiting-list = Waiting list
outbox-kind-payment-made = Payment made
outbox-kind-report-reminder = Report reminder
outbox-kind-reviewer-invitation = Reviewer invitation

outbox-kind-award-description = One e-mail per award letter issued, the letter's PDF attached, in the letter's language.
outbox-kind-rejection-description = One per application not selected.
outbox-kind-waiting-list-description = One per application on the waiting list.
outbox-kind-payment-made-description = One per instalment paid.
outbox-kind-report-reminder-description = Reminders due today by the cycle's schedule, for reports not received.
outbox-kind-reviewer-invitation-description = One per reviewer with applications to score, their sheet attached.

outbox-kind-award-nothing = Nothing to write: no award letter has been issued in this cycle yet.
outbox-kind-rejection-nothing = Nothing to write: no application of this cycle is marked as not selected.
outbox-kind-waiting-list-nothing = Nothing to write: no application of this cycle is on the waiting list.
outbox-kind-payment-made-nothing = Nothing to write: no instalment of this cycle has been paid yet.
outbox-kind-report-reminder-nothing = Nothing to write: no reminder is due today.
outbox-kind-reviewer-invitation-nothing = Nothing to write: no reviewer of this cycle has applications to score.

## States of a message

outbox-state-draft = Draft
outbox-state-queued = Queued
outbox-state-sent = Sent
outbox-state-discarded = Discarded

## The mail server's protection

outbox-security-starttls = STARTTLS (port 587)
outbox-security-tls = TLS (port 465)
outbox-security-none = None — local network only

## Sizes, tries, sends and what composing did

outbox-size-kb = { $size } KB
outbox-size-mb = { $size } MB

outbox-attempts =
    { $count ->
        [one] Tried once
       *[other] Tried { $count } times
    }
outbox-attempts-last =
    { $count ->
        [one] Tried once, last on { $when }
       *[other] Tried { $count } times, last on { $when }
    }

outbox-send-nothing = Nothing was sent.
outbox-send-nothing-problem = Nothing was sent: { $problem }
outbox-send-done =
    { $queued ->
        [0] { $sent } sent.
       *[other] { $sent } sent; { $queued } still queued.
    }
outbox-send-done-problem =
    { $queued ->
        [0] { $sent } sent: { $problem }
       *[other] { $sent } sent; { $queued } still queued: { $problem }
    }

outbox-compose-written =
    { $created ->
        [one] { $created } draft written.
       *[other] { $created } drafts written.
    }
outbox-compose-written-already =
    { $created ->
        [one] { $created } draft written.
       *[other] { $created } drafts written.
    } { $already ->
        [one] { $already } was composed before and is not written again.
       *[other] { $already } were composed before and are not written again.
    }
outbox-compose-nothing-new =
    { $already ->
        [one] Nothing new: { $already } was composed before.
       *[other] Nothing new: { $already } were composed before.
    }
outbox-compose-none = No draft written.

## The Outbox screen

outbox-screen-title = Outbox
outbox-screen-subtitle = E-mails written from templates: check them, then send them through the network's mail server.
outbox-screen-compose = Compose…
outbox-screen-sending = Sending…
outbox-screen-send = Send
outbox-screen-send-count = Send { $count }
outbox-screen-server = Mail server…
outbox-screen-templates = Templates…
outbox-screen-no-server = No mail server is set: messages are kept in the queue until one is. Set it with Mail server…
outbox-screen-last-send = Last send:
outbox-screen-hide = Hide
outbox-screen-loading = Loading the outbox…
outbox-screen-empty-title = No messages yet
outbox-screen-empty-text = Composing writes the e-mails your records call for: one per award letter issued, per application not selected or on the waiting list, per instalment paid, per report reminder due and per reviewer to invite. Each waits here as a draft for you to check and edit.
outbox-screen-empty-send = Nothing is sent before you tick the drafts and press Send.
outbox-screen-show = Show
outbox-screen-filter-all = All ({ $count })
outbox-screen-filter-draft = Drafts ({ $count })
outbox-screen-filter-queued = Queued ({ $count })
outbox-screen-filter-sent = Sent ({ $count })
outbox-screen-none-all = No message.
outbox-screen-none-draft = No draft: every message composed has been sent, queued or discarded.
outbox-screen-none-queued = No message waits in the queue.
outbox-screen-none-sent = No message has been sent yet.
outbox-screen-show-all = Show all
outbox-screen-why-tick = Nothing to send yet: tick the drafts to send in the list.
outbox-screen-why-show = Nothing to send yet: show the drafts, then tick those to send.
outbox-screen-why-empty = Nothing to send: there is no draft or queued message. Compose messages first.
outbox-screen-send-takes-drafts =
    { $drafts ->
        [one] Send takes { $drafts } draft ticked.
       *[other] Send takes { $drafts } drafts ticked.
    }
outbox-screen-send-takes-queued =
    { $queued ->
        [one] Send takes { $queued } queued message.
       *[other] Send takes { $queued } queued messages.
    }
outbox-screen-send-takes-both =
    Send takes { $drafts ->
        [one] { $drafts } draft
       *[other] { $drafts } drafts
    } ticked and { $queued ->
        [one] { $queued } queued message
       *[other] { $queued } queued messages
    }.
outbox-screen-pick-all = Tick every draft shown
outbox-screen-pick = Send the message to { $who }
outbox-screen-column-kind = Kind
outbox-screen-column-recipient = Recipient
outbox-screen-column-subject = Subject
outbox-screen-column-cycle = Cycle
outbox-screen-column-state = State
outbox-screen-open = Open
outbox-screen-attached = Attached:
outbox-screen-not-tried = Not tried yet
outbox-screen-no-answer = The server gave no answer

## Compose dialog

outbox-compose-title = Compose messages
outbox-compose-sub = Writes a draft for each person this kind of message is due to. Nothing is sent: the drafts wait in the Outbox for you to check them and press Send. Composing again writes only what is new.
outbox-compose-loading = Loading the cycles…
outbox-compose-no-cycle = There is no cycle yet: messages are composed for a cycle. Create one under Cycles first.
outbox-compose-cycle = Cycle
outbox-compose-kind = Kind of message
outbox-compose-language = Language
outbox-compose-language-network = The network's language
outbox-compose-language-award-hint = An award letter's message is always written in the language of its letter.
outbox-compose-language-hint = The language every message composed now is written in.
outbox-compose-drafts-note = The drafts are in the Outbox: open them to check them, tick them and press Send.
outbox-compose-left-out =
    { $count ->
        [one] Left out: { $count } person
       *[other] Left out: { $count } people
    }
# A person left out, and why (the reason comes from the core).
outbox-compose-skipped = { $who }: { $reason }
outbox-compose-skipped-hint = Record or correct their e-mail address, then compose again: only the missing messages are written.
outbox-compose-close = Close
outbox-compose-composing = Composing…
outbox-compose-go = Compose

## The reminder schedule, in the Compose dialog

outbox-schedule-title = Reminder schedule of { $cycle }
outbox-schedule-legend = Reminder schedule
outbox-schedule-days-before = First reminder, days before the report deadline
outbox-schedule-every = Then every … days
outbox-schedule-every-hint = Until the report is received.
outbox-schedule-active = Write reminders for this cycle
outbox-schedule-unsaved = Not saved yet: composing follows the schedule as saved.
outbox-schedule-save = Save schedule
outbox-schedule-saved = Reminder schedule saved.
outbox-schedule-discard = The changes to the reminder schedule have not been saved.
outbox-schedule-days-before-error = Write a whole number of days, from 0 to 365.
outbox-schedule-every-error = Write a whole number of days, from 1 to 365.
outbox-schedule-no-deadline = This cycle has no report deadline yet: no reminder is written until one is set under Cycles.
outbox-schedule-off = Reports are due on { $deadline }. While the schedule is off, no reminder is written for this cycle.
# $every is 0 when the interval typed is not a whole number of days.
outbox-schedule-on =
    Reports are due on { $deadline }. The first reminder is due on { $first }, { $every ->
        [0] then more
        [one] then one every day
       *[other] then one every { $every } days
    } until the report is received. The app also writes the reminders due each day it is opened; they wait in the Outbox as drafts.
outbox-schedule-on-undated =
    Reports are due on { $deadline }. The first reminder comes before the deadline, { $every ->
        [0] then more
        [one] then one every day
       *[other] then one every { $every } days
    } until the report is received. The app also writes the reminders due each day it is opened; they wait in the Outbox as drafts.

## A message, in its dialog

outbox-message-untitled = Message
outbox-message-in-language = in { $language }
outbox-message-saved = Changes saved.
outbox-message-discarded = Message discarded.
outbox-message-saved-to = Saved to { $path }
outbox-message-sent = Sent on { $when }. It can no longer change.
outbox-message-sent-undated = Sent on an unknown day. It can no longer change.
outbox-message-answer = The server answered: { $answer }
outbox-message-no-answer = The server answered: nothing
outbox-message-queued-untried = Queued: it goes with the next send. Not tried yet.
outbox-message-queued-tried =
    { $count ->
        [one] Queued: the server has not taken it yet. Tried once. It is tried again every few minutes while the app is open.
       *[other] Queued: the server has not taken it yet. Tried { $count } times. It is tried again every few minutes while the app is open.
    }
outbox-message-queued-tried-last =
    { $count ->
        [one] Queued: the server has not taken it yet. Tried once, last on { $when }. It is tried again every few minutes while the app is open.
       *[other] Queued: the server has not taken it yet. Tried { $count } times, last on { $when }. It is tried again every few minutes while the app is open.
    }
outbox-message-draft = A draft: nothing is sent until you tick it in the Outbox and press Send.
outbox-message-name = Recipient's name
outbox-message-email = E-mail address
outbox-message-subject = Subject
outbox-message-body = Message
# $name (the file's name) is shown in bold.
outbox-message-attached = Attached: { $name } ({ $size })
outbox-message-eml-hint = A saved .eml file holds the message as last saved: save your changes first.
outbox-message-discard = Discard…
outbox-message-eml = Save as .eml…
outbox-message-close = Close
outbox-message-save = Save changes
outbox-message-save-title = Save changes (Ctrl+S)
outbox-message-discard-title = Discard this message?
outbox-message-discard-text = It will not be sent, and composing again will not write it anew. It leaves the Outbox; its letter, payment or report stays as it is.
outbox-message-discard-confirm = Discard the message
outbox-message-discard-keep = Keep it
outbox-message-unsaved = The changes to this message have not been saved.

## Mail server dialog

outbox-server-title = Mail server
outbox-server-sub = The server the Outbox sends through, as your e-mail provider or IT contact gives it. It is kept on this desk: each desk sends through its own account.
outbox-server-loading = Loading the mail server…
outbox-server-connection = Connection
outbox-server-host = Server
outbox-server-host-hint = The name of the outgoing mail server (SMTP), e.g. smtp.example.org.
outbox-server-security = Protection
outbox-server-port = Port
outbox-server-port-hint = Changes with the protection while it holds the usual port.
outbox-server-port-error = A port is a number from 1 to 65535 (587 for STARTTLS, 465 for TLS).
outbox-server-login = Login
outbox-server-username = User name
outbox-server-username-hint = Leave it empty if the server needs no login.
outbox-server-password = Password
outbox-server-password-hint = Kept in this computer's keychain, never in the data file. Leave empty to keep the saved one.
outbox-server-password-saved = A password is saved in the keychain.
outbox-server-password-none = No password saved.
outbox-server-forget = Forget password
outbox-server-password-forgotten = Password forgotten.
outbox-server-password-moves = The saved password belongs to this user on this server: after this change, type it again.
outbox-server-sender = Sender
outbox-server-from = Sender's address
outbox-server-from-hint = The address messages come from, and answers go to.
outbox-server-from-name = Sender's name
outbox-server-from-name-hint = Shown beside the address, e.g. the network's name.
outbox-server-cancel = Cancel
outbox-server-save = Save
outbox-server-save-title = Save (Ctrl+S)
outbox-server-saved = Mail server saved.
outbox-server-unsaved = The changes to the mail server have not been saved.

## Templates dialog

outbox-templates-title = Message templates
outbox-templates-sub = What each kind of message says, in each language. Messages composed from now on use the template as saved; those composed already keep their text.
outbox-templates-loading = Loading the templates…
outbox-templates-kind = Kind of message
outbox-templates-language = Language
outbox-templates-rewritten = Rewritten
outbox-templates-custom = Your network's own wording.
outbox-templates-own = The app's own wording.
outbox-templates-missing = There is no template for this kind of message in this language.
outbox-templates-subject = Subject
outbox-templates-body = Message
# $field and $choice are examples of the templates' syntax, shown as code.
outbox-templates-help = Fields are written { $field }. A choice such as { $choice } picks words by a field's value.
outbox-templates-fields = Fields of this message
outbox-templates-fields-hint = Click one to put it where the cursor is.
outbox-templates-insert = Insert
outbox-templates-reset = Use the app's own
outbox-templates-close = Close
outbox-templates-save = Save template
outbox-templates-save-title = Save template (Ctrl+S)
outbox-templates-saved = Template saved. Messages composed from now on use it.
outbox-templates-reset-done = The app's own template is back.
outbox-templates-reset-title = Use the app's own template?
outbox-templates-reset-text = Your rewritten template for “{ $kind }” in { $language } is replaced by the app's own. Messages composed already keep their text.
outbox-templates-reset-text-unsaved = Your rewritten template for “{ $kind }” in { $language } is replaced by the app's own. Your unsaved changes go with it. Messages composed already keep their text.
outbox-templates-unsaved-switch = The changes to this template have not been saved. Choosing another template drops them.
outbox-templates-unsaved = The changes to this template have not been saved.
