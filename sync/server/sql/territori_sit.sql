-- Territori SIT sync kit for PostgreSQL >= 13 with PostGIS >= 3.
--
-- Install into an existing PostGIS database as a superuser (or as a role that may create roles and owns the
-- tables you sync-enable):
--     psql -v ON_ERROR_STOP=1 -d <db> -f territori_sit.sql
-- Idempotent: a second run changes nothing and fails on nothing. It never drops or rewrites data.
--
-- What it installs:
--   schema territori                   sequence sync_rev, the trigger functions, enable_sync(), grant_access(),
--                                      the access matrix and the registry of synced layers
--   public.territori_tombstones        one row per hard-deleted feature (layer, uuid, rev), readable by all roles
--   NOLOGIN group roles                territori_surveyor, territori_citizen, territori_officer, territori_moderator
--
-- Sync-enable an existing table (adds the missing sync columns, installs the triggers):
--     SELECT territori.enable_sync('myschema.mytable', 'Point');        -- Point | LineString | Polygon | none
--     SELECT territori.grant_access('myschema.mytable', 'survey');      -- survey | reference | participation

BEGIN;
SET LOCAL client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA IF NOT EXISTS territori;
COMMENT ON SCHEMA territori IS 'Territori sync kit: rev sequence, triggers, access matrix (see docs/sit.md)';

-- One sequence for every synced table and the tombstones: a rev is unique across the whole database.
CREATE SEQUENCE IF NOT EXISTS territori.sync_rev;

-- Which group role gets which privileges on a layer of a given access category. Add rows to add categories.
-- DELETE is never granted: clients delete softly (an Update setting deleted=true); hard deletes are for the DBA.
CREATE TABLE IF NOT EXISTS territori.access_matrix (
    category   text NOT NULL,
    grp        text NOT NULL,
    privileges text[] NOT NULL CHECK (privileges <@ ARRAY['SELECT', 'INSERT', 'UPDATE']::text[]),
    PRIMARY KEY (category, grp)
);
INSERT INTO territori.access_matrix (category, grp, privileges) VALUES
    ('survey',        'territori_surveyor',  '{SELECT,INSERT,UPDATE}'),
    ('survey',        'territori_officer',   '{SELECT,INSERT,UPDATE}'),
    ('survey',        'territori_citizen',   '{SELECT}'),
    ('survey',        'territori_moderator', '{SELECT}'),
    ('reference',     'territori_surveyor',  '{SELECT}'),
    ('reference',     'territori_officer',   '{SELECT}'),
    ('reference',     'territori_citizen',   '{SELECT}'),
    ('reference',     'territori_moderator', '{SELECT}'),
    ('participation', 'territori_citizen',   '{SELECT,INSERT}'),
    ('participation', 'territori_surveyor',  '{SELECT,INSERT}'),
    ('participation', 'territori_officer',   '{SELECT,INSERT}'),
    ('participation', 'territori_moderator', '{SELECT,UPDATE}')
ON CONFLICT (category, grp) DO NOTHING;

-- Registry of sync-enabled tables: the layer name is the table name, and the WFS type name.
CREATE TABLE IF NOT EXISTS territori.layers (
    layer       text PRIMARY KEY,
    schema_name text NOT NULL,
    table_name  text NOT NULL,
    geomtype    text NOT NULL,
    access      text,
    UNIQUE (schema_name, table_name)
);

-- The group roles (NOLOGIN): one per user role of the app. Login roles are made members of them.
DO $$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT DISTINCT grp FROM territori.access_matrix ORDER BY 1 LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA territori TO %I', r);
    END LOOP;
END $$;

-- Hard deletes. The nullable geometry column is there only so QGIS Server publishes the table like the layers.
CREATE TABLE IF NOT EXISTS public.territori_tombstones (
    layer      text NOT NULL,
    uuid       text NOT NULL,
    rev        bigint NOT NULL,
    deleted_at timestamptz NOT NULL DEFAULT now(),
    deleted_by text,
    geometry   geometry(Point, 4326) NULL,
    PRIMARY KEY (layer, uuid)
);
CREATE INDEX IF NOT EXISTS territori_tombstones_rev_idx ON public.territori_tombstones (rev);
COMMENT ON TABLE public.territori_tombstones IS
    'Territori sync kit: hard-deleted features (written by the BEFORE DELETE trigger only; read-only for all roles)';
REVOKE ALL ON public.territori_tombstones FROM PUBLIC;
DO $$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT DISTINCT grp FROM territori.access_matrix ORDER BY 1 LOOP
        EXECUTE format('GRANT SELECT ON public.territori_tombstones TO %I', r);
    END LOOP;
END $$;

-- Every write to a synced table takes this one transaction-level lock, held until commit: commits happen in rev
-- order, so a reader paging with "rev > cursor" never skips a rev that commits late.
CREATE OR REPLACE FUNCTION territori.take_sync_lock() RETURNS void
LANGUAGE sql VOLATILE AS $$ SELECT pg_advisory_xact_lock(1415934578) $$;  -- 0x54657272, 'Terr'

-- BEFORE INSERT. TG_ARGV[0] is the layer name.
CREATE OR REPLACE FUNCTION territori.before_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    tomb_rev bigint;
BEGIN
    PERFORM territori.take_sync_lock();
    NEW.uuid := coalesce(NEW.uuid, gen_random_uuid()::text);   -- a desktop user's insert without uuid
    SELECT t.rev INTO tomb_rev FROM public.territori_tombstones t WHERE t.layer = TG_ARGV[0] AND t.uuid = NEW.uuid;
    IF FOUND THEN
        -- a retried insert must never resurrect a hard-deleted feature
        RAISE EXCEPTION 'sync-deleted: uuid=% was deleted from layer % at rev=%', NEW.uuid, TG_ARGV[0], tomb_rev;
    END IF;
    NEW.rev := nextval('territori.sync_rev');
    NEW.base_rev := NULL;
    -- WFS-T Insert sends NULL for every omitted property: column DEFAULTs are never applied, so default here.
    NEW.deleted := coalesce(NEW.deleted, false);
    NEW.draft := coalesce(NEW.draft, false);
    NEW.created_at := coalesce(NEW.created_at, now());
    NEW.updated_at := now();
    NEW.updated_by := coalesce(NEW.updated_by, session_user);
    RETURN NEW;
END $$;

-- BEFORE UPDATE: compare-and-set on base_rev, fresh rev.
CREATE OR REPLACE FUNCTION territori.before_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM territori.take_sync_lock();
    IF NEW.base_rev IS NOT NULL AND NEW.base_rev IS DISTINCT FROM OLD.rev THEN
        RAISE EXCEPTION 'sync-conflict: uuid=% base_rev=% but rev=%', OLD.uuid, NEW.base_rev, OLD.rev
            USING ERRCODE = '40001';
    END IF;
    IF NEW.uuid IS DISTINCT FROM OLD.uuid THEN
        RAISE EXCEPTION 'sync-immutable: uuid=% cannot change (to %)', OLD.uuid, NEW.uuid;
    END IF;
    NEW.rev := nextval('territori.sync_rev');
    NEW.base_rev := NULL;
    IF NEW.last_op IS NOT DISTINCT FROM OLD.last_op THEN
        -- a write that did not name its operation (e.g. a desktop user's SQL) must not look like the client's op
        NEW.last_op := NULL;
        NEW.updated_by := session_user;
    ELSE
        NEW.updated_by := coalesce(NEW.updated_by, session_user);
    END IF;
    NEW.deleted := coalesce(NEW.deleted, false);
    NEW.draft := coalesce(NEW.draft, false);
    NEW.updated_at := now();
    RETURN NEW;
END $$;

-- BEFORE DELETE (a hard delete by the DBA or a desktop user): write or replace the tombstone with a fresh rev.
-- SECURITY DEFINER because the tombstones are read-only for every other role.
CREATE OR REPLACE FUNCTION territori.before_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM territori.take_sync_lock();
    INSERT INTO public.territori_tombstones (layer, uuid, rev, deleted_at, deleted_by)
    VALUES (TG_ARGV[0], OLD.uuid, nextval('territori.sync_rev'), now(), session_user)
    ON CONFLICT (layer, uuid) DO UPDATE
        SET rev = EXCLUDED.rev, deleted_at = EXCLUDED.deleted_at, deleted_by = EXCLUDED.deleted_by;
    RETURN OLD;
END $$;

-- TRUNCATE would remove rows without tombstones: clients would never learn. Refuse it.
CREATE OR REPLACE FUNCTION territori.before_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sync-truncate: % is sync-enabled; DELETE the rows instead (that writes tombstones)', TG_TABLE_NAME;
END $$;

-- Add the sync columns a table lacks, backfill them, install the triggers and register the layer.
CREATE OR REPLACE FUNCTION territori.enable_sync(tbl regclass, geomtype text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    gt text := CASE lower(coalesce(geomtype, 'none'))
                   WHEN 'point' THEN 'Point' WHEN 'none' THEN 'Point'
                   WHEN 'line' THEN 'LineString' WHEN 'linestring' THEN 'LineString'
                   WHEN 'polygon' THEN 'Polygon' END;
    sch text;
    rel text;
    col record;
    added_uuid boolean := false;
    trg record;
BEGIN
    IF gt IS NULL THEN
        RAISE EXCEPTION 'enable_sync: unknown geometry type % (Point, LineString, Polygon or none)', geomtype;
    END IF;
    SELECT n.nspname, c.relname INTO sch, rel
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = tbl;

    FOR col IN SELECT * FROM (VALUES
            ('uuid', 'text'),
            ('created_at', 'timestamptz'), ('author', 'text'), ('device', 'text'),
            ('gps_accuracy_m', 'double precision'), ('gps_fix_time', 'timestamptz'), ('draft', 'boolean'),
            ('source', 'text'),
            ('rev', 'bigint'), ('base_rev', 'bigint'), ('last_op', 'text'), ('deleted', 'boolean'),
            ('updated_at', 'timestamptz'), ('updated_by', 'text'),
            ('geometry', format('geometry(%s,4326)', gt))) AS v(name, type) LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_attribute
                        WHERE attrelid = tbl AND attname = col.name AND attnum > 0 AND NOT attisdropped) THEN
            EXECUTE format('ALTER TABLE %s ADD COLUMN %I %s', tbl, col.name, col.type);
            added_uuid := added_uuid OR col.name = 'uuid';
        END IF;
    END LOOP;

    -- uuid is the feature id (WFS fid "<layer>.<uuid>"): unique and not null.
    IF added_uuid THEN
        EXECUTE format('UPDATE %s SET uuid = gen_random_uuid()::text WHERE uuid IS NULL', tbl);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                    WHERE i.indrelid = tbl AND i.indisunique AND i.indnatts = 1 AND a.attname = 'uuid') THEN
        EXECUTE format('CREATE UNIQUE INDEX %I ON %s (uuid)', rel || '_uuid_key', tbl);
    END IF;
    IF NOT (SELECT attnotnull FROM pg_attribute WHERE attrelid = tbl AND attname = 'uuid') THEN
        EXECUTE format('ALTER TABLE %s ALTER COLUMN uuid SET NOT NULL', tbl);
    END IF;

    -- Rows that predate the kit get a rev (so a first "rev > 0" pull sees them) and the defaults.
    EXECUTE format('UPDATE %s SET rev = nextval(''territori.sync_rev''), deleted = coalesce(deleted, false), '
                   'draft = coalesce(draft, false), updated_at = coalesce(updated_at, now()) WHERE rev IS NULL', tbl);

    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s (rev)', rel || '_rev_idx', tbl);
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING gist (geometry)', rel || '_geometry_gist', tbl);

    FOR trg IN SELECT * FROM (VALUES
            ('territori_sync_insert', 'BEFORE INSERT', 'FOR EACH ROW', 'before_insert'),
            ('territori_sync_update', 'BEFORE UPDATE', 'FOR EACH ROW', 'before_update'),
            ('territori_sync_delete', 'BEFORE DELETE', 'FOR EACH ROW', 'before_delete'),
            ('territori_sync_truncate', 'BEFORE TRUNCATE', 'FOR EACH STATEMENT', 'before_truncate')) AS v(name, timing, each, fn) LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = tbl AND tgname = trg.name AND NOT tgisinternal) THEN
            EXECUTE format('CREATE TRIGGER %I %s ON %s %s EXECUTE FUNCTION territori.%I(%L)',
                           trg.name, trg.timing, tbl, trg.each, trg.fn, rel);
        END IF;
    END LOOP;

    IF EXISTS (SELECT 1 FROM territori.layers l WHERE l.layer = rel AND (l.schema_name, l.table_name) <> (sch, rel)) THEN
        RAISE EXCEPTION 'enable_sync: layer name % is already used by another table', rel;
    END IF;
    INSERT INTO territori.layers (layer, schema_name, table_name, geomtype) VALUES (rel, sch, rel, gt)
    ON CONFLICT (layer) DO NOTHING;
END $$;

-- Make the table's grants to the group roles exactly what the access matrix says for the category.
-- Only the differences are granted or revoked, so a second run changes nothing.
CREATE OR REPLACE FUNCTION territori.grant_access(tbl regclass, category text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    g text;
    want text[];
    p text;
    have boolean;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM territori.access_matrix m WHERE m.category = grant_access.category) THEN
        RAISE EXCEPTION 'grant_access: unknown access category % (see territori.access_matrix)', category;
    END IF;
    FOR g IN SELECT DISTINCT grp FROM territori.access_matrix ORDER BY 1 LOOP
        SELECT m.privileges INTO want FROM territori.access_matrix m WHERE m.category = grant_access.category AND m.grp = g;
        want := coalesce(want, '{}');
        FOREACH p IN ARRAY ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'] LOOP
            SELECT EXISTS (SELECT 1 FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
                            WHERE c.oid = tbl AND a.grantee = g::regrole AND a.privilege_type = p) INTO have;
            IF p = ANY (want) AND NOT have THEN
                EXECUTE format('GRANT %s ON %s TO %I', p, tbl, g);
            ELSIF have AND NOT p = ANY (want) THEN
                EXECUTE format('REVOKE %s ON %s FROM %I', p, tbl, g);
            END IF;
        END LOOP;
        IF want && ARRAY['INSERT', 'UPDATE'] AND NOT EXISTS (
                SELECT 1 FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('S', c.relowner))) a
                 WHERE c.oid = 'territori.sync_rev'::regclass AND a.grantee = g::regrole AND a.privilege_type = 'USAGE') THEN
            EXECUTE format('GRANT USAGE ON SEQUENCE territori.sync_rev TO %I', g);
        END IF;
    END LOOP;
    UPDATE territori.layers l SET access = grant_access.category
     WHERE (l.schema_name, l.table_name) = (SELECT n.nspname, c.relname FROM pg_class c
                                             JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = tbl)
       AND l.access IS DISTINCT FROM grant_access.category;
END $$;

COMMIT;
