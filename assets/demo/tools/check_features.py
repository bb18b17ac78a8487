#!/usr/bin/env python3
"""Validate the sample feature files against project.json (stdlib only).

Usage:  python3 tools/check_features.py [DEMO_DIR]

Checks, for every layer declared in project.json:
  * features/<layer>.geojson exists and is a GeoJSON FeatureCollection with
    8-15 features of the geometry type declared for the layer;
  * coordinates are [lon, lat] numbers with at most 6 decimals, inside the
    project "extent";
  * polygons: one ring per polygon, closed, 5-25 distinct vertices, outer ring
    counter-clockwise, simple (no self-intersection, no repeated vertices),
    area within the plausible range for the layer;
  * lines: 6-30 vertices, no consecutive duplicates, non-zero length;
  * properties: only field names of the layer, `foto` absent, required fields
    present and non-empty, values valid for the field type (text/multiline,
    choice, multichoice, integer, decimal, boolean, date, datetime with
    timezone), option values (value lists resolved), min/max, maxLength,
    pattern; fields whose visibleIf condition is false must be absent;
  * sample labelling: `nome` starts with "Esempio – " and `note` is
    "Geometria di esempio, non ufficiale.";
  * consistency: superficie_mq close to the geometric area, covered area not
    larger than the site.
Warnings (not failures): the feature lies far from the centre of its `comune`
according to basemap/schematic.json (a rough plausibility hint only).
Exit status 0 when there are no errors.
"""
import datetime
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)

PREFIX = "Esempio – "
NOTE = "Geometria di esempio, non ufficiale."
N_MIN, N_MAX = 8, 15
GEOM_TYPES = {"polygon": "Polygon", "line": "LineString", "point": "Point"}
POLY_VERTS = (5, 25)
LINE_VERTS = (6, 30)
# plausible polygon areas (hectares) per layer
AREA_HA = {"aree_dismesse": (2.0, 50.0), "siti_logistici": (5.0, 40.0)}
R = 6371008.8

errors = []
warnings = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def warn(where, msg):
    warnings.append("%s: %s" % (where, msg))


def decimals(v):
    s = repr(float(v))
    if "e" in s or "E" in s:
        return 99 if abs(v) > 0 and abs(v) < 1e-6 else 0
    return len(s.split(".")[1].rstrip("0")) if "." in s else 0


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def check_position(where, p, extent):
    if not (isinstance(p, list) and len(p) == 2 and all(is_num(c) for c in p)):
        err(where, "position must be [lon, lat] numbers, got %r" % (p,))
        return False
    lon, lat = p
    for c in p:
        if decimals(c) > 6:
            err(where, "coordinate %r has more than 6 decimals" % c)
    if not (extent[0] <= lon <= extent[2] and extent[1] <= lat <= extent[3]):
        err(where, "position %r outside project extent %r" % (p, extent))
    return True


def project(ring):
    lat0 = sum(p[1] for p in ring) / len(ring)
    k = math.cos(math.radians(lat0))
    return [(math.radians(p[0]) * R * k, math.radians(p[1]) * R) for p in ring]


def signed_area(xy):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(xy, xy[1:])) / 2.0


def orient(a, b, c):
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return 0 if abs(v) < 1e-9 else (1 if v > 0 else -1)


def on_seg(a, b, c):
    return min(a[0], b[0]) - 1e-9 <= c[0] <= max(a[0], b[0]) + 1e-9 and \
        min(a[1], b[1]) - 1e-9 <= c[1] <= max(a[1], b[1]) + 1e-9


def seg_intersect(p1, p2, p3, p4):
    o1, o2, o3, o4 = orient(p1, p2, p3), orient(p1, p2, p4), orient(p3, p4, p1), orient(p3, p4, p2)
    if o1 != o2 and o3 != o4:
        return True
    return (o1 == 0 and on_seg(p1, p2, p3)) or (o2 == 0 and on_seg(p1, p2, p4)) or \
        (o3 == 0 and on_seg(p3, p4, p1)) or (o4 == 0 and on_seg(p3, p4, p2))


def check_polygon(where, layer, coords, extent):
    if not isinstance(coords, list) or len(coords) != 1:
        err(where, "polygon must have exactly one (outer) ring")
        if not coords:
            return None
    ring = coords[0]
    if not isinstance(ring, list) or len(ring) < 4:
        err(where, "ring must have at least 4 positions")
        return None
    if not all(check_position(where, p, extent) for p in ring):
        return None
    if ring[0] != ring[-1]:
        err(where, "ring is not closed (first != last)")
        return None
    verts = ring[:-1]
    n = len(verts)
    if not (POLY_VERTS[0] <= n <= POLY_VERTS[1]):
        err(where, "polygon has %d vertices, expected %d-%d" % (n, POLY_VERTS[0], POLY_VERTS[1]))
    if len(set(map(tuple, verts))) != n:
        err(where, "polygon has repeated vertices")
    xy = project(ring)
    a = signed_area(xy)
    if a <= 0:
        err(where, "outer ring is not counter-clockwise (signed area %.1f m²)" % a)
    m = len(xy) - 1
    for i in range(m):
        for j in range(i + 1, m):
            if j == i + 1 or (i == 0 and j == m - 1):
                continue  # adjacent edges
            if seg_intersect(xy[i], xy[i + 1], xy[j], xy[j + 1]):
                err(where, "ring self-intersects (edges %d and %d)" % (i, j))
    ha = abs(a) / 10000.0
    lo, hi = AREA_HA.get(layer, (0, float("inf")))
    if not (lo <= ha <= hi):
        err(where, "area %.2f ha outside plausible range %s-%s ha" % (ha, lo, hi))
    cx = sum(p[0] for p in verts) / n
    cy = sum(p[1] for p in verts) / n
    return abs(a), (cx, cy)


def check_line(where, coords, extent):
    if not isinstance(coords, list):
        err(where, "line coordinates must be a list")
        return None
    if not all(check_position(where, p, extent) for p in coords):
        return None
    n = len(coords)
    if not (LINE_VERTS[0] <= n <= LINE_VERTS[1]):
        err(where, "line has %d vertices, expected %d-%d" % (n, LINE_VERTS[0], LINE_VERTS[1]))
    for a, b in zip(coords, coords[1:]):
        if a == b:
            err(where, "line has consecutive duplicate vertices %r" % (a,))
    xy = project(coords)
    length = sum(math.hypot(x2 - x1, y2 - y1) for (x1, y1), (x2, y2) in zip(xy, xy[1:]))
    if length <= 0:
        err(where, "line has zero length")
    mid = coords[len(coords) // 2]
    return length, (mid[0], mid[1])


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")


def option_values(field, value_lists, where):
    opts = field.get("options")
    if isinstance(opts, str):
        if opts not in value_lists:
            err(where, "field %s refers to unknown value list %r" % (field["name"], opts))
            return set()
        opts = value_lists[opts]
    return {o["value"] for o in (opts or [])}


def check_value(where, field, v, value_lists):
    name, t = field["name"], field["type"]
    w = "%s.%s" % (where, name)
    if t in ("text", "multiline"):
        if not isinstance(v, str):
            err(w, "expected string, got %r" % (v,))
            return
        if "maxLength" in field and len(v) > field["maxLength"]:
            err(w, "length %d > maxLength %d" % (len(v), field["maxLength"]))
        if "pattern" in field and not re.fullmatch(field["pattern"], v):
            err(w, "%r does not match pattern %s" % (v, field["pattern"]))
    elif t == "choice":
        if not isinstance(v, str) or v not in option_values(field, value_lists, w):
            err(w, "%r is not an option value" % (v,))
    elif t == "multichoice":
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            err(w, "expected JSON array of option values, got %r" % (v,))
            return
        opts = option_values(field, value_lists, w)
        bad = [x for x in v if x not in opts]
        if bad:
            err(w, "not option values: %r" % bad)
        if len(set(v)) != len(v):
            err(w, "duplicate values in %r" % (v,))
    elif t == "integer":
        if not isinstance(v, int) or isinstance(v, bool):
            err(w, "expected integer, got %r" % (v,))
            return
    elif t == "decimal":
        if not is_num(v):
            err(w, "expected number, got %r" % (v,))
            return
    elif t == "boolean":
        if not isinstance(v, bool):
            err(w, "expected boolean, got %r" % (v,))
    elif t == "date":
        if not isinstance(v, str) or not DATE_RE.match(v):
            err(w, "expected YYYY-MM-DD, got %r" % (v,))
            return
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            err(w, "invalid date %r" % v)
    elif t == "datetime":
        if not isinstance(v, str) or not DATETIME_RE.match(v):
            err(w, "expected ISO 8601 datetime with timezone, got %r" % (v,))
            return
        try:
            d = datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
            if d.tzinfo is None:
                err(w, "datetime without timezone %r" % v)
        except ValueError:
            err(w, "invalid datetime %r" % v)
    elif t == "photo":
        err(w, "photo fields must be left out of the sample data")
    else:
        err(w, "unknown field type %r in project.json" % t)
    if t in ("integer", "decimal") and is_num(v):
        if "min" in field and v < field["min"]:
            err(w, "%r < min %r" % (v, field["min"]))
        if "max" in field and v > field["max"]:
            err(w, "%r > max %r" % (v, field["max"]))


def visible(field, props):
    cond = field.get("visibleIf")
    if not cond:
        return True
    other = props.get(cond["field"])
    if "equals" in cond:
        return other == cond["equals"]
    return True


def load_places():
    path = os.path.join(DEMO, "basemap", "schematic.json")
    try:
        with open(path, encoding="utf-8") as f:
            return {p["name"]: (p["lon"], p["lat"]) for p in json.load(f).get("places", [])}
    except (OSError, ValueError, KeyError):
        return {}


def dist_km(a, b):
    k = math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot((a[0] - b[0]) * k, a[1] - b[1]) * math.pi / 180 * R / 1000


def main():
    with open(os.path.join(DEMO, "project.json"), encoding="utf-8") as f:
        project_json = json.load(f)
    extent = project_json["extent"]
    value_lists = project_json.get("valueLists", {})
    places = load_places()
    summary = []
    for layer in project_json["layers"]:
        lname = layer["name"]
        fields = {fd["name"]: fd for fd in layer["fields"]}
        path = os.path.join(DEMO, "features", lname + ".geojson")
        if not os.path.exists(path):
            err(lname, "missing file %s" % path)
            continue
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except ValueError as e:
            err(lname, "invalid JSON: %s" % e)
            continue
        if data.get("type") != "FeatureCollection" or not isinstance(data.get("features"), list):
            err(lname, "not a GeoJSON FeatureCollection")
            continue
        if "crs" in data:
            err(lname, "RFC 7946 GeoJSON must not declare a crs (EPSG:4326 implied)")
        feats = data["features"]
        if not (N_MIN <= len(feats) <= N_MAX):
            err(lname, "%d features, expected %d-%d" % (len(feats), N_MIN, N_MAX))
        gtype = GEOM_TYPES[layer["geometry"]]
        ids = set()
        for i, ft in enumerate(feats):
            props = ft.get("properties") or {}
            where = "%s[%d] %s" % (lname, i, props.get("nome", "?"))
            if ft.get("type") != "Feature":
                err(where, "not a Feature")
            if "id" in ft:
                if ft["id"] in ids:
                    err(where, "duplicate feature id %r" % ft["id"])
                ids.add(ft["id"])
            g = ft.get("geometry") or {}
            if g.get("type") != gtype:
                err(where, "geometry type %r, expected %r" % (g.get("type"), gtype))
                continue
            c = g.get("coordinates")
            info = None
            if gtype == "Point":
                if check_position(where, c, extent):
                    info = (0, tuple(c))
            elif gtype == "LineString":
                info = check_line(where, c, extent)
            else:
                info = check_polygon(where, lname, c, extent)
            # properties
            for k in props:
                if k not in fields:
                    err(where, "unknown property %r (not a field of layer %s)" % (k, lname))
            for fname, fd in fields.items():
                if fd["type"] == "photo":
                    if fname in props:
                        err(where, "property %r (photo) must be left out" % fname)
                    continue
                present = fname in props and props[fname] is not None
                if not visible(fd, props):
                    if present:
                        err(where, "field %r present although its visibleIf condition is false" % fname)
                    continue
                if not present:
                    if fd.get("required"):
                        err(where, "required field %r missing" % fname)
                    continue
                v = props[fname]
                if fd.get("required") and (v == "" or v == []):
                    err(where, "required field %r is empty" % fname)
                check_value(where, fd, v, value_lists)
            nome = props.get("nome")
            if not (isinstance(nome, str) and nome.startswith(PREFIX) and len(nome) > len(PREFIX)):
                err(where, "nome must start with %r" % PREFIX)
            if "note" in fields and props.get("note") != NOTE:
                err(where, "note must be %r" % NOTE)
            if info and gtype == "Polygon":
                area = info[0]
                if "superficie_mq" in props and is_num(props["superficie_mq"]):
                    if abs(props["superficie_mq"] - area) > 0.05 * area:
                        err(where, "superficie_mq %.0f differs >5%% from geometry area %.0f" % (props["superficie_mq"], area))
                if "superficie_coperta_mq" in props and is_num(props["superficie_coperta_mq"]):
                    if props["superficie_coperta_mq"] > area:
                        err(where, "superficie_coperta_mq %.0f larger than site area %.0f" % (props["superficie_coperta_mq"], area))
            if info and places and props.get("comune") in places:
                d = dist_km(info[1], places[props["comune"]])
                lim = 11.0 if props["comune"] == "Milano" else 4.0
                if d > lim:
                    warn(where, "%.1f km from the schematic centre of %s" % (d, props["comune"]))
        summary.append("%-24s %-10s %2d features" % (lname, gtype, len(feats)))
    extra = set(os.listdir(os.path.join(DEMO, "features"))) - {l["name"] + ".geojson" for l in project_json["layers"]}
    for e in sorted(extra):
        warn("features/", "file %s does not match any layer" % e)
    for s in summary:
        print(s)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("%d error(s), %d warning(s)" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
