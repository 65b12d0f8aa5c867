-- SPDX-FileCopyrightText: 2026 LinkPoint contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 8: what the dashboard shows at every start costs the same on ten years of records as
-- on one.
--
-- The problems found and closed per month, kept by triggers in the same transaction as the
-- writes they count: the live problems only (not in the recycle bin), a problem counted in the
-- month of its found_on, and in the month of its closed_on while it is closed. The dashboard's
-- twelve months used to be 24 counts over index ranges (about 3,300 entries each on the
-- district file); they are now one read of twelve rows. A month no problem touches has no row.
CREATE TABLE problem_months (
    month  TEXT PRIMARY KEY, -- YYYY-MM
    found  INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The same counted from the problems: how the counters are filled here and after a bulk write
-- (BulkSearchIndex suspends the triggers below, as it does the search indexes').
CREATE VIEW problem_months_counted AS
SELECT month, sum(found) AS found, sum(closed) AS closed FROM (
    SELECT substr(found_on, 1, 7) AS month, 1 AS found, 0 AS closed
    FROM problems WHERE deleted_at IS NULL
    UNION ALL
    SELECT substr(closed_on, 1, 7), 0, 1
    FROM problems WHERE deleted_at IS NULL AND closed_on IS NOT NULL)
GROUP BY month;

INSERT INTO problem_months (month, found, closed)
SELECT month, found, closed FROM problem_months_counted;

-- A live problem counts; a change first takes back what the old row counted, then counts the
-- new one. (The WHERE of each INSERT … SELECT also lets SQLite read its ON CONFLICT.)
CREATE TRIGGER problems_count_insert AFTER INSERT ON problems WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO problem_months (month, found) SELECT substr(new.found_on, 1, 7), 1 WHERE true
    ON CONFLICT (month) DO UPDATE SET found = found + 1;
    INSERT INTO problem_months (month, closed) SELECT substr(new.closed_on, 1, 7), 1
    WHERE new.closed_on IS NOT NULL
    ON CONFLICT (month) DO UPDATE SET closed = closed + 1;
END;
CREATE TRIGGER problems_count_update AFTER UPDATE OF found_on, closed_on, deleted_at ON problems
BEGIN
    UPDATE problem_months SET found = found - 1
    WHERE old.deleted_at IS NULL AND month = substr(old.found_on, 1, 7);
    UPDATE problem_months SET closed = closed - 1
    WHERE old.deleted_at IS NULL AND month = substr(old.closed_on, 1, 7);
    INSERT INTO problem_months (month, found) SELECT substr(new.found_on, 1, 7), 1
    WHERE new.deleted_at IS NULL
    ON CONFLICT (month) DO UPDATE SET found = found + 1;
    INSERT INTO problem_months (month, closed) SELECT substr(new.closed_on, 1, 7), 1
    WHERE new.deleted_at IS NULL AND new.closed_on IS NOT NULL
    ON CONFLICT (month) DO UPDATE SET closed = closed + 1;
END;
CREATE TRIGGER problems_count_delete AFTER DELETE ON problems WHEN old.deleted_at IS NULL BEGIN
    UPDATE problem_months SET found = found - 1 WHERE month = substr(old.found_on, 1, 7);
    UPDATE problem_months SET closed = closed - 1 WHERE month = substr(old.closed_on, 1, 7);
END;

-- The month's visits per unit and enterprise for the cadence, from the index alone: deleted_at
-- is in the key (always NULL there) because SQLite 3.40 reads a partial index as covering only
-- when it holds every column the query names.
CREATE INDEX visits_live_month ON visits (visit_date, unit_id, enterprise_id, deleted_at)
    WHERE deleted_at IS NULL;
