#pragma once

#include "dxf_layers.h"

#include <string>
#include <vector>

class DL_Dxf;
class DL_WriterA;

namespace hectare {

// What CAD programs need around the entities of a DXF R2000 file, written with dxflib: AutoCAD
// refuses a file whose tables or blocks are incomplete, however good its entities are.
//
//   writeDxfHead(…)      HEADER ($INSUNITS 4 = millimetres, $MEASUREMENT 1 = metric, extents),
//                        TABLES (viewport, linetypes, layers, text style, view, UCS, application
//                        ids, dimension style, block records) and the BLOCKS section up to the
//                        caller's own blocks (after *Model_Space and *Paper_Space)
//   … the caller writes the blocks named in `blockNames` …
//   beginDxfEntities(…)  ends BLOCKS, opens ENTITIES
//   … the caller writes its entities …
//   endDxfFile(…)        ends ENTITIES, writes OBJECTS and the end of file
struct DxfExtentsMm
{
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
};

// Sizes that the dimension style and the texts share, in millimetres on the floor.
inline constexpr double kDxfTextHeightMm = 150;
inline constexpr const char *kDxfTextStyle = "Standard";

void writeDxfHead(DL_Dxf &dxf, DL_WriterA &dw, const std::vector<DxfLayerStyle> &layers,
                  const std::vector<std::string> &blockNames, const DxfExtentsMm &extents);
void beginDxfEntities(DL_WriterA &dw);
void endDxfFile(DL_Dxf &dxf, DL_WriterA &dw);

} // namespace hectare
