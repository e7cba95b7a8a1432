#pragma once

#include "model/site_model.h"

#include <QString>

#include <vector>

namespace hectare {

// What a clearance or a dimension is about, so that the plan can select the culprits.
struct LayoutObjectRef
{
    enum class Kind { Hall, Row, Rack, Obstacle, Cage };
    Kind kind = Kind::Rack;
    Id id = kNoId;
    bool operator==(const LayoutObjectRef &) const = default;
};

enum class AisleKind { Cold, Hot, Mixed };   // Mixed: one row's front faces another row's back

// The free floor between two parallel rows facing each other over their common stretch.
struct Aisle
{
    Id rowA = kNoId;
    Id rowB = kNoId;
    AisleKind kind = AisleKind::Cold;
    double widthM = 0;
    PointM from;   // across the aisle, in the middle of the common stretch: from row A's face
    PointM to;     // to row B's face (length = widthM)
};

// One measured distance for the plan's dimension lines: aisles, racks to walls, service zones.
struct LayoutDimension
{
    enum class Kind { Aisle, Wall, Service };
    Kind kind = Kind::Aisle;
    PointM from;
    PointM to;
    double lengthM = 0;
    double requiredM = 0;   // the rule it is checked against
    bool violates = false;
};

enum class ClearanceRule { ColdAisle, HotAisle, MixedAisle, Service, Wall };

struct ClearanceViolation
{
    ClearanceRule rule = ClearanceRule::ColdAisle;
    Id hallId = kNoId;
    // What to select: the rows, the racks, the obstacles (the hall, when its outline cuts a service zone).
    std::vector<LayoutObjectRef> culprits;
    double measuredM = 0;
    double requiredM = 0;
    PointM from;                             // where it is measured, to draw in red
    PointM to;
    // Translated, naming the objects: `Hall "Colocation", rows "A" and "B": cold aisle 1.05 m, at least 1.20 m`.
    QString message;
};

// Aisles between the hall's rows (each row face paired with the nearest parallel row face
// across from it, within 6 m), each pair once with rowA < rowB, ordered by rowA then rowB.
std::vector<Aisle> measureAisles(const SiteModel &model, Id hallId);

// Every dimension line of the hall: one per aisle, the shortest distance from each row end
// and each row's back or front to the outline (or a Wall obstacle) when it is within 3 m, and
// each PDU/CRAH's free depth in front (up to 3 m). In that order; the same model gives the same lines.
std::vector<LayoutDimension> layoutDimensions(const SiteModel &model, Id hallId);

// The site's clearance rules (model.site.clearance) checked on one hall, or on every hall when
// hallId is kNoId. Sorted by hall, then rule, then position. Fast enough to run after each edit
// on a 1,000-rack hall. A distance is short of a rule only when it misses it by more than 1 mm
// (kGeometryToleranceM). How each rule is measured: docs/plan-clearances.md.
std::vector<ClearanceViolation> checkClearances(const SiteModel &model, Id hallId = kNoId);

QString displayName(ClearanceRule rule);

} // namespace hectare
