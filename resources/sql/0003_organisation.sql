-- SPDX-FileCopyrightText: 2026 LinkPoint contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 3: the organisation records every visit, need and case hangs on — sections of units,
-- officers' sections and roles, parks, service contact points (with the parks they serve and
-- their member officers) and enterprises, with a trigram full-text index over enterprises.
-- Link tables are record tables too, so the audit log accounts for every membership.

CREATE TABLE sections (
    id             TEXT PRIMARY KEY NOT NULL,
    unit_id        TEXT NOT NULL REFERENCES units (id),
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    sort_order     INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX sections_code ON sections (unit_id, code) WHERE deleted_at IS NULL;

ALTER TABLE officers ADD COLUMN section_id TEXT REFERENCES sections (id);
ALTER TABLE officers ADD COLUMN role TEXT NOT NULL DEFAULT 'staff'
    CHECK (role IN ('leader', 'judge', 'prosecutor', 'police', 'mediator', 'staff'));
CREATE INDEX officers_section ON officers (section_id);

CREATE TABLE parks (
    id             TEXT PRIMARY KEY NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    address        TEXT,
    managing_body  TEXT,
    contact_name   TEXT,
    contact_phone  TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX parks_code ON parks (code) WHERE deleted_at IS NULL;

CREATE TABLE contact_points (
    id             TEXT PRIMARY KEY NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    host_unit_id   TEXT NOT NULL REFERENCES units (id),
    convener_id    TEXT REFERENCES officers (id),
    address        TEXT,
    phone          TEXT,
    established_on TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX contact_points_code ON contact_points (code) WHERE deleted_at IS NULL;

CREATE TABLE contact_point_parks (
    id               TEXT PRIMARY KEY NOT NULL,
    contact_point_id TEXT NOT NULL REFERENCES contact_points (id),
    park_id          TEXT NOT NULL REFERENCES parks (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted_at       TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    audit_batch_id   INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX contact_point_parks_pair ON contact_point_parks (contact_point_id, park_id)
    WHERE deleted_at IS NULL;
CREATE INDEX contact_point_parks_park ON contact_point_parks (park_id);

CREATE TABLE contact_point_members (
    id               TEXT PRIMARY KEY NOT NULL,
    contact_point_id TEXT NOT NULL REFERENCES contact_points (id),
    officer_id       TEXT NOT NULL REFERENCES officers (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted_at       TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    audit_batch_id   INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX contact_point_members_pair
    ON contact_point_members (contact_point_id, officer_id) WHERE deleted_at IS NULL;
CREATE INDEX contact_point_members_officer ON contact_point_members (officer_id);

-- seq is the rowid the full-text index points at: an INTEGER PRIMARY KEY, so VACUUM keeps it.
CREATE TABLE enterprises (
    seq                  INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL,
    credit_code          TEXT NOT NULL,
    credit_code_override TEXT,  -- the reason a non-conforming code was accepted
    legal_representative TEXT,
    contact_name         TEXT,
    contact_phone        TEXT,
    address              TEXT,
    industry             TEXT CHECK (industry IS NULL OR length(industry) = 1),
    scale                TEXT CHECK (scale IS NULL OR scale IN ('above', 'below', 'micro', 'individual')),
    park_id              TEXT REFERENCES parks (id),
    contact_point_id     TEXT REFERENCES contact_points (id),
    liaison_officer_id   TEXT REFERENCES officers (id),
    liaison_judge_id     TEXT REFERENCES officers (id),
    flag_disputes        INTEGER NOT NULL DEFAULT 0 CHECK (flag_disputes IN (0, 1)),
    flag_difficulty      INTEGER NOT NULL DEFAULT 0 CHECK (flag_difficulty IN (0, 1)),
    flag_key             INTEGER NOT NULL DEFAULT 0 CHECK (flag_key IN (0, 1)),
    notes                TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    deleted_at           TEXT,
    version              INTEGER NOT NULL DEFAULT 1,
    audit_batch_id       INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX enterprises_credit_code ON enterprises (credit_code) WHERE deleted_at IS NULL;
CREATE INDEX enterprises_name ON enterprises (name);
CREATE INDEX enterprises_park ON enterprises (park_id);
CREATE INDEX enterprises_contact_point ON enterprises (contact_point_id);
CREATE INDEX enterprises_liaison_officer ON enterprises (liaison_officer_id);
CREATE INDEX enterprises_liaison_judge ON enterprises (liaison_judge_id);
-- Searches of one or two characters cannot use the trigram index and scan instead: this narrow
-- covering index makes that scan read a fraction of the table's pages.
CREATE INDEX enterprises_search ON enterprises (deleted_at, name, credit_code,
    legal_representative, contact_name, contact_phone, address);

-- Search as you type: trigram matches for 3+ characters (shorter terms use LIKE, see
-- EnterpriseRepository). The triggers keep the index in step; bulk writers drop and re-create
-- them around their rows and rebuild the index once (SearchIndex).
CREATE VIRTUAL TABLE enterprises_fts USING fts5(
    name, credit_code, legal_representative, contact_name, contact_phone, address,
    content = 'enterprises', content_rowid = 'seq', tokenize = 'trigram');

CREATE TRIGGER enterprises_fts_insert AFTER INSERT ON enterprises BEGIN
    INSERT INTO enterprises_fts (rowid, name, credit_code, legal_representative, contact_name,
                                 contact_phone, address)
    VALUES (new.seq, new.name, new.credit_code, new.legal_representative, new.contact_name,
            new.contact_phone, new.address);
END;
CREATE TRIGGER enterprises_fts_delete AFTER DELETE ON enterprises BEGIN
    INSERT INTO enterprises_fts (enterprises_fts, rowid, name, credit_code, legal_representative,
                                 contact_name, contact_phone, address)
    VALUES ('delete', old.seq, old.name, old.credit_code, old.legal_representative,
            old.contact_name, old.contact_phone, old.address);
END;
CREATE TRIGGER enterprises_fts_update AFTER UPDATE OF name, credit_code, legal_representative,
        contact_name, contact_phone, address ON enterprises BEGIN
    INSERT INTO enterprises_fts (enterprises_fts, rowid, name, credit_code, legal_representative,
                                 contact_name, contact_phone, address)
    VALUES ('delete', old.seq, old.name, old.credit_code, old.legal_representative,
            old.contact_name, old.contact_phone, old.address);
    INSERT INTO enterprises_fts (rowid, name, credit_code, legal_representative, contact_name,
                                 contact_phone, address)
    VALUES (new.seq, new.name, new.credit_code, new.legal_representative, new.contact_name,
            new.contact_phone, new.address);
END;
