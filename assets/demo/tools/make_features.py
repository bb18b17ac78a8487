#!/usr/bin/env python3
"""Generate the SAMPLE feature files in ../features/ (stdlib only, deterministic).

All geometries are hand-placed approximations for demonstration purposes:
they are NOT official data. Every feature is named "Esempio – ..." and its
`note` says "Geometria di esempio, non ufficiale."

Polygons are described as irregular outlines in local metres around a centre
point (x east, y north, optional rotation) and converted to EPSG:4326 with a
local equirectangular approximation; areas (superficie_mq) are computed from
the resulting geometry.

Usage:  python3 tools/make_features.py        (writes features/*.geojson)
"""
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
OUT = os.path.join(DEMO, "features")

R = 6371008.8
NOTE = "Geometria di esempio, non ufficiale."
PFX = "Esempio – "


def m_to_lonlat(lon0, lat0, x, y):
    lat = lat0 + math.degrees(y / R)
    lon = lon0 + math.degrees(x / (R * math.cos(math.radians(lat0))))
    return [round(lon, 6), round(lat, 6)]


def ring_from_offsets(lon0, lat0, offsets, rot_deg=0.0):
    a = math.radians(rot_deg)
    ca, sa = math.cos(a), math.sin(a)
    pts = []
    for x, y in offsets:
        xr, yr = x * ca - y * sa, x * sa + y * ca
        pts.append(m_to_lonlat(lon0, lat0, xr, yr))
    return close_ccw(pts)


def ring_street_aligned(lon0, lat0, bearing_deg, st):
    """(s, t) offsets: s along a street with the given bearing (deg from north,
    clockwise), t perpendicular to the left of the street direction."""
    b = math.radians(bearing_deg)
    ux, uy = math.sin(b), math.cos(b)
    wx, wy = -uy, ux  # left normal
    pts = [m_to_lonlat(lon0, lat0, s * ux + t * wx, s * uy + t * wy) for s, t in st]
    return close_ccw(pts)


def signed_area_m2(ring):
    lat0 = sum(p[1] for p in ring[:-1]) / (len(ring) - 1)
    k = math.cos(math.radians(lat0))
    xy = [(math.radians(p[0]) * R * k, math.radians(p[1]) * R) for p in ring]
    s = 0.0
    for (x1, y1), (x2, y2) in zip(xy, xy[1:]):
        s += x1 * y2 - x2 * y1
    return s / 2.0


def close_ccw(pts):
    ring = pts + [pts[0]]
    if signed_area_m2(ring) < 0:
        ring = list(reversed(ring))
    return ring


def poly(ring):
    return {"type": "Polygon", "coordinates": [ring]}


def line(coords):
    return {"type": "LineString", "coordinates": [[round(x, 6), round(y, 6)] for x, y in coords]}


def point(lon, lat):
    return {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}


def feature(layer, i, geom, props):
    props = dict(props)
    props["nome"] = PFX + props["nome"]
    props["note"] = NOTE
    # keep a stable, readable property order: nome, comune first
    ordered = {"nome": props.pop("nome"), "comune": props.pop("comune")}
    ordered.update(props)
    return {"type": "Feature", "id": "%s-%03d" % (layer, i), "geometry": geom, "properties": ordered}


# ---------------------------------------------------------------- aree_dismesse
AREE = [
    # The Scalo Farini sample is the lot along via Valtellina (east end of the
    # former freight yard), small enough to be walked around in ~10 minutes:
    # see tools/make_walk_nmea.py and nmea/walk-scalo-farini.nmea.
    dict(geom=ring_street_aligned(9.1836, 45.4922, -16.0, [
        (-125, 15), (95, 15), (100, 60), (85, 120), (30, 140),
        (-40, 135), (-105, 110), (-130, 55)]),
        props=dict(nome="Scalo Farini, lotto via Valtellina", comune="Milano",
                   stato="in_trasformazione", uso_precedente="ferroviario",
                   proprieta="privata", contaminazione_sospetta=True,
                   note_bonifica="Sedime ferroviario: possibili idrocarburi e metalli pesanti nei terreni di riporto. Verificare il piano di caratterizzazione.",
                   codice_pgt="AT-7", priorita=2, data_sopralluogo="2026-10-14")),
    dict(geom=ring_from_offsets(9.2075, 45.4470, [
        (-470, -70), (-300, -105), (-80, -115), (150, -100), (380, -80), (480, -40),
        (470, 60), (300, 95), (60, 110), (-180, 105), (-400, 80), (-490, 20)], 8),
        props=dict(nome="Scalo di Porta Romana", comune="Milano",
                   stato="in_trasformazione", uso_precedente="ferroviario",
                   proprieta="privata", contaminazione_sospetta=False,
                   codice_pgt="AT-3", priorita=3, data_sopralluogo="2026-10-09")),
    dict(geom=ring_from_offsets(9.1565, 45.5090, [
        (25, -420), (150, -300), (235, -120), (250, 60), (200, 230), (90, 340),
        (-60, 370), (-190, 290), (-245, 120), (-220, -80), (-120, -260)], -10),
        props=dict(nome="Gasometri della Bovisa (La Goccia)", comune="Milano",
                   stato="parzialmente_dismessa", uso_precedente="industriale",
                   proprieta="pubblica", contaminazione_sospetta=True,
                   note_bonifica="Ex officina del gas: attesa contaminazione da IPA e cianuri nei suoli. Bonifica da programmare per lotti funzionali.",
                   codice_pgt="AR-21", priorita=1, data_sopralluogo="2026-10-12")),
    dict(geom=ring_from_offsets(9.1025, 45.5195, [
        (-330, -170), (-100, -200), (150, -190), (320, -140), (340, 20), (300, 170),
        (100, 200), (-150, 190), (-320, 150), (-350, 0)]),
        props=dict(nome="Ex area Expo 2015 / MIND, comparto est", comune="Milano",
                   stato="in_trasformazione", uso_precedente="altro",
                   proprieta="pubblica", contaminazione_sospetta=False,
                   codice_pgt="ST-4", priorita=3, data_sopralluogo="2026-09-30")),
    dict(geom=ring_from_offsets(9.2105, 45.5160, [
        (-250, -200), (0, -230), (240, -190), (270, 0), (230, 200), (0, 230),
        (-240, 190), (-270, 0)], 12),
        props=dict(nome="Ex stabilimenti Pirelli Bicocca (comparto)", comune="Milano",
                   stato="rigenerata", uso_precedente="industriale",
                   proprieta="mista", contaminazione_sospetta=False,
                   codice_pgt="AR-5", priorita=5, data_sopralluogo="2026-10-05")),
    dict(geom=ring_from_offsets(9.1950, 45.5185, [
        (-170, -160), (150, -170), (180, 0), (160, 170), (-20, 190), (-180, 150), (-200, 0)], -20),
        props=dict(nome="Ex Caserma Mameli", comune="Milano",
                   stato="in_trasformazione", uso_precedente="militare",
                   proprieta="pubblica", contaminazione_sospetta=False,
                   codice_pgt="AR-8", priorita=4, data_sopralluogo="2026-10-07")),
    dict(geom=ring_from_offsets(9.2455, 45.5360, [
        (-340, -225), (-135, -270), (110, -260), (325, -180), (360, 0), (315, 200),
        (135, 260), (-90, 270), (-300, 215), (-360, 25)], 15),
        props=dict(nome="Aree ex Falck, comparto Unione (porzione)", comune="Sesto San Giovanni",
                   stato="in_trasformazione", uso_precedente="industriale",
                   proprieta="privata", contaminazione_sospetta=True,
                   note_bonifica="Ex acciaierie: bonifica di suoli e falda per comparti. Richiedere le certificazioni di avvenuta bonifica dei lotti già trasformati.",
                   codice_pgt="AT-1", priorita=1, data_sopralluogo="2026-10-02")),
    dict(geom=ring_from_offsets(9.0600, 45.5440, [
        (-300, -260), (0, -300), (280, -250), (330, -50), (300, 180), (120, 280),
        (-150, 270), (-320, 120), (-350, -80)], -5),
        props=dict(nome="Ex stabilimento Alfa Romeo (porzione)", comune="Arese",
                   stato="parzialmente_dismessa", uso_precedente="industriale",
                   proprieta="privata", contaminazione_sospetta=True,
                   note_bonifica="Ex produzione automobilistica: verificare serbatoi interrati, vernici e oli esausti nelle aree dei reparti dismessi.",
                   codice_pgt="AT-5", priorita=2, data_sopralluogo="2026-09-25")),
    dict(geom=ring_from_offsets(9.3380, 45.4880, [
        (-320, -160), (-80, -210), (200, -180), (330, -60), (300, 120), (120, 200),
        (-150, 190), (-330, 60)], 20),
        props=dict(nome="Area ex SISAS", comune="Pioltello",
                   stato="dismessa", uso_precedente="industriale",
                   proprieta="mista", contaminazione_sospetta=True,
                   note_bonifica="Ex polo chimico con storica presenza di rifiuti industriali: verificare lo stato della messa in sicurezza e il monitoraggio della falda.",
                   codice_pgt="AR-2", priorita=1, data_sopralluogo="2026-09-23")),
    dict(geom=ring_from_offsets(8.9175, 45.5905, [
        (-230, -150), (0, -170), (220, -130), (240, 60), (170, 160), (-60, 170), (-220, 90)], 30),
        props=dict(nome="Area ex Franco Tosi (porzione)", comune="Legnano",
                   stato="parzialmente_dismessa", uso_precedente="industriale",
                   proprieta="privata", contaminazione_sospetta=False,
                   codice_pgt="AT-14", priorita=3, data_sopralluogo="2026-09-18")),
    dict(geom=ring_from_offsets(8.8890, 45.4625, [
        (-180, -120), (60, -140), (190, -90), (200, 80), (40, 140), (-150, 120), (-200, 20)]),
        props=dict(nome="Area ex Saffa", comune="Magenta",
                   stato="dismessa", uso_precedente="industriale",
                   proprieta="privata", contaminazione_sospetta=True,
                   note_bonifica="Possibili residui delle lavorazioni chimiche e delle coperture in cemento-amianto; indagine preliminare da eseguire.",
                   codice_pgt="AT-9", priorita=2, data_sopralluogo="2026-09-16")),
]

# ---------------------------------------------------------------- rete_verde
RETE = [
    dict(coords=[(9.0150, 45.4032), (9.0200, 45.4030), (9.0250, 45.4034), (9.0296, 45.4041),
                 (9.0340, 45.4052), (9.0386, 45.4067), (9.0430, 45.4084), (9.0476, 45.4101)],
         props=dict(nome="Alzaia del Naviglio Grande a Gaggiano", comune="Gaggiano",
                    tipo="percorso_ciclopedonale", stato_conservazione="buono", larghezza_m=4.0,
                    nbs=False, interventi=["manutenzione", "fruizione"], data_rilievo="2026-09-22")),
    dict(coords=[(9.3150, 45.5235), (9.3200, 45.5246), (9.3250, 45.5255), (9.3300, 45.5262),
                 (9.3350, 45.5266), (9.3400, 45.5262), (9.3450, 45.5251), (9.3500, 45.5240)],
         props=dict(nome="Ciclabile della Martesana a Cernusco", comune="Cernusco sul Naviglio",
                    tipo="percorso_ciclopedonale", stato_conservazione="buono", larghezza_m=3.5,
                    nbs=False, interventi=["fruizione"], data_rilievo="2026-09-29")),
    dict(coords=[(9.2530, 45.5120), (9.2511, 45.5080), (9.2496, 45.5040), (9.2490, 45.5000),
                 (9.2481, 45.4960), (9.2466, 45.4925), (9.2451, 45.4890), (9.2440, 45.4860)],
         props=dict(nome="Fiume Lambro nel Parco Lambro", comune="Milano",
                    tipo="corso_acqua", stato_conservazione="discreto", larghezza_m=25.0,
                    nbs=True, interventi=["piantumazione", "fruizione"], data_rilievo="2026-10-06")),
    dict(coords=[(8.9600, 45.5590), (8.9650, 45.5576), (8.9700, 45.5561), (8.9750, 45.5552),
                 (8.9800, 45.5545), (8.9850, 45.5530), (8.9900, 45.5511)],
         props=dict(nome="Corridoio ecologico dell'Olona a Nerviano", comune="Nerviano",
                    tipo="corridoio_ecologico", stato_conservazione="degradato", larghezza_m=60.0,
                    nbs=True, interventi=["piantumazione", "deframmentazione"], data_rilievo="2026-09-17")),
    dict(coords=[(9.0950, 45.3575), (9.0980, 45.3572), (9.1010, 45.3570), (9.1040, 45.3566),
                 (9.1070, 45.3564), (9.1100, 45.3561), (9.1130, 45.3558)],
         props=dict(nome="Filare di pioppi lungo una roggia (Parco Agricolo Sud)", comune="Zibido San Giacomo",
                    tipo="filare", stato_conservazione="discreto", larghezza_m=6.0,
                    nbs=True, interventi=["piantumazione", "manutenzione"], data_rilievo="2026-09-24")),
    dict(coords=[(8.9480, 45.3600), (8.9500, 45.3586), (8.9521, 45.3573), (8.9545, 45.3566),
                 (8.9570, 45.3560), (8.9595, 45.3552)],
         props=dict(nome="Siepe campestre presso l'abbazia (Parco Agricolo Sud)", comune="Morimondo",
                    tipo="siepe", stato_conservazione="buono", larghezza_m=3.0,
                    nbs=True, interventi=["manutenzione"], data_rilievo="2026-09-24")),
    dict(coords=[(9.0600, 45.5790), (9.0650, 45.5792), (9.0700, 45.5794), (9.0750, 45.5795),
                 (9.0800, 45.5797), (9.0850, 45.5799), (9.0900, 45.5800)],
         props=dict(nome="Alzaia del Canale Villoresi", comune="Garbagnate Milanese",
                    tipo="percorso_ciclopedonale", stato_conservazione="discreto", larghezza_m=3.0,
                    nbs=False, interventi=["manutenzione", "fruizione"], data_rilievo="2026-10-01")),
    dict(coords=[(9.1950, 45.5320), (9.1965, 45.5340), (9.1979, 45.5360), (9.1989, 45.5380),
                 (9.1995, 45.5400), (9.2000, 45.5420)],
         props=dict(nome="Percorso ciclopedonale nel Parco Nord", comune="Bresso",
                    tipo="percorso_ciclopedonale", stato_conservazione="buono", larghezza_m=3.0,
                    nbs=False, interventi=["fruizione"], data_rilievo="2026-10-08")),
    dict(coords=[(9.0950, 45.5860), (9.0955, 45.5895), (9.0965, 45.5930), (9.0975, 45.5965),
                 (9.0985, 45.6000), (9.0990, 45.6035)],
         props=dict(nome="Corridoio ecologico della Pineta (Parco delle Groane)", comune="Cesate",
                    tipo="corridoio_ecologico", stato_conservazione="discreto", larghezza_m=120.0,
                    nbs=True, interventi=["deframmentazione", "piantumazione"], data_rilievo="2026-10-01")),
    dict(coords=[(9.1010, 45.3420), (9.1000, 45.3390), (9.0992, 45.3360), (9.0988, 45.3330),
                 (9.0990, 45.3300), (9.0998, 45.3270), (9.1010, 45.3240)],
         props=dict(nome="Filare lungo il Naviglio Pavese", comune="Binasco",
                    tipo="filare", stato_conservazione="degradato", larghezza_m=5.0,
                    nbs=True, interventi=["piantumazione"], data_rilievo="2026-09-24")),
    dict(coords=[(9.5150, 45.6250), (9.5165, 45.6215), (9.5185, 45.6180), (9.5200, 45.6145),
                 (9.5215, 45.6110), (9.5225, 45.6075)],
         props=dict(nome="Corridoio ecologico della valle dell'Adda", comune="Trezzo sull'Adda",
                    tipo="corridoio_ecologico", stato_conservazione="buono", larghezza_m=200.0,
                    nbs=True, interventi=["deframmentazione"], data_rilievo="2026-09-29")),
]

# ---------------------------------------------------------------- servizi_sovracomunali
SERVIZI = [
    ((9.1863, 45.5098), dict(nome="Ospedale Niguarda", comune="Milano", categoria="sanita",
                             bacino_utenti=1500000, accessibile_tpl=True, minuti_a_piedi=4,
                             rilevato_il="2026-10-06T09:15:00+02:00")),
    ((9.2113, 45.5133), dict(nome="Università di Milano-Bicocca, piazza dell'Ateneo Nuovo", comune="Milano",
                             categoria="universita", bacino_utenti=35000, accessibile_tpl=True,
                             minuti_a_piedi=6, rilevato_il="2026-10-05T11:00:00+02:00")),
    ((9.1565, 45.5030), dict(nome="Politecnico di Milano, campus Bovisa", comune="Milano",
                             categoria="universita", bacino_utenti=20000, accessibile_tpl=True,
                             minuti_a_piedi=5, rilevato_il="2026-10-12T14:20:00+02:00")),
    ((9.2030, 45.4680), dict(nome="Palazzo Isimbardi, sede della Città metropolitana", comune="Milano",
                             categoria="amministrazione", bacino_utenti=3200000, accessibile_tpl=True,
                             minuti_a_piedi=3, rilevato_il="2026-10-13T10:00:00+02:00")),
    ((8.9005, 45.5865), dict(nome="Ospedale di Legnano", comune="Legnano", categoria="sanita",
                             bacino_utenti=450000, accessibile_tpl=True, minuti_a_piedi=12,
                             rilevato_il="2026-09-18T10:30:00+02:00")),
    ((8.8850, 45.4700), dict(nome="Ospedale di Magenta", comune="Magenta", categoria="sanita",
                             bacino_utenti=200000, accessibile_tpl=True, minuti_a_piedi=9,
                             rilevato_il="2026-09-16T15:10:00+02:00")),
    ((9.2620, 45.4160), dict(nome="Policlinico San Donato", comune="San Donato Milanese", categoria="sanita",
                             bacino_utenti=300000, accessibile_tpl=True, minuti_a_piedi=15,
                             rilevato_il="2026-10-03T09:40:00+02:00")),
    ((9.3460, 45.3535), dict(nome="Ospedale Predabissi", comune="Vizzolo Predabissi", categoria="sanita",
                             bacino_utenti=170000, accessibile_tpl=False,
                             rilevato_il="2026-09-21T11:25:00+02:00")),
    ((9.0770, 45.5830), dict(nome="Ospedale di Garbagnate Milanese", comune="Garbagnate Milanese",
                             categoria="sanita", bacino_utenti=250000, accessibile_tpl=True,
                             minuti_a_piedi=14, rilevato_il="2026-10-01T16:05:00+02:00")),
    ((9.0925, 45.5455), dict(nome="Villa Arconati a Castellazzo", comune="Bollate", categoria="cultura",
                             bacino_utenti=60000, accessibile_tpl=False,
                             rilevato_il="2026-09-27T10:45:00+02:00")),
    ((9.0270, 45.5725), dict(nome="Villa Litta", comune="Lainate", categoria="cultura",
                             bacino_utenti=80000, accessibile_tpl=True, minuti_a_piedi=18,
                             rilevato_il="2026-09-27T15:30:00+02:00")),
    ((8.9550, 45.3540), dict(nome="Abbazia di Morimondo", comune="Morimondo", categoria="cultura",
                             bacino_utenti=50000, accessibile_tpl=False,
                             rilevato_il="2026-09-24T12:10:00+02:00")),
    ((9.1410, 45.4125), dict(nome="Palazzetto dello sport di Milanofiori", comune="Assago", categoria="sport",
                             bacino_utenti=900000, accessibile_tpl=True, minuti_a_piedi=5,
                             rilevato_il="2026-10-10T18:45:00+02:00")),
    ((8.9150, 45.4000), dict(nome="Polo scolastico superiore di Abbiategrasso", comune="Abbiategrasso",
                             categoria="istruzione", bacino_utenti=3500, accessibile_tpl=True,
                             minuti_a_piedi=10, rilevato_il="2026-09-15T08:50:00+02:00")),
]

# ---------------------------------------------------------------- siti_logistici
SITI = [
    dict(geom=ring_from_offsets(9.2990, 45.4930, [
        (-450, -80), (-150, -110), (200, -105), (460, -70), (470, 60), (150, 100),
        (-200, 95), (-460, 70)], 5),
        props=dict(nome="Terminal intermodale di Segrate", comune="Segrate", tipo="logistica",
                   attivita=["cross_docking", "magazzino"], cov=0.30, addetti=450,
                   raccordo_ferroviario=True, rilevanza="metropolitana")),
    dict(geom=ring_from_offsets(9.3440, 45.5065, [
        (-200, -140), (190, -150), (210, 130), (-180, 150), (-215, 0)]),
        props=dict(nome="Polo logistico di Pioltello", comune="Pioltello", tipo="logistica",
                   attivita=["magazzino", "ultimo_miglio"], cov=0.55, addetti=380,
                   raccordo_ferroviario=False, rilevanza="sovracomunale")),
    dict(geom=ring_from_offsets(9.3790, 45.4410, [
        (-320, -200), (300, -210), (330, 190), (0, 230), (-310, 200)], -12),
        props=dict(nome="Area logistica di Caleppio", comune="Settala", tipo="logistica",
                   attivita=["magazzino", "cross_docking"], cov=0.52, addetti=720,
                   raccordo_ferroviario=False, rilevanza="metropolitana")),
    dict(geom=ring_from_offsets(9.1450, 45.3330, [
        (-350, -220), (0, -250), (340, -220), (360, 210), (-20, 240), (-360, 200)], 10),
        props=dict(nome="Polo logistico di Lacchiarella", comune="Lacchiarella", tipo="logistica",
                   attivita=["magazzino"], cov=0.50, addetti=900,
                   raccordo_ferroviario=False, rilevanza="metropolitana")),
    dict(geom=ring_from_offsets(8.9440, 45.4930, [
        (-230, -150), (220, -160), (240, 140), (-40, 170), (-240, 150)], -25),
        props=dict(nome="Polo logistico di Vittuone", comune="Vittuone", tipo="logistica",
                   attivita=["magazzino", "ultimo_miglio"], cov=0.48, addetti=310,
                   raccordo_ferroviario=False, rilevanza="sovracomunale")),
    dict(geom=ring_from_offsets(9.1000, 45.5560, [
        (-180, -130), (170, -140), (190, 120), (20, 150), (-190, 130)]),
        props=dict(nome="Comparto produttivo di Ospiate", comune="Bollate", tipo="misto",
                   attivita=["manifattura", "magazzino"], cov=0.45, addetti=260,
                   raccordo_ferroviario=False, rilevanza="locale")),
    dict(geom=ring_from_offsets(9.0420, 45.5620, [
        (-280, -170), (0, -185), (260, -180), (290, 170), (-270, 180)], 35),
        props=dict(nome="Polo logistico presso lo svincolo A8", comune="Lainate", tipo="logistica",
                   attivita=["magazzino", "cross_docking"], cov=0.50, addetti=520,
                   raccordo_ferroviario=False, rilevanza="sovracomunale")),
    dict(geom=ring_from_offsets(9.2720, 45.3930, [
        (-260, -180), (250, -190), (270, 40), (240, 190), (-250, 200), (-275, 0)]),
        props=dict(nome="Area produttiva di Sesto Ulteriano", comune="San Giuliano Milanese", tipo="misto",
                   attivita=["magazzino", "manifattura", "ultimo_miglio"], cov=0.42, addetti=1100,
                   raccordo_ferroviario=False, rilevanza="metropolitana")),
    dict(geom=ring_from_offsets(9.4000, 45.4870, [
        (-200, -120), (210, -130), (220, 120), (-190, 130), (-215, 0)], 15),
        props=dict(nome="Polo logistico di Liscate", comune="Liscate", tipo="logistica",
                   attivita=["magazzino"], cov=0.55, addetti=240,
                   raccordo_ferroviario=False, rilevanza="sovracomunale")),
    dict(geom=ring_from_offsets(8.9920, 45.5620, [
        (-150, -100), (40, -120), (160, -90), (170, 90), (-20, 120), (-160, 100)]),
        props=dict(nome="Polo di ricerca farmaceutica di Nerviano", comune="Nerviano", tipo="produttivo",
                   attivita=["ricerca", "manifattura"], cov=0.35, addetti=650,
                   raccordo_ferroviario=False, rilevanza="metropolitana")),
    dict(geom=ring_from_offsets(9.4600, 45.5860, [
        (-300, -160), (280, -170), (310, 160), (-10, 190), (-290, 170)], -8),
        props=dict(nome="Polo logistico di Basiano", comune="Basiano", tipo="logistica",
                   attivita=["magazzino", "cross_docking"], cov=0.55, addetti=600,
                   raccordo_ferroviario=False, rilevanza="sovracomunale")),
]

# ---------------------------------------------------------------- lum
LUM = [
    ((9.0873, 45.5216), dict(nome="LUM Rho Fiera", comune="Rho", nodo="interscambio",
                             servizi=["parcheggio_bici", "car_sharing", "ricarica"], posti_auto=1500)),
    ((9.2382, 45.5413), dict(nome="LUM Sesto San Giovanni FS / Sesto 1° Maggio", comune="Sesto San Giovanni",
                             nodo="interscambio",
                             servizi=["parcheggio_bici", "bike_sharing", "pacchi", "commercio"], posti_auto=600)),
    ((9.2766, 45.5418), dict(nome="LUM Cologno Nord M2", comune="Cologno Monzese", nodo="metropolitana",
                             servizi=["parcheggio_bici", "ricarica"], posti_auto=700)),
    ((9.2557, 45.4293), dict(nome="LUM San Donato M3", comune="San Donato Milanese", nodo="interscambio",
                             servizi=["parcheggio_bici", "bike_sharing", "car_sharing", "ricarica"], posti_auto=1800)),
    ((9.2385, 45.4335), dict(nome="LUM Milano Rogoredo", comune="Milano", nodo="interscambio",
                             servizi=["parcheggio_bici", "bike_sharing", "car_sharing", "pacchi", "commercio"],
                             posti_auto=450)),
    ((8.9190, 45.5960), dict(nome="LUM Legnano FS", comune="Legnano", nodo="ferrovia",
                             servizi=["parcheggio_bici", "pacchi"], posti_auto=350)),
    ((9.4215, 45.4945), dict(nome="LUM Melzo FS", comune="Melzo", nodo="ferrovia",
                             servizi=["parcheggio_bici", "ricarica"], posti_auto=500)),
    ((8.9235, 45.3935), dict(nome="LUM Abbiategrasso FS", comune="Abbiategrasso", nodo="ferrovia",
                             servizi=["parcheggio_bici"], posti_auto=300)),
    ((9.4365, 45.5465), dict(nome="LUM Gessate M2", comune="Gessate", nodo="metropolitana",
                             servizi=["parcheggio_bici", "ricarica", "pacchi"], posti_auto=900)),
    ((9.1420, 45.4100), dict(nome="LUM Assago Milanofiori Forum", comune="Assago", nodo="autobus",
                             servizi=["bike_sharing", "car_sharing", "commercio"], posti_auto=1200)),
    ((8.8860, 45.4695), dict(nome="LUM Magenta FS", comune="Magenta", nodo="ferrovia",
                             servizi=["parcheggio_bici"], posti_auto=250)),
    ((9.1595, 45.5025), dict(nome="LUM Milano Bovisa", comune="Milano", nodo="ferrovia",
                             servizi=["parcheggio_bici", "bike_sharing"], posti_auto=150)),
    ((9.3265, 45.4850), dict(nome="LUM Pioltello-Limito FS", comune="Pioltello", nodo="ferrovia",
                             servizi=["parcheggio_bici", "pacchi"], posti_auto=400)),
]


def fc(features):
    return {"type": "FeatureCollection", "features": features}


def write(name, features):
    path = os.path.join(OUT, name + ".geojson")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(fc(features), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%-28s %2d features" % (os.path.relpath(path, DEMO), len(features)))


def main():
    os.makedirs(OUT, exist_ok=True)
    feats = []
    for i, d in enumerate(AREE, 1):
        p = dict(d["props"])
        p["superficie_mq"] = float(round(abs(signed_area_m2(d["geom"]))))
        feats.append(feature("aree_dismesse", i, poly(d["geom"]), p))
    write("aree_dismesse", feats)

    write("rete_verde", [feature("rete_verde", i, line(d["coords"]), d["props"])
                         for i, d in enumerate(RETE, 1)])

    write("servizi_sovracomunali", [feature("servizi_sovracomunali", i, point(*ll), p)
                                    for i, (ll, p) in enumerate(SERVIZI, 1)])

    feats = []
    for i, d in enumerate(SITI, 1):
        p = dict(d["props"])
        cov = p.pop("cov")
        area = abs(signed_area_m2(d["geom"]))
        p["superficie_coperta_mq"] = float(round(area * cov, -2))
        feats.append(feature("siti_logistici", i, poly(d["geom"]), p))
    write("siti_logistici", feats)

    write("lum", [feature("lum", i, point(*ll), p) for i, (ll, p) in enumerate(LUM, 1)])


if __name__ == "__main__":
    main()
