#pragma once

#include "model/hall.h"

#include <QString>

#include <string>

class DL_Dxf;
class DL_WriterA;

namespace hectare {

// An aligned DIMENSION entity measuring fromMm → toMm, with its dimension line drawn on the
// measured segment. dxflib writes DIMENSION entities without the block that holds their
// picture, and CAD programs (ezdxf among them) drop such dimensions; so we write both by hand:
// the block `*Dn` (the line, architectural ticks at both ends and the text) in the BLOCKS
// section, and the entity that names it in the ENTITIES section.
struct DxfAlignedDimension
{
    PointM fromMm;
    PointM toMm;
    QString text;           // the length as the plan shows it, e.g. "1.20 m"
    int colour = 256;       // 256: by layer; 1 (red) for a distance below its rule
    std::string blockName;  // "*D1", "*D2", … unique in the file
};

void writeDimensionBlock(DL_Dxf &dxf, DL_WriterA &dw, const DxfAlignedDimension &dimension);
void writeDimensionEntity(DL_WriterA &dw, const DxfAlignedDimension &dimension, const std::string &layer);

} // namespace hectare
