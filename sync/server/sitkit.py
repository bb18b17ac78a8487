#!/usr/bin/python3
"""Generate the SQL that creates and seeds the SIT's per-layer tables from a Territori project definition.

    sitkit.py sql PROJECT.json [--features DIR]   > layers.sql     (then: psql -v ON_ERROR_STOP=1 -f layers.sql)
    sitkit.py uuid PROJECT_ID FEATURE_ID                           (the uuid the app gives a sample feature)

Needs the kit (sql/territori_sit.sql) installed first. The SQL is idempotent: CREATE TABLE IF NOT EXISTS, ADD COLUMN
IF NOT EXISTS for fields added later, territori.enable_sync() and territori.grant_access() (both change only what
differs), territori.enable_comment_window() for the comments on drafts, and seeds inserted only when the uuid is
neither present nor tombstoned. A date field's value "today", "today-60", "today+45" in a sample feature is relative
to the day the SIT is seeded (territori.today(), the calendar day in Milan), as in the app's demo installer.
Python 3 standard library only.
"""
import argparse
import json
import os
import re
import sys
import uuid

# Namespace of the app's sample-feature uuids: uuid5(NS, "<project id>/<feature id>"), as QUuid::createUuidV5.
SAMPLE_NS = uuid.UUID("6d1f5a3e-2b7c-4e0a-9c55-7e3b1c2a9f10")

FIELD_TYPES = {
    "text": "text", "multiline": "text", "choice": "text",
    "integer": "bigint", "decimal": "double precision",
    "date": "date", "datetime": "timestamptz", "boolean": "boolean",
    "multichoice": "text", "photo": "text",          # the client sends a JSON array as text: ["a","b"]
}
JSON_ARRAY_TYPES = {"multichoice", "photo"}
META_COLUMNS = [("created_at", "timestamptz"), ("author", "text"), ("device", "text"),
                ("gps_accuracy_m", "double precision"), ("gps_fix_time", "timestamptz"), ("draft", "boolean"),
                ("source", "text")]
SYNC_COLUMNS = [("rev", "bigint"), ("base_rev", "bigint"), ("last_op", "text"), ("deleted", "boolean"),
                ("updated_at", "timestamptz"), ("updated_by", "text")]
RESERVED = {"uuid", "geometry"} | {n for n, _ in META_COLUMNS + SYNC_COLUMNS}
GEOMETRY_TYPES = {"point": "Point", "line": "LineString", "polygon": "Polygon",
                  "none": "Point"}   # QGIS 3.22 refuses WFS-T Update on geometry-less layers: keep a nullable Point
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
DEFAULT_ACCESS = "survey"
# Participation layers are moderated by the kit's triggers, which know these two columns (territori_sit.sql).
MODERATION_COLUMNS = {"state": "moderazione", "reason": "motivo_moderazione"}
# comments layer -> drafts layer: a comment is accepted only while its draft's window is open (comment_window())
COMMENT_WINDOWS = {"commenti": "sttm_paragrafi"}
# a sample feature's date relative to the day it is seeded: "today", "today-60", "today+45" (as demoinstaller.cpp)
RELATIVE_DATE_RE = re.compile(r"^today(?:([+-])(\d{1,5}))?$")
SEED_AUTHOR, SEED_DEVICE = "Città metropolitana di Milano (esempio)", "demo"


def sample_uuid(project_id, feature_id):
    return str(uuid.uuid5(SAMPLE_NS, f"{project_id}/{feature_id}"))


def ident(name):
    return '"' + name.replace('"', '""') + '"'


def literal(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def convert(ftype, value):
    """A GeoJSON property value -> a Python value of the column's type (None stays None)."""
    if value is None:
        return None
    if ftype in JSON_ARRAY_TYPES:
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if ftype == "integer":
        return int(value)
    if ftype == "decimal":
        return float(value)
    if ftype == "boolean":
        if isinstance(value, str):
            return value.lower() in ("1", "true", "t", "yes")
        return bool(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def relative_days(value):
    """Days from today of a relative date ("today-60" -> -60), None when the value is not one."""
    m = RELATIVE_DATE_RE.match(value) if isinstance(value, str) else None
    if not m:
        return None
    return int(m.group(2) or 0) * (-1 if m.group(1) == "-" else 1)


def value_sql(ftype, value):
    """The SQL expression of a sample feature's property value, typed as its column."""
    days = relative_days(value) if ftype == "date" else None
    if days is not None:
        return f"(territori.today() + {days})"
    return f"{literal(convert(ftype, value))}::{FIELD_TYPES[ftype]}"


def check_name(what, name):
    if not NAME_RE.match(name or ""):
        sys.exit(f"sitkit: {what} name {name!r} is not a plain identifier ([A-Za-z_][A-Za-z0-9_]*)")


def layer_sql(layer):
    name = layer["name"]
    check_name("layer", name)
    if name == "territori_tombstones":
        sys.exit("sitkit: a layer may not be called territori_tombstones")
    gtype = GEOMETRY_TYPES.get(layer.get("geometry", "none"))
    if gtype is None:
        sys.exit(f"sitkit: layer {name}: unknown geometry {layer.get('geometry')!r}")
    access = (layer.get("sync") or {}).get("access", DEFAULT_ACCESS)
    fields = []
    for f in layer.get("fields", []):
        check_name(f"field of {name}", f["name"])
        if f["name"] in RESERVED:
            sys.exit(f"sitkit: layer {name}: field name {f['name']!r} is reserved by the sync kit")
        if f["type"] not in FIELD_TYPES:
            sys.exit(f"sitkit: layer {name}: field {f['name']}: unknown type {f['type']!r}")
        fields.append((f["name"], FIELD_TYPES[f["type"]]))
    moderation = layer.get("moderation")
    if access == "participation" and moderation is not None and any(
            moderation.get(k) not in (None, v) for k, v in MODERATION_COLUMNS.items()):
        sys.exit(f"sitkit: layer {name}: the SIT moderates participation layers through the columns "
                 f"{MODERATION_COLUMNS['state']} and {MODERATION_COLUMNS['reason']}, not {moderation}")
    table = "public." + ident(name)
    cols = [("uuid", "text PRIMARY KEY")] + fields + META_COLUMNS + SYNC_COLUMNS + \
           [("geometry", f"geometry({gtype},4326)")]
    out = [f"-- layer {name}: geometry {layer.get('geometry', 'none')}, access {access}",
           f"CREATE TABLE IF NOT EXISTS {table} (\n    "
           + ",\n    ".join(f"{ident(c)} {t}" for c, t in cols) + "\n);"]
    out += [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {ident(c)} {t};" for c, t in fields]
    out.append(f"DO $$ BEGIN PERFORM territori.enable_sync({literal(table)}, {literal(gtype)}); "
               f"PERFORM territori.grant_access({literal(table)}, {literal(access)}); END $$;")
    return out


def seed_sql(project_id, layer, path):
    name = layer["name"]
    table = "public." + ident(name)
    ftypes = {f["name"]: f["type"] for f in layer.get("fields", [])}
    with open(path, encoding="utf-8") as fh:
        features = json.load(fh).get("features", [])
    out = [f"-- {len(features)} sample features of {name} from {os.path.basename(path)}"]
    for feat in features:
        fid = feat.get("id")
        if fid is None:
            sys.exit(f"sitkit: {path}: a feature has no id")
        u = sample_uuid(project_id, str(fid))
        cols, vals = ["uuid", "author", "device"], [literal(u), literal(SEED_AUTHOR), literal(SEED_DEVICE)]
        for key, value in (feat.get("properties") or {}).items():
            if key not in ftypes:
                print(f"sitkit: {path}: {fid}: property {key!r} is not a field of {name}, skipped", file=sys.stderr)
                continue
            cols.append(key)
            vals.append(value_sql(ftypes[key], value))
        geom = feat.get("geometry")
        if geom and layer.get("geometry", "none") != "none":
            cols.append("geometry")
            vals.append(f"ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON({literal(json.dumps(geom))})), 4326)")
        out.append(
            f"INSERT INTO {table} ({', '.join(ident(c) for c in cols)})\n"
            f"  SELECT {', '.join(vals)}\n"
            f"  WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE uuid = {literal(u)})\n"
            f"    AND NOT EXISTS (SELECT 1 FROM public.territori_tombstones WHERE layer = {literal(name)}"
            f" AND uuid = {literal(u)})\n"
            f"  ON CONFLICT (uuid) DO NOTHING;")
    return out


def project_sql(project_path, features_dir):
    with open(project_path, encoding="utf-8") as fh:
        project = json.load(fh)
    project_id = project.get("id")
    if not project_id:
        sys.exit(f"sitkit: {project_path}: no project id")
    out = [f"-- Generated by sitkit.py from {os.path.basename(project_path)} (project {project_id}). Idempotent.",
           "\\set ON_ERROR_STOP on",
           "BEGIN;",
           "SET LOCAL client_min_messages = warning;",
           "SET LOCAL standard_conforming_strings = on;"]
    for layer in project.get("layers", []):
        out += layer_sql(layer)
    names = {layer["name"] for layer in project.get("layers", [])}
    for comments, drafts in sorted(COMMENT_WINDOWS.items()):
        if comments in names and drafts in names:
            out.append(f"-- comments on {drafts} only while the draft's window is open")
            out.append(f"DO $$ BEGIN PERFORM territori.enable_comment_window({literal('public.' + ident(comments))}, "
                       f"{literal('public.' + ident(drafts))}); END $$;")
    if features_dir:
        for layer in project.get("layers", []):
            path = os.path.join(features_dir, layer["name"] + ".geojson")
            if os.path.exists(path):
                out += seed_sql(project_id, layer, path)
    out.append("COMMIT;")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sql", help="SQL for the layer tables (and seeds) of a project.json")
    s.add_argument("project")
    s.add_argument("--features", help="folder of <layer>.geojson sample features to seed")
    u = sub.add_parser("uuid", help="uuid of a sample feature, as the app computes it")
    u.add_argument("project_id")
    u.add_argument("feature_id")
    a = ap.parse_args()
    if a.cmd == "sql":
        sys.stdout.write(project_sql(a.project, a.features))
    else:
        print(sample_uuid(a.project_id, a.feature_id))


if __name__ == "__main__":
    main()
