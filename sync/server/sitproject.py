#!/usr/bin/python3
"""Write one QGIS Server project per role, publishing the synced layers over WFS / WFS-T.

    sitproject.py SPEC.json OUTDIR

SPEC.json (written by `sit` from the database, see layer_spec.sql):
    {"roles": {"surveyor": {"service": "sit_surveyor",
                            "layers": [{"layer": "lum", "schema": "public", "table": "lum", "geomtype": "Point",
                                        "insert": true, "update": true, "subset": null}, ...]}, ...}}
Every listed layer is published over WFS (key column uuid, so feature ids are "<layer>.<uuid>", 8 decimals);
WFS-T Insert / Update only where the spec says the role's database grants allow it; WFS-T Delete never. "subset",
when set, is a provider subset string: the role reads only the rows it lets through (citizens: published entries).
The tombstones, the moderation feed, the feed watermark, the catalogue of projects (territori_projects) and the
work areas (territori_work_areas) are published read-only to every role, and each layer's
anti-entropy digest (territori_digest_<layer>) to the roles that read the layer, with the layer's subset. A role's
"moderation" ({"schema", "table"}) is where its moderation feed comes from: the table for the moderator (with
deciso_da, who decided), the view territori.moderation_public for the others (without it); both are published as
territori_moderation. "moderation_log": true publishes the log of decisions (territori_moderation_log, read-only).
The PostGIS connection is only "service=<name>": host, user and password stay in the pg_service file that
PGSERVICEFILE points to (here and in the FastCGI worker), never in the .qgs.

Run with Debian's /usr/bin/python3 (python3-qgis), with HOME and XDG_* pointing inside the SIT folder.
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer  # noqa: E402

# QGIS takes a table's real primary key whatever key= says: for the tombstones that is (layer, uuid), and the
# feature ids are "territori_tombstones.<layer>@@<uuid>"
TOMBSTONES = {"layer": "territori_tombstones", "schema": "public", "table": "territori_tombstones",
              "geomtype": "Point", "insert": False, "update": False, "key": '"layer","uuid"'}
# the same for the moderation feed: "territori_moderation.<layer>@@<uuid>"
MODERATION = {"layer": "territori_moderation", "schema": "public", "table": "territori_moderation",
              "geomtype": "Point", "insert": False, "update": False, "key": '"layer","uuid"'}
# every moderation decision, who and when (append-only; the moderator's project only): "territori_moderation_log.<rev>"
MODERATION_LOG = {"layer": "territori_moderation_log", "schema": "public", "table": "territori_moderation_log",
                  "geomtype": "Point", "insert": False, "update": False, "key": "rev"}
# the client operations the SIT applied: "territori_ops.<op>"
OPS = {"layer": "territori_ops", "schema": "public", "table": "territori_ops",
       "geomtype": "Point", "insert": False, "update": False, "key": "op"}
# the feed watermark (one row): every rev at or below high_water is settled (docs/sync.md, "The cursor rule")
FEED_STATE = {"layer": "territori_feed_state", "schema": "public", "table": "territori_feed_state",
              "geomtype": "Point", "insert": False, "update": False, "key": "id"}

# the catalogue of projects, as the connecting login's roles may see it (the view filters by session_user):
# "territori_projects.<id>"
CATALOGUE = {"layer": "territori_projects", "schema": "territori", "table": "catalogue",
             "geomtype": "Polygon", "insert": False, "update": False, "key": "id"}
# the work areas (comuni, zone omogenee): "territori_work_areas.<id>"
WORK_AREAS = {"layer": "territori_work_areas", "schema": "territori", "table": "work_areas_public",
              "geomtype": "MultiPolygon", "insert": False, "update": False, "key": "id"}


def digest_spec(spec):
    """The anti-entropy digest of a layer (a view in schema territori_digest), published to the roles that read the
    layer with the same subset string, so a role's digest covers exactly the rows it can read."""
    return {"layer": "territori_digest_" + spec["layer"], "schema": "territori_digest", "table": spec["table"],
            "geomtype": "Point", "insert": False, "update": False, "key": "id", "subset": spec.get("subset"),
            "optional": True}


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def pg_layer(service, spec):
    uri = (f"service='{service}' key='{spec.get('key', 'uuid')}' checkPrimaryKeyUnicity='0' srid=4326 "
           f"type={spec['geomtype']} "
           f"table={quote(spec['schema'])}.{quote(spec['table'])} (geometry)")
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False               # no lookup of a layer_styles table: a third of the time
    layer = QgsVectorLayer(uri, spec["layer"], "postgres", options)
    if not layer.isValid() and spec.get("optional"):
        print(f"sitproject: {spec['layer']} left out (no such view: run territori.grant_access on the table)",
              file=sys.stderr)
        return None
    if not layer.isValid():
        sys.exit(f"sitproject: layer {spec['layer']} is not valid through service {service}: "
                 f"{layer.dataProvider().error().message() if layer.dataProvider() else uri}")
    if spec.get("subset") and not layer.setSubsetString(spec["subset"]):
        sys.exit(f"sitproject: layer {spec['layer']}: subset string {spec['subset']!r} refused")
    return layer


def write_project(role, cfg, path):
    project = QgsProject.instance()
    project.clear()
    project.setTitle(f"Territori SIT – {role}")
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    # a spec written by an older sit has no "moderation": the table, as then
    source = cfg.get("moderation", {"schema": MODERATION["schema"], "table": MODERATION["table"]})
    feeds = [TOMBSTONES] + ([dict(MODERATION, **source)] if source else []) + [FEED_STATE, OPS, CATALOGUE, WORK_AREAS]
    feeds += [MODERATION_LOG] if cfg.get("moderation_log") else []
    specs = list(cfg["layers"]) + feeds + [digest_spec(s) for s in cfg["layers"]]
    made = [(pg_layer(cfg["service"], s), s) for s in specs]
    layers = [layer for layer, _ in made if layer is not None]
    specs = [s for layer, s in made if layer is not None]
    project.addMapLayers(layers)
    ids = [layer.id() for layer in layers]
    project.writeEntry("WFSLayers", "/", ids)
    project.writeEntry("WFSTLayers", "Insert", [l.id() for l, s in zip(layers, specs) if s["insert"]])
    project.writeEntry("WFSTLayers", "Update", [l.id() for l, s in zip(layers, specs) if s["update"]])
    project.writeEntry("WFSTLayers", "Delete", [])
    for i in ids:
        project.writeEntry("WFSLayersPrecision", "/" + i, 8)
    project.writeEntry("WMSServiceTitle", "/", f"Territori SIT ({role})")
    project.writeEntry("WMSServiceAbstract", "/", "Territori sync endpoint; see docs/sit.md")
    project.writeEntry("WFSUrl", "/", "")          # advertise the URL the request came in on
    tmp = path + ".tmp.qgs"
    if not project.write(tmp):
        sys.exit(f"sitproject: cannot write {tmp}")
    os.replace(tmp, path)                          # QGIS Server reloads a project when its mtime changes
    return [(s["layer"], s["insert"], s["update"], s.get("subset")) for s in specs]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as fh:
        spec = json.load(fh)
    outdir = sys.argv[2]
    app = QgsApplication([], False)
    app.initQgis()
    try:
        for role, cfg in sorted(spec["roles"].items()):
            published = write_project(role, cfg, os.path.join(outdir, role + ".qgs"))
            print(f"{role}.qgs: " + ", ".join(
                f"{name}{'+I' if ins else ''}{'+U' if upd else ''}{f' [{subset}]' if subset else ''}"
                for name, ins, upd, subset in published))
        QgsProject.instance().clear()
    finally:
        app.exitQgis()


if __name__ == "__main__":
    main()
