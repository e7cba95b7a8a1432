#pragma once

#include "model/ids.h"
#include "model/site_model.h"
#include "reliability/compiled_site.h"

#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

namespace hectare::ui {

// The one-line diagram of a compiled site, laid out automatically: pure geometry and text, in
// layout units (pixels at 100 %), painted by TopologyPainter and hit-tested by TopologyView.
//
//   columns, left to right: the source (utility, generators) → the upstream groups of each side
//   (transformers, ATS, switchboards) → the UPS halves → each hall's PDUs per side → each hall's
//   loads; side A on top, side B below, what both sides share in between; a cooling lane
//   beneath: chillers → pumps → each hall's CRAH → the hall.
//
// Boxes never overlap; edges are orthogonal polylines from the right of one box to the left of
// the next. The same site always gives the same layout.
enum class TopologyLane { SideA, Shared, SideB, Cooling };

// One unit drawn as a small square inside its box (in a box of PDUs, one square per PDU).
struct TopologySlot
{
    int unit = -1;   // into Network::units
    QRectF rect;
};

// One load (a pair of PDUs) inside its hall's box.
struct TopologyLoadRow
{
    int load = -1;   // into Network::loads
    QRectF rect;
    QString text;      // "RPP-C-A1 + RPP-C-B1"
    QString figures;   // "12 racks · 96.0 kW"
};

struct TopologyBox
{
    enum class Role {
        Utility,       // the grid
        Group,         // one network group (a 2N half is a group of its own)
        Pdus,          // a hall's PDUs on one side, one group each
        HallLoad,      // a hall's racks, by load
        HallCooling,   // a hall at the end of its cooling chain
    };

    Role role = Role::Group;
    TopologyLane lane = TopologyLane::Shared;
    int column = 0;
    std::vector<int> groups;   // network groups drawn in it
    Id hallId = kNoId;         // Pdus, HallLoad, HallCooling
    int cooling = -1;          // HallCooling: into Network::coolings
    QString title;             // "UPS A/B (A)"
    QString detail;            // "4 × 250 kW · load 412 kW"
    QRectF rect;
    std::vector<TopologySlot> slots;
    std::vector<TopologyLoadRow> loadRows;
};

struct TopologyEdge
{
    int from = -1;   // into TopologyLayout::boxes
    int to = -1;
    bool cooling = false;
    QPolygonF points;
};

struct TopologyLaneBand
{
    TopologyLane lane = TopologyLane::Shared;
    QString title;   // "Power, side A"
    QRectF rect;
};

struct TopologyLayout
{
    std::vector<TopologyBox> boxes;
    std::vector<TopologyEdge> edges;
    std::vector<TopologyLaneBand> lanes;
    QRectF bounds;

    // The box drawing the network group; -1 when none.
    int boxOfGroup(int group) const;
    // The box of a role for a hall (HallLoad, HallCooling); -1 when none.
    int boxOfHall(TopologyBox::Role role, Id hallId) const;
    // The box at a point, and the unit whose square is there; -1 when none.
    int boxAt(QPointF point) const;
    int unitAt(QPointF point) const;
    // The square of a unit; empty when it is not drawn.
    QRectF slotRect(int unit) const;
};

TopologyLayout layoutTopology(const reliability::CompiledSite &site, const SiteModel &model);

} // namespace hectare::ui
