-- SPDX-FileCopyrightText: 2026 LinkPoint contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 6: the dashboard and the statistics count from indexes alone, without reading the
-- problems table (258 MB on a district's ten years).
--
-- The open problems with what their counts per unit and by triage read. The queries name it
-- (INDEXED BY): without statistics the planner otherwise prefers problems_live_found and reads
-- every problem (0.5 s on the district file instead of a few milliseconds).
CREATE INDEX problems_open_units ON problems (unit_id, triage, deadline)
    WHERE status <> 'closed' AND deleted_at IS NULL;

-- The closed problems that count (not in the recycle bin), by the day closed with their unit:
-- the closed per month and per unit without a look into the table for deleted_at.
DROP INDEX problems_closed;
CREATE INDEX problems_closed ON problems (closed_on, unit_id)
    WHERE closed_on IS NOT NULL AND deleted_at IS NULL;

-- The flagged enterprises (纠纷多/经营困难) in name order with what the cadence shows of them,
-- and the live visits by enterprise and day: each one's last visit is one step into the index.
CREATE INDEX enterprises_flagged ON enterprises (name, id, flag_disputes, flag_difficulty)
    WHERE deleted_at IS NULL AND (flag_disputes = 1 OR flag_difficulty = 1);
CREATE INDEX visits_live_enterprise ON visits (enterprise_id, visit_date)
    WHERE deleted_at IS NULL;
