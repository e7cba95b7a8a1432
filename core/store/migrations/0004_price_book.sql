-- Hectare document, schema version 4: the site's price book (issue 9).
-- Money in whole francs CFA (XOF) as INTEGER; rates in basis points (1800 = 18 %).
-- A term discount may start at any term from 1 to 120 months (the quote's limit), not only
-- 12/24/36/60: a site that sells 18-month terms can say so.

CREATE TABLE price_book (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    currency TEXT NOT NULL DEFAULT 'XOF',
    vat_bp INTEGER NOT NULL DEFAULT 1800 CHECK (vat_bp BETWEEN 0 AND 10000),
    escalator_bp INTEGER NOT NULL DEFAULT 0 CHECK (escalator_bp BETWEEN 0 AND 10000),
    validity_days INTEGER NOT NULL DEFAULT 30 CHECK (validity_days >= 1),
    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    notes TEXT NOT NULL DEFAULT ''
);
-- Every document has its book, empty until priced.
INSERT INTO price_book (id) VALUES (1);

CREATE TABLE price_item (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('mrc', 'nrc')),
    unit TEXT NOT NULL CHECK (unit IN ('rack', 'half-rack', 'quarter-rack', 'm2', 'kW', 'cross-connect', 'hour',
                                       'one-off')),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    density_band_min_kw REAL NOT NULL DEFAULT 0 CHECK (density_band_min_kw >= 0),
    density_band_max_kw REAL NOT NULL DEFAULT 0 CHECK (density_band_max_kw >= 0)
);

CREATE TABLE term_discount (
    months INTEGER PRIMARY KEY CHECK (months BETWEEN 1 AND 120),
    basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 10000)
);
