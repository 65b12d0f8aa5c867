-- SPDX-FileCopyrightText: 2026 LinkPoint contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 4: visits to enterprises (走访) and the three lists they feed — problems found
-- (走访问题清单), measures taken (解决措施清单) and feedback to the enterprise (回复反馈清单) —
-- with the transfers (移交) of problems to district departments, the supervision orders (督办单)
-- that follow them until solved, the configurable problem categories and departments, and the
-- holiday table deadlines are counted with.
--
-- Overdue and due-soon are never stored: they are derived from deadline, status and the day.

-- How deadlines are counted for the whole file: 'calendar' days (民法典: the first day is not
-- counted, a last day that falls on a day off rolls over) or 'working' days.
ALTER TABLE district ADD COLUMN deadline_counting TEXT NOT NULL DEFAULT 'calendar'
    CHECK (deadline_counting IN ('calendar', 'working'));

CREATE TABLE problem_categories (
    id             TEXT PRIMARY KEY NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    deadline_days  INTEGER NOT NULL CHECK (deadline_days BETWEEN 1 AND 365),
    sort_order     INTEGER NOT NULL DEFAULT 0,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX problem_categories_code ON problem_categories (code) WHERE deleted_at IS NULL;

-- The district departments (区直部门) problems outside the political-legal remit go to.
CREATE TABLE departments (
    id             TEXT PRIMARY KEY NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    sort_order     INTEGER NOT NULL DEFAULT 0,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX departments_code ON departments (code) WHERE deleted_at IS NULL;

-- Years of the holiday table imported into this file; each replaces the built-in table's year.
CREATE TABLE calendar_years (
    year        INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,        -- the State Council notice the year comes from
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
CREATE TABLE calendar_days (
    day  TEXT PRIMARY KEY NOT NULL,   -- YYYY-MM-DD
    year INTEGER NOT NULL REFERENCES calendar_years (year) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),  -- workday: 调休上班
    name TEXT NOT NULL
);
CREATE INDEX calendar_days_year ON calendar_days (year);

CREATE TABLE visits (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    visit_date     TEXT NOT NULL,
    unit_id        TEXT NOT NULL REFERENCES units (id),
    enterprise_id  TEXT NOT NULL REFERENCES enterprises (id),
    reason         TEXT NOT NULL DEFAULT 'routine'
                   CHECK (reason IN ('routine', 'disputes', 'difficulty', 'revisit')),
    met_name       TEXT,
    met_role       TEXT,
    content        TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE INDEX visits_unit_date ON visits (unit_id, visit_date);
CREATE INDEX visits_date ON visits (visit_date);
CREATE INDEX visits_enterprise_date ON visits (enterprise_id, visit_date);

CREATE TABLE visit_officers (
    id             TEXT PRIMARY KEY NOT NULL,
    visit_id       TEXT NOT NULL REFERENCES visits (id),
    officer_id     TEXT NOT NULL REFERENCES officers (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX visit_officers_pair ON visit_officers (visit_id, officer_id)
    WHERE deleted_at IS NULL;
CREATE INDEX visit_officers_officer ON visit_officers (officer_id);

-- unit_id, enterprise_id and found_on repeat the visit's, so the lists and the statistics
-- read one table. number is P<year>-<6 digits>, numbered per year of found_on.
CREATE TABLE problems (
    seq                    INTEGER PRIMARY KEY,
    id                     TEXT NOT NULL UNIQUE,
    number                 TEXT NOT NULL UNIQUE,
    visit_id               TEXT NOT NULL REFERENCES visits (id),
    unit_id                TEXT NOT NULL REFERENCES units (id),
    enterprise_id          TEXT NOT NULL REFERENCES enterprises (id),
    found_on               TEXT NOT NULL,
    category_id            TEXT NOT NULL REFERENCES problem_categories (id),
    description            TEXT NOT NULL,
    request                TEXT,
    triage                 TEXT CHECK (triage IS NULL OR triage IN ('own', 'cross', 'transfer')),
    responsible_unit_id    TEXT REFERENCES units (id),
    responsible_section_id TEXT REFERENCES sections (id),
    responsible_officer_id TEXT REFERENCES officers (id),
    deadline               TEXT NOT NULL CHECK (deadline >= found_on),
    status                 TEXT NOT NULL DEFAULT 'registered'
                           CHECK (status IN ('registered', 'in_progress', 'transferred',
                                             'result_received', 'feedback_given', 'closed')),
    result                 TEXT,
    result_on              TEXT,
    closed_on              TEXT,
    closed_by              TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    deleted_at             TEXT,
    version                INTEGER NOT NULL DEFAULT 1,
    audit_batch_id         INTEGER REFERENCES audit_log (id)
);
CREATE INDEX problems_visit ON problems (visit_id);
CREATE INDEX problems_unit_found ON problems (unit_id, found_on);
CREATE INDEX problems_found ON problems (found_on);
CREATE INDEX problems_enterprise ON problems (enterprise_id);
CREATE INDEX problems_closed ON problems (closed_on) WHERE closed_on IS NOT NULL;
-- The open problems are a small part of ten years of problems: this partial index holds just
-- them, by unit and deadline, for overdue and due-soon counts and lists.
CREATE INDEX problems_open_deadline ON problems (unit_id, deadline)
    WHERE status <> 'closed' AND deleted_at IS NULL;

-- The political-legal units a cross-unit problem is coordinated with.
CREATE TABLE problem_units (
    id             TEXT PRIMARY KEY NOT NULL,
    problem_id     TEXT NOT NULL REFERENCES problems (id),
    unit_id        TEXT NOT NULL REFERENCES units (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX problem_units_pair ON problem_units (problem_id, unit_id)
    WHERE deleted_at IS NULL;

CREATE TABLE measures (
    id             TEXT PRIMARY KEY NOT NULL,
    problem_id     TEXT NOT NULL REFERENCES problems (id),
    taken_on       TEXT NOT NULL,
    content        TEXT NOT NULL,
    officer_id     TEXT REFERENCES officers (id),
    done_by        TEXT,              -- who, when not one of the officers (a department)
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id),
    CHECK (officer_id IS NOT NULL OR done_by IS NOT NULL)
);
CREATE INDEX measures_problem ON measures (problem_id);
CREATE INDEX measures_taken ON measures (taken_on);

CREATE TABLE feedback (
    id             TEXT PRIMARY KEY NOT NULL,
    problem_id     TEXT NOT NULL REFERENCES problems (id),
    given_on       TEXT NOT NULL,
    manner         TEXT NOT NULL CHECK (manner IN ('in_person', 'phone', 'writing')),
    content        TEXT NOT NULL,
    satisfaction   TEXT NOT NULL CHECK (satisfaction IN ('satisfied', 'basic', 'unsatisfied')),
    officer_id     TEXT REFERENCES officers (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE INDEX feedback_problem ON feedback (problem_id);
CREATE INDEX feedback_given ON feedback (given_on);

-- A transfer letter (交办单) is numbered per year: 〔letter_year〕letter_seq号.
CREATE TABLE transfers (
    id             TEXT PRIMARY KEY NOT NULL,
    problem_id     TEXT NOT NULL REFERENCES problems (id),
    department_id  TEXT NOT NULL REFERENCES departments (id),
    transferred_on TEXT NOT NULL,
    letter_year    INTEGER NOT NULL,
    letter_seq     INTEGER NOT NULL CHECK (letter_seq > 0),
    note           TEXT,
    reply          TEXT,
    replied_on     TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX transfers_letter ON transfers (letter_year, letter_seq);
CREATE INDEX transfers_problem ON transfers (problem_id);

-- A supervision order (督办单), numbered per year: 〔order_year〕order_seq号.
CREATE TABLE supervision_orders (
    id             TEXT PRIMARY KEY NOT NULL,
    problem_id     TEXT NOT NULL REFERENCES problems (id),
    order_year     INTEGER NOT NULL,
    order_seq      INTEGER NOT NULL CHECK (order_seq > 0),
    issued_on      TEXT NOT NULL,
    time_limit     TEXT NOT NULL CHECK (time_limit >= issued_on),
    trigger        TEXT NOT NULL CHECK (trigger IN ('on_demand', 'overdue')),
    unit_id        TEXT NOT NULL REFERENCES units (id),   -- the unit that supervises
    requirement    TEXT NOT NULL,
    reply          TEXT,
    replied_on     TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted_at     TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    audit_batch_id INTEGER REFERENCES audit_log (id)
);
CREATE UNIQUE INDEX supervision_orders_number ON supervision_orders (order_year, order_seq);
CREATE INDEX supervision_orders_problem ON supervision_orders (problem_id);

-- The default categories and departments, written as one audited batch each by LinkPoint.
INSERT INTO audit_log (at, actor, table_name, record_id, action, changes, note)
VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'system', 'problem_categories', NULL, 'batch',
        NULL, 'default problem categories');
INSERT INTO problem_categories (id, code, name, deadline_days, sort_order, created_at, updated_at,
                                created_by, updated_by, audit_batch_id)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
             || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       code, name, days, sort_order, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'system', 'system', (SELECT max(id) FROM audit_log)
FROM (SELECT 'labour' AS code, '劳动用工' AS name, 15 AS days, 1 AS sort_order
      UNION ALL SELECT 'contract', '合同履约', 30, 2
      UNION ALL SELECT 'ip', '知识产权', 30, 3
      UNION ALL SELECT 'security', '治安环境', 15, 4
      UNION ALL SELECT 'approval', '行政审批', 15, 5
      UNION ALL SELECT 'finance', '融资信贷', 30, 6
      UNION ALL SELECT 'litigation', '涉法涉诉', 30, 7
      UNION ALL SELECT 'other', '其他', 30, 8);

INSERT INTO audit_log (at, actor, table_name, record_id, action, changes, note)
VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'system', 'departments', NULL, 'batch',
        NULL, 'default departments');
INSERT INTO departments (id, code, name, sort_order, created_at, updated_at, created_by,
                         updated_by, audit_batch_id)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
             || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       code, name, sort_order, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'system', 'system', (SELECT max(id) FROM audit_log)
FROM (SELECT 'rsj' AS code, '区人力资源和社会保障局' AS name, 1 AS sort_order
      UNION ALL SELECT 'scjgj', '区市场监督管理局', 2
      UNION ALL SELECT 'zjj', '区住房和城乡建设局', 3
      UNION ALL SELECT 'zrzyj', '区自然资源局', 4
      UNION ALL SELECT 'sthjj', '区生态环境分局', 5
      UNION ALL SELECT 'swj', '区税务局', 6
      UNION ALL SELECT 'fgj', '区发展和改革局', 7
      UNION ALL SELECT 'gxj', '区工业和信息化局', 8
      UNION ALL SELECT 'swuj', '区商务局', 9
      UNION ALL SELECT 'jrb', '区地方金融工作局', 10
      UNION ALL SELECT 'yjj', '区应急管理局', 11
      UNION ALL SELECT 'cgj', '区城市管理局', 12
      UNION ALL SELECT 'zwfw', '区政务服务中心', 13);
