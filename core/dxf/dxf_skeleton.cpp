#include "dxf_skeleton.h"

#include <dxflib/dl_dxf.h>
#include <dxflib/dl_writer_ascii.h>

namespace hectare {
namespace {

void writeHeaderVariables(DL_WriterA &dw, const DxfExtentsMm &extents)
{
    dw.dxfString(9, "$DWGCODEPAGE");
    dw.dxfString(3, "ANSI_1252");
    dw.dxfString(9, "$INSUNITS");
    dw.dxfInt(70, 4);   // millimetres
    dw.dxfString(9, "$MEASUREMENT");
    dw.dxfInt(70, 1);   // metric
    dw.dxfString(9, "$LUNITS");
    dw.dxfInt(70, 2);   // decimal
    dw.dxfString(9, "$EXTMIN");
    dw.coord(10, extents.minX, extents.minY);
    dw.dxfString(9, "$EXTMAX");
    dw.coord(10, extents.maxX, extents.maxY);
    dw.dxfString(9, "$LIMMIN");
    dw.dxfReal(10, extents.minX);
    dw.dxfReal(20, extents.minY);
    dw.dxfString(9, "$LIMMAX");
    dw.dxfReal(10, extents.maxX);
    dw.dxfReal(20, extents.maxY);
}

} // namespace

void writeDxfHead(DL_Dxf &dxf, DL_WriterA &dw, const std::vector<DxfLayerStyle> &layers,
                  const std::vector<std::string> &blockNames, const DxfExtentsMm &extents)
{
    dxf.writeHeader(dw);
    writeHeaderVariables(dw, extents);
    dw.sectionEnd();

    dw.sectionTables();
    dxf.writeVPort(dw);
    dw.tableLinetypes(3);
    dxf.writeLinetype(dw, DL_LinetypeData("BYBLOCK", "", 0, 0, 0.0));
    dxf.writeLinetype(dw, DL_LinetypeData("BYLAYER", "", 0, 0, 0.0));
    dxf.writeLinetype(dw, DL_LinetypeData("CONTINUOUS", "Solid line", 0, 0, 0.0));
    dw.tableEnd();
    dw.tableLayers(int(layers.size()));
    for (const DxfLayerStyle &layer : layers)
        dxf.writeLayer(dw, DL_LayerData(layer.name, 0), DL_Attributes("", layer.colour, -1, -1, "CONTINUOUS"));
    dw.tableEnd();
    dw.tableStyle(1);
    dxf.writeStyle(dw, DL_StyleData(kDxfTextStyle, 0, 0.0, 1.0, 0.0, 0, kDxfTextHeightMm, "txt", ""));
    dw.tableEnd();
    dxf.writeView(dw);
    dxf.writeUcs(dw);
    dw.tableAppid(1);
    dxf.writeAppid(dw, "ACAD");
    dw.tableEnd();
    // Arrow size, extension beyond the dimension line, offset from the object, gap around the
    // text, text height: what a CAD program uses if it redraws our dimensions.
    dxf.writeDimStyle(dw, 100, 50, 0, 50, kDxfTextHeightMm);
    dxf.writeBlockRecord(dw);
    for (const std::string &name : blockNames)
        dxf.writeBlockRecord(dw, name);
    dw.tableEnd();
    dw.sectionEnd();

    dw.sectionBlocks();
    for (const char *space : {"*Model_Space", "*Paper_Space", "*Paper_Space0"}) {
        dxf.writeBlock(dw, DL_BlockData(space, 0, 0.0, 0.0, 0.0));
        dxf.writeEndBlock(dw, space);
    }
}

void beginDxfEntities(DL_WriterA &dw)
{
    dw.sectionEnd();
    dw.sectionEntities();
}

void endDxfFile(DL_Dxf &dxf, DL_WriterA &dw)
{
    dw.sectionEnd();
    dxf.writeObjects(dw);
    dxf.writeObjectsEnd(dw);
    dw.dxfEOF();
}

} // namespace hectare
