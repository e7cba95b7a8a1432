#pragma once

// Sites and scenarios whose growth has a closed form, for the core/growth tests.
//
// The small test site (test_site.h) has one hall, "Hall A", whose usable power is its A/B PDU pair:
// 0.8 × 400 V × 100 A × √3 / 1000 = 55.4256 kW (the 2N UPS would give 200 kW; no transformers),
// and the site's the same. Cooling: CRAHs 2 × 50 kW N+1 = 50 kW in the hall, chillers 2 × 100 kW
// N+1 = 100 kW at the site, so 50 kW for both. Space: 4 positions. Generators 2 × 500 kVA N+1.
#include "model/site_model.h"

#include "test_site.h"

#include <cmath>

namespace hectare::test {

inline const double kHallAPowerKw = 0.8 * 400 * 100 * std::sqrt(3.0) / 1000;   // 55.4256 kW
inline const double kHallACoolingKw = 50;
inline const QDate kScenarioStart(2026, 1, 1);

// The small site whose one contract draws `committedKw` × min(1, t / rampMonths) in month t
// (ramp from 0 %, draw ratio 1, starting with the scenario), open-ended.
inline SiteModel rampSite(double committedKw, int rampMonths)
{
    SiteModel m = smallSite();
    Contract &c = m.contracts.front();
    c.committedKw = committedKw;
    c.rampStartPct = 0;
    c.rampMonths = rampMonths;
    c.drawRatio = 1;
    c.start = kScenarioStart;
    return m;
}

// A scenario with nothing in it: no growth, no churn, no prospects, no expansions.
inline Scenario plainScenario(int horizonMonths = 120)
{
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Plain");
    s.start = kScenarioStart;
    s.horizonMonths = horizonMonths;
    return s;
}

inline Prospect prospect(Id id, double committedKw, int racks, double probability, int signMonth, int spread = 0)
{
    Prospect p;
    p.id = id;
    p.name = QStringLiteral("Prospect %1").arg(id);
    p.committedKw = committedKw;
    p.racks = racks;
    p.probability = probability;
    p.signMonth = signMonth;
    p.signSpreadMonths = spread;
    return p;
}

} // namespace hectare::test
