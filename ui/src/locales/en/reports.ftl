# Reports: the participants' reports and stories, the publication, the cycle report and its
# emission factors.

## Figures and units

reports-size-kb = { $size } KB
reports-km = { $km } km
# $kg is a figure already written with its decimals.
reports-kg-co2 = { $kg } kg CO₂e
reports-mode-green = Green
reports-mode-standard = Standard
reports-distance-unknown = distance unknown
reports-journeys =
    { $count ->
        [one] { $count } journey
       *[other] { $count } journeys
    }
reports-travellers =
    { $count ->
        [one] { $count } traveller
       *[other] { $count } travellers
    }

## The Reports tab

reports-status-cancelled = Cancelled
reports-status-received = Received { $date }
reports-status-awaited = Awaited
reports-story-count =
    { $count ->
        [one] { $count } story
       *[other] { $count } stories
    }
reports-summary =
    { $received } of { $awarded ->
        [one] { $awarded } report
       *[other] { $awarded } reports
    } received · { $stories ->
        [one] { $stories } story
       *[other] { $stories } stories
    }
reports-publication-loading = Loading the stories…
reports-publication-no-stories-shape = Workshops and Hubs Alliance cycles collect no stories
reports-publication-no-stories = No story yet: add the participants’ stories of the grants first
reports-publication-saved = Publication saved to { $path }
reports-publication-label = Publication
reports-publication-hint = Every story of the cycle in one booklet: cover, contents, a chapter per exchange.
reports-publication-save = Save the publication as PDF…
reports-publication-save-title = Set every story of the cycle into one PDF booklet and save it
reports-received-toast = Report of { $applicant } received: the balance is due
reports-cleared-toast = Report date of { $applicant } cleared
reports-loading = Loading the reports…
reports-empty-title = No awarded grant yet
reports-empty-text = Award the grants first; their reports and stories are recorded here.
reports-title = Reports and stories
reports-column-recipient = Recipient
reports-column-role = Role
reports-column-report = Report
reports-column-stories = Stories
reports-mark = Report received…
reports-mark-title = Record the day the report arrived: the balance falls due
reports-clear = Clear
reports-clear-title = Clear the date the report was received
reports-stories = Stories…
reports-stories-title = The participants’ stories of this exchange, with their photos

## Marking a report received

reports-dialog-title = Report of { $applicant }
reports-dialog-sub = Once the report is received, the balance of the grant falls due.
reports-dialog-date = Received on
reports-dialog-date-hint = Empty for today.
reports-dialog-cancel = Cancel
reports-dialog-confirm = Mark received

## A grant's stories

reports-stories-dialog-title = Stories of { $applicant }
reports-stories-hosted-by = hosted by { $host }
reports-stories-loading = Loading the stories…
reports-stories-empty = No story yet for this grant.
reports-stories-list = Stories
reports-stories-closed = The grant is cancelled: it takes no new story or photo. Its stories can still be read and deleted.
reports-stories-close = Close
reports-story-field-title = Title
reports-story-field-author = Author
reports-story-field-body = Story
reports-story-saved = Story saved
reports-story-deleted = Story “{ $title }” deleted
reports-story-by = by { $author }
reports-story-editing = Editing
reports-story-edit = Edit
reports-story-delete = Delete…
reports-story-photos = Photos of “{ $title }”
reports-story-form-edit = Edit “{ $title }”
reports-story-form-add = Add a story
reports-story-title = Title
reports-story-author = Author (a participant)
reports-story-body = Story
reports-story-body-hint = Separate paragraphs with a blank line.
reports-story-cancel-edit = Cancel editing
reports-story-save = Save changes
reports-story-add = Add story
reports-story-delete-title = Delete the story?
reports-story-delete-text = '{ $title }' and its photos are removed.
reports-story-delete-confirm = Delete
reports-photo-added = Photo added to “{ $title }”
reports-photo-removed = Photo removed
reports-photo-scaled = Scaled down from { $name } ({ $original }) to { $width } × { $height } ({ $size })
reports-photo-scaled-mark = scaled down
reports-photo-remove = Remove
reports-photo-remove-title = Remove this photo from the story
reports-photo-caption-label = Caption of the next photo of “{ $title }”
reports-photo-caption-placeholder = Caption of the photo (optional)
reports-photo-add = Add photo…
reports-photo-add-title = Pick a PNG or JPEG picture; a large one is scaled down
reports-photo-add-full = A story has at most { $max } photos: remove one first
reports-photos-count = Photos { $count } of { $max }

## The Cycle report tab

reports-language-settings = Settings’ language
reports-cycle-label = Cycle report
reports-cycle-hint = Budget, countries, green travel and the travel footprint of the awarded grants, for the funders.
reports-cycle-factors = Emission factors…
reports-cycle-factors-title = The grams of CO₂e per passenger-km the estimate uses, by mode and distance, with their source
reports-cycle-pdf = Save as PDF…
reports-cycle-pdf-title = Set the report as a PDF, with the map, and save it
reports-cycle-xlsx = Save as XLSX…
reports-cycle-xlsx-title = Save the figures as an Excel workbook: summary, programmes, countries, journeys and factors
reports-cycle-saved = Saved { $path }
reports-cycle-saved-to = Cycle report saved to { $path }
reports-cycle-loading = Loading the report…
reports-cycle-empty = No grant of this cycle is awarded yet.
reports-cycle-empty-hint = The report counts awarded grants only: award them on the Grants tab.
reports-cycle-left-out-drafts =
    { $drafts ->
        [one] { $drafts } draft grant is left out.
       *[other] { $drafts } draft grants are left out.
    }
reports-cycle-left-out-cancelled =
    { $cancelled ->
        [one] { $cancelled } cancelled grant is left out.
       *[other] { $cancelled } cancelled grants are left out.
    }
reports-cycle-left-out-both =
    { $drafts ->
        [one] { $drafts } draft grant
       *[other] { $drafts } draft grants
    } and { $cancelled ->
        [one] { $cancelled } cancelled grant
       *[other] { $cancelled } cancelled grants
    } are left out.
reports-cycle-counts-awarded = The report counts awarded grants only.
reports-cycle-awarded-only = awarded grants only
reports-cycle-total = Total
reports-cycle-card-grants = Awarded grants
reports-cycle-card-awarded = Awarded
reports-cycle-no-budget = No budget set for the cycle
# $envelope is an amount of money, $used a share ("66.7%").
reports-cycle-budget-used = of { $envelope } budget · { $used } used
reports-cycle-card-paid = Paid
reports-cycle-paid-hint = Instalments paid, less recoveries
reports-cycle-card-green = Green travel
reports-cycle-nobody-travels = Nobody travels
reports-cycle-green-of =
    { $green } of { $travellers ->
        [one] { $travellers } traveller
       *[other] { $travellers } travellers
    }
reports-cycle-card-co2 = Travel CO₂e (estimate)
reports-cycle-all-standard = { $kg } kg had all travelled standard
reports-cycle-traveller-km = { $km } traveller-km
reports-cycle-map-title = Journeys on the map
reports-cycle-map-failed = The map could not be loaded.
reports-cycle-map-loading = Loading the map…
reports-programmes-title = Programmes in { $year }
reports-programmes-hint = Every cycle of the year, awarded grants only
reports-programmes-column-programme = Programme
reports-programmes-column-cycles = Cycles
reports-programmes-column-grants = Grants
reports-programmes-column-travellers = Travellers
reports-programmes-column-budget = Budget
reports-programmes-column-awarded = Awarded
reports-countries-title = Countries
reports-countries-hint = Grants to each country’s hubs; travellers leaving from it and arriving in it
reports-countries-column-country = Country
reports-countries-column-grants = Grants
reports-countries-column-awarded = Awarded
reports-countries-column-sent = Travellers sent
reports-countries-column-received = Travellers received
reports-footprint-title = Travel footprint
reports-footprint-hint = An estimate from the distances and travel modes
reports-footprint-column-mode = Mode
reports-footprint-column-factor = Emission factor
reports-footprint-column-grams = g CO₂e per passenger-km
reports-footprint-column-journeys = Journeys
reports-footprint-column-traveller-km = Traveller-km
reports-footprint-column-kg = kg CO₂e
reports-footprint-none = No journey between two hubs with coordinates: there is nothing to estimate.
# $source comes from the factors' set (typed by staff).
reports-footprint-source = Emission factors: { $source }
reports-footprint-defaults = Mobility Desk’s default factors; change them with Emission factors…
reports-footprint-unplaced =
    { $count ->
        [one] { $count } journey left out of the estimate: a hub has no coordinates (set them under Hubs).
       *[other] { $count } journeys left out of the estimate: a hub has no coordinates (set them under Hubs).
    }
reports-footprint-method = Method: the one-way great-circle distance between the two hubs, in whole km, × 2 for the return trip × the travellers × the factor of the journey’s mode and distance band.
reports-journeys-title = Journeys
reports-journeys-count =
    { $count ->
        [one] { $count } journey, each there and back
       *[other] { $count } journeys, each there and back
    }
reports-journeys-none = No awarded grant of this cycle travels to a host.
reports-journeys-column-from = From
reports-journeys-column-to = To
reports-journeys-column-travellers = Travellers
reports-journeys-column-mode = Mode
reports-journeys-column-km = km (one way)
reports-journeys-column-kg = kg CO₂e
# $label is the factor's own description, $factor its figure in grams.
reports-journey-factor = { $label }: { $factor } g CO₂e per passenger-km
reports-journey-not-estimated = Not estimated: a hub has no coordinates

## The journeys map

reports-map-label =
    Map of the journeys: { $drawn ->
        [one] { $drawn } journey
       *[other] { $drawn } journeys
    }, { $green } green
reports-map-key-green = Green travel
reports-map-key-standard = Standard travel
reports-map-key-from = Hub travelled from
reports-map-key-to = Host
reports-map-not-drawn =
    { $count ->
        [one] { $count } journey not drawn: a hub has no coordinates or lies off the map.
       *[other] { $count } journeys not drawn: a hub has no coordinates or lies off the map.
    }
reports-map-note = Wider lines carry more travellers.

## Emission factors dialog

reports-factor-empty = Enter the grams of CO₂e per passenger-km, e.g. 125.76.
reports-factor-invalid = '{ $text }' is not a figure in grams per passenger-km (e.g. 125.76 or 35, at most three decimals).
reports-factors-saved = Emission factors saved for { $cycle }
reports-factors-defaults-again = { $cycle } uses Mobility Desk’s default emission factors again
reports-factors-field-rows = Factors
reports-factors-field-source = Source
# A factor in a list of changes: "Green 0–500 km: 35.46 g (Rail)".
reports-factors-row-summary = { $mode } { $from }–{ $to } km: { $value } g ({ $label })
reports-factors-no-label = no label
reports-factors-column-mode = Mode
reports-factors-column-from = From
reports-factors-column-to = To
reports-factors-column-figure = Figure
reports-factors-column-value = g CO₂e
reports-factors-from-error = The band starts at a whole number of km (0 for the first band).
reports-factors-to-error = The band ends at a whole number of km, or leave it empty for no upper limit.
reports-factors-title = Emission factors
reports-factors-sub = grams of CO₂e per passenger-km, by travel mode and one-way distance
reports-factors-uses-defaults = This cycle uses Mobility Desk’s default factors. Saving keeps the figures below as the cycle’s own.
reports-factors-uses-own = This cycle uses its own factors. “Back to the defaults” returns to Mobility Desk’s.
reports-factors-hint = Each mode needs bands from 0 km with no gap or overlap, the last one with no upper limit. A journey’s estimate is its one-way km × 2 for the return × its travellers × the factor of its mode and band.
reports-factors-caption = Emission factors by travel mode and distance band
reports-factors-head-mode = Mode
reports-factors-head-from = From (km)
reports-factors-head-to = To (km)
reports-factors-head-label = What the figure is
reports-factors-head-value = g CO₂e per passenger-km
reports-factors-head-remove = Remove
reports-factors-row-mode = Factor { $n }: travel mode
reports-factors-row-from = Factor { $n }: from km
reports-factors-row-to = Factor { $n }: to km (empty for no upper limit)
reports-factors-row-label = Factor { $n }: what the figure is
reports-factors-row-value = Factor { $n }: grams of CO₂e per passenger-km
reports-factors-no-limit = no limit
reports-factors-label-example = e.g. National rail
reports-factors-remove-title = Remove this factor
reports-factors-remove = Remove factor { $n }
reports-factors-remove-named = Remove factor { $n } ({ $label })
reports-factors-none = No factor: each travel mode needs at least one.
reports-factors-add = Add a factor
reports-factors-source = Source
reports-factors-source-hint = The public source of the figures, printed under the estimate in the report.
reports-factors-save = Save factors
reports-factors-reset = Back to the defaults
reports-factors-reset-title = Use Mobility Desk’s default factors for this cycle again
reports-factors-reset-title-defaults = The cycle already uses the default factors
reports-factors-unsaved = The changes to the emission factors have not been saved.
reports-factors-reset-confirm-title = Back to the default factors?
reports-factors-reset-confirm-text = Use Mobility Desk's default emission factors for this cycle again?
reports-factors-reset-confirm = Use the defaults

# A participant's consent to publishing their story (StoriesDialog).
reports-story-consent = Consent to publication
reports-story-consent-hint = Record what the participant agreed to, and when. A story without consent is kept but left out of the publication.
reports-story-consent-scope = They agreed to
reports-story-consent-on = On
reports-consent-none = Not given (yet)
reports-consent-publication = The network's publication
reports-consent-publication-and-online = The publication and the network's website
reports-story-no-consent = No consent: left out of the publication
reports-story-consent-given = Consent on { $date }: { $scope }
