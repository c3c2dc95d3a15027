# What the core says about the cycle report and its emission factors.

## The emission factors
said-report-source-missing = Name the public source of the figures: the report prints it under the estimate.
said-report-source-long = The source is longer than { $most } characters: shorten it.
said-report-label-missing = Say what the figure is (e.g. "National rail").
said-report-label-long = The label is longer than { $most } characters.
said-report-factor-range = A factor is between 0 and 5,000 g CO₂e per passenger-km.
said-report-band-ends-before = The band ends before it starts ({ $from } km).

## The distance bands of a travel mode ($mode: standard or green)
said-report-mode-no-factor = Give at least one factor for { $mode } travel.
said-report-band-first-at-zero = The first { $mode } band starts at 0 km.
said-report-band-open-ended = Only the last { $mode } band is open-ended: give this one an upper limit.
said-report-band-gap = This { $mode } band should start at { $from } km, right after the band before it ends.
said-report-band-last-bounded = The last { $mode } band has no upper limit: leave it empty.

## Writing the report
said-report-language-unknown = The report is written in English or French; '{ $language }' is not one of them.
said-report-no-destination = Say where to write the report: a PDF file, an XLSX file, or both.
said-report-wrong-extension = The { $format } report is saved as .{ $ext }, not '{ $path }'.
said-report-workbook-failed = The report's workbook could not be built: { $error }
