-- Hectare document, schema version 7: named failure scenarios (issue 6), replayed over the site's
-- topology by core/reliability/stored_scenario.h. A scenario is a horizon, an outdoor temperature the
-- chillers are derated to, and timed events against the document's components.

-- ambient_c NULL: the site's design ambient. refuel 1: a delivery every tank's lead time.
CREATE TABLE failure_scenario (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    horizon_hours REAL NOT NULL CHECK (horizon_hours > 0),
    ambient_c REAL,
    refuel INTEGER NOT NULL DEFAULT 1 CHECK (refuel IN (0, 1))
);

-- One event of a scenario, in the scenario's order (seq from 0). The component is a reliability
-- library kind key ('chiller', 'ups-module', 'diesel-generator', …), the id of the document's row of
-- that kind (switchgear, PDU, or the group) and the unit's 1-based place in it; a grid outage names
-- none (component_kind '', component_id NULL). duration_hours: of the outage or the maintenance; for a
-- failure the repair time (0: the unit's MTTR); not used by a failure to start.
CREATE TABLE failure_scenario_event (
    scenario_id INTEGER NOT NULL REFERENCES failure_scenario (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('grid-outage', 'component-fails', 'component-in-maintenance',
                                       'generator-fails-to-start')),
    at_hours REAL NOT NULL CHECK (at_hours >= 0),
    duration_hours REAL NOT NULL DEFAULT 0,
    component_kind TEXT NOT NULL DEFAULT '',
    component_id INTEGER,
    member INTEGER NOT NULL DEFAULT 1 CHECK (member >= 1),
    PRIMARY KEY (scenario_id, seq)
);
