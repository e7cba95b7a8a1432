#pragma once

#include "enums.h"
#include "ids.h"

#include <QDate>
#include <QString>

#include <vector>

namespace hectare {

struct PointM
{
    double x = 0;
    double y = 0;
    bool operator==(const PointM &) const = default;
};

// A data hall (room). The outline is a simple polygon in metres, in the building's frame.
struct Hall
{
    Id id = kNoId;
    Id buildingId = kNoId;
    QString name;
    std::vector<PointM> outline;
    double tileM = 0.6;
    double floorLoadKgPerM2 = 1200;
    double ceilingHeightM = 3.5;
    HallStatus status = HallStatus::Planned;
    QDate commissioned;   // invalid when not known yet
    // Thermal ride-through after a loss of cooling: the heat capacity of what the air warms besides
    // itself (racks, slab, chilled water in the coils), kJ/K; 0: the hall's air alone.
    double thermalMassKjPerK = 0;
    double inletLimitRiseK = 10;   // rise of the inlet temperature the IT tolerates (e.g. 22 → 32 °C)

    bool operator==(const Hall &) const = default;
};

// A row of rack positions. Positions run from the origin along the orientation
// (degrees, counter-clockwise from +x); depth extends to the row's left.
struct Row
{
    Id id = kNoId;
    Id hallId = kNoId;
    QString name;
    PointM origin;
    double orientationDeg = 0;
    AisleSide coldAisle = AisleSide::Front;
    Containment containment = Containment::None;

    bool operator==(const Row &) const = default;
};

// One rack position in a row, sold or not.
struct Rack
{
    Id id = kNoId;
    Id rowId = kNoId;
    QString name;
    double offsetMm = 0;   // from the row origin along the row to the position's first edge
    double widthMm = 600;
    double depthMm = 1200;
    int heightU = 42;
    double designKw = 0;
    double maxWeightKg = 0;
    RackState state = RackState::Free;
    Id tenantId = kNoId;
    Id feedAPduId = kNoId;
    Id feedBPduId = kNoId;

    bool operator==(const Rack &) const = default;
};

} // namespace hectare
