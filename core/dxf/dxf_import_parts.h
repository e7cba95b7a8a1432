#pragma once

// Pieces of readHallDxf (dxf_import.cpp), one file each: reading the outline, reading the
// obstacles, keeping the list of what was skipped.

#include "dxf_drawing.h"
#include "dxf_import.h"
#include "dxf_shapes.h"

#include <QHash>

#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace hectare {

inline constexpr double kDxfJoinToleranceM = 0.001;   // ends closer than 1 mm meet

// Which chosen role a layer of the file has (layer names compared ignoring case).
class DxfLayerRoles
{
public:
    explicit DxfLayerRoles(const std::map<QString, DxfLayerRole> &layers);
    const DxfLayerRole *roleOf(const QString &layer) const;
    bool isOutline(const QString &layer) const;
    std::optional<ObstacleKind> obstacleKindOf(const QString &layer) const;

private:
    QHash<QString, DxfLayerRole> m_roles;   // key: lower-case layer name
};

// What was looked at on the chosen layers and what of it was left out.
class DxfSkipLog
{
public:
    void looked(const QString &layer, const QString &type, int count = 1);
    void skip(const QString &layer, const QString &type, const QString &reason, int count = 1);
    // Everything the census counts on a chosen layer that nobody looked at (types dxflib does
    // not read, or that carry no usable geometry), then the whole list sorted by layer and type.
    std::vector<DxfSkipped> list(const DxfDrawing &drawing, const DxfLayerRoles &roles) const;

private:
    std::map<std::pair<QString, QString>, int> m_looked;
    std::map<std::tuple<QString, QString, QString>, int> m_skipped;
};

struct DxfOutline
{
    std::vector<PointM> points;
    QString layer;
};

// The largest closed shape on the outline layers; none when there is no closed shape.
std::optional<DxfOutline> readDxfOutline(const DxfDrawing &drawing, const DxfLayerRoles &roles, double metresPerUnit,
                                         DxfSkipLog &log);

// A shape read from an obstacle layer, before it is named.
struct DxfShape
{
    ObstacleKind kind = ObstacleKind::Column;
    QString layer;
    OrientedRectangle rectangle;
    std::vector<PointM> area;   // where a TEXT naming it may stand
    bool fromLine = false;
};

std::vector<DxfShape> readDxfShapes(const DxfDrawing &drawing, const DxfLayerRoles &roles, double metresPerUnit,
                                    DxfSkipLog &log);

} // namespace hectare
