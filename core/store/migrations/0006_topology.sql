-- Hectare document, schema version 6: power and cooling topology for the Tier III failure analysis
-- (issue 6). The capacity groups of schema 1 (transformer, generator, UPS, chiller, CRAH groups) are
-- the topology's nodes; this adds what the failure analysis needs beyond their capacity, and the
-- components that had no table: fuel tanks, transfer switches and switchgear, chilled-water pumps.
-- MTBF and MTTR come from the bundled reliability library (data/reliability-library.json) by kind;
-- component_reliability holds the user's overrides.

-- The utility's outage profile (0 outages a year: a utility that never fails, the default for old files).
ALTER TABLE site ADD COLUMN grid_outages_per_year REAL NOT NULL DEFAULT 0 CHECK (grid_outages_per_year >= 0);
ALTER TABLE site ADD COLUMN grid_outage_mean_hours REAL NOT NULL DEFAULT 3 CHECK (grid_outage_mean_hours >= 0);
ALTER TABLE site ADD COLUMN grid_outage_tail_share REAL NOT NULL DEFAULT 0
    CHECK (grid_outage_tail_share BETWEEN 0 AND 1);
ALTER TABLE site ADD COLUMN grid_outage_tail_mean_hours REAL NOT NULL DEFAULT 24 CHECK (grid_outage_tail_mean_hours >= 0);

-- Generator defaults: the library's "diesel-generator" entry (NREL REopt fail-to-start 0.0094 per
-- demand, NFPA 110 type 10 start in 10 s; fuel of a 1,000 kVA / 800 kW set at 25/50/75/100 % load
-- in L/h, interpolated from the chart in shared/reference/reliability.md).
ALTER TABLE generator_group ADD COLUMN fail_to_start REAL NOT NULL DEFAULT 0.0094 CHECK (fail_to_start BETWEEN 0 AND 1);
ALTER TABLE generator_group ADD COLUMN start_seconds REAL NOT NULL DEFAULT 10 CHECK (start_seconds >= 0);
ALTER TABLE generator_group ADD COLUMN fuel_lph_25 REAL NOT NULL DEFAULT 65.7 CHECK (fuel_lph_25 >= 0);
ALTER TABLE generator_group ADD COLUMN fuel_lph_50 REAL NOT NULL DEFAULT 110.7 CHECK (fuel_lph_50 >= 0);
ALTER TABLE generator_group ADD COLUMN fuel_lph_75 REAL NOT NULL DEFAULT 158.3 CHECK (fuel_lph_75 >= 0);
ALTER TABLE generator_group ADD COLUMN fuel_lph_100 REAL NOT NULL DEFAULT 215.5 CHECK (fuel_lph_100 >= 0);

-- Battery time at the group's full load (typical design 5-15 min).
ALTER TABLE ups_group ADD COLUMN battery_minutes REAL NOT NULL DEFAULT 10 CHECK (battery_minutes >= 0);

-- The distribution path a transformer group serves; 'none': common to both paths.
ALTER TABLE transformer_group ADD COLUMN path TEXT NOT NULL DEFAULT 'none' CHECK (path IN ('none', 'A', 'B'));

-- Thermal ride-through: heat capacity besides the air (0: air only, volume = floor area × ceiling
-- height) and the inlet temperature rise the IT tolerates.
ALTER TABLE hall ADD COLUMN thermal_mass_kj_per_k REAL NOT NULL DEFAULT 0 CHECK (thermal_mass_kj_per_k >= 0);
ALTER TABLE hall ADD COLUMN inlet_limit_rise_k REAL NOT NULL DEFAULT 10 CHECK (inlet_limit_rise_k > 0);

CREATE TABLE fuel_tank (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    litres REAL NOT NULL CHECK (litres >= 0),
    refuel_lead_hours REAL NOT NULL DEFAULT 24 CHECK (refuel_lead_hours >= 0)
);

CREATE TABLE switchgear (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ats', 'switchgear')),
    path TEXT NOT NULL DEFAULT 'none' CHECK (path IN ('none', 'A', 'B')),
    count INTEGER NOT NULL DEFAULT 1,
    redundancy TEXT NOT NULL DEFAULT 'N' CHECK (redundancy IN ('N', 'N+1', 'N+2', '2N')),
    rated_kw REAL NOT NULL DEFAULT 0
);

-- unit_kw: the hydraulic duty of one pump, as kW of heat its flow moves.
CREATE TABLE pump_group (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    unit_kw REAL NOT NULL,
    count INTEGER NOT NULL,
    redundancy TEXT NOT NULL CHECK (redundancy IN ('N', 'N+1', 'N+2', '2N'))
);

-- Overrides of the library per component: kind is a library kind key ('diesel-generator',
-- 'ups-module', …), component_id the id of that component's row in its own table.
CREATE TABLE component_reliability (
    kind TEXT NOT NULL,
    component_id INTEGER NOT NULL,
    mtbf_hours REAL NOT NULL CHECK (mtbf_hours > 0),
    mttr_hours REAL NOT NULL CHECK (mttr_hours >= 0),
    PRIMARY KEY (kind, component_id)
);
