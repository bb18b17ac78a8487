#!/usr/bin/python3
"""Edit a GeoPackage layer the way a desktop GIS user does, through a real client.

Usage:
  desktop_edit.py {qgis|gdal} GPKG LAYER add    [--attr K=V ...] [--null K ...] [--wkt WKT] [--sql]
  desktop_edit.py {qgis|gdal} GPKG LAYER change (--uuid U | --fid N) [--attr K=V ...] [--null K ...] [--wkt WKT] [--sql]
  desktop_edit.py {qgis|gdal} GPKG LAYER delete (--uuid U | --fid N) [--sql]

Clients:
  qgis  QgsVectorLayer on the "ogr" provider (what QGIS 3.22 does when a user edits the layer):
        startEditing -> addFeature (feature made by QgsVectorLayerUtils.createFeature, so the
        provider's default values are filled in as in the attribute form) / changeAttributeValue /
        changeGeometry / deleteFeature -> commitChanges.
  gdal  osgeo.ogr (what ogr2ogr -update/-append and GDAL-based scripts do): Open(update=1),
        StartTransaction -> CreateFeature / SetFeature (on the feature as read) / DeleteFeature
        -> CommitTransaction.

Values: K=V is converted to the column's type as the client sees it (integer, real, boolean
0/1/true/false, date YYYY-MM-DD, datetime ISO 8601, text). A value that does not fit the type
(e.g. posti_auto=tanti) cannot go through either client's feature API (both would silently store
0 or keep the old value), so the whole edit is then written as ONE SQL statement through that
client's SQL path instead, and SQLite stores the raw text:
  qgis  the provider connection's executeSql (QGIS Browser/DB Manager "Execute SQL"),
  gdal  GDALDataset.ExecuteSQL inside StartTransaction/CommitTransaction (ogrinfo -sql).
--sql forces that SQL path for any edit. --null K writes NULL. A note goes to stderr when the SQL
path is taken.
As the real clients do: QGIS 3.22 writes a datetime it was given as wall-clock time without
milliseconds or zone ("2026-10-07T08:00:00.250+02:00" -> '2026-10-07T08:00:00.000'), GDAL keeps
milliseconds and zone; QGIS's createFeature makes a UNIQUE text value unique by appending "_1"
(an --attr uuid=... that already exists becomes "<uuid>_1", as when a QGIS user pastes a feature).

Output: "add" prints the uuid of the new feature, read back after the commit (the store's
triggers fill it when the client does not). Exit status: 0 done, 1 the client refused or the
commit failed (its errors on stderr), 2 bad usage, 3 no feature with that uuid/fid.

What the clients write (QGIS 3.22.16 / GDAL 3.6.2, Debian 12; seen with sqlite3_trace):
  add     one INSERT listing every column but fid (NULL for unset ones, so the store's triggers fill
          uuid/created_at/modified_at), inside BEGIN/COMMIT.
  change  GetFeature, then ONE "UPDATE t SET geom=?, <every column>=? WHERE fid=?" with the whole row
          as the client read it (geometry re-encoded, values re-typed), inside BEGIN/COMMIT. QGIS commits
          geometry changes and attribute changes of one commitChanges in two separate transactions.
  delete  DELETE FROM t WHERE fid=?, inside BEGIN/COMMIT.
  Both connections run PRAGMA recursive_triggers = 1; QGIS also PRAGMA foreign_keys = ON, and sets
  journal_mode=WAL while editing and journal_mode=DELETE when it closes the file (this succeeds only
  when no other connection has the file open).

Run with Debian's /usr/bin/python3 (python3-qgis, python3-gdal); the script re-executes itself
there when started by another interpreter. QT_QPA_PLATFORM=offscreen and HOME/XDG_* point to a
temporary directory (removed at exit) so QGIS writes no profile or settings anywhere else.
"""

import argparse
import os
import re
import shutil
import struct
import sys
import tempfile

DEBIAN_PYTHON = "/usr/bin/python3"


def _ensure_debian_python():
    import importlib.util
    if importlib.util.find_spec("osgeo") is not None:
        return
    if os.path.exists(DEBIAN_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON) \
            and not os.environ.get("DESKTOP_EDIT_REEXEC"):
        os.environ["DESKTOP_EDIT_REEXEC"] = "1"
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON] + sys.argv)
    sys.exit("desktop_edit: python3-gdal (osgeo) is not importable; run with Debian's /usr/bin/python3")


class Usage(Exception):
    pass


class NotFound(Exception):
    pass


class EditFailed(Exception):
    pass


def warn(msg):
    print("desktop_edit: " + msg, file=sys.stderr)


# ---------------------------------------------------------------- values
INT_RE = re.compile(r"^\s*[+-]?\d+\s*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$")
BOOL_WORDS = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}


def fit(kind, text):
    """(True, python value) when text is a value of the column kind, else (False, text)."""
    if kind == "integer":
        if INT_RE.match(text):
            v = int(text)
            if -(1 << 63) <= v < (1 << 63):
                return True, v
        return False, text
    if kind == "real":
        try:
            v = float(text)
        except ValueError:
            return False, text
        if v != v or v in (float("inf"), float("-inf")):
            return False, text
        return True, v
    if kind == "boolean":
        b = BOOL_WORDS.get(text.strip().lower())
        return (b is not None), (b if b is not None else text)
    if kind == "date":
        return bool(DATE_RE.match(text)), text
    if kind == "datetime":
        return bool(DATETIME_RE.match(text)), text
    return True, text  # text / anything else


def sql_literal(kind, value, fits):
    if value is None:
        return "NULL"
    if fits and kind == "boolean":
        return "1" if value else "0"
    if fits and kind in ("integer", "real"):
        return repr(value)
    if isinstance(value, (bytes, bytearray)):
        return "X'" + bytes(value).hex().upper() + "'"
    return "'" + str(value).replace("'", "''") + "'"


def qident(name):
    return '"' + name.replace('"', '""') + '"'


def gpkg_blob(wkt, srs_id):
    """GeoPackage binary geometry (little endian, xy envelope except for points) as GDAL writes it."""
    from osgeo import ogr
    g = ogr.CreateGeometryFromWkt(wkt)
    if g is None:
        raise Usage("cannot parse --wkt %r" % wkt)
    flags = 0x01  # little endian, standard GeoPackageBinary
    env = b""
    if g.IsEmpty():
        flags |= 0x10
    elif ogr.GT_Flatten(g.GetGeometryType()) != ogr.wkbPoint:
        flags |= 0x02
        minx, maxx, miny, maxy = g.GetEnvelope()
        env = struct.pack("<4d", minx, maxx, miny, maxy)
    return b"GP" + bytes([0, flags]) + struct.pack("<i", srs_id) + env + bytes(g.ExportToIsoWkb(ogr.wkbNDR))


def parse_args(argv):
    p = argparse.ArgumentParser(prog="desktop_edit.py", description=__doc__.split("\n")[0],
                                epilog="See the module docstring for details.")
    p.add_argument("client", choices=["qgis", "gdal"])
    p.add_argument("gpkg")
    p.add_argument("layer")
    p.add_argument("verb", choices=["add", "change", "delete"])
    p.add_argument("--attr", action="append", default=[], metavar="K=V")
    p.add_argument("--null", action="append", default=[], metavar="K")
    p.add_argument("--wkt")
    p.add_argument("--uuid")
    p.add_argument("--fid", type=int)
    p.add_argument("--sql", action="store_true", help="write through the client's SQL path")
    a = p.parse_args(argv)
    if a.verb == "add" and (a.uuid or a.fid is not None):
        p.error("add takes no --uuid/--fid (set a uuid with --attr uuid=...)")
    if a.verb != "add" and (a.uuid is None) == (a.fid is None):
        p.error("%s needs exactly one of --uuid or --fid" % a.verb)
    if a.verb == "delete" and (a.attr or a.null or a.wkt):
        p.error("delete takes no --attr/--null/--wkt")
    if a.verb == "change" and not (a.attr or a.null or a.wkt):
        p.error("change needs --attr, --null or --wkt")
    if not os.path.exists(a.gpkg):
        p.error("no such file: %s" % a.gpkg)
    values = []
    for kv in a.attr:
        if "=" not in kv:
            p.error("--attr takes K=V, not %r" % kv)
        k, v = kv.split("=", 1)
        values.append((k, v))
    values += [(k, None) for k in a.null]
    a.values = values
    return a


# ---------------------------------------------------------------- common flow
class Client:
    name = ""

    def __init__(self, args):
        self.a = args

    # subclasses: open(), kinds (dict name -> kind), fid_of(), typed_add/change/delete, sql_exec, read_uuid
    def run(self):
        a = self.a
        self.open()
        prepared = []
        raw = a.sql
        for k, v in a.values:
            if k not in self.kinds:
                raise Usage("layer %s has no field %r (fields: %s)" % (a.layer, k, ", ".join(self.kinds)))
            if v is None:
                prepared.append((k, None, True))
                continue
            ok, conv = fit(self.kinds[k], v)
            if not ok:
                warn("%s=%r does not fit the %s column: the edit goes through %s's SQL path, stored as raw text"
                     % (k, v, self.kinds[k], self.name))
                raw = True
            prepared.append((k, conv, ok))
        fid = None
        if a.verb != "add":
            fid = self.fid_of()
        if raw:
            return self.run_sql(fid, prepared)
        if a.verb == "add":
            new_fid = self.typed_add(prepared)
            print(self.read_uuid(new_fid))
        elif a.verb == "change":
            self.typed_change(fid, prepared)
        else:
            self.typed_delete(fid)
        return 0

    def run_sql(self, fid, prepared):
        a = self.a
        t = qident(a.layer)
        if a.verb == "add":
            cols, vals = [], []
            if a.wkt:
                cols.append(qident(self.geom_col))
                vals.append(sql_literal("blob", gpkg_blob(a.wkt, self.srs_id), True))
            for k, v, ok in prepared:
                cols.append(qident(k))
                vals.append(sql_literal(self.kinds[k], v, ok))
            sql = "INSERT INTO %s (%s) VALUES (%s)" % (t, ", ".join(cols), ", ".join(vals)) if cols \
                else "INSERT INTO %s DEFAULT VALUES" % t
        elif a.verb == "change":
            sets = []
            if a.wkt:
                sets.append("%s = %s" % (qident(self.geom_col), sql_literal("blob", gpkg_blob(a.wkt, self.srs_id), True)))
            for k, v, ok in prepared:
                sets.append("%s = %s" % (qident(k), sql_literal(self.kinds[k], v, ok)))
            sql = "UPDATE %s SET %s WHERE %s = %d" % (t, ", ".join(sets), qident(self.fid_col), fid)
        else:
            sql = "DELETE FROM %s WHERE %s = %d" % (t, qident(self.fid_col), fid)
        new_fid = self.sql_exec(sql)
        if a.verb == "add":
            print(self.read_uuid(new_fid))
        return 0


# ---------------------------------------------------------------- GDAL
class GdalClient(Client):
    name = "GDAL"

    def open(self):
        from osgeo import gdal, ogr
        gdal.UseExceptions()
        self.gdal, self.ogr = gdal, ogr
        try:
            self.ds = gdal.OpenEx(self.a.gpkg, gdal.OF_VECTOR | gdal.OF_UPDATE)
        except RuntimeError as e:
            raise EditFailed("GDAL cannot open %s for update: %s" % (self.a.gpkg, e))
        self.lyr = self.ds.GetLayerByName(self.a.layer)
        if self.lyr is None:
            raise Usage("no layer %s in %s" % (self.a.layer, self.a.gpkg))
        self.fid_col = self.lyr.GetFIDColumn() or "fid"
        self.geom_col = self.lyr.GetGeometryColumn() or "geom"
        self.srs_id = self._srs_id()
        self.defn = self.lyr.GetLayerDefn()
        self.kinds = {}
        for i in range(self.defn.GetFieldCount()):
            fd = self.defn.GetFieldDefn(i)
            t, st = fd.GetType(), fd.GetSubType()
            if st == ogr.OFSTBoolean:
                k = "boolean"
            elif t in (ogr.OFTInteger, ogr.OFTInteger64):
                k = "integer"
            elif t == ogr.OFTReal:
                k = "real"
            elif t == ogr.OFTDate:
                k = "date"
            elif t == ogr.OFTDateTime:
                k = "datetime"
            elif t == ogr.OFTBinary:
                k = "blob"
            else:
                k = "text"
            self.kinds[fd.GetName()] = k

    def _srs_id(self):
        r = self.ds.ExecuteSQL("SELECT srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower('%s')"
                               % self.a.layer.replace("'", "''"))
        try:
            f = r.GetNextFeature() if r is not None else None
            return int(f.GetField(0)) if f is not None else 0
        finally:
            if r is not None:
                self.ds.ReleaseResultSet(r)

    def fid_of(self):
        if self.a.fid is not None:
            f = self.lyr.GetFeature(self.a.fid)
            if f is None:
                raise NotFound("no feature with fid %d in %s" % (self.a.fid, self.a.layer))
            return self.a.fid
        self.lyr.SetAttributeFilter("\"uuid\" = '%s'" % self.a.uuid.replace("'", "''"))
        self.lyr.ResetReading()
        f = self.lyr.GetNextFeature()
        self.lyr.SetAttributeFilter(None)
        if f is None:
            raise NotFound("no feature with uuid %s in %s" % (self.a.uuid, self.a.layer))
        return f.GetFID()

    def _set(self, feat, prepared):
        for k, v, _ in prepared:
            if v is None:
                feat.SetFieldNull(k)
            elif self.kinds[k] == "boolean":
                feat.SetField(k, 1 if v else 0)
            else:
                feat.SetField(k, v)  # int/float/str; dates and datetimes parsed by GDAL from ISO text
        if self.a.wkt:
            g = self.ogr.CreateGeometryFromWkt(self.a.wkt)
            if g is None:
                raise Usage("cannot parse --wkt %r" % self.a.wkt)
            g.AssignSpatialReference(self.lyr.GetSpatialRef())
            feat.SetGeometry(g)

    def _check(self, what, rc):
        # GDAL 3.6's Python bindings return OGRErr codes of CreateFeature/SetFeature/DeleteFeature and the
        # transaction calls (6 = OGRERR_FAILURE) instead of raising, even with UseExceptions().
        if isinstance(rc, int) and rc != 0:
            msg = self.gdal.GetLastErrorMsg() or ("OGRErr %d" % rc)
            raise RuntimeError("%s failed: %s" % (what, msg))
        return rc

    def _in_transaction(self, fn):
        self.gdal.ErrorReset()
        try:
            self._check("StartTransaction", self.ds.StartTransaction())
        except RuntimeError as e:
            raise EditFailed("GDAL: %s" % e)
        try:
            r = fn()
        except RuntimeError as e:
            try:
                self.ds.RollbackTransaction()
            except RuntimeError:
                pass
            raise EditFailed("GDAL: %s" % e)
        try:
            self._check("CommitTransaction", self.ds.CommitTransaction())
        except RuntimeError as e:
            raise EditFailed("GDAL: %s" % e)
        return r

    def typed_add(self, prepared):
        feat = self.ogr.Feature(self.defn)
        self._set(feat, prepared)
        self._in_transaction(lambda: self._check("CreateFeature", self.lyr.CreateFeature(feat)))
        return feat.GetFID()

    def typed_change(self, fid, prepared):
        def do():
            feat = self.lyr.GetFeature(fid)
            self._set(feat, prepared)
            self._check("SetFeature", self.lyr.SetFeature(feat))
        self._in_transaction(do)

    def typed_delete(self, fid):
        self._in_transaction(lambda: self._check("DeleteFeature", self.lyr.DeleteFeature(fid)))

    def sql_exec(self, sql):
        def do():
            r = self.ds.ExecuteSQL(sql)
            if r is not None:
                self.ds.ReleaseResultSet(r)
            r = self.ds.ExecuteSQL("SELECT last_insert_rowid()")
            try:
                return int(r.GetNextFeature().GetField(0))
            finally:
                self.ds.ReleaseResultSet(r)
        return self._in_transaction(do)

    def read_uuid(self, fid):
        f = self.lyr.GetFeature(fid)
        if f is None:
            raise EditFailed("the added feature (fid %s) cannot be read back" % fid)
        return f.GetField("uuid") or ""

    def close(self):
        self.lyr = None
        self.ds = None


# ---------------------------------------------------------------- QGIS
class QgisClient(Client):
    name = "QGIS"

    def open(self):
        from qgis.core import QgsApplication
        self.app = QgsApplication([], False)
        self.app.setPrefixPath("/usr", True)
        self.app.initQgis()
        from qgis.core import QgsVectorLayer
        from qgis.PyQt.QtCore import QVariant
        from osgeo import ogr
        ds = ogr.Open(self.a.gpkg, 0)
        found = ds is not None and ds.GetLayerByName(self.a.layer) is not None
        ds = None
        if not found:
            raise Usage("no layer %s in %s" % (self.a.layer, self.a.gpkg))
        self.layer = QgsVectorLayer("%s|layername=%s" % (self.a.gpkg, self.a.layer), self.a.layer, "ogr")
        if not self.layer.isValid():
            raise EditFailed("QGIS cannot load layer %s of %s" % (self.a.layer, self.a.gpkg))
        prov = self.layer.dataProvider()
        self.fid_col = "fid"
        pk = prov.pkAttributeIndexes()
        if pk:
            self.fid_col = self.layer.fields()[pk[0]].name()
        uri = prov.uri()
        self.geom_col = uri.geometryColumn() or self._gdal_geom_col()
        self.srs_id = self._srs_id()
        self.kinds = {}
        for f in self.layer.fields():
            t = f.type()
            if t == QVariant.Bool:
                k = "boolean"
            elif t in (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong):
                k = "integer"
            elif t == QVariant.Double:
                k = "real"
            elif t == QVariant.Date:
                k = "date"
            elif t == QVariant.DateTime:
                k = "datetime"
            elif t == QVariant.ByteArray:
                k = "blob"
            else:
                k = "text"
            self.kinds[f.name()] = k

    def _gdal_geom_col(self):
        from osgeo import ogr
        ds = ogr.Open(self.a.gpkg, 0)
        try:
            return ds.GetLayerByName(self.a.layer).GetGeometryColumn() or "geom"
        finally:
            ds = None

    def _srs_id(self):
        from osgeo import ogr
        ds = ogr.Open(self.a.gpkg, 0)
        try:
            r = ds.ExecuteSQL("SELECT srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower('%s')"
                              % self.a.layer.replace("'", "''"))
            f = r.GetNextFeature()
            v = int(f.GetField(0)) if f else 0
            ds.ReleaseResultSet(r)
            return v
        finally:
            ds = None

    def fid_of(self):
        from qgis.core import QgsFeatureRequest, QgsExpression
        if self.a.fid is not None:
            req = QgsFeatureRequest(self.a.fid)
        else:
            req = QgsFeatureRequest().setFilterExpression(
                "%s = %s" % (QgsExpression.quotedColumnRef("uuid"), QgsExpression.quotedValue(self.a.uuid)))
        req.setFlags(QgsFeatureRequest.NoGeometry)
        for f in self.layer.getFeatures(req):
            return f.id()
        raise NotFound("no feature with %s in %s" % (
            ("fid %d" % self.a.fid) if self.a.fid is not None else ("uuid " + self.a.uuid), self.a.layer))

    def _qvalue(self, k, v):
        from qgis.PyQt.QtCore import QDate, QDateTime, Qt
        from qgis.core import NULL
        if v is None:
            return NULL
        kind = self.kinds[k]
        if kind == "date":
            return QDate.fromString(v, Qt.ISODate)
        if kind == "datetime":
            return QDateTime.fromString(v, Qt.ISODateWithMs)
        field = self.layer.fields().field(k)
        try:
            return field.convertCompatible(v)
        except ValueError:
            return v

    def _geometry(self):
        from qgis.core import QgsGeometry
        g = QgsGeometry.fromWkt(self.a.wkt)
        if g.isNull():
            raise Usage("cannot parse --wkt %r" % self.a.wkt)
        return g

    def _commit(self):
        if not self.layer.commitChanges():
            errors = self.layer.commitErrors()
            self.layer.rollBack()
            raise EditFailed("QGIS commitChanges failed:\n  " + "\n  ".join(errors))

    def _start(self):
        if not self.layer.startEditing():
            raise EditFailed("QGIS cannot start editing %s (read-only?)" % self.a.layer)

    def typed_add(self, prepared):
        from qgis.core import QgsVectorLayerUtils, QgsGeometry
        fields = self.layer.fields()
        attrs = {fields.indexOf(k): self._qvalue(k, v) for k, v, _ in prepared}
        geom = self._geometry() if self.a.wkt else QgsGeometry()
        self._start()
        feat = QgsVectorLayerUtils.createFeature(self.layer, geom, attrs)
        added = []
        self.layer.committedFeaturesAdded.connect(lambda lid, feats: added.extend(f.id() for f in feats))
        if not self.layer.addFeature(feat):
            self.layer.rollBack()
            raise EditFailed("QGIS refused addFeature")
        self._commit()
        if not added:
            raise EditFailed("QGIS committed but reported no added feature")
        return added[0]

    def typed_change(self, fid, prepared):
        fields = self.layer.fields()
        self._start()
        for k, v, _ in prepared:
            idx = fields.indexOf(k)
            if not self.layer.changeAttributeValue(fid, idx, self._qvalue(k, v)):
                self.layer.rollBack()
                raise EditFailed("QGIS refused changeAttributeValue(%s)" % k)
        if self.a.wkt:
            if not self.layer.changeGeometry(fid, self._geometry()):
                self.layer.rollBack()
                raise EditFailed("QGIS refused changeGeometry")
        self._commit()

    def typed_delete(self, fid):
        self._start()
        if not self.layer.deleteFeature(fid):
            self.layer.rollBack()
            raise EditFailed("QGIS refused deleteFeature")
        self._commit()

    def sql_exec(self, sql):
        from qgis.core import QgsProviderRegistry, QgsException
        md = QgsProviderRegistry.instance().providerMetadata("ogr")
        conn = md.createConnection(self.a.gpkg, {})
        try:
            conn.executeSql(sql)
            if self.a.verb == "add":
                # executeSql may use another GDAL handle than the INSERT: the newest fid of an
                # AUTOINCREMENT table is the row just inserted (no concurrent writer in tests).
                rows = conn.executeSql("SELECT max(%s) FROM %s" % (qident(self.fid_col), qident(self.a.layer)))
                return int(rows[0][0])
        except QgsException as e:  # QgsProviderConnectionException derives from it
            raise EditFailed("QGIS executeSql failed: %s" % e)
        return None

    def read_uuid(self, fid):
        from qgis.core import QgsFeatureRequest
        self.layer.dataProvider().reloadData()
        for f in self.layer.dataProvider().getFeatures(QgsFeatureRequest(fid)):
            return f["uuid"] or ""
        raise EditFailed("the added feature (fid %s) cannot be read back" % fid)

    def close(self):
        layer = getattr(self, "layer", None)
        if layer is not None:
            self.layer = None
            del layer
        if getattr(self, "app", None) is not None:
            self.app.exitQgis()


def main(argv):
    try:
        args = parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0
    home = tempfile.mkdtemp(prefix="desktop_edit-")
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_RUNTIME_DIR", "run")):
        path = os.path.join(home, sub) if sub else home
        os.makedirs(path, mode=0o700, exist_ok=True)
        os.environ[var] = path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    client = (QgisClient if args.client == "qgis" else GdalClient)(args)
    rc = 0
    try:
        rc = client.run()
    except Usage as e:
        warn(str(e))
        rc = 2
    except NotFound as e:
        warn(str(e))
        rc = 3
    except EditFailed as e:
        warn(str(e))
        rc = 1
    finally:
        try:
            client.close()
        finally:
            shutil.rmtree(home, ignore_errors=True)
    sys.stdout.flush()
    return rc


if __name__ == "__main__":
    _ensure_debian_python()
    sys.exit(main(sys.argv[1:]))
