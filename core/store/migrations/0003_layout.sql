-- Hectare document, schema version 3: floor-plan layout (issue 8).
-- The site's clearance rules, the obstacles on a hall's floor (columns, walls, doors, CRAH/CRAC
-- units, PDUs/RPPs, fire-suppression cylinders) and tenants' cages. Lengths in metres.

ALTER TABLE site ADD COLUMN cold_aisle_min_m REAL NOT NULL DEFAULT 1.2;
ALTER TABLE site ADD COLUMN hot_aisle_min_m REAL NOT NULL DEFAULT 0.9;
ALTER TABLE site ADD COLUMN service_min_m REAL NOT NULL DEFAULT 1.2;
ALTER TABLE site ADD COLUMN wall_min_m REAL NOT NULL DEFAULT 1.0;

-- A rectangle: width along rotation_deg (counter-clockwise from +x), depth across it, about its centre.
CREATE TABLE hall_obstacle (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES hall(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('column', 'wall', 'door', 'crah', 'pdu', 'fire-cylinder')),
    name TEXT NOT NULL,
    centre_x_m REAL NOT NULL,
    centre_y_m REAL NOT NULL,
    width_m REAL NOT NULL,
    depth_m REAL NOT NULL,
    rotation_deg REAL NOT NULL DEFAULT 0
);
CREATE INDEX hall_obstacle_hall ON hall_obstacle(hall_id);

-- A tenant's cage goes with its hall and with its tenant.
CREATE TABLE cage (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES hall(id) ON DELETE CASCADE,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    outline_json TEXT NOT NULL              -- [[x, y], …] in metres
);
CREATE INDEX cage_hall ON cage(hall_id);
CREATE INDEX cage_tenant ON cage(tenant_id);
