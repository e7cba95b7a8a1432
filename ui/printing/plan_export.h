#pragma once

#include "plan_sheet_options.h"

#include "model/error.h"
#include "model/site_model.h"

#include <QDate>
#include <QStringList>

#include <optional>

class QPrinter;

namespace hectare::ui {

// Putting a hall's plan sheets into files or onto a printer. Each function lays the sheets out
// (sheetLayoutFor) and paints every sheet with drawPlanSheet. Errors come back as values with
// translated messages: an unknown hall, a plan that would need too many sheets, a file that cannot
// be written.

enum class PlanFileFormat { Pdf, Svg, Png, Dxf };

// From the file name's extension (case-insensitive); none for anything else.
std::optional<PlanFileFormat> planFileFormat(const QString &path);

// The files that an SVG or PNG export of `sheetCount` sheets writes: `path` itself for one sheet,
// otherwise name-1.ext, name-2.ext, … beside it (one sheet per file: neither format has pages).
QStringList sheetFilePaths(const QString &path, int sheetCount);

// A PDF with one page per sheet, each page the paper size and orientation of the options.
Result<int> exportPlanPdf(const QString &path, const SiteModel &model, Id hallId, QDate asOf,
                          const PlanSheetOptions &options);
// SVG in millimetres: the viewBox is the sheet in mm and width/height say "mm". Returns the files written.
Result<QStringList> exportPlanSvg(const QString &path, const SiteModel &model, Id hallId, QDate asOf,
                                  const PlanSheetOptions &options);
// PNG at `dpi` dots per inch (recorded in the file). Returns the files written.
Result<QStringList> exportPlanPng(const QString &path, int dpi, const SiteModel &model, Id hallId, QDate asOf,
                                  const PlanSheetOptions &options);
// Any of the above by `path`'s extension (PNG at `pngDpi`), or a DXF drawing of the whole hall
// (exportHallDxf, core/dxf: millimetres, one layer per kind of object; the sheet options do not apply).
Result<QStringList> exportPlanFile(const QString &path, const SiteModel &model, Id hallId, QDate asOf,
                                   const PlanSheetOptions &options, int pngDpi = 150);

// Prints every sheet on `printer` (e.g. from QPrintPreviewDialog::paintRequested), full page: the
// sheet's own margins stand in for the printer's. Set the printer's page layout first
// (applyPageLayout) so that the paper matches the options.
Status printPlan(QPrinter *printer, const SiteModel &model, Id hallId, QDate asOf, const PlanSheetOptions &options);
void applyPageLayout(QPrinter &printer, const PlanSheetOptions &options);

} // namespace hectare::ui
