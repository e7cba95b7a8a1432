-- Hectare document, schema version 1: the site model of issue 3.
-- Runs inside one transaction; the migrator sets PRAGMA user_version afterwards.
-- Units follow the model: kW, kVA, m (hall geometry), mm (rack sizes), kg, °C, dates ISO 8601 text.

CREATE TABLE site (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    land_area_m2 REAL NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'XOF',
    design_ambient_c REAL NOT NULL,
    auxiliary_kw REAL NOT NULL DEFAULT 0,
    load_power_factor REAL NOT NULL DEFAULT 0.9,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE building (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE hall (
    id INTEGER PRIMARY KEY,
    building_id INTEGER REFERENCES building(id),
    name TEXT NOT NULL,
    outline_json TEXT NOT NULL,              -- [[x, y], …] in metres
    tile_m REAL NOT NULL,
    floor_load_kg_per_m2 REAL NOT NULL,
    ceiling_height_m REAL NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'built', 'live')),
    commissioned TEXT
);

CREATE TABLE hall_row (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES hall(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    origin_x_m REAL NOT NULL,
    origin_y_m REAL NOT NULL,
    orientation_deg REAL NOT NULL,
    cold_aisle TEXT NOT NULL CHECK (cold_aisle IN ('front', 'back')),
    containment TEXT NOT NULL CHECK (containment IN ('none', 'cold-aisle', 'hot-aisle', 'chimney'))
);
CREATE INDEX hall_row_hall ON hall_row(hall_id);

CREATE TABLE tenant (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sector TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT ''
);

CREATE TABLE ups_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    module_kw REAL NOT NULL,
    module_count INTEGER NOT NULL,
    redundancy TEXT NOT NULL CHECK (redundancy IN ('N', 'N+1', 'N+2', '2N')),
    efficiency REAL NOT NULL
);

CREATE TABLE pdu (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES hall(id) ON DELETE CASCADE,
    ups_group_id INTEGER REFERENCES ups_group(id),
    name TEXT NOT NULL,
    path TEXT NOT NULL CHECK (path IN ('none', 'A', 'B')),
    breaker_a REAL NOT NULL,
    voltage_v REAL NOT NULL,
    phases INTEGER NOT NULL
);
CREATE INDEX pdu_hall ON pdu(hall_id);

CREATE TABLE rack (
    id INTEGER PRIMARY KEY,
    row_id INTEGER NOT NULL REFERENCES hall_row(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    offset_mm REAL NOT NULL,
    width_mm REAL NOT NULL,
    depth_mm REAL NOT NULL,
    height_u INTEGER NOT NULL,
    design_kw REAL NOT NULL,
    max_weight_kg REAL NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('free', 'reserved', 'occupied', 'blocked')),
    tenant_id INTEGER REFERENCES tenant(id),
    feed_a_pdu_id INTEGER REFERENCES pdu(id),
    feed_b_pdu_id INTEGER REFERENCES pdu(id)
);
CREATE INDEX rack_row ON rack(row_id);
CREATE INDEX rack_tenant ON rack(tenant_id);

CREATE TABLE contract (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
    hall_id INTEGER REFERENCES hall(id),
    racks INTEGER NOT NULL DEFAULT 0,
    cage_m2 REAL NOT NULL DEFAULT 0,
    committed_kw REAL NOT NULL,
    ramp_start_pct REAL NOT NULL,
    ramp_months INTEGER NOT NULL,
    draw_ratio REAL NOT NULL,
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('quoted', 'reserved', 'signed', 'active', 'ended'))
);
CREATE INDEX contract_tenant ON contract(tenant_id);

CREATE TABLE utility_feed (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kva REAL NOT NULL
);

CREATE TABLE transformer_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit_kva REAL NOT NULL,
    count INTEGER NOT NULL,
    redundancy TEXT NOT NULL CHECK (redundancy IN ('N', 'N+1', 'N+2', '2N')),
    efficiency REAL NOT NULL
);

CREATE TABLE generator_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit_kva REAL NOT NULL,
    count INTEGER NOT NULL,
    power_factor REAL NOT NULL,
    redundancy TEXT NOT NULL CHECK (redundancy IN ('N', 'N+1', 'N+2', '2N'))
);

CREATE TABLE chiller_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit_rated_kw REAL NOT NULL,
    rated_ambient_c REAL NOT NULL,
    derate_pct_per_c REAL NOT NULL,
    cop REAL NOT NULL,
    count INTEGER NOT NULL,
    redundancy TEXT NOT NULL CHECK (redundancy IN ('N', 'N+1', 'N+2', '2N'))
);

CREATE TABLE crah_group (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES hall(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit_kw REAL NOT NULL,
    count INTEGER NOT NULL,
    redundancy TEXT NOT NULL CHECK (redundancy IN ('N', 'N+1', 'N+2', '2N'))
);
CREATE INDEX crah_group_hall ON crah_group(hall_id);
