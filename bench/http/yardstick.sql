-- The PostgreSQL yardstick of bench/http.sh: the demo directory's searchable columns in plain tables with the
-- indexes a hand-written PostgreSQL search would use. The *_raw tables are filled from the demo's SQLite file
-- (bench/http.sh copies them with sqlite3 and \copy); this file turns them into the searched tables.
-- Psql variables: none. Runs in one transaction apart from the final ANALYZE.

BEGIN;
CREATE EXTENSION IF NOT EXISTS postgis;

-- One row per service: what the filters and the ranking read. The text is weighted as the engine weighs its
-- fields: name (A), taxonomy terms and need (B), alternate and organisation names (C), description (D).
CREATE TABLE svc AS
SELECT id::uuid AS id, status, need, term_ids::uuid[] AS term_ids, min_age, max_age, assured::date AS assured, name,
       setweight(to_tsvector('english', name), 'A')
       || setweight(to_tsvector('english', coalesce(term_names, '')), 'B')
       || setweight(to_tsvector('english', coalesce(alternate_name, '') || ' ' || coalesce(organisation, '')), 'C')
       || setweight(to_tsvector('english', coalesce(description, '')), 'D') AS tsv
FROM svc_raw;
ALTER TABLE svc ADD PRIMARY KEY (id);
CREATE INDEX svc_tsv ON svc USING gin (tsv);
CREATE INDEX svc_need ON svc (need);
CREATE INDEX svc_terms ON svc USING gin (term_ids);
CREATE INDEX svc_assured ON svc (assured DESC NULLS LAST, name);

-- One row per place a service is delivered, as a geography point (metres on the spheroid).
CREATE TABLE svc_place AS
SELECT service_id::uuid AS service_id, ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography AS geog
FROM svc_place_raw;
CREATE INDEX svc_place_geog ON svc_place USING gist (geog);
CREATE INDEX svc_place_service ON svc_place (service_id);

-- One row per weekly opening (day 0 = Sunday, as .NET's DayOfWeek).
CREATE TABLE svc_opening AS
SELECT service_id::uuid AS service_id,
       (array_position(ARRAY['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'], upper(trim(day))) - 1)::smallint AS day,
       opens::time AS opens, closes::time AS closes
FROM svc_opening_raw, unnest(string_to_array(byday, ',')) AS day
WHERE array_position(ARRAY['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'], upper(trim(day))) IS NOT NULL;
CREATE INDEX svc_opening_day ON svc_opening (day, opens, closes, service_id);
CREATE INDEX svc_opening_service ON svc_opening (service_id, day);

DROP TABLE svc_raw, svc_place_raw, svc_opening_raw;
COMMIT;

VACUUM ANALYZE svc;
VACUUM ANALYZE svc_place;
VACUUM ANALYZE svc_opening;
