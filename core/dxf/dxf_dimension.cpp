#include "dxf_dimension.h"

#include "dxf_skeleton.h"
#include "dxf_text.h"

#include <dxflib/dl_dxf.h>
#include <dxflib/dl_writer_ascii.h>

#include <cmath>
#include <numbers>

namespace hectare {
namespace {

constexpr double kTickMm = 75;   // half the length of a 45° tick

struct DimensionFrame
{
    double ux = 1;   // along the dimension, unit vector
    double uy = 0;
    double length = 0;
    PointM textAt;        // middle of the text, above the line
    double textAngleRad = 0;   // dxflib takes text angles in radians
};

// Text reads from the left or from below, as on paper: never upside down.
DimensionFrame frameOf(const DxfAlignedDimension &d)
{
    DimensionFrame f;
    const double dx = d.toMm.x - d.fromMm.x;
    const double dy = d.toMm.y - d.fromMm.y;
    f.length = std::hypot(dx, dy);
    if (f.length > 0) {
        f.ux = dx / f.length;
        f.uy = dy / f.length;
    }
    double angle = std::atan2(f.uy, f.ux) * 180 / std::numbers::pi;
    if (angle > 90.0001 || angle <= -90)
        angle += angle > 0 ? -180 : 180;
    const double a = angle * std::numbers::pi / 180;
    f.textAngleRad = a;
    const double offset = 50 + kDxfTextHeightMm / 2;   // the dimension style's gap, then half the text
    f.textAt = {(d.fromMm.x + d.toMm.x) / 2 - std::sin(a) * offset, (d.fromMm.y + d.toMm.y) / 2 + std::cos(a) * offset};
    return f;
}

} // namespace

void writeDimensionBlock(DL_Dxf &dxf, DL_WriterA &dw, const DxfAlignedDimension &d)
{
    const DimensionFrame f = frameOf(d);
    // Block entities on layer 0 and BYBLOCK take the layer and colour of the DIMENSION.
    const DL_Attributes byBlock("0", 0, -1, -1, "BYBLOCK");
    dxf.writeBlock(dw, DL_BlockData(d.blockName, 1, 0.0, 0.0, 0.0));
    dxf.writeLine(dw, DL_LineData(d.fromMm.x, d.fromMm.y, 0, d.toMm.x, d.toMm.y, 0), byBlock);
    // A tick at 45° to the line through each end.
    const double tx = (f.ux - f.uy) * kTickMm / std::numbers::sqrt2;
    const double ty = (f.uy + f.ux) * kTickMm / std::numbers::sqrt2;
    for (const PointM &end : {d.fromMm, d.toMm})
        dxf.writeLine(dw, DL_LineData(end.x - tx, end.y - ty, 0, end.x + tx, end.y + ty, 0), byBlock);
    dxf.writeText(dw,
                  DL_TextData(f.textAt.x, f.textAt.y, 0, f.textAt.x, f.textAt.y, 0, kDxfTextHeightMm, 1.0, 0, 1, 2,
                              toDxfText(d.text), kDxfTextStyle, f.textAngleRad),
                  byBlock);
    dxf.writeEndBlock(dw, d.blockName);
}

void writeDimensionEntity(DL_WriterA &dw, const DxfAlignedDimension &d, const std::string &layer)
{
    const DimensionFrame f = frameOf(d);
    dw.entity("DIMENSION");
    dw.subClass("AcDbEntity");
    dw.entityAttributes(DL_Attributes(layer, d.colour, -1, -1, "BYLAYER"));
    dw.subClass("AcDbDimension");
    dw.dxfString(2, d.blockName);
    dw.coord(10, d.toMm.x, d.toMm.y);   // definition point: on the dimension line, at the second end
    dw.coord(11, f.textAt.x, f.textAt.y);
    dw.dxfInt(70, 1 | 32);               // aligned; the block belongs to this dimension only
    dw.dxfString(1, toDxfText(d.text));
    dw.dxfString(3, kDxfTextStyle);
    dw.subClass("AcDbAlignedDimension");
    dw.coord(13, d.fromMm.x, d.fromMm.y);
    dw.coord(14, d.toMm.x, d.toMm.y);
    // The measured direction. AutoCAD derives it from 13 and 14 for an aligned dimension; some
    // readers (ezdxf) measure along this angle, which defaults to 0 (horizontal).
    dw.dxfReal(50, std::atan2(f.uy, f.ux) * 180 / std::numbers::pi);
}

} // namespace hectare
