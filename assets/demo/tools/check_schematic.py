#!/usr/bin/env python3
"""Check basemap/schematic.json (stdlib only).

Usage:  python3 tools/check_schematic.py [DEMO_DIR]

Verifies: the document structure (note, places, water, roads, rail, parks);
every coordinate is a finite [lon, lat] inside lon 8.6-9.65 / lat 45.15-45.7;
the places are exactly the 133 comuni of project.json's "comuni" value list
(no missing, extra or duplicate names), with rank 1 only for Milano and
ranks in {1, 2, 3}; the required water bodies (Ticino, Adda, Lambro, Olona,
Seveso, Naviglio Grande, Naviglio Pavese, Naviglio Martesana, Canale
Villoresi) are present with 10-40 vertices; ring roads and main motorways
are present; rail lines have >= 2 vertices; parks are closed rings with
>= 4 distinct vertices and no self-intersection. Exit status 0 when OK.
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
BOUNDS = (8.6, 45.15, 9.65, 45.7)  # min lon, min lat, max lon, max lat
WATER_REQUIRED = ["Ticino", "Adda", "Lambro", "Olona", "Seveso", "Naviglio Grande",
                  "Naviglio Pavese", "Naviglio Martesana", "Canale Villoresi"]
ROADS_REQUIRED = ["Tangenziale Ovest", "Tangenziale Est", "Tangenziale Nord",
                  "A4 Milano–Torino", "A4 Milano–Bergamo", "A8", "A1", "A7"]
PARKS_REQUIRED = ["Parco Nord Milano", "Parco delle Groane", "Bosco in Città", "Idroscalo"]

errors = []


def err(msg):
    errors.append(msg)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def check_pos(where, p):
    if not (isinstance(p, list) and len(p) == 2 and all(is_num(c) for c in p)):
        err("%s: bad position %r" % (where, p))
        return False
    if not (BOUNDS[0] <= p[0] <= BOUNDS[2] and BOUNDS[1] <= p[1] <= BOUNDS[3]):
        err("%s: position %r outside bounds %r" % (where, p, BOUNDS))
    return True


def check_coords(where, coords, min_n=2, max_n=None):
    if not isinstance(coords, list):
        err("%s: coords must be a list" % where)
        return False
    ok = all(check_pos(where, p) for p in coords)
    if len(coords) < min_n or (max_n and len(coords) > max_n):
        err("%s: %d vertices, expected %d-%s" % (where, len(coords), min_n, max_n or "∞"))
    for a, b in zip(coords, coords[1:]):
        if a == b:
            err("%s: consecutive duplicate vertex %r" % (where, a))
    return ok


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def segs_cross(p1, p2, p3, p4):
    d1, d2, d3, d4 = cross(p3, p4, p1), cross(p3, p4, p2), cross(p1, p2, p3), cross(p1, p2, p4)
    return d1 * d2 < 0 and d3 * d4 < 0


def main():
    with open(os.path.join(DEMO, "project.json"), encoding="utf-8") as f:
        comuni = [c["value"] for c in json.load(f)["valueLists"]["comuni"]]
    with open(os.path.join(DEMO, "basemap", "schematic.json"), encoding="utf-8") as f:
        doc = json.load(f)

    for key in ("note", "places", "water", "roads", "rail", "parks"):
        if key not in doc:
            err("missing key %r" % key)
    if not isinstance(doc.get("note"), str) or "chematic" not in doc.get("note", ""):
        err("note must be a string saying the basemap is schematic")

    # places
    names = []
    for i, p in enumerate(doc.get("places", [])):
        where = "places[%d] %s" % (i, p.get("name"))
        names.append(p.get("name"))
        check_pos(where, [p.get("lon"), p.get("lat")])
        r = p.get("rank")
        if r not in (1, 2, 3):
            err("%s: rank %r not in 1..3" % (where, r))
        if (r == 1) != (p.get("name") == "Milano"):
            err("%s: rank 1 is reserved to Milano" % where)
    dup = sorted({n for n in names if names.count(n) > 1})
    missing = sorted(set(comuni) - set(names))
    extra = sorted(set(names) - set(comuni))
    if dup:
        err("duplicate places: %s" % dup)
    if missing:
        err("comuni missing from places (%d): %s" % (len(missing), missing))
    if extra:
        err("places not in the comuni value list: %s" % extra)
    if len(comuni) != 133:
        err("project.json value list has %d comuni, expected 133" % len(comuni))

    # water
    wnames = []
    for i, w in enumerate(doc.get("water", [])):
        where = "water[%d] %s" % (i, w.get("name"))
        wnames.append(w.get("name"))
        if not w.get("kind"):
            err("%s: missing kind" % where)
        check_coords(where, w.get("coords"), 10, 40)
    for n in WATER_REQUIRED:
        if n not in wnames:
            err("water: %s missing" % n)

    # roads
    rnames = []
    for i, r in enumerate(doc.get("roads", [])):
        where = "roads[%d] %s" % (i, r.get("name"))
        rnames.append(r.get("name", ""))
        if not r.get("kind"):
            err("%s: missing kind" % where)
        check_coords(where, r.get("coords"), 2)
    for n in ROADS_REQUIRED:
        if not any(x.startswith(n) for x in rnames):
            err("roads: %s missing" % n)

    # rail
    if not doc.get("rail"):
        err("rail: no lines")
    for i, r in enumerate(doc.get("rail", [])):
        check_coords("rail[%d] %s" % (i, r.get("name")), r.get("coords"), 2)
        if not r.get("name"):
            err("rail[%d]: missing name" % i)

    # parks
    pnames = []
    for i, p in enumerate(doc.get("parks", [])):
        where = "parks[%d] %s" % (i, p.get("name"))
        pnames.append(p.get("name"))
        c = p.get("coords")
        if not check_coords(where, c, 5):
            continue
        if c[0] != c[-1]:
            err("%s: ring not closed" % where)
            continue
        if len({tuple(x) for x in c[:-1]}) != len(c) - 1:
            err("%s: repeated vertices" % where)
        m = len(c) - 1
        for a in range(m):
            for b in range(a + 2, m):
                if a == 0 and b == m - 1:
                    continue
                if segs_cross(c[a], c[a + 1], c[b], c[b + 1]):
                    err("%s: ring self-intersects (edges %d, %d)" % (where, a, b))
    for n in PARKS_REQUIRED:
        if n not in pnames:
            err("parks: %s missing" % n)

    print("places %d (rank1 %d, rank2 %d, rank3 %d), water %d, roads %d, rail %d, parks %d" % (
        len(names), sum(p.get("rank") == 1 for p in doc.get("places", [])),
        sum(p.get("rank") == 2 for p in doc.get("places", [])),
        sum(p.get("rank") == 3 for p in doc.get("places", [])),
        len(doc.get("water", [])), len(doc.get("roads", [])), len(doc.get("rail", [])),
        len(doc.get("parks", []))))
    for e in errors:
        print("ERROR", e)
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
