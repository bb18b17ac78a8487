-- Territori SIT sync kit for PostgreSQL >= 13 with PostGIS >= 3.
--
-- Install into an existing PostGIS database as a superuser (or as a role that may create roles and owns the
-- tables you sync-enable):
--     psql -v ON_ERROR_STOP=1 -d <db> -f territori_sit.sql
-- Idempotent: a second run changes nothing and fails on nothing. It never drops or rewrites data.
--
-- What it installs:
--   schema territori                   sequence sync_rev, the trigger functions, enable_sync(), grant_access(),
--                                      enable_moderation(), enable_comment_window(), enable_erasure(),
--                                      erase_participant(), today(), the access matrix and the registry of synced layers
--   schema territori_erasure           (empty) where enable_erasure() puts each personal layer's erasure trigger
--   public.territori_tombstones        one row per hard-deleted feature (layer, uuid, rev), readable by all roles
--   public.territori_moderation        the moderation state of every participation entry (layer, uuid, stato,
--                                      motivo, rev, deciso_da, deciso_il): a change feed; every role reads it
--                                      without deciso_da (territori.moderation_public), moderators whole
--   public.territori_moderation_log    append-only record of every moderation decision, who and when (moderators)
--   territori.erasures                 erased personal data waiting for sit-sweeper to leave the database files
--   schema territori_rules             (empty) where sitkit.py puts each layer's rule trigger function
--   NOLOGIN group roles                territori_surveyor, territori_citizen, territori_officer, territori_moderator
--   territori.accounts, NOLOGIN role   who may be named in updated_by / author, and the mark of a desktop GIS user
--     territori_desktop                (see "identity" below and docs/sit.md, "Identity")
--   territori.projects, .catalogue     the published project definitions (sit publish), and the view every role
--                                      reads: only the projects of its roles ("projects" below)
--   territori.work_areas, _public      the areas a download can be limited to (sit areas), read-only for every role
--
-- Sync-enable an existing table (adds the missing sync columns, installs the triggers):
--     SELECT territori.enable_sync('myschema.mytable', 'Point');        -- Point | LineString | Polygon | none
--     SELECT territori.grant_access('myschema.mytable', 'survey');      -- survey | reference | participation |
--                                                                       -- tables | personal (the access matrix)
-- Comments on drafts accepted only while the draft's window is open:
--     SELECT territori.enable_comment_window('public.commenti', 'public.sttm_paragrafi');
-- Personal data cleared for good once the erasure time is set, and swept from the files by sit-sweeper:
--     SELECT territori.enable_erasure('public.partecipanti', 'cancellato_il', ARRAY['nome', 'email']);

BEGIN;
SET LOCAL client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA IF NOT EXISTS territori;
COMMENT ON SCHEMA territori IS 'Territori sync kit: rev sequence, triggers, access matrix (see docs/sit.md)';

-- One sequence for every synced table and the tombstones: a rev is unique across the whole database. CACHE 1 (the
-- default, set again for SITs made otherwise): the feed watermark (committed_rev below) relies on nextval handing out
-- values in the order the calls are made, whichever session makes them.
CREATE SEQUENCE IF NOT EXISTS territori.sync_rev;
ALTER SEQUENCE territori.sync_rev CACHE 1;

-- Which group role gets which privileges on a layer of a given access category. Add rows to add categories.
-- DELETE is never granted: clients delete softly (an Update setting deleted=true); hard deletes are for the DBA.
--   columns      when set, the row's INSERT and UPDATE are granted on these columns only (SELECT is always granted
--                on the whole table: QGIS reads every column of a layer)
--   read_filter  a QGIS provider subset string that the role's QGIS Server project applies to the layer: the
--                publisher's restriction, not the database's. Row-level security cannot do it: QGIS inserts with
--                RETURNING, and PostgreSQL refuses to return a new row the policies do not let the role see.
CREATE TABLE IF NOT EXISTS territori.access_matrix (
    category    text NOT NULL,
    grp         text NOT NULL,
    privileges  text[] NOT NULL CHECK (privileges <@ ARRAY['SELECT', 'INSERT', 'UPDATE']::text[]),
    columns     text[],
    read_filter text,
    PRIMARY KEY (category, grp)
);
ALTER TABLE territori.access_matrix ADD COLUMN IF NOT EXISTS columns text[];       -- kits before issue #5
ALTER TABLE territori.access_matrix ADD COLUMN IF NOT EXISTS read_filter text;
-- The kit's own categories are the kit's: an install resets their rows to these values (then run grant_access
-- again on the tables). Add rows of your own categories for anything else.
INSERT INTO territori.access_matrix AS m (category, grp, privileges, columns, read_filter) VALUES
    ('survey',        'territori_surveyor',  '{SELECT,INSERT,UPDATE}', NULL, NULL),
    ('survey',        'territori_officer',   '{SELECT,INSERT,UPDATE}', NULL, NULL),
    ('survey',        'territori_citizen',   '{SELECT}',               NULL, NULL),
    ('survey',        'territori_moderator', '{SELECT}',               NULL, NULL),
    ('reference',     'territori_surveyor',  '{SELECT}',               NULL, NULL),
    ('reference',     'territori_officer',   '{SELECT}',               NULL, NULL),
    ('reference',     'territori_citizen',   '{SELECT}',               NULL, NULL),
    ('reference',     'territori_moderator', '{SELECT}',               NULL, NULL),
    -- comments and contributions: new entries from everyone but the moderator, never edited afterwards; the
    -- moderator only moderates (the sync client's Update also sends last_op, updated_by and base_rev). geometry:
    -- QGIS Server 3.22 refuses every WFS-T Update on a layer whose geometry the role may not update, so it is
    -- granted, and moderation_before_update() refuses a moderator's change of it. Citizens read only published
    -- entries; an author follows its own in public.territori_moderation.
    ('participation', 'territori_citizen',   '{SELECT,INSERT}',        NULL, '"moderazione" = ''pubblicato'''),
    ('participation', 'territori_surveyor',  '{SELECT,INSERT}',        NULL, NULL),
    ('participation', 'territori_officer',   '{SELECT,INSERT}',        NULL, NULL),
    ('participation', 'territori_moderator', '{SELECT,UPDATE}',
                      '{moderazione,motivo_moderazione,base_rev,last_op,updated_by,geometry}', NULL),
    -- territorial table sessions, run by surveyors and officers
    ('tables',        'territori_surveyor',  '{SELECT,INSERT,UPDATE}', NULL, NULL),
    ('tables',        'territori_officer',   '{SELECT,INSERT,UPDATE}', NULL, NULL),
    ('tables',        'territori_citizen',   '{SELECT}',               NULL, NULL),
    ('tables',        'territori_moderator', '{SELECT}',               NULL, NULL),
    -- participants' personal data: nothing for citizens (not even published in their project)
    ('personal',      'territori_surveyor',  '{SELECT,INSERT,UPDATE}', NULL, NULL),
    ('personal',      'territori_officer',   '{SELECT,INSERT,UPDATE}', NULL, NULL),
    ('personal',      'territori_moderator', '{SELECT}',               NULL, NULL)
ON CONFLICT (category, grp) DO UPDATE
    SET privileges = EXCLUDED.privileges, columns = EXCLUDED.columns, read_filter = EXCLUDED.read_filter
    WHERE (m.privileges, m.columns, m.read_filter) IS DISTINCT FROM
          (EXCLUDED.privileges, EXCLUDED.columns, EXCLUDED.read_filter);

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

-- Moderation of participation entries: one row per entry, written by the triggers of enable_moderation() only.
-- A change feed like the tombstones (rev from the same sequence, under the same lock): an author's device learns
-- what happened to its own entries (in_attesa, pubblicato, nascosto and why) without reading anyone's content.
CREATE TABLE IF NOT EXISTS public.territori_moderation (
    layer    text NOT NULL,
    uuid     text NOT NULL,
    stato    text,
    motivo   text,
    rev      bigint NOT NULL,
    geometry geometry(Point, 4326) NULL,
    PRIMARY KEY (layer, uuid)
);
CREATE INDEX IF NOT EXISTS territori_moderation_rev_idx ON public.territori_moderation (rev);
-- who made the entry's last moderation decision (the moderator's updated_by: the authenticated account, see
-- "identity") and when; NULL while nobody has decided (an entry waiting since its insert)
ALTER TABLE public.territori_moderation ADD COLUMN IF NOT EXISTS deciso_da text;
ALTER TABLE public.territori_moderation ADD COLUMN IF NOT EXISTS deciso_il timestamptz;
COMMENT ON TABLE public.territori_moderation IS
    'Territori sync kit: moderation state of participation entries (written by triggers only; read-only for all roles)';
REVOKE ALL ON public.territori_moderation FROM PUBLIC;

-- The feed as every role reads it: states, reasons and when, but not which moderator decided (a staff account is
-- nobody else's business; moderators read the table, and the log below). A view with its owner's rights, so the
-- groups need no privilege on the table.
CREATE OR REPLACE VIEW territori.moderation_public AS
    SELECT layer, uuid, stato, motivo, rev, deciso_il, geometry FROM public.territori_moderation;
COMMENT ON VIEW territori.moderation_public IS
    'Territori sync kit: the moderation feed without deciso_da, published as territori_moderation to every role but the moderator';
REVOKE ALL ON territori.moderation_public FROM PUBLIC;

-- Every moderation decision, appended by the feed trigger and never changed: the entry, the state and reason it
-- was given, by whom (deciso_da, the moderator's authenticated account) and when, under the feed row's rev (the
-- key: QGIS names a row "territori_moderation_log.<rev>"). Read by moderators only.
CREATE TABLE IF NOT EXISTS public.territori_moderation_log (
    rev       bigint PRIMARY KEY,
    layer     text NOT NULL,
    uuid      text NOT NULL,
    stato     text,
    motivo    text,
    deciso_da text NOT NULL,
    deciso_il timestamptz NOT NULL,
    geometry  geometry(Point, 4326) NULL
);
CREATE INDEX IF NOT EXISTS territori_moderation_log_entry_idx ON public.territori_moderation_log (layer, uuid);
COMMENT ON TABLE public.territori_moderation_log IS
    'Territori sync kit: append-only record of moderation decisions (written by triggers only; read by moderators)';
REVOKE ALL ON public.territori_moderation_log FROM PUBLIC;

CREATE OR REPLACE FUNCTION territori.append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'append-only: % keeps every row as written (% refused)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = '42501';
END $$;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'public.territori_moderation_log'::regclass
                    AND tgname = 'territori_append_only' AND NOT tgisinternal) THEN
        CREATE TRIGGER territori_append_only BEFORE UPDATE OR DELETE ON public.territori_moderation_log
            FOR EACH ROW EXECUTE FUNCTION territori.append_only();
        CREATE TRIGGER territori_append_only_truncate BEFORE TRUNCATE ON public.territori_moderation_log
            FOR EACH STATEMENT EXECUTE FUNCTION territori.append_only();
    END IF;
END $$;

DO $$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT DISTINCT grp FROM territori.access_matrix ORDER BY 1 LOOP
        -- The feeds are read by every group (the moderation feed without who decided); only the triggers write
        -- them. The moderator reads the whole feed and the log of decisions.
        EXECUTE format('GRANT SELECT ON public.territori_tombstones, territori.moderation_public TO %I', r);
        IF r = 'territori_moderator' THEN
            EXECUTE format('GRANT SELECT ON public.territori_moderation, public.territori_moderation_log TO %I', r);
        ELSE
            EXECUTE format('REVOKE ALL ON public.territori_moderation, public.territori_moderation_log FROM %I', r);
        END IF;
    END LOOP;
END $$;

-- "Today" for the comment windows and the demo's relative dates: the calendar day in Milan, whatever the
-- session's time zone (the sit_* roles run in UTC, where the day changes one or two hours later).
CREATE OR REPLACE FUNCTION territori.today() RETURNS date
LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'Europe/Rome')::date $$;

-- Before its first revision, every transaction that writes a synced table or a feed takes a revision of its own,
-- its floor, and holds a shared advisory lock keyed by it until it ends (committed or rolled back). Every revision
-- the transaction writes comes after its floor. The feed watermark (committed_rev, below) reads the floors of the
-- transactions in flight: no revision at or above the lowest of them is settled yet, every one below it is.
-- Writers never wait for each other here (shared locks on distinct keys): issue #15 measured the lock this replaces,
-- one exclusive lock held by every writer until its commit, as the ceiling of the SIT's write throughput (50 writers
-- committed fewer transactions per second than one; docs/benchmarks.md). Revisions no longer commit in their order;
-- the watermark is what a reader relies on (docs/sync.md, "A pull never skips a commit").
-- The key is 2^62 + floor: pg_locks shows it as classid = 2^30 + (floor >> 32), objid = floor & 0xffffffff,
-- objsubid = 1 (a bigint key), apart from other advisory locks. The floor is remembered for the transaction in a
-- transaction-local setting, so a transaction of 10,000 rows takes one lock, not 10,000 (a savepoint rolled back
-- drops both, and the next write takes a new floor).
CREATE OR REPLACE FUNCTION territori.take_rev_floor() RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    f bigint;
BEGIN
    IF coalesce(current_setting('territori.rev_floor', true), '') <> '' THEN
        RETURN;
    END IF;
    f := nextval('territori.sync_rev');
    PERFORM pg_advisory_xact_lock_shared(4611686018427387904 + f);
    PERFORM set_config('territori.rev_floor', f::text, true);
END $$;
-- the serialising lock of kits before issue #15 (trigger functions of this kit no longer call it)
DROP FUNCTION IF EXISTS territori.take_sync_lock();

-- ------------------------------------------------------------------------------------------------ identity
-- Who wrote a row comes from the account that PostgreSQL authenticated (session_user: SET ROLE does not change it),
-- never from what a request claims for somebody else. Three kinds of writer:
--   superuser  the DBA: updated_by is its role; it may name the author of rows it loads (the samples)
--   app        a member of a group of territori.access_matrix (the sit_* logins that QGIS Server uses for the app's
--              roles) and not of territori_desktop: it may write into updated_by and author only its own role or a
--              web account registered in territori.accounts for one of its groups (not the name of a database role),
--              and every update must carry base_rev (compare-and-set). QGIS Server's identity filter narrows the
--              account to exactly the HTTP user (docs/sit.md, "Identity"). Its last_op is kept: the client's token
--   desktop    any other role, or a member of territori_desktop (a GIS user editing PostGIS directly): updated_by and
--              author are its role, last_op is cleared, and its updates need no base_rev
-- author is set at insert (an app writer that sends none gets its updated_by) and never changes afterwards (only a
-- superuser may correct it).
CREATE TABLE IF NOT EXISTS territori.accounts (
    account text PRIMARY KEY,
    grp     text NOT NULL
);
COMMENT ON TABLE territori.accounts IS
    'Territori sync kit: web accounts, and the group role whose login role their requests reach PostgreSQL with';
REVOKE ALL ON territori.accounts FROM PUBLIC;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'territori_desktop') THEN
        CREATE ROLE territori_desktop NOLOGIN;
    END IF;
END $$;

-- 'superuser', 'app' or 'desktop' for the session's login role. SECURITY DEFINER: the matrix is not readable to
-- the roles.
CREATE OR REPLACE FUNCTION territori.writer_kind() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE
        WHEN (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN 'superuser'
        WHEN pg_has_role(session_user, 'territori_desktop', 'MEMBER') THEN 'desktop'
        WHEN EXISTS (SELECT 1 FROM (SELECT DISTINCT grp FROM territori.access_matrix) m
                       JOIN pg_roles g ON g.rolname = m.grp
                      WHERE pg_has_role(session_user, g.oid, 'MEMBER')) THEN 'app'
        ELSE 'desktop' END
$$;

-- May the session write this name into updated_by / author? Its own role, or a registered web account of one of its
-- groups that is not also the name of a database role (so no login can pass for another role, or for the DBA).
CREATE OR REPLACE FUNCTION territori.may_claim(claim text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT claim IS NOT NULL AND (claim = session_user::text OR (
           EXISTS (SELECT 1 FROM territori.accounts a JOIN pg_roles g ON g.rolname = a.grp
                    WHERE a.account = claim AND pg_has_role(session_user, g.oid, 'MEMBER'))
           AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = claim)))
$$;

-- The name an app writer's row gets: NULL names its own role; a name it may not claim is refused.
CREATE OR REPLACE FUNCTION territori.claimed(claim text, col text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF claim IS NULL THEN
        RETURN session_user;
    ELSIF territori.may_claim(claim) THEN
        RETURN claim;
    END IF;
    RAISE EXCEPTION 'sync-identity: % may not write %=% (only its own account: see territori.accounts)',
        session_user, col, claim USING ERRCODE = '42501';
END $$;

-- The client operations the SIT applied: op (the client's last_op) -> layer, uuid, rev. last_op on a row only names the
-- latest writer: once another writer (a desktop user) has written the row, a device whose reply was lost could no
-- longer tell that its operation landed, and would take its own applied change for a concurrent one. Published
-- read-only to every role (ids "territori_ops.<op>"); op ids are random and say nothing of content. Kept 90 days.
CREATE TABLE IF NOT EXISTS public.territori_ops (
    op         text PRIMARY KEY,
    layer      text NOT NULL,
    uuid       text NOT NULL,
    rev        bigint NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    geometry   geometry(Point, 4326) NULL
);
COMMENT ON TABLE public.territori_ops IS
    'Territori sync kit: client operations the SIT applied (written by the triggers only; read-only for all roles)';
REVOKE ALL ON public.territori_ops FROM PUBLIC;
DO $$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT DISTINCT grp FROM territori.access_matrix ORDER BY 1 LOOP
        EXECUTE format('GRANT SELECT ON public.territori_ops TO %I', r);
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION territori.record_op(op text, layer text, uuid text, rev bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.territori_ops (op, layer, uuid, rev) VALUES (op, layer, uuid, rev)
    ON CONFLICT ON CONSTRAINT territori_ops_pkey DO UPDATE SET rev = EXCLUDED.rev, applied_at = now();
    IF random() < 0.001 THEN
        DELETE FROM public.territori_ops WHERE applied_at < now() - interval '90 days';
    END IF;
END $$;

-- BEFORE INSERT. TG_ARGV[0] is the layer name.
CREATE OR REPLACE FUNCTION territori.before_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    tomb_rev bigint;
    kind text := territori.writer_kind();
BEGIN
    PERFORM territori.take_rev_floor();
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
    IF kind = 'app' THEN
        NEW.updated_by := territori.claimed(NEW.updated_by, 'updated_by');
        NEW.author := CASE WHEN NEW.author IS NULL THEN NEW.updated_by ELSE territori.claimed(NEW.author, 'author') END;
        IF NEW.last_op IS NOT NULL THEN
            PERFORM territori.record_op(NEW.last_op, TG_ARGV[0], NEW.uuid, NEW.rev);
        END IF;
    ELSE
        NEW.updated_by := session_user;
        NEW.author := CASE WHEN kind = 'superuser' THEN coalesce(NEW.author, session_user) ELSE session_user END;
        NEW.last_op := NULL;
    END IF;
    RETURN NEW;
END $$;

-- BEFORE UPDATE: compare-and-set on base_rev (required from the app's roles), fresh rev, who wrote it.
CREATE OR REPLACE FUNCTION territori.before_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    kind text := territori.writer_kind();
BEGIN
    PERFORM territori.take_rev_floor();
    IF kind = 'app' AND NEW.base_rev IS NULL THEN
        RAISE EXCEPTION 'sync-base-rev-required: uuid=% was not updated: % must send base_rev, the rev its change is based on (now %)',
            OLD.uuid, session_user, OLD.rev;
    END IF;
    IF NEW.base_rev IS NOT NULL AND NEW.base_rev IS DISTINCT FROM OLD.rev THEN
        RAISE EXCEPTION 'sync-conflict: uuid=% base_rev=% but rev=%', OLD.uuid, NEW.base_rev, OLD.rev
            USING ERRCODE = '40001';
    END IF;
    IF NEW.uuid IS DISTINCT FROM OLD.uuid THEN
        RAISE EXCEPTION 'sync-immutable: uuid=% cannot change (to %)', OLD.uuid, NEW.uuid;
    END IF;
    IF NEW.author IS DISTINCT FROM OLD.author AND kind <> 'superuser' THEN
        RAISE EXCEPTION 'sync-immutable: the author of uuid=% cannot change', OLD.uuid;
    END IF;
    NEW.rev := nextval('territori.sync_rev');
    NEW.base_rev := NULL;
    IF kind = 'app' THEN
        -- a write that did not name its operation must not look like the client's op
        IF NEW.last_op IS NOT DISTINCT FROM OLD.last_op THEN
            NEW.last_op := NULL;
        ELSIF NEW.last_op IS NOT NULL THEN
            PERFORM territori.record_op(NEW.last_op, TG_ARGV[0], NEW.uuid, NEW.rev);
        END IF;
        IF NEW.updated_by IS DISTINCT FROM OLD.updated_by THEN
            NEW.updated_by := territori.claimed(NEW.updated_by, 'updated_by');
        ELSIF NOT territori.may_claim(NEW.updated_by) THEN
            -- not sent (or sent unchanged) and not a name this session may write: the session's own role
            NEW.updated_by := session_user;
        END IF;
    ELSE
        -- a desktop user's (or the DBA's) write: its role, and never the client's op
        NEW.last_op := NULL;
        NEW.updated_by := session_user;
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
    PERFORM territori.take_rev_floor();
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
                   WHEN 'polygon' THEN 'Polygon' WHEN 'multipoint' THEN 'MultiPoint'
                   WHEN 'multilinestring' THEN 'MultiLineString' WHEN 'multipolygon' THEN 'MultiPolygon' END;
    sch text;
    rel text;
    col record;
    added_uuid boolean := false;
    unrevised boolean;
    trg record;
BEGIN
    IF gt IS NULL THEN
        RAISE EXCEPTION 'enable_sync: unknown geometry type % (Point, LineString, Polygon, their Multi types, or none)', geomtype;
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

    -- Rows that predate the kit get a rev (so a first "rev > 0" pull sees them) and the defaults; after a floor, as
    -- every write of revisions (the triggers are not there yet).
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE rev IS NULL)', tbl) INTO unrevised;
    IF unrevised THEN
        PERFORM territori.take_rev_floor();   -- only then: running the kit again changes nothing
    END IF;
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

-- Make the table's grants to the group roles exactly what the access matrix says for the category, table-level
-- and column-level. Only the differences are granted or revoked, so a second run changes nothing. A table of the
-- category participation is moderated (enable_moderation) first: its matrix rows name the moderation columns.
CREATE OR REPLACE FUNCTION territori.grant_access(tbl regclass, category text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    g text;
    want text[];
    cols text[];
    on_table text[];
    on_columns text[];
    p text;
    col text;
    have boolean;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM territori.access_matrix m WHERE m.category = grant_access.category) THEN
        RAISE EXCEPTION 'grant_access: unknown access category % (see territori.access_matrix)', category;
    END IF;
    IF category = 'participation' THEN
        PERFORM territori.enable_moderation(tbl);
    END IF;
    FOR g IN SELECT DISTINCT grp FROM territori.access_matrix ORDER BY 1 LOOP
        want := NULL;
        cols := NULL;
        SELECT m.privileges, m.columns INTO want, cols
          FROM territori.access_matrix m WHERE m.category = grant_access.category AND m.grp = g;
        want := coalesce(want, '{}');
        IF cols IS NULL THEN
            on_table := want;
            on_columns := '{}';
        ELSE
            on_table := ARRAY(SELECT unnest(want) EXCEPT SELECT unnest(ARRAY['INSERT', 'UPDATE']));
            on_columns := ARRAY(SELECT unnest(want) INTERSECT SELECT unnest(ARRAY['INSERT', 'UPDATE']));
            FOREACH col IN ARRAY cols LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_attribute
                                WHERE attrelid = tbl AND attname = col AND attnum > 0 AND NOT attisdropped) THEN
                    RAISE EXCEPTION 'grant_access: % has no column % (named by the access category %)', tbl, col, category;
                END IF;
            END LOOP;
        END IF;
        -- table-level first: revoking a table-level privilege also revokes it on every column
        FOREACH p IN ARRAY ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'] LOOP
            SELECT EXISTS (SELECT 1 FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
                            WHERE c.oid = tbl AND a.grantee = g::regrole AND a.privilege_type = p) INTO have;
            IF p = ANY (on_table) AND NOT have THEN
                EXECUTE format('GRANT %s ON %s TO %I', p, tbl, g);
            ELSIF have AND NOT p = ANY (on_table) THEN
                EXECUTE format('REVOKE %s ON %s FROM %I', p, tbl, g);
            END IF;
        END LOOP;
        -- column-level: what the role holds on some column, and what it should hold
        FOR col, p IN SELECT a.attname::text, x.privilege_type FROM pg_attribute a, aclexplode(a.attacl) x
                       WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped AND x.grantee = g::regrole
                      UNION
                      SELECT c, pr FROM unnest(coalesce(cols, '{}')) AS c, unnest(on_columns) AS pr
                      ORDER BY 1, 2 LOOP
            SELECT EXISTS (SELECT 1 FROM pg_attribute a, aclexplode(a.attacl) x
                            WHERE a.attrelid = tbl AND a.attname = col AND x.grantee = g::regrole
                              AND x.privilege_type = p) INTO have;
            IF p = ANY (on_columns) AND col = ANY (cols) THEN
                IF NOT have THEN
                    EXECUTE format('GRANT %s (%I) ON %s TO %I', p, col, tbl, g);
                END IF;
            ELSIF have THEN
                EXECUTE format('REVOKE %s (%I) ON %s FROM %I', p, col, tbl, g);
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
    PERFORM territori.enable_digest(tbl);
END $$;

-- ------------------------------------------------------------------------------------------------ moderation
-- Participation tables (comments, contributions) carry moderazione ('in_attesa' | 'pubblicato' | 'nascosto') and
-- motivo_moderazione. Only a moderator publishes or hides; every change of either column is written to
-- public.territori_moderation with a fresh rev.

-- BEFORE INSERT: a new entry waits for moderation, whatever its author sent (a citizen cannot publish itself).
-- Members of territori_moderator (and superusers, e.g. a DBA loading entries) keep the state they give.
CREATE OR REPLACE FUNCTION territori.moderation_before_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pg_has_role(session_user, 'territori_moderator', 'MEMBER') THEN
        NEW.moderazione := coalesce(NEW.moderazione, 'in_attesa');
        IF NEW.moderazione NOT IN ('in_attesa', 'pubblicato', 'nascosto') THEN
            RAISE EXCEPTION 'moderation-invalid: % is not in_attesa, pubblicato or nascosto', NEW.moderazione;
        END IF;
    ELSE
        NEW.moderazione := 'in_attesa';
        NEW.motivo_moderazione := NULL;
    END IF;
    RETURN NEW;
END $$;

-- BEFORE UPDATE: only a moderator changes the moderation, and only to a known state; a moderator (who holds
-- UPDATE on the geometry column only because QGIS Server needs it) never changes the geometry.
CREATE OR REPLACE FUNCTION territori.moderation_before_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.geometry IS DISTINCT FROM OLD.geometry AND pg_has_role(session_user, 'territori_moderator', 'MEMBER')
       AND NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN
        RAISE EXCEPTION 'moderation-geometry: a moderator does not change the geometry of uuid=%', OLD.uuid;
    END IF;
    IF NEW.moderazione IS DISTINCT FROM OLD.moderazione
       OR NEW.motivo_moderazione IS DISTINCT FROM OLD.motivo_moderazione THEN
        IF NOT pg_has_role(session_user, 'territori_moderator', 'MEMBER') THEN
            RAISE EXCEPTION 'moderation-denied: only a moderator changes the moderation of uuid=%', OLD.uuid;
        END IF;
        IF NEW.moderazione IS NULL OR NEW.moderazione NOT IN ('in_attesa', 'pubblicato', 'nascosto') THEN
            RAISE EXCEPTION 'moderation-invalid: % is not in_attesa, pubblicato or nascosto', NEW.moderazione;
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- AFTER INSERT OR UPDATE: the feed row, with a rev above the entry's, and a decision's row of the log.
-- TG_ARGV[0] is the layer name. A decision is any change of the two columns by an update (only a moderator may:
-- moderation_before_update), or an insert whose state is not the default one (only a moderator's, or the DBA's,
-- keeps its state). deciso_da is the row's updated_by as the sync trigger left it: the authenticated account of an
-- app writer, the role of anyone else (docs/sit.md, "Identity"). SECURITY DEFINER because the feed and the log are
-- read-only for every other role.
CREATE OR REPLACE FUNCTION territori.moderation_feed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r bigint;
    decided boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.moderazione IS NOT DISTINCT FROM OLD.moderazione
       AND NEW.motivo_moderazione IS NOT DISTINCT FROM OLD.motivo_moderazione THEN
        RETURN NULL;
    END IF;
    decided := TG_OP = 'UPDATE' OR NEW.moderazione IS DISTINCT FROM 'in_attesa' OR NEW.motivo_moderazione IS NOT NULL;
    PERFORM territori.take_rev_floor();
    r := nextval('territori.sync_rev');
    INSERT INTO public.territori_moderation (layer, uuid, stato, motivo, rev, deciso_da, deciso_il)
    VALUES (TG_ARGV[0], NEW.uuid, NEW.moderazione, NEW.motivo_moderazione, r,
            CASE WHEN decided THEN NEW.updated_by END, CASE WHEN decided THEN now() END)
    ON CONFLICT (layer, uuid) DO UPDATE SET stato = EXCLUDED.stato, motivo = EXCLUDED.motivo, rev = EXCLUDED.rev,
                                            deciso_da = EXCLUDED.deciso_da, deciso_il = EXCLUDED.deciso_il;
    IF decided THEN
        INSERT INTO public.territori_moderation_log (rev, layer, uuid, stato, motivo, deciso_da, deciso_il)
        VALUES (r, TG_ARGV[0], NEW.uuid, NEW.moderazione, NEW.motivo_moderazione, NEW.updated_by, now());
    END IF;
    RETURN NULL;
END $$;

-- Make a sync-enabled table moderated: add the two columns it lacks, install the triggers, and give the entries it
-- already holds their feed rows. Called by grant_access() for the category participation.
CREATE OR REPLACE FUNCTION territori.enable_moderation(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    rel text;
    col text;
    trg record;
    unmoderated boolean;
BEGIN
    SELECT c.relname INTO rel FROM pg_class c WHERE c.oid = tbl;
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = tbl AND tgname = 'territori_sync_insert' AND NOT tgisinternal) THEN
        RAISE EXCEPTION 'enable_moderation: % is not sync-enabled (run territori.enable_sync first)', tbl;
    END IF;
    FOREACH col IN ARRAY ARRAY['moderazione', 'motivo_moderazione'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = col AND attnum > 0 AND NOT attisdropped) THEN
            EXECUTE format('ALTER TABLE %s ADD COLUMN %I text', tbl, col);
        END IF;
    END LOOP;
    -- BEFORE triggers fire in name order: territori_moderation_* before territori_sync_*
    FOR trg IN SELECT * FROM (VALUES
            ('territori_moderation_insert', 'BEFORE INSERT', 'moderation_before_insert', NULL),
            ('territori_moderation_update', 'BEFORE UPDATE', 'moderation_before_update', NULL),
            ('territori_moderation_feed', 'AFTER INSERT OR UPDATE', 'moderation_feed', rel)) AS v(name, timing, fn, arg) LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = tbl AND tgname = trg.name AND NOT tgisinternal) THEN
            EXECUTE format('CREATE TRIGGER %I %s ON %s FOR EACH ROW EXECUTE FUNCTION territori.%I(%s)',
                           trg.name, trg.timing, tbl, trg.fn, coalesce(quote_literal(trg.arg), ''));
        END IF;
    END LOOP;
    -- entries written before the table was moderated (none when the table is new); a floor only when there are
    -- some, so that running the kit again changes nothing
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s s WHERE NOT EXISTS (SELECT 1 FROM public.territori_moderation m '
                   'WHERE m.layer = %L AND m.uuid = s.uuid))', tbl, rel) INTO unmoderated;
    IF unmoderated THEN
        PERFORM territori.take_rev_floor();
    END IF;
    EXECUTE format('INSERT INTO public.territori_moderation (layer, uuid, stato, motivo, rev) '
                   'SELECT %L, t.uuid, t.moderazione, t.motivo_moderazione, nextval(''territori.sync_rev'') '
                   '  FROM (SELECT uuid, moderazione, motivo_moderazione FROM %s s'
                   '         WHERE NOT EXISTS (SELECT 1 FROM public.territori_moderation m'
                   '                            WHERE m.layer = %L AND m.uuid = s.uuid) ORDER BY s.rev) t',
                   rel, tbl, rel);
END $$;

-- --------------------------------------------------------------------------------------------- comment window
-- BEFORE INSERT on a comments table: a comment (or a reply) is accepted only while a live row of its draft
-- (same bozza and versione) has today between apertura and chiusura, both included. TG_ARGV[0] is the drafts
-- table, schema-qualified. SECURITY DEFINER: the check reads the drafts whatever the inserting role may read.
CREATE OR REPLACE FUNCTION territori.comment_window() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n bigint;
    opens date;
    closes date;
    is_open boolean;
BEGIN
    EXECUTE format('SELECT count(*), min(apertura), max(chiusura), '
                   '       coalesce(bool_or(territori.today() BETWEEN apertura AND chiusura), false) '
                   '  FROM %s WHERE bozza = $1 AND versione = $2 AND NOT coalesce(deleted, false)', TG_ARGV[0])
       INTO n, opens, closes, is_open USING NEW.bozza, NEW.versione;
    IF n = 0 THEN
        RAISE EXCEPTION 'comment-draft-unknown: draft % version % does not exist', NEW.bozza, NEW.versione;
    END IF;
    IF NOT is_open THEN
        RAISE EXCEPTION 'comment-window-closed: draft % version % accepts comments from % to %',
            NEW.bozza, NEW.versione, opens, closes;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION territori.enable_comment_window(comments regclass, drafts regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    col text;
    qualified text;
BEGIN
    FOREACH col IN ARRAY ARRAY['bozza', 'versione'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = comments AND attname = col AND attnum > 0 AND NOT attisdropped) THEN
            RAISE EXCEPTION 'enable_comment_window: % has no column %', comments, col;
        END IF;
    END LOOP;
    FOREACH col IN ARRAY ARRAY['bozza', 'versione', 'apertura', 'chiusura', 'deleted'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = drafts AND attname = col AND attnum > 0 AND NOT attisdropped) THEN
            RAISE EXCEPTION 'enable_comment_window: % has no column %', drafts, col;
        END IF;
    END LOOP;
    SELECT format('%I.%I', n.nspname, c.relname) INTO qualified
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = drafts;
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = comments AND tgname = 'territori_comment_window' AND NOT tgisinternal) THEN
        EXECUTE format('CREATE TRIGGER territori_comment_window BEFORE INSERT ON %s FOR EACH ROW '
                       'EXECUTE FUNCTION territori.comment_window(%L)', comments, qualified);
    END IF;
END $$;

-- ------------------------------------------------------------------------------ feed watermark and digests
-- A device reads a layer's change feed in windows of revisions read at different moments, and revisions do not
-- commit in their order (take_rev_floor: writers do not wait for each other). The watermark H says which revisions
-- are settled for good (committed, or never to commit), so windows that end at or below an H read earlier can be read
-- at any time and in any order, and the cursor may move to a window's end. docs/sync.md gives the whole argument:
--   1. S := the sequence's last value, read FIRST: every revision handed out so far is at most S;
--   2. F := the lowest floor among the transactions in flight NOW (their shared locks in pg_locks);
--   H = least(S, F - 1). A transaction in flight at 2 wrote only revisions above its floor, so above H. One not in
--   flight at 2 and not yet begun at 1 takes its floor, and every revision it writes, after 1: above S. Any other
--   revision at or below H belongs to a transaction that had ended at 2, and PostgreSQL makes a commit visible to
--   every later snapshot before it releases the transaction's locks. nextval hands out values in call order
--   (CACHE 1, above). Read on the primary: a replica's pg_locks do not show the primary's writers.
-- SECURITY DEFINER, so a role that may not read some layer (citizens and participants) still gets the database-wide
-- number, which says nothing else. VOLATILE: it reads the sequence and the lock table as they are, not a snapshot.
CREATE OR REPLACE FUNCTION territori.committed_rev() RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s bigint;
    f bigint;
BEGIN
    SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO s FROM territori.sync_rev;
    SELECT min(((l.classid::bigint - 1073741824) << 32) + l.objid::bigint) INTO f
      FROM pg_locks l
     WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND l.classid::bigint >= 1073741824 AND l.classid::bigint < 2147483648;
    RETURN CASE WHEN f IS NULL THEN s ELSE least(s, f - 1) END;
END $$;

-- The watermark as a replica serves it (issue #15; `sit up --replica-port`). A replica's pg_locks do not show the
-- primary's writers, so it cannot compute H; it serves the beacon instead: H as the primary computed it and wrote it
-- in a transaction of its own (territori.refresh_beacon, twice a second while a replica runs). Every revision at or
-- below that H belonged to a transaction that had ended before H was computed, so its commit record comes before the
-- beacon's in the WAL, and a replica that shows the beacon has applied it: a device that reads H and its windows from
-- the same replica, however far behind the primary it is, reads settled windows only (docs/sync.md).
CREATE TABLE IF NOT EXISTS territori.feed_beacon (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    high_water bigint NOT NULL,
    at         timestamptz NOT NULL
);
INSERT INTO territori.feed_beacon (id, high_water, at) VALUES (true, 0, now()) ON CONFLICT (id) DO NOTHING;
REVOKE ALL ON territori.feed_beacon FROM PUBLIC;
COMMENT ON TABLE territori.feed_beacon IS
    'Territori sync kit: the feed watermark as the primary last computed it, for the replicas (refresh_beacon)';

-- Never moves back (H only grows on the primary; greatest() keeps it so across a restart).
CREATE OR REPLACE FUNCTION territori.refresh_beacon() RETURNS bigint
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    UPDATE territori.feed_beacon SET high_water = greatest(high_water, territori.committed_rev()), at = now()
     WHERE id RETURNING high_water
$$;
REVOKE ALL ON FUNCTION territori.refresh_beacon() FROM PUBLIC;

-- H where it is read: computed on the primary, the beacon on a replica (hot standby).
CREATE OR REPLACE FUNCTION territori.feed_high_water() RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_is_in_recovery() THEN
        RETURN (SELECT b.high_water FROM territori.feed_beacon b WHERE b.id);
    END IF;
    RETURN territori.committed_rev();
END $$;

-- Published read-only to every role (one row; the nullable geometry only so QGIS Server publishes it like a layer).
CREATE OR REPLACE VIEW public.territori_feed_state AS
    SELECT 'sit'::text AS id, territori.feed_high_water() AS high_water, NULL::geometry(Point, 4326) AS geometry;
COMMENT ON VIEW public.territori_feed_state IS
    'Territori sync kit: the feed watermark (every rev at or below high_water is settled); read-only for all roles';
REVOKE ALL ON public.territori_feed_state FROM PUBLIC;
DO $$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT DISTINCT grp FROM territori.access_matrix ORDER BY 1 LOOP
        EXECUTE format('GRANT SELECT ON public.territori_feed_state TO %I', r);
    END LOOP;
END $$;

-- Anti-entropy: per layer, the live rows (not soft-deleted) in buckets of 4096 revs, with their count and a digest
-- (the sum of the first 60 bits of md5(uuid || ':' || rev), as text: a sum, so buckets and groups add up, and a
-- device computes the same over what it holds). Grouped by moderation state too, so that the subset string a
-- role's QGIS project applies to the layer (citizens: published entries) applies to its digest alike. One view per
-- layer in schema territori_digest, published as "territori_digest_<layer>" to the roles that read the layer.
CREATE SCHEMA IF NOT EXISTS territori_digest;
COMMENT ON SCHEMA territori_digest IS 'Territori sync kit: per-layer digests for the anti-entropy check';

CREATE OR REPLACE FUNCTION territori.enable_digest(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    rel text;
    state text;
    g text;
    want boolean;
    have boolean;
    v regclass;
BEGIN
    SELECT c.relname INTO rel FROM pg_class c WHERE c.oid = tbl;
    state := CASE WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = 'moderazione'
                                                          AND attnum > 0 AND NOT attisdropped)
                  THEN 'moderazione' ELSE 'NULL::text' END;
    EXECUTE format($v$CREATE OR REPLACE VIEW territori_digest.%I AS
        SELECT (rev >> 12)::text || ':' || coalesce(%s, '') AS id, rev >> 12 AS bucket, %s AS moderazione,
               count(*) AS n,
               sum(('x' || substr(md5(uuid || ':' || rev::text), 1, 15))::bit(60)::bigint)::text AS digest,
               NULL::geometry(Point, 4326) AS geometry
          FROM %s WHERE NOT coalesce(deleted, false) GROUP BY 2, 3$v$, rel, state, state, tbl);
    v := format('territori_digest.%I', rel)::regclass;
    -- readable by exactly the groups that read the table
    FOR g IN SELECT DISTINCT grp FROM territori.access_matrix ORDER BY 1 LOOP
        want := has_table_privilege(g, tbl, 'SELECT');
        have := has_table_privilege(g, v, 'SELECT');
        IF want AND NOT have THEN
            EXECUTE format('GRANT USAGE ON SCHEMA territori_digest TO %I', g);
            EXECUTE format('GRANT SELECT ON %s TO %I', v, g);
        ELSIF have AND NOT want THEN
            EXECUTE format('REVOKE SELECT ON %s FROM %I', v, g);
        END IF;
    END LOOP;
END $$;

-- layers sync-enabled by an older kit get their digest view now
DO $$
DECLARE
    l record;
BEGIN
    FOR l IN SELECT schema_name, table_name FROM territori.layers
              WHERE to_regclass(format('%I.%I', schema_name, table_name)) IS NOT NULL ORDER BY 1, 2 LOOP
        PERFORM territori.enable_digest(format('%I.%I', l.schema_name, l.table_name)::regclass);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------------------------------- erasure
-- A layer's personal data (docs/sit.md, "Personal data"). territori.enable_erasure(table, erased_at, fields) (sitkit.py
-- calls it for a layer whose definition has "erasure": {"fields": [...], "erasedAt": "..."}) installs the trigger
-- territori_erasure, BEFORE INSERT OR UPDATE OR DELETE, a function territori_erasure.<layer>() generated here:
--   - once erased_at is set it keeps its first value, whatever a later write sends (an erasure cannot be undone);
--   - while it is set, the personal fields and the geometry are NULL, whatever a write sends: a device's "keep mine"
--     of an old value after another device erased the person goes through, without the value (cleared silently,
--     not refused, so the device is not left with a change it can never send; it reads the row back erased);
--   - an erasure that clears values (and a hard delete of a row that holds some) queues the table in
--     territori.erasures; sync/server/sit-sweeper rewrites it (VACUUM FULL) and purges the WAL (CHECKPOINT,
--     pg_switch_wal(), CHECKPOINT with wal_recycle = off), so the old row versions leave the database files.
-- BEFORE triggers fire in name order: territori_erasure fires before territori_moderation_*, territori_sync_* and
-- territori_validate, so the sync trigger's refusals (sync-conflict...) still come first (the whole write fails)
-- and the layer rules see the row erased (sitkit.py exempts the personal fields and the geometry of an erased row).
-- The personal columns also get STATISTICS 0: ANALYZE never copies their values into pg_statistic.
CREATE SCHEMA IF NOT EXISTS territori_erasure;
COMMENT ON SCHEMA territori_erasure IS 'Territori sync kit: per-layer erasure triggers generated by territori.enable_erasure()';
ALTER TABLE territori.layers ADD COLUMN IF NOT EXISTS erasure_fields text[];
ALTER TABLE territori.layers ADD COLUMN IF NOT EXISTS erased_at text;

-- What sit-sweeper still has to make final on disk: the table (schema-qualified and quoted) whose old row versions
-- hold erased values, and the transaction that erased them (the sweep waits until no snapshot older than it is
-- open: VACUUM keeps what such a snapshot may still see). Rows stay, with swept_at, as the record of what was done.
-- No personal data: the layer and the feature's uuid.
CREATE TABLE IF NOT EXISTS territori.erasures (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    layer     text NOT NULL,
    relation  text NOT NULL,
    uuid      text,
    xid       xid8 NOT NULL DEFAULT pg_current_xact_id(),
    queued_at timestamptz NOT NULL DEFAULT now(),
    swept_at  timestamptz
);
CREATE INDEX IF NOT EXISTS erasures_pending_idx ON territori.erasures (id) WHERE swept_at IS NULL;
COMMENT ON TABLE territori.erasures IS
    'Territori sync kit: erasures waiting for sit-sweeper (VACUUM FULL, WAL purge), and when they were swept';
REVOKE ALL ON territori.erasures FROM PUBLIC;

-- Called by the generated triggers, whoever writes: queues the layer's own table only (never a table a caller
-- names). SECURITY DEFINER: the queue is nobody else's.
CREATE OR REPLACE FUNCTION territori.queue_erasure(layer text, feature text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO territori.erasures (layer, relation, uuid)
    SELECT l.layer, format('%I.%I', l.schema_name, l.table_name), $2
      FROM territori.layers l WHERE l.layer = $1 AND l.erased_at IS NOT NULL
$$;

-- erased_at_col NULL removes the layer's erasure (its definition no longer has one).
CREATE OR REPLACE FUNCTION territori.enable_erasure(tbl regclass, erased_at_col text, personal text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    sch text;
    rel text;
    fn text;
    col text;
    cols text[];
    had boolean;
    old_set text;
    clears text;
    n bigint;
BEGIN
    SELECT n.nspname, c.relname INTO sch, rel FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = tbl;
    fn := format('territori_erasure.%I', rel);
    had := EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = tbl AND tgname = 'territori_erasure' AND NOT tgisinternal);
    IF erased_at_col IS NULL THEN
        IF had THEN
            EXECUTE format('DROP TRIGGER territori_erasure ON %s', tbl);
        END IF;
        EXECUTE format('DROP FUNCTION IF EXISTS %s()', fn);
        UPDATE territori.layers l SET erasure_fields = NULL, erased_at = NULL
         WHERE (l.schema_name, l.table_name) = (sch, rel) AND (l.erasure_fields IS NOT NULL OR l.erased_at IS NOT NULL);
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM territori.layers l WHERE (l.schema_name, l.table_name) = (sch, rel)) THEN
        RAISE EXCEPTION 'enable_erasure: % is not sync-enabled (run territori.enable_sync first)', tbl;
    END IF;
    IF coalesce(cardinality(personal), 0) = 0 THEN
        RAISE EXCEPTION 'enable_erasure: % names no personal fields', tbl;
    END IF;
    FOREACH col IN ARRAY personal || erased_at_col LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = col AND attnum > 0 AND NOT attisdropped) THEN
            RAISE EXCEPTION 'enable_erasure: % has no column %', tbl, col;
        END IF;
        IF col IN ('uuid', 'rev', 'base_rev', 'last_op', 'deleted', 'updated_at', 'updated_by', 'author', 'geometry') THEN
            RAISE EXCEPTION 'enable_erasure: % is the sync kit''s column, not a personal field', col;
        END IF;
    END LOOP;
    IF erased_at_col = ANY (personal) THEN
        RAISE EXCEPTION 'enable_erasure: % cannot be both a personal field and the time of erasure', erased_at_col;
    END IF;
    cols := personal || 'geometry'::text;
    SELECT string_agg(format('OLD.%I IS NOT NULL', c), ' OR '), string_agg(format('NEW.%I := NULL;', c), ' ')
      INTO old_set, clears FROM unnest(cols) AS c;
    UPDATE territori.layers l SET erasure_fields = personal, erased_at = erased_at_col
     WHERE (l.schema_name, l.table_name) = (sch, rel)
       AND (l.erasure_fields, l.erased_at) IS DISTINCT FROM (personal, erased_at_col);
    EXECUTE format($f$CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF %s THEN
            PERFORM territori.queue_erasure(%L, OLD.uuid);
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.%I IS NOT NULL THEN
        NEW.%I := OLD.%I;
    END IF;
    IF NEW.%I IS NOT NULL THEN
        IF TG_OP = 'UPDATE' AND (%s) THEN
            PERFORM territori.queue_erasure(%L, OLD.uuid);
        END IF;
        %s
    END IF;
    RETURN NEW;
END
$body$
$f$, fn, old_set, rel, erased_at_col, erased_at_col, erased_at_col, erased_at_col, old_set, rel, clears);
    IF NOT had THEN
        EXECUTE format('CREATE TRIGGER territori_erasure BEFORE INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW '
                       'EXECUTE FUNCTION %s()', tbl, fn);
    END IF;
    -- ANALYZE copies sampled values into pg_statistic: never for these columns (and away with what it holds)
    FOREACH col IN ARRAY cols LOOP
        IF (SELECT attstattarget FROM pg_attribute WHERE attrelid = tbl AND attname = col) <> 0 THEN
            EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET STATISTICS 0', tbl, col);
        END IF;
    END LOOP;
    IF (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) THEN
        DELETE FROM pg_catalog.pg_statistic s USING pg_attribute a
         WHERE s.starelid = tbl AND a.attrelid = tbl AND a.attnum = s.staattnum AND a.attname = ANY (cols);
        IF FOUND THEN
            INSERT INTO territori.erasures (layer, relation) VALUES (rel, 'pg_catalog.pg_statistic');
        END IF;
    END IF;
    -- rows erased before the trigger existed: clear what they still hold (through the triggers: new revs, queued)
    EXECUTE format('UPDATE %s SET %I = %I WHERE %I IS NOT NULL AND (%s)', tbl, erased_at_col, erased_at_col,
                   erased_at_col, replace(old_set, 'OLD.', ''));
    GET DIAGNOSTICS n = ROW_COUNT;
    IF NOT had AND n = 0 THEN
        -- their old versions may still be in the files all the same
        EXECUTE format('SELECT count(*) FROM %s WHERE %I IS NOT NULL', tbl, erased_at_col) INTO n;
        IF n > 0 THEN
            INSERT INTO territori.erasures (layer, relation) VALUES (rel, format('%I.%I', sch, rel));
        END IF;
    END IF;
END $$;

-- Erase a participant's personal data (the DBA's helper; clients do the same with a WFS-T Update setting
-- cancellato_il): name, e-mail and position go, the pseudonymous code, the consent and the date of erasure stay.
-- The layer's erasure trigger does the same for any write that sets cancellato_il. Returns the rows changed.
CREATE OR REPLACE FUNCTION territori.erase_participant(code text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    UPDATE public.partecipanti SET nome = NULL, email = NULL, geometry = NULL, cancellato_il = coalesce(cancellato_il, now())
     WHERE codice = code AND (nome IS NOT NULL OR email IS NOT NULL OR geometry IS NOT NULL OR cancellato_il IS NULL);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

-- ------------------------------------------------------------------------------------------------ layer rules
-- What a layer's definition (project.json) allows, enforced for every writer (WFS-T, QGIS desktop, psql): sitkit.py
-- generates one trigger function per layer, territori_rules.<layer>(), fired by the trigger territori_validate
-- BEFORE INSERT OR UPDATE. BEFORE triggers fire in name order, so it runs last, after territori_comment_window,
-- territori_moderation_* and territori_sync_*: it sees the row as it will be stored, and the kit's own refusals
-- (sync-deleted, sync-conflict, moderation-*) come first. A refusal is
--     layer-rule: layer=<layer> uuid=<uuid> field=<field or *>: <what is wrong> (<the limit>)
-- with SQLSTATE 23514 (check_violation). These are the helpers the generated functions call; docs/sit.md,
-- "Layer rules on the SIT", says what is checked and why.
CREATE SCHEMA IF NOT EXISTS territori_rules;
COMMENT ON SCHEMA territori_rules IS 'Territori sync kit: per-layer rule triggers generated by sitkit.py from project.json';

-- A text's length as the app counts it (Qt's QString::size(): UTF-16 code units, so a character beyond U+FFFF,
-- an emoji, counts 2): maxLength and minLength mean the same here as in the forms.
CREATE OR REPLACE FUNCTION territori.utf16_length(value text) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN octet_length(value) = char_length(value) THEN char_length(value)
                ELSE char_length(value) + char_length(regexp_replace(value, '[^\U00010000-\U0010FFFF]+', '', 'g')) END
$$;

-- A multiple choice or a list of photos as stored: JSON array text, e.g. ["a","b"]. The array, or NULL when the text
-- is not a JSON array. (Not PARALLEL SAFE: the exception block is a subtransaction.)
CREATE OR REPLACE FUNCTION territori.json_list(value text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    j jsonb;
BEGIN
    IF left(btrim(value, E' \t\n\r\f\v'), 1) <> '[' THEN
        RETURN NULL;
    END IF;
    j := value::jsonb;
    RETURN CASE WHEN jsonb_typeof(j) = 'array' THEN j END;
EXCEPTION WHEN data_exception THEN
    RETURN NULL;
END $$;

-- Whether a list is empty as the app sees it (normalizeValue: blank text, or an array without a non-empty string).
-- Text that is not an array is not empty (the app reads it as one value; the rules refuse it as not a list).
CREATE OR REPLACE FUNCTION territori.list_is_empty(value text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    j jsonb;
BEGIN
    IF value IS NULL OR btrim(value, E' \t\n\r\f\v') = '' THEN
        RETURN true;
    END IF;
    j := territori.json_list(value);
    RETURN j IS NOT NULL AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(j) e
                                          WHERE jsonb_typeof(e) = 'string' AND e #>> '{}' <> '');
END $$;

-- ------------------------------------------------------------------------------------------------ projects
-- The catalogue of published projects (`sit publish`, sitpublish.py; docs/sit.md, "Projects"): one row per project,
-- its full self-contained definition (compact JSON text, "version" inside too), the version (1, then +1 whenever the
-- stored definition's content changes), the roles that see it, and its extent. Written by the publisher (the
-- superuser) only; every role reads the view territori.catalogue, which shows only the rows of the roles the
-- connecting login belongs to, so a citizen's endpoint never lists (nor returns by id or filter) a survey project.
CREATE TABLE IF NOT EXISTS territori.projects (
    id           text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    version      integer NOT NULL CHECK (version >= 1),
    format       integer NOT NULL,
    roles        text[] NOT NULL CHECK (cardinality(roles) > 0
                                        AND roles <@ ARRAY['surveyor', 'citizen', 'officer', 'moderator']::text[]),
    title        text NOT NULL,
    description  text,
    definition   text NOT NULL,
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    published_at timestamptz NOT NULL DEFAULT now(),
    geometry     geometry(Polygon, 4326)
);
COMMENT ON TABLE territori.projects IS
    'Territori: the published project definitions (sit publish); every role reads territori.catalogue';
REVOKE ALL ON territori.projects FROM PUBLIC;

-- What every role reads (published as territori_projects): the rows whose roles include a group the current role is a
-- member of (the sit_<role> login QGIS Server connects as; SET ROLE can only narrow it, and a DBA may preview with
-- SET ROLE sit_citizen; a superuser sees every row). security_barrier: a filter sent by a client is applied only to
-- the rows the view lets through, so not even an error can tell a hidden row.
CREATE OR REPLACE VIEW territori.catalogue WITH (security_barrier) AS
    SELECT p.id, p.version, p.format, array_to_string(p.roles, ',') AS roles, p.title, p.description, p.definition,
           p.sha256, p.published_at, p.geometry
      FROM territori.projects p
     WHERE EXISTS (SELECT 1 FROM unnest(p.roles) AS r(role)
                    WHERE pg_has_role(current_user, 'territori_' || r.role, 'MEMBER'));
COMMENT ON VIEW territori.catalogue IS
    'Territori: the projects the connecting login''s roles may use; read-only for all roles';
REVOKE ALL ON territori.catalogue FROM PUBLIC;

-- The layers some published project lists: the ones the QGIS Server projects publish (a layer dropped from every
-- project keeps its table and rows, unpublished).
CREATE OR REPLACE VIEW territori.published_layers AS
    SELECT DISTINCT l ->> 'name' AS layer, p.id AS project
      FROM territori.projects p, jsonb_array_elements(p.definition::jsonb -> 'layers') AS l;
REVOKE ALL ON territori.published_layers FROM PUBLIC;

-- Work areas: what a project's download can be limited to (a comune, a zona omogenea). Loaded by `sit areas`
-- (replace-all); read-only for every role through territori.work_areas_public (published as territori_work_areas).
CREATE TABLE IF NOT EXISTS territori.work_areas (
    id       text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    kind     text NOT NULL CHECK (kind IN ('comune', 'zona_omogenea')),
    name     text NOT NULL CHECK (name <> ''),
    code     text,
    sample   boolean NOT NULL DEFAULT false,
    geometry geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geometry) AND NOT ST_IsEmpty(geometry))
);
CREATE INDEX IF NOT EXISTS work_areas_geometry_gist ON territori.work_areas USING gist (geometry);
COMMENT ON TABLE territori.work_areas IS 'Territori: the work areas (sit areas); read through territori.work_areas_public';
REVOKE ALL ON territori.work_areas FROM PUBLIC;
CREATE OR REPLACE VIEW territori.work_areas_public AS
    SELECT id, kind, name, code, sample, geometry FROM territori.work_areas;
REVOKE ALL ON territori.work_areas_public FROM PUBLIC;

DO $$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT DISTINCT grp FROM territori.access_matrix ORDER BY 1 LOOP
        EXECUTE format('REVOKE ALL ON territori.projects, territori.work_areas, territori.published_layers FROM %I', r);
        EXECUTE format('REVOKE ALL ON territori.catalogue, territori.work_areas_public FROM %I', r);
        EXECUTE format('GRANT SELECT ON territori.catalogue, territori.work_areas_public TO %I', r);
    END LOOP;
END $$;

COMMIT;
