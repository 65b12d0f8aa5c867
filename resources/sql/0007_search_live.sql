-- SPDX-FileCopyrightText: 2026 LinkPoint contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 7: search as you type over visits and problems answers from its indexes alone.
--
-- 1. The trigram indexes of schema 5 held every row, the recycle bin's too, so each count looked
--    up every match's deleted_at in the table (50 ms for the 17,000 problems "拖欠货款" finds on
--    the district file, against 1 ms for the index alone). They are rebuilt over views of the
--    live rows, and the triggers take a row out when it is deleted and put it back when restored.
-- 2. Words of one or two characters cannot use a trigram index and read every problem's text
--    (0.36 s on the district file). A second full-text index per table holds each character as
--    its own token: the views below write the text with a space after every character, and a
--    word is then a phrase of its characters ("欠款" is "欠 款"), which finds exactly the rows
--    that contain it, in a few milliseconds. Only letters and digits are tokens; the searches
--    send other words to a scan. SQL has no function to split a string, so the views take the
--    characters one position at a time from search_positions; a field is indexed by characters
--    up to its 10,000th (the trigram index still finds longer words beyond it).
--
-- Both kinds of index read their text from the views, so a rebuild (BulkSearchIndex) and a
-- trigger's delete see exactly what was indexed. The triggers keep the <table>_fts_ prefix by
-- which BulkSearchIndex finds them.

DROP TRIGGER visits_fts_insert;
DROP TRIGGER visits_fts_delete;
DROP TRIGGER visits_fts_update;
DROP TABLE visits_fts;
DROP TRIGGER problems_fts_insert;
DROP TRIGGER problems_fts_delete;
DROP TRIGGER problems_fts_update;
DROP TABLE problems_fts;

CREATE TABLE search_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE counter (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 10000)
INSERT INTO search_positions (n) SELECT n FROM counter;

CREATE VIEW visits_live_text AS
SELECT seq, content, met_name, met_role FROM visits WHERE deleted_at IS NULL;

CREATE VIEW visits_live_chars AS
SELECT seq,
    (SELECT group_concat(substr(v.content, n, 1), ' ') FROM search_positions
        WHERE n <= length(v.content)) AS content,
    (SELECT group_concat(substr(v.met_name, n, 1), ' ') FROM search_positions
        WHERE n <= length(v.met_name)) AS met_name,
    (SELECT group_concat(substr(v.met_role, n, 1), ' ') FROM search_positions
        WHERE n <= length(v.met_role)) AS met_role
FROM visits v WHERE deleted_at IS NULL;

CREATE VIEW problems_live_text AS
SELECT seq, number, description, request, result FROM problems WHERE deleted_at IS NULL;

CREATE VIEW problems_live_chars AS
SELECT seq,
    (SELECT group_concat(substr(p.number, n, 1), ' ') FROM search_positions
        WHERE n <= length(p.number)) AS number,
    (SELECT group_concat(substr(p.description, n, 1), ' ') FROM search_positions
        WHERE n <= length(p.description)) AS description,
    (SELECT group_concat(substr(p.request, n, 1), ' ') FROM search_positions
        WHERE n <= length(p.request)) AS request,
    (SELECT group_concat(substr(p.result, n, 1), ' ') FROM search_positions
        WHERE n <= length(p.result)) AS result
FROM problems p WHERE deleted_at IS NULL;

CREATE VIRTUAL TABLE visits_fts USING fts5(
    content, met_name, met_role,
    content = 'visits_live_text', content_rowid = 'seq', tokenize = 'trigram');
CREATE VIRTUAL TABLE visits_chars USING fts5(
    content, met_name, met_role,
    content = 'visits_live_chars', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE problems_fts USING fts5(
    number, description, request, result,
    content = 'problems_live_text', content_rowid = 'seq', tokenize = 'trigram');
CREATE VIRTUAL TABLE problems_chars USING fts5(
    number, description, request, result,
    content = 'problems_live_chars', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 0');

-- In: a live row inserted, or a row changed or restored (after the change, if live). Out: before
-- a live row is changed, deleted into the recycle bin or removed, while the views still show
-- the text that was indexed.
CREATE TRIGGER visits_fts_insert AFTER INSERT ON visits WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO visits_fts (rowid, content, met_name, met_role)
    SELECT seq, content, met_name, met_role FROM visits_live_text WHERE seq = new.seq;
    INSERT INTO visits_chars (rowid, content, met_name, met_role)
    SELECT seq, content, met_name, met_role FROM visits_live_chars WHERE seq = new.seq;
END;
CREATE TRIGGER visits_fts_out BEFORE UPDATE OF content, met_name, met_role, deleted_at ON visits
WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO visits_fts (visits_fts, rowid, content, met_name, met_role)
    SELECT 'delete', seq, content, met_name, met_role FROM visits_live_text WHERE seq = old.seq;
    INSERT INTO visits_chars (visits_chars, rowid, content, met_name, met_role)
    SELECT 'delete', seq, content, met_name, met_role FROM visits_live_chars WHERE seq = old.seq;
END;
CREATE TRIGGER visits_fts_in AFTER UPDATE OF content, met_name, met_role, deleted_at ON visits
WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO visits_fts (rowid, content, met_name, met_role)
    SELECT seq, content, met_name, met_role FROM visits_live_text WHERE seq = new.seq;
    INSERT INTO visits_chars (rowid, content, met_name, met_role)
    SELECT seq, content, met_name, met_role FROM visits_live_chars WHERE seq = new.seq;
END;
CREATE TRIGGER visits_fts_delete BEFORE DELETE ON visits WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO visits_fts (visits_fts, rowid, content, met_name, met_role)
    SELECT 'delete', seq, content, met_name, met_role FROM visits_live_text WHERE seq = old.seq;
    INSERT INTO visits_chars (visits_chars, rowid, content, met_name, met_role)
    SELECT 'delete', seq, content, met_name, met_role FROM visits_live_chars WHERE seq = old.seq;
END;

CREATE TRIGGER problems_fts_insert AFTER INSERT ON problems WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO problems_fts (rowid, number, description, request, result)
    SELECT seq, number, description, request, result FROM problems_live_text
    WHERE seq = new.seq;
    INSERT INTO problems_chars (rowid, number, description, request, result)
    SELECT seq, number, description, request, result FROM problems_live_chars
    WHERE seq = new.seq;
END;
CREATE TRIGGER problems_fts_out BEFORE UPDATE OF number, description, request, result, deleted_at
ON problems WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO problems_fts (problems_fts, rowid, number, description, request, result)
    SELECT 'delete', seq, number, description, request, result FROM problems_live_text
    WHERE seq = old.seq;
    INSERT INTO problems_chars (problems_chars, rowid, number, description, request, result)
    SELECT 'delete', seq, number, description, request, result FROM problems_live_chars
    WHERE seq = old.seq;
END;
CREATE TRIGGER problems_fts_in AFTER UPDATE OF number, description, request, result, deleted_at
ON problems WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO problems_fts (rowid, number, description, request, result)
    SELECT seq, number, description, request, result FROM problems_live_text
    WHERE seq = new.seq;
    INSERT INTO problems_chars (rowid, number, description, request, result)
    SELECT seq, number, description, request, result FROM problems_live_chars
    WHERE seq = new.seq;
END;
CREATE TRIGGER problems_fts_delete BEFORE DELETE ON problems WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO problems_fts (problems_fts, rowid, number, description, request, result)
    SELECT 'delete', seq, number, description, request, result FROM problems_live_text
    WHERE seq = old.seq;
    INSERT INTO problems_chars (problems_chars, rowid, number, description, request, result)
    SELECT 'delete', seq, number, description, request, result FROM problems_live_chars
    WHERE seq = old.seq;
END;

-- The live problems of an enterprise, with their seq: what a search that finds the enterprise's
-- name adds to the matches, without a look into the table.
CREATE INDEX problems_live_enterprise ON problems (enterprise_id) WHERE deleted_at IS NULL;

INSERT INTO visits_fts (visits_fts) VALUES ('rebuild');
INSERT INTO visits_chars (visits_chars) VALUES ('rebuild');
INSERT INTO problems_fts (problems_fts) VALUES ('rebuild');
INSERT INTO problems_chars (problems_chars) VALUES ('rebuild');
