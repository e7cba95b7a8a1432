#include "dxf_export.h"

#include "dxf_dimension.h"
#include "dxf_layers.h"
#include "dxf_shapes.h"
#include "dxf_skeleton.h"
#include "dxf_text.h"

#include "layout/clearance.h"
#include "model/geometry.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <dxflib/dl_dxf.h>
#include <dxflib/dl_writer_ascii.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>
#include <numbers>

namespace hectare {
namespace {

constexpr double kMmPerM = 1000;
constexpr double kRowLabelHeightMm = 400;
constexpr double kRackLabelHeightMm = 100;
constexpr double kCageLabelHeightMm = 250;
constexpr double kMarginMm = 1000;   // around the outline, for the extents

PointM toMm(const PointM &p) { return {p.x * kMmPerM, p.y * kMmPerM}; }

double radians(double degrees) { return degrees * std::numbers::pi / 180; }

// Labels along a row read from the left or from below, never upside down.
double uprightRadians(double degrees)
{
    double a = std::remainder(degrees, 360.0);
    if (a > 90.0001 || a <= -90)
        a += a > 0 ? -180 : 180;
    return radians(a);
}

std::vector<PointM> obstacleCornersM(const Obstacle &o)
{
    const double c = std::cos(radians(o.rotationDeg));
    const double s = std::sin(radians(o.rotationDeg));
    std::vector<PointM> corners;
    for (const auto &[lx, ly] : {std::pair{-o.widthM / 2, -o.depthM / 2}, std::pair{o.widthM / 2, -o.depthM / 2},
                                 std::pair{o.widthM / 2, o.depthM / 2}, std::pair{-o.widthM / 2, o.depthM / 2}})
        corners.push_back({o.centre.x + lx * c - ly * s, o.centre.y + lx * s + ly * c});
    return corners;
}

QString metres(double m, int decimals) { return DxfText::tr("%1 m").arg(QLocale().toString(m, 'f', decimals)); }

class PlanWriter
{
public:
    PlanWriter(DL_Dxf &dxf, DL_WriterA &dw) : m_dxf(dxf), m_dw(dw) {}

    void closedPolyline(const std::vector<PointM> &pointsM, const char *layer)
    {
        m_dxf.writePolyline(m_dw, DL_PolylineData(int(pointsM.size()), 0, 0, 1), byLayer(layer));
        for (const PointM &p : pointsM)
            m_dxf.writeVertex(m_dw, DL_VertexData(p.x * kMmPerM, p.y * kMmPerM));
        m_dxf.writePolylineEnd(m_dw);
    }

    void line(const PointM &fromM, const PointM &toM, const char *layer)
    {
        m_dxf.writeLine(m_dw, DL_LineData(fromM.x * kMmPerM, fromM.y * kMmPerM, 0, toM.x * kMmPerM, toM.y * kMmPerM, 0),
                        byLayer(layer));
    }

    // A label centred on `atM` (middle-centre justified, so the alignment point is the centre).
    void label(const QString &text, const PointM &atM, double heightMm, double angleRad = 0)
    {
        if (text.isEmpty())
            return;
        const PointM at = toMm(atM);
        m_dxf.writeText(m_dw,
                        DL_TextData(at.x, at.y, 0, at.x, at.y, 0, heightMm, 1.0, 0, 1, 2, toDxfText(text),
                                    kDxfTextStyle, angleRad),
                        byLayer(dxf_layer::kLabels));
    }

private:
    static DL_Attributes byLayer(const char *layer) { return DL_Attributes(layer, 256, -1, -1, "BYLAYER"); }

    DL_Dxf &m_dxf;
    DL_WriterA &m_dw;
};

struct HallContent
{
    const Hall *hall = nullptr;
    std::vector<const Row *> rows;
    std::vector<const Obstacle *> obstacles;
    std::vector<const Cage *> cages;
    std::vector<DxfAlignedDimension> dimensions;
};

HallContent contentOf(const SiteModel &model, const Hall &hall)
{
    HallContent content;
    content.hall = &hall;
    for (const Row &row : model.rows)
        if (row.hallId == hall.id)
            content.rows.push_back(&row);
    for (const Obstacle &obstacle : model.obstacles)
        if (obstacle.hallId == hall.id)
            content.obstacles.push_back(&obstacle);
    for (const Cage &cage : model.cages)
        if (cage.hallId == hall.id)
            content.cages.push_back(&cage);
    for (const LayoutDimension &d : layoutDimensions(model, hall.id)) {
        if (!(d.lengthM > 0))
            continue;
        DxfAlignedDimension dimension;
        dimension.fromMm = toMm(d.from);
        dimension.toMm = toMm(d.to);
        dimension.text = d.violates ? DxfText::tr("%1 (min. %2)").arg(metres(d.lengthM, 2), metres(d.requiredM, 2))
                                    : metres(d.lengthM, 2);
        dimension.colour = d.violates ? 1 : 256;
        dimension.blockName = "*D" + std::to_string(content.dimensions.size() + 1);
        content.dimensions.push_back(dimension);
    }
    return content;
}

DxfExtentsMm extentsOf(const Hall &hall)
{
    DxfExtentsMm e{hall.outline.front().x, hall.outline.front().y, hall.outline.front().x, hall.outline.front().y};
    for (const PointM &p : hall.outline) {
        e.minX = std::min(e.minX, p.x);
        e.minY = std::min(e.minY, p.y);
        e.maxX = std::max(e.maxX, p.x);
        e.maxY = std::max(e.maxY, p.y);
    }
    return {e.minX * kMmPerM - kMarginMm, e.minY * kMmPerM - kMarginMm, e.maxX * kMmPerM + kMarginMm,
            e.maxY * kMmPerM + kMarginMm};
}

void writeRows(PlanWriter &out, const SiteModel &model, const HallContent &content)
{
    for (const Row *row : content.rows) {
        double startMm = 0, endMm = 0, depthMm = 0;
        bool any = false;
        for (const Rack &rack : model.racks) {
            if (rack.rowId != row->id)
                continue;
            startMm = any ? std::min(startMm, rack.offsetMm) : rack.offsetMm;
            endMm = any ? std::max(endMm, rack.offsetMm + rack.widthMm) : rack.offsetMm + rack.widthMm;
            depthMm = std::max(depthMm, rack.depthMm);
            any = true;
            const QuadM footprint = rackFootprint(*row, rack);
            out.closedPolyline({footprint.begin(), footprint.end()}, dxf_layer::kRacks);
            const PointM centre{(footprint[0].x + footprint[2].x) / 2, (footprint[0].y + footprint[2].y) / 2};
            out.label(rack.name, centre, kRackLabelHeightMm, uprightRadians(row->orientationDeg));
        }
        if (!any)
            continue;
        // The front face: the row's line from the first rack's start to the last rack's end.
        const double ux = std::cos(radians(row->orientationDeg));
        const double uy = std::sin(radians(row->orientationDeg));
        const auto along = [&](double mm, double leftMm) {
            return PointM{row->origin.x + (ux * mm - uy * leftMm) / kMmPerM, row->origin.y + (uy * mm + ux * leftMm) / kMmPerM};
        };
        out.line(along(startMm, 0), along(endMm, 0), dxf_layer::kRows);
        out.label(row->name, along(startMm - kRowLabelHeightMm * 1.5, depthMm / 2), kRowLabelHeightMm,
                  uprightRadians(row->orientationDeg));
    }
}

void writePlan(DL_Dxf &dxf, DL_WriterA &dw, const SiteModel &model, const HallContent &content)
{
    std::vector<std::string> blockNames;
    for (const DxfAlignedDimension &d : content.dimensions)
        blockNames.push_back(d.blockName);
    writeDxfHead(dxf, dw, planLayers(), blockNames, extentsOf(*content.hall));
    for (const DxfAlignedDimension &d : content.dimensions)
        writeDimensionBlock(dxf, dw, d);
    beginDxfEntities(dw);

    PlanWriter out(dxf, dw);
    out.closedPolyline(content.hall->outline, dxf_layer::kOutline);
    for (const Obstacle *obstacle : content.obstacles) {
        out.closedPolyline(obstacleCornersM(*obstacle), obstacleLayerName(obstacle->kind).c_str());
        out.label(obstacle->name, obstacle->centre, kDxfTextHeightMm);
    }
    writeRows(out, model, content);
    for (const Cage *cage : content.cages) {
        if (cage->outline.size() < 3)
            continue;
        out.closedPolyline(cage->outline, dxf_layer::kCages);
        out.label(DxfText::tr("%1 (%2 m²)").arg(cage->name, QLocale().toString(polygonAreaM2(cage->outline), 'f', 1)),
                  polygonCentroid(cage->outline), kCageLabelHeightMm);
    }
    for (const DxfAlignedDimension &d : content.dimensions)
        writeDimensionEntity(dw, d, dxf_layer::kDimensions);
    endDxfFile(dxf, dw);
}

Error fileError(const QString &path, const QString &reason)
{
    return Error{path, DxfText::tr("cannot be written: %1").arg(reason)};
}

} // namespace

Status exportHallDxf(const SiteModel &model, Id hallId, const QString &path)
{
    const Hall *hall = model.hall(hallId);
    if (!hall)
        return Error{DxfText::tr("Hall #%1").arg(hallId), DxfText::tr("not found in this site")};
    if (hall->outline.size() < 3)
        return Error{DxfText::tr("Hall \"%1\"").arg(hall->name), DxfText::tr("has no outline to draw")};
    const HallContent content = contentOf(model, *hall);

    // dxflib writes by file name: write beside the target, then rename over it in one step.
    const QString temporary = path + QStringLiteral(".tmp");
    QFile::remove(temporary);
    DL_Dxf dxf;
    std::unique_ptr<DL_WriterA> dw(dxf.out(QFile::encodeName(temporary).constData(), DL_Codes::AC1015));
    if (!dw || dw->openFailed()) {
        const int openErrno = errno;
        QFile::remove(temporary);
        return fileError(path, QString::fromLocal8Bit(std::strerror(openErrno)));
    }
    writePlan(dxf, *dw, model, content);
    dw->close();
    dw.reset();

    if (QFileInfo(temporary).size() <= 0) {
        QFile::remove(temporary);
        return fileError(path, DxfText::tr("nothing could be written (is the disk full?)"));
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary).toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), error);
    if (error) {
        QFile::remove(temporary);
        return fileError(path, QString::fromStdString(error.message()));
    }
    return {};
}

} // namespace hectare
