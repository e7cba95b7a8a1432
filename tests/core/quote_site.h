#pragma once

// Sites for the quoting tests, built on the small test site (test_site.h).
//
// twoHallSite(): hall "East" (the small site's hall, renamed) with one row of 12 positions of
// 5 kW, the first six occupied by "Croissance SA" (30 kW, active since 2024); hall "West" with one
// row of 8 free positions of 8 kW. Each hall has its own A/B RPP pair (55.4 kW usable) and its own
// CRAHs (2 × 50 kW, N+1: 50 kW). Chillers 3 × 100 kW N+1 at the site. So today East has 6 free
// positions that match a 5 kW rack exactly, 25.4 kW of power and 20 kW of cooling free; West has 8
// positions that strand 3 kW each.
// The scenario "Base" grows Croissance SA by 30 % a year from January 2026: its draw reaches
// 40 kW (East's cooling less a 10 kW sale) in month 13 and passes it in month 14.
#include "model/site_model.h"

#include "test_site.h"

namespace hectare::test {

inline SiteModel twoHallSite()
{
    SiteModel m = smallSite();
    m.halls[0].name = QStringLiteral("East");
    m.halls[0].outline = {{0, 0}, {12, 0}, {12, 10}, {0, 10}};
    m.rows[0].name = QStringLiteral("E1");
    m.racks.clear();
    for (int i = 0; i < 12; ++i) {
        Rack rack;
        rack.id = i + 1;
        rack.rowId = 1;
        rack.name = QStringLiteral("E1-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        rack.offsetMm = 600.0 * i;
        rack.designKw = 5;
        rack.maxWeightKg = 1000;
        rack.feedAPduId = 1;
        rack.feedBPduId = 2;
        if (i < 6) {
            rack.state = RackState::Occupied;
            rack.tenantId = 1;
        }
        m.racks.push_back(rack);
    }
    m.tenants[0].name = QStringLiteral("Croissance SA");
    m.contracts[0].racks = 6;
    m.contracts[0].committedKw = 30;

    Hall west = m.halls[0];
    west.id = 2;
    west.name = QStringLiteral("West");
    m.halls.push_back(west);
    Row row = m.rows[0];
    row.id = 2;
    row.hallId = 2;
    row.name = QStringLiteral("W1");
    m.rows.push_back(row);
    m.pdus.push_back(Pdu{3, 2, 1, QStringLiteral("RPP-W-A"), FeedPath::A, 100, 400, 3});
    m.pdus.push_back(Pdu{4, 2, 1, QStringLiteral("RPP-W-B"), FeedPath::B, 100, 400, 3});
    for (int i = 0; i < 8; ++i) {
        Rack rack;
        rack.id = 101 + i;
        rack.rowId = 2;
        rack.name = QStringLiteral("W1-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        rack.offsetMm = 600.0 * i;
        rack.designKw = 8;
        rack.maxWeightKg = 1000;
        rack.feedAPduId = 3;
        rack.feedBPduId = 4;
        m.racks.push_back(rack);
    }
    m.crahs.push_back(CrahGroup{2, 2, QStringLiteral("CRAH West"), 50, 2, Redundancy::NPlus1});
    m.chillers[0].count = 3;

    Scenario base;
    base.id = 1;
    base.name = QStringLiteral("Base");
    base.start = QDate(2026, 1, 1);
    base.horizonMonths = 120;
    base.tenantGrowth = {TenantGrowth{1, 1, 30}};
    m.scenarios = {base};
    return m;
}

// 2 racks × 5 kW, A/B, 36 months from January 2027: fits East today, not East's cooling in 2027.
inline QuoteRequirement twoRacksAtFive()
{
    QuoteRequirement r;
    r.racks = 2;
    r.kwPerRack = 5;
    r.abFeeds = true;
    r.start = QDate(2027, 1, 1);
    r.termMonths = 36;
    return r;
}

} // namespace hectare::test
