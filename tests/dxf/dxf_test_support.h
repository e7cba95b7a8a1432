#pragma once

// Helpers for the DXF tests: an independent look at what a file holds (a bare dxflib reader for
// one layer's polylines, and ezdxf, the Python library CAD users rely on), and the sample site
// with a few obstacles and a cage in each hall so that every layer has something on it.
#include "io/sample_site.h"
#include "model/site_model.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

#include <dxflib/dl_creationadapter.h>
#include <dxflib/dl_dxf.h>

#include <algorithm>
#include <vector>

namespace hectare::test {

// Every closed polyline on one layer, in drawing units, read with dxflib alone.
class ClosedPolylines : public DL_CreationAdapter
{
public:
    explicit ClosedPolylines(std::string layer) : m_layer(std::move(layer)) {}
    std::vector<std::vector<PointM>> polylines;

    void addPolyline(const DL_PolylineData &data) override
    {
        m_taking = attributes.getLayer() == m_layer && (data.flags & 1);
        if (m_taking)
            polylines.emplace_back();
    }
    void addVertex(const DL_VertexData &data) override
    {
        if (m_taking)
            polylines.back().push_back({data.x, data.y});
    }

private:
    std::string m_layer;
    bool m_taking = false;
};

inline std::vector<std::vector<PointM>> closedPolylinesOn(const QString &path, const std::string &layer)
{
    ClosedPolylines reader(layer);
    DL_Dxf dxf;
    dxf.in(path.toStdString(), &reader);
    return reader.polylines;
}

// Opens the file with ezdxf's recovering reader and reports, as JSON: $INSUNITS, the layer
// names, entity counts per layer and type, and each DIMENSION's measurement.
inline const char *kEzdxfScript = R"(
import json, sys
import ezdxf
from ezdxf import recover
doc, auditor = recover.readfile(sys.argv[1])
counts = {}
measurements = []
for e in doc.modelspace():
    layer = counts.setdefault(e.dxf.layer, {})
    layer[e.dxftype()] = layer.get(e.dxftype(), 0) + 1
    if e.dxftype() == "DIMENSION":
        measurements.append(e.get_measurement())
print(json.dumps({"version": doc.dxfversion, "insunits": doc.header.get("$INSUNITS", 0),
                  "measurement": doc.header.get("$MEASUREMENT", 0),
                  "layers": [layer.dxf.name for layer in doc.layers], "counts": counts,
                  "dimensions": sorted(measurements), "errors": len(auditor.errors)}))
)";

inline bool ezdxfAvailable()
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import ezdxf")});
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

inline QJsonObject readWithEzdxf(const QString &path, QString *error)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(kEzdxfScript), path});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// The sample site (whose halls have CRAHs, columns, doors, PDUs, fire cylinders and cages) with,
// in each hall, a column named with a letter beyond ASCII and a PDU turned by 30°, and a cage
// in a hall that has none: shapes that are not all axis-aligned, names that need escaping.
inline SiteModel sampleWithLayout()
{
    SiteModel model = sampleSiteModel().value();
    Id nextObstacle = 1, nextCage = 1;
    for (const Obstacle &o : model.obstacles)
        nextObstacle = std::max(nextObstacle, o.id + 1);
    for (const Cage &c : model.cages)
        nextCage = std::max(nextCage, c.id + 1);
    for (const Hall &hall : model.halls) {
        const double x0 = hall.outline.front().x;
        const double y0 = hall.outline.front().y;
        model.obstacles.push_back({nextObstacle++, hall.id, ObstacleKind::Column, QStringLiteral("Poteau Ø1"),
                                   {x0 + 1.5, y0 + 5}, 0.5, 0.5, 0});
        model.obstacles.push_back({nextObstacle++, hall.id, ObstacleKind::Pdu, QStringLiteral("RPP Nord-Est"),
                                   {x0 + 1.5, y0 + 2}, 0.8, 0.6, 30});
        const bool hasCage = std::any_of(model.cages.begin(), model.cages.end(),
                                         [&](const Cage &c) { return c.hallId == hall.id; });
        if (!hasCage)
            model.cages.push_back({nextCage++, hall.id, kNoId, QStringLiteral("Cage %1").arg(hall.name),
                                   {{x0 + 3, y0 + 3}, {x0 + 6, y0 + 3}, {x0 + 6, y0 + 5}, {x0 + 3, y0 + 5}}});
    }
    return model;
}

} // namespace hectare::test
