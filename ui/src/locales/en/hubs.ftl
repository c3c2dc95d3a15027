# The member-hub registry: the Hubs screen, the hub form, the hub and city pickers, the CSV import.

## A hub's maturity and membership

hubs-maturity-emerging = Emerging
hubs-maturity-established = Established
hubs-membership-regular = Regular
hubs-membership-associate = Associate
hubs-membership-former = Former
hubs-yes = Yes
hubs-no = No
hubs-archived-tag = Archived

## The Hubs screen

hubs-screen-title = Member hubs
hubs-screen-import = Import CSV…
hubs-screen-export = Export CSV…
hubs-count =
    { $count ->
        [one] { $count } hub
       *[other] { $count } hubs
    }
hubs-count-archived =
    { $count ->
        [one] { $count } archived hub
       *[other] { $count } archived hubs
    }
# $shown: the hubs the search and filters leave; $count: the whole registry.
hubs-count-of =
    { $count ->
        [one] { $shown } of { $count } hub
       *[other] { $shown } of { $count } hubs
    }
hubs-count-archived-of =
    { $count ->
        [one] { $shown } of { $count } archived hub
       *[other] { $shown } of { $count } archived hubs
    }
# $label: the count above; $count: how many rows the table shows.
hubs-count-first = { $label } · showing first { $count }
hubs-empty-title = Start the registry of member hubs
hubs-empty-text = The registry lists the network's creative hubs and cultural centres: where they are, what they work on, and whom to contact. Programme cycles, pairing and grants are all built from it.
hubs-empty-add = Add a hub
hubs-empty-import = Import a CSV file
hubs-empty-demo = Load the demo network
hubs-empty-note = The demo network holds fictional hubs in real cities, for trying the app out.
hubs-search-label = Search hubs
hubs-search-placeholder = Search name, city, country, contact, sector…
hubs-filter-country = Country
hubs-filter-country-all = All countries
hubs-filter-maturity = Maturity
hubs-filter-maturity-any = Any maturity
hubs-filter-membership = Membership
hubs-filter-membership-any = Any membership
hubs-filter-sector = Sector
hubs-filter-sector-all = All sectors
hubs-filter-available = Available for mobility
hubs-filter-available-any = Availability: any
hubs-filter-available-yes = Available for mobility
hubs-filter-available-no = Not available
hubs-filter-alliance = Alliance membership
hubs-filter-alliance-any = Alliance: any
hubs-filter-alliance-yes = Alliance members
hubs-filter-alliance-no = Not in the alliance
hubs-filter-archived = Archived hubs
hubs-filter-archived-active = Active hubs
hubs-filter-archived-archived = Archived hubs
hubs-filter-archived-all = Active and archived
hubs-filter-clear = Clear filters
hubs-no-match = No hubs match.
hubs-no-match-none-archived = No hub has been archived.
hubs-no-match-all-archived = Every hub in the registry is archived: choose “Archived hubs” to see them.
hubs-no-match-try = Try other words, or fewer filters.
hubs-no-match-clear = Clear search and filters
hubs-loading = Loading the registry…
hubs-toast-saved = Saved { $name }
hubs-toast-archived = Archived { $name }
hubs-toast-restored = Restored { $name }
hubs-toast-imported = Imported: { $created } new, { $updated } updated
hubs-toast-exported =
    { $count ->
        [one] Exported { $count } hub to { $path }
       *[other] Exported { $count } hubs to { $path }
    }
hubs-toast-demo =
    { $hubs ->
        [one] Demo network loaded: { $hubs } hub
       *[other] Demo network loaded: { $hubs } hubs
    }
hubs-toast-demo-cycles =
    { $cycles ->
        [one]
            { $hubs ->
                [one] Demo network loaded: { $hubs } hub, { $cycles } cycle
               *[other] Demo network loaded: { $hubs } hubs, { $cycles } cycle
            }
       *[other]
            { $hubs ->
                [one] Demo network loaded: { $hubs } hub, { $cycles } cycles
               *[other] Demo network loaded: { $hubs } hubs, { $cycles } cycles
            }
    }

## The table

hubs-table-name = Name
hubs-table-city = City
hubs-table-country = Country
hubs-table-maturity = Maturity
hubs-table-membership = Membership
hubs-table-sectors = Sectors
hubs-table-alliance = Alliance
hubs-table-available = Available

## The hub form (the fields' names are also those of the notice after a stale save)

hubs-field-name = Name
hubs-field-city = City
hubs-field-country = Country
hubs-field-latitude = Latitude
hubs-field-longitude = Longitude
hubs-field-maturity = Maturity
hubs-field-membership = Membership
hubs-field-sectors = Sectors
hubs-field-languages = Languages
hubs-field-contact-name = Contact person
hubs-field-contact-email = Contact e-mail
hubs-field-website = Website
hubs-field-available = Available for mobility
hubs-field-alliance = Alliance member
hubs-field-member-since = Member since
hubs-field-notes = Notes
hubs-field-key = Key
hubs-form-new = New hub
hubs-form-new-sub = Add a member hub to the registry.
hubs-form-place = Hub and place
hubs-form-city-hint = Type two letters, then pick the place from the list.
hubs-form-country-unknown = Unknown country code
hubs-form-country-hint = Two-letter ISO code, e.g. PL
hubs-form-coords-picked = Filled from the gazetteer. Correct them if the hub is elsewhere in the area.
hubs-form-coords-stale = These are the coordinates of { $city }. Pick the new city from the list to update them.
hubs-form-coords-empty = Leave both empty to look the city up in the gazetteer when saving.
hubs-form-coords-hint = Decimal degrees (WGS 84).
hubs-form-latitude-bad = Enter the latitude as a number, e.g. 50.0614 (use a dot for decimals).
hubs-form-longitude-bad = Enter the longitude as a number, e.g. 19.9366 (use a dot for decimals).
hubs-form-member-since-bad = Enter a year, e.g. 2019.
hubs-form-profile = Profile
hubs-form-sectors-hint = Separate sectors with commas.
hubs-form-sectors-placeholder = e.g. design, music, crafts
hubs-form-sectors-suggestions = Sectors already in use
hubs-form-languages = Working languages
hubs-form-languages-placeholder = en, fr
hubs-form-languages-hint = Two-letter ISO 639-1 codes, separated by commas.
hubs-form-contact = Contact
hubs-form-email = E-mail
hubs-form-website-placeholder = https://
hubs-form-website-open = Open
hubs-form-website-open-title = Open in the web browser
hubs-form-advanced = Advanced
hubs-form-key-hint = Imports match rows to hubs by this key. Change it only if your spreadsheets use another one.
hubs-form-key-hint-new = Leave empty to make one from the name and country. Imports match rows to hubs by this key.
hubs-form-key-placeholder = made from the name and country
hubs-form-archive = Archive…
hubs-form-restore = Restore
hubs-form-history = History
hubs-form-archive-title = Archive { $name }?
hubs-form-archive-message = Archived hubs leave the lists but stay in past cycles; you can restore them.
hubs-form-archive-message-unsaved = Archived hubs leave the lists but stay in past cycles; you can restore them. Unsaved changes in the form will be discarded.
hubs-form-archive-confirm = Archive

## The hub and city pickers

hubs-picker-list = Member hubs
hubs-picker-none = No active hub matches.
hubs-picker-placeholder = Type a hub's name or city
hubs-city-list = Places in the gazetteer

## Importing hubs from a CSV file

hubs-import-title = Import member hubs
hubs-import-busy = Importing…
hubs-import-column = Column
hubs-import-problem = Problem
hubs-import-key = Key
hubs-import-name = Name
hubs-import-city = City
hubs-import-country = Country
hubs-import-commit =
    { $count ->
        [one] Import { $count } hub
       *[other] Import { $count } hubs
    }
hubs-import-commit-any = Import hubs
hubs-import-blocked =
    { $count ->
        [one] { $count } problem found. Nothing will be imported until every row is fixed.
       *[other] { $count } problems found. Nothing will be imported until every row is fixed.
    }
hubs-import-more-problems = …and { $count } more
hubs-import-more-rows =
    { $count ->
        [one] …and { $count } more row
       *[other] …and { $count } more rows
    }
hubs-import-fix = Correct the file in your spreadsheet, save it as CSV (UTF-8), and import it again.
hubs-import-no-rows = The file has a header but no rows.
