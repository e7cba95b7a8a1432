#pragma once

#include "plan/plan_colours.h"

#include <QDate>
#include <QFlags>
#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace hectare::ui {

// ISO 216 A sheets, the sizes a plan is printed or plotted on.
enum class PaperSize { A4, A3, A2, A1, A0 };

// What a printed plan shows besides the hall outline, the rows and the racks. The tenants and
// density layers choose the racks' fill (density over tenants when both are on; by state when
// neither is), as the colour mode does on screen.
enum class SheetLayer : unsigned {
    Grid = 0x01,         // floor tiles
    Labels = 0x02,       // rack names and a second line (design kW, or the tenant with the tenants layer)
    Dimensions = 0x04,   // overall hall dimensions, aisles, distances to walls, service room
    Tenants = 0x08,      // fill by tenant
    Density = 0x10,      // fill by expected draw / design kW
    Clearances = 0x20,   // the zones the site's clearance rules keep free, and what breaks them in red
};
Q_DECLARE_FLAGS(SheetLayers, SheetLayer)
Q_DECLARE_OPERATORS_FOR_FLAGS(SheetLayers)

inline constexpr SheetLayers kDefaultSheetLayers = SheetLayers(SheetLayer::Grid) | SheetLayer::Labels
                                                   | SheetLayer::Dimensions;

// The text of the title block that the document does not know. Site and hall come from the model,
// scale and sheet numbers from the layout.
struct TitleBlockFields
{
    QString company;
    QString drawingTitle;   // empty: "Floor plan" with what the fill shows
    QDate date;             // invalid: the plan's as-of date
    QString revision;
    QString author;
};

// Everything a user chooses about a printed plan.
struct PlanSheetOptions
{
    PaperSize paper = PaperSize::A3;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int scaleDenominator = 50;   // 1:N; 0 means fit the hall on one sheet (see SheetLayout)
    double marginMm = 10;        // blank paper around the frame, enough for any printer's hardware margin
    double overlapMm = 10;       // paper shared by neighbouring tiles, to glue them together
    SheetLayers layers = kDefaultSheetLayers;
    bool grayscale = false;
    TitleBlockFields title;

    bool fit() const { return scaleDenominator <= 0; }
};

// Portrait size of the paper in millimetres (A4: 210 × 297).
QSizeF paperSizeMm(PaperSize paper);
// The sheet as it lies: portrait or landscape.
QSizeF sheetSizeMm(const PlanSheetOptions &options);
QPageSize::PageSizeId pageSizeId(PaperSize paper);
QString paperName(PaperSize paper);                              // "A3"
std::optional<PaperSize> paperFromName(const QString &name);     // "a3" or "A3"

// "1:50"
QString scaleText(int denominator);

// Stable keys of the layers, for the command line: grid, labels, dimensions, tenants, density, clearances.
QStringList sheetLayerKeys();
QString sheetLayerKey(SheetLayer layer);
std::optional<SheetLayer> sheetLayerFromKey(const QString &key);
QString displayName(SheetLayer layer);   // translated, for the dialog

// The racks' fill that the layers ask for.
PlanColourMode fillMode(SheetLayers layers);

} // namespace hectare::ui
