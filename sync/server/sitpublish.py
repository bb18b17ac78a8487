#!/usr/bin/python3
"""Publish Territori project definitions into a running SIT, and load its work areas (docs/sit.md, "Projects").

    sitpublish.py publish --dir DIR --pg-port N DEF.json [DEF.json ...] [--features DIR]
                          [--packages DIR | --no-packages] [--dry-run] [--default-roles]
    sitpublish.py areas --dir DIR --pg-port N AREAS.geojson [--if-empty]
    sitpublish.py unpublish --dir DIR --pg-port N ID
    sitpublish.py wait --dir DIR --pg-port N --base URL [--timeout S]

Run by `sit publish`, `sit up`, `sit areas` and `sit unpublish`, which hold the folder's lock (one at a time per
folder) and regenerate the QGIS Server projects afterwards. Talks to the SIT's PostgreSQL as the superuser through
the unix socket in DIR/pg/run, with psql: every value that goes into SQL is quoted by sitkit's literal() / ident(),
nothing from a definition is executed.

publish: reads a definition (resolving "from"), refuses what cannot be published, leaving the SIT as it was:
malformed JSON, a format other than 1, a bad id, roles, a definition sitkit refuses, a layer another project
publishes, a field or geometry type that differs from what the SIT holds, a missing basemap package. Then copies the
packages into DIR/files (content-addressed, create-only) and applies, in ONE transaction, the layer tables, their
rules, the seeds and the catalogue row (territori.projects: version 1, then +1 whenever the stored definition's
content changes). Several definitions are published one after the other, each in its own transaction.
Exit status: 0 published with changes, 10 published, nothing changed, 2 refused (nothing changed), 1 failed.

Python 3 standard library only (Debian's /usr/bin/python3).
"""
import argparse
import base64
import contextlib
import copy
import hashlib
import io
import json
import math
import os
import re
import secrets
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sitkit  # noqa: E402

FORMAT = 1
ROLES = ["surveyor", "citizen", "officer", "moderator"]
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
LAYER_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")                 # the app's identifierRe()
RESERVED_PREFIXES = ("gpkg_", "rtree_", "territori_")           # the app's (layerdef.cpp) and the kit's own types
FROM_KEYS = ["valueLists", "extent", "home", "basemaps", "sample"]
KEY_ORDER = ["format", "id", "version", "title", "description", "roles", "sample", "extent", "home", "basemaps",
             "valueLists", "layers"]
RULE_KEYS = ["required", "minLength", "maxLength", "pattern", "min", "max", "maxCount", "visibleIf", "readOnly"]
WORK_AREAS = ("clip", "whole")
PG_TYPE_NAMES = {"timestamptz": "timestamp with time zone"}   # sitkit's column types as format_type() names them
DB = "sit"
EXIT_CHANGED, EXIT_UNCHANGED, EXIT_REFUSED, EXIT_FAILED = 0, 10, 2, 1


class Refusal(Exception):
    """What cannot be published, said to the person who publishes; nothing has been changed."""


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def describe(value):
    return json.dumps(value, ensure_ascii=False)


# ------------------------------------------------------------------------------------------------ database
class Db:
    def __init__(self, folder, pg_port):
        self.folder, self.port = folder, str(pg_port)
        self.sock = os.path.join(folder, "pg", "run")

    def _cmd(self):
        return ["psql", "-X", "-q", "-At", "-h", self.sock, "-p", self.port, "-U", "postgres", "-d", DB,
                "-v", "ON_ERROR_STOP=1"]

    def query(self, sql):
        r = subprocess.run(self._cmd(), input=sql, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"psql: {r.stderr.strip()}")
        return r.stdout

    def json(self, sql):
        return json.loads(self.query(sql).strip() or "null")

    def run_file(self, path):
        r = subprocess.run(self._cmd() + ["-f", path], capture_output=True, text=True)
        return r.returncode, r.stderr


def sql_text_array(values):
    return "ARRAY[" + ", ".join(sitkit.literal(v) for v in values) + "]::text[]"


def sit_state(db, names):
    """What the SIT holds that a publish depends on, read in one query: the catalogue, the registered layers, the
    columns of the tables the definition or a published project names."""
    if db.query("SELECT to_regclass('territori.projects') IS NOT NULL").strip() != "t":
        return {"kit": False}
    return db.json(f"""
WITH named AS (
    SELECT DISTINCT n AS name FROM (
        SELECT unnest({sql_text_array(sorted(set(names)))}) AS n
        UNION SELECT layer FROM territori.published_layers) u
     WHERE n IS NOT NULL),
tables AS (
    SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public'
     WHERE c.relname IN (SELECT name FROM named))
SELECT json_build_object(
  'kit', true,
  'projects', (SELECT coalesce(json_agg(json_build_object('id', id, 'version', version, 'sha256', sha256,
                                                          'definition', definition) ORDER BY id), '[]')
                 FROM territori.projects),
  'layers', (SELECT coalesce(json_object_agg(layer, json_build_object('schema', schema_name, 'table', table_name,
                                                                      'geomtype', geomtype, 'access', access)), '{{}}')
               FROM territori.layers),
  'columns', (SELECT coalesce(json_object_agg(t.relname, (
                  SELECT json_object_agg(a.attname, format_type(a.atttypid, a.atttypmod)) FROM pg_attribute a
                   WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped)), '{{}}') FROM tables t))""")


def count_rows(db, names):
    """{table: rows} of these public tables (only for what a report names: a layer removed, a table published again)."""
    names = sorted(set(names))
    if not names:
        return {}
    return db.json(f"""
SELECT coalesce(json_object_agg(c.relname, (xpath('/row/n/text()', query_to_xml(
           format('SELECT count(*) AS n FROM public.%I', c.relname), false, true, '')))[1]::text::bigint), '{{}}')
  FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public'
 WHERE c.relkind IN ('r', 'p') AND c.relname = ANY ({sql_text_array(names)})""")


# ------------------------------------------------------------------------------------------------ definitions
def reject_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def load_json(path, what="definition"):
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        raise Refusal(f"{path}: cannot read the {what}: {e.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Refusal(f"{path}: not UTF-8 text (byte {e.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(text, parse_constant=reject_constant)
    except json.JSONDecodeError as e:
        raise Refusal(f"{path}: not valid JSON: line {e.lineno} column {e.colno}: {e.msg}") from None
    except ValueError as e:
        raise Refusal(f"{path}: not valid JSON: {e}") from None


def check_format(path, d):
    if not isinstance(d, dict):
        raise Refusal(f"{path}: a definition is a JSON object, not {type(d).__name__}")
    fmt = d.get("format")
    if isinstance(fmt, bool) or not isinstance(fmt, int):
        raise Refusal(f"{path}: \"format\" must be {FORMAT} (the definition format), not {describe(fmt)}")
    if fmt > FORMAT:
        raise Refusal(f"{path}: definition format {fmt}: this SIT's kit knows definition format {FORMAT}; "
                      "update the kit")
    if fmt != FORMAT:
        raise Refusal(f"{path}: definition format {fmt} does not exist: this SIT's kit knows format {FORMAT}")


class Resolved:
    """A self-contained definition, and where its parts came from."""

    def __init__(self, definition, path, seed_ids, basemap_dir):
        self.definition = definition
        self.path = path
        self.seed_ids = seed_ids            # layer name -> the project id its sample features' uuids derive from
        self.basemap_dir = basemap_dir      # the folder of the file that defined the basemaps


def resolve(path, stack=()):
    path = os.path.abspath(path)
    if path in stack:
        raise Refusal(f"{path}: \"from\" makes a cycle: " + " -> ".join(list(stack) + [path]))
    d = load_json(path)
    check_format(path, d)
    own_id = d.get("id")
    base_ref = d.get("from")
    if base_ref is None:
        layers = d.get("layers")
        seed_ids = {l.get("name"): own_id for l in layers if isinstance(l, dict)} if isinstance(layers, list) else {}
        return Resolved(d, path, seed_ids, os.path.dirname(path))
    if not isinstance(base_ref, str) or not base_ref:
        raise Refusal(f"{path}: \"from\" must be the path of another definition, relative to this file")
    base_path = os.path.normpath(os.path.join(os.path.dirname(path), base_ref))
    if not os.path.exists(base_path):
        raise Refusal(f"{path}: \"from\": {base_ref} not found ({base_path})")
    base = resolve(base_path, stack + (path,))
    b = base.definition
    base_layers = {l.get("name"): l for l in b.get("layers") or [] if isinstance(l, dict)}
    wanted = d.get("layers")
    if wanted is None:
        wanted = [l.get("name") for l in b.get("layers") or [] if isinstance(l, dict)]
    if not isinstance(wanted, list):
        raise Refusal(f"{path}: \"layers\" must be a list (names of layers of {base_ref}, or layer objects)")
    layers, seed_ids = [], {}
    for i, item in enumerate(wanted):
        if isinstance(item, str):
            if item not in base_layers:
                raise Refusal(f"{path}: layers[{i}]: '{item}' is not a layer of {base_ref} "
                              f"(it has {', '.join(base_layers) or 'none'})")
            layers.append(copy.deepcopy(base_layers[item]))
            seed_ids[item] = base.seed_ids.get(item, b.get("id"))
        elif isinstance(item, dict):
            layers.append(item)
            seed_ids[item.get("name")] = own_id
        else:
            raise Refusal(f"{path}: layers[{i}]: a layer is a name of a layer of {base_ref} or a layer object")
    out = {k: v for k, v in d.items() if k != "from"}
    out["layers"] = layers
    basemap_dir = os.path.dirname(path)
    for key in FROM_KEYS:
        if key not in d and key in b:
            out[key] = copy.deepcopy(b[key])
            if key == "basemaps":
                basemap_dir = base.basemap_dir
    return Resolved(out, path, seed_ids, basemap_dir)


def localized(value, where, required):
    """A title or description: a text, or an object of languages; returned as the object the catalogue stores."""
    if value is None:
        if required:
            raise Refusal(f"{where} is missing (a text, or {{\"it\": \"…\", \"en\": \"…\"}})")
        return None
    if isinstance(value, str) and value.strip():
        return {"it": value, "en": value}             # the app reads a text as both languages
    if isinstance(value, dict) and value and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()) \
            and any(v.strip() for v in value.values()):
        return value
    raise Refusal(f"{where} must be a non-empty text or an object of languages ({{\"it\": \"…\", \"en\": \"…\"}}), "
                  f"not {describe(value)[:80]}")


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def validate(res, default_roles):
    """Refuse what the app or the SIT could not use; returns (roles, title, description, extent)."""
    d, path = res.definition, res.path
    where = path
    pid = d.get("id")
    if not isinstance(pid, str) or not ID_RE.match(pid):
        raise Refusal(f"{where}: project id {describe(pid)} must match ^[a-z0-9][a-z0-9_-]{{0,62}}$ "
                      "(lower-case letters, digits, '-' and '_')")
    where = f"{path} (project {pid})"
    roles = d.get("roles")
    if roles is None and default_roles:
        roles = list(ROLES)
    if not isinstance(roles, list) or not roles:
        raise Refusal(f"{where}: \"roles\" is required: the roles that see the project in the catalogue, "
                      f"a list of {', '.join(ROLES)}")
    for r in roles:
        if r not in ROLES:
            raise Refusal(f"{where}: roles: {describe(r)} is not a role (the roles are {', '.join(ROLES)})")
    if len(set(roles)) != len(roles):
        raise Refusal(f"{where}: roles: a role is listed twice")
    title = localized(d.get("title"), f"{where}: \"title\"", True)
    description = localized(d.get("description"), f"{where}: \"description\"", False)
    extent = d.get("extent")
    if not (isinstance(extent, list) and len(extent) == 4 and all(is_number(v) for v in extent)
            and -180 <= extent[0] < extent[2] <= 180 and -90 <= extent[1] < extent[3] <= 90):
        raise Refusal(f"{where}: \"extent\" must be [west, south, east, north] in degrees (EPSG:4326), "
                      f"not {describe(extent)[:80]}")
    for key in ("home",):
        if key in d and not isinstance(d[key], dict):
            raise Refusal(f"{where}: \"{key}\" must be an object")
    value_lists = d.get("valueLists") or {}
    if not isinstance(value_lists, dict):
        raise Refusal(f"{where}: \"valueLists\" must be an object of lists")
    basemaps = d.get("basemaps") or []
    if not isinstance(basemaps, list):
        raise Refusal(f"{where}: \"basemaps\" must be a list")
    ids = set()
    for i, b in enumerate(basemaps):
        bw = f"{where}: basemaps[{i}]"
        if not isinstance(b, dict) or not isinstance(b.get("id"), str) or not b["id"] \
                or b.get("type") not in ("mbtiles", "xyz"):
            raise Refusal(f"{bw}: a basemap needs an \"id\" and \"type\" mbtiles or xyz")
        if b["id"] in ids:
            raise Refusal(f"{bw}: basemap '{b['id']}' is defined twice")
        ids.add(b["id"])
        if b["type"] == "mbtiles":
            p = b.get("path")
            if not isinstance(p, str) or not p or os.path.isabs(p) or ".." in p or "\\" in p:
                raise Refusal(f"{bw}: basemap '{b['id']}': \"path\" must be relative to the project folder, "
                              "without '..'")
        elif not (isinstance(b.get("url"), str) and all(t in b["url"] for t in ("{z}", "{x}", "{y}"))):
            raise Refusal(f"{bw}: basemap '{b['id']}': \"url\" needs {{z}}, {{x}} and {{y}}")
    layers = d.get("layers")
    if not isinstance(layers, list) or not layers:
        raise Refusal(f"{where}: \"layers\" must be a non-empty list of layers")
    names = set()
    for i, layer in enumerate(layers):
        if not isinstance(layer, dict):
            raise Refusal(f"{where}: layers[{i}] is not a layer object")
        name = layer.get("name")
        lw = f"{where}: layer {describe(name)}"
        if not isinstance(name, str) or not LAYER_RE.match(name) or name.startswith(RESERVED_PREFIXES):
            raise Refusal(f"{lw}: the name must be lower-case letters, digits and '_', start with a letter, and not "
                          f"use a reserved prefix ({', '.join(RESERVED_PREFIXES)})")
        if name in names:
            raise Refusal(f"{lw}: defined twice")
        names.add(name)
        if layer.get("geometry", "none") not in sitkit.GEOMETRY_TYPES:
            raise Refusal(f"{lw}: unknown geometry {describe(layer.get('geometry'))} "
                          "(expected point, line or polygon)")
        if "workArea" in layer and layer["workArea"] not in WORK_AREAS:
            raise Refusal(f"{lw}: unknown workArea {describe(layer['workArea'])} (expected clip or whole)")
        fields = layer.get("fields", [])
        if not isinstance(fields, list) or not all(isinstance(f, dict) for f in fields):
            raise Refusal(f"{lw}: \"fields\" must be a list of field objects")
        seen = []
        for f in fields:
            fname = f.get("name")
            fw = f"{lw}, field {describe(fname)}"
            if not isinstance(fname, str) or not LAYER_RE.match(fname):
                raise Refusal(f"{fw}: invalid field name (lower-case letters, digits and '_', starting with a letter)")
            if fname in seen:
                raise Refusal(f"{fw}: defined twice")
            if f.get("type") not in sitkit.FIELD_TYPES:
                raise Refusal(f"{fw}: unknown field type {describe(f.get('type'))} "
                              f"(one of {', '.join(sitkit.FIELD_TYPES)})")
            for key in ("min", "max"):
                if f.get(key) is not None and not is_number(f[key]):
                    raise Refusal(f"{fw}: '{key}' must be a number")
            if is_number(f.get("min")) and is_number(f.get("max")) and f["min"] > f["max"]:
                raise Refusal(f"{fw}: min is greater than max")
            for key in ("minLength", "maxLength", "maxCount"):
                v = f.get(key)
                if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                    raise Refusal(f"{fw}: '{key}' must be a whole number ≥ 0")
            if f["type"] in ("choice", "multichoice") and f.get("options") is not None:
                # (a choice without options is taken, unchecked, as sitkit does; the app flags it)
                opts = f.get("options")
                if isinstance(opts, str):
                    if not isinstance(value_lists.get(opts), list):
                        raise Refusal(f"{fw}: value list '{opts}' does not exist")
                    opts = value_lists[opts]
                if not isinstance(opts, list):
                    raise Refusal(f"{fw}: 'options' must be a list, or the name of a value list")
                for o in opts:
                    v = o if isinstance(o, str) else (o.get("value") if isinstance(o, dict) else None)
                    if not isinstance(v, str) or not v:
                        raise Refusal(f"{fw}: an option has no value")
            vis = f.get("visibleIf")
            if vis is not None:
                if not isinstance(vis, dict) or not ("equals" in vis or "in" in vis or vis.get("notEmpty")):
                    raise Refusal(f"{fw}: visibleIf needs 'equals', 'in' or 'notEmpty'")
                if vis.get("field") not in seen:
                    raise Refusal(f"{fw}: visibleIf refers to {describe(vis.get('field'))}, which is not a field "
                                  "defined before it")
            seen.append(fname)
        label = layer.get("label")
        if label and label not in seen:
            raise Refusal(f"{lw}: label field '{label}' does not exist")
    # what sitkit itself refuses (reserved names, moderation columns, erasure fields...)
    warnings = io.StringIO()
    try:
        with contextlib.redirect_stderr(warnings):
            for layer in layers:
                sitkit.layer_sql(layer)
                sitkit.rules_sql(layer, value_lists)
    except SystemExit as e:
        msg = str(e.code if e.code is not None else "")
        raise Refusal(f"{where}: {msg.removeprefix('sitkit: ')}") from None
    for line in warnings.getvalue().splitlines():           # patterns the SIT cannot enforce
        print(f"sit publish: {pid}: {line.removeprefix('sitkit: ')}", file=sys.stderr)
    return roles, title, description, extent


# ------------------------------------------------------------------------------------------------ changes
def options_values(field, value_lists):
    return sitkit.options_of(field, value_lists) or []


def layer_changes(old, new, old_lists, new_lists):
    """Lines saying what a re-publish changes in a layer (the refusals are checked before)."""
    out = []
    of = {f["name"]: f for f in old.get("fields", [])}
    nf = {f["name"]: f for f in new.get("fields", [])}
    added = [n for n in nf if n not in of]
    removed = [n for n in of if n not in nf]
    if added:
        out.append("fields added: " + ", ".join(added))
    if removed:
        out.append("fields removed from the definition: " + ", ".join(removed)
                   + " (columns and values kept on the SIT)")
    for name in nf:
        if name not in of:
            continue
        a, b = of[name], nf[name]
        if a["type"] in ("choice", "multichoice"):
            va, vb = options_values(a, old_lists), options_values(b, new_lists)
            plus = [v for v in vb if v not in va]
            minus = [v for v in va if v not in vb]
            if plus:
                out.append(f"field {name}: choices added: " + ", ".join(plus))
            if minus:
                out.append(f"field {name}: choices withdrawn: " + ", ".join(minus)
                           + " (rows that hold them keep them)")
        for key in RULE_KEYS:
            if a.get(key) != b.get(key):
                out.append(f"field {name}: {key} {describe(a.get(key))} -> {describe(b.get(key))}")
        rest_a = {k: v for k, v in a.items() if k not in RULE_KEYS and k != "options"}
        rest_b = {k: v for k, v in b.items() if k not in RULE_KEYS and k != "options"}
        if rest_a != rest_b:
            out.append(f"field {name}: label, hint or form changed")
    if [f["name"] for f in old.get("fields", []) if f["name"] in nf] != [n for n in nf if n in of]:
        out.append("fields reordered")
    for key in ("sync", "erasure", "moderation", "geometryOptional", "workArea"):
        if old.get(key) != new.get(key):
            out.append(f"{key} {describe(old.get(key))} -> {describe(new.get(key))}")
    rest_a = {k: v for k, v in old.items() if k not in ("fields", "sync", "erasure", "moderation", "geometryOptional",
                                                          "workArea")}
    rest_b = {k: v for k, v in new.items() if k not in ("fields", "sync", "erasure", "moderation", "geometryOptional",
                                                          "workArea")}
    if rest_a != rest_b:
        out.append("title, style, label or menu changed")
    return out


def check_against_sit(res, state, previous):
    """The refusals that depend on what the SIT holds: a layer of another project, a field or geometry type that
    differs from the previously published definition or from the table's columns, a table that is not a layer."""
    d = res.definition
    pid = d["id"]
    where = f"{res.path} (project {pid})"
    owners = {}
    for p in state["projects"]:
        if p["id"] == pid:
            continue
        for l in json.loads(p["definition"]).get("layers", []):
            owners.setdefault(l.get("name"), p["id"])
    prev_layers = {l["name"]: l for l in (previous or {}).get("layers", [])}
    for layer in d["layers"]:
        name = layer["name"]
        lw = f"{where}: layer {name}"
        if name in owners:
            raise Refusal(f"{lw}: the layer is published by project {owners[name]} (a layer's name is its table on "
                          f"the SIT, one per SIT); rename it, or withdraw it from {owners[name]} first")
        cols = state["columns"].get(name)
        registered = state["layers"].get(name)
        if cols is not None and (registered is None or registered["schema"] != "public"):
            raise Refusal(f"{lw}: the SIT has a table public.{name} that is not a Territori layer")
        geometry = layer.get("geometry", "none")
        before = prev_layers.get(name)
        if before is not None and before.get("geometry", "none") != geometry:
            raise Refusal(f"{lw}: geometry changed from {before.get('geometry', 'none')} to {geometry}: the SIT "
                          "cannot convert the features it holds; publish a new layer instead")
        if before is not None and bool(before.get("multi")) != bool(layer.get("multi")):
            raise Refusal(f"{lw}: \"multi\" changed from {bool(before.get('multi'))} to {bool(layer.get('multi'))}: "
                          "the devices cannot convert the features they hold; publish a new layer instead")
        want = f"geometry({sitkit.geometry_type(layer)},4326)"
        if cols is not None and cols.get("geometry") not in (None, want):
            raise Refusal(f"{lw}: the SIT's table holds {cols['geometry']}, the definition makes it {want} "
                          f"(geometry {geometry}); publish a new layer instead")
        prev_fields = {f["name"]: f for f in (before or {}).get("fields", [])}
        for f in layer.get("fields", []):
            fname, ftype = f["name"], f["type"]
            old = prev_fields.get(fname)
            if old is not None and old.get("type") != ftype:
                raise Refusal(f"{lw}, field {fname}: type changed from {old.get('type')} to {ftype}: the SIT cannot "
                              "convert the values it holds; add a field with a new name instead")
            sql_type = PG_TYPE_NAMES.get(sitkit.FIELD_TYPES[ftype], sitkit.FIELD_TYPES[ftype])
            if cols is not None and fname in cols and cols[fname] != sql_type:
                raise Refusal(f"{lw}, field {fname}: the SIT's column {name}.{fname} is {cols[fname]} (from an "
                              f"earlier definition), the definition makes it {sql_type} ({ftype}); use a new name")


# ------------------------------------------------------------------------------------------------ packages
def sha256_file(path):
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def check_mbtiles(path):
    """None when the file is an SQLite database with the MBTiles tables, else what it is not."""
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            return "not an SQLite database"
    try:
        con = sqlite3.connect(f"file:{urllib.parse.quote(path)}?mode=ro&immutable=1", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        finally:
            con.close()
    except sqlite3.Error as e:
        return f"unreadable as SQLite ({e})"
    missing = {"tiles", "metadata"} - names
    return f"no table {', '.join(sorted(missing))} (not MBTiles)" if missing else None


def plan_packages(res, packages_dir, no_packages):
    """For each mbtiles basemap: (basemap id, source path, sha256, size); the definition's entries get "package"."""
    plans = []
    where = f"{res.path} (project {res.definition['id']})"
    for b in res.definition.get("basemaps") or []:
        b.pop("package", None)                     # the SIT's to say
        if b.get("type") != "mbtiles" or no_packages:
            continue
        folder = packages_dir or res.basemap_dir
        src = os.path.join(folder, b["path"])
        if not os.path.isfile(src):
            raise Refusal(f"{where}: basemap '{b['id']}': package {b['path']} not found in {folder} "
                          "(give --packages DIR, or --no-packages to publish it without its package)")
        bad = check_mbtiles(src)
        if bad:
            raise Refusal(f"{where}: basemap '{b['id']}': package {src}: {bad}")
        digest, size = sha256_file(src)
        b["package"] = {"file": f"{digest}.mbtiles", "sha256": digest, "size": size}
        plans.append((b["id"], src, digest, size))
    return plans


def store_package(folder, src, digest, size):
    """Copy a package into DIR/files/<sha256>.mbtiles: written to a temporary name in the same folder, checked
    against the hash it was published under, then linked under its final name, which is never replaced."""
    files = os.path.join(folder, "files")
    os.makedirs(files, exist_ok=True)
    final = os.path.join(files, f"{digest}.mbtiles")
    if os.path.exists(final):
        if os.path.getsize(final) == size:
            return False
        raise RuntimeError(f"{final} exists with another size: the file store is damaged")
    tmp = os.path.join(files, f".incoming-{secrets.token_hex(8)}")
    h = hashlib.sha256()
    try:
        with open(src, "rb") as fi, open(tmp, "wb") as fo:
            while True:
                chunk = fi.read(1 << 20)
                if not chunk:
                    break
                h.update(chunk)
                fo.write(chunk)
            fo.flush()
            os.fsync(fo.fileno())
        if h.hexdigest() != digest:
            raise Refusal(f"{src} changed while it was being published; publish again")
        os.chmod(tmp, 0o644)
        try:
            os.link(tmp, final)
        except FileExistsError:
            pass                                   # the same content, stored by someone else meanwhile
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
    return True


# ------------------------------------------------------------------------------------------------ publish
def ordered(d):
    out = {k: d[k] for k in KEY_ORDER if k in d}
    out.update({k: v for k, v in d.items() if k not in out})
    return out


def publish_sql(res, features_dir, roles, title, description, extent, version, text, digest, expect_sha):
    d = res.definition
    pid = d["id"]
    lit = sitkit.literal
    out = [f"-- Generated by sitpublish.py from {os.path.basename(res.path)} (project {pid}, version {version})",
           "\\set ON_ERROR_STOP on",
           "BEGIN;",
           "SET LOCAL client_min_messages = warning;",
           "SET LOCAL standard_conforming_strings = on;",
           # one publish at a time (sit holds the folder's lock; this guards the catalogue against other writers)
           "LOCK TABLE territori.projects IN SHARE ROW EXCLUSIVE MODE;",
           f"DO $$ BEGIN IF (SELECT sha256 FROM territori.projects WHERE id = {lit(pid)}) IS DISTINCT FROM "
           f"{lit(expect_sha)}::text THEN RAISE EXCEPTION 'publish: project {pid} was published by someone else "
           f"meanwhile; publish again'; END IF; END $$;"]
    value_lists = d.get("valueLists") or {}
    for layer in d["layers"]:
        out += sitkit.layer_sql(layer)
        out += sitkit.rules_sql(layer, value_lists)
    names = {layer["name"] for layer in d["layers"]}
    for comments, drafts in sorted(sitkit.COMMENT_WINDOWS.items()):
        if comments in names and drafts in names:
            out.append(f"DO $$ BEGIN PERFORM territori.enable_comment_window("
                       f"{lit('public.' + sitkit.ident(comments))}, {lit('public.' + sitkit.ident(drafts))}); END $$;")
    if features_dir:
        for layer in d["layers"]:
            path = os.path.join(features_dir, layer["name"] + ".geojson")
            if os.path.exists(path):
                out += sitkit.seed_sql(res.seed_ids.get(layer["name"]) or pid, layer, path)
    w, s, e, n = (float(v) for v in extent)
    out.append(
        "INSERT INTO territori.projects AS p (id, version, format, roles, title, description, definition, sha256, "
        "published_at, geometry)\n"
        f"VALUES ({lit(pid)}, {int(version)}, {FORMAT}, {sql_text_array(roles)}, {lit(compact(title))}, "
        f"{lit(compact(description) if description is not None else None)}, {lit(text)}, {lit(digest)}, now(), "
        f"ST_MakeEnvelope({w!r}, {s!r}, {e!r}, {n!r}, 4326))\n"
        "ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, format = EXCLUDED.format, roles = EXCLUDED.roles,\n"
        "    title = EXCLUDED.title, description = EXCLUDED.description, definition = EXCLUDED.definition,\n"
        "    sha256 = EXCLUDED.sha256, published_at = EXCLUDED.published_at, geometry = EXCLUDED.geometry\n"
        "  WHERE p.sha256 IS DISTINCT FROM EXCLUDED.sha256;")
    out.append("COMMIT;")
    return "\n".join(out) + "\n"


def publish_one(db, folder, path, args, report):
    res = resolve(path)
    roles, title, description, extent = validate(res, args.default_roles)
    d = res.definition
    pid = d["id"]
    d["roles"] = roles
    state = sit_state(db, [l["name"] for l in d["layers"]])
    if not state["kit"]:
        raise RuntimeError("the SIT's kit predates projects: run `sit up DIR` first")
    stored = next((p for p in state["projects"] if p["id"] == pid), None)
    previous = json.loads(stored["definition"]) if stored else None
    check_against_sit(res, state, previous)
    plans = plan_packages(res, args.packages, args.no_packages)
    d.pop("version", None)
    content = ordered(d)
    if previous is not None and {k: v for k, v in previous.items() if k != "version"} == content:
        version, text, digest, changed = stored["version"], stored["definition"], stored["sha256"], False
    else:
        version = (stored["version"] + 1) if stored else 1
        content = dict(content)
        content["version"] = version
        content = ordered(content)
        text = compact(content)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        changed = True
    # what it changes
    lines = []
    if stored is None:
        lines.append(f"{pid}: new project, version {version}, for {', '.join(roles)}")
    elif changed:
        lines.append(f"{pid}: version {version} (was {stored['version']})")
    else:
        lines.append(f"{pid}: unchanged, version {version} (the same content is already published)")
    prev_layers = {l["name"]: l for l in (previous or {}).get("layers", [])}
    new_names = [l["name"] for l in d["layers"]]
    state["rows"] = count_rows(db, [n for n in prev_layers if n not in new_names]
                               + [n for n in new_names if n not in prev_layers and n in state["columns"]])
    others = {}
    for p in state["projects"]:
        if p["id"] != pid:
            for l in json.loads(p["definition"]).get("layers", []):
                others.setdefault(l.get("name"), p["id"])
    for layer in d["layers"]:
        name = layer["name"]
        if name not in prev_layers:
            if name in state["columns"]:
                lines.append(f"  layer {name}: published (its table exists on the SIT with "
                             f"{state['rows'].get(name, 0)} rows, kept)")
            else:
                lines.append(f"  layer {name}: new table ({layer.get('geometry', 'none')})")
        else:
            for c in layer_changes(prev_layers[name], layer, (previous or {}).get("valueLists") or {},
                                   d.get("valueLists") or {}):
                lines.append(f"  layer {name}: {c}")
    for name in prev_layers:
        if name not in new_names:
            lines.append(f"  layer {name}: removed from the project; its table and {state['rows'].get(name, 0)} rows "
                         "stay on the SIT, " + (f"still published by {others[name]}" if name in others
                                                else "no longer published"))
    if previous is not None and changed:
        for key in ("title", "description", "roles", "extent", "home", "sample", "basemaps"):
            if previous.get(key) != content.get(key):
                lines.append(f"  {key} changed")
    for bid, src, dg, size in plans:
        there = os.path.exists(os.path.join(folder, "files", f"{dg}.mbtiles"))
        lines.append(f"  basemap {bid}: package {dg}.mbtiles, {size} bytes"
                     + (" (already in the file store)" if there else f" (from {src})"))
    if args.no_packages and any(b.get("type") == "mbtiles" for b in d.get("basemaps") or []):
        lines.append("  basemaps of type mbtiles published without their package (--no-packages)")
    if args.dry_run:
        report.extend(lines + [f"{pid}: dry run, nothing changed"])
        return False
    for _, src, dg, size in plans:
        store_package(folder, src, dg, size)
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        sql = publish_sql(res, args.features, roles, title, description, extent, version, text, digest,
                          stored["sha256"] if stored else None)
    for line in said.getvalue().splitlines():
        if "not enforced by the SIT" not in line:            # validate() said those; the seeds' warnings remain
            print(f"sit publish: {pid}: {line.removeprefix('sitkit: ')}", file=sys.stderr)
    out_dir = os.path.join(folder, "etc", "publish")
    os.makedirs(out_dir, mode=0o700, exist_ok=True)
    sql_path = os.path.join(out_dir, f"{pid}.sql")
    with open(sql_path + ".new", "w", encoding="utf-8") as fh:
        fh.write(sql)
    os.replace(sql_path + ".new", sql_path)
    rc, err = db.run_file(sql_path)
    if rc != 0:
        raise RuntimeError(f"{path} (project {pid}): the database refused the change, nothing was changed:\n"
                           + err.strip())
    report.extend(lines)
    return changed


def cmd_publish(args):
    db = Db(args.dir, args.pg_port)
    report = []
    changed = False
    try:
        for path in args.definitions:
            changed |= publish_one(db, args.dir, path, args, report)
    except Refusal as e:
        for line in report:
            print(line)
        print(f"sit publish: refused: {e}\nsit publish: the SIT was not changed"
              + (" by this definition" if report else ""), file=sys.stderr)
        return EXIT_REFUSED
    except RuntimeError as e:
        for line in report:
            print(line)
        print(f"sit publish: {e}", file=sys.stderr)
        return EXIT_FAILED
    for line in report:
        print(line)
    return EXIT_CHANGED if changed else EXIT_UNCHANGED


# ------------------------------------------------------------------------------------------------ work areas
def ring_ok(ring):
    return (isinstance(ring, list) and len(ring) >= 4
            and all(isinstance(p, list) and len(p) >= 2 and is_number(p[0]) and is_number(p[1])
                    and -180 <= p[0] <= 180 and -90 <= p[1] <= 90 for p in ring)
            and ring[0][:2] == ring[-1][:2])


def areas_sql(path):
    fc = load_json(path, "work areas")
    if not isinstance(fc, dict) or fc.get("type") != "FeatureCollection" or not isinstance(fc.get("features"), list):
        raise Refusal(f"{path}: not a GeoJSON FeatureCollection")
    if not fc["features"]:
        raise Refusal(f"{path}: no features (an empty file would remove every work area)")
    lit = sitkit.literal
    rows, ids = [], set()
    for i, feat in enumerate(fc["features"]):
        props = feat.get("properties") if isinstance(feat, dict) else None
        if not isinstance(props, dict):
            raise Refusal(f"{path}: features[{i}]: not a GeoJSON Feature with properties")
        fid = props.get("id", feat.get("id"))
        if feat.get("id") is not None and props.get("id") is not None and feat["id"] != props["id"]:
            raise Refusal(f"{path}: features[{i}]: the feature's id {describe(feat['id'])} and its property id "
                          f"{describe(props['id'])} differ")
        where = f"{path}: features[{i}] (id {describe(fid)})"
        if not isinstance(fid, str) or not ID_RE.match(fid):
            raise Refusal(f"{where}: an id like \"comune-015146\" is required (^[a-z0-9][a-z0-9_-]{{0,62}}$)")
        if fid in ids:
            raise Refusal(f"{where}: the id is used twice")
        ids.add(fid)
        kind = props.get("kind")
        if kind not in ("comune", "zona_omogenea"):
            raise Refusal(f"{where}: \"kind\" must be comune or zona_omogenea, not {describe(kind)}")
        name = props.get("name")
        if not isinstance(name, str) or not name.strip():
            raise Refusal(f"{where}: \"name\" is required")
        code = props.get("code")
        if code is not None and not isinstance(code, str):
            raise Refusal(f"{where}: \"code\" must be a text (the ISTAT code) or null")
        sample = props.get("sample", False)
        if not isinstance(sample, bool):
            raise Refusal(f"{where}: \"sample\" must be true or false")
        g = feat.get("geometry")
        if not isinstance(g, dict) or g.get("type") not in ("Polygon", "MultiPolygon"):
            raise Refusal(f"{where}: the geometry must be a Polygon or a MultiPolygon, not "
                          f"{describe(g.get('type') if isinstance(g, dict) else g)}")
        polys = [g.get("coordinates")] if g["type"] == "Polygon" else g.get("coordinates")
        if not isinstance(polys, list) or not polys or not all(
                isinstance(p, list) and p and all(ring_ok(r) for r in p) for p in polys):
            raise Refusal(f"{where}: a ring needs at least four longitude/latitude positions and must be closed")
        geom = compact({"type": g["type"], "coordinates": g["coordinates"]})
        rows.append((fid, kind, name, code, sample, geom))
    out = ["\\set ON_ERROR_STOP on", "BEGIN;", "SET LOCAL client_min_messages = warning;",
           "SET LOCAL standard_conforming_strings = on;",
           "CREATE TEMP TABLE incoming (id text, kind text, name text, code text, sample boolean, raw geometry, "
           "geometry geometry) ON COMMIT DROP;"]
    for fid, kind, name, code, sample, geom in rows:
        out.append(f"INSERT INTO incoming (id, kind, name, code, sample, raw) VALUES ({lit(fid)}, {lit(kind)}, "
                   f"{lit(name)}, {lit(code)}, {lit(sample)}, "
                   f"ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON({lit(geom)})), 4326));")
    out += [
        # a self-intersecting ring or overlapping parts are repaired; what has no area left is refused
        "UPDATE incoming SET geometry = ST_Multi(ST_CollectionExtract("
        "CASE WHEN ST_IsValid(raw) THEN raw ELSE ST_MakeValid(raw) END, 3));",
        "DO $$ DECLARE bad text; BEGIN",
        "    SELECT id INTO bad FROM incoming WHERE geometry IS NULL OR ST_IsEmpty(geometry) OR NOT ST_IsValid(geometry)",
        "        OR ST_Area(geometry) <= 0 ORDER BY id LIMIT 1;",
        "    IF bad IS NOT NULL THEN",
        "        RAISE EXCEPTION 'work area %: the geometry has no area (not even once repaired)', bad;",
        "    END IF;",
        "END $$;",
        "DELETE FROM territori.work_areas;",
        "INSERT INTO territori.work_areas (id, kind, name, code, sample, geometry)",
        "    SELECT id, kind, name, code, sample, geometry FROM incoming ORDER BY id;",
        "SELECT json_build_object('areas', count(*), 'repaired', count(*) FILTER (WHERE NOT ST_IsValid(raw)))"
        " FROM incoming;",
        "COMMIT;"]
    return "\n".join(out) + "\n", len(rows)


def cmd_areas(args):
    db = Db(args.dir, args.pg_port)
    if args.if_empty and int(db.query("SELECT count(*) FROM territori.work_areas").strip() or 0) > 0:
        return 0
    try:
        sql, n = areas_sql(args.file)
    except Refusal as e:
        print(f"sit areas: refused: {e}\nsit areas: the work areas were not changed", file=sys.stderr)
        return EXIT_REFUSED
    out_dir = os.path.join(args.dir, "etc", "publish")
    os.makedirs(out_dir, mode=0o700, exist_ok=True)
    path = os.path.join(out_dir, "work_areas.sql")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(sql)
    r = subprocess.run(db._cmd() + ["-f", path], capture_output=True, text=True)
    if r.returncode != 0:
        err = re.sub(r"^psql:[^:]*:\d+: ", "", r.stderr.strip(), flags=re.M)
        print(f"sit areas: refused: {args.file}: {err}\nsit areas: the work areas were not changed", file=sys.stderr)
        return EXIT_REFUSED
    info = json.loads(r.stdout.strip().splitlines()[-1])
    print(f"work areas: {info['areas']} loaded from {args.file}"
          + (f" ({info['repaired']} repaired with ST_MakeValid)" if info["repaired"] else ""))
    return 0


# ------------------------------------------------------------------------------------------------ unpublish
def cmd_unpublish(args):
    db = Db(args.dir, args.pg_port)
    if not ID_RE.match(args.id):
        print(f"sit unpublish: {args.id!r} is not a project id", file=sys.stderr)
        return EXIT_REFUSED
    n = db.query(f"WITH d AS (DELETE FROM territori.projects WHERE id = {sitkit.literal(args.id)} RETURNING 1) "
                 "SELECT count(*) FROM d").strip()
    if n != "1":
        print(f"sit unpublish: no project {args.id} in the catalogue", file=sys.stderr)
        return EXIT_REFUSED
    print(f"{args.id}: withdrawn from the catalogue; its layers' tables and rows stay on the SIT")
    return 0


# ------------------------------------------------------------------------------------------------ wait
def credentials(folder):
    creds = {}
    with open(os.path.join(folder, "demo-credentials.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and not line.startswith("#"):
                creds[parts[0]] = (parts[1], parts[2])
    return creds


def http_get(url, auth, timeout=10):
    token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
    req = urllib.request.Request(url, headers={"Authorization": "Basic " + token})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def served(base, role, auth, expect_layers, gone_layers, expect_projects):
    """Does the role's endpoint publish these layers and not those, and list these projects at these versions?"""
    q = urllib.parse.urlencode({"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetCapabilities"})
    st, body = http_get(f"{base}/ows/{role}/?{q}", auth)
    if st != 200:
        return f"GetCapabilities: HTTP {st}"
    names = set(re.findall(r"<Name>([^<]+)</Name>", body.decode("utf-8", "replace")))
    names = {n.split(":")[-1] for n in names}
    missing = set(expect_layers) - names
    if missing:
        return "not yet published: " + ", ".join(sorted(missing))
    left = names & set(gone_layers)
    if left:
        return "still published: " + ", ".join(sorted(left))
    q = urllib.parse.urlencode({"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature",
                                "TYPENAME": "territori_projects", "OUTPUTFORMAT": "application/json",
                                "PROPERTYNAME": "id,version"})
    st, body = http_get(f"{base}/ows/{role}/?{q}", auth)
    if st != 200:
        return f"catalogue: HTTP {st}"
    try:
        got = {f["properties"]["id"]: f["properties"]["version"] for f in json.loads(body)["features"]}
    except (ValueError, KeyError, TypeError):
        return "catalogue: unreadable answer"
    return None if got == expect_projects else f"catalogue lists {got}, expected {expect_projects}"


def cmd_wait(args):
    db = Db(args.dir, args.pg_port)
    projects = db.json("SELECT coalesce(json_agg(json_build_object('id', id, 'version', version, 'roles', roles)), "
                       "'[]') FROM territori.projects")
    with open(os.path.join(args.dir, "etc", "layers.json"), encoding="utf-8") as fh:
        spec = json.load(fh)
    registered = db.json("SELECT coalesce(json_agg(layer), '[]') FROM territori.layers")
    creds = credentials(args.dir)
    deadline = time.monotonic() + args.timeout
    pending = {}
    for role in ROLES:
        layers = [l["layer"] for l in spec["roles"][role]["layers"]] + ["territori_projects", "territori_work_areas"]
        gone = [l for l in registered if l not in layers]
        gone += ["territori_digest_" + l for l in gone]
        expect = {p["id"]: p["version"] for p in projects if role in p["roles"]}
        pending[role] = (layers, gone, expect)
    why = {}
    while pending:
        # the roles at once: each role's QGIS workers load the new project at their first request (0.5 s or so)
        def look(role):
            try:
                why[role] = served(args.base, role, creds[role], *pending[role])
            except (OSError, ValueError) as e:             # refused, reset, timed out: not yet
                why[role] = f"{type(e).__name__}: {e}"
        why.clear()
        threads = {role: threading.Thread(target=look, args=(role,)) for role in pending}
        for t in threads.values():
            t.start()
        for role, t in threads.items():
            t.join()
            if role in why and why[role] is None:
                del pending[role]
        if not pending:
            break
        if time.monotonic() > deadline:
            print("sit: the SIT does not serve what was published after "
                  f"{args.timeout:.0f} s: " + "; ".join(f"{r}: {why[r]}" for r in pending), file=sys.stderr)
            return EXIT_FAILED
        time.sleep(0.1)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("publish", "areas", "unpublish", "wait"):
        s = sub.add_parser(name)
        s.add_argument("--dir", required=True)
        s.add_argument("--pg-port", required=True)
        if name == "publish":
            s.add_argument("definitions", nargs="+")
            s.add_argument("--features")
            s.add_argument("--packages")
            s.add_argument("--no-packages", action="store_true")
            s.add_argument("--dry-run", action="store_true")
            s.add_argument("--default-roles", action="store_true",
                           help="a definition without roles is published for every role (sit up --project)")
        elif name == "areas":
            s.add_argument("file")
            s.add_argument("--if-empty", action="store_true")
        elif name == "unpublish":
            s.add_argument("id")
        else:
            s.add_argument("--base", required=True)
            s.add_argument("--timeout", type=float, default=30)
    a = ap.parse_args()
    a.dir = os.path.abspath(a.dir)
    return {"publish": cmd_publish, "areas": cmd_areas, "unpublish": cmd_unpublish, "wait": cmd_wait}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
