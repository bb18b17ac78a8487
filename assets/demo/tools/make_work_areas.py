#!/usr/bin/python3
"""Generate ../sit/work_areas.geojson: SAMPLE work areas for the demo SIT (deterministic).

The SIT serves work areas (territori_work_areas, docs/sit.md "Projects"): the comuni and the zone omogenee of the
Città metropolitana di Milano a project's download can be limited to. The demo needs some, and the real boundaries
are not in this repository, so this script makes SAMPLE ones, NOT official boundaries:

- comuni: 32 comuni of the Città metropolitana, each the Voronoi cell of an approximate centre of the town (a few
  hundred metres off, typed in by hand), computed in a local plane (longitude scaled by cos 45.4°) and clipped to the
  demo's extent [8.7, 45.17, 9.56, 45.65]; the cells tile the extent, so every sample comune is much larger than the
  real one and the edges are straight lines;
- zone omogenee: the 8 zones (Alto Milanese, Magentino e Abbiatense, Nord Ovest, Nord Milano, Adda Martesana,
  Sud Est, Sud Ovest, Milano), each the union of the cells of its comuni listed here.

Every name ends in " (esempio)", every feature has sample=true, code=null (no ISTAT code: these are not the
comuni's boundaries) and a "note" saying so. The script checks that every feature of ../features/*.geojson lies in
some comune and some zone, that the cells tile the extent and that the zones are single valid polygons.

Usage:  /usr/bin/python3 assets/demo/tools/make_work_areas.py      (needs python3-gdal for the union and checks)
"""
import glob
import json
import math
import os
import re
import sys

from osgeo import ogr

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
OUT = os.path.join(DEMO, "sit", "work_areas.geojson")
EXTENT = (8.7, 45.17, 9.56, 45.65)
KX = math.cos(math.radians(45.4))          # a degree of longitude is this much of a degree of latitude here

ZONES = [
    ("alto_milanese", "Alto Milanese"),
    ("magentino_abbiatense", "Magentino e Abbiatense"),
    ("nord_ovest", "Nord Ovest"),
    ("nord_milano", "Nord Milano"),
    ("adda_martesana", "Adda Martesana"),
    ("sud_est", "Sud Est"),
    ("sud_ovest", "Sud Ovest"),
    ("milano", "Milano"),
]

# name, zone, approximate centre (lon, lat): hand-typed, a few hundred metres off at best
COMUNI = [
    ("Milano", "milano", 9.185, 45.466),
    ("Legnano", "alto_milanese", 8.915, 45.597),
    ("Parabiago", "alto_milanese", 8.948, 45.558),
    ("Castano Primo", "alto_milanese", 8.774, 45.552),
    ("Cerro Maggiore", "alto_milanese", 8.950, 45.594),
    ("Magenta", "magentino_abbiatense", 8.884, 45.465),
    ("Abbiategrasso", "magentino_abbiatense", 8.918, 45.398),
    ("Corbetta", "magentino_abbiatense", 8.918, 45.468),
    ("Motta Visconti", "magentino_abbiatense", 8.993, 45.288),
    ("Rho", "nord_ovest", 9.040, 45.531),
    ("Bollate", "nord_ovest", 9.118, 45.546),
    ("Garbagnate Milanese", "nord_ovest", 9.077, 45.577),
    ("Paderno Dugnano", "nord_ovest", 9.168, 45.569),
    ("Settimo Milanese", "nord_ovest", 9.053, 45.477),
    ("Sesto San Giovanni", "nord_milano", 9.235, 45.535),
    ("Cinisello Balsamo", "nord_milano", 9.216, 45.557),
    ("Bresso", "nord_milano", 9.190, 45.539),
    ("Cologno Monzese", "nord_milano", 9.278, 45.530),
    ("Cernusco sul Naviglio", "adda_martesana", 9.333, 45.525),
    ("Pioltello", "adda_martesana", 9.330, 45.497),
    ("Segrate", "adda_martesana", 9.296, 45.490),
    ("Vimodrone", "adda_martesana", 9.285, 45.514),
    ("Gorgonzola", "adda_martesana", 9.406, 45.532),
    ("Cassano d'Adda", "adda_martesana", 9.516, 45.527),
    ("San Donato Milanese", "sud_est", 9.268, 45.417),
    ("Melegnano", "sud_est", 9.324, 45.358),
    ("Paullo", "sud_est", 9.400, 45.418),
    ("San Colombano al Lambro", "sud_est", 9.487, 45.183),
    ("Rozzano", "sud_ovest", 9.155, 45.382),
    ("Corsico", "sud_ovest", 9.110, 45.432),
    ("Trezzano sul Naviglio", "sud_ovest", 9.067, 45.423),
    ("Binasco", "sud_ovest", 9.098, 45.331),
]

NOTE_COMUNE = ("Confine di esempio, NON ufficiale: cella di Voronoi di un centro approssimato del comune, ritagliata "
               "sull'estensione della demo. Sample boundary, NOT official: the Voronoi cell of an approximate centre "
               "of the comune, clipped to the demo's extent.")
NOTE_ZONA = ("Confine di esempio, NON ufficiale: unione delle celle di esempio dei suoi comuni. Sample boundary, NOT "
             "official: the union of the sample cells of its comuni.")


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def clip(poly, a, b, c):
    """Sutherland-Hodgman: the part of a convex polygon (list of (x, y)) where a*x + b*y <= c."""
    out = []
    n = len(poly)
    for i in range(n):
        p, q = poly[i], poly[(i + 1) % n]
        fp, fq = a * p[0] + b * p[1] - c, a * q[0] + b * q[1] - c
        if fp <= 0:
            out.append(p)
        if (fp < 0 < fq) or (fq < 0 < fp):
            t = fp / (fp - fq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def voronoi_cells(sites):
    """The Voronoi cell of each site within the extent, as rings of (lon, lat) rounded to 6 decimals."""
    w, s, e, n = EXTENT
    pts = [(lon * KX, lat) for lon, lat in sites]
    cells = []
    for i, (xi, yi) in enumerate(pts):
        poly = [(w * KX, s), (e * KX, s), (e * KX, n), (w * KX, n)]
        for j, (xj, yj) in enumerate(pts):
            if i != j:
                # closer to i than to j: (pj - pi) . p <= (|pj|^2 - |pi|^2) / 2
                poly = clip(poly, xj - xi, yj - yi, (xj * xj + yj * yj - xi * xi - yi * yi) / 2)
        ring = []
        for x, y in poly:
            v = [round(x / KX, 6), round(y, 6)]
            if not ring or ring[-1] != v:
                ring.append(v)
        if ring[0] == ring[-1]:
            ring.pop()
        ring.append(ring[0])
        cells.append(ring)
    return cells


def ogr_geom(geometry):
    return ogr.CreateGeometryFromJson(json.dumps(geometry))


def as_multipolygon(g):
    gj = json.loads(g.ExportToJson())
    if gj["type"] == "Polygon":
        gj = {"type": "MultiPolygon", "coordinates": [gj["coordinates"]]}
    gj["coordinates"] = [[[[round(x, 6), round(y, 6)] for x, y, *_ in ring] for ring in poly]
                         for poly in gj["coordinates"]]
    return gj


def main():
    zone_names = dict(ZONES)
    for name, zone, lon, lat in COMUNI:
        assert zone in zone_names, name
        assert EXTENT[0] < lon < EXTENT[2] and EXTENT[1] < lat < EXTENT[3], name
    assert len({c[0] for c in COMUNI}) == len(COMUNI)
    cells = voronoi_cells([(lon, lat) for _, _, lon, lat in COMUNI])
    comuni, by_zone = [], {z: [] for z, _ in ZONES}
    for (name, zone, _, _), ring in zip(COMUNI, cells):
        g = ogr_geom({"type": "Polygon", "coordinates": [ring]})
        if not g.IsValid() or g.GetArea() <= 0:
            sys.exit(f"make_work_areas: the cell of {name} is not a valid polygon")
        comuni.append((name, zone, g))
        by_zone[zone].append(g)
    total = sum(g.GetArea() for _, _, g in comuni)
    extent_area = (EXTENT[2] - EXTENT[0]) * (EXTENT[3] - EXTENT[1])
    if abs(total - extent_area) > 1e-6:
        sys.exit(f"make_work_areas: the cells cover {total} square degrees, the extent {extent_area}")
    zones = []
    for zone, label in ZONES:
        u = ogr.Geometry(ogr.wkbMultiPolygon)
        for g in by_zone[zone]:
            u.AddGeometry(g)
        g = u.UnionCascaded()
        if not g.IsValid() or g.GetGeometryType() != ogr.wkbPolygon or g.GetGeometryRef(0) is None \
                or g.GetGeometryCount() != 1:
            sys.exit(f"make_work_areas: zone {label} is not one polygon without holes "
                     f"({g.GetGeometryName()}, {g.GetGeometryCount()} rings): check its comuni")
        if abs(g.GetArea() - sum(c.GetArea() for c in by_zone[zone])) > 1e-9:
            sys.exit(f"make_work_areas: zone {label}: the union lost or gained area")
        zones.append((zone, label, g))

    # every demo feature falls in some comune and some zone, wholly
    all_comuni = ogr.Geometry(ogr.wkbMultiPolygon)
    for _, _, g in comuni:
        all_comuni.AddGeometry(g)
    territory = all_comuni.UnionCascaded()
    checked, same_comune, with_comune = 0, 0, 0
    for path in sorted(glob.glob(os.path.join(DEMO, "features", "*.geojson"))):
        with open(path, encoding="utf-8") as fh:
            fc = json.load(fh)
        for feat in fc["features"]:
            if not feat.get("geometry"):
                continue
            g = ogr_geom(feat["geometry"])
            inside = [name for name, _, c in comuni if c.Intersects(g)]
            in_zone = [label for _, label, z in zones if z.Intersects(g)]
            if not inside or not in_zone or not territory.Contains(g):
                sys.exit(f"make_work_areas: {os.path.basename(path)}: {feat.get('id')} lies outside the sample "
                         "comuni or zones")
            checked += 1
            said = (feat.get("properties") or {}).get("comune")
            if said:
                with_comune += 1
                same_comune += said in inside
    features = []
    for zone, label, g in zones:
        features.append({"type": "Feature", "id": "zona-" + slug(zone),
                         "properties": {"id": "zona-" + slug(zone), "kind": "zona_omogenea",
                                        "name": f"{label} (esempio)", "code": None, "sample": True,
                                        "note": NOTE_ZONA},
                         "geometry": as_multipolygon(g)})
    for name, zone, g in sorted(comuni, key=lambda c: c[0]):
        features.append({"type": "Feature", "id": "comune-" + slug(name),
                         "properties": {"id": "comune-" + slug(name), "kind": "comune",
                                        "name": f"{name} (esempio)", "code": None, "sample": True,
                                        "zona": "zona-" + slug(zone), "note": NOTE_COMUNE},
                         "geometry": as_multipolygon(g)})
    fc = {"type": "FeatureCollection",
          "name": "territori_work_areas",
          "description": ("SAMPLE work areas of the Territori demo, NOT official boundaries: 32 comuni of the Città "
                          "metropolitana di Milano as Voronoi cells of approximate centres clipped to the demo's "
                          "extent, and the 8 zone omogenee as unions of those cells. Generated by "
                          "assets/demo/tools/make_work_areas.py; loaded by `sit up` (sit areas)."),
          "features": features}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(fc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"make_work_areas: {len(zones)} zones, {len(comuni)} comuni -> {os.path.relpath(OUT, DEMO)}; "
          f"{checked} demo features inside (their comune property matches the sample cell for {same_comune} of "
          f"{with_comune})")


if __name__ == "__main__":
    main()
