-- SPDX-FileCopyrightText: 2026 LinkPoint contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 1: the audit log and the first records (units, officers).
-- Every record table carries the same metadata columns:
--   id TEXT (UUID), created_at / updated_at (UTC ISO-8601 with ms), created_by / updated_by
--   (an officer id, 'cli:<os user>' or 'system'), deleted_at (soft delete), version
--   (optimistic concurrency, starts at 1), audit_batch_id (set when a bulk operation wrote the
--   record under one batch entry of audit_log instead of one entry per record).

PRAGMA application_id = 1280004180;  -- 0x4C4B5054, 'LKPT'

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    record_id   TEXT,                 -- NULL for a batch entry
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'restore', 'batch')),
    changes     TEXT,                 -- JSON {"column": [before, after], ...}
    note        TEXT                  -- what a batch was ("demo data", "import roster.xlsx")
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);

CREATE TABLE units (
    id             TEXT PRIMARY KEY NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    short_name     TEXT,
    kind           TEXT NOT NULL CHECK (kind IN ('committee', 'court', 'procuratorate', 'police', 'justice', 'other')),
    sort_order     INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX units_code ON units (code) WHERE deleted_at IS NULL;

CREATE TABLE officers (
    id             TEXT PRIMARY KEY NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    unit_id        TEXT REFERENCES units (id),
    phone          TEXT,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX officers_code ON officers (code) WHERE deleted_at IS NULL;
CREATE INDEX officers_unit ON officers (unit_id);
