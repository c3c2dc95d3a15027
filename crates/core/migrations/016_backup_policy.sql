-- How many backups of the data file are kept: the newest `backup_keep_last`, and besides them
-- the newest of each of the last `backup_monthly` calendar months (0: none kept by month).
ALTER TABLE settings ADD COLUMN backup_keep_last INTEGER NOT NULL DEFAULT 10 CHECK (backup_keep_last BETWEEN 1 AND 1000);
ALTER TABLE settings ADD COLUMN backup_monthly INTEGER NOT NULL DEFAULT 12 CHECK (backup_monthly BETWEEN 0 AND 120);
