-- SPDX-FileCopyrightText: 2026 LinkPoint contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 2: the district this database belongs to (one row, named at first start).

CREATE TABLE district (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
