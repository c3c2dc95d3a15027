# What the core says about the member hubs, their CSV files and the network's settings.

## Files the registry reads
# $path: the file; $error: what the operating system said.
said-registry-file-unreadable = Could not read { $path }: { $error }

## A hub's form (and each row of a hub CSV)
said-registry-hub-name-missing = Enter the hub's name.
# Also the network's name and the signatory's in Settings. $most: characters.
said-registry-name-long = The name is too long (at most { $most } characters).
said-registry-hub-city-missing = Enter the city (pick it from the list to fill the country and coordinates).
said-registry-hub-country-missing = Enter the country as a two-letter ISO code, e.g. DE.
# $code: as typed.
said-registry-hub-country-bad = '{ $code }' is not an ISO 3166-1 country code (two letters, e.g. DE, GR, PL).
# $city: as typed; $country: its two-letter code.
said-registry-hub-place-unknown = '{ $city }' is not in the gazetteer for { $country }: pick a place from the list or enter the coordinates.
said-registry-hub-longitude-missing = Enter the longitude too.
said-registry-hub-latitude-missing = Enter the latitude too.
# $latitude, $longitude: as given.
said-registry-hub-latitude-range = Latitude { $latitude } is out of range: it must be between -90 and 90.
said-registry-hub-longitude-range = Longitude { $longitude } is out of range: it must be between -180 and 180.
said-registry-hub-key-bad = The key may hold only lower-case letters a-z, digits, '-' and '_' (2 to 64 characters).
said-registry-hub-sector-bad = The sector '{ $sector }' is too long or holds '|'.
said-registry-hub-language-bad = '{ $code }' is not a two-letter ISO 639-1 language code (e.g. en, fr, el).
said-registry-hub-email-bad = '{ $email }' is not an e-mail address.
said-registry-hub-website-bad = The website must start with https:// or http://.
# $latest: this year.
said-registry-hub-member-since-bad = 'Member since' must be a year between 1950 and { $latest }.
said-registry-hub-notes-long = The notes are too long (at most { $most } characters).

## Finding a hub
said-registry-hub-not-found = There is no hub with id { $id }.
said-registry-hub-key-not-found = There is no hub with key '{ $key }'.
said-registry-hub-key-taken = Another hub already has the key '{ $key }'.

## Importing a hub CSV
# $path: the file; $size: its size in MB, with one decimal; $most: the largest accepted, in MB.
said-registry-csv-too-large = { $path } is { $size } MB; files over { $most } MB are refused. Split it or remove unused columns.
# $kind: what the file is, from its first bytes.
said-registry-csv-not-text = This file is { $kind ->
        [pdf] a PDF document
        [zip] a ZIP archive (an .xlsx or .ods workbook, or a .docx, is one)
        [office] an old Office file (.xls or .doc)
        [png] a PNG image
        [jpeg] a JPEG image
        [gif] a GIF image
        [sqlite] an SQLite database
       *[rtf] an RTF document
    }, not a CSV file. Open it in the program it comes from and save (or export) the table as "CSV UTF-8", then import that file. Nothing was imported.
# $at: the byte's position in the file.
said-registry-csv-utf16-damaged = The file looks like UTF-16 text (Excel's "Unicode text") but is damaged at byte { $at }. Save it again, preferably as "CSV UTF-8". Nothing was imported.
said-registry-csv-binary = This file is not text: it holds binary data. Choose the CSV file the form tool or spreadsheet exported (saved as "CSV UTF-8"). Nothing was imported.
# $line: the line; $byte: the byte, in two hexadecimal digits.
said-registry-csv-not-utf8 = The file is not UTF-8: line { $line } has the byte 0x{ $byte }. Save it as "CSV UTF-8" (in Excel: Save As → CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and import again. Nothing was imported.
# $letter: the character the byte is in Latin-1 / Windows-1252.
said-registry-csv-not-utf8-latin1 = The file is not UTF-8: line { $line } has the byte 0x{ $byte }, which looks like Latin-1 / Windows-1252 text ('{ $letter }'). Save it as "CSV UTF-8" (in Excel: Save As → CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and import again. Nothing was imported.
said-registry-csv-empty = The file is empty: there is no header row.
said-registry-csv-header-unreadable = The header row could not be read.
# $shown: the start of the first row; $columns: every column a file may have; $required: those it must have.
said-registry-csv-no-header = Wrong header: the first row must name the columns, but it reads "{ $shown }". Expected columns: { $columns }. Required: { $required }.
# $name: a column of the header row.
said-registry-csv-header-twice = Wrong header: the column '{ $name }' appears twice. Expected columns: { $columns } (required: { $required }). Nothing was imported.
# $column: the column's number, from 1.
said-registry-csv-header-unknown = Wrong header: unknown column '{ $name }' (column { $column }). Expected columns: { $columns } (required: { $required }). Nothing was imported.
said-registry-csv-header-missing = Wrong header: the required column '{ $name }' is missing. Expected columns: { $columns } (required: { $required }). Nothing was imported.
# Several problems. $problems: each of them, in English, separated by semicolons.
said-registry-csv-header-wrong = Wrong header: { $problems }. Expected columns: { $columns } (required: { $required }). Nothing was imported.
said-registry-csv-changed = The file changed since it was previewed. Preview it again before importing.
# $count: the problems in the file; $row: the row of the first (the header is row 1); $column: its column;
# $problem: what it is, in English.
said-registry-csv-refused-row = { $count } problem(s) in the file, nothing was imported. First: row { $row }, whole row: { $problem }.
said-registry-csv-refused-cell = { $count } problem(s) in the file, nothing was imported. First: row { $row }, { $column }: { $problem }.
# A row that could not be written. $problem: why, in English.
said-registry-csv-row = Row { $row }: { $problem }

## A problem of one row (or cell) of a hub CSV, listed by the import's preview
# $error: what the CSV reader said (in English).
said-registry-csv-row-unreadable = this row cannot be read: { $error }
# $fields: the row's fields; $width: the header's.
said-registry-csv-row-width = this row has { $fields } fields but the header has { $width }
# $other: the separator the row seems to use; $separator: the header's ("," ";" or "tab").
said-registry-csv-row-width-separator = this row has { $fields } fields but the header has { $width } — it seems to be separated by '{ $other }' while the header uses '{ $separator }'
# $text: the cell, as written.
said-registry-csv-not-number = '{ $text }' is not a number
said-registry-csv-maturity-bad = '{ $text }' is not a maturity: write emerging or established
said-registry-csv-membership-bad = '{ $text }' is not a membership: write regular, associate or former
said-registry-csv-not-yes-no = '{ $text }' is not yes or no
said-registry-csv-not-year = '{ $text }' is not a year
# $key: the hub's key; $how: made (from the name and country) or given (in the key column); $first: the row that has it first.
said-registry-csv-key-repeated = { $how ->
        [made] the key '{ $key }' (made from the name and country) is already used in row { $first }
       *[given] the key '{ $key }' is already used in row { $first }
    }

## The network's settings
said-registry-settings-network-missing = Enter the network's name.
said-registry-settings-address-long = The address is too long (at most { $most } characters).
said-registry-settings-address-lines = The address has more than { $most } lines.
said-registry-settings-title-long = The title is too long (at most { $most } characters).
said-registry-settings-place-long = The place is too long (at most { $most } characters).
said-registry-settings-language-bad = Choose English (en) or French (fr).
# $size: the file's size; $most: the largest accepted; both in KB.
said-registry-logo-too-large = The logo is { $size } KB; the limit is { $most } KB. Use a smaller PNG or JPEG.
said-registry-logo-not-image = The logo must be a PNG or JPEG image.
said-registry-logo-over-2mb = The logo is larger than 2 MB.

# Bank details (registry/bank.rs).
said-registry-iban-missing = Give the account's IBAN.
said-registry-iban-checksum = { $iban } is not a valid IBAN: its check digits do not match the rest. Look for a character typed wrong or swapped.
said-registry-iban-shape = { $iban } is not an IBAN: an IBAN starts with two letters for the country and two check digits, followed by up to 30 letters and digits.
said-registry-iban-national = { $iban } is not a valid IBAN for { $country }: its account number has the wrong length or format for that country. Check it against the bank's statement.
said-registry-iban-country = IBANs starting with { $country } are not issued by any country this program knows.
said-registry-account-holder-missing = Give the account holder's name, as the bank knows it.
said-registry-account-holder-long = The account holder's name is too long: a bank transfer carries at most { $most } characters.
said-registry-account-owner-unknown = Bank details belong to the network, a hub or an application.
said-registry-bic-missing = Give the bank's BIC.
said-registry-bic-shape = { $bic } is not a BIC: a BIC has 8 or 11 characters, four letters for the bank, two for the country, then two letters or digits for the place and, for a branch, three more.
said-registry-bic-country = { $bic } is not a valid BIC: { $country } is not a country code.
