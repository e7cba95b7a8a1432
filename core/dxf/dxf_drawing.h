#pragma once

#include "model/error.h"
#include "model/hall.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace hectare {

// What a DXF file holds, as far as a plan import can use it: plain geometry in drawing units,
// model space only, in file order, read with dxflib. Entities that carry no usable geometry
// (arcs, splines, hatches, dimensions, anything dxflib does not know) are only counted, by layer
// and type, in `census`, so that an import can say what it left out.

struct DxfVertex
{
    double x = 0;
    double y = 0;
    double bulge = 0;   // tan(¼ of the arc's angle) from this vertex to the next; 0 for a straight segment
};

struct DxfPolyline
{
    QString layer;
    QString type;             // LWPOLYLINE or POLYLINE
    std::vector<DxfVertex> vertices;
    bool closedFlag = false;  // the file says closed (the last vertex may also simply repeat the first)
    bool mesh = false;        // a polygon or polyface mesh: not a 2D outline
};

struct DxfLine
{
    QString layer;
    PointM from;
    PointM to;
};

struct DxfCircle
{
    QString layer;
    PointM centre;
    double radius = 0;
};

struct DxfLabel
{
    QString layer;
    QString type;   // TEXT or MTEXT
    PointM at;      // where the text is anchored (its alignment point when justified)
    QString text;   // plain, formatting codes removed
};

struct DxfInsert
{
    QString layer;
    QString block;
    PointM at;
    double scaleX = 1;
    double scaleY = 1;
    double angleDeg = 0;
    int columns = 1;   // an array of inserts when columns × rows > 1
    int rows = 1;
};

// A block definition's own geometry (nested inserts are not followed), relative to its base point.
struct DxfBlock
{
    PointM base;
    std::vector<DxfPolyline> polylines;
    std::vector<DxfLine> lines;
    std::vector<DxfCircle> circles;
};

struct DxfDrawing
{
    std::optional<int> insUnits;   // $INSUNITS: 4 mm, 5 cm, 6 m, 0 unitless …
    QStringList layers;            // the layer table, in file order
    std::vector<DxfPolyline> polylines;
    std::vector<DxfLine> lines;
    std::vector<DxfCircle> circles;
    std::vector<DxfLabel> labels;
    std::vector<DxfInsert> inserts;
    std::map<QString, DxfBlock> blocks;
    std::map<std::pair<QString, QString>, int> census;   // (layer, entity type) → entities in model space
};

// Reads the file. Errors name the path: missing, unreadable, binary DXF, DWG, not DXF at all.
Result<DxfDrawing> readDxfDrawing(const QString &path);

} // namespace hectare
