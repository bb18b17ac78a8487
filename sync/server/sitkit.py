#!/usr/bin/python3
"""Generate the SQL that creates and seeds the SIT's per-layer tables from a Territori project definition.

    sitkit.py sql PROJECT.json [--features DIR]   > layers.sql     (then: psql -v ON_ERROR_STOP=1 -f layers.sql)
    sitkit.py uuid PROJECT_ID FEATURE_ID                           (the uuid the app gives a sample feature)

Needs the kit (sql/territori_sit.sql) installed first. The SQL is idempotent: CREATE TABLE IF NOT EXISTS, ADD COLUMN
IF NOT EXISTS for fields added later, territori.enable_sync() and territori.grant_access() (both change only what
differs), territori.enable_comment_window() for the comments on drafts, and seeds inserted only when the uuid is
neither present nor tombstoned. A date field's value "today", "today-60", "today+45" in a sample feature is relative
to the day the SIT is seeded (territori.today(), the calendar day in Milan), as in the app's demo installer.
Each layer also gets its rules, territori_rules.<layer>() fired by the trigger territori_validate: what its definition
allows (as the app's forms), and a size limit per value and per feature (docs/sit.md, "Layer rules on the SIT");
the seeds go through them.
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


def geometry_type(layer):
    """The PostGIS type of a layer's geometry column: Polygon, or MultiPolygon for a layer with "multi": true (an
    area split by a road, a park in pieces). None for an unknown geometry."""
    gtype = GEOMETRY_TYPES.get(layer.get("geometry", "none"))
    if gtype is not None and layer.get("multi") is True and layer.get("geometry", "none") != "none":
        gtype = "Multi" + gtype
    return gtype


NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
DEFAULT_ACCESS = "survey"
# Participation layers are moderated by the kit's triggers, which know these two columns (territori_sit.sql).
MODERATION_COLUMNS = {"state": "moderazione", "reason": "motivo_moderazione"}
# comments layer -> drafts layer: a comment is accepted only while its draft's window is open (comment_window())
COMMENT_WINDOWS = {"commenti": "sttm_paragrafi"}
# a sample feature's date relative to the day it is seeded: "today", "today-60", "today+45" (as demoinstaller.cpp)
RELATIVE_DATE_RE = re.compile(r"^today(?:([+-])(\d{1,5}))?$")
SEED_AUTHOR, SEED_DEVICE = "Città metropolitana di Milano (esempio)", "demo"

# ---- layer rules (docs/sit.md, "Layer rules on the SIT")
# The client reads the change feed in pages of 1000 features and refuses a reply over 64 MiB (sync/syncengine.h
# pageSize, sync/http.h maxReplyBytes): a page stays readable whatever it holds only if a feature, as JSON, is at most
# 64 MiB / 1000 = 67,108 bytes. 64,000 leaves 3 kB a feature for what QGIS adds (id, type, the envelope).
MAX_FEATURE_BYTES = 64000
# A text value of a field without maxLength (and every text column of the kit, uuid, author, last_op...): a page of
# plan text, and room for several such values in one feature. A field with maxLength may hold 3 bytes a character.
MAX_VALUE_BYTES = 16384
RULES_TRIGGER = "territori_validate"   # fires after territori_moderation_* and territori_sync_* (name order)
KIT_TEXT_COLUMNS = ["uuid", "author", "device", "source", "last_op", "updated_by"]
# a feature's content, besides its fields and geometry (the rest is the kit's bookkeeping: rev, last_op, deleted...)
CONTENT_META = ["created_at", "author", "device", "gps_accuracy_m", "gps_fix_time", "source"]
SHA256_RE = "^[0-9a-f]{64}$"


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
    gtype = geometry_type(layer)
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
    erasure = erasure_of(layer)
    table = "public." + ident(name)
    cols = [("uuid", "text PRIMARY KEY")] + fields + META_COLUMNS + SYNC_COLUMNS + \
           [("geometry", f"geometry({gtype},4326)")]
    out = [f"-- layer {name}: geometry {layer.get('geometry', 'none')}, access {access}",
           f"CREATE TABLE IF NOT EXISTS {table} (\n    "
           + ",\n    ".join(f"{ident(c)} {t}" for c, t in cols) + "\n);"]
    out += [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {ident(c)} {t};" for c, t in fields]
    out.append(f"DO $$ BEGIN PERFORM territori.enable_sync({literal(table)}, {literal(gtype)}); "
               f"PERFORM territori.grant_access({literal(table)}, {literal(access)}); END $$;")
    # personal data: cleared for good once erasedAt is set, and swept from the database files (docs/sit.md,
    # "Personal data"); a layer without "erasure" loses a trigger an older definition gave it
    if erasure:
        fields_sql = "ARRAY[" + ", ".join(literal(f) for f in erasure[0]) + "]::text[]"
        out.append(f"DO $$ BEGIN PERFORM territori.enable_erasure({literal(table)}, {literal(erasure[1])}, "
                   f"{fields_sql}); END $$;")
    else:
        out.append(f"DO $$ BEGIN PERFORM territori.enable_erasure({literal(table)}, NULL, NULL); END $$;")
    return out


def erasure_of(layer):
    """A layer's "erasure": {"fields": [...], "erasedAt": "..."} -> (personal fields, erasedAt field), or None."""
    e = layer.get("erasure")
    if not e:
        return None
    name = layer["name"]
    names = {f["name"] for f in layer.get("fields", [])}
    fields, at = e.get("fields"), e.get("erasedAt")
    if not isinstance(fields, list) or not fields or not all(isinstance(f, str) for f in fields) or not isinstance(at, str):
        sys.exit(f"sitkit: layer {name}: erasure needs a list of \"fields\" and an \"erasedAt\" field")
    for f in fields + [at]:
        if f not in names:
            sys.exit(f"sitkit: layer {name}: erasure field {f!r} is not a field of the layer")
    if at in fields:
        sys.exit(f"sitkit: layer {name}: {at!r} cannot be both a personal field and the time of erasure")
    return list(dict.fromkeys(fields)), at


class Unsupported(Exception):
    pass


_ASCII_CLASSES = {"d": "0-9", "w": "A-Za-z0-9_", "s": " \\t\\n\\v\\f\\r"}   # PCRE2 without UCP, as Qt compiles
_BOUND_RE = re.compile(r"\{(\d+)(,(\d*))?\}")


def pg_regex(pattern):
    """A field's pattern as the app compiles it (QRegularExpression::anchoredPattern: PCRE2, \\A(?:p)\\z, ASCII \\d \\w
    \\s, '.' not matching a newline) -> a PostgreSQL regular expression (ARE) matching the same strings. Raises
    Unsupported for what an ARE cannot say the same way (named or atomic groups, possessive quantifiers, \\p{...},
    inline options other than a leading (?i), POSIX classes, bounds over 255)."""
    out, i, n = [], 0, len(pattern)
    flags = ""
    m = re.match(r"\(\?([A-Za-z]+)\)", pattern)
    if m:
        if set(m.group(1)) != {"i"}:
            raise Unsupported(f"the option (?{m.group(1)})")
        flags, i = "(?i)", m.end()
    in_class = False
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                raise Unsupported("a trailing backslash")
            e = pattern[i + 1]
            i += 2
            if e in _ASCII_CLASSES:
                out.append(_ASCII_CLASSES[e] if in_class else f"[{_ASCII_CLASSES[e]}]")
            elif e in "DWS":
                if in_class:
                    raise Unsupported(f"\\{e} inside [...]")
                out.append(f"[^{_ASCII_CLASSES[e.lower()]}]")
            elif e in "tnrfvae":
                out.append("\\" + e)
            elif e == "b":
                out.append("\\b" if in_class else "\\y")        # backspace in a class, word boundary outside
            elif e == "B" and not in_class:
                out.append("\\Y")
            elif e == "A" and not in_class:
                out.append("^")
            elif e == "z" and not in_class:
                out.append("$")
            elif e == "x":
                if pattern.startswith("{", i):
                    j = pattern.find("}", i)
                    digits = pattern[i + 1:j] if j > 0 else ""
                    if not re.fullmatch(r"[0-9A-Fa-f]{1,6}", digits):
                        raise Unsupported("a malformed \\x{...}")
                    out.append("\\U%08X" % int(digits, 16))
                    i = j + 1
                else:
                    digits = re.match(r"[0-9A-Fa-f]{0,2}", pattern[i:]).group(0)
                    out.append("\\u%04X" % int(digits or "0", 16))
                    i += len(digits)
            elif e in "123456789" and not in_class and not (i < n and pattern[i].isdigit()):
                out.append("\\" + e)                            # a back-reference
            elif e.isalnum():
                raise Unsupported(f"\\{e}")
            else:
                out.append("\\" + e)                            # an escaped punctuation character: itself
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "[" and pattern[i + 1:i + 2] in (":", "=", "."):
                raise Unsupported("a POSIX class [:...:]")
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):                      # a ']' first in a class is itself in both
                out.append("\\]")
                i += 1
            continue
        if c == ".":
            out.append("[^\\n]")
        elif c == "(":
            if pattern.startswith("(?", i):
                head = next((h for h in ("(?:", "(?=", "(?!", "(?<=", "(?<!") if pattern.startswith(h, i)), None)
                if head is None:
                    raise Unsupported("a group of the form " + pattern[i:i + 4])
                out.append(head)
                i += len(head)
                continue
            out.append(c)
        elif c == "{":
            b = _BOUND_RE.match(pattern, i)
            if not b:
                out.append("\\{")                               # not a bound: PCRE reads a literal brace
            else:
                if any(int(x) > 255 for x in (b.group(1), b.group(3)) if x):
                    raise Unsupported("a repetition count over 255")
                out.append(b.group(0))
                i = b.end()
                if pattern.startswith("+", i):
                    raise Unsupported("a possessive quantifier")
                continue
        elif c in "*+?":
            out.append(c)
            if pattern.startswith("+", i + 1) and not (c == "?" and i > 0 and pattern[i - 1] in "*+?}"):
                raise Unsupported("a possessive quantifier")
        else:
            out.append(c)
        i += 1
    if in_class:
        raise Unsupported("an unterminated [")
    return flags + "^(?:" + "".join(out) + ")$"


def qt_text(value):
    """QVariant(json value).toString(), as isVisible compares a rule's value with a field's text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))
    return "" if value is None else str(value)


def qt_bool(value):
    """QVariant(json value).toBool()."""
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false")
    return bool(value)


def options_of(field, value_lists):
    """The values of a choice field's options (a list, or the name of a value list), None when it has none."""
    opts = field.get("options")
    if isinstance(opts, str):
        opts = value_lists.get(opts)
    if not isinstance(opts, list):
        return None
    values = [o if isinstance(o, str) else (o or {}).get("value") for o in opts]
    values = [v for v in values if isinstance(v, str) and v]
    return values or None


def dollar_quote(body, tag="rules"):
    while f"${tag}$" in body:
        tag += "_"
    return f"${tag}$\n{body}\n${tag}$"


def rules_sql(layer, value_lists):
    """The layer's rule trigger: what its definition allows (mirroring app/store/layerdef.cpp validateRecord and
    editgateway.cpp validate/checkGeometry), plus the size limits. INSERT checks the whole row; UPDATE checks the
    columns that changed (and a required field that became visible, or every required field when a draft is
    finished), so rows older than a rule still take soft deletes, moderation and edits of other columns."""
    name = layer["name"]
    fields = layer.get("fields", [])
    index = {f["name"]: i for i, f in enumerate(fields)}
    moderation = {MODERATION_COLUMNS["state"], MODERATION_COLUMNS["reason"]} \
        if (layer.get("sync") or {}).get("access", DEFAULT_ACCESS) == "participation" else set()
    warnings, patterns = [], []
    erasure = erasure_of(layer)
    # an erased row's personal fields and geometry are NULL (territori_erasure fired first): not checked
    exempt = set(erasure[0]) | {erasure[1]} if erasure else set()
    personal = set(erasure[0]) if erasure else set()

    def value_text(fname, expr):
        """A refused value in a message, as SQL text: never a personal field's (messages reach the PostgreSQL log)."""
        return "'the value'" if fname in personal else expr

    def fail(field, what):
        """RAISE of a refusal; `what` is an SQL text expression."""
        return (f"RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = "
                f"'layer-rule: layer={name} uuid=' || u || ' field={field}: ' || {what};")

    def col(r, f):
        return f"{r}.{ident(f)}"

    def empty(r, f):
        t = f["type"]
        c = col(r, f["name"])
        if t in JSON_ARRAY_TYPES:
            return f"territori.list_is_empty({c})"
        if FIELD_TYPES[t] == "text":
            return f"({c} IS NULL OR {c} = '')"
        return f"{c} IS NULL"

    def text_of(r, f):
        """QVariant(normalized value).toString() of a field, for visibleIf comparisons."""
        t, c = f["type"], col(r, f["name"])
        if t == "boolean":
            return f"(CASE WHEN {c} THEN 'true' WHEN NOT {c} THEN 'false' END)"
        if t == "date":
            return f"to_char({c}, 'YYYY-MM-DD')"
        if t == "datetime":
            return f"to_char({c} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
        if t in ("integer", "decimal"):
            return None
        return c

    def equals(r, f, value):
        t, c = f["type"], col(r, f["name"])
        if t in ("integer", "decimal"):
            try:
                number = float(value) if not isinstance(value, bool) else None
            except (TypeError, ValueError):
                number = None
            return "false" if number is None else f"{c} = {repr(number)}::double precision"
        return f"{text_of(r, f)} = {literal(qt_text(value))}"

    vis_cache = {}

    def vis(r, i):
        """SQL: is field i shown (isVisible)? A rule on a field that is not defined before it hides it (the app
        refuses such a definition, so nothing of the layer is edited there)."""
        key = (r, i)
        if key in vis_cache:
            return vis_cache[key]
        f = fields[i]
        rule = f.get("visibleIf")
        if not rule:
            expr = "true"
        else:
            j = index.get(rule.get("field"))
            if j is None or j >= i:
                expr = "false"
            else:
                g = fields[j]
                gc = col(r, g["name"])
                if "equals" in rule:
                    v = rule["equals"]
                    if g["type"] == "boolean":
                        cond = f"{gc} = {'true' if qt_bool(v) else 'false'}"
                    elif g["type"] == "multichoice":
                        cond = f"coalesce(territori.json_list({gc}) ? {literal(qt_text(v))}, false)"
                    else:
                        cond = equals(r, g, v)
                    cond = f"NOT {empty(r, g)} AND coalesce({cond}, false)"
                elif "in" in rule:
                    parts = []
                    for v in rule.get("in") or []:
                        if g["type"] in ("integer", "decimal"):
                            parts.append(equals(r, g, v))
                        else:
                            parts.append(f"coalesce({text_of(r, g)}, '') = {literal(qt_text(v))}")
                        if g["type"] == "multichoice":
                            parts.append(f"coalesce(territori.json_list({gc}) ? {literal(qt_text(v))}, false)")
                    cond = "coalesce(" + " OR ".join(parts) + ", false)" if parts else "false"
                elif rule.get("notEmpty"):
                    cond = f"NOT {empty(r, g)}"
                else:
                    cond = "false"
                up = vis(r, j)
                expr = cond if up == "true" else f"{up} AND {cond}"
                expr = f"({expr})"
        vis_cache[key] = expr
        return expr

    decl = ["    ins boolean := TG_OP = 'INSERT';",
            "    u text := coalesce(NEW.uuid, '(none)');",
            "    finishing boolean := false;   -- a draft becoming a finished feature: every required field",
            "    su boolean;",
            "    n bigint;",
            "    o bigint;",
            "    a jsonb;",
            "    x text;"]
    if erasure:
        decl.append(f"    erased boolean := NEW.{ident(erasure[1])} IS NOT NULL;   -- personal fields and geometry are NULL")
    body = ["    IF NOT ins THEN",
            "        finishing := coalesce(OLD.draft, false) AND NOT coalesce(NEW.draft, false);",
            "    END IF;",
            "    -- sizes first: nothing below runs on a huge value"]
    # per-value byte caps: every text column, visible or not
    for f in fields:
        if FIELD_TYPES[f["type"]] != "text":
            continue
        cap = max(MAX_VALUE_BYTES, 3 * int(f.get("maxLength") or 0))
        c = col("NEW", f["name"])
        body += [f"    IF (ins OR {c} IS DISTINCT FROM {col('OLD', f['name'])}) AND octet_length({c}) > {cap} THEN",
                 f"        n := octet_length({c});",
                 "        " + fail(f["name"], f"format('too large: %s bytes (at most {cap})', n)"),
                 "    END IF;"]
    for k in KIT_TEXT_COLUMNS:
        c = col("NEW", k)
        body += [f"    IF (ins OR {c} IS DISTINCT FROM {col('OLD', k)}) AND octet_length({c}) > {MAX_VALUE_BYTES} THEN",
                 f"        n := octet_length({c});",
                 "        " + fail(k, f"format('too large: %s bytes (at most {MAX_VALUE_BYTES})', n)"),
                 "    END IF;"]
    content = [f["name"] for f in fields if f["name"] not in moderation] + CONTENT_META + ["geometry"]
    content_changed = ("(" + ", ".join(col("NEW", c) for c in content) + ") IS DISTINCT FROM ("
                       + ", ".join(col("OLD", c) for c in content) + ")")
    # The size: the row as JSON (row_to_json writes text as QGIS does), its geometry as GeoJSON with 8 decimals (QGIS
    # publishes 6 today and is configured for 8: sitproject.py WFSLayersPrecision; geometry::json would print 15
    # digits). An upper bound first, from sizes PostgreSQL knows without reading the values: JSON writes a text byte
    # as at most 6 (\u001f), a vertex as at most 32 bytes (2 x 16 in the geometry), the other columns and the keys in
    # a known most; the JSON (60 us) only for rows the bound does not clear.
    text_cols = [f["name"] for f in fields if FIELD_TYPES[f["type"]] == "text"] + KIT_TEXT_COLUMNS
    widths = {"bigint": 20, "double precision": 24, "date": 12, "timestamptz": 34, "boolean": 5}
    all_cols = [(f["name"], FIELD_TYPES[f["type"]]) for f in fields] + [("uuid", "text")] + META_COLUMNS + SYNC_COLUMNS
    fixed = 200 + sum(len(c) + 4 + (2 if t == "text" else widths.get(t, 40)) for c, t in all_cols)
    bound = (f"{fixed} + 6 * (" + " + ".join(f"coalesce(octet_length({col('NEW', c)}), 0)" for c in text_cols)
             + ") + 2 * coalesce(ST_MemSize(NEW.geometry), 0)")
    def json_size(r):
        return (f"octet_length(row_to_json({r})::text) - coalesce(octet_length({r}.geometry::json::text), 4) "
                f"+ coalesce(octet_length(ST_AsGeoJSON({r}.geometry, 8)), 4)")

    body += ["    -- the feature as the feed carries it (GeoJSON-like); a row over the limit that predates it still takes",
             "    -- updates that leave its content alone (soft delete, moderation) or make it smaller",
             f"    n := {bound};",
             f"    IF n > {MAX_FEATURE_BYTES} THEN",
             f"        n := {json_size('NEW')};",
             f"        IF n > {MAX_FEATURE_BYTES} THEN",
             "            IF NOT ins THEN",
             f"                o := {json_size('OLD')};",
             "            END IF;",
             f"            IF ins OR o <= {MAX_FEATURE_BYTES} OR (n > o AND {content_changed}) THEN",
             "                " + fail("*", f"format('the feature is too large: %s bytes as JSON (at most {MAX_FEATURE_BYTES})', n)"),
             "            END IF;",
             "        END IF;",
             "    END IF;"]

    for i, f in enumerate(fields):
        fname, t = f["name"], f["type"]
        c, oc = col("NEW", fname), col("OLD", fname)
        v = vis("NEW", i)
        required = bool(f.get("required"))
        block = [f"    -- {fname} ({t}{', required' if required else ''}"
                 f"{', shown if ' + json.dumps(f['visibleIf'], ensure_ascii=False) if f.get('visibleIf') else ''})"]
        changed = [f"    IF ins OR {c} IS DISTINCT FROM {oc} THEN"]
        if f.get("readOnly") and fname not in moderation:
            changed += ["        IF NOT ins THEN",
                        "            su := coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false);",
                        "            IF NOT su THEN",
                        "                " + fail(fname, "'read-only: it does not change after the feature is created'"),
                        "            END IF;",
                        "        END IF;"]
        # what the app's normalizeValue refuses whatever the field's visibility
        if t == "decimal":
            changed += [f"        IF {c} IN ('NaN', 'Infinity', '-Infinity') THEN",
                        "            " + fail(fname, f"'not a finite number (' || {c}::text || ')'"),
                        "        END IF;"]
        if t in JSON_ARRAY_TYPES:
            changed += [f"        IF {c} IS NOT NULL AND btrim({c}, E' \\t\\n\\r\\f\\v') <> '' THEN",
                        f"            a := territori.json_list({c});",
                        "            IF a IS NULL OR jsonb_path_exists(a, '$[*] ? (@.type() != \"string\")') THEN",
                        "                " + fail(fname, "'not a JSON array of text values, e.g. [\"a\",\"b\"]'"),
                        "            END IF;",
                        "        ELSE",
                        "            a := NULL;",
                        "        END IF;"]
        rules = []
        if t in ("text", "multiline"):
            min_len, max_len = int(f.get("minLength") or 0), int(f.get("maxLength") or 0)
            if min_len > 0:
                rules += [f"IF char_length({c}) < {min_len} AND territori.utf16_length({c}) < {min_len} THEN",
                          "    " + fail(fname, f"format('too short: %s characters (at least {min_len})', "
                                               f"territori.utf16_length({c}))"),
                          "END IF;"]
            if max_len > 0:
                rules += [f"IF octet_length({c}) > {max_len} AND territori.utf16_length({c}) > {max_len} THEN",
                          "    " + fail(fname, f"format('too long: %s characters (at most {max_len})', "
                                               f"territori.utf16_length({c}))"),
                          "END IF;"]
            if f.get("pattern"):
                try:
                    rx = pg_regex(f["pattern"])
                except Unsupported as e:
                    rx = None
                    warnings.append(f"layer {name}, field {fname}: pattern {f['pattern']!r} not enforced by the SIT "
                                    f"(it uses {e}, which PostgreSQL's regular expressions cannot say the same way)")
                    block.append(f"    -- pattern {f['pattern']!r} not enforced: it uses {e}")
                if rx is not None:
                    patterns.append((rx, fname))
                    hint = f.get("patternHint")
                    hint = hint.get("it") or hint.get("en") if isinstance(hint, dict) else hint
                    what = f"does not match the pattern {f['pattern']}" + (f" ({hint})" if hint else "")
                    rules += [f"IF NOT ({c} ~ {literal(rx)}) THEN",
                              "    " + fail(fname, literal(what)),
                              "END IF;"]
        elif t in ("integer", "decimal"):
            for key, op, word in (("min", "<", "at least"), ("max", ">", "at most")):
                if isinstance(f.get(key), (int, float)) and not isinstance(f.get(key), bool):
                    limit = f[key]
                    shown = qt_text(limit)
                    rules += [f"IF {c}::double precision {op} {repr(float(limit))}::double precision THEN",
                              "    " + fail(fname, f"{value_text(fname, c + '::text')} || ' is {'too small' if op == '<' else 'too large'} "
                                                   f"({word} {shown})'"),
                              "END IF;"]
        elif t in ("choice", "multichoice"):
            opts = options_of(f, value_lists)
            if opts is None:
                block.append("    -- no options: the values are not checked")
            else:
                lst = f.get("options")
                listed = (f"the value list {lst}, {len(opts)} values" if isinstance(lst, str) and len(opts) > 8
                          else ", ".join(opts[:8]) + (f", … {len(opts)} in all" if len(opts) > 8 else ""))
                if t == "choice":
                    arr = "ARRAY[" + ", ".join(literal(o) for o in opts) + "]::text[]"
                    rules += [f"IF NOT ({c} = ANY ({arr})) THEN",
                              "    " + fail(fname, f"{value_text(fname, f'quote_literal(left({c}, 40))')} || {literal(' is not one of the choices (' + listed + ')')}"),
                              "END IF;"]
                else:
                    arr = literal(json.dumps(opts, ensure_ascii=False, separators=(",", ":"))) + "::jsonb"
                    rules += [f"IF NOT (a <@ {arr}) THEN",
                              f"    x := (SELECT e #>> '{{}}' FROM jsonb_array_elements(a) e WHERE NOT (jsonb_build_array(e) <@ {arr}) LIMIT 1);",
                              "    " + fail(fname, f"{value_text(fname, 'quote_literal(left(x, 40))')} || {literal(' is not one of the choices (' + listed + ')')}"),
                              "END IF;"]
        elif t == "photo":
            # jsonpath, not a subquery: a simple expression is a tenth of the cost, and this runs on every insert
            rules += [f"IF jsonb_path_exists(a, '$[*] ? (!(@ like_regex \"{SHA256_RE}\"))') THEN",
                      f"    x := (SELECT e #>> '{{}}' FROM jsonb_array_elements(a) e WHERE NOT ((e #>> '{{}}') ~ {literal(SHA256_RE)}) LIMIT 1);",
                      "    " + fail(fname, value_text(fname, "quote_literal(left(x, 70))") + " || ' is not a photo reference (64 lower-case hex digits, its SHA-256)'"),
                      "END IF;"]
            max_count = int(f.get("maxCount") or 0)
            if max_count > 0:
                rules += [f"IF jsonb_array_length(a) > {max_count} THEN",
                          "    n := (SELECT count(DISTINCT e) FROM jsonb_array_elements(a) e);   -- the app counts a photo once",
                          f"    IF n > {max_count} THEN",
                          "        " + fail(fname, f"format('%s photos (at most {max_count})', n)"),
                          "    END IF;",
                          "END IF;"]
        need = []
        if required:
            need = ["IF NOT coalesce(NEW.draft, false) THEN",
                    "    " + fail(fname, "'required (the feature is not a draft)'"),
                    "END IF;"]
        if rules or need:
            # a list was parsed into `a` above (NULL when blank)
            is_empty = ("(a IS NULL OR NOT jsonb_path_exists(a, '$[*] ? (@ != \"\")'))"
                        if t in JSON_ARRAY_TYPES else empty("NEW", f))
            if not rules:
                inner = [f"IF {is_empty} THEN"] + ["    " + s for s in need] + ["END IF;"]
            elif not need:
                inner = [f"IF NOT {is_empty} THEN"] + ["    " + s for s in rules] + ["END IF;"]
            else:
                inner = ([f"IF {is_empty} THEN"] + ["    " + s for s in need] + ["ELSE"]
                         + ["    " + s for s in rules] + ["END IF;"])
            if v == "true":
                changed += ["        " + s for s in inner]
            else:
                changed += [f"        IF {v} THEN"] + ["            " + s for s in inner] + ["        END IF;"]
        if len(changed) == 1:
            changed = []
        if required:
            # unchanged, but it just became visible, or the draft is being finished
            became = "finishing" if v == "true" else f"(finishing OR NOT {vis('OLD', i)})"
            cond = f"NOT coalesce(NEW.draft, false) AND {became} AND {'' if v == 'true' else v + ' AND '}{empty('NEW', f)}"
            if changed:
                changed += [f"    ELSIF {cond} THEN"]
            else:
                changed += [f"    IF NOT ins AND {cond} THEN"]
            changed += ["        " + fail(fname, "'required (the feature is not a draft)'")]
        if changed:
            changed.append("    END IF;")
            if fname in exempt:
                changed = ["    IF NOT erased THEN"] + ["    " + line for line in changed] + ["    END IF;"]
            body += block + changed
        elif len(block) > 1:
            body += block

    # geometry (editgateway.cpp checkGeometry): what the column's type does not already refuse
    kind = layer.get("geometry", "none")
    optional = bool(layer.get("geometryOptional")) or kind == "none"
    g = "NEW.geometry"
    geo = ["    -- geometry: " + kind + (" (optional)" if optional and kind != "none" else ""),
           "    IF " + ("NOT erased AND " if erasure else "") + "(ins OR NEW.geometry IS DISTINCT FROM OLD.geometry) THEN",
           f"        IF {g} IS NULL OR ST_IsEmpty({g}) THEN"]
    if not optional:
        geo.append("            " + fail("geometry", literal(f"the feature has no geometry (the layer holds {kind}s)")))
    else:
        geo.append("            NULL;")
    geo.append("        ELSE")
    if kind == "none":
        geo.append("            " + fail("geometry", "'the layer has no geometry'"))
    else:
        geo += [f"            IF NOT (ST_XMin({g}) >= -180 AND ST_XMax({g}) <= 180 AND ST_YMin({g}) >= -90 AND ST_YMax({g}) <= 90) THEN",
                "                " + fail("geometry", "'a coordinate is not a valid longitude/latitude (EPSG:4326, x = longitude)'"),
                "            END IF;"]
        # each part of a multi-part geometry by the rules of a single one (ST_Dump gives a single shape itself)
        if kind == "line":
            geo += [f"            IF EXISTS (SELECT 1 FROM ST_Dump({g}) d WHERE ST_NPoints(d.geom) < 2 OR ST_Length(d.geom) = 0) THEN",
                    "                " + fail("geometry", "'a line needs at least two distinct points'"),
                    "            END IF;"]
        elif kind == "polygon":
            geo += [f"            IF EXISTS (SELECT 1 FROM ST_Dump({g}) d WHERE ST_NPoints(ST_ExteriorRing(d.geom)) < 4 OR NOT ST_IsClosed(ST_ExteriorRing(d.geom))) THEN",
                    "                " + fail("geometry", "'a polygon ring needs at least three points and must be closed'"),
                    f"            ELSIF EXISTS (SELECT 1 FROM ST_Dump({g}) d WHERE ST_Area(ST_MakePolygon(ST_ExteriorRing(d.geom))) < 1e-14) THEN",
                    "                " + fail("geometry", "'the polygon has no area'"),
                    # the one validity rule (app/store/validity.h): GEOS, as on the device
                    f"            ELSIF NOT ST_IsValid({g}) THEN",
                    "                " + fail("geometry", f"'the geometry is not valid: ' || ST_IsValidReason({g})"),
                    "            END IF;"]
    geo += ["        END IF;", "    END IF;"]
    body += geo + ["    RETURN NEW;"]

    fn = f"territori_rules.{ident(name)}"
    src = "DECLARE\n" + "\n".join(decl) + "\nBEGIN\n" + "\n".join(body) + "\nEND"
    out = [f"-- layer {name}: the rules of its definition (trigger {RULES_TRIGGER}; docs/sit.md, Layer rules on the SIT)",
           f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger\nLANGUAGE plpgsql AS {dollar_quote(src)};",
           f"DO $$ BEGIN\n"
           f"    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = {literal('public.' + ident(name))}::regclass\n"
           f"                    AND tgname = {literal(RULES_TRIGGER)} AND NOT tgisinternal) THEN\n"
           f"        CREATE TRIGGER {RULES_TRIGGER} BEFORE INSERT OR UPDATE ON public.{ident(name)}\n"
           f"            FOR EACH ROW EXECUTE FUNCTION {fn}();\n"
           f"    END IF;\nEND $$;"]
    for rx, fname in patterns:
        # compiled once at install, so a pattern PostgreSQL cannot read fails here and not on every write
        out.append(f"DO $$ BEGIN PERFORM '' ~ {literal(rx)}; EXCEPTION WHEN invalid_regular_expression THEN "
                   f"RAISE EXCEPTION 'sitkit: layer {name}, field {fname}: the pattern is not valid in PostgreSQL: %', "
                   f"SQLERRM; END $$;")
    for w in warnings:
        print(f"sitkit: {w}", file=sys.stderr)
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
            g = f"ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON({literal(json.dumps(geom))})), 4326)"
            vals.append(f"ST_Multi({g})" if geometry_type(layer).startswith("Multi") else g)
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
        out += rules_sql(layer, project.get("valueLists") or {})
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
