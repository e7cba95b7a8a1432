#pragma once

#include "model/error.h"
#include "model/site_model.h"

#include <QCoreApplication>

namespace hectare {

// Writes one hall's plan as a DXF R2000 drawing for CAD programs: millimetres ($INSUNITS 4) in
// the hall's own coordinates (metres × 1000), one layer per kind of thing (see dxf_layers.h):
// the outline, obstacles by kind, row front faces, rack footprints, cages, names on LABELS
// (cages with their area) and the plan's dimension lines as aligned DIMENSION entities, red
// where a clearance rule is not met. The file is written beside `path` and renamed into place,
// so a failure leaves no half file; the error names the path.
Status exportHallDxf(const SiteModel &model, Id hallId, const QString &path);

// The translation context of the DXF messages.
struct DxfText
{
    Q_DECLARE_TR_FUNCTIONS(hectare::Dxf)
};

} // namespace hectare
