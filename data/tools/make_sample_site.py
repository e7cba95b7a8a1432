#!/usr/bin/env python3
"""Writes data/sample-site.json: the bundled, illustrative Lomé-like Tier III carrier hotel.

Run from anywhere with python3; the output goes next to this folder (data/sample-site.json),
or to the path given as the first argument. Tenants and figures are fictional. The result
must pass validateModel(): tests/core/tst_model_validation.cpp imports and checks it.

Layout (metres, building frame):
  Colocation  20 × 20 m at (0, 0): rows A–H, 20 positions each, 0.6 × 1.2 m, running along x
              between x = 4 and x = 16 (CRAHs along both side walls). Rows come in pairs whose
              fronts face a 1.2 m cold aisle; pairs are 1.2 m apart (hot aisles). The first row of
              a pair runs towards −x (its depth towards −y), the second towards +x.
  Government  10 × 10 m at (24, 0): rows G1–G4, 10 positions each, the same way.
Each row pair has one RPP on path A and one on path B (Government: one of each for the hall);
every rack is fed from both. Blocked positions stand next to the two building columns (in the
cold aisles of rows C/D and E/F) or at row ends, and have no design kW.
Obstacles drawn on the plans (none on a rack position; each CRAH and RPP has at least 1.2 m of
free floor in front of it):
  Colocation  CRAH units two along each side wall (x = 0–1 and 19–20) blowing into the room, the two
              columns, a door in the east wall, the A1/B1 RPPs at the east ends of rows A and B,
              two FM-200 cylinders in the north-east corner.
  Government  two CRAH units along the west wall, a door between them, an FM-200 cylinder.
Cages: the bank's 18 m² cage around its racks in row C, the fintech's around its racks in row H.
Price book: illustrative Lomé prices in francs CFA (not a tariff): racks, cage floor, committed kW
in three density bands, the A+B feed option, cross-connects, remote hands, setup; term discounts
12/24/36/60 months → 0/5/8/12 %, escalator 3 %/yr, VAT 18 %, quotes valid 30 days.
"""

import json
import os
import sys

RACK_W_MM = 600
RACK_D_MM = 1200
AISLE_M = 1.2
RACK_D_M = RACK_D_MM / 1000


def m(x):
    """Metres to millimetre precision, integral values as ints (stable, readable JSON)."""
    x = round(x, 3)
    return int(x) if float(x).is_integer() else x


class Site:
    def __init__(self):
        self.tables = {k: [] for k in (
            "buildings", "halls", "rows", "racks", "obstacles", "tenants", "cages", "contracts", "utilityFeeds",
            "transformers", "generators", "upsGroups", "pdus", "chillers", "crahs")}

    def add(self, table, obj):
        obj = {"id": len(self.tables[table]) + 1, **obj}
        self.tables[table].append(obj)
        return obj["id"]


s = Site()

site = {
    "name": "Lomé Carrier Hotel (sample)",
    "location": "Lomé, Togo",
    "landAreaM2": 10600,
    "currency": "XOF",
    "designAmbientC": 35,
    "auxiliaryKw": 40,
    "loadPowerFactor": 0.9,
    "coldAisleMinM": 1.2,
    "hotAisleMinM": 0.9,
    "serviceMinM": 1.2,
    "wallMinM": 1,
    "notes": "Illustrative sample site: fictional tenants and figures, not the real Lomé Data Center.",
}

building = s.add("buildings", {"name": "Main building"})

# ---- power chain ----------------------------------------------------------------------------
s.add("utilityFeeds", {"name": "Utility feed 1 (20 kV)", "kva": 2000})
s.add("utilityFeeds", {"name": "Utility feed 2 (20 kV)", "kva": 2000})
s.add("transformers", {"name": "Transformers TR1/TR2", "unitKva": 2000, "count": 2, "redundancy": "2N",
                       "efficiency": 0.985})
s.add("generators", {"name": "Generators G1/G2", "unitKva": 1000, "count": 2, "powerFactor": 0.8,
                     "redundancy": "N+1"})
ups = s.add("upsGroups", {"name": "UPS A/B", "moduleKw": 250, "moduleCount": 8, "redundancy": "2N",
                          "efficiency": 0.955})

# ---- cooling ---------------------------------------------------------------------------------
s.add("chillers", {"name": "Air-cooled chillers CH1–CH3", "unitRatedKw": 500, "ratedAmbientC": 35,
                   "deratePctPerC": 1.2, "cop": 3.0, "count": 3, "redundancy": "N+1"})

# ---- halls, rows, racks ------------------------------------------------------------------------


def add_hall(name, x0, y0, width, depth, commissioned):
    return s.add("halls", {
        "buildingId": building, "name": name,
        "outline": [[m(x0), m(y0)], [m(x0 + width), m(y0)], [m(x0 + width), m(y0 + depth)], [m(x0), m(y0 + depth)]],
        "tileM": 0.6, "floorLoadKgPerM2": 1200, "ceilingHeightM": 3.6, "status": "live",
        "commissioned": commissioned})


def add_row_pair(hall, names, x_start, positions, y_base, containment):
    """Two rows facing a cold aisle: the first in y ∈ [y_base, y_base + 1.2], the second in
    y ∈ [y_base + 2.4, y_base + 3.6]. Returns the two row ids."""
    length = positions * RACK_W_MM / 1000
    first = s.add("rows", {"hallId": hall, "name": names[0], "origin": [m(x_start + length), m(y_base + RACK_D_M)],
                           "orientationDeg": 180, "coldAisle": "front", "containment": containment})
    second = s.add("rows", {"hallId": hall, "name": names[1],
                            "origin": [m(x_start), m(y_base + RACK_D_M + AISLE_M)],
                            "orientationDeg": 0, "coldAisle": "front", "containment": containment})
    return first, second


rack_ids = {}   # (hall name, rack name) -> id


def add_racks(hall_name, row, row_name, positions, design_kw, max_weight, height_u, blocked, feed_a, feed_b,
              rack_name):
    for k in range(positions):
        name = rack_name(row_name, k + 1)
        is_blocked = name in blocked
        rid = s.add("racks", {
            "rowId": row, "name": name, "offsetMm": k * RACK_W_MM, "widthMm": RACK_W_MM, "depthMm": RACK_D_MM,
            "heightU": height_u, "designKw": 0 if is_blocked else design_kw, "maxWeightKg": max_weight,
            "state": "blocked" if is_blocked else "free", "tenantId": None,
            "feedAPduId": feed_a, "feedBPduId": feed_b})
        rack_ids[(hall_name, name)] = rid


# Colocation: 8 rows × 20. Design kW per row: mostly 4–6, row H high density at 8 kW next to a
# 3 kW network row, so that no row pair needs more than its RPP gives: 400 A × 400 V × √3 at 80 %
# continuous loading = 222 kW, against 19 × (6 + 5) = 209 kW for the densest pairs.
colo = add_hall("Colocation", 0, 0, 20, 20, "2023-01-15")
colo_rows = {"A": (4, 1000, 42), "B": (4, 1000, 42), "C": (5, 1200, 42), "D": (5, 1200, 42),
             "E": (6, 1200, 42), "F": (5, 1200, 42), "G": (3, 1000, 42), "H": (8, 1360, 48)}
# Under the two building columns (position 10/11 of rows C–F) and next to the CRAHs at row ends.
colo_blocked = {"A01", "B20", "C10", "D10", "E11", "F10", "G20", "H01"}


def colo_rack_name(row, n):
    return f"{row}{n:02d}"


pair_names = [("A", "B"), ("C", "D"), ("E", "F"), ("G", "H")]
for p, names in enumerate(pair_names):
    feed_a = s.add("pdus", {"hallId": colo, "upsGroupId": ups, "name": f"RPP-C-A{p + 1}", "path": "A",
                            "breakerA": 400, "voltageV": 400, "phases": 3})
    feed_b = s.add("pdus", {"hallId": colo, "upsGroupId": ups, "name": f"RPP-C-B{p + 1}", "path": "B",
                            "breakerA": 400, "voltageV": 400, "phases": 3})
    rows = add_row_pair(colo, names, 4.0, 20, 1.0 + p * (2 * RACK_D_M + 2 * AISLE_M), "cold-aisle")
    for row, name in zip(rows, names):
        kw, weight, height = colo_rows[name]
        add_racks("Colocation", row, name, 20, kw, weight, height, colo_blocked, feed_a, feed_b, colo_rack_name)

# Government: 4 rows × 10 at 4 kW, its own RPP pair.
gov = add_hall("Government", 24, 0, 10, 10, "2023-06-01")
gov_a = s.add("pdus", {"hallId": gov, "upsGroupId": ups, "name": "RPP-G-A", "path": "A", "breakerA": 400,
                       "voltageV": 400, "phases": 3})
gov_b = s.add("pdus", {"hallId": gov, "upsGroupId": ups, "name": "RPP-G-B", "path": "B", "breakerA": 400,
                       "voltageV": 400, "phases": 3})
gov_blocked = {"G1-01", "G4-10"}


def gov_rack_name(row, n):
    return f"{row}-{n:02d}"


for p, names in enumerate([("G1", "G2"), ("G3", "G4")]):
    rows = add_row_pair(gov, names, 26.0, 10, 0.8 + p * (2 * RACK_D_M + 2 * AISLE_M), "none")
    for row, name in zip(rows, names):
        add_racks("Government", row, name, 10, 4, 1000, 42, gov_blocked, gov_a, gov_b, gov_rack_name)

s.add("crahs", {"hallId": colo, "name": "CRAH Colocation", "unitKw": 120, "count": 8, "redundancy": "N+1"})
s.add("crahs", {"hallId": gov, "name": "CRAH Government", "unitKw": 100, "count": 3, "redundancy": "N+1"})


# ---- obstacles on the floor ------------------------------------------------------------------
# A rectangle widthM along rotationDeg, depthM across, about its centre; its front is local −y:
# rotation 90 faces +x, 270 faces −x.
def obstacle(hall, kind, name, x, y, width, depth, rotation=0):
    s.add("obstacles", {"hallId": hall, "kind": kind, "name": name, "centre": [m(x), m(y)], "widthM": m(width),
                        "depthM": m(depth), "rotationDeg": rotation})


# Colocation: downflow CRAHs 2.0 × 0.9 m against the side walls, 3 m of floor before the rows.
for n, (x, y, rotation) in enumerate([(0.5, 6, 90), (0.5, 14, 90), (19.5, 6, 270), (19.5, 14, 270)]):
    obstacle(colo, "crah", f"CRAH-C{n + 1}", x, y, 2.0, 0.9, rotation)
# Building columns in the cold aisles, between the blocked positions C10/D10 and E11/F10.
obstacle(colo, "column", "Column C-1", 10.0, 7.6, 0.4, 0.4)
obstacle(colo, "column", "Column C-2", 9.7, 12.4, 0.4, 0.4)
obstacle(colo, "door", "Door C-1", 20, 10, 1.2, 0.2, 90)
# The RPPs of the first row pair, 1.5 m past the ends of rows A and B (clear of the row names),
# fronts towards the east wall.
obstacle(colo, "pdu", "RPP-C-A1", 17.8, 1.6, 0.8, 0.6, 90)
obstacle(colo, "pdu", "RPP-C-B1", 17.8, 4.0, 0.8, 0.6, 90)
obstacle(colo, "fire-cylinder", "FM-200 C-1", 19.6, 19.6, 0.4, 0.4)
obstacle(colo, "fire-cylinder", "FM-200 C-2", 19.1, 19.6, 0.4, 0.4)
# Government: slim CRAHs (0.6 m deep) leave 1.35 m before the rows, which start at x = 26.
obstacle(gov, "crah", "CRAH-G1", 24.35, 2.6, 1.6, 0.6, 90)
obstacle(gov, "crah", "CRAH-G2", 24.35, 7.4, 1.6, 0.6, 90)
obstacle(gov, "door", "Door G-1", 24, 5, 1.0, 0.2, 90)
obstacle(gov, "fire-cylinder", "FM-200 G-1", 33.6, 9.6, 0.4, 0.4)

# ---- tenants and contracts ---------------------------------------------------------------------
# (name, sector, contact slug)
TENANTS = [
    ("Banque Kpessi du Togo", "bank", "banque-kpessi"),
    ("Caisse Mutuelle du Zio", "microfinance", "cm-zio"),
    ("Assurances Mono-Lac", "insurance", "mono-lac"),
    ("Assurances du Haho", "insurance", "assurances-haho"),
    ("Agbodrafo Net", "ISP", "agbodrafo-net"),
    ("Kara Connect", "ISP", "kara-connect"),
    ("Yovo Market", "e-commerce", "yovo-market"),
    ("Gbaka Express", "e-commerce", "gbaka-express"),
    ("Université privée de l'Avé", "university", "univ-ave"),
    ("Clinique numérique Bè", "health", "clinique-be"),
    ("Zémi Pay", "fintech", "zemi-pay"),
    ("Adjoa Médias", "media", "adjoa-medias"),
    ("Kekeli Énergie", "energy", "kekeli-energie"),
    ("Akpé Logistique", "logistics", "akpe-logistique"),
    ("Sitou Informatique", "IT services", "sitou-informatique"),
    ("Lagune Telecom", "carrier", "lagune-telecom"),
    ("Mono Fibre Networks", "carrier", "mono-fibre"),
    ("Ministère de l'Économie numérique (fictif)", "government", "economie-numerique"),
]
tenant_ids = {}
for name, sector, slug in TENANTS:
    tenant_ids[name] = s.add("tenants", {"name": name, "sector": sector, "contact": f"noc@{slug}.example"})


def positions(hall, names):
    """Rack names given as 'C01-C09' ranges or single names, in order."""
    out = []
    for item in names:
        if "–" in item:
            first, last = item.split("–")
            sep = "-" if "-" in first else ""
            prefix = first[:first.rfind("-") + 1] if sep else first[:-2]
            lo, hi = int(first[-2:]), int(last[-2:])
            out += [f"{prefix}{n:02d}" for n in range(lo, hi + 1)]
        else:
            out.append(item)
    for n in out:
        assert (hall, n) in rack_ids, (hall, n)
    return out


def contract(tenant, hall, racks, kw, status, start, ramp_months, start_pct, draw, end=None, cage=0,
             occupied=(), reserved=()):
    """A contract; `occupied` and `reserved` list the positions it holds in its hall."""
    hall_id = colo if hall == "Colocation" else gov
    held = positions(hall, occupied) + positions(hall, reserved)
    assert len(held) <= racks, (tenant, len(held), racks)
    for i, n in enumerate(held):
        rack = s.tables["racks"][rack_ids[(hall, n)] - 1]
        assert rack["state"] == "free", (tenant, n, rack["state"])
        rack["state"] = "occupied" if i < len(positions(hall, occupied)) else "reserved"
        rack["tenantId"] = tenant_ids[tenant]
    s.add("contracts", {"tenantId": tenant_ids[tenant], "hallId": hall_id, "racks": racks, "cageM2": cage,
                        "committedKw": kw, "rampStartPct": start_pct, "rampMonths": ramp_months, "drawRatio": draw,
                        "start": start, "end": end, "status": status})


C = "Colocation"
# Row A (4 kW): ISPs and microfinance.
contract("Agbodrafo Net", C, 8, 32, "active", "2023-04-15", 24, 25, 0.55, occupied=["A02–A09"])
contract("Kara Connect", C, 5, 20, "active", "2024-02-01", 12, 50, 0.6, occupied=["A10–A14"])
contract("Caisse Mutuelle du Zio", C, 4, 16, "active", "2023-06-01", 0, 100, 0.6, end="2028-05-31",
         occupied=["A15–A18"])
# Row B (4 kW): carriers' meet-me racks, the university, the clinic.
contract("Lagune Telecom", C, 4, 16, "active", "2023-01-15", 0, 100, 0.8, occupied=["B01–B04"])
contract("Mono Fibre Networks", C, 3, 12, "active", "2023-05-01", 0, 100, 0.7, occupied=["B05–B07"])
contract("Mono Fibre Networks", C, 2, 8, "reserved", "2026-03-01", 6, 50, 0.6, reserved=["B08–B09"])
contract("Université privée de l'Avé", C, 6, 24, "active", "2024-09-01", 12, 50, 0.5, end="2029-08-31",
         occupied=["B10–B15"])
contract("Clinique numérique Bè", C, 2, 8, "active", "2025-01-15", 0, 100, 0.6, occupied=["B16–B17"])
# Row C (5 kW): the bank in a cage, and an insurer.
contract("Banque Kpessi du Togo", C, 12, 60, "active", "2023-03-01", 12, 50, 0.7, end="2030-02-28", cage=18,
         occupied=["C01–C09", "C11–C13"])
contract("Assurances Mono-Lac", C, 6, 30, "active", "2023-09-01", 12, 40, 0.65, occupied=["C14–C19"])
# Row D (5 kW): signed and reserved customers not yet in, one IT company moving in.
contract("Assurances du Haho", C, 3, 12, "signed", "2025-11-01", 6, 50, 0.6, reserved=["D01–D03"])
contract("Akpé Logistique", C, 4, 20, "signed", "2026-01-15", 12, 50, 0.6, reserved=["D04–D07"])
contract("Sitou Informatique", C, 3, 15, "active", "2025-06-01", 6, 50, 0.7, occupied=["D08", "D09", "D11"])
contract("Gbaka Express", C, 3, 12, "reserved", "2026-04-01", 6, 50, 0.6, reserved=["D12–D14"])
# Row E (6 kW): e-commerce.
contract("Yovo Market", C, 10, 60, "active", "2024-05-01", 18, 30, 0.75, occupied=["E01–E10"])
# Row H (8 kW): the fintech's high-density racks, half installed, half waiting for its ramp.
contract("Zémi Pay", C, 8, 64, "active", "2025-03-01", 24, 25, 0.8, occupied=["H02–H05"], reserved=["H06–H09"])
# A quote still open and a contract that has ended: neither holds racks.
contract("Adjoa Médias", C, 2, 8, "quoted", "2026-06-01", 0, 100, 0.6)
contract("Kekeli Énergie", C, 3, 15, "ended", "2023-02-01", 6, 50, 0.6, end="2025-01-31")
# The government hall.
G = "Government"
contract("Ministère de l'Économie numérique (fictif)", G, 24, 96, "active", "2023-07-01", 24, 40, 0.6,
         occupied=["G1-02–G1-10", "G2-01–G2-10", "G3-01–G3-05"])
contract("Ministère de l'Économie numérique (fictif)", G, 6, 24, "signed", "2026-01-01", 12, 50, 0.5,
         reserved=["G3-06–G3-10", "G4-01"])

# Cages around tenants' racks: the bank's (C01–C13, x 8.2–16 in y 5.8–7.0) is the 18 m² of its
# contract; the fintech's encloses H02–H09 (x 4.6–9.4, y 17.8–19.0) up to 0.6 m from the north wall.
s.add("cages", {"hallId": colo, "tenantId": tenant_ids["Banque Kpessi du Togo"], "name": "Cage Kpessi",
                "outline": [[8.2, 5.3], [17.2, 5.3], [17.2, 7.3], [8.2, 7.3]]})
s.add("cages", {"hallId": colo, "tenantId": tenant_ids["Zémi Pay"], "name": "Cage Zémi Pay",
                "outline": [[4.6, 17.5], [9.4, 17.5], [9.4, 19.4], [4.6, 19.4]]})

# Contracts stay sorted by id, grouped in the order written; tenants hold only what they are granted.
committed = sum(c["committedKw"] for c in s.tables["contracts"] if c["status"] not in ("quoted", "ended"))
usable_ups = 250 * 8 / 2
assert 0.4 <= committed / usable_ups <= 0.6, committed
rpp_usable_kw = 400 * 400 * 3 ** 0.5 / 1000 * 0.8
for pdu in s.tables["pdus"]:
    load = sum(r["designKw"] for r in s.tables["racks"] if r["feedAPduId"] == pdu["id"] or r["feedBPduId"] == pdu["id"])
    assert load <= rpp_usable_kw, (pdu["name"], load)
design = sum(r["designKw"] for r in s.tables["racks"])
assert design <= usable_ups, design

# ---- growth scenarios (docs/growth-model.md) ---------------------------------------------------
# Months count from the scenario's start (month 0 = January 2026). Money in XOF: a 1,000 kVA
# diesel set installed with its share of switchgear and fuel ≈ 450 M XOF (≈ 690 k€); a 500 kW
# air-cooled chiller with pumps and piping ≈ 220 M XOF. Lead times are typical for West Africa,
# where plant is imported by sea through the port of Lomé.
scenario_ids = {"tenantGrowth": 0, "prospects": 0, "expansions": 0}


def child(kind, obj):
    scenario_ids[kind] += 1
    return {"id": scenario_ids[kind], **obj}


def prospect(name, racks, kw, probability, month, spread, ramp_months, start_pct, draw, hall=None, dual=True):
    return {"name": name, "hallId": hall, "racks": racks, "committedKw": kw, "dualCorded": dual,
            "probability": probability, "signMonth": month, "signSpreadMonths": spread, "rampStartPct": start_pct,
            "rampMonths": ramp_months, "drawRatio": draw}


BASE_GROWTH = [("Zémi Pay", 15), ("Yovo Market", 10), ("Ministère de l'Économie numérique (fictif)", 2)]
SME_PROSPECTS = [
    prospect("Adjoa Médias", 2, 8, 0.6, 5, 2, 6, 50, 0.6, hall=colo),
    prospect("Clinique du Golfe", 2, 8, 0.7, 8, 3, 0, 100, 0.6),
    prospect("Togo Cloud Services", 6, 36, 0.5, 12, 4, 12, 25, 0.65),
    prospect("Port autonome logistique (fictif)", 4, 20, 0.4, 18, 6, 6, 50, 0.6, hall=colo),
    prospect("Afa Fintech", 3, 24, 0.5, 24, 6, 12, 25, 0.7),
]


def scenario(sid, name, notes, prospects, expansions):
    return {"id": sid, "name": name, "notes": notes, "start": "2026-01-01", "horizonMonths": 120,
            "growthPctPerYear": 4,
            "tenantGrowth": [child("tenantGrowth", {"tenantId": tenant_ids[t], "growthPctPerYear": g})
                             for t, g in BASE_GROWTH],
            "nonRenewalProbability": 0.15, "earlyExitPerYear": 0.02, "newRackDesignKw": 6,
            "densityGrowthPctPerYear": 3, "decisionRisk": 0.1, "defaultLeadTimeMonths": 18,
            "prospects": [child("prospects", dict(p)) for p in prospects],
            "expansions": [child("expansions", dict(e)) for e in expansions]}


SCENARIOS = [
    scenario(1, "Base", "Modest organic growth (4 %/yr; the fintech and e-commerce tenants faster), 15 % of "
             "contracts not renewed at term, 2 %/yr early exits, a few SME prospects.", SME_PROSPECTS, []),
    scenario(2, "Bank + telco anchor tenant", "Base, plus a regional bank moving its primary site in and a "
             "mobile operator's core; a third generator when needed and a fourth chiller.",
             SME_PROSPECTS + [
                 prospect("Banque régionale (ancre, fictive)", 24, 192, 0.6, 9, 3, 24, 25, 0.7, hall=colo),
                 prospect("Opérateur mobile (cœur de réseau, fictif)", 12, 72, 0.7, 6, 2, 12, 30, 0.8),
             ],
             [{"name": "Generator G3", "kind": "generator", "hallId": None, "positions": 0, "powerKw": 0,
               "coolingKw": 0, "generatorKva": 1000, "capexXof": 450000000, "leadTimeMonths": 12,
               "onlineMonth": None},
              {"name": "Chiller CH4", "kind": "chiller", "hallId": None, "positions": 0, "powerKw": 0,
               "coolingKw": 500, "generatorKva": 0, "capexXof": 220000000, "leadTimeMonths": 9,
               "onlineMonth": 18}]),
]
SCENARIO_KEYS = ["id", "name", "notes", "start", "horizonMonths", "growthPctPerYear", "tenantGrowth",
                 "nonRenewalProbability", "earlyExitPerYear", "newRackDesignKw", "densityGrowthPctPerYear",
                 "decisionRisk", "defaultLeadTimeMonths", "prospects", "expansions"]
SCENARIO_CHILD_KEYS = {
    "tenantGrowth": ["id", "tenantId", "growthPctPerYear"],
    "prospects": ["id", "name", "hallId", "racks", "committedKw", "dualCorded", "probability", "signMonth",
                  "signSpreadMonths", "rampStartPct", "rampMonths", "drawRatio"],
    "expansions": ["id", "name", "kind", "hallId", "positions", "powerKw", "coolingKw", "generatorKva", "capexXof",
                   "leadTimeMonths", "onlineMonth"],
}

# ---- price book (illustrative; docs/model-format.md, docs/quote-arithmetic.md) ------------------
# Committed kW is priced on its own, by the density of the racks (kW per rack): power and
# cooling cost more per kW the denser the rack. Money in whole francs CFA.
def price_item(pid, key, name, kind, unit, price, band=(0, 0)):
    return {"id": pid, "key": key, "name": name, "kind": kind, "unit": unit, "unitPrice": price,
            "densityBandMinKw": band[0], "densityBandMaxKw": band[1]}


PRICE_BOOK = {
    "currency": "XOF",
    "vatBasisPoints": 1800,
    "escalatorBasisPoints": 300,
    "validityDays": 30,
    "illustrative": True,
    "notes": "Illustrative prices for the sample site, not a tariff: a plausible order of magnitude for "
             "colocation in Lomé, in francs CFA excluding VAT.",
    "items": [
        price_item(1, "rack-full", "Full rack (42U)", "mrc", "rack", 450000),
        price_item(2, "rack-half", "Half rack (21U)", "mrc", "half-rack", 260000),
        price_item(3, "rack-quarter", "Quarter rack (10U)", "mrc", "quarter-rack", 150000),
        price_item(4, "cage-m2", "Private cage floor", "mrc", "m2", 40000),
        price_item(5, "power-kw:up-to-5", "Committed power, up to 5 kW per rack", "mrc", "kW", 165000, (0, 5)),
        price_item(6, "power-kw:5-10", "Committed power, 5 to 10 kW per rack", "mrc", "kW", 175000, (5, 10)),
        price_item(7, "power-kw:over-10", "Committed power, over 10 kW per rack", "mrc", "kW", 190000, (10, 0)),
        price_item(8, "feed-ab", "A+B power feeds", "mrc", "rack", 45000),
        price_item(9, "xc-fibre", "Cross-connect, fibre", "mrc", "cross-connect", 35000),
        price_item(10, "xc-fibre-setup", "Cross-connect installation, fibre", "nrc", "cross-connect", 100000),
        price_item(11, "xc-copper", "Cross-connect, copper", "mrc", "cross-connect", 20000),
        price_item(12, "xc-copper-setup", "Cross-connect installation, copper", "nrc", "cross-connect", 60000),
        price_item(13, "remote-hands", "Remote hands", "nrc", "hour", 25000),
        price_item(14, "setup-rack", "Rack installation and setup", "nrc", "rack", 250000),
    ],
    "termDiscounts": [{"months": 12, "basisPoints": 0}, {"months": 24, "basisPoints": 500},
                      {"months": 36, "basisPoints": 800}, {"months": 60, "basisPoints": 1200}],
}
PRICE_BOOK_KEYS = ["currency", "vatBasisPoints", "escalatorBasisPoints", "validityDays", "illustrative", "notes",
                   "items", "termDiscounts"]
PRICE_ITEM_KEYS = ["id", "key", "name", "kind", "unit", "unitPrice", "densityBandMinKw", "densityBandMaxKw"]


# ---- writing ---------------------------------------------------------------------------------
KEY_ORDER = {
    "buildings": ["id", "name"],
    "halls": ["id", "buildingId", "name", "outline", "tileM", "floorLoadKgPerM2", "ceilingHeightM", "status",
              "commissioned"],
    "rows": ["id", "hallId", "name", "origin", "orientationDeg", "coldAisle", "containment"],
    "racks": ["id", "rowId", "name", "offsetMm", "widthMm", "depthMm", "heightU", "designKw", "maxWeightKg", "state",
              "tenantId", "feedAPduId", "feedBPduId"],
    "obstacles": ["id", "hallId", "kind", "name", "centre", "widthM", "depthM", "rotationDeg"],
    "tenants": ["id", "name", "sector", "contact"],
    "cages": ["id", "hallId", "tenantId", "name", "outline"],
    "contracts": ["id", "tenantId", "hallId", "racks", "cageM2", "committedKw", "rampStartPct", "rampMonths",
                  "drawRatio", "start", "end", "status"],
    "utilityFeeds": ["id", "name", "kva"],
    "transformers": ["id", "name", "unitKva", "count", "redundancy", "efficiency"],
    "generators": ["id", "name", "unitKva", "count", "powerFactor", "redundancy"],
    "upsGroups": ["id", "name", "moduleKw", "moduleCount", "redundancy", "efficiency"],
    "pdus": ["id", "hallId", "upsGroupId", "name", "path", "breakerA", "voltageV", "phases"],
    "chillers": ["id", "name", "unitRatedKw", "ratedAmbientC", "deratePctPerC", "cop", "count", "redundancy"],
    "crahs": ["id", "hallId", "name", "unitKw", "count", "redundancy"],
}
SITE_KEYS = ["name", "location", "landAreaM2", "currency", "designAmbientC", "auxiliaryKw", "loadPowerFactor",
             "coldAisleMinM", "hotAisleMinM", "serviceMinM", "wallMinM", "notes"]


def dump(value):
    return json.dumps(value, ensure_ascii=False)


def line(obj, keys):
    assert set(obj) == set(keys), (set(obj) ^ set(keys))
    return "{" + ", ".join(f"{dump(k)}: {dump(obj[k])}" for k in keys) + "}"


out = ['{', '  "format": "hectare-site",', '  "formatVersion": 1,', '  "site": {']
out.append(",\n".join(f"    {dump(k)}: {dump(site[k])}" for k in SITE_KEYS))
out.append("  },")
tables = list(KEY_ORDER)
for table in tables:
    rows = s.tables[table]
    body = ",\n".join("    " + line(obj, KEY_ORDER[table]) for obj in rows)
    out.append(f'  "{table}": [\n{body}\n  ],')


def scenario_text(sc):
    """A scenario over several lines: its own keys, then each nested object on a line of its own."""
    assert set(sc) == set(SCENARIO_KEYS), set(sc) ^ set(SCENARIO_KEYS)
    parts = []
    for k in SCENARIO_KEYS:
        if k in SCENARIO_CHILD_KEYS:
            items = ",\n".join("        " + line(c, SCENARIO_CHILD_KEYS[k]) for c in sc[k])
            parts.append(f"      {dump(k)}: [\n{items}\n      ]" if items else f"      {dump(k)}: []")
        else:
            parts.append(f"      {dump(k)}: {dump(sc[k])}")
    return "    {\n" + ",\n".join(parts) + "\n    }"


out.append('  "scenarios": [\n' + ",\n".join(scenario_text(sc) for sc in SCENARIOS) + "\n  ],")


def price_book_text(book):
    assert set(book) == set(PRICE_BOOK_KEYS), set(book) ^ set(PRICE_BOOK_KEYS)
    parts = []
    for k in PRICE_BOOK_KEYS:
        if k == "items":
            items = ",\n".join("      " + line(i, PRICE_ITEM_KEYS) for i in book[k])
            parts.append(f"    {dump(k)}: [\n{items}\n    ]")
        elif k == "termDiscounts":
            items = ",\n".join("      " + line(d, ["months", "basisPoints"]) for d in book[k])
            parts.append(f"    {dump(k)}: [\n{items}\n    ]")
        else:
            parts.append(f"    {dump(k)}: {dump(book[k])}")
    return "  {\n" + ",\n".join(parts) + "\n  }"


out.append('  "priceBook": ' + price_book_text(PRICE_BOOK).lstrip())
out.append("}")
text = "\n".join(out) + "\n"
json.loads(text)   # well-formed

target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                                             "sample-site.json")
with open(target, "w", encoding="utf-8") as f:
    f.write(text)
held = sum(1 for r in s.tables["racks"] if r["state"] in ("occupied", "reserved"))
print(f"wrote {os.path.normpath(target)}: {len(s.tables['halls'])} halls, {len(s.tables['racks'])} positions "
      f"({held} held), {len(s.tables['obstacles'])} obstacles, {len(s.tables['cages'])} cages, "
      f"{len(s.tables['tenants'])} tenants, {committed:g} kW committed of {usable_ups:g} kW UPS, "
      f"{len(PRICE_BOOK['items'])} price items")
