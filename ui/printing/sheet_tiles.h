#pragma once

#include "sheet_ink.h"
#include "sheet_layout.h"
#include "sheet_plan_painter.h"

class QPainter;

namespace hectare::ui {

// On a tile: where each neighbour overlaps (a dashed glue line), registration crosses at the same
// plan points as on the neighbour (lay one sheet over the other until they coincide), and the
// neighbours' sheet numbers in the gutter beside each edge.
void paintAssemblyMarks(QPainter &painter, const SheetLayout &layout, int sheetIndex, const SheetInk &ink);

// On the key sheet: every tile's rectangle over the hall, numbered with its sheet.
void paintKeyTiles(QPainter &painter, const SheetLayout &layout, const PlanWindow &keyWindow, const SheetInk &ink);

} // namespace hectare::ui
