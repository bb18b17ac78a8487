#!/usr/bin/python3
"""sit_kit: end-to-end test of the Territori SIT (sync/server/sit) against the real stack.

Starts its own SIT in a temporary folder on free ports, checks the sync kit, WFS / WFS-T per role, WebDAV, TLS,
the watchdog, and `sit down`. Python 3 standard library only; needs root and the Debian packages of
.ci/install-deps. Exit 0 = pass, 1 = fail, 77 = skipped (prerequisites missing).
Set SIT_TEST_KEEP=1 to keep the folder (it is kept anyway when a check fails).
"""
import base64
import hashlib
import http.client
import json
import os
import re
import shutil
import socket
import sqlite3
import ssl
import stat
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(SERVER))
SIT = os.path.join(SERVER, "sit")
DEMO = os.path.join(REPO, "assets", "demo")
NS = {"wfs": "http://www.opengis.net/wfs", "ogc": "http://www.opengis.net/ogc"}
TX_OPEN = ('<wfs:Transaction service="WFS" version="1.1.0" xmlns:wfs="http://www.opengis.net/wfs" '
           'xmlns:gml="http://www.opengis.net/gml" xmlns:ogc="http://www.opengis.net/ogc" '
           'xmlns:qgs="http://www.qgis.org/gml">')

failures = []
T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:6.1f}s] {msg}", flush=True)


def check(name, cond, detail=""):
    if cond:
        log(f"PASS {name}")
    else:
        log(f"FAIL {name} {detail}")
        failures.append(name)
    return cond


def free_ports(n):
    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def port_open(port):
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def with_identity(actions, user):
    """Like the app's client: every Insert and Update names the authenticated account in updated_by (the SIT's
    identity filter refuses a transaction that does not, docs/sit.md "Identity"). An action naming it is left alone."""
    out = []
    for part in re.split(r"(?=<wfs:(?:Insert|Update)\b)", actions):
        if "updated_by" not in part:
            if part.startswith("<wfs:Insert"):
                part = re.sub(r"^(<wfs:Insert[^>]*><qgs:\w+>)", lambda m: f"{m.group(1)}<qgs:updated_by>{user}</qgs:updated_by>",
                              part, count=1)
            elif part.startswith("<wfs:Update"):
                part = re.sub(r"^(<wfs:Update[^>]*>)", lambda m: f"{m.group(1)}<wfs:Property><wfs:Name>updated_by</wfs:Name>"
                              f"<wfs:Value>{user}</wfs:Value></wfs:Property>", part, count=1)
        out.append(part)
    return "".join(out)


class Sit:
    def __init__(self, folder, port, pg_port, tls_port):
        self.dir, self.port, self.pg_port, self.tls_port = folder, port, pg_port, tls_port
        self.base = f"http://127.0.0.1:{port}"
        self.creds = {}

    def run(self, *args, check_rc=True, timeout=120):
        r = subprocess.run([SIT, *args], capture_output=True, text=True, timeout=timeout)
        if check_rc and r.returncode != 0:
            raise RuntimeError(f"sit {' '.join(args)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
        return r

    def up(self, *extra):
        t = time.monotonic()
        r = self.run("up", self.dir, "--port", str(self.port), "--pg-port", str(self.pg_port),
                     "--tls-port", str(self.tls_port), *extra)
        elapsed = time.monotonic() - t
        with open(os.path.join(self.dir, "demo-credentials.txt"), encoding="utf-8") as fh:
            for line in fh:
                if line.strip() and not line.startswith("#"):
                    role, user, pw = line.split()
                    self.creds[role] = (user, pw)
        return r, elapsed

    def sql(self, query, *extra):
        r = subprocess.run([SIT, "psql", self.dir, "-X", "-At", "-v", "ON_ERROR_STOP=1", *extra, "-c", query],
                           capture_output=True, text=True, timeout=60)
        if r.returncode != 0:
            raise RuntimeError(f"psql failed: {query}\n{r.stderr}")
        return r.stdout.strip()

    # ---- HTTP
    def request(self, url, role=None, data=None, method=None, headers=None, auth=None, timeout=20, context=None):
        headers = dict(headers or {})
        if auth is None and role is not None:
            auth = self.creds[role]
        if auth:
            headers["Authorization"] = "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        if isinstance(data, str):
            data = data.encode("utf-8")
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout, context=context) as resp:
                return resp.status, resp.read(), dict(resp.headers)
        except urllib.error.HTTPError as e:
            return e.code, e.read(), dict(e.headers)

    def ows(self, role, params=None, body=None, auth=None, timeout=20, endpoint=None):
        url = f"{self.base}/ows/{endpoint or role}/"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        headers = {"Content-Type": "text/xml; charset=utf-8"} if body is not None else None
        return self.request(url, role=role, data=body, headers=headers, auth=auth, timeout=timeout)

    def transaction(self, role, actions, endpoint=None, identity=True):
        if identity:
            actions = with_identity(actions, self.creds[role][0])
        status, body, _ = self.ows(role, body=TX_OPEN + actions + "</wfs:Transaction>", endpoint=endpoint)
        return status, body.decode("utf-8", "replace")

    def get_features(self, role, typename, filter_xml=None, **params):
        p = {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature", "TYPENAME": typename,
             "OUTPUTFORMAT": "application/json"}
        if filter_xml:
            p["FILTER"] = filter_xml
        p.update(params)
        status, body, _ = self.ows(role, p)
        if status != 200:
            raise RuntimeError(f"GetFeature {typename}: HTTP {status} {body[:300]!r}")
        return json.loads(body.decode("utf-8"))


def flat(body, start="<TransactionSummary"):
    """A response on one line, from its summary on."""
    i = body.find(start)
    return re.sub(r"\s+", " ", body[i if i >= 0 else 0:]).strip()


def tx_summary(xml_text):
    """(totals dict, [fids], [messages]) of a WFS 1.1 TransactionResponse."""
    root = ET.fromstring(xml_text)
    totals = {el.tag.split("}")[1]: int(el.text) for el in root.iter()
              if el.tag.split("}")[-1] in ("totalInserted", "totalUpdated", "totalDeleted")}
    fids = [el.get("fid") for el in root.iter("{http://www.opengis.net/ogc}FeatureId")]
    messages = [el.text or "" for el in root.iter("{http://www.opengis.net/wfs}Message")]
    return totals, fids, messages


def eq_filter(**kv):
    parts = [f"<ogc:PropertyIsEqualTo><ogc:PropertyName>{k}</ogc:PropertyName><ogc:Literal>{v}</ogc:Literal>"
             f"</ogc:PropertyIsEqualTo>" for k, v in kv.items()]
    inner = parts[0] if len(parts) == 1 else "<ogc:And>" + "".join(parts) + "</ogc:And>"
    return f"<ogc:Filter>{inner}</ogc:Filter>"


def kvp_filter(**kv):
    return eq_filter(**kv).replace("ogc:", "").replace("<Filter>", '<Filter xmlns="http://www.opengis.net/ogc">')


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def insert_xml(layer, props, lonlat=None, handle=None, gml=None):
    body = "".join(f"<qgs:{k}>{xml_escape(str(v))}</qgs:{k}>" for k, v in props.items())
    if lonlat:
        body += (f'<qgs:geometry><gml:Point srsName="EPSG:4326"><gml:pos>{lonlat[0]} {lonlat[1]}</gml:pos>'
                 f'</gml:Point></qgs:geometry>')
    if gml:
        body += f"<qgs:geometry>{gml}</qgs:geometry>"
    h = f' handle="{handle}"' if handle else ""
    return f"<wfs:Insert{h}><qgs:{layer}>{body}</qgs:{layer}></wfs:Insert>"


def update_xml(layer, props, filter_xml, handle=None):
    body = ""
    for k, v in props.items():
        if v is None:       # a Property without Value sets NULL
            body += f"<wfs:Property><wfs:Name>{k}</wfs:Name></wfs:Property>"
        else:
            body += f"<wfs:Property><wfs:Name>{k}</wfs:Name><wfs:Value>{xml_escape(str(v))}</wfs:Value></wfs:Property>"
    h = f' handle="{handle}"' if handle else ""
    return f'<wfs:Update typeName="qgs:{layer}"{h}>{body}{filter_xml}</wfs:Update>'


def polygon_gml(x, y, d=0.001):
    ring = f"{x} {y} {x + d} {y} {x + d} {y + d} {x} {y}"
    return (f'<gml:Polygon srsName="EPSG:4326"><gml:exterior><gml:LinearRing><gml:posList>{ring}</gml:posList>'
            f'</gml:LinearRing></gml:exterior></gml:Polygon>')


def line_gml(points):
    pos = " ".join(f"{x:.9f} {y:.9f}" for x, y in points)
    return f'<gml:LineString srsName="EPSG:4326"><gml:posList>{pos}</gml:posList></gml:LineString>'


def schema_state(sit):
    """Everything a kit re-install must leave alone: schema dump, roles, sequence, rows."""
    dump = subprocess.run(["pg_dump", "-h", os.path.join(sit.dir, "pg", "run"), "-p", str(sit.pg_port),
                           "-U", "postgres", "-s", "sit"], capture_output=True, text=True, check=True).stdout
    dump = "\n".join(line for line in dump.splitlines() if not line.startswith(("\\restrict", "\\unrestrict")))
    roles = sit.sql("SELECT string_agg(rolname || ':' || rolcanlogin || ':' || rolsuper, ',' ORDER BY rolname) "
                    "FROM pg_roles WHERE rolname LIKE 'territori%' OR rolname LIKE 'sit%'")
    members = sit.sql("SELECT string_agg(r.rolname || '>' || m.rolname, ',' ORDER BY 1) FROM pg_auth_members a "
                      "JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member")
    seq = sit.sql("SELECT last_value FROM territori.sync_rev")
    rows = sit.sql("SELECT string_agg(layer || '=' || n, ',' ORDER BY layer) FROM ("
                   "SELECT 'lum' AS layer, count(*) || '/' || sum(rev) AS n FROM lum UNION ALL "
                   "SELECT 'aree_dismesse', count(*) || '/' || sum(rev) FROM aree_dismesse UNION ALL "
                   "SELECT 'tomb', count(*) || '/' || coalesce(sum(rev), 0) FROM territori_tombstones UNION ALL "
                   "SELECT 'modlog', count(*) || '/' || coalesce(sum(rev), 0) FROM territori_moderation_log UNION ALL "
                   "SELECT 'erasures', count(*) || '/' || coalesce(sum(id), 0) FROM territori.erasures UNION ALL "
                   "SELECT 'erasure', string_agg(layer || ':' || erased_at || ':' || erasure_fields::text, ';') "
                   "FROM territori.layers WHERE erased_at IS NOT NULL) s")
    matrix = sit.sql("SELECT string_agg(category || grp || privileges::text, ',' ORDER BY 1) FROM territori.access_matrix")
    return {"dump": dump, "roles": roles, "members": members, "seq": seq, "rows": rows, "matrix": matrix}


def make_project(path):
    """The demo project plus a participation layer without geometry and a reference layer."""
    with open(os.path.join(DEMO, "project.json"), encoding="utf-8") as fh:
        project = json.load(fh)
    project["layers"].append({"name": "osservazioni", "geometry": "none", "sync": {"access": "participation"},
                              "fields": [{"name": "testo", "type": "multiline"},
                                         {"name": "sezione", "type": "choice"},
                                         {"name": "consenso", "type": "boolean"}]})
    project["layers"].append({"name": "piano_bozza", "geometry": "polygon", "sync": {"access": "reference"},
                              "fields": [{"name": "titolo", "type": "text"}]})
    # the layer rules the demo does not exercise: required behind visibleIf (also behind a hidden field), patterns
    # with \d \w, minLength in UTF-16 units, a named value list in a multiple choice, read-only, no maxLength
    project["layers"].append({"name": "verifiche", "geometry": "point", "fields": [
        {"name": "tipo", "type": "choice", "required": True, "options": ["a", "b"]},
        {"name": "dettaglio", "type": "text", "required": True, "maxLength": 10,
         "visibleIf": {"field": "tipo", "equals": "b"}},
        {"name": "sotto", "type": "text", "required": True, "visibleIf": {"field": "dettaglio", "notEmpty": True}},
        {"name": "codice", "type": "text", "pattern": "\\d{3}-\\w+"},
        {"name": "sigla", "type": "text", "minLength": 3},
        {"name": "zone", "type": "multichoice", "options": "zone_omogenee", "visibleIf": {"field": "tipo", "in": ["a", "b"]}},
        {"name": "lungo", "type": "multiline"},
        {"name": "fisso", "type": "text", "readOnly": True}]})
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(project, fh, ensure_ascii=False)
    return project["id"]


def sit_processes(folder):
    """PIDs of live processes that mention the folder in their command line or environment."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        if int(pid) == os.getpid():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                cmd = fh.read()
            with open(f"/proc/{pid}/environ", "rb") as fh:
                env = fh.read()
        except OSError:
            continue
        if folder.encode() in cmd or f"QGIS_PROJECT_FILE={folder}".encode() in env:
            found.append((int(pid), cmd.replace(b"\0", b" ").decode(errors="replace")[:120]))
    return found


def worker_pids(sit, role):
    out = sit.run("status", sit.dir, check_rc=False).stdout
    return [int(p) for p in re.findall(rf"worker\s+pid (\d+)\s+{role}\b", out)]


def worker_pid(sit, role):
    pids = worker_pids(sit, role)
    return pids[0] if pids else None


def gone_or_zombie(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[1].split()[0] == "Z"
    except OSError:
        return True


# ------------------------------------------------------------------------------------------------ the checks
def check_crash_recovery(sit):
    """Stale pid files and orphaned workers after a crash must not break `up`."""
    lpid = int(open(os.path.join(sit.dir, "run", "lighttpd.pid")).read())
    wpid = int(open(os.path.join(sit.dir, "run", "watchdog.pid")).read())
    pgpid = int(open(os.path.join(sit.dir, "pg", "data", "postmaster.pid")).readline())
    workers = [worker_pid(sit, r) for r in ("surveyor", "citizen")]
    for pid in (wpid, lpid, pgpid):
        os.kill(pid, 9)
    time.sleep(0.5)
    _, elapsed = sit.up()
    check("up after kill -9 of lighttpd, watchdog and postmaster (stale pid files, orphaned workers)",
          sit.run("status", sit.dir, check_rc=False).returncode == 0
          and not any(w and os.path.exists(f"/proc/{w}") for w in workers), f"{workers}")
    log(f"     up after crash took {elapsed:.1f} s")


def check_idempotent(sit, project_json):
    before = schema_state(sit)
    kit = os.path.join(SERVER, "sql", "territori_sit.sql")
    for _ in range(2):
        sit.sql("SELECT 1", "-q", "-f", kit)
        layers = subprocess.run(["/usr/bin/python3", os.path.join(SERVER, "sitkit.py"), "sql", project_json,
                                 "--features", os.path.join(DEMO, "features")],
                                capture_output=True, text=True, check=True).stdout
        r = subprocess.run([SIT, "psql", sit.dir, "-X", "-q", "-v", "ON_ERROR_STOP=1"], input=layers,
                           capture_output=True, text=True)
        check("kit and layer SQL re-run without error", r.returncode == 0, r.stderr[-500:])
    _, elapsed = sit.up()
    after = schema_state(sit)
    diff = [k for k in before if before[k] != after[k]]
    check("kit install, layer SQL and `sit up` run twice change nothing (schema, roles, grants, seq, rows)",
          not diff, f"differs: {diff}")
    log(f"     up on a running SIT took {elapsed:.1f} s")


def check_seeds(sit, project_id):
    with open(os.path.join(DEMO, "features", "lum.geojson"), encoding="utf-8") as fh:
        feat = json.load(fh)["features"][0]
    u = str(uuid.uuid5(uuid.UUID("6d1f5a3e-2b7c-4e0a-9c55-7e3b1c2a9f10"), f"{project_id}/{feat['id']}"))
    fc = sit.get_features("surveyor", "lum", FEATUREID=f"lum.{u}")
    ok = len(fc["features"]) == 1
    p = fc["features"][0]["properties"] if ok else {}
    check("seeded sample feature has the app's uuid5 and its values (list as JSON text)",
          ok and p.get("nome") == feat["properties"]["nome"]
          and json.loads(p.get("servizi") or "null") == feat["properties"]["servizi"]
          and fc["features"][0]["geometry"]["coordinates"] == feat["geometry"]["coordinates"], json.dumps(p)[:300])


def check_insert_update_delete(sit):
    u = str(uuid.uuid4())
    status, body = sit.transaction("surveyor", insert_xml("lum", {"uuid": u, "nome": "Prova", "comune": "Milano",
                                                                  "nodo": "ferrovia", "last_op": "op-1"},
                                                          lonlat=(9.19123456, 45.46543210), handle="op-1"))
    totals, fids, _ = tx_summary(body)
    check("Insert answers fid <layer>.<uuid>", status == 200 and fids == [f"lum.{u}"], body)
    log(f"     InsertResults: {flat(body)}")
    row = sit.sql(f"SELECT ST_X(geometry), ST_Y(geometry), rev, last_op, updated_by, draft, deleted, "
                  f"created_at IS NOT NULL FROM lum WHERE uuid = '{u}'").split("|")
    check("Insert stored lon/lat as x/y, rev set, defaults applied by the trigger",
          row[:2] == ["9.19123456", "45.4654321"] and row[3:] == ["op-1", sit.creds["surveyor"][0], "f", "f", "t"], str(row))
    rev = int(row[2])

    status, body = sit.transaction("surveyor", update_xml("lum", {"nome": "CAS ok", "base_rev": rev, "last_op": "op-2"},
                                                          eq_filter(uuid=u, rev=rev), handle="op-2"))
    check("CAS Update with the right base_rev: totalUpdated=1", tx_summary(body)[0].get("totalUpdated") == 1, body)
    rev2 = int(sit.sql(f"SELECT rev FROM lum WHERE uuid = '{u}'"))
    status, body = sit.transaction("surveyor", update_xml("lum", {"nome": "stale", "base_rev": rev, "last_op": "op-3"},
                                                          eq_filter(uuid=u, rev=rev), handle="op-3"))
    check("stale CAS Update, Filter uuid+rev: totalUpdated=0", tx_summary(body)[0].get("totalUpdated") == 0, body)
    log(f"     stale CAS (filter uuid+rev): {flat(body)}")
    status, body = sit.transaction("surveyor", update_xml("lum", {"nome": "stale", "base_rev": rev, "last_op": "op-4"},
                                                          eq_filter(uuid=u), handle="op-4"))
    totals, _, msgs = tx_summary(body)
    check("stale CAS Update, Filter uuid only: totalUpdated=0 and the sync-conflict message",
          status == 200 and totals.get("totalUpdated") == 0 and any("sync-conflict" in m for m in msgs), body)
    log(f"     stale CAS (filter uuid, trigger): HTTP {status} {flat(body)}")
    check("row keeps the CAS winner", sit.sql(f"SELECT nome || '|' || last_op FROM lum WHERE uuid = '{u}'") == "CAS ok|op-2")

    sit.sql(f"UPDATE lum SET nome = 'desktop edit' WHERE uuid = '{u}'")
    row = sit.sql(f"SELECT coalesce(last_op, 'NULL') || '|' || updated_by || '|' || rev FROM lum WHERE uuid = '{u}'")
    check("an SQL update by the superuser clears last_op, sets updated_by and a new rev",
          row.split("|")[:2] == ["NULL", "postgres"] and int(row.split("|")[2]) > rev2, row)
    row_rev = int(row.split("|")[2])

    sit.sql(f"DELETE FROM lum WHERE uuid = '{u}'")
    fc = sit.get_features("surveyor", "territori_tombstones", kvp_filter(uuid=u))
    ok = len(fc["features"]) == 1
    props = fc["features"][0]["properties"] if ok else {}
    # the tombstones' primary key is (layer, uuid): QGIS joins a composite key with "@@" in the feature id
    check("hard delete by the superuser writes a tombstone, in GetFeature, rev > the row's",
          ok and fc["features"][0]["id"] == f"territori_tombstones.lum@@{u}" and props.get("layer") == "lum"
          and props.get("rev", 0) > row_rev and props.get("deleted_by") == "postgres", json.dumps(fc)[:400])
    log(f"     tombstone feature: {json.dumps(fc['features'][0] if ok else None, ensure_ascii=False)}")
    fc = sit.get_features("citizen", "territori_tombstones", (
        f'<Filter xmlns="http://www.opengis.net/ogc"><PropertyIsGreaterThan><PropertyName>rev</PropertyName>'
        f'<Literal>{row_rev}</Literal></PropertyIsGreaterThan></Filter>'), SORTBY="rev A")
    check("tombstone feed: rev > cursor (any role)", [f["properties"]["uuid"] for f in fc["features"]] == [u],
          json.dumps(fc)[:300])

    status, body = sit.transaction("surveyor", insert_xml("lum", {"uuid": u, "nome": "retry", "last_op": "op-1"},
                                                          lonlat=(9.19, 45.46), handle="op-1"))
    totals, fids, msgs = tx_summary(body)
    check("a retried Insert of a tombstoned uuid is refused",
          totals.get("totalInserted") == 0 and not fids
          and sit.sql(f"SELECT count(*) FROM lum WHERE uuid = '{u}'") == "0", body)
    log(f"     refused Insert: HTTP {status} {flat(body)}")
    pglog = open(os.path.join(sit.dir, "pg", "postgresql.log"), encoding="utf-8", errors="replace").read()
    check("the refusal's cause (sync-deleted) is in the PostgreSQL log", f"sync-deleted: uuid={u}" in pglog)

    # feed: rev > cursor, sorted, paged
    fc = sit.get_features("surveyor", "lum", ('<Filter xmlns="http://www.opengis.net/ogc"><PropertyIsGreaterThan>'
                                              '<PropertyName>rev</PropertyName><Literal>0</Literal>'
                                              '</PropertyIsGreaterThan></Filter>'),
                          SORTBY="rev A", MAXFEATURES="5", STARTINDEX="5")
    revs = [f["properties"]["rev"] for f in fc["features"]]
    check("feed: rev > cursor, SORTBY rev, MAXFEATURES/STARTINDEX page", len(revs) == 5 and revs == sorted(revs), revs)


def psql_session(sit):
    """A superuser psql kept open (one session, so a transaction can stay in flight); results one per line."""
    return subprocess.Popen(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", os.path.join(sit.dir, "pg", "run"),
                             "-p", str(sit.pg_port), "-U", "postgres", "-d", "sit"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)


def ask(session, query):
    session.stdin.write(query + "\n")
    session.stdin.flush()
    return session.stdout.readline().strip()


WM_INSERT = ("INSERT INTO public.aree_dismesse (uuid, draft, nome, comune, geometry) VALUES (gen_random_uuid()::text, "
             "true, '{name}', 'Milano', ST_SetSRID(ST_MakeEnvelope(9.1, 45.4, 9.1001, 45.4001), 4326)) RETURNING rev")


def check_writers_and_watermark(sit):
    """Issue #15: writers do not wait for each other, and the feed watermark still settles only what no commit can
    change (docs/sync.md, "A pull never skips a commit")."""
    # A transaction in flight with a low revision, another one committing a higher one meanwhile
    a = psql_session(sit)
    ask(a, "BEGIN;")
    rev_a = int(ask(a, WM_INSERT.format(name="wm in flight") + ";"))
    b = subprocess.run([SIT, "psql", sit.dir, "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", "SET lock_timeout = '5s'",
                        "-c", WM_INSERT.format(name="wm committed")], capture_output=True, text=True, timeout=60)
    committed = b.returncode == 0
    check("a writer does not wait for another writer's open transaction", committed, b.stderr.strip())
    rev_b = next((int(v) for v in b.stdout.split("\n") if v.strip().isdigit()), 0) if committed else 0
    h_during = int(sit.sql("SELECT high_water FROM territori_feed_state"))
    check("the watermark stays below a revision still in flight, whatever committed above it",
          rev_b > rev_a and h_during < rev_a, f"in flight {rev_a}, committed {rev_b}, watermark {h_during}")
    ask(a, "COMMIT;")
    a.stdin.close()
    a.wait(timeout=30)
    h_after = int(sit.sql("SELECT high_water FROM territori_feed_state"))
    check("once it commits, the watermark passes both", h_after >= max(rev_a, rev_b), f"watermark {h_after}")

    # Many small writers, and a reader that reads the watermark and right after it counts the rows at or below it.
    # Rows are only inserted, so a count may never grow later: a commit landing at or below a watermark read before
    # it is a revision a device would skip for good.
    pgbench = sorted(__import__("glob").glob("/usr/lib/postgresql/*/bin/pgbench"))
    if not check("pgbench is installed (postgresql)", bool(pgbench)):
        return
    script = os.path.join(sit.dir, "wm-insert.sql")
    with open(script, "w", encoding="utf-8") as fh:
        fh.write("\\set x random(0, 1000000)\n" + WM_INSERT.replace("'{name}'", "'wm ' || :x") + ";\n")
    os.chmod(script, 0o644)
    writers = subprocess.Popen([pgbench[-1], "-n", "-h", os.path.join(sit.dir, "pg", "run"), "-p", str(sit.pg_port),
                                "-U", "postgres", "-c", "12", "-j", "2", "-T", "8", "-f", script, "sit"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    reader = psql_session(sit)
    samples = []
    while writers.poll() is None:
        reader.stdin.write("SELECT high_water FROM territori_feed_state \\gset\n")
        line = ask(reader, "SELECT :high_water || ' ' || count(*) FROM public.aree_dismesse "
                           "WHERE nome LIKE 'wm %' AND rev <= :high_water;")
        samples.append(tuple(int(v) for v in line.split()))
    out = writers.communicate()[0]
    reader.stdin.close()
    reader.wait(timeout=30)
    written = int(sit.sql("SELECT count(*) FROM public.aree_dismesse WHERE nome LIKE 'wm %'"))
    check("12 writers committed small transactions meanwhile", writers.returncode == 0 and written > 500,
          f"{written} rows; pgbench: {out[-400:]}")
    # every watermark read, counted again now, in one query
    values = ",".join(f"({h},{n})" for h, n in samples) or "(0,0)"
    late = [tuple(int(v) for v in row.split("|")) for row in sit.sql(
        f"SELECT s.h, s.n, (SELECT count(*) FROM public.aree_dismesse WHERE nome LIKE 'wm %' AND rev <= s.h) AS now "
        f"FROM (VALUES {values}) AS s(h, n)").splitlines()]
    late = [x for x in late if x[1] != x[2]]
    check(f"no commit landed at or below a watermark already read ({len(samples)} reads)",
          len(samples) >= 20 and not late, f"{len(late)} watermarks were passed by late commits, e.g. {late[:3]}")


def check_auth(sit):
    caps = {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetCapabilities"}
    st = sit.ows("surveyor", caps, auth=("", ""))[0]
    st_none = sit.request(f"{sit.base}/ows/surveyor/?SERVICE=WFS&REQUEST=GetCapabilities")[0]
    check("no credentials: 401", st_none == 401 and st == 401, f"{st_none} {st}")
    st = sit.ows("surveyor", caps, auth=sit.creds["citizen"])[0]
    check("credentials of another role: 401/403", st in (401, 403), st)
    st = sit.ows("surveyor", caps, auth=(sit.creds["surveyor"][0], "wrong"))[0]
    check("wrong password: 401", st == 401, st)
    st = sit.request(f"{sit.base}/dav/attachments/" + "0" * 64, method="HEAD")[0]
    check("WebDAV without credentials: 401", st == 401, st)


def check_roles(sit):
    caps = sit.ows("citizen", {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetCapabilities"})[1].decode()
    m = re.search(r"<Name>lum</Name>.*?<Operations>(.*?)</Operations>", caps, re.S)
    check("citizen GetCapabilities: survey layer lum is Query only", m and "Insert" not in m.group(1)
          and "Update" not in m.group(1), m.group(1) if m else caps[:300])
    caps_map = sit.ows("citizen", {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetCapabilities",
                                   "MAP": os.path.join(sit.dir, "qgis", "surveyor.qgs")})[1].decode()
    check("MAP= cannot switch a role's endpoint to another project", "Territori SIT (citizen)" in caps_map
          and "Territori SIT (surveyor)" not in caps_map)
    u = sit.sql("SELECT uuid FROM lum ORDER BY rev LIMIT 1")
    before = sit.sql(f"SELECT nome || rev FROM lum WHERE uuid = '{u}'")
    status, body = sit.transaction("citizen", update_xml("lum", {"nome": "citizen was here"}, eq_filter(uuid=u)))
    totals = tx_summary(body)[0] if status == 200 and body.startswith("<TransactionResponse") else {}
    check("citizen endpoint refuses a WFS-T Update on a survey layer",
          totals.get("totalUpdated", 0) == 0 and sit.sql(f"SELECT nome || rev FROM lum WHERE uuid = '{u}'") == before,
          f"HTTP {status} {body[:400]}")
    log(f"     citizen Update on lum: HTTP {status} {flat(body, '<')[:300]}")
    env = dict(os.environ, PGSERVICEFILE=os.path.join(sit.dir, "etc", "pg_service.conf"))
    r = subprocess.run(["psql", "-X", "service=sit_citizen", "-c", f"UPDATE lum SET nome = 'x' WHERE uuid = '{u}'"],
                       capture_output=True, text=True, env=env)
    check("the database refuses it too (psql as sit_citizen)", r.returncode != 0 and "permission denied" in r.stderr,
          r.stderr)
    r = subprocess.run(["psql", "-X", "service=sit_surveyor", "-c", f"DELETE FROM lum WHERE uuid = '{u}'"],
                       capture_output=True, text=True, env=env)
    check("no role may hard-delete (psql as sit_surveyor)", r.returncode != 0 and "permission denied" in r.stderr,
          r.stderr)

    # participation layer without geometry: citizen inserts, moderator updates (needs the nullable geometry: Q9)
    o = str(uuid.uuid4())
    status, body = sit.transaction("citizen", insert_xml("osservazioni", {"uuid": o, "testo": "Più verde, meno – asfalto",
                                                                          "consenso": "true"}))
    check("citizen Insert on a participation layer", tx_summary(body)[1] == [f"osservazioni.{o}"], body)
    o_rev = sit.sql(f"SELECT rev FROM osservazioni WHERE uuid = '{o}'")
    status, body = sit.transaction("moderator", update_xml("osservazioni", {"moderazione": "pubblicato", "base_rev": o_rev},
                                                           eq_filter(uuid=o)))
    check("moderator Update on the geometry-less participation layer (moderation columns added by the kit)",
          tx_summary(body)[0].get("totalUpdated") == 1, body)
    status, body = sit.transaction("citizen", update_xml("osservazioni", {"testo": "changed"}, eq_filter(uuid=o)))
    check("citizen Update on a participation layer is refused",
          sit.sql(f"SELECT testo FROM osservazioni WHERE uuid = '{o}'") == "Più verde, meno – asfalto", body[:300])
    status, body = sit.transaction("surveyor", insert_xml("piano_bozza", {"uuid": str(uuid.uuid4()), "titolo": "x"}))
    check("nobody inserts into a reference layer (surveyor)",
          sit.sql("SELECT count(*) FROM piano_bozza") == "0", f"HTTP {status} {body[:300]}")


def capabilities(sit, role):
    """{typename: set of operations} from a role's WFS 1.1 GetCapabilities."""
    body = sit.ows(role, {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetCapabilities"})[1]
    wfs = "{http://www.opengis.net/wfs}"
    return {ft.findtext(wfs + "Name"): {op.text for op in ft.iter(wfs + "Operation")}
            for ft in ET.fromstring(body).iter(wfs + "FeatureType")}


def psql_as(sit, role, query):
    env = dict(os.environ, PGSERVICEFILE=os.path.join(sit.dir, "etc", "pg_service.conf"))
    return subprocess.run(["psql", "-X", "-At", f"service=sit_{role}", "-c", query], capture_output=True, text=True,
                          env=env, timeout=30)


def pg_log(sit):
    return open(os.path.join(sit.dir, "pg", "postgresql.log"), encoding="utf-8", errors="replace").read()


def comment(u, draft, version=1, **extra):
    props = {"uuid": u, "bozza": draft, "versione": version, "paragrafo": "1.1", "posizione": "proposta",
             "testo": "Servono più alberi lungo la via", "partecipante": "P-7K2Q", "tavolo": "T-01", "last_op": "op-c"}
    props.update(extra)
    return insert_xml("commenti", props)


def check_access_categories(sit):
    """Grants, published capabilities and read filters of the categories participation, tables and personal."""
    want = {  # role -> layer -> privileges held (table or any column), as has_*_privilege tells
        "surveyor": {"commenti": "SI", "contributi": "SI", "tavoli": "SIU", "partecipanti": "SIU", "sttm_paragrafi": "S"},
        "officer": {"commenti": "SI", "contributi": "SI", "tavoli": "SIU", "partecipanti": "SIU", "sttm_paragrafi": "S"},
        "moderator": {"commenti": "SU", "contributi": "SU", "tavoli": "S", "partecipanti": "S", "sttm_paragrafi": "S"},
        "citizen": {"commenti": "SI", "contributi": "SI", "tavoli": "S", "partecipanti": "", "sttm_paragrafi": "S"},
    }
    got = {}
    for role, layers in want.items():
        got[role] = {}
        for layer in layers:
            got[role][layer] = sit.sql(
                f"SELECT CASE WHEN has_table_privilege('sit_{role}', '{layer}', 'SELECT') THEN 'S' ELSE '' END || "
                f"CASE WHEN has_any_column_privilege('sit_{role}', '{layer}', 'INSERT') THEN 'I' ELSE '' END || "
                f"CASE WHEN has_any_column_privilege('sit_{role}', '{layer}', 'UPDATE') THEN 'U' ELSE '' END || "
                f"CASE WHEN has_table_privilege('sit_{role}', '{layer}', 'DELETE') THEN 'D' ELSE '' END")
    check("grants of the categories participation, tables, personal and reference per role", got == want,
          json.dumps(got))
    cols = sit.sql("SELECT string_agg(attname, ',' ORDER BY attname) FROM pg_attribute "
                   "WHERE attrelid = 'commenti'::regclass AND attnum > 0 AND NOT attisdropped "
                   "AND has_column_privilege('sit_moderator', 'commenti', attname, 'UPDATE')")
    check("the moderator may update only the moderation columns (and the geometry QGIS needs)",
          cols == "base_rev,geometry,last_op,moderazione,motivo_moderazione,updated_by", cols)

    ops = {"S": {"Query"}, "SI": {"Query", "Insert"}, "SU": {"Query", "Update"}, "SIU": {"Query", "Insert", "Update"}}
    for role, layers in want.items():
        caps = capabilities(sit, role)
        published = {layer: caps.get(layer) for layer in layers}
        expected = {layer: ops.get(p) for layer, p in layers.items()}
        check(f"{role}'s project publishes exactly what its grants allow (WFS-T Insert/Update), feeds read-only",
              published == expected and caps.get("territori_moderation") == {"Query"}
              and caps.get("territori_tombstones") == {"Query"}, f"{published} {caps.get('territori_moderation')}")
        check(f"{role}'s project " + ("publishes the moderation log read-only" if role == "moderator" else
                                      "does not publish the moderation log"),
              caps.get("territori_moderation_log") == ({"Query"} if role == "moderator" else None),
              caps.get("territori_moderation_log"))
    qgs = open(os.path.join(sit.dir, "qgis", "citizen.qgs"), encoding="utf-8").read()
    check("the citizen's project does not name partecipanti at all", "partecipanti" not in qgs)
    subsets = {}
    for role in ("citizen", "surveyor", "officer", "moderator"):
        root = ET.parse(os.path.join(sit.dir, "qgis", f"{role}.qgs")).getroot()
        for ml in root.iter("maplayer"):
            m = re.search(r" sql=(.*)$", ml.findtext("datasource") or "")
            if m and m.group(1).strip():
                subsets[f"{role}/{ml.findtext('layername')}"] = m.group(1).strip()
    # each participation layer's anti-entropy digest carries the layer's subset, so a role's digest covers exactly
    # the rows it reads
    participation = ("commenti", "contributi", "osservazioni")
    check("only the citizen's project filters, and only the participation layers and their digests: "
          "\"moderazione\" = 'pubblicato'",
          subsets == {f"citizen/{p}{n}": "\"moderazione\" = 'pubblicato'"
                      for n in participation for p in ("", "territori_digest_")},
          json.dumps(subsets))


def check_participation(sit):
    """Moderation defaults, the citizen's view, moderator's rights, the moderation feed."""
    cur = int(sit.sql("SELECT last_value FROM territori.sync_rev"))
    sit.sql("INSERT INTO sttm_paragrafi (bozza, strategia, versione, sezione, paragrafo, titolo, apertura, chiusura) "
            "VALUES ('TEST-OPEN', 'sttm1', 1, 'strategico', '1.1', 'Aperta', current_date - 1, current_date + 1), "
            "('TEST-CLOSED', 'sttm1', 1, 'strategico', '1.1', 'Chiusa', current_date - 30, current_date - 2)")
    mine, other, published = (str(uuid.uuid4()) for _ in range(3))
    status, body = sit.transaction("citizen", comment(mine, "TEST-OPEN", moderazione="pubblicato",
                                                      motivo_moderazione="mi pubblico da solo"))
    check("citizen Insert on commenti (open draft) answers the fid", tx_summary(body)[1] == [f"commenti.{mine}"], body)
    row = sit.sql(f"SELECT moderazione || '|' || coalesce(motivo_moderazione, 'NULL') || '|' || rev FROM commenti "
                  f"WHERE uuid = '{mine}'")
    check("a citizen's entry sent as 'pubblicato' is stored in_attesa, without reason", row.startswith("in_attesa|NULL|"),
          row)
    mine_rev = int(row.split("|")[2])
    for u, state in ((other, "nascosto"), (published, "pubblicato")):
        sit.sql(f"INSERT INTO commenti (uuid, bozza, versione, paragrafo, posizione, testo, moderazione) "
                f"VALUES ('{u}', 'TEST-OPEN', 1, '1.1', 'proposta', 'altro', '{state}')")   # the superuser keeps the state
    seen = {f["properties"]["uuid"]: f["properties"]["moderazione"]
            for f in sit.get_features("citizen", "commenti")["features"]}
    check("a citizen's GetFeature of commenti returns only published entries",
          seen.get(published) == "pubblicato" and mine not in seen and other not in seen
          and set(seen.values()) <= {"pubblicato"}, json.dumps(seen))
    check("... also by feature id (its own pending entry included)",
          sit.get_features("citizen", "commenti", FEATUREID=f"commenti.{mine}")["features"] == [])
    check("the moderator reads every entry",
          len(sit.get_features("moderator", "commenti", FEATUREID=f"commenti.{mine},commenti.{other}")["features"]) == 2)

    status, body = sit.transaction("citizen", update_xml("commenti", {"testo": "cambiato"}, eq_filter(uuid=mine)))
    check("citizen WFS-T Update on commenti refused by QGIS (no permission in its project)",
          "No permissions to do WFS updates on layer 'commenti'" in body, body[-300:])
    r = psql_as(sit, "citizen", f"UPDATE commenti SET testo = 'x' WHERE uuid = '{mine}'")
    check("... and by PostgreSQL (psql as sit_citizen)", r.returncode != 0 and "permission denied" in r.stderr, r.stderr)

    status, body = sit.transaction("moderator", update_xml("commenti", {"testo": "riscritto", "last_op": "m-0"},
                                                           eq_filter(uuid=mine)))
    totals, _, msgs = tx_summary(body)
    check("moderator Update of testo refused (PostgreSQL: permission denied, through QGIS)",
          totals.get("totalUpdated") == 0 and any("permission denied" in m for m in msgs)
          and sit.sql(f"SELECT testo FROM commenti WHERE uuid = '{mine}'") == "Servono più alberi lungo la via", body)
    r = psql_as(sit, "moderator", f"UPDATE commenti SET geometry = ST_GeomFromText('POLYGON((9 45,9.1 45,9.1 45.1,9 45))', 4326) "
                                  f"WHERE uuid = '{mine}'")
    check("a moderator's geometry change is refused by the trigger", r.returncode != 0 and "moderation-geometry" in r.stderr,
          r.stderr)
    r = psql_as(sit, "moderator", f"UPDATE commenti SET moderazione = 'approvato' WHERE uuid = '{mine}'")
    check("an unknown moderation state is refused", r.returncode != 0 and "moderation-invalid" in r.stderr, r.stderr)

    status, body = sit.transaction("moderator", update_xml(
        "commenti", {"moderazione": "pubblicato", "motivo_moderazione": "Pertinente", "base_rev": mine_rev,
                     "last_op": "m-1", "updated_by": "moderatore"}, eq_filter(uuid=mine, rev=mine_rev)))
    check("moderator CAS Update of moderazione, motivo, base_rev, last_op, updated_by: totalUpdated=1",
          tx_summary(body)[0].get("totalUpdated") == 1, body)
    row = sit.sql(f"SELECT rev || '|' || last_op || '|' || updated_by FROM commenti WHERE uuid = '{mine}'").split("|")
    feed = sit.get_features("citizen", "territori_moderation", (
        f'<Filter xmlns="http://www.opengis.net/ogc"><PropertyIsGreaterThan><PropertyName>rev</PropertyName>'
        f'<Literal>{cur}</Literal></PropertyIsGreaterThan></Filter>'), SORTBY="rev A")["features"]
    entry = {f["properties"]["uuid"]: f for f in feed}.get(mine)
    p = entry["properties"] if entry else {}
    check("moderation feed (read by the citizen): the entry is pubblicato with its reason, rev > the entry's",
          entry is not None and entry["id"] == f"territori_moderation.commenti@@{mine}" and p.get("layer") == "commenti"
          and p.get("stato") == "pubblicato" and p.get("motivo") == "Pertinente" and p.get("rev", 0) > int(row[0])
          and row[1:] == ["m-1", "moderatore"], json.dumps(entry))
    log(f"     moderation feed entry: {json.dumps(entry, ensure_ascii=False)}")
    check("the moderation feed holds the other entries' state but nothing of their content, nor who decided",
          {f["properties"]["uuid"]: f["properties"]["stato"] for f in feed if f["properties"]["uuid"] in (other, published)}
          == {other: "nascosto", published: "pubblicato"}
          and all(set(f["properties"]) == {"layer", "uuid", "stato", "motivo", "rev", "deciso_il"} for f in feed),
          json.dumps(feed)[:400])
    decided = sit.sql(f"SELECT extract(epoch FROM deciso_il) FROM territori_moderation WHERE uuid = '{mine}'")
    check("... but when: deciso_il, the time of the decision",
          p.get("deciso_il", "").endswith("Z") and abs(time.time() - float(decided or 0)) < 600, json.dumps(p))
    mod_entry = sit.get_features("moderator", "territori_moderation", FEATUREID=f"territori_moderation.commenti@@{mine}")
    mp = mod_entry["features"][0]["properties"] if mod_entry["features"] else {}
    check("the moderator's feed names who decided (deciso_da: the moderator's account) and when",
          mp.get("deciso_da") == "moderatore" and mp.get("deciso_il") == p.get("deciso_il") and mp.get("rev") == p.get("rev"),
          json.dumps(mp))
    check("the published entry is now in the citizen's GetFeature",
          len(sit.get_features("citizen", "commenti", FEATUREID=f"commenti.{mine}")["features"]) == 1)
    feed_rev = p.get("rev", 0)
    status, body = sit.transaction("moderator", update_xml(
        "commenti", {"moderazione": "nascosto", "motivo_moderazione": "Contiene dati personali", "last_op": "m-2",
                     "base_rev": sit.sql(f"SELECT rev FROM commenti WHERE uuid = '{mine}'")}, eq_filter(uuid=mine)))
    row = sit.sql(f"SELECT m.stato || '|' || m.motivo || '|' || m.rev || '|' || c.rev FROM territori_moderation m "
                  f"JOIN commenti c ON c.uuid = m.uuid WHERE m.layer = 'commenti' AND m.uuid = '{mine}'").split("|")
    check("hiding it: feed row nascosto with the reason, a new rev above the entry's",
          row[:2] == ["nascosto", "Contiene dati personali"] and int(row[2]) > int(row[3]) > feed_rev, str(row))
    check("... and it is gone from the citizen's GetFeature",
          sit.get_features("citizen", "commenti", FEATUREID=f"commenti.{mine}")["features"] == [])

    # the log of decisions: every one, who and when, for moderators only, never changed
    log_rows = sit.get_features("moderator", "territori_moderation_log", kvp_filter(uuid=mine), SORTBY="rev A")["features"]
    got = [(f["id"], f["properties"]["stato"], f["properties"]["motivo"], f["properties"]["deciso_da"]) for f in log_rows]
    check("the moderation log (moderator): both decisions on the entry, under the feed's revs, with who decided",
          got == [(f"territori_moderation_log.{feed_rev}", "pubblicato", "Pertinente", "moderatore"),
                  (f"territori_moderation_log.{row[2]}", "nascosto", "Contiene dati personali", "moderatore")]
          and all(f["properties"]["deciso_il"] for f in log_rows), json.dumps(log_rows)[:500])
    check("... and the decisions made at insert (the states the DBA gave)",
          sit.sql(f"SELECT string_agg(uuid || ':' || stato || ':' || deciso_da, ',' ORDER BY stato) FROM territori_moderation_log "
                  f"WHERE uuid IN ('{other}', '{published}', '{mine}') AND rev < {feed_rev}")
          == f"{other}:nascosto:postgres,{published}:pubblicato:postgres")
    r1 = psql_as(sit, "citizen", "SELECT deciso_da FROM territori_moderation LIMIT 1")
    r2 = psql_as(sit, "surveyor", "SELECT count(*) FROM territori_moderation_log")
    r3 = psql_as(sit, "citizen", "SELECT count(*) FROM territori.moderation_public")
    check("the database too: only moderators read who decided (the feed's table, the log); the rest read the feed "
          "without it", r1.returncode != 0 and "permission denied" in r1.stderr and r2.returncode != 0
          and "permission denied" in r2.stderr and r3.returncode == 0, r1.stderr + r2.stderr + r3.stderr)
    refused = []
    for stmt in ("UPDATE territori_moderation_log SET deciso_da = 'altri'", "DELETE FROM territori_moderation_log",
                 "TRUNCATE territori_moderation_log"):
        try:
            sit.sql(stmt)
        except RuntimeError as e:
            refused.append("append-only" in str(e))
    check("the moderation log is append-only (UPDATE, DELETE, TRUNCATE refused, even to the DBA)",
          refused == [True, True, True], refused)

    # contributions: the same rules
    c = str(uuid.uuid4())
    status, body = sit.transaction("surveyor", insert_xml("contributi", {
        "uuid": c, "tema": "rete_verde", "titolo": "Filare da ricostruire", "partecipante": "P-7K2Q",
        "moderazione": "pubblicato"}, lonlat=(9.12, 45.41)))
    check("a surveyor's contribution sent as 'pubblicato' is stored in_attesa and is in the feed, undecided "
          "(no deciso_da, deciso_il, nothing in the log)",
          sit.sql(f"SELECT c.moderazione || '|' || m.stato || '|' || (m.rev > c.rev) || '|' || coalesce(m.deciso_da, 'NULL') "
                  f"|| coalesce(m.deciso_il::text, 'NULL') || '|' || (SELECT count(*) FROM territori_moderation_log l "
                  f"WHERE l.uuid = c.uuid) FROM contributi c JOIN "
                  f"territori_moderation m ON m.layer = 'contributi' AND m.uuid = c.uuid WHERE c.uuid = '{c}'")
          == "in_attesa|in_attesa|true|NULLNULL|0", body[-300:])


def check_comment_window(sit):
    """The SIT refuses comments outside a draft's window (drafts made by check_participation)."""
    results = {}
    for name, draft, extra in (("open", "TEST-OPEN", {}), ("reply-open", "TEST-OPEN", {"risposta_a": "x"}),
                               ("closed", "TEST-CLOSED", {}), ("reply-closed", "TEST-CLOSED", {"risposta_a": "x"}),
                               ("unknown", "TEST-NONE", {}), ("old-version", "TEST-OPEN", {"versione": 2})):
        u = str(uuid.uuid4())
        extra = dict(extra)
        version = extra.pop("versione", 1)
        status, body = sit.transaction("citizen", comment(u, draft, version, **extra))
        results[name] = (tx_summary(body)[0].get("totalInserted"), sit.sql(f"SELECT count(*) FROM commenti WHERE uuid = '{u}'"))
    check("comments (and replies) on an open draft are accepted", results["open"] == results["reply-open"] == (1, "1"),
          str(results))
    check("comments (and replies) on a closed draft, an unknown draft or version are refused",
          all(results[k] == (0, "0") for k in ("closed", "reply-closed", "unknown", "old-version")), str(results))
    log_text = pg_log(sit)
    closed = re.search(r"comment-window-closed: draft TEST-CLOSED version 1 accepts comments from (\S+) to (\S+)", log_text)
    check("the refusals' causes are in the PostgreSQL log: comment-window-closed (with the window), comment-draft-unknown",
          closed is not None and "comment-draft-unknown: draft TEST-NONE version 1 does not exist" in log_text
          and "comment-draft-unknown: draft TEST-OPEN version 2 does not exist" in log_text, closed)
    if closed:
        log(f"     {closed.group(0)}")
    sit.sql("UPDATE sttm_paragrafi SET deleted = true WHERE bozza = 'TEST-OPEN'")
    u = str(uuid.uuid4())
    sit.transaction("citizen", comment(u, "TEST-OPEN"))
    check("a draft whose paragraphs are (soft-)deleted takes no comments",
          sit.sql(f"SELECT count(*) FROM commenti WHERE uuid = '{u}'") == "0")
    rows = sit.sql("SELECT string_agg(bozza || versione || ':' || (territori.today() BETWEEN apertura AND chiusura) || ':' "
                   "|| (apertura - territori.today()) || ':' || (chiusura - territori.today()), ',' ORDER BY bozza, versione) "
                   "FROM (SELECT DISTINCT bozza, versione, apertura, chiusura FROM sttm_paragrafi "
                   "WHERE bozza LIKE 'STTM%') d")
    check("demo drafts seeded with dates relative to today: STTM1 v2 and STTM2 open, STTM1 v1 and STTM3 closed",
          rows == "STTM11:false:-150:-60,STTM12:true:-20:70,STTM21:true:-35:55,STTM31:false:-200:-110", rows)


def check_erasure(sit):
    """Personal data: the officer erases through WFS-T, the DBA with territori.erase_participant()."""
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    email = f"mario.rossi.{a[:8]}@esempio.it"
    for u, code, mail in ((a, "P-ER4S", email), (b, "P-DB4A", "anna.bianchi@esempio.it")):
        status, body = sit.transaction("officer", insert_xml("partecipanti", {
            "uuid": u, "codice": code, "tavolo": "T-01", "consenso_il": "2026-11-30T10:00:00Z",
            "consenso_versione": "informativa-2026-1", "nome": "Mario Rossi", "email": mail}))
        check(f"officer inserts participant {code}", tx_summary(body)[1] == [f"partecipanti.{u}"], body[-300:])
    rev = int(sit.sql(f"SELECT rev FROM partecipanti WHERE uuid = '{a}'"))
    status, body = sit.transaction("officer", update_xml("partecipanti", {
        "nome": None, "email": None, "cancellato_il": "2026-12-01T09:00:00Z", "base_rev": rev, "last_op": "e-1"},
        eq_filter(uuid=a, rev=rev)))
    row = sit.sql(f"SELECT coalesce(nome, 'NULL') || '|' || coalesce(email, 'NULL') || '|' || "
                  f"(cancellato_il = '2026-12-01T09:00:00Z') || '|' || codice FROM partecipanti WHERE uuid = '{a}'")
    check("erasure by the officer through WFS-T: nome and email NULL, cancellato_il set, code kept",
          tx_summary(body)[0].get("totalUpdated") == 1 and row == "NULL|NULL|true|P-ER4S", row)
    n = sit.sql("SELECT territori.erase_participant('P-DB4A')")
    row = sit.sql(f"SELECT coalesce(nome, 'NULL') || '|' || coalesce(email, 'NULL') || '|' || (cancellato_il IS NOT NULL) "
                  f"FROM partecipanti WHERE uuid = '{b}'")
    check("territori.erase_participant(code) for the DBA", n == "1" and row == "NULL|NULL|true"
          and sit.sql("SELECT territori.erase_participant('P-DB4A')") == "0", f"{n} {row}")
    check("a citizen cannot read participants (psql as sit_citizen)",
          "permission denied" in psql_as(sit, "citizen", "SELECT count(*) FROM partecipanti").stderr)
    personal = sit.sql("SELECT string_agg(DISTINCT c.relname, ',') FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                       "JOIN territori.layers l ON l.table_name = c.relname WHERE a.attname IN ('email', 'nome', "
                       "'cognome', 'telefono') AND l.access IN ('participation', 'tables', 'personal')")
    check("participation and table sessions carry no personal fields (only the participant's code)",
          personal == "partecipanti", personal)
    logs = [os.path.join(sit.dir, "log", f) for f in os.listdir(os.path.join(sit.dir, "log"))]
    logs.append(os.path.join(sit.dir, "pg", "postgresql.log"))
    leaked = [f for f in logs if email in open(f, encoding="utf-8", errors="replace").read()]
    check("the e-mail address is in no log of the SIT", not leaked, str(leaked))


def files_holding(folder, token):
    """Every regular file under the folder whose bytes contain the token (grep -r -a), relative to the folder."""
    hits = []
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            try:
                if not stat.S_ISREG(os.lstat(path).st_mode):
                    continue
                with open(path, "rb") as fh:
                    if token in fh.read():
                        hits.append(os.path.relpath(path, folder))
            except OSError:
                continue    # gone meanwhile (a WAL segment removed, a temporary file)
    return sorted(hits)


def check_erasure_final(sit):
    """Erasure holds and leaves the database files: the SIT clears what an erased row is sent (a tablet's "keep mine"
    of the e-mail), keeps the first time of erasure, and sit-sweeper rewrites the table and purges the WAL, after
    which no file of the SIT folder holds the erased values (SIT_TEST_NO_SWEEPER=1 stops the sweeper first: this
    check then fails, showing where the values stay)."""
    if os.environ.get("SIT_TEST_NO_SWEEPER") == "1":
        pid = int(open(os.path.join(sit.dir, "run", "sweeper.pid")).read())
        os.kill(pid, 15)
        while not gone_or_zombie(pid):
            time.sleep(0.1)
        log(f"     SIT_TEST_NO_SWEEPER=1: sweeper pid {pid} stopped")
    tag = "zq" + uuid.uuid4().hex[:12]       # in every personal value below, and nowhere else
    token = tag.encode()
    surveyor = sit.creds["surveyor"][0]
    a, b, c = (str(uuid.uuid4()) for _ in range(3))
    code = {u: "P-" + uuid.uuid4().hex[:6].upper() for u in (a, b, c)}
    person = {a: (f"ada {tag}n1", f"ada.{tag}e1@esempio.it", f"ada.{tag}e2@esempio.it"),
              b: (f"bice {tag}n2", f"bice.{tag}e3@esempio.it", f"bice.{tag}e4@esempio.it")}

    def row(u):
        return sit.sql(f"SELECT coalesce(nome, 'NULL') || '|' || coalesce(email, 'NULL') || '|' || (geometry IS NULL) "
                       f"|| '|' || coalesce(to_char(cancellato_il AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                       f"'NULL') || '|' || codice || '|' || rev FROM partecipanti WHERE uuid = '{u}'").split("|")

    def update(u, props, base=None, handle="op"):
        rev = base if base is not None else row(u)[5]
        st, body = sit.transaction("surveyor", update_xml("partecipanti", dict(props, base_rev=rev, last_op=handle),
                                                          eq_filter(uuid=u), handle=handle))
        totals, _, msgs = tx_summary(body)
        return totals.get("totalUpdated"), " ".join(msgs), body

    for u, (name, mail, _) in person.items():
        st, body = sit.transaction("surveyor", insert_xml("partecipanti", {
            "uuid": u, "codice": code[u], "tavolo": "T-01", "consenso_il": "2026-11-30T10:00:00Z",
            "consenso_versione": "informativa-2026-1", "nome": name, "email": mail}, lonlat=(9.19, 45.46)))
        check(f"erasure on disk: the surveyor inserts participant {code[u]} (marked name and e-mail, a position)",
              tx_summary(body)[1] == [f"partecipanti.{u}"], body[-300:])
    old_rev = {}
    for u, (_, _, mail2) in person.items():
        old_rev[u] = row(u)[5]
        n, msg, body = update(u, {"email": mail2}, handle="op-mail")
        check("... and changes the e-mail once (the first one is now only in an old row version)",
              n == 1 and row(u)[1] == mail2, body[-300:])

    # A: erased by a device through WFS-T, sending only cancellato_il: the SIT clears the rest itself
    n, msg, body = update(a, {"cancellato_il": "2026-12-02T10:00:00Z"}, handle="op-erase")
    check("erasure through WFS-T setting only cancellato_il: the SIT clears name, e-mail and position, keeps the code",
          n == 1 and row(a)[:5] == ["NULL", "NULL", "true", "2026-12-02T10:00:00Z", code[a]], f"{row(a)} {body[-300:]}")
    # B: erased by the DBA's helper
    check("erasure with territori.erase_participant(code)",
          sit.sql(f"SELECT territori.erase_participant('{code[b]}')") == "1" and row(b)[:3] == ["NULL", "NULL", "true"],
          row(b))
    first_b = row(b)[3]
    # another tablet, which had changed the e-mail meanwhile, keeps its version ("keep mine": sent against the SIT's
    # revision): the write goes through, the values do not
    for u, (name, mail, mail2) in person.items():
        n, msg, body = update(u, {"email": mail2, "nome": name}, handle="op-keep-mine")
        r = row(u)
        check(f"a tablet's 'keep mine' of the e-mail after the erasure is accepted (not left stuck) and cleared "
              f"({'WFS-T' if u == a else 'helper'} erasure)",
              n == 1 and r[:3] == ["NULL", "NULL", "true"] and r[3] == ("2026-12-02T10:00:00Z" if u == a else first_b)
              and sit.sql(f"SELECT last_op || '|' || updated_by FROM partecipanti WHERE uuid = '{u}'")
              == f"op-keep-mine|{surveyor}", f"{r} {body[-300:]}")
    n, msg, body = update(a, {"cancellato_il": None, "email": person[a][1]}, handle="op-unerase")
    check("an erasure cannot be undone: cancellato_il sent empty keeps its first value, the e-mail stays cleared",
          n == 1 and row(a)[1:4] == ["NULL", "true", "2026-12-02T10:00:00Z"], f"{row(a)} {body[-300:]}")
    n, msg, body = update(a, {"email": person[a][2]}, base=old_rev[a], handle="op-stale")
    check("a stale write of the e-mail (an old base_rev) is refused as a conflict", n == 0 and "sync-conflict" in msg,
          body[-300:])
    st, body = sit.transaction("surveyor", insert_xml("partecipanti", {
        "uuid": c, "codice": code[c], "tavolo": "T-01", "consenso_il": "2026-11-30T10:00:00Z",
        "consenso_versione": "informativa-2026-1", "nome": f"carla {tag}n3", "email": f"carla {tag}e5@esempio.it"}))
    check("a participant whose e-mail breaks the pattern is refused; the PostgreSQL log names the field, not the value",
          tx_summary(body)[0].get("totalInserted") == 0 and ("partecipanti", c, "email") in refusals(pg_log(sit)),
          body[-300:])
    queued = sit.sql(f"SELECT string_agg(DISTINCT uuid, ',' ORDER BY uuid) FROM territori.erasures "
                     f"WHERE layer = 'partecipanti' AND relation = 'public.partecipanti' AND uuid IN ('{a}', '{b}')")
    check("both erasures are queued in territori.erasures for the sweeper", queued == ",".join(sorted((a, b))), queued)

    t = time.monotonic()
    limit = 30 if os.environ.get("SIT_TEST_NO_SWEEPER") != "1" else 8
    while sit.sql("SELECT count(*) FROM territori.erasures WHERE swept_at IS NULL") != "0" and time.monotonic() - t < limit:
        time.sleep(0.2)
    waited = time.monotonic() - t
    check(f"sit-sweeper made the erasures final within 30 s ({waited:.1f} s)",
          sit.sql("SELECT count(*) FROM territori.erasures WHERE swept_at IS NULL") == "0", f"{waited:.1f} s")
    log(f"     sweeper: {open(os.path.join(sit.dir, 'log', 'sweeper.log')).read().strip().splitlines()[-1]}")
    log("     from erasure to sweep: " + sit.sql(f"SELECT string_agg(round(extract(epoch FROM swept_at - queued_at), 2) || ' s', "
                                                f"', ') FROM territori.erasures WHERE uuid IN ('{a}', '{b}')"))
    sit.sql("CHECKPOINT")       # the tables' pages still in shared buffers go to their files (as at a shutdown)
    t = time.monotonic()
    hits = files_holding(sit.dir, token)
    check(f"no file of the SIT folder holds the erased names and e-mails (tables, indexes, WAL, statistics, logs, "
          f"attachments; {time.monotonic() - t:.1f} s to read them all)", not hits, hits)


def check_types(sit):
    u = str(uuid.uuid4())
    photos = [hashlib.sha256(b"a").hexdigest(), hashlib.sha256(b"b").hexdigest()]
    props = {"uuid": u, "nome": "Servizio è à ° – “prova”", "comune": "Milano", "categoria": "cultura",
             "accessibile_tpl": "true", "bacino_utenti": 4999999,   # the layer allows at most 5000000
             "rilevato_il": "2026-11-30T10:15:00.123Z", "foto": json.dumps(photos, separators=(",", ":")), "gps_accuracy_m": 3.25,
             "gps_fix_time": "2026-11-30T10:14:59+01:00", "last_op": "op-t1"}
    status, body = sit.transaction("surveyor", insert_xml("servizi_sovracomunali", props, lonlat=(9.2, 45.5)))
    check("typed Insert", tx_summary(body)[1] == [f"servizi_sovracomunali.{u}"], body)
    f = sit.get_features("surveyor", "servizi_sovracomunali", FEATUREID=f"servizi_sovracomunali.{u}")["features"][0]
    p = f["properties"]
    log(f"     GeoJSON feature after Insert: {json.dumps(f, ensure_ascii=False)}")
    check("UTF-8 text round-trips", p["nome"] == props["nome"], p["nome"])
    check("timestamptz round-trips (GeoJSON: ISO 8601, milliseconds, UTC 'Z')",
          p["rilevato_il"] == "2026-11-30T10:15:00.123Z" and p["gps_fix_time"] == "2026-11-30T09:14:59.000Z",
          f"{p['rilevato_il']} {p['gps_fix_time']}")
    check("boolean, bigint, double, JSON-array text round-trip",
          p["accessibile_tpl"] is True and p["bacino_utenti"] == 4999999 and p["gps_accuracy_m"] == 3.25
          and p["foto"] == props["foto"] and json.loads(p["foto"]) == photos, json.dumps(p))
    check("omitted properties are NULL in GeoJSON (null), trigger defaults applied",
          p["note"] is None and p["minuti_a_piedi"] is None and p["draft"] is False and p["deleted"] is False, json.dumps(p))
    check("database has the same instant", sit.sql(
        f"SELECT rilevato_il = '2026-11-30 10:15:00.123+00' AND gps_fix_time = '2026-11-30 09:14:59+00' "
        f"FROM servizi_sovracomunali WHERE uuid = '{u}'") == "t")
    rev = p["rev"]
    status, body = sit.transaction("surveyor", update_xml(
        "servizi_sovracomunali", {"rilevato_il": "2026-12-01T00:00:00.5Z", "accessibile_tpl": "false", "note": None,
                                  "foto": "[]", "nome": "Città – 25 °C", "base_rev": rev, "last_op": "op-t2"},
        eq_filter(uuid=u, rev=rev)))
    check("typed Update", tx_summary(body)[0].get("totalUpdated") == 1, body)
    p = sit.get_features("surveyor", "servizi_sovracomunali", FEATUREID=f"servizi_sovracomunali.{u}")["features"][0]["properties"]
    check("Update round-trips timestamptz, boolean false, NULL, '[]', UTF-8",
          p["rilevato_il"] == "2026-12-01T00:00:00.500Z" and p["accessibile_tpl"] is False and p["note"] is None
          and p["foto"] == "[]" and p["nome"] == "Città – 25 °C", json.dumps(p, ensure_ascii=False))

    d = str(uuid.uuid4())
    status, body = sit.transaction("surveyor", insert_xml("aree_dismesse", {
        "uuid": d, "nome": "Area", "comune": "Rho", "stato": "dismessa", "data_sopralluogo": "2026-11-30",
        "contaminazione_sospetta": "false", "superficie_mq": 24481.5, "priorita": 2}, gml=polygon_gml(9.1, 45.5)))
    f = sit.get_features("surveyor", "aree_dismesse", FEATUREID=f"aree_dismesse.{d}")["features"][0]
    log(f"     GeoJSON date/boolean/null: {json.dumps({k: f['properties'][k] for k in ('data_sopralluogo', 'contaminazione_sospetta', 'note', 'priorita', 'superficie_mq')})}, geometry {json.dumps(f['geometry'])}")
    check("date round-trips as YYYY-MM-DD, boolean false, polygon",
          f["properties"]["data_sopralluogo"] == "2026-11-30" and f["properties"]["contaminazione_sospetta"] is False
          and (f["geometry"] or {}).get("type") == "Polygon" and sit.sql(f"SELECT data_sopralluogo FROM aree_dismesse WHERE uuid = '{d}'") == "2026-11-30",
          json.dumps(f))
    status, body = sit.transaction("surveyor", update_xml("aree_dismesse", {
        "data_sopralluogo": "2027-01-02", "base_rev": sit.sql(f"SELECT rev FROM aree_dismesse WHERE uuid = '{d}'")},
        eq_filter(uuid=d)))
    check("date Update", sit.sql(f"SELECT data_sopralluogo FROM aree_dismesse WHERE uuid = '{d}'") == "2027-01-02", body)
    dft = sit.ows("surveyor", {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "DescribeFeatureType",
                               "TYPENAME": "aree_dismesse"})[1].decode()
    xsd = "{http://www.w3.org/2001/XMLSchema}"
    types = {el.get("name"): el.get("type") for el in ET.fromstring(dft).iter(xsd + "element")
             if el.get("name") != "aree_dismesse"}
    check("DescribeFeatureType types", types.get("data_sopralluogo") == "date" and types.get("rev") == "long"
          and types.get("contaminazione_sospetta") == "boolean"
          and types.get("geometry") in ("gml:PolygonPropertyType", "gml:MultiPolygonPropertyType"), json.dumps(types))
    log(f"     DescribeFeatureType aree_dismesse: {json.dumps(types)}")


def refusals(text):
    """{(layer, uuid, field)} of the layer-rule refusals in a text (a transaction reply, the PostgreSQL log)."""
    return set(re.findall(r"layer-rule: layer=(\w+) uuid=(\S+) field=(\S+?):", text))


def check_layer_rules_wfs(sit):
    """The layer rules through WFS-T: Insert and Update as a surveyor, Insert as a citizen; valid values pass."""
    sha = [hashlib.sha256(bytes([i])).hexdigest() for i in range(8)]
    lum = {"nome": "Regola", "comune": "Milano", "nodo": "ferrovia"}
    area = {"nome": "Regola", "comune": "Rho", "stato": "dismessa", "data_sopralluogo": "2026-11-30"}
    pt, poly = {"lonlat": (9.2, 45.5)}, {"gml": polygon_gml(9.1, 45.4)}
    # 3,000 vertices: about 75 kB as GeoJSON with 8 decimals, over the 64,000 bytes a feature may take
    long_line = {"gml": line_gml([(9.0 + i * 1.234567e-5, 45.0 + i * 7.654321e-6) for i in range(3000)])}
    cases = {  # name -> (layer, properties, geometry, the field a refusal names; None: accepted)
        # (no character beyond U+FFFF through WFS-T: QGIS Server 3.22 drops it, or truncates &#128512; to U+F600)
        "valid": ("lum", dict(lum, servizi='["ricarica","pacchi"]', foto=json.dumps(sha[:6]), posti_auto=20000,
                              note="è" * 4000), pt, None),
        "draft without required fields": ("lum", {"nome": "Bozza", "draft": "true"}, pt, None),
        "valid area": ("aree_dismesse", dict(area, codice_pgt="AT-12", priorita=5), poly, None),
        "required": ("lum", {"nome": "Regola", "comune": "Milano"}, pt, "nodo"),
        "choice": ("lum", dict(lum, nodo="teletrasporto"), pt, "nodo"),
        "named value list": ("lum", dict(lum, comune="Parigi"), pt, "comune"),
        "multichoice": ("lum", dict(lum, servizi='["ricarica","jacuzzi"]'), pt, "servizi"),
        "multichoice not a JSON array": ("lum", dict(lum, servizi="ricarica"), pt, "servizi"),
        "photo reference": ("lum", dict(lum, foto='["foto.jpg"]'), pt, "foto"),
        "photo maxCount": ("lum", dict(lum, foto=json.dumps(sha[:7])), pt, "foto"),
        "max": ("lum", dict(lum, posti_auto=20001), pt, "posti_auto"),
        "maxLength": ("lum", dict(lum, note="a" * 4001), pt, "note"),
        "geometry required": ("lum", lum, {}, "geometry"),
        "pattern": ("aree_dismesse", dict(area, codice_pgt="at-12"), poly, "codice_pgt"),
        "min": ("aree_dismesse", dict(area, priorita=0), poly, "priorita"),
        "value size without maxLength (16384 bytes)": ("verifiche", {"tipo": "a", "lungo": "x" * 20000}, pt, "lungo"),
        "feature size (64000 bytes as JSON)": ("rete_verde", {"nome": "Lunga", "comune": "Rho", "tipo": "siepe"},
                                               long_line, "*"),
    }
    ids = {name: str(uuid.uuid4()) for name in cases}
    actions = "".join(insert_xml(layer, dict(props, uuid=ids[name], last_op=f"r-{i}"), handle=f"r-{i}", **geom)
                      for i, (name, (layer, props, geom, _)) in enumerate(cases.items()))
    status, body = sit.transaction("surveyor", actions)
    totals = tx_summary(body)[0] if status == 200 else {}
    stored = set(sit.sql("SELECT string_agg(uuid, ',') FROM (SELECT uuid FROM lum UNION ALL SELECT uuid FROM "
                         "aree_dismesse UNION ALL SELECT uuid FROM verifiche UNION ALL SELECT uuid FROM rete_verde) s "
                         f"WHERE uuid IN ({', '.join(repr(u) for u in ids.values())})").split(","))
    logged = refusals(pg_log(sit))
    for name, (layer, _, _, field) in cases.items():
        u = ids[name]
        if field is None:
            check(f"layer rules, WFS-T Insert (surveyor): {name} is accepted", u in stored, f"HTTP {status} {body[-300:]}")
        else:
            check(f"layer rules, WFS-T Insert (surveyor): {name} is refused, the PostgreSQL log names {layer} {field}",
                  u not in stored and (layer, u, field) in logged,
                  [r for r in logged if r[1] == u] or f"stored={u in stored}")
    check("... the Insert reply says only how many went in (the reasons are in the PostgreSQL log)",
          totals.get("totalInserted") == 3 and "layer-rule" not in body, flat(body)[:300])
    example = re.search(r"layer-rule: layer=lum uuid=" + ids["named value list"] + r"[^\n]*", pg_log(sit))
    log(f"     refused Insert, PostgreSQL log: {example.group(0) if example else None}")

    # Update: each refused action's message names layer, uuid and field; the valid one goes through
    v = ids["valid"]
    rev = int(sit.sql(f"SELECT rev FROM lum WHERE uuid = '{v}'"))
    upd = {"u-note": ({"note": "b" * 4001}, "note"), "u-nodo": ({"nodo": "x"}, "nodo"), "u-nome": ({"nome": None}, "nome"),
           "u-posti": ({"posti_auto": -1}, "posti_auto"), "u-foto": ({"foto": '["x"]'}, "foto")}
    actions = "".join(update_xml("lum", dict(props, base_rev=rev, last_op=h), eq_filter(uuid=v), handle=h)
                      for h, (props, _) in upd.items())
    status, body = sit.transaction("surveyor", actions)
    totals, _, _ = tx_summary(body)
    root = ET.fromstring(body)
    messages = {a.get("locator"): a.findtext("wfs:Message", "", NS) for a in root.iter(f"{{{NS['wfs']}}}Action")}
    check("layer rules, WFS-T Update (surveyor): each refused action's Message names layer, uuid and field",
          totals.get("totalUpdated") == 0 and all(("lum", v, f) in refusals(messages.get(h, "")) for h, (_, f) in upd.items()),
          json.dumps(messages, ensure_ascii=False)[:600])
    example = re.sub(r"\s+", " ", messages.get("u-note", ""))
    log(f"     refused Update: {example[:300]}")
    status, body = sit.transaction("surveyor", update_xml("lum", {"nome": "Regola 2", "posti_auto": 0, "base_rev": rev,
                                                                  "last_op": "u-ok"}, eq_filter(uuid=v)))
    check("... and a valid Update of the same feature goes through", tx_summary(body)[0].get("totalUpdated") == 1, body[-300:])

    # a citizen: comments and contributions (the 34 MB comment of issue #10, in small)
    c = {"valid comment": ("commenti", {}, None), "comment too long": ("commenti", {"testo": "t" * 4001}, "testo"),
         "comment too short": ("commenti", {"testo": "ok"}, "testo"),
         "comment of 1 MB": ("commenti", {"testo": "t" * 1_000_000}, "testo"),
         "position not in the list": ("commenti", {"posizione": "indifferente"}, "posizione"),
         "two photos where one is allowed": ("commenti", {"foto": json.dumps(sha[:2])}, "foto"),
         "contribution title too long": ("contributi", {"titolo": "T" * 121}, "titolo"),
         "contribution theme not in the list": ("contributi", {"tema": "altro"}, "tema"),
         "contribution without a place": ("contributi", {}, "geometry")}
    ids = {name: str(uuid.uuid4()) for name in c}
    actions = ""
    for name, (layer, props, _) in c.items():
        if layer == "commenti":
            actions += comment(ids[name], "STTM2", 1, **props)
        else:
            geom = {} if name == "contribution without a place" else {"lonlat": (9.1, 45.45)}
            actions += insert_xml("contributi", dict({"uuid": ids[name], "tema": "nbs", "titolo": "Idea",
                                                      "partecipante": "P-7K2Q"}, **props), **geom)
    status, body = sit.transaction("citizen", actions)
    logged = refusals(pg_log(sit))
    for name, (layer, _, field) in c.items():
        u = ids[name]
        n = sit.sql(f"SELECT count(*) FROM {layer} WHERE uuid = '{u}'")
        if field is None:
            check(f"layer rules, WFS-T Insert (citizen): {name} is accepted", n == "1", body[-300:])
        else:
            check(f"layer rules, WFS-T Insert (citizen): {name} is refused, naming {layer} {field}",
                  n == "0" and (layer, u, field) in logged, [r for r in logged if r[1] == u])

    # a request body over lighttpd's limit is refused before QGIS reads it (curl, like the client: no Expect)
    big = os.path.join(sit.dir, "tmp", "big-transaction.xml")
    with open(big, "w", encoding="utf-8") as fh:
        fh.write(TX_OPEN + insert_xml("commenti", {"testo": "t" * (17 * 1024 * 1024)}) + "</wfs:Transaction>")
    user, pw = sit.creds["citizen"]
    r = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-m", "30", "-u", f"{user}:{pw}",
                        "-H", "Expect:", "-H", "Content-Type: text/xml", "--data-binary", f"@{big}",
                        f"{sit.base}/ows/citizen/"], capture_output=True, text=True)
    os.unlink(big)
    check("a 17 MiB transaction body is answered 413 (server.max-request-size 16 MiB)", r.stdout == "413", r.stdout)

    # rows older than the rules: soft delete, moderation and edits of other columns still work
    old, big_row, old_c = (str(uuid.uuid4()) for _ in range(3))
    sit.sql("ALTER TABLE lum DISABLE TRIGGER territori_validate; "
            f"INSERT INTO lum (uuid, nome, comune, note, geometry) VALUES ('{old}', 'Vecchia', 'Parigi', repeat('n', 5000), "
            f"ST_SetSRID(ST_MakePoint(9.1, 45.4), 4326)), ('{big_row}', 'Enorme', 'Rho', repeat('e', 100000), "
            "ST_SetSRID(ST_MakePoint(9.1, 45.4), 4326)); ALTER TABLE lum ENABLE TRIGGER territori_validate; "
            "ALTER TABLE commenti DISABLE TRIGGER territori_validate; "
            f"INSERT INTO commenti (uuid, bozza, versione, paragrafo, testo) VALUES ('{old_c}', 'STTM2', 1, '1.1', "
            "repeat('c', 5000)); ALTER TABLE commenti ENABLE TRIGGER territori_validate")

    def update(role, layer, u, props, handle):
        r = int(sit.sql(f"SELECT rev FROM {layer} WHERE uuid = '{u}'"))
        st, b = sit.transaction(role, update_xml(layer, dict(props, base_rev=r, last_op=handle), eq_filter(uuid=u),
                                                 handle=handle))
        return tx_summary(b)[0].get("totalUpdated"), b

    n1, b1 = update("surveyor", "lum", old, {"nome": "Vecchia, rinominata"}, "o-1")
    n2, b2 = update("surveyor", "lum", old, {"note": "n" * 4001}, "o-2")
    n3, b3 = update("surveyor", "lum", old, {"deleted": "true"}, "o-3")
    check("a row that predates a rule (comune not in the list, a 5000-character note) takes an update of another "
          "field, refuses a bad value in the field changed, and takes a soft delete",
          (n1, n3) == (1, 1) and n2 == 0 and ("lum", old, "note") in refusals(b2)
          and sit.sql(f"SELECT deleted FROM lum WHERE uuid = '{old}'") == "t", f"{b1[-200:]} {b2[-200:]} {b3[-200:]}")
    n4, b4 = update("surveyor", "lum", big_row, {"nome": "Enorme, ancora di più"}, "o-4")
    n5, b5 = update("surveyor", "lum", big_row, {"deleted": "true"}, "o-5")
    check("a row over the size limits that predates them refuses an edit that makes it larger, takes a soft delete",
          n4 == 0 and ("lum", big_row, "*") in refusals(b4) and n5 == 1, f"{b4[-300:]} {b5[-200:]}")
    n6, b6 = update("moderator", "commenti", old_c, {"moderazione": "pubblicato", "motivo_moderazione": "Pertinente"}, "o-6")
    check("a moderator publishes a comment that predates the rules (5000 characters, no position)",
          n6 == 1 and sit.sql(f"SELECT moderazione FROM commenti WHERE uuid = '{old_c}'") == "pubblicato", b6[-300:])


def check_layer_rules_sql(sit):
    """The layer rules for a desktop GIS user writing PostGIS directly (and what the app's C++ does that SQL mirrors:
    visibleIf, drafts, UTF-16 lengths, ASCII \\d \\w, read-only)."""
    sit.sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gis_desktop') THEN "
            "CREATE ROLE gis_desktop NOLOGIN IN ROLE territori_surveyor; END IF; "
            "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'territori_desktop') THEN "
            "GRANT territori_desktop TO gis_desktop; END IF; END $$")
    P = "ST_SetSRID(ST_MakePoint(9.2, 45.5), 4326)"
    ver = "INSERT INTO verifiche (uuid, tipo, dettaglio, sotto, codice, sigla, zone, lungo, fisso, geometry) VALUES "
    u = {k: str(uuid.uuid4()) for k in ("a", "hidden", "ro", "draft")}
    cases = [  # (statement, the field a refusal names; None: accepted)
        (f"INSERT INTO lum (nome, comune, nodo, geometry) VALUES ('Da QGIS', 'Milano', 'autobus', {P})", None),
        (f"INSERT INTO lum (nome, comune, nodo, geometry) VALUES ('Da QGIS', 'Parigi', 'autobus', {P})", "comune"),
        (f"INSERT INTO lum (nome, comune, geometry) VALUES ('Da QGIS', 'Milano', {P})", "nodo"),
        # maxLength in UTF-16 units, as Qt counts: an emoji counts 2
        (f"INSERT INTO lum (nome, comune, nodo, note, geometry) VALUES ('E', 'Milano', 'autobus', repeat('a', 3998) || '😀', {P})", None),
        (f"INSERT INTO lum (nome, comune, nodo, note, geometry) VALUES ('E', 'Milano', 'autobus', repeat('a', 3999) || '😀', {P})", "note"),
        (f"INSERT INTO lum (uuid, nome, comune, draft, geometry) VALUES ('{u['draft']}', 'Bozza', 'Milano', true, {P})", None),
        (f"UPDATE lum SET draft = false WHERE uuid = '{u['draft']}'", "nodo"),   # finishing a draft: every required field
        ("INSERT INTO lum (nome, comune, nodo, geometry) VALUES ('Da QGIS', 'Milano', 'autobus', "
         "ST_SetSRID(ST_MakePoint(200, 45), 4326))", "geometry"),
        ("INSERT INTO aree_dismesse (nome, comune, stato, data_sopralluogo, superficie_mq, geometry) VALUES ('A', "
         "'Rho', 'dismessa', current_date, 'NaN', ST_GeomFromText('POLYGON((9 45,9.1 45,9.1 45.1,9 45))', 4326))",
         "superficie_mq"),
        ("INSERT INTO aree_dismesse (nome, comune, stato, data_sopralluogo, geometry) VALUES ('A', 'Rho', 'dismessa', "
         "current_date, ST_GeomFromText('POLYGON((9 45,9.1 45,9.2 45,9 45))', 4326))", "geometry"),
        ("INSERT INTO rete_verde (nome, comune, tipo, geometry) VALUES ('L', 'Rho', 'siepe', "
         "ST_GeomFromText('LINESTRING(9 45,9 45)', 4326))", "geometry"),
        ("INSERT INTO partecipanti (codice, tavolo, consenso_il, consenso_versione, email) VALUES ('P-1', 'T-1', now(), "
         "'v1', 'mario rossi@esempio.it')", "email"),
        (f"INSERT INTO tavoli (uuid, data, tema, stato) VALUES ('{u['a']}', current_date, 'Senza luogo', 'aperto')", None),
        # visibleIf: dettaglio is shown (and required) only when tipo = b; sotto only when dettaglio is filled in
        (ver + f"('{u['hidden']}', 'a', NULL, NULL, NULL, NULL, NULL, NULL, 'f', {P})", None),
        (ver + f"(DEFAULT, 'b', NULL, NULL, NULL, NULL, NULL, NULL, NULL, {P})", "dettaglio"),
        (ver + f"(DEFAULT, 'a', repeat('d', 50), NULL, NULL, NULL, NULL, NULL, NULL, {P})", None),  # hidden: not checked
        (ver + f"(DEFAULT, 'b', 'abc', NULL, NULL, NULL, NULL, NULL, NULL, {P})", "sotto"),
        (ver + f"(DEFAULT, 'a', 'abc', NULL, NULL, NULL, NULL, NULL, NULL, {P})", None),    # sotto behind hidden dettaglio
        (f"UPDATE verifiche SET tipo = 'b' WHERE uuid = '{u['hidden']}'", "dettaglio"),    # it becomes visible, empty
        (ver + f"(DEFAULT, 'a', NULL, NULL, '123-ab', 'a😀', '[\"milano\",\"nord_ovest\"]', NULL, NULL, {P})", None),
        (ver + f"(DEFAULT, 'a', NULL, NULL, '123-è', NULL, NULL, NULL, NULL, {P})", "codice"),   # \\w is ASCII in the app
        (ver + f"(DEFAULT, 'a', NULL, NULL, NULL, 'ab', NULL, NULL, NULL, {P})", "sigla"),
        (ver + f"(DEFAULT, 'a', NULL, NULL, NULL, NULL, '[\"milano\",\"lombardia\"]', NULL, NULL, {P})", "zone"),
        (ver + f"(DEFAULT, 'a', NULL, NULL, NULL, NULL, NULL, repeat('x', 16385), NULL, {P})", "lungo"),
        (f"UPDATE verifiche SET fisso = 'g' WHERE uuid = '{u['hidden']}'", "fisso"),
        (f"UPDATE verifiche SET sigla = 'abc' WHERE uuid = '{u['hidden']}'", None),
    ]
    arr = "ARRAY[" + ", ".join("'" + s.replace("'", "''") + "'" for s, _ in cases) + "]"
    out = sit.sql("SET client_encoding = 'UTF8'; SET SESSION AUTHORIZATION gis_desktop; "
                  "CREATE TEMP TABLE lr_out (i int, msg text); "
                  f"DO $$ DECLARE s text; i int := 0; BEGIN FOREACH s IN ARRAY {arr} LOOP i := i + 1; "
                  "BEGIN EXECUTE s; INSERT INTO lr_out VALUES (i, 'ok'); EXCEPTION WHEN OTHERS THEN "
                  "INSERT INTO lr_out VALUES (i, SQLERRM); END; END LOOP; END $$; "
                  "SELECT i || '|' || msg FROM lr_out ORDER BY i")
    got = dict(line.split("|", 1) for line in out.splitlines() if "|" in line)
    bad = []
    for i, (stmt, field) in enumerate(cases, 1):
        msg = got.get(str(i), "")
        ok = msg == "ok" if field is None else re.search(rf"^layer-rule: layer=\w+ uuid=\S+ field={re.escape(field)}:", msg)
        if not ok:
            bad.append(f"{stmt[:90]} -> {msg[:160]}")
    check(f"layer rules for a desktop user (SQL): {len(cases)} statements accepted or refused naming the field", not bad,
          "\n".join(bad))
    log(f"     e.g. {next((m for m in got.values() if 'field=dettaglio' in m), '')}")
    fc = sit.get_features("surveyor", "tavoli", FEATUREID=f"tavoli.{u['a']}")["features"]
    check("a feature of a layer whose geometry is optional, without one: GeoJSON \"geometry\": null",
          len(fc) == 1 and fc[0]["geometry"] is None, json.dumps(fc)[:300])


def check_pattern_parity(sit):
    """A field's pattern means the same on the SIT as in the app: QRegularExpression (PyQt5) against PostgreSQL."""
    sys.path.insert(0, SERVER)
    import sitkit
    for p in ("(?<n>a)", "a++", "\\p{L}+", "[[:alpha:]]", "(?m)^a$", "a{1,300}"):
        try:
            sitkit.pg_regex(p)
            check(f"pattern {p} is reported as not enforceable", False)
        except sitkit.Unsupported:
            pass
    try:
        from PyQt5.QtCore import QRegularExpression
    except ImportError:
        log("     (PyQt5 missing: patterns not compared with Qt)")
        return
    patterns = ["^[A-Z]{2}-[0-9]{1,4}$", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "\\d{3}-\\w+", "a.c", "(?i)abc", "[\\d.]+",
                "\\bfoo\\b.*", "x{2,3}", "a{", "[]a]+", "[^]a]+", "\\x41\\x{263A}", "(ab|cd)\\1", "colou?r", "a+?b",
                "[\\w-]+", "\\S+\\s\\S+", "\\D\\W", "(?=a)\\w+", "\\$\\^\\."]
    values = ["AT-12", "at-12", "AT-12\n", "mario@x.it", "mario rossi@x.it", "a\u00a0b@x.it", "a\u2003b c@x.it",
              "123-ab", "123-è", "123-ab\n", "a\nc", "abc", "ABC", "1.5", "foo bar", "foobar", "xx", "xxxx", "a{",
              "]]a", "bb", "A☺", "abab", "abcd", "color", "colour", "aab", "", "😀", "١٢٣-ab", "a b", "a\tb", "_-",
              "$^.", "a\u000bb"]
    rows, want = [], ""
    for i, p in enumerate(patterns):
        rx = sitkit.pg_regex(p)
        qt = QRegularExpression(QRegularExpression.anchoredPattern(p))
        for j, v in enumerate(values):
            rows.append(f"({i * 1000 + j}, {sitkit.literal(v)}, {sitkit.literal(rx)})")
            want += "1" if qt.match(v).hasMatch() else "0"
    got = sit.sql("SET client_encoding = 'UTF8'; SELECT string_agg(CASE WHEN v ~ rx THEN '1' ELSE '0' END, '' ORDER BY k) "
                  f"FROM (VALUES {', '.join(rows)}) t(k, v, rx)").splitlines()[-1]
    diff = [f"{patterns[i // len(values)]!r} ~ {values[i % len(values)]!r}: Qt {w}, PostgreSQL {g}"
            for i, (w, g) in enumerate(zip(want, got)) if w != g]
    check(f"patterns: PostgreSQL matches what Qt matches ({len(patterns)} patterns x {len(values)} values)",
          len(got) == len(want) and not diff, "\n".join(diff[:10]))


def check_webdav(sit):
    data = os.urandom(2048)
    h = hashlib.sha256(data).hexdigest()
    url = f"{sit.base}/dav/attachments/{h}"
    put = lambda hdr: sit.request(url, role="citizen", data=data, method="PUT", headers=hdr)[0]  # noqa: E731
    check("WebDAV PUT without If-None-Match is refused (create-only)", put({}) == 403)
    check("WebDAV PUT If-None-Match: * creates (201)", put({"If-None-Match": "*"}) == 201)
    check("WebDAV PUT If-None-Match: * again: 412", put({"If-None-Match": "*"}) == 412)
    st, _, hdr = sit.request(url, role="surveyor", method="HEAD")
    check("WebDAV HEAD 200 with the size", st == 200 and hdr.get("Content-Length") == "2048", f"{st} {hdr}")
    st, body, _ = sit.request(url, role="officer")
    check("WebDAV GET returns the bytes", st == 200 and body == data)
    for method, hdr in (("DELETE", {}), ("MOVE", {"Destination": f"{sit.base}/dav/attachments/{'1' * 64}"}),
                        ("PROPPATCH", {}), ("MKCOL", {}), ("PROPFIND", {"Depth": "1"})):
        st = sit.request(url if method != "MKCOL" else f"{sit.base}/dav/attachments/x/", role="surveyor",
                         method=method, headers=hdr)[0]
        check(f"WebDAV {method} refused", st in (403, 405), st)
    st = sit.request(f"{sit.base}/dav/attachments/notahash.txt", role="surveyor", data=b"x", method="PUT",
                     headers={"If-None-Match": "*"})[0]
    check("WebDAV PUT to a name that is not a SHA-256 is refused", st == 403, st)
    check("the file is still there", sit.request(url, role="citizen", method="HEAD")[0] == 200)


def check_identity(sit):
    """Who wrote a row comes from the authenticated account, and the app's roles update only with base_rev."""
    citizen, moderator, surveyor = (sit.creds[r][0] for r in ("citizen", "moderator", "surveyor"))
    o = str(uuid.uuid4())
    stored = lambda: sit.sql(f"SELECT count(*) FROM osservazioni WHERE uuid = '{o}'")  # noqa: E731
    nested = ('<wfs:Update typeName="qgs:osservazioni"><wfs:Property><wfs:Name>moderazione</wfs:Name><wfs:Value>'
              f'<wfs:Property><wfs:Name>updated_by</wfs:Name><wfs:Value>{citizen}</wfs:Value></wfs:Property>'
              f'</wfs:Value></wfs:Property><wfs:Property><wfs:Name>updated_by</wfs:Name><wfs:Value>{moderator}'
              f'</wfs:Value></wfs:Property>{eq_filter(uuid=o)}</wfs:Update>')
    for what, role, actions in (
            ("a citizen's Insert with updated_by of another account", "citizen",
             insert_xml("osservazioni", {"uuid": o, "testo": "chi sono", "updated_by": moderator})),
            ("a citizen's Insert with author of another account", "citizen",
             insert_xml("osservazioni", {"uuid": o, "testo": "chi sono", "updated_by": citizen, "author": moderator})),
            ("a citizen's Insert without updated_by", "citizen", insert_xml("osservazioni", {"uuid": o, "testo": "x"})),
            ("a moderator's Update hiding updated_by in a nested Property", "moderator", nested)):
        status, body = sit.transaction(role, actions, identity=False)
        check(f"identity filter: {what} is refused with 403 and an OGC exception, nothing written",
              status == 403 and "<ServiceExceptionReport" in body and 'code="Forbidden"' in body and stored() == "0",
              f"HTTP {status} {body[:300]}")
    log(f"     refused: {flat(body, '<ServiceException ')[:200]}")
    status, body = sit.transaction("citizen", insert_xml("osservazioni", {"uuid": o, "testo": "chi sono"}))
    row = sit.sql(f"SELECT updated_by || '|' || author FROM osservazioni WHERE uuid = '{o}'")
    check("a citizen's own Insert: updated_by and author are its account", row == f"{citizen}|{citizen}", f"{row} {body[-300:]}")

    bad = psql_as(sit, "citizen", f"INSERT INTO osservazioni (uuid, testo, updated_by) VALUES ('{uuid.uuid4()}', 'x', '{moderator}')")
    bad2 = psql_as(sit, "citizen", f"INSERT INTO osservazioni (uuid, testo, updated_by, author) "
                                   f"VALUES ('{uuid.uuid4()}', 'x', '{citizen}', 'sit_moderator')")
    check("the database refuses it too: sit_citizen cannot write another role's account into updated_by or author",
          bad.returncode != 0 and "sync-identity" in bad.stderr and bad2.returncode != 0 and "sync-identity" in bad2.stderr,
          bad.stderr + bad2.stderr)
    own = str(uuid.uuid4())
    r = psql_as(sit, "citizen", f"INSERT INTO osservazioni (uuid, testo) VALUES ('{own}', 'x')")
    check("... and names the database account when nothing is claimed",
          r.returncode == 0 and sit.sql(f"SELECT updated_by || '|' || author FROM osservazioni WHERE uuid = '{own}'")
          == "sit_citizen|sit_citizen", r.stderr)

    # the app's own Update and soft delete (sync/syncengine_push.cpp buildUpdate): the changed fields, last_op,
    # updated_by and base_rev, filtered on uuid and rev
    u = str(uuid.uuid4())
    sit.transaction("surveyor", insert_xml("lum", {"uuid": u, "nome": "Identità", "comune": "Milano", "nodo": "ferrovia",
                                                    "last_op": "op-i1"}, lonlat=(9.2, 45.48)))
    rev = sit.sql(f"SELECT rev FROM lum WHERE uuid = '{u}'")
    status, body = sit.transaction("surveyor", update_xml("lum", {"nome": "senza base"}, eq_filter(uuid=u)))
    totals, _, msgs = tx_summary(body)
    check("an app role's Update without base_rev is refused (sync-base-rev-required in the action's message)",
          totals.get("totalUpdated") == 0 and any("sync-base-rev-required" in m for m in msgs)
          and sit.sql(f"SELECT nome || rev FROM lum WHERE uuid = '{u}'") == f"Identità{rev}", body[-400:])
    r = psql_as(sit, "surveyor", f"UPDATE lum SET nome = 'x' WHERE uuid = '{u}'")
    check("... also through psql as sit_surveyor", r.returncode != 0 and "sync-base-rev-required" in r.stderr, r.stderr)
    status, body = sit.transaction("surveyor", update_xml(
        "lum", {"nome": "con base", "last_op": "op-i2", "updated_by": surveyor, "base_rev": rev}, eq_filter(uuid=u, rev=rev)))
    row = sit.sql(f"SELECT nome || '|' || last_op || '|' || updated_by || '|' || author || '|' || rev FROM lum WHERE uuid = '{u}'")
    check("the app's Update (changed fields, last_op, updated_by, base_rev; filter uuid and rev) is accepted",
          tx_summary(body)[0].get("totalUpdated") == 1 and row.split("|")[:4] == ["con base", "op-i2", surveyor, surveyor],
          f"{row} {body[-300:]}")
    rev = row.split("|")[4]
    status, body = sit.transaction("surveyor", update_xml(
        "lum", {"deleted": "true", "last_op": "op-i3", "updated_by": surveyor, "base_rev": rev}, eq_filter(uuid=u, rev=rev)))
    check("... and its soft delete", tx_summary(body)[0].get("totalUpdated") == 1
          and sit.sql(f"SELECT deleted || '|' || last_op FROM lum WHERE uuid = '{u}'") == "true|op-i3", body[-300:])
    r = psql_as(sit, "surveyor", f"UPDATE lum SET author = 'sit_surveyor', base_rev = rev WHERE uuid = '{u}'")
    check("author never changes after the insert", r.returncode != 0 and "sync-immutable" in r.stderr, r.stderr)

    # a desktop GIS user (member of territori_desktop, here also of territori_surveyor): no base_rev, and the row
    # names the database account whatever the client sent
    sit.sql("CREATE ROLE gis_desktop_test IN ROLE territori_desktop, territori_surveyor")
    row = sit.sql(f"SET SESSION AUTHORIZATION gis_desktop_test; UPDATE lum SET nome = 'in QGIS', updated_by = '{surveyor}', "
                  f"last_op = 'op-finto' WHERE uuid = '{u}'; RESET SESSION AUTHORIZATION; "
                  f"SELECT nome || '|' || updated_by || '|' || coalesce(last_op, 'NULL') FROM lum WHERE uuid = '{u}'", "-q")
    check("a desktop user's update without base_rev is accepted; updated_by is its database account, last_op cleared",
          row == "in QGIS|gis_desktop_test|NULL", row)


def check_webdav_limits(sit):
    """Attachments: only under their own SHA-256, within the size limit and the account's quota (test SIT: 64 KB a
    file, 160 KB an account), nothing left by a refused or interrupted upload."""
    def put(role, data, name=None):
        st, body, _ = sit.request(f"{sit.base}/dav/attachments/{name or hashlib.sha256(data).hexdigest()}", role=role,
                                  data=data, method="PUT", headers={"If-None-Match": "*"})
        return st, body.decode("utf-8", "replace").strip()

    def absent(name):
        return (sit.request(f"{sit.base}/dav/attachments/{name}", role="surveyor", method="HEAD")[0] == 404
                and not os.path.exists(os.path.join(sit.dir, "attachments", name)))

    data, junk = os.urandom(4096), os.urandom(4096)
    h = hashlib.sha256(data).hexdigest()
    st, body = put("citizen", junk, h)
    check("WebDAV: content that does not hash to its name is refused (422), nothing under the name",
          st == 422 and absent(h), f"{st} {body}")
    st, body = put("citizen", data, h)
    check("... the right content under that name is stored (201), also with an extension",
          st == 201 and put("citizen", data, h + ".jpg")[0] == 201, f"{st} {body}")
    check("... and nothing replaces it (412)", put("surveyor", junk, h)[0] == 412)
    big = os.urandom(64 * 1024 + 1)
    st, body = put("surveyor", big)
    check("WebDAV: a file over the size limit is refused (413)", st == 413 and absent(hashlib.sha256(big).hexdigest()), st)
    sizes = [put("officer", os.urandom(64 * 1024))[0], put("officer", os.urandom(64 * 1024))[0]]
    extra = os.urandom(40 * 1024)
    st, body = put("officer", extra)
    check("WebDAV: the account's quota (507 past it), per account",
          sizes == [201, 201] and st == 507 and absent(hashlib.sha256(extra).hexdigest())
          and put("surveyor", extra)[0] == 201, f"{sizes} {st} {body}")
    cut = os.urandom(50000)
    name = hashlib.sha256(cut).hexdigest()
    auth = base64.b64encode(":".join(sit.creds["surveyor"]).encode()).decode()
    with socket.create_connection(("127.0.0.1", sit.port), timeout=10) as s:
        s.sendall(f"PUT /dav/attachments/{name} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic {auth}\r\n"
                  f"If-None-Match: *\r\nContent-Length: {len(cut)}\r\n\r\n".encode() + cut[:20000])
        time.sleep(0.3)
    time.sleep(0.3)
    check("WebDAV: an interrupted upload leaves nothing (under the name, nor in the upload folders)",
          absent(name) and not os.listdir(os.path.join(sit.dir, "dav", "incoming")), os.listdir(os.path.join(sit.dir, "dav", "incoming")))


def check_login_limit(sit):
    """Failed logins per (user, address): the test SIT allows 4 in a window of 5 s (lighttpd itself delays each
    failed login by about a second, so a shorter window could end before the fourth answer). Runs while the watchdog
    check waits, so the window costs no time."""
    caps = {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetCapabilities"}
    user = sit.creds["moderator"][0]
    t = time.monotonic()
    got = []
    guesses = [threading.Thread(target=lambda i=i: got.append(sit.ows("moderator", caps, auth=(user, f"guess-{i}"))[0]))
               for i in range(4)]
    for g in guesses:
        g.start()
    for g in guesses:
        g.join()
    st, _, hdr = sit.ows("moderator", caps)
    check("login limit: after 4 wrong passwords even the right one gets 429 with Retry-After",
          got == [401] * 4 and st == 429 and hdr.get("Retry-After", "").isdigit(), f"{got} {st} {hdr}")
    check("... another user from the same address is not locked out", sit.ows("citizen", caps)[0] == 200)
    other = http.client.HTTPConnection("127.0.0.1", sit.port, timeout=10, source_address=("127.0.0.2", 0))
    other.request("GET", "/ows/moderator/?" + urllib.parse.urlencode(caps), headers={
        "Authorization": "Basic " + base64.b64encode(":".join(sit.creds["moderator"]).encode()).decode()})
    st_other = other.getresponse().status
    other.close()
    check("... nor the same user from another address", st_other == 200, st_other)
    while st == 429 and time.monotonic() - t < 15:
        time.sleep(0.25)
        st = sit.ows("moderator", caps)[0]
    check(f"... and the limit expires after the window ({time.monotonic() - t:.1f} s)",
          st == 200 and time.monotonic() - t < 10, st)


def check_tls(sit):
    url = f"https://127.0.0.1:{sit.tls_port}/ows/surveyor/?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetCapabilities"
    try:
        sit.request(url, role="surveyor", context=ssl.create_default_context())
        refused = False
    except urllib.error.URLError as e:
        refused = isinstance(e.reason, ssl.SSLCertVerificationError)
    check("TLS: refused without the SIT's CA", refused)
    ctx = ssl.create_default_context(cafile=os.path.join(sit.dir, "ca.pem"))
    st, body, _ = sit.request(url, role="surveyor", context=ctx)
    check("TLS: accepted with ca.pem", st == 200 and b"WFS_Capabilities" in body, st)


# ------------------------------------------------------------------------------------------------ projects (issue 12)
def make_mbtiles(path, nbytes):
    """A small valid MBTiles file (SQLite with metadata and tiles) of about nbytes."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (name text, value text)")
    con.execute("CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)")
    con.execute("INSERT INTO metadata VALUES ('name', 'prova'), ('format', 'png')")
    con.execute("INSERT INTO tiles VALUES (0, 0, 0, ?)", (os.urandom(nbytes),))
    con.commit()
    con.close()


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(value, fh, ensure_ascii=False, indent=1)
    return path


def publish(sit, *args, timeout=180):
    t = time.monotonic()
    r = sit.run("publish", sit.dir, *args, check_rc=False, timeout=timeout)
    return r, time.monotonic() - t


def catalogue(sit, role, **params):
    """{id: properties} of the catalogue as the role's endpoint lists it."""
    fc = sit.get_features(role, "territori_projects", **params)
    return {f["properties"]["id"]: dict(f["properties"], _fid=f["id"], _geometry=f["geometry"]) for f in fc["features"]}


def publish_state(sit):
    """Everything a refused publish must leave as it was: the catalogue, the test tables' columns, the rule
    functions, the published types, the file store, the QGIS projects."""
    return {
        "db": sit.sql(
            "SELECT (SELECT string_agg(id || ':' || version || ':' || sha256 || ':' || published_at, ',' ORDER BY id) "
            "        FROM territori.projects) || ' | ' || "
            "(SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY 1) "
            "   FROM information_schema.columns WHERE table_schema = 'public' AND table_name LIKE 'prova%') || ' | ' || "
            "(SELECT string_agg(p.proname || ':' || md5(p.prosrc), ',' ORDER BY 1) FROM pg_proc p "
            "   JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'territori_rules') || ' | ' || "
            "(SELECT string_agg(layer, ',' ORDER BY layer) FROM territori.layers)").split(" | "),
        "caps": sorted(capabilities(sit, "surveyor")),
        "files": sorted(os.listdir(os.path.join(sit.dir, "files"))),
        "qgs": [os.stat(os.path.join(sit.dir, "qgis", f"{r}.qgs")).st_mtime_ns for r in ROLE_NAMES],
    }


ROLE_NAMES = ("surveyor", "citizen", "officer", "moderator")
PROVA_BASE = {
    "format": 1, "id": "prova-base",
    "title": {"it": "Prova (base)", "en": "Test (base)"},
    "extent": [9.0, 45.3, 9.4, 45.6], "home": {"lat": 45.45, "lon": 9.2, "zoom": 11},
    "basemaps": [{"id": "prova", "title": {"it": "Prova", "en": "Test"}, "type": "mbtiles", "path": "pkgs/prova.mbtiles"},
                 {"id": "osm", "title": "OSM", "type": "xyz", "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png"}],
    "valueLists": {"tipi": ["a", "b", "c"]},
    "layers": [
        {"name": "prova_punti", "geometry": "point", "workArea": "whole", "fields": [
            {"name": "nome", "type": "text", "required": True, "maxLength": 50},
            {"name": "tipo", "type": "choice", "options": "tipi"},
            {"name": "quota", "type": "integer"},
            {"name": "vecchio", "type": "text"}]},
        {"name": "prova_linee", "geometry": "line", "fields": [{"name": "nome", "type": "text"}]},
        {"name": "prova_aree", "geometry": "polygon", "fields": [{"name": "nome", "type": "text"}]}]}


def prova_v1():
    return {"format": 1, "id": "prova-rilievi", "from": "prova_base.json",
            "title": {"it": "Prova – rilievi", "en": "Test – surveys"}, "roles": ["surveyor", "officer"],
            "layers": ["prova_punti", "prova_linee"]}


def prova_v2():
    """v1 changed every way a re-publish may: a field added (nuovo), a choice added (d) and one withdrawn (c, through
    the named value list), a constraint tightened (nome maxLength 50 -> 20), a field removed (vecchio), a layer added
    (prova_aree), a layer removed (prova_linee)."""
    punti = json.loads(json.dumps(PROVA_BASE["layers"][0]))
    punti["fields"] = [f for f in punti["fields"] if f["name"] != "vecchio"] + [{"name": "nuovo", "type": "text"}]
    punti["fields"][0]["maxLength"] = 20
    d = prova_v1()
    d["valueLists"] = {"tipi": ["a", "b", "d"]}
    d["layers"] = [punti, "prova_aree"]
    return d


def check_projects(sit, tmp):
    """sit publish: a new project, the catalogue per role, an unchanged and a changed re-publish (every kind of
    change, rows kept), refusals that leave the SIT as it was, concurrent publishes, the file store."""
    work = os.path.join(tmp, "defs")
    os.makedirs(work, exist_ok=True)
    write_json(os.path.join(work, "prova_base.json"), PROVA_BASE)
    package = os.path.join(work, "pkgs", "prova.mbtiles")
    make_mbtiles(package, 300_000)
    v1 = write_json(os.path.join(work, "prova.json"), prova_v1())

    # ---- a new project, from a base definition; its basemap package from the base's folder
    r, elapsed = publish(sit, v1)
    log(f"     sit publish of a new project (2 layers, a 0.3 MB package): {elapsed:.1f} s")
    check("sit publish: a new project", r.returncode == 0 and "prova-rilievi: new project, version 1" in r.stdout,
          r.stdout + r.stderr)
    row = sit.sql("SELECT version || '|' || format || '|' || array_to_string(roles, ',') || '|' || title || '|' || "
                  "sha256 || '|' || ST_AsText(geometry) FROM territori.projects WHERE id = 'prova-rilievi'").split("|")
    text = sit.sql("SELECT definition FROM territori.projects WHERE id = 'prova-rilievi'")
    d = json.loads(text)
    pkg_sha = hashlib.sha256(open(package, "rb").read()).hexdigest()
    check("the catalogue row: version 1, format 1, roles, title as JSON text, sha256 of the definition, extent",
          row[:4] == ["1", "1", "surveyor,officer", '{"it":"Prova – rilievi","en":"Test – surveys"}']
          and row[4] == hashlib.sha256(text.encode()).hexdigest()
          and row[5] == "POLYGON((9 45.3,9 45.6,9.4 45.6,9.4 45.3,9 45.3))", row)
    check("the stored definition is self-contained: no from, layers as objects, version inside, the base's lists",
          "from" not in d and d["version"] == 1 and [l["name"] for l in d["layers"]] == ["prova_punti", "prova_linee"]
          and d["valueLists"] == PROVA_BASE["valueLists"] and d["extent"] == PROVA_BASE["extent"]
          and d["layers"][0].get("workArea") == "whole" and text == json.dumps(d, ensure_ascii=False, separators=(",", ":")),
          text[:300])
    check("the mbtiles basemap names its package in the file store (sha256, size); the xyz one has none",
          d["basemaps"][0].get("package") == {"file": f"{pkg_sha}.mbtiles", "sha256": pkg_sha,
                                              "size": os.path.getsize(package)}
          and "package" not in d["basemaps"][1]
          and os.path.exists(os.path.join(sit.dir, "files", f"{pkg_sha}.mbtiles")), d["basemaps"])
    caps = capabilities(sit, "surveyor")
    check("the new layers are published to the roles", caps.get("prova_punti") == {"Query", "Insert", "Update"}
          and "prova_linee" in caps and "territori_digest_prova_punti" in caps and "prova_aree" not in caps,
          sorted(caps))

    # ---- the same again: the same version, said so, nothing touched
    before = sit.sql("SELECT published_at FROM territori.projects WHERE id = 'prova-rilievi'")
    mtime = os.stat(os.path.join(sit.dir, "qgis", "surveyor.qgs")).st_mtime_ns
    r, elapsed = publish(sit, v1)
    check("re-publishing the same definition keeps version 1 and says so",
          r.returncode == 0 and "prova-rilievi: unchanged, version 1" in r.stdout
          and sit.sql("SELECT version::text || published_at FROM territori.projects WHERE id = 'prova-rilievi'") == "1" + before
          and os.stat(os.path.join(sit.dir, "qgis", "surveyor.qgs")).st_mtime_ns == mtime, r.stdout + r.stderr)
    log(f"     unchanged re-publish: {elapsed:.1f} s")

    # ---- two publishes of one new project at once: serialised by the folder's lock. Unserialised, both would read
    # an empty catalogue and plan version 1, and the second's transaction would be refused
    part = {"format": 1, "id": "prova-partecipa", "title": {"it": "Prova", "en": "Test"},
            "roles": ["citizen", "moderator"], "extent": [9.1, 45.4, 9.3, 45.5],
            "layers": [{"name": "prova_idee", "geometry": "point", "fields": [{"name": "testo", "type": "multiline"}]}]}
    pa = write_json(os.path.join(work, "partecipa.json"), part)
    t = time.monotonic()
    procs = [subprocess.Popen([SIT, "publish", sit.dir, pa], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=180) for p in procs]
    elapsed = time.monotonic() - t
    said = sorted(o[0].splitlines()[0] if o[0] else o[1] for o in outs)
    final = sit.sql("SELECT version FROM territori.projects WHERE id = 'prova-partecipa'")
    check("two concurrent publishes of one new project: one after the other (new, then unchanged), neither fails",
          [p.returncode for p in procs] == [0, 0]
          and said == ["prova-partecipa: new project, version 1, for citizen, moderator",
                       "prova-partecipa: unchanged, version 1 (the same content is already published)"]
          and final == "1", f"{[p.returncode for p in procs]} {said} {final} {outs}")
    log(f"     two concurrent publishes: {elapsed:.1f} s")

    # ---- the catalogue per role, enforced by the database
    want = {"surveyor": {"ptm-milano-demo", "prova-rilievi"}, "officer": {"ptm-milano-demo", "prova-rilievi"},
            "citizen": {"ptm-milano-demo", "prova-partecipa"}, "moderator": {"ptm-milano-demo", "prova-partecipa"}}
    got = {role: catalogue(sit, role) for role in ROLE_NAMES}
    check("each role's endpoint lists exactly its projects (territori_projects)",
          {r: set(c) for r, c in got.items()} == want, {r: sorted(c) for r, c in got.items()})
    p = got["surveyor"].get("prova-rilievi", {})
    check("a catalogue feature: id territori_projects.<id>, the properties, the extent as geometry",
          p.get("_fid") == "territori_projects.prova-rilievi"
          and set(p) - {"_fid", "_geometry"} == {"id", "version", "format", "roles", "title", "description",
                                                  "definition", "sha256", "published_at"}
          and p.get("roles") == "surveyor,officer" and p.get("version") == 1 and p.get("format") == 1
          and p.get("description") is None and json.loads(p.get("definition") or "{}") == d
          and p.get("sha256") == row[4] and re.match(r"\d{4}-\d\d-\d\dT[\d:.]+Z$", p.get("published_at") or "")
          and p.get("_geometry", {}).get("type") == "Polygon", json.dumps(p)[:400])
    by_id = sit.get_features("citizen", "territori_projects", FEATUREID="territori_projects.prova-rilievi")
    by_filter = sit.get_features("citizen", "territori_projects", kvp_filter(id="prova-rilievi"))
    by_like = sit.get_features("citizen", "territori_projects",
                               '<Filter xmlns="http://www.opengis.net/ogc"><PropertyIsLike wildCard="*" singleChar="." '
                               'escape="!"><PropertyName>definition</PropertyName><Literal>*prova_punti*</Literal>'
                               '</PropertyIsLike></Filter>')
    check("a citizen cannot get the survey project's row by FEATUREID or by filter",
          by_id["features"] == [] and by_filter["features"] == [] and by_like["features"] == [],
          f"{by_id} {by_filter} {by_like}")
    r1 = psql_as(sit, "citizen", "SELECT count(*) FROM territori.catalogue WHERE id = 'prova-rilievi'")
    r2 = psql_as(sit, "citizen", "SELECT count(*) FROM territori.projects")
    r3 = psql_as(sit, "surveyor", "UPDATE territori.catalogue SET version = 9 WHERE id = 'prova-rilievi'")
    r4 = psql_as(sit, "officer", "DELETE FROM territori.work_areas_public")
    r5 = psql_as(sit, "moderator", "INSERT INTO territori.projects (id) VALUES ('x')")
    check("in the database: the view hides the row from sit_citizen, the table is not readable, the catalogue "
          "and the work areas are read-only for every role",
          r1.stdout.strip() == "0" and "permission denied" in r2.stderr and "permission denied" in r3.stderr
          and "permission denied" in r4.stderr and "permission denied" in r5.stderr,
          f"{r1.stdout}{r1.stderr} | {r2.stderr} | {r3.stderr} | {r4.stderr} | {r5.stderr}")

    # ---- rows written before the change
    u1, u2, u3 = (str(uuid.uuid4()) for _ in range(3))
    _, b1 = sit.transaction("surveyor", insert_xml("prova_punti", {"uuid": u1, "nome": "x" * 40, "tipo": "c", "quota": 5,
                                                                   "vecchio": "da tenere"}, (9.2, 45.45)))
    _, b2 = sit.transaction("surveyor", insert_xml("prova_punti", {"uuid": u2, "nome": "breve", "tipo": "a"}, (9.21, 45.46)))
    _, b3 = sit.transaction("surveyor", insert_xml("prova_linee", {"uuid": u3, "nome": "linea"},
                                                   gml=line_gml([(9.2, 45.4), (9.25, 45.42)])))
    check("rows inserted before the change", [tx_summary(b)[0].get("totalInserted") for b in (b1, b2, b3)] == [1, 1, 1],
          b1 + b2 + b3)

    # ---- refusals: each leaves the catalogue, the tables, the rules, the capabilities and the files as they were
    state = publish_state(sit)
    bad = os.path.join(work, "bad.json")
    refusals = [
        ("malformed JSON", '{\n "format": 1,\n "id": "prova-rilievi",\n "title" "x"\n}\n',
         "not valid JSON: line 4 column 10"),
        ("format 2", dict(prova_v2(), format=2), "definition format 2: this SIT's kit knows definition format 1; "
                                                 "update the kit"),
        ("a field's type changed (integer -> text)", "quota:text", "field quota: type changed from integer to text"),
        ("a layer's geometry type changed (point -> polygon)", "geometry:polygon",
         "layer prova_punti: geometry changed from point to polygon"),
        ("a layer another project publishes", {"format": 1, "id": "prova-altro", "title": "Altro", "roles": ["officer"],
                                               "extent": [9, 45, 9.5, 45.5],
                                               "layers": [{"name": "lum", "geometry": "point", "fields": []}]},
         "layer lum: the layer is published by project ptm-milano-demo"),
        ("a missing basemap package", "package:missing", "package pkgs/manca.mbtiles not found"),
        ("a role that does not exist", dict(prova_v2(), roles=["surveyor", "admin"]), "\"admin\" is not a role"),
        ("a definition sitkit refuses (a reserved field name)", "field:rev", "field name 'rev' is reserved"),
        ("a bad project id", dict(prova_v2(), id="Prova Rilievi"), "must match ^[a-z0-9][a-z0-9_-]{0,62}$"),
    ]
    for what, content, expect in refusals:
        if isinstance(content, str) and ":" in content and not content.startswith("{"):
            key, value = content.split(":")
            content = prova_v2()
            punti = content["layers"][0]
            if key == "quota":
                next(f for f in punti["fields"] if f["name"] == "quota")["type"] = value
            elif key == "geometry":
                punti["geometry"] = value
            elif key == "field":
                punti["fields"].append({"name": value, "type": "integer"})
            elif key == "package":
                content["basemaps"] = [dict(PROVA_BASE["basemaps"][0], path="pkgs/manca.mbtiles")]
        with open(bad, "w", encoding="utf-8") as fh:
            fh.write(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False))
        r, _ = publish(sit, bad)
        after = publish_state(sit)
        check(f"publish refused, the SIT unchanged: {what}",
              r.returncode == 2 and expect in r.stderr and bad in r.stderr and after == state,
              f"rc {r.returncode}: {r.stdout}{r.stderr} {[k for k in state if state[k] != after[k]]}")

    # ---- dry run of the change: said, not done
    v2 = write_json(os.path.join(work, "prova.json"), prova_v2())
    r, _ = publish(sit, v2, "--dry-run")
    check("--dry-run says what would change and changes nothing",
          r.returncode == 0 and "prova-rilievi: version 2 (was 1)" in r.stdout and "dry run, nothing changed" in r.stdout
          and publish_state(sit) == state, r.stdout + r.stderr)

    # ---- the change
    r, elapsed = publish(sit, v2)
    log(f"     re-publish with every kind of change: {elapsed:.1f} s")
    out = r.stdout
    said = ["prova-rilievi: version 2 (was 1)", "layer prova_punti: fields added: nuovo",
            "layer prova_punti: fields removed from the definition: vecchio (columns and values kept on the SIT)",
            "layer prova_punti: field tipo: choices added: d", "layer prova_punti: field tipo: choices withdrawn: c",
            "layer prova_punti: field nome: maxLength 50 -> 20", "layer prova_aree: new table (polygon)",
            "layer prova_linee: removed from the project; its table and 1 rows stay on the SIT, no longer published"]
    check("a changed definition is published as version 2, and the report names every change",
          r.returncode == 0 and all(s in out for s in said), f"{r.stdout}{r.stderr} missing "
          f"{[s for s in said if s not in out]}")
    cat = catalogue(sit, "officer")
    d2 = json.loads(cat["prova-rilievi"]["definition"])
    check("the catalogue serves version 2 (inside the definition too) once publish returns",
          cat["prova-rilievi"]["version"] == 2 and d2["version"] == 2
          and [f["name"] for f in d2["layers"][0]["fields"]] == ["nome", "tipo", "quota", "nuovo"], cat["prova-rilievi"])
    rows = sit.sql(f"SELECT string_agg(uuid || ':' || nome || ':' || tipo || ':' || coalesce(vecchio, '-'), ',' "
                   f"ORDER BY uuid) FROM prova_punti WHERE uuid IN ('{u1}', '{u2}')")
    cols = sit.sql("SELECT string_agg(column_name, ',' ORDER BY column_name) FROM information_schema.columns "
                   "WHERE table_name = 'prova_punti' AND column_name IN ('nuovo', 'vecchio')")
    check("rows written before the change are all there, a removed field keeps its column and values, a withdrawn "
          "choice and a value over the new maxLength are kept",
          rows == ",".join(sorted([f"{u1}:{'x' * 40}:c:da tenere", f"{u2}:breve:a:-"]))
          and cols == "nuovo,vecchio" and sit.sql(f"SELECT count(*) FROM prova_linee WHERE uuid = '{u3}'") == "1",
          f"{rows} {cols}")
    caps = capabilities(sit, "surveyor")
    caps2 = capabilities(sit, "officer")
    check("the added layer is published, the removed one no longer (nor its digest), to every role",
          "prova_aree" in caps and "prova_linee" not in caps and "territori_digest_prova_linee" not in caps
          and "prova_aree" in caps2 and "prova_linee" not in caps2, sorted(caps))
    n1, n2, n3, n4 = (str(uuid.uuid4()) for _ in range(4))
    _, c1 = sit.transaction("surveyor", insert_xml("prova_punti", {"uuid": n1, "nome": "ok", "tipo": "c"}, (9.2, 45.45)))
    _, c2 = sit.transaction("surveyor", insert_xml("prova_punti", {"uuid": n2, "nome": "y" * 30, "tipo": "a"}, (9.2, 45.45)))
    _, c3 = sit.transaction("surveyor", insert_xml("prova_punti", {"uuid": n3, "nome": "ok", "tipo": "d", "nuovo": "sì"},
                                                   (9.2, 45.45)))
    _, c4 = sit.transaction("surveyor", insert_xml("prova_aree", {"uuid": n4, "nome": "area"}, gml=polygon_gml(9.2, 45.4)))
    rev = sit.sql(f"SELECT rev FROM prova_punti WHERE uuid = '{u1}'")
    _, c5 = sit.transaction("surveyor", update_xml("prova_punti", {"quota": 7, "base_rev": rev}, eq_filter(uuid=u1)))
    check("the new rules hold: a withdrawn choice and a value over the tightened maxLength refused, the added choice "
          "and field accepted, the added layer takes features, an old row takes an edit of another field",
          [tx_summary(b)[0].get("totalInserted") for b in (c1, c2, c3, c4)] == [0, 0, 1, 1]
          and tx_summary(c5)[0].get("totalUpdated") == 1, f"{c1[-300:]} {c2[-300:]} {c3[-300:]} {c4[-300:]} {c5[-300:]}")

    # a field removed earlier cannot come back with another type: its column is still there
    back = prova_v2()
    back["layers"][0]["fields"].append({"name": "vecchio", "type": "integer"})
    state = publish_state(sit)
    r, _ = publish(sit, write_json(bad, back))
    check("publish refused, the SIT unchanged: a removed field re-added with another type (the column decides)",
          r.returncode == 2 and "column prova_punti.vecchio is text" in r.stderr and publish_state(sit) == state,
          r.stdout + r.stderr)
    check_files(sit, package, pkg_sha)


def check_files(sit, package, sha):
    """/files/: the basemap packages, static, for every user: Range (resume), If-Range, HEAD; nothing else."""
    url = f"{sit.base}/files/{sha}.mbtiles"
    data = open(package, "rb").read()
    st, body, h = sit.request(url, role="citizen")
    check("GET /files/<sha256>.mbtiles: the whole package, for any user (citizen)",
          st == 200 and hashlib.sha256(body).hexdigest() == sha and h.get("Accept-Ranges") == "bytes"
          and h.get("ETag") and h.get("Last-Modified"), f"{st} {h}")
    etag = h.get("ETag")
    half = len(data) // 2
    st1, part1, h1 = sit.request(url, role="surveyor", headers={"Range": f"bytes=0-{half - 1}"})
    st2, part2, h2 = sit.request(url, role="surveyor", headers={"Range": f"bytes={half}-", "If-Range": etag})
    check("a download cut at half resumes with Range: 206 with exactly the bytes asked for",
          st1 == 206 and part1 == data[:half] and st2 == 206 and part2 == data[half:]
          and h2.get("Content-Range") == f"bytes {half}-{len(data) - 1}/{len(data)}"
          and hashlib.sha256(part1 + part2).hexdigest() == sha, f"{st1} {len(part1)} {st2} {len(part2)} {h2}")
    st3, part3, _ = sit.request(url, role="officer", headers={"Range": "bytes=1000-1999"})
    st4, part4, _ = sit.request(url, role="officer", headers={"Range": f"bytes={half}-", "If-Range": '"not-the-etag"'})
    check("a middle range is exact; If-Range with another ETag gets the whole file (200)",
          st3 == 206 and part3 == data[1000:2000] and st4 == 200 and part4 == data, f"{st3} {len(part3)} {st4}")
    st, body, h = sit.request(url, role="moderator", method="HEAD")
    check("HEAD: the size, no body", st == 200 and body == b"" and h.get("Content-Length") == str(len(data)), f"{st} {h}")
    put = sit.request(url, role="surveyor", data=b"x", method="PUT")[0]
    new = sit.request(f"{sit.base}/files/{'0' * 64}.mbtiles", role="surveyor", data=b"x", method="PUT",
                      headers={"If-None-Match": "*"})[0]
    delete = sit.request(url, role="surveyor", method="DELETE")[0]
    listing = sit.request(f"{sit.base}/files/", role="surveyor")[0]
    check("PUT, DELETE and a listing are refused (403); the file is untouched",
          (put, new, delete, listing) == (403, 403, 403, 403)
          and open(os.path.join(sit.dir, "files", f"{sha}.mbtiles"), "rb").read() == data, (put, new, delete, listing))
    st = sit.request(url)[0]
    st_wrong = sit.request(url, auth=(sit.creds["citizen"][0], "wrong"))[0]
    check("no credentials or a wrong password: 401", (st, st_wrong) == (401, 401), (st, st_wrong))


def check_work_areas(sit, tmp):
    """territori_work_areas for every role, with the sample flag; sit areas refusing a broken file."""
    with open(os.path.join(DEMO, "sit", "work_areas.geojson"), encoding="utf-8") as fh:
        sample = json.load(fh)
    for role in ROLE_NAMES:
        fc = sit.get_features(role, "territori_work_areas")
        props = [f["properties"] for f in fc["features"]]
        kinds = sorted({p["kind"] for p in props})
        check(f"work areas served to the {role}: the 8 sample zones and 32 comuni, sample=true, '(esempio)'",
              len(props) == len(sample["features"]) == 40 and kinds == ["comune", "zona_omogenea"]
              and sum(p["kind"] == "zona_omogenea" for p in props) == 8
              and all(p["sample"] is True and p["name"].endswith(" (esempio)") for p in props)
              and set(props[0]) == {"id", "kind", "name", "code", "sample"}
              and all(f["id"] == "territori_work_areas." + f["properties"]["id"] for f in fc["features"])
              and all(f["geometry"]["type"] == "MultiPolygon" for f in fc["features"]), f"{len(props)} {kinds}")
    one = sit.get_features("citizen", "territori_work_areas", FEATUREID="territori_work_areas.zona-nord-ovest")
    check("a work area by its id", [f["properties"]["name"] for f in one["features"]] == ["Nord Ovest (esempio)"], one)

    def areas_state():
        return sit.sql("SELECT count(*) || ':' || md5(string_agg(id || kind || name || coalesce(code, '') || sample "
                       "|| ST_AsText(geometry), ',' ORDER BY id)) FROM territori.work_areas")

    state = areas_state()
    path = os.path.join(tmp, "areas.geojson")
    square = {"type": "Polygon", "coordinates": [[[9.0, 45.0], [9.1, 45.0], [9.1, 45.1], [9.0, 45.1], [9.0, 45.0]]]}
    bowtie = {"type": "Polygon", "coordinates": [[[9.0, 45.0], [9.1, 45.1], [9.1, 45.0], [9.0, 45.1], [9.0, 45.0]]]}
    flat_ring = {"type": "Polygon", "coordinates": [[[9.0, 45.0], [9.1, 45.0], [9.2, 45.0], [9.0, 45.0]]]}

    def feature(fid, geometry, **props):
        return {"type": "Feature", "properties": dict({"id": fid, "kind": "comune", "name": fid}, **props),
                "geometry": geometry}

    broken = [
        ("not JSON", "{\"type\": \"FeatureCollection\", \"features\": [", "not valid JSON"),
        ("a feature without kind", [feature("a", square, kind=None)], "\"kind\" must be comune or zona_omogenea"),
        ("a feature without name", [feature("a", square, name="")], "\"name\" is required"),
        ("a point", [feature("a", {"type": "Point", "coordinates": [9, 45]})], "must be a Polygon or a MultiPolygon"),
        ("an unclosed ring", [feature("a", {"type": "Polygon", "coordinates": [square["coordinates"][0][:-1]]})],
         "must be closed"),
        ("a polygon without area", [feature("b", square), feature("flat", flat_ring)],
         "work area flat: the geometry has no area"),
        ("an id used twice", [feature("a", square), feature("a", square)], "the id is used twice"),
    ]
    for what, content, expect in broken:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(content if isinstance(content, str) else json.dumps({"type": "FeatureCollection",
                                                                         "features": content}))
        r = sit.run("areas", sit.dir, path, check_rc=False)
        check(f"sit areas refuses {what}, the work areas unchanged",
              r.returncode != 0 and expect in r.stderr and areas_state() == state, f"rc {r.returncode} {r.stderr}")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": [feature("quadrato", square, sample=False, code="999999"),
                                                             feature("farfalla", bowtie, kind="zona_omogenea")]}, fh)
    r = sit.run("areas", sit.dir, path, check_rc=False)
    got = {f["properties"]["id"]: f for f in sit.get_features("surveyor", "territori_work_areas")["features"]}
    check("sit areas replaces every area in one go, repairing a self-intersecting ring (ST_MakeValid)",
          r.returncode == 0 and "2 loaded" in r.stdout and "1 repaired" in r.stdout and sorted(got) == ["farfalla", "quadrato"]
          and got["quadrato"]["properties"]["sample"] is False and got["quadrato"]["properties"]["code"] == "999999"
          and len(got["farfalla"]["geometry"]["coordinates"]) == 2, f"{r.stdout}{r.stderr} {sorted(got)}")
    r = sit.run("areas", sit.dir, os.path.join(DEMO, "sit", "work_areas.geojson"), check_rc=False)
    check("... and the sample file loads back", r.returncode == 0 and areas_state() == state, r.stdout + r.stderr)


class WatchdogCheck(threading.Thread):
    """Hang the officer's worker (Insert with an unknown property), expect the watchdog to kill it."""

    def __init__(self, sit):
        super().__init__(daemon=True)
        self.sit, self.results = sit, []

    def run(self):
        sit = self.sit
        # The officer role has more than one worker: the request hangs whichever lighttpd hands it to.
        pids = worker_pids(sit, "officer")
        if not pids:
            self.results.append(("watchdog: officer worker found", False, "no worker"))
            return
        t = time.monotonic()
        try:
            sit.transaction("officer", insert_xml("lum", {"uuid": str(uuid.uuid4()), "not_a_field": "x"}))
            answered = True
        except (TimeoutError, socket.timeout, urllib.error.URLError):
            answered = False
        except Exception:   # noqa: BLE001  any client-side timeout flavour
            answered = False
        self.results.append(("watchdog: the hanging request gets no answer within the client timeout",
                             not answered, ""))
        killed = []
        while not killed and time.monotonic() - t < 60:
            killed = [p for p in pids if gone_or_zombie(p)]
            time.sleep(0.5)
        killed_after = time.monotonic() - t
        pid = killed[0] if killed else pids[0]
        self.results.append((f"watchdog killed the hung worker pid {pid} within 40 s ({killed_after:.1f} s)",
                             bool(killed) and killed_after <= 40, ""))
        self.results.append(("watchdog killed only the hung worker", len(killed) == 1, f"{killed} of {pids}"))
        wlog = open(os.path.join(sit.dir, "log", "watchdog.log"), encoding="utf-8").read()
        self.results.append(("watchdog logged the kill", f"pid {pid} " in wlog, wlog[-300:]))
        st, body, _ = sit.ows("officer", {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetCapabilities"},
                              timeout=30)
        self.results.append(("the officer endpoint answers again", st == 200 and b"WFS_Capabilities" in body, st))


def patch_timeout(sit):
    """A short client timeout for the hanging request only."""
    orig = sit.request

    def request(url, role=None, data=None, method=None, headers=None, auth=None, timeout=20, context=None):
        if role == "officer" and data and "not_a_field" in str(data):
            timeout = 3
        return orig(url, role, data, method, headers, auth, timeout, context)
    sit.request = request


def main():
    if os.geteuid() != 0:
        print("SKIP: sit_kit needs root (it runs PostgreSQL as user postgres, lighttpd and QGIS Server)")
        return 77
    for need in ("/usr/lib/cgi-bin/qgis_mapserv.fcgi", "/usr/sbin/lighttpd", "/usr/bin/psql", "/usr/bin/curl",
                 "/usr/lib/lighttpd/mod_magnet.so"):
        if not os.path.exists(need):
            print(f"SKIP: {need} missing (run .ci/install-deps)")
            return 77
    tmp = tempfile.mkdtemp(prefix="sit-test-")
    os.chmod(tmp, 0o711)
    folder = os.path.join(tmp, "sit")
    project_json = os.path.join(tmp, "project.json")
    project_id = make_project(project_json)
    # SIT_TEST_PORTS="HTTP,PG,TLS" pins the ports (e.g. to a range set aside for one engineer); free ones otherwise
    fixed = os.environ.get("SIT_TEST_PORTS")
    port, pg_port, tls_port = [int(p) for p in fixed.split(",")] if fixed else free_ports(3)
    sit = Sit(folder, port, pg_port, tls_port)
    keep = os.environ.get("SIT_TEST_KEEP") == "1"
    # small limits, so that the checks reach them quickly
    os.environ.update({"SIT_DAV_MAX_KB": "64", "SIT_DAV_QUOTA_KB": "160", "SIT_AUTH_MAX_FAILS": "4",
                       "SIT_AUTH_WINDOW_SECS": "5"})
    try:
        r, elapsed = sit.up("--project", project_json, "--features", os.path.join(DEMO, "features"))
        log(f"cold start (fresh folder, initdb included): {elapsed:.1f} s; {r.stdout.strip()}")
        check("up prints the base URL", r.stdout.splitlines()[0] == f"http://127.0.0.1:{port}/", r.stdout)
        check("demo-credentials.txt is mode 600", os.stat(os.path.join(folder, "demo-credentials.txt")).st_mode & 0o777 == 0o600)
        qgs = open(os.path.join(folder, "qgis", "surveyor.qgs"), encoding="utf-8").read()
        check("no password in the .qgs", sit.creds and "password" not in qgs.lower())

        check_crash_recovery(sit)
        check_idempotent(sit, project_json)
        patch_timeout(sit)
        watchdog = WatchdogCheck(sit)
        watchdog.start()
        check_seeds(sit, project_id)
        check_insert_update_delete(sit)
        check_auth(sit)
        check_roles(sit)
        check_access_categories(sit)
        check_participation(sit)
        check_comment_window(sit)
        check_types(sit)
        check_webdav(sit)
        check_webdav_limits(sit)
        check_identity(sit)
        check_tls(sit)
        check_login_limit(sit)
        watchdog.join(90)
        for name, ok, detail in watchdog.results:
            check(name, ok, detail)
        check("watchdog check finished", not watchdog.is_alive())
        check_erasure(sit)      # the officer's endpoint: after the watchdog check has hung one of its workers
        check_erasure_final(sit)
        # their bursts of CPU (QGIS parsing 1 MB bodies) would starve the hung worker below the watchdog's threshold
        check_layer_rules_wfs(sit)
        check_layer_rules_sql(sit)
        check_pattern_parity(sit)
        check_work_areas(sit, tmp)
        check_projects(sit, tmp)    # after the watchdog check: regenerating the projects takes both cores
        check_writers_and_watermark(sit)  # last: it leaves its rows
    except Exception as e:  # noqa: BLE001
        import traceback
        traceback.print_exc()
        failures.append(f"exception: {e}")
    finally:
        try:
            sit.run("down", folder, timeout=60)
        except Exception as e:  # noqa: BLE001
            failures.append(f"down: {e}")
        left = sit_processes(folder)
        check("down leaves no process", not left, str(left))
        listening = [p for p in (port, pg_port, tls_port) if port_open(p)]
        check("down leaves no listener", not listening, str(listening))
    log(f"{'FAILED: ' + ', '.join(failures) if failures else 'all checks passed'} in {time.monotonic() - T0:.0f} s")
    if failures or keep:
        log(f"kept {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
