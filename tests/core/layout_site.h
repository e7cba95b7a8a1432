#pragma once

// Builders for the layout tests (clearances, plan edits, the plan and its sheets): a row of racks
// and an obstacle, added to a site built in code.
#include "model/site_model.h"

namespace hectare::test {

// An obstacle of `widthM` along `rotationDeg`, `depthM` across it, centred on `centre`.
inline Obstacle makeObstacle(Id id, Id hallId, ObstacleKind kind, const QString &name, PointM centre, double widthM,
                             double depthM, double rotationDeg = 0)
{
    Obstacle o;
    o.id = id;
    o.hallId = hallId;
    o.kind = kind;
    o.name = name;
    o.centre = centre;
    o.widthM = widthM;
    o.depthM = depthM;
    o.rotationDeg = rotationDeg;
    return o;
}

// Adds to hall 1 a row of `count` 600 × 1200 mm racks of 5 kW and 1,000 kg named "<row>01"…,
// with the ids after the last row's and rack's. Returns the row's id.
inline Id addRackRow(SiteModel &m, const QString &name, PointM origin, double orientationDeg, int count = 10,
                     AisleSide coldAisle = AisleSide::Front)
{
    Row row;
    row.id = Id(m.rows.size()) + 1;
    row.hallId = 1;
    row.name = name;
    row.origin = origin;
    row.orientationDeg = orientationDeg;
    row.coldAisle = coldAisle;
    m.rows.push_back(row);
    for (int i = 0; i < count; ++i) {
        Rack rack;
        rack.id = Id(m.racks.size()) + 1;
        rack.rowId = row.id;
        rack.name = name + QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        rack.offsetMm = 600.0 * i;
        rack.designKw = 5;
        rack.maxWeightKg = 1000;
        m.racks.push_back(rack);
    }
    return row.id;
}

// Tenant 1's 2.8 × 1.6 m cage "Cage A" (4.48 m²) around row R1 of smallSite() (test_site.h), 0.2 m
// clear of its racks on every side.
inline Cage cageAroundSmallSiteRow()
{
    return Cage{1, 1, 1, QStringLiteral("Cage A"), {{0.8, 0.8}, {3.6, 0.8}, {3.6, 2.4}, {0.8, 2.4}}};
}

} // namespace hectare::test
