# What the core says about award letters and the documents it prints.

## Letters
said-letters-grant-missing = There is no grant { $id }.
said-letters-letter-missing = There is no letter { $id }.
said-letters-letter-unreadable = Letter { $id } cannot be read back: { $error }
said-letters-archive-damaged = The archived letter { $reference } no longer matches its hash: the archive is damaged.
# $languages: the letters' languages but the last, joined by " or "; $last: the last one.
said-letters-language-unknown = Letters are written in { $languages } or { $last }; '{ $language }' is not one of them.
said-letters-language-only = Letters are written in { $languages }; '{ $language }' is not one of them.
said-letters-grant-cancelled = The grant is cancelled: it gets no award letter.
said-letters-grant-nothing = The grant comes to €0.00: there is nothing to award, so no letter is issued.
said-letters-grant-draft = The grant of { $applicant } is still a draft: award it first (Applications → Grants → Award…), then issue its letter.
said-letters-cycle-no-award = The cycle has no awarded grant: award the grants first (Grants tab), then issue their letters.

## Settings a letter cannot go without
# $count: how many are missing; $first … $fourth: which (network-name, postal-address,
# signatory-name, signatory-title), in that order.
said-letters-letter-settings-missing = The letter cannot be issued: { said-letters-settings-missing }
said-letters-batch-settings-missing = The letters cannot be issued: { said-letters-settings-missing }
said-letters-settings-missing =
    { $count ->
        [1] { said-letters-setting-1 } is missing. Fill it in under Settings.
        [2] { said-letters-setting-1 } and { said-letters-setting-2 } are missing. Fill them in under Settings.
        [3] { said-letters-setting-1 }, { said-letters-setting-2 } and { said-letters-setting-3 } are missing. Fill them in under Settings.
       *[other] { said-letters-setting-1 }, { said-letters-setting-2 }, { said-letters-setting-3 } and { said-letters-setting-4 } are missing. Fill them in under Settings.
    }
said-letters-setting-1 =
    { $first ->
        [network-name] the network's name
        [postal-address] the network's postal address
        [signatory-name] the signatory's name
       *[signatory-title] the signatory's title
    }
said-letters-setting-2 =
    { $second ->
        [network-name] the network's name
        [postal-address] the network's postal address
        [signatory-name] the signatory's name
       *[signatory-title] the signatory's title
    }
said-letters-setting-3 =
    { $third ->
        [network-name] the network's name
        [postal-address] the network's postal address
        [signatory-name] the signatory's name
       *[signatory-title] the signatory's title
    }
said-letters-setting-4 =
    { $fourth ->
        [network-name] the network's name
        [postal-address] the network's postal address
        [signatory-name] the signatory's name
       *[signatory-title] the signatory's title
    }

## Files
said-letters-folder-missing = The folder { $folder } does not exist.
said-letters-folder-unwritable = The folder { $folder } cannot be written: { $error }
said-letters-file-not-pdf = { $file } is not a .pdf file name.

## A text of a document that the font cannot print
# $text: the text; $character: the character the font lacks; $code: its code point (hex).
said-letters-letter-glyph = The letter cannot be printed: { said-letters-printed-thing } ('{ $text }') has the character '{ $character }' (U+{ $code }), which the letter font does not have. Correct it and try again.
# $document: report or publication (or the document's name as it is).
said-letters-document-glyph =
    { $document ->
        [report] The report
        [publication] The publication
       *[other] { $document }
    } cannot be printed: { said-letters-printed-thing } ('{ $text }') has the character '{ $character }' (U+{ $code }), which the font does not have.
# Which text it is ($what: its key, or its name as it is).
said-letters-printed-thing =
    { $what ->
        [network-name] the network's name
        [postal-address] the network's postal address
        [signatory-name] the signatory's name
        [signatory-title] the signatory's title
        [hub-name] the hub's name
        [hub-city] the hub's city
        [cycle-title] the cycle's title
        [contact-name] the contact person's name
        [participant-name] the participant's name
        [host-name] the host hub's name
        [host-city] the host hub's city
        [signing-place] the place of signature (Settings)
        [rule-label] a rule's label
        [programme-name] the programme's name
        [a-programme-name] a programme's name
        [factor-label] an emission factor's label
        [factors-source] the emission factors' source
        [a-hub-name] a hub's name
        [a-city] a city
        [story-title] a story's title
        [story-author] a story's author
        [story-text] a story's text
        [photo-caption] a photo's caption
       *[other] { $what }
    }

## A setting a letter cannot go without, named (in the letters overview and its preview)
# $setting: network-name, postal-address, signatory-name or signatory-title.
said-letters-setting-name =
    { $setting ->
        [network-name] the network's name
        [postal-address] the network's postal address
        [signatory-name] the signatory's name
       *[signatory-title] the signatory's title
    }
said-letters-preview-setting-missing = Settings: { said-letters-setting-name } is missing.

## Why a grant has no letter, or needs a new one (the letters overview)
said-letters-note-cancelled = Cancelled: no letter.
said-letters-note-nothing = { MONEY($amount) }: nothing to award.
said-letters-note-draft = Draft: award it in the Grants tab first.
said-letters-note-changed = The cycle's settings or the visit's dates changed since its letter: issue a new version.
said-letters-note-amended = Amended since its letter: issue a new version.

## How a desk of a team numbers its letters
# $base: the programme's prefix (P2P); $year; $mark: this desk's letter in the number (-B).
said-letters-numbering-first = This desk, the team's first, numbers its letters { $base }-{ $year }-001, -002…; the other desks put their own letter in theirs ({ $base }-B-{ $year }-001), so no number is given twice, even offline.
said-letters-numbering-other = This desk numbers its letters { $base }{ $mark }-{ $year }-001, -002…; each desk of the team has its own letter in the number, so no number is given twice, even offline.
said-letters-letter-erased = The archived copy of letter { $reference } was erased once its financial retention period had run out: its reference, amount and fingerprint are kept.
