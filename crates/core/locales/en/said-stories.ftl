# What the core says about the participants' stories, their photos and the publication.

## A story
said-stories-field-missing = Enter the story's { $what ->
        [title] title
        [author] author
       *[caption] caption
    }.
said-stories-field-long = The { $what ->
        [title] title
        [author] author
       *[caption] caption
    } is too long (at most { $most } characters).
said-stories-font = The { $what ->
        [title] title
        [author] author
        [caption] caption
       *[text] text
    } has the character '{ $character }' (U+{ $code }), which the publication's font does not have: replace it.
said-stories-text-missing = Enter the story's text.
said-stories-text-long = The text is too long (at most 20,000 characters).
said-stories-no-story = There is no story { $id }.

## Which grants take stories
said-stories-no-grant = There is no grant { $id }.
said-stories-no-stories-here = '{ $cycle }' collects no stories: they come with P2P Learning and Staff Exchange reports.
said-stories-grant-cancelled = The grant is cancelled: it takes no report and no story.
said-stories-grant-draft = The grant is not awarded yet: stories come with the report, after the award.

## A story's photos
said-stories-photo-too-many = A story has at most { $most } photos: remove one first.
said-stories-photo-too-big = { $file ->
        [unnamed] The file
       *[named] { $name }
    } is { $size } MB: photos over { $most } MB are refused.
said-stories-photo-not-a-picture = { $file ->
        [unnamed] The file
       *[named] { $name }
    } is not a PNG or JPEG picture: choose a photo saved as .jpg or .png.
said-stories-photo-unreadable = { $file ->
        [unnamed] The file
       *[named] { $name }
    } cannot be read as a picture: { $error }
said-stories-photo-too-many-pixels = { $file ->
        [unnamed] The file
       *[named] { $name }
    } is { $width } × { $height } pixels: pictures over 50 million pixels are refused.
said-stories-photo-not-scaled = { $file ->
        [unnamed] The file
       *[named] { $name }
    } could not be scaled down: { $error }
said-stories-no-photo = There is no photo { $id }.

## The publication
said-stories-publication-language = The publication is written in English or French; '{ $language }' is not one of them.
said-stories-publication-empty = '{ $cycle }' has no story yet: add the participants' stories to the grants' reports first.
said-stories-publication-unprintable = The publication cannot be printed: { $what ->
        [hub-name] a hub's name
        [network-name] the network's name
        [cycle-title] the cycle's title
        [story-title] a story's title
        [story-author] a story's author
        [story-text] a story's text
        [photo-caption] a photo's caption
       *[postal-address] the network's postal address
    } ('{ $text }') has the character '{ $character }' (U+{ $code }), which the font does not have.
said-stories-publication-unset = The publication cannot be set: { $error }
# A participant's consent to publishing their story.
said-stories-consent-day-missing = Give the day the participant agreed to the story's publication.
said-stories-consent-scope-missing = Say what the participant agreed to: the publication, or the publication and the network's website.
said-stories-consent-day-future = { DATE($date) } is after today: give the day the participant agreed.
said-stories-consent-day-bad = '{ $text }' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31.
said-stories-publication-no-consent = { $count ->
        [one] The one story of '{ $cycle }' has no consent to publication from its participant: record it on the story before building the publication.
       *[other] None of the { $count } stories of '{ $cycle }' has its participant's consent to publication: record it on each story before building the publication.
    }
