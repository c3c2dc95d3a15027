# What the core says about the outbox: its messages, their templates, the mail server.

## A message of the outbox
said-outbox-no-message = There is no message { $id } in the outbox.
said-outbox-message-final = This message was { $state ->
        [sent] sent
       *[discarded] discarded
    }: it can no longer change.
said-outbox-email-bad = '{ $email }' is not an e-mail address.
said-outbox-subject-missing = Write the subject of the message.
said-outbox-subject-long = At most 200 characters.
said-outbox-body-missing = Write the message.
said-outbox-sent-kept = The message to { $email } was sent: it stays in the outbox as a record.
said-outbox-discarded = This message was discarded.
said-outbox-no-language = There are no messages in '{ $language }'.

## What a message is about ($kind: its kind; $day: a reminder's day, ISO; $file: the attachment)
said-outbox-about = { $kind ->
        [award] Award letter
        [rejection] Not selected
        [waiting_list] Waiting list
        [payment_made] Payment made
        [report_reminder] Report reminder
       *[reviewer_invitation] Reviewer invitation
    }
said-outbox-about-reminder = { said-outbox-about } of { $day }
said-outbox-about-file = { said-outbox-about } ({ $file })

## Composing: someone left out, and why
said-outbox-skipped-no-email = no e-mail address is recorded
said-outbox-skipped-email-bad = '{ $email }' is not an e-mail address

## Templates
said-outbox-template-no-language = There are no messages in '{ $language }': choose one of { $languages }.
said-outbox-template-part-missing = Write the { $field ->
        [subject] subject
       *[body] body
    } of the message.
said-outbox-template-unreadable = The { $field ->
        [subject] subject
       *[body] body
    } cannot be read near line { $line }: { $error }. A field is written {"{"} $name {"}"}; a line may not start with [, * or . outside a choice.
said-outbox-template-unknown-field = The { $field ->
        [subject] subject
       *[body] body
    } uses {"{"} ${ $name } {"}"}, which is not a field of this message. Its fields are: { $fields }.
said-outbox-template-unknown-fields = The { $field ->
        [subject] subject
       *[body] body
    } uses {"{"} ${ $name } {"}"}, which is not a field of this message (nor { $others }). Its fields are: { $fields }.
said-outbox-template-forbidden = The { $field ->
        [subject] subject
       *[body] body
    } uses { $what ->
        [function] the function { $name }()
        [message] the message {"{"} { $name } {"}"}
       *[term] the term {"{"} -{ $name } {"}"}
    }: a template may use only its fields.

# What a field of a template holds ($meaning: which field it is).
said-outbox-field-meaning = { $meaning ->
        [recipient] the person written to
        [hub] their hub
        [cycle] the cycle's title
        [network] the network's name
        [signatory] who signs the letters
        [letter-reference] the letter's reference
        [grant] the grant
        [period] when the activity takes place
        [report-deadline] when the report is due
        [letter] the attached letter's file name
        [application-number] the application's number
        [grant-reference] the grant's reference
        [amount-paid] the amount paid
        [instalment] which instalment it is
        [paid-on] the day it was paid
        [days] days until the deadline, or since it passed
        [overdue] yes or no
        [balance] the balance paid after the report
        [balance-due] yes when a balance waits on the report
        [applications] how many applications they score
       *[sheet] the attached sheet's file name
    }

## Report reminders
said-outbox-reminder-days-before = At most 365 days before the deadline.
said-outbox-reminder-every-days = Every 1 to 365 days.

## The mail server and its password
said-outbox-host-bad = Give the mail server's name, e.g. smtp.example.org.
said-outbox-port-bad = A port is a number from 1 to 65535 (587 for STARTTLS, 465 for TLS).
said-outbox-from-name-long = At most 120 characters.
said-outbox-server-unusable = The mail server { $host } cannot be used: { $error }
said-outbox-no-password = No password is saved for { $username } on { $host }: give it in Outbox → Mail server.
said-outbox-password-username-missing = Give the user name the password belongs to.
said-outbox-keychain-unavailable = The system keychain cannot be used ({ $error }). The password was not kept; on Linux, a keyring service such as GNOME Keyring or KWallet must be running.

## Sending
said-outbox-sender-missing = Give the sender's address first (Outbox → Mail server).
said-outbox-no-server = No mail server is set: the messages stay queued. Set it in Outbox → Mail server, then send.
said-outbox-no-randomness = No randomness: { $error }
said-outbox-message-unbuilt = The message could not be built: { $error }

## What the mail server answered ($error: its own words)
said-outbox-server-refused = The server refused: { $error }
said-outbox-server-try-later = The server asked to try again later: { $error }
said-outbox-server-timeout = The server did not answer in time ({ $error }).
said-outbox-server-tls = The secure connection failed ({ $error }): check the protection and the port.
said-outbox-server-unreachable = The mail server could not be reached ({ $error }): this computer may be offline, or the server's name or port is wrong.
said-outbox-server-closed = The mail server closed the connection.
