#pragma once

#include "model/error.h"
#include "model/layout.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace hectare {

// Reading a hall's outline and obstacles out of an architect's DXF drawing. The user says which
// layers hold what (the outline, or obstacles of one kind); every entity on those layers that
// cannot be read is reported in `skipped`, never dropped silently. Coordinates are taken as they
// are (the drawing's origin is the hall's), scaled to metres.

// What a chosen layer holds: the hall's outline, or obstacles of one kind.
struct DxfLayerRole
{
    bool outline = false;
    ObstacleKind obstacleKind = ObstacleKind::Column;   // when not the outline

    static DxfLayerRole forOutline() { return {true, ObstacleKind::Column}; }
    static DxfLayerRole forObstacles(ObstacleKind kind) { return {false, kind}; }
    bool operator==(const DxfLayerRole &) const = default;
};

// "outline", or an obstacle kind's key: column, wall, door, crah, pdu, fire-cylinder.
std::optional<DxfLayerRole> dxfLayerRoleFromKey(const QString &key);
QString toKey(const DxfLayerRole &role);
QStringList dxfLayerRoleKeys();

struct DxfImportOptions
{
    std::map<QString, DxfLayerRole> layers;   // layer name (matched ignoring case, as CAD programs do) → role
    std::optional<double> metresPerUnit;      // 0.001 for millimetres, 1 for metres; unset: the file's $INSUNITS
};

// One layer of a file, for choosing roles: how much on it an import could read.
struct DxfLayerInfo
{
    QString name;
    int usable = 0;     // closed polylines, lines, circles, block references with geometry
    int labels = 0;     // TEXT and MTEXT (they can name the shapes they stand in)
    int unusable = 0;   // open polylines, arcs, splines, hatches, dimensions, …
    std::map<QString, int> entities;   // entity type → count
};

// Entities of one type on one chosen layer that were not imported, and why (translated).
struct DxfSkipped
{
    QString layer;
    QString entityType;   // as in the file: SPLINE, ARC, LWPOLYLINE …
    int count = 0;
    QString reason;
};

struct DxfHallImport
{
    double metresPerUnit = 1;
    bool unitsFromFile = false;          // from $INSUNITS rather than from the options
    std::vector<PointM> outline;         // empty when no outline layer was chosen
    QString outlineLayer;
    std::vector<Obstacle> obstacles;     // named, in hall metres; ids and hall are set by dxfImportChange
    std::vector<QString> obstacleLayers; // the layer of each obstacle
    std::vector<ObstacleKind> replacedKinds;   // every kind a layer was chosen for
    int wallsFromLines = 0;              // walls read from single LINEs, given kDxfWallThicknessM
    std::vector<DxfSkipped> skipped;
};

inline constexpr double kDxfWallThicknessM = 0.2;

// The layers of a file (its layer table and any layer that only entities name), in file order.
Result<std::vector<DxfLayerInfo>> readDxfLayers(const QString &path);

// Reads the chosen layers:
//  - outline: the largest closed polyline (LWPOLYLINE or POLYLINE, flagged closed or with its ends
//    within 1 mm; arcs become chords) or closed chain of LINEs (ends within 1 mm);
//  - obstacles: each closed polyline becomes its smallest enclosing rectangle (along its longest
//    edge), each CIRCLE a square of its diameter, each INSERT the rectangle around its block's
//    geometry, and on a wall layer each LINE a wall kDxfWallThicknessM thick. An obstacle takes its
//    name from a TEXT or MTEXT (on any layer) that stands inside it, else "Column 1", "CRAH 2" …
//    numbered by kind from the bottom left. CRAH/CRAC units and PDUs face into the outline.
// Errors name the file: unreadable, a chosen layer it does not have, unknown units, no outline.
Result<DxfHallImport> readHallDxf(const QString &path, const DxfImportOptions &options);

} // namespace hectare
