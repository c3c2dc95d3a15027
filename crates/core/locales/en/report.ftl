# The cycle report, English.

report-title = { $cycle }: cycle report
report-subtitle = { $programme } · { $year } · drawn up on { $date }
report-summary = { $grants ->
    [one] One grant was
   *[other] { $grants } grants were
} awarded for { $awarded }, against a budget of { $envelope }; { $paid } has been paid so far.
report-left-out = Not counted here: { $drafts } draft and { $cancelled } cancelled grants.
report-nothing = No grant of this cycle has been awarded yet: the report counts awarded grants only.
report-heading-budget = Budget
report-col-envelope = Budget
report-col-awarded = Awarded
report-col-paid = Paid
report-col-remaining = Remaining
report-col-used = Used
report-heading-programmes = The programmes of { $year }
report-col-programme = Programme
report-col-cycles = Cycles
report-col-grants = Grants
report-col-travellers = Travellers
report-this-programme = { $programme } (this report)
report-heading-countries = Per country
report-col-country = Country
report-col-sent = Travellers sent
report-col-received = Travellers received
report-heading-travel = Travel
report-travel-summary = { $travellers ->
    [one] One traveller
   *[other] { $travellers } travellers
} on { $trips ->
    [one] one journey
   *[other] { $trips } journeys
}; { $green } of them ({ $share }) travelled green: by train, bus or shared car for most of the way.
report-travel-none = No awarded grant of this cycle pays for a journey.
report-map-caption = The cycle's journeys, from each hub to its host along the great circle; a thicker line carries more travellers.
report-legend-green = Green travel
report-legend-standard = Standard travel
report-heading-footprint = Travel footprint (an estimate)
report-col-mode = Mode
report-col-factor = Emission factor
report-col-per-km = g CO₂e per passenger-km
report-col-trips = Journeys
report-col-traveller-km = Traveller-km
report-col-co2 = kg CO₂e
report-mode-standard = Standard
report-mode-green = Green
report-total = Total
report-footprint-compare = Had every journey been standard travel, the estimate would be { $standard } kg CO₂e: green travel saved { $saved } kg.
report-footprint-method = How it is estimated: the one-way great-circle distance between the two hubs, in whole kilometres, × 2 for the return journey × the travellers × the factor of the journey's mode and distance.
report-footprint-source = Emission factors: { $source }
report-footprint-defaults = These are Mobility Desk's default factors; they can be changed for the cycle.
report-footprint-unplaced = { $count ->
    [one] One journey is
   *[other] { $count } journeys are
} left out: a hub has no coordinates.
report-heading-trips = Journeys
report-col-from = From
report-col-to = To
report-col-km = km, one way

# The workbook's sheets and labels.
report-sheet-summary = Summary
report-sheet-programmes = Programmes
report-sheet-countries = Countries
report-sheet-journeys = Journeys
report-sheet-factors = Emission factors
report-label-cycle = Cycle
report-label-programme = Programme
report-label-year = Year
report-label-grants = Awarded grants
report-label-travellers = Travellers
report-label-green = Green travellers
report-label-green-share = Share of green travel
report-label-co2 = Estimated travel footprint, kg CO₂e
report-label-all-standard = The same, had every journey been standard travel, kg CO₂e
report-label-source = Source of the emission factors
report-col-country-code = Code
report-col-hub = Hub
report-col-city = City
report-col-from-km = From km
report-col-to-km = To km
report-col-grant = Grant
