#!/usr/bin/env python3
"""Generate nmea/walk-scalo-farini.nmea: a replayable, SYNTHETIC NMEA 0183 log
of a surveyor walking around the "Scalo Farini" sample polygon of
features/aree_dismesse.geojson (stdlib only, deterministic: fixed seed).

Scenario
  * 2026-10-14, start 08:30:00 UTC, one epoch per second, each epoch made of
    $GPGGA, $GPGSA and $GPRMC (in this order, CRLF line endings);
  * the walk starts on via Valtellina (the nearest street), stands still for a
    few seconds while the fix settles, walks to the nearest point of the
    polygon boundary, follows the whole perimeter at ~1.2 m/s (one short stop
    at a corner), returns to the entry point and back to the street;
  * horizontal noise: correlated (AR(1)) noise, about ±2-4 m;
  * ~40 s of poor accuracy in the middle of the walk (HDOP 4-8, 7 satellites,
    larger noise), otherwise HDOP ~0.8-1.4 and 9-11 satellites;
  * fix quality 1 (GPS SPS) throughout.

Usage
  python3 tools/make_walk_nmea.py            generate, then validate the file
  python3 tools/make_walk_nmea.py --check F  only validate an existing log
"""
import datetime
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
FEATURES = os.path.join(DEMO, "features", "aree_dismesse.geojson")
OUT = os.path.join(DEMO, "nmea", "walk-scalo-farini.nmea")

SEED = 20261014
START_UTC = datetime.datetime(2026, 10, 14, 8, 30, 0, tzinfo=datetime.timezone.utc)
# Start point on via Valtellina, in front of the sample lot (see make_features.py).
START = (9.183708, 45.492035)
SPEED = 1.2            # m/s, mean walking speed
SETTLE_S = 10          # standing still at the start
CORNER_STOP_S = 20     # short stop at a corner (photo) in the first half
END_STOP_S = 10        # standing still at the end
POOR_S = 40            # duration of the poor-accuracy period
ALT_MSL = 124.0        # m, ground height (approx.) above mean sea level
GEOID_SEP = 47.4       # m, geoid separation (approx. for Milan)
R = 6371008.8
KNOT = 0.514444


# ------------------------------------------------------------------ geometry
class Local:
    """Local equirectangular projection (metres) around a reference point."""

    def __init__(self, lon0, lat0):
        self.lon0, self.lat0 = lon0, lat0
        self.k = math.cos(math.radians(lat0))

    def fwd(self, lon, lat):
        return (math.radians(lon - self.lon0) * R * self.k, math.radians(lat - self.lat0) * R)

    def inv(self, x, y):
        return (self.lon0 + math.degrees(x / (R * self.k)), self.lat0 + math.degrees(y / R))


def load_polygon():
    with open(FEATURES, encoding="utf-8") as f:
        feats = json.load(f)["features"]
    for ft in feats:
        if "Scalo Farini" in ft["properties"].get("nome", ""):
            return ft["properties"]["nome"], ft["geometry"]["coordinates"][0]
    # fall back to any disused-site (aree dismesse) sample in Milano
    for ft in feats:
        if ft["properties"].get("comune") == "Milano":
            return ft["properties"]["nome"], ft["geometry"]["coordinates"][0]
    raise SystemExit("no suitable polygon in %s" % FEATURES)


def nearest_on_ring(p, ring):
    best = None
    for i in range(len(ring) - 1):
        (ax, ay), (bx, by) = ring[i], ring[i + 1]
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)))
        q = (ax + t * dx, ay + t * dy)
        d = math.hypot(p[0] - q[0], p[1] - q[1])
        if best is None or d < best[0]:
            best = (d, i, q)
    return best


def build_route(ring_xy, start_xy):
    """start -> entry point on the boundary -> full perimeter (ring order) ->
    entry point -> start. Returns the list of vertices and the index of the
    vertex where the corner stop happens."""
    _, i, entry = nearest_on_ring(start_xy, ring_xy)
    verts = ring_xy[:-1]
    n = len(verts)
    loop = [entry] + [verts[(i + 1 + k) % n] for k in range(n)] + [entry]
    route = [start_xy] + loop + [start_xy]
    corner = 1 + max(1, n // 4)  # a corner about a quarter of the way round
    return route, corner


def cumulative(route):
    c = [0.0]
    for a, b in zip(route, route[1:]):
        c.append(c[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
    return c


def at_distance(route, cum, d):
    d = max(0.0, min(d, cum[-1]))
    for k in range(len(route) - 1):
        if cum[k + 1] >= d:
            seg = cum[k + 1] - cum[k]
            t = 0.0 if seg == 0 else (d - cum[k]) / seg
            a, b = route[k], route[k + 1]
            return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])), math.atan2(b[0] - a[0], b[1] - a[1])
    return route[-1], 0.0


# ------------------------------------------------------------------ NMEA
def checksum(body):
    c = 0
    for ch in body.encode("ascii"):
        c ^= ch
    return "%02X" % c


def sentence(body):
    return "$%s*%s" % (body, checksum(body))


def fmt_lat(lat):
    h = "N" if lat >= 0 else "S"
    lat = abs(lat)
    d = int(lat)
    m = (lat - d) * 60
    s = "%02d%08.5f" % (d, m)
    if s[2:4] == "60":  # rounding guard
        s = "%02d%08.5f" % (d + 1, 0.0)
    return s, h


def fmt_lon(lon):
    h = "E" if lon >= 0 else "W"
    lon = abs(lon)
    d = int(lon)
    m = (lon - d) * 60
    s = "%03d%08.5f" % (d, m)
    if s[3:5] == "60":
        s = "%03d%08.5f" % (d + 1, 0.0)
    return s, h


def generate():
    rnd = random.Random(SEED)
    name, ring = load_polygon()
    lon_c = sum(p[0] for p in ring[:-1]) / (len(ring) - 1)
    lat_c = sum(p[1] for p in ring[:-1]) / (len(ring) - 1)
    loc = Local(lon_c, lat_c)
    ring_xy = [loc.fwd(*p) for p in ring]
    route, corner_idx = build_route(ring_xy, loc.fwd(*START))
    cum = cumulative(route)
    total = cum[-1]
    corner_d = cum[corner_idx]

    # --- timeline of true positions (1 Hz)
    truth = []  # (x, y, speed m/s, heading rad)
    d, t, stopped_at_corner, heading = 0.0, 0, 0, None
    phase = rnd.uniform(0, 2 * math.pi)
    while True:
        if t < SETTLE_S:
            v = 0.0
        elif d >= corner_d and stopped_at_corner < CORNER_STOP_S:
            v = 0.0
            stopped_at_corner += 1
        elif d >= total:
            v = 0.0
        else:
            v = SPEED + 0.08 * math.sin(t / 23.0 + phase) + rnd.gauss(0, 0.04)
        if v > 0:
            nd = min(total, d + v)
            if d < corner_d < nd and stopped_at_corner == 0:
                nd = corner_d  # arrive exactly at the corner
            v = nd - d
            d = nd
        pos, hdg = at_distance(route, cum, d)
        if v > 0.05:
            heading = hdg
        truth.append((pos[0], pos[1], v, heading if heading is not None else hdg))
        t += 1
        if d >= total:
            if len(truth) and sum(1 for p in truth[-END_STOP_S:] if p[2] == 0) >= END_STOP_S:
                break
    n = len(truth)
    poor_start = n // 2 - POOR_S // 2
    poor_end = poor_start + POOR_S  # exclusive

    # --- satellites: a stable visible set, 9-11 used, 7 during the poor period
    prns = [2, 5, 7, 9, 13, 15, 18, 20, 24, 27, 29, 30]
    rnd.shuffle(prns)

    lines = []
    err_nominal, err_poor = [], []
    ex = ey = ez = 0.0
    bias_x = bias_y = 0.0
    n_used = 10
    hdop_base = 0.9
    for k, (x, y, v, hdg) in enumerate(truth):
        ts = START_UTC + datetime.timedelta(seconds=k)
        poor = poor_start <= k < poor_end
        if poor:
            u = (k - poor_start + 0.5) / POOR_S          # 0..1 across the period
            w = math.sin(math.pi * u)                   # 0 -> 1 -> 0
            hdop = 4.0 + 4.0 * w + rnd.uniform(-0.25, 0.25)
            hdop = max(4.0, min(8.0, hdop))
            sigma = 2.5 + 4.5 * w
            used = 7
            bias_x += (6.0 * w - bias_x) * 0.15          # slow multipath-like drift
            bias_y += (-4.0 * w - bias_y) * 0.15
        else:
            if k % 45 == 0:
                n_used = max(9, min(11, n_used + rnd.choice((-1, 1))))
                hdop_base = {9: 1.2, 10: 1.0, 11: 0.85}[n_used]
            hdop = max(0.7, min(1.5, hdop_base + rnd.uniform(-0.1, 0.1)))
            sigma = 1.4
            used = n_used
            bias_x *= 0.8
            bias_y *= 0.8
        a = 0.9
        q = math.sqrt(1 - a * a)
        ex = a * ex + q * sigma * rnd.gauss(0, 1)
        ey = a * ey + q * sigma * rnd.gauss(0, 1)
        ez = a * ez + q * 1.6 * sigma * rnd.gauss(0, 1)
        if not poor:  # keep the nominal noise within about 4 m
            r = math.hypot(ex, ey)
            if r > 4.0:
                ex, ey = ex * 4.0 / r, ey * 4.0 / r
        lon, lat = loc.inv(x + ex + bias_x, y + ey + bias_y)
        (err_poor if poor else err_nominal).append(math.hypot(ex + bias_x, ey + bias_y))
        alt = ALT_MSL + ez
        vdop = hdop * (1.45 + rnd.uniform(-0.1, 0.1))
        pdop = math.sqrt(hdop * hdop + vdop * vdop)
        sog_ms = v + rnd.gauss(0, 0.05) if v > 0 else abs(rnd.gauss(0, 0.03))
        sog_ms = max(0.0, sog_ms)
        cog = (math.degrees(hdg) + rnd.gauss(0, 3.0 if v > 0 else 0.5)) % 360.0

        hhmmss = ts.strftime("%H%M%S") + ".00"
        ddmmyy = ts.strftime("%d%m%y")
        la, lah = fmt_lat(lat)
        lo, loh = fmt_lon(lon)
        sats = sorted(prns[:used])
        lines.append(sentence("GPGGA,%s,%s,%s,%s,%s,1,%02d,%.1f,%.1f,M,%.1f,M,," % (
            hhmmss, la, lah, lo, loh, used, hdop, alt, GEOID_SEP)))
        lines.append(sentence("GPGSA,A,3,%s,%.1f,%.1f,%.1f" % (
            ",".join(["%02d" % p for p in sats] + [""] * (12 - len(sats))), pdop, hdop, vdop)))
        lines.append(sentence("GPRMC,%s,A,%s,%s,%s,%s,%.2f,%.1f,%s,,,A" % (
            hhmmss, la, lah, lo, loh, sog_ms / KNOT, cog, ddmmyy)))

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="ascii", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    perim = cum[-2] - cum[1]
    print("polygon: %s" % name)
    print("route: %.0f m (perimeter %.0f m, %.0f m to/from via Valtellina)" % (
        total, perim, total - perim))
    print("wrote %s: %d epochs (%s - %s UTC), poor accuracy epochs %d-%d" % (
        os.path.relpath(OUT, DEMO), n, START_UTC.strftime("%H:%M:%S"),
        (START_UTC + datetime.timedelta(seconds=n - 1)).strftime("%H:%M:%S"), poor_start, poor_end - 1))
    for label, errs in (("nominal", err_nominal), ("poor-accuracy", err_poor)):
        errs = sorted(errs)
        print("horizontal error %-13s: median %.1f m, 95%% %.1f m, max %.1f m" % (
            label, errs[len(errs) // 2], errs[int(len(errs) * 0.95)], errs[-1]))
    return ring, loc, route


# ------------------------------------------------------------------ validation
LINE_RE = re.compile(r"^\$([A-Z]{5}),([^*$]*)\*([0-9A-F]{2})$")


def parse_latlon(v, h, deg_digits):
    d = int(v[:deg_digits])
    m = float(v[deg_digits:])
    val = d + m / 60.0
    return -val if h in "SW" else val


def check(path, ring=None, loc=None, route=None):
    """Second pass: re-read the log and verify it."""
    errors = []
    with open(path, "rb") as f:
        raw = f.read()
    if b"\r\n" not in raw or raw.replace(b"\r\n", b"").find(b"\n") >= 0:
        errors.append("lines must end with CRLF")
    text = raw.decode("ascii")
    lines = [l for l in text.split("\r\n") if l]
    epochs = []
    cur = {}
    for ln, line in enumerate(lines, 1):
        m = LINE_RE.match(line)
        if not m:
            errors.append("line %d: malformed sentence %r" % (ln, line))
            continue
        body = line[1:line.index("*")]
        if checksum(body) != m.group(3):
            errors.append("line %d: bad checksum %s (expected %s)" % (ln, m.group(3), checksum(body)))
        if len(line) > 82:
            errors.append("line %d: longer than 82 characters" % ln)
        f = body.split(",")
        kind = f[0]
        cur[kind] = f
        if kind == "GPRMC":
            epochs.append(cur)
            cur = {}
    if cur:
        errors.append("trailing incomplete epoch")
    prev_t = None
    max_dev = 0.0
    sats_seen, hdops = set(), []
    for i, e in enumerate(epochs):
        if set(e) != {"GPGGA", "GPGSA", "GPRMC"}:
            errors.append("epoch %d: sentences %s" % (i, sorted(e)))
            continue
        gga, gsa, rmc = e["GPGGA"], e["GPGSA"], e["GPRMC"]
        if len(gga) != 15 or len(gsa) != 18 or len(rmc) != 13:
            errors.append("epoch %d: wrong field count" % i)
            continue
        if gga[1] != rmc[1]:
            errors.append("epoch %d: GGA/RMC time mismatch" % i)
        t = datetime.datetime.strptime(rmc[9] + rmc[1], "%d%m%y%H%M%S.%f").replace(
            tzinfo=datetime.timezone.utc)
        if i == 0 and t != START_UTC:
            errors.append("first epoch at %s, expected %s" % (t, START_UTC))
        if prev_t is not None and (t - prev_t).total_seconds() != 1:
            errors.append("epoch %d: time step %s" % (i, t - prev_t))
        prev_t = t
        if gga[6] != "1":
            errors.append("epoch %d: fix quality %s" % (i, gga[6]))
        ns = int(gga[7])
        sats_seen.add(ns)
        if not 7 <= ns <= 11:
            errors.append("epoch %d: %d satellites" % (i, ns))
        used = [p for p in gsa[3:15] if p]
        if len(used) != ns:
            errors.append("epoch %d: GSA lists %d PRNs, GGA says %d" % (i, len(used), ns))
        if gsa[1] != "A" or gsa[2] != "3":
            errors.append("epoch %d: GSA mode" % i)
        if abs(float(gsa[16]) - float(gga[8])) > 0.051:
            errors.append("epoch %d: GSA/GGA HDOP mismatch" % i)
        hdops.append(float(gga[8]))
        if rmc[2] != "A":
            errors.append("epoch %d: RMC status %s" % (i, rmc[2]))
        if gga[2:6] != rmc[3:7]:
            errors.append("epoch %d: GGA/RMC position mismatch" % i)
        lat = parse_latlon(gga[2], gga[3], 2)
        lon = parse_latlon(gga[4], gga[5], 3)
        if route is not None:
            p = loc.fwd(lon, lat)
            dev = nearest_on_ring(p, route)[0]
            max_dev = max(max_dev, dev)
    n = len(epochs)
    if not 540 <= n <= 720:
        errors.append("%d epochs, expected about 600" % n)
    poor = sum(1 for h in hdops if h >= 4.0)
    if not 30 <= poor <= 50:
        errors.append("%d epochs with HDOP >= 4, expected ~40" % poor)
    if hdops and max(hdops) > 8.0:
        errors.append("HDOP above 8")
    print("check %s: %d lines, %d epochs, satellites %s, HDOP %.1f-%.1f, %d poor-accuracy epochs%s" % (
        os.path.relpath(path, DEMO), len(lines), n, sorted(sats_seen), min(hdops), max(hdops), poor,
        ", max distance from the walked route %.1f m" % max_dev if route is not None else ""))
    for e in errors[:50]:
        print("ERROR", e)
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        sys.exit(check(sys.argv[2]))
    ring, loc, route = generate()
    sys.exit(check(OUT, ring, loc, route))
