#!/usr/bin/python3
"""sit_kit: end-to-end test of the Territori SIT (sync/server/sit) against the real stack.

Starts its own SIT in a temporary folder on free ports, checks the sync kit, WFS / WFS-T per role, WebDAV, TLS,
the watchdog, and `sit down`. Python 3 standard library only; needs root and the Debian packages of
.ci/install-deps. Exit 0 = pass, 1 = fail, 77 = skipped (prerequisites missing).
Set SIT_TEST_KEEP=1 to keep the folder (it is kept anyway when a check fails).
"""
import base64
import hashlib
import json
import os
import re
import shutil
import socket
import ssl
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

    def transaction(self, role, actions, endpoint=None):
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


def insert_xml(layer, props, lonlat=None, handle=None):
    body = "".join(f"<qgs:{k}>{xml_escape(str(v))}</qgs:{k}>" for k, v in props.items())
    if lonlat:
        body += (f'<qgs:geometry><gml:Point srsName="EPSG:4326"><gml:pos>{lonlat[0]} {lonlat[1]}</gml:pos>'
                 f'</gml:Point></qgs:geometry>')
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
                   "SELECT 'tomb', count(*) || '/' || coalesce(sum(rev), 0) FROM territori_tombstones) s")
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
    status, body = sit.transaction("surveyor", insert_xml("lum", {"uuid": u, "nome": "Prova", "last_op": "op-1"},
                                                          lonlat=(9.19123456, 45.46543210), handle="op-1"))
    totals, fids, _ = tx_summary(body)
    check("Insert answers fid <layer>.<uuid>", status == 200 and fids == [f"lum.{u}"], body)
    log(f"     InsertResults: {flat(body)}")
    row = sit.sql(f"SELECT ST_X(geometry), ST_Y(geometry), rev, last_op, updated_by, draft, deleted, "
                  f"created_at IS NOT NULL FROM lum WHERE uuid = '{u}'").split("|")
    check("Insert stored lon/lat as x/y, rev set, defaults applied by the trigger",
          row[:2] == ["9.19123456", "45.4654321"] and row[3:] == ["op-1", "sit_surveyor", "f", "f", "t"], str(row))
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
    status, body = sit.transaction("moderator", update_xml("osservazioni", {"moderazione": "pubblicato"}, eq_filter(uuid=o)))
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
    qgs = open(os.path.join(sit.dir, "qgis", "citizen.qgs"), encoding="utf-8").read()
    check("the citizen's project does not name partecipanti at all", "partecipanti" not in qgs)
    subsets = {}
    for role in ("citizen", "surveyor", "officer", "moderator"):
        root = ET.parse(os.path.join(sit.dir, "qgis", f"{role}.qgs")).getroot()
        for ml in root.iter("maplayer"):
            m = re.search(r" sql=(.*)$", ml.findtext("datasource") or "")
            if m and m.group(1).strip():
                subsets[f"{role}/{ml.findtext('layername')}"] = m.group(1).strip()
    check("only the citizen's project filters, and only the participation layers: \"moderazione\" = 'pubblicato'",
          subsets == {f"citizen/{n}": "\"moderazione\" = 'pubblicato'" for n in ("commenti", "contributi", "osservazioni")},
          json.dumps(subsets))


def check_participation(sit):
    """Moderation defaults, the citizen's view, moderator's rights, the moderation feed."""
    cur = int(sit.sql("SELECT last_value FROM territori.sync_rev"))
    sit.sql("INSERT INTO sttm_paragrafi (bozza, versione, paragrafo, titolo, apertura, chiusura) VALUES "
            "('TEST-OPEN', 1, '1.1', 'Aperta', current_date - 1, current_date + 1), "
            "('TEST-CLOSED', 1, '1.1', 'Chiusa', current_date - 30, current_date - 2)")
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
        sit.sql(f"INSERT INTO commenti (uuid, bozza, versione, paragrafo, testo, moderazione) "
                f"VALUES ('{u}', 'TEST-OPEN', 1, '1.1', 'altro', '{state}')")   # the superuser keeps the state
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
    check("the moderation feed holds the other entries' state but nothing of their content",
          {f["properties"]["uuid"]: f["properties"]["stato"] for f in feed if f["properties"]["uuid"] in (other, published)}
          == {other: "nascosto", published: "pubblicato"}
          and all(set(f["properties"]) == {"layer", "uuid", "stato", "motivo", "rev"} for f in feed), json.dumps(feed)[:400])
    check("the published entry is now in the citizen's GetFeature",
          len(sit.get_features("citizen", "commenti", FEATUREID=f"commenti.{mine}")["features"]) == 1)
    feed_rev = p.get("rev", 0)
    status, body = sit.transaction("moderator", update_xml(
        "commenti", {"moderazione": "nascosto", "motivo_moderazione": "Contiene dati personali", "last_op": "m-2"},
        eq_filter(uuid=mine)))
    row = sit.sql(f"SELECT m.stato || '|' || m.motivo || '|' || m.rev || '|' || c.rev FROM territori_moderation m "
                  f"JOIN commenti c ON c.uuid = m.uuid WHERE m.layer = 'commenti' AND m.uuid = '{mine}'").split("|")
    check("hiding it: feed row nascosto with the reason, a new rev above the entry's",
          row[:2] == ["nascosto", "Contiene dati personali"] and int(row[2]) > int(row[3]) > feed_rev, str(row))
    check("... and it is gone from the citizen's GetFeature",
          sit.get_features("citizen", "commenti", FEATUREID=f"commenti.{mine}")["features"] == [])

    # contributions: the same rules
    c = str(uuid.uuid4())
    status, body = sit.transaction("surveyor", insert_xml("contributi", {
        "uuid": c, "tema": "rete_verde", "titolo": "Filare da ricostruire", "partecipante": "P-7K2Q",
        "moderazione": "pubblicato"}, lonlat=(9.12, 45.41)))
    check("a surveyor's contribution sent as 'pubblicato' is stored in_attesa and is in the feed",
          sit.sql(f"SELECT c.moderazione || '|' || m.stato || '|' || (m.rev > c.rev) FROM contributi c JOIN "
                  f"territori_moderation m ON m.layer = 'contributi' AND m.uuid = c.uuid WHERE c.uuid = '{c}'")
          == "in_attesa|in_attesa|true", body[-300:])


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


def check_types(sit):
    u = str(uuid.uuid4())
    props = {"uuid": u, "nome": "Servizio è à ° – “prova”", "accessibile_tpl": "true", "bacino_utenti": 1234567890123,
             "rilevato_il": "2026-11-30T10:15:00.123Z", "foto": '["a.jpg","b.jpg"]', "gps_accuracy_m": 3.25,
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
          p["accessibile_tpl"] is True and p["bacino_utenti"] == 1234567890123 and p["gps_accuracy_m"] == 3.25
          and p["foto"] == '["a.jpg","b.jpg"]' and json.loads(p["foto"]) == ["a.jpg", "b.jpg"], json.dumps(p))
    check("omitted properties are NULL in GeoJSON (null), trigger defaults applied",
          p["note"] is None and p["categoria"] is None and p["draft"] is False and p["deleted"] is False, json.dumps(p))
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
        "uuid": d, "nome": "Area", "data_sopralluogo": "2026-11-30", "contaminazione_sospetta": "false",
        "superficie_mq": 24481.5, "priorita": 2}))
    f = sit.get_features("surveyor", "aree_dismesse", FEATUREID=f"aree_dismesse.{d}")["features"][0]
    log(f"     GeoJSON date/boolean/null: {json.dumps({k: f['properties'][k] for k in ('data_sopralluogo', 'contaminazione_sospetta', 'note', 'priorita', 'superficie_mq')})}, geometry {json.dumps(f['geometry'])}")
    check("date round-trips as YYYY-MM-DD, boolean false, no geometry → null",
          f["properties"]["data_sopralluogo"] == "2026-11-30" and f["properties"]["contaminazione_sospetta"] is False
          and f["geometry"] is None and sit.sql(f"SELECT data_sopralluogo FROM aree_dismesse WHERE uuid = '{d}'") == "2026-11-30",
          json.dumps(f))
    status, body = sit.transaction("surveyor", update_xml("aree_dismesse", {"data_sopralluogo": "2027-01-02"},
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
    for need in ("/usr/lib/cgi-bin/qgis_mapserv.fcgi", "/usr/sbin/lighttpd", "/usr/bin/psql", "/usr/bin/curl"):
        if not os.path.exists(need):
            print(f"SKIP: {need} missing (run .ci/install-deps)")
            return 77
    tmp = tempfile.mkdtemp(prefix="sit-test-")
    os.chmod(tmp, 0o711)
    folder = os.path.join(tmp, "sit")
    project_json = os.path.join(tmp, "project.json")
    project_id = make_project(project_json)
    port, pg_port, tls_port = free_ports(3)
    sit = Sit(folder, port, pg_port, tls_port)
    keep = os.environ.get("SIT_TEST_KEEP") == "1"
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
        check_tls(sit)
        watchdog.join(90)
        for name, ok, detail in watchdog.results:
            check(name, ok, detail)
        check("watchdog check finished", not watchdog.is_alive())
        check_erasure(sit)      # the officer's endpoint: after the watchdog check has hung one of its workers
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
