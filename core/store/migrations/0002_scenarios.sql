-- Hectare document, schema version 2: growth scenarios (docs/growth-model.md).
-- A scenario is a layer of assumptions over the base site; its children go with it.
-- Months are counted from the scenario's start (month 0); money is whole francs (XOF).

CREATE TABLE scenario (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    start_date TEXT,                                   -- first day of the first month
    horizon_months INTEGER NOT NULL DEFAULT 120,
    growth_pct_per_year REAL NOT NULL DEFAULT 0,
    non_renewal_probability REAL NOT NULL DEFAULT 0,
    early_exit_per_year REAL NOT NULL DEFAULT 0,
    new_rack_design_kw REAL NOT NULL DEFAULT 0,        -- 0: the site's average design kW
    density_growth_pct_per_year REAL NOT NULL DEFAULT 0,
    decision_risk REAL NOT NULL DEFAULT 0.1,
    default_lead_time_months INTEGER NOT NULL DEFAULT 18
);

CREATE TABLE scenario_tenant_growth (
    id INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
    growth_pct_per_year REAL NOT NULL
);
CREATE INDEX scenario_tenant_growth_scenario ON scenario_tenant_growth(scenario_id);
CREATE INDEX scenario_tenant_growth_tenant ON scenario_tenant_growth(tenant_id);

CREATE TABLE scenario_prospect (
    id INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    hall_id INTEGER REFERENCES hall(id),               -- NULL: any hall, the one with the most free power
    racks INTEGER NOT NULL DEFAULT 0,
    committed_kw REAL NOT NULL DEFAULT 0,
    dual_corded INTEGER NOT NULL DEFAULT 1 CHECK (dual_corded IN (0, 1)),
    probability REAL NOT NULL,
    sign_month INTEGER NOT NULL DEFAULT 0,
    sign_spread_months INTEGER NOT NULL DEFAULT 0,
    ramp_start_pct REAL NOT NULL DEFAULT 100,
    ramp_months INTEGER NOT NULL DEFAULT 0,
    draw_ratio REAL NOT NULL DEFAULT 1
);
CREATE INDEX scenario_prospect_scenario ON scenario_prospect(scenario_id);

CREATE TABLE scenario_expansion (
    id INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('hall', 'power-block', 'chiller', 'generator')),
    hall_id INTEGER REFERENCES hall(id),               -- NULL: the site
    positions INTEGER NOT NULL DEFAULT 0,
    power_kw REAL NOT NULL DEFAULT 0,
    cooling_kw REAL NOT NULL DEFAULT 0,
    generator_kva REAL NOT NULL DEFAULT 0,
    capex_xof INTEGER NOT NULL DEFAULT 0,
    lead_time_months INTEGER NOT NULL DEFAULT 12,
    online_month INTEGER                               -- NULL: when needed
);
CREATE INDEX scenario_expansion_scenario ON scenario_expansion(scenario_id);
