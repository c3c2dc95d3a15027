-- The emission factors a cycle's report uses to estimate the travel footprint: for each travel
-- mode, distance bands (one-way great-circle km, as for the travel grants) with the grams of
-- CO2e one passenger emits per km, and the public source the figures come from. A cycle
-- without rows uses the defaults (see cycle_report/emissions.rs) until staff save its own.
--   mg_per_pkm: milligrams CO2e per passenger-km (125.76 g = 125760), so figures stay exact.
--   to_km: inclusive upper limit; NULL for the last band of a mode.
CREATE TABLE emission_factors (
    id          INTEGER PRIMARY KEY,
    cycle_id    INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    travel_mode TEXT NOT NULL CHECK (travel_mode IN ('standard', 'green')),
    from_km     INTEGER NOT NULL CHECK (from_km >= 0),
    to_km       INTEGER CHECK (to_km IS NULL OR to_km >= from_km),
    label       TEXT NOT NULL,
    mg_per_pkm  INTEGER NOT NULL CHECK (mg_per_pkm >= 0),
    UNIQUE (cycle_id, travel_mode, from_km)
);

-- The source named under the figures in the report, one per cycle that has its own factors.
CREATE TABLE emission_sources (
    cycle_id   INTEGER PRIMARY KEY REFERENCES cycles (id) ON DELETE CASCADE,
    source     TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
