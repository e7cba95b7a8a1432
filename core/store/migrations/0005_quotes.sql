-- Hectare document, schema version 5: quotes and the capacity they hold (issue 9).
-- A quote keeps its priced lines as issued (quote_line), its proposed positions (quote_rack) and,
-- while reserved, one quote_hold row per held position. quote_hold's primary key is the rack: the
-- file itself refuses two holds on one position, whatever program writes it.
-- Positions, halls, tenants and contracts are referred to by plain ids, not foreign keys: a
-- converted, cancelled or expired quote stays on file after the racks it proposed are removed
-- from the plan. The model validator refuses removing a position a reserved quote holds, with a
-- message naming the quote.

CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    customer TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
    racks INTEGER NOT NULL CHECK (racks >= 0),
    kw_per_rack REAL NOT NULL CHECK (kw_per_rack >= 0),
    cage_m2 REAL NOT NULL DEFAULT 0 CHECK (cage_m2 >= 0),
    ab_feeds INTEGER NOT NULL DEFAULT 0 CHECK (ab_feeds IN (0, 1)),
    weight_kg_per_rack REAL NOT NULL DEFAULT 0 CHECK (weight_kg_per_rack >= 0),
    start_date TEXT NOT NULL,
    term_months INTEGER NOT NULL CHECK (term_months BETWEEN 1 AND 120),
    fibre_cross_connects INTEGER NOT NULL DEFAULT 0 CHECK (fibre_cross_connects >= 0),
    copper_cross_connects INTEGER NOT NULL DEFAULT 0 CHECK (copper_cross_connects >= 0),
    remote_hands_hours INTEGER NOT NULL DEFAULT 0 CHECK (remote_hands_hours >= 0),
    cost_per_kw_month INTEGER NOT NULL DEFAULT 0 CHECK (cost_per_kw_month >= 0),
    hall_id INTEGER,
    term_discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (term_discount_bp BETWEEN 0 AND 10000),
    escalator_bp INTEGER NOT NULL DEFAULT 0 CHECK (escalator_bp BETWEEN 0 AND 10000),
    vat_bp INTEGER NOT NULL DEFAULT 1800 CHECK (vat_bp BETWEEN 0 AND 10000),
    issued TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('issued', 'reserved', 'converted', 'cancelled', 'expired')),
    tenant_id INTEGER,
    contract_id INTEGER
);

CREATE TABLE quote_line (
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_key TEXT NOT NULL,
    label TEXT NOT NULL,
    monthly INTEGER NOT NULL CHECK (monthly IN (0, 1)),
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (quote_id, position)
);

CREATE TABLE quote_rack (
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    rack_id INTEGER NOT NULL,
    PRIMARY KEY (quote_id, position)
);

CREATE TABLE quote_hold (
    rack_id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE
);
CREATE INDEX quote_hold_by_quote ON quote_hold(quote_id);

-- The contract terms a quote states, kept with the prices: tacit renewal period and notice.
ALTER TABLE price_book ADD COLUMN renewal_months INTEGER NOT NULL DEFAULT 12 CHECK (renewal_months BETWEEN 0 AND 120);
ALTER TABLE price_book ADD COLUMN notice_months INTEGER NOT NULL DEFAULT 3 CHECK (notice_months BETWEEN 0 AND 24);
