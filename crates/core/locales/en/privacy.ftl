# A person's access export (privacy/pdf.rs): everything the network holds about them.
privacy-title = Personal data held about { $person }
privacy-subject = Asked for: { $name } { $email }
privacy-made = Made on { $date } by { $who }
privacy-made-by-nobody = Made on { $date }
privacy-count = { $count ->
        [0] No record holds personal data about this person.
        [one] 1 record holds personal data about this person.
       *[other] { $count } records hold personal data about this person.
    }
privacy-intro = This document lists every record of { $network }'s data file that holds personal data about the person named above: what it is, the fields and their values, why it is held and under which rule it is kept. The JSON file made with it holds the same in a form another system can read, photos included.
privacy-none = Nothing in the data file is about this person: no hub contact, application, review, story, bank account, e-mail or desk bears their name or e-mail.
privacy-field = Field
privacy-value = Value
privacy-why = Why: { $purpose }. Kept: { $retention }.
privacy-kind-hub-contact = Contact person of a hub
privacy-kind-applicant = Person named on an application
privacy-kind-reviewer = Reviewer
privacy-kind-review-score = Scores given as a reviewer
privacy-kind-story-author = Story
privacy-kind-story-photo = Photo of a story
privacy-kind-account-holder = Bank account holder
privacy-kind-mail-recipient = Recipient of an e-mail
privacy-kind-award-letter = An issued award letter
privacy-kind-desk-person = Person working at a desk
privacy-purpose-contact = to reach the hub about its membership and programmes
privacy-purpose-selection = to assess and select applications and to award grants
privacy-purpose-payment = to pay grants and account for them
privacy-purpose-publication = to publish the participants' stories, with their consent
privacy-purpose-correspondence = to send the e-mails of a cycle
privacy-purpose-accountability = to know who made each change
privacy-retention-contact-details = as contact details, while the hub is a member and for a period after its last cycle
privacy-retention-applications = with the applications, for a period after their cycle is closed
privacy-retention-stories = with the stories, for a period after their publication
privacy-retention-financial = as a financial record, as long as accounting law requires
privacy-retention-audit = with the audit trail, as long as the records it accounts for
