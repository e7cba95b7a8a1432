#pragma once

#include "model/ids.h"

class QWidget;

namespace hectare::ui {

class DocumentSession;

// File → Import Hall Plan from DXF…: asks for a file, lets the user choose layers and units
// (DxfImportDialog), and applies the import as one undoable layout change. Errors (an unreadable
// file, a plan core refuses, naming the racks left outside) are shown in a message box on `parent`.
void importHallPlanFromDxf(QWidget *parent, DocumentSession &session, Id hallId);

// File → Export Hall Plan to DXF…: asks for a file name and writes the hall as DXF R2000 in mm.
void exportHallPlanToDxf(QWidget *parent, const DocumentSession &session, Id hallId);

} // namespace hectare::ui
