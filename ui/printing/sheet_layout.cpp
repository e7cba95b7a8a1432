#include "sheet_layout.h"

#include "hall_plan_geometry.h"
#include "sheet_ink.h"

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr double kBandHeightMm = 40;       // legend, scale bar and title block
constexpr double kGutterMm = 6;            // frame to plan area: room for the assembly arrows
constexpr double kTitleBlockMaxMm = 180;   // ISO 7200's width
constexpr double kKeyPaddingMm = 4;
constexpr double kEpsilonMm = 1e-6;

// Tiles needed to cover `lengthMm` with tiles of `tileMm` that overlap by `overlapMm`.
int tileCount(double lengthMm, double tileMm, double overlapMm)
{
    if (lengthMm <= tileMm + kEpsilonMm)
        return 1;
    return 1 + int(std::ceil((lengthMm - tileMm) / (tileMm - overlapMm) - 1e-9));
}

} // namespace

SheetKind SheetLayout::kind(int sheetIndex) const
{
    return hasKeySheet() && sheetIndex == 0 ? SheetKind::Key : SheetKind::Plan;
}

const SheetTile *SheetLayout::tile(int sheetIndex) const
{
    const int index = sheetIndex - (hasKeySheet() ? 1 : 0);
    return index >= 0 && index < int(tiles.size()) ? &tiles[std::size_t(index)] : nullptr;
}

int SheetLayout::sheetOfTile(int column, int row) const
{
    if (column < 0 || row < 0 || column >= columns || row >= rows)
        return -1;
    return row * columns + column + (hasKeySheet() ? 1 : 0);
}

const std::vector<int> &standardScaleDenominators()
{
    static const std::vector<int> kScales{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};
    return kScales;
}

int fitScaleDenominator(const QRectF &contentMm, const QSizeF &areaMm, double paddingMm)
{
    const double width = areaMm.width() - 2 * paddingMm;
    const double height = areaMm.height() - 2 * paddingMm;
    for (const int n : standardScaleDenominators())
        if (width > 0 && height > 0 && contentMm.width() / n <= width + kEpsilonMm
            && contentMm.height() / n <= height + kEpsilonMm)
            return n;
    return standardScaleDenominators().back();
}

SheetLayout computeSheetLayout(const QRectF &contentMm, const PlanSheetOptions &options)
{
    SheetLayout layout;
    layout.pageMm = sheetSizeMm(options);
    const double margin = std::clamp(options.marginMm, 0.0, layout.pageMm.width() / 4);
    layout.frameMm = QRectF(QPointF(0, 0), layout.pageMm).adjusted(margin, margin, -margin, -margin);
    const QRectF &frame = layout.frameMm;

    layout.bandMm = QRectF(frame.left(), frame.bottom() - kBandHeightMm, frame.width(), kBandHeightMm);
    // On narrow sheets (A4 portrait) the title block takes half the width, the scale and the legend
    // a quarter each.
    const double titleWidth = std::min(kTitleBlockMaxMm, frame.width() * 0.5);
    layout.titleBlockMm = QRectF(frame.right() - titleWidth, layout.bandMm.top(), titleWidth, kBandHeightMm);
    const double rest = frame.width() - titleWidth;
    const double scaleWidth = std::clamp(rest * 0.5, 45.0, 90.0);
    layout.scaleAreaMm = QRectF(layout.titleBlockMm.left() - scaleWidth, layout.bandMm.top(), scaleWidth, kBandHeightMm);
    layout.legendMm = QRectF(frame.left(), layout.bandMm.top(), std::max(0.0, rest - scaleWidth), kBandHeightMm);
    layout.planAreaMm = QRectF(frame.left() + kGutterMm, frame.top() + kGutterMm, frame.width() - 2 * kGutterMm,
                               layout.bandMm.top() - frame.top() - 2 * kGutterMm);
    const QSizeF area = layout.planAreaMm.size();

    layout.fitted = options.fit();
    const int n = layout.fitted ? fitScaleDenominator(contentMm, area) : options.scaleDenominator;
    layout.scaleDenominator = n;
    const double pad = kPlanPaddingMm * n;
    layout.contentMm = contentMm.adjusted(-pad, -pad, pad, pad);

    const QSizeF tileMm = area * n;
    const double overlapPaperMm = std::clamp(options.overlapMm, 0.0, std::min(area.width(), area.height()) / 2);
    layout.overlapPlanMm = overlapPaperMm * n;
    layout.columns = tileCount(layout.contentMm.width(), tileMm.width(), layout.overlapPlanMm);
    layout.rows = tileCount(layout.contentMm.height(), tileMm.height(), layout.overlapPlanMm);

    if (layout.columns == 1 && layout.rows == 1) {
        // One sheet: the hall in the middle of the plan area.
        QRectF window(QPointF(), tileMm);
        window.moveCenter(layout.contentMm.center());
        layout.tiles.push_back(SheetTile{window, 0, 0});
        return layout;
    }

    // Tiled from the content's top left corner, so that the first sheets hold whole rows and what
    // paper is left over is on the last column and row. A direction that needs one tile keeps the
    // content centred along it.
    const double stepX = tileMm.width() - layout.overlapPlanMm;
    const double stepY = tileMm.height() - layout.overlapPlanMm;
    const double left = layout.columns == 1 ? layout.contentMm.center().x() - tileMm.width() / 2
                                            : layout.contentMm.left();
    const double top = layout.rows == 1 ? layout.contentMm.center().y() - tileMm.height() / 2 : layout.contentMm.top();
    layout.tiles.reserve(std::size_t(layout.columns) * std::size_t(layout.rows));
    for (int r = 0; r < layout.rows; ++r)
        for (int c = 0; c < layout.columns; ++c)
            layout.tiles.push_back(SheetTile{QRectF(QPointF(left + c * stepX, top + r * stepY), tileMm), c, r});

    // The key sheet shows every tile whole.
    QRectF mosaic = layout.tiles.front().planRectMm.united(layout.tiles.back().planRectMm);
    layout.keyScaleDenominator = fitScaleDenominator(mosaic, area, kKeyPaddingMm);
    layout.keyPlanRectMm = QRectF(QPointF(), area * layout.keyScaleDenominator);
    layout.keyPlanRectMm.moveCenter(mosaic.center());
    return layout;
}

Result<SheetLayout> sheetLayoutFor(const SiteModel &model, Id hallId, const PlanSheetOptions &options)
{
    const HallPlanGeometry geometry = hallPlanGeometry(model, hallId);
    if (!geometry.hall)
        return Error{PlanSheetText::tr("Hall #%1").arg(hallId), PlanSheetText::tr("not found in this document")};
    const QString hallName = PlanSheetText::tr("Hall \"%1\"").arg(geometry.hall->name);
    if (geometry.boundsMm.width() <= 0 || geometry.boundsMm.height() <= 0)
        return Error{hallName, PlanSheetText::tr("has no outline or racks to draw")};
    SheetLayout layout = computeSheetLayout(geometry.boundsMm, options);
    if (layout.planAreaMm.width() <= 0 || layout.planAreaMm.height() <= 0)
        return Error{hallName, PlanSheetText::tr("the margins leave no room for the plan on %1").arg(paperName(options.paper))};
    if (layout.sheetCount() > kMaxSheets)
        return Error{hallName, PlanSheetText::tr("at %1 on %2 the plan would need %3 sheets (at most %4): choose a smaller scale, "
                                  "a larger paper or fit")
                                   .arg(scaleText(layout.scaleDenominator), paperName(options.paper))
                                   .arg(layout.sheetCount())
                                   .arg(kMaxSheets)};
    return layout;
}

} // namespace hectare::ui
