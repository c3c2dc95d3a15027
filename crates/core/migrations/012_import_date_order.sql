-- The order of day and month in the slash dates of a cycle's form export (day_month or
-- month_day), kept with the column mapping so the next export of the same form is read the
-- same way. NULL: not chosen, and the file's own dates did not settle it.
ALTER TABLE import_mappings ADD COLUMN date_order TEXT CHECK (date_order IN ('day_month', 'month_day'));
