#include "plan_sheet_options.h"

#include <QCoreApplication>

#include <array>

namespace hectare::ui {
namespace {

struct LayerKey
{
    SheetLayer layer;
    const char *key;
};
constexpr std::array<LayerKey, 6> kLayerKeys{{{SheetLayer::Grid, "grid"},
                                              {SheetLayer::Labels, "labels"},
                                              {SheetLayer::Dimensions, "dimensions"},
                                              {SheetLayer::Tenants, "tenants"},
                                              {SheetLayer::Density, "density"},
                                              {SheetLayer::Clearances, "clearances"}}};

} // namespace

QSizeF paperSizeMm(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4: return {210, 297};
    case PaperSize::A3: return {297, 420};
    case PaperSize::A2: return {420, 594};
    case PaperSize::A1: return {594, 841};
    case PaperSize::A0: return {841, 1189};
    }
    return {210, 297};
}

QSizeF sheetSizeMm(const PlanSheetOptions &options)
{
    const QSizeF portrait = paperSizeMm(options.paper);
    return options.orientation == QPageLayout::Landscape ? portrait.transposed() : portrait;
}

QPageSize::PageSizeId pageSizeId(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4: return QPageSize::A4;
    case PaperSize::A3: return QPageSize::A3;
    case PaperSize::A2: return QPageSize::A2;
    case PaperSize::A1: return QPageSize::A1;
    case PaperSize::A0: return QPageSize::A0;
    }
    return QPageSize::A4;
}

QString paperName(PaperSize paper)
{
    return QStringLiteral("A%1").arg(4 - int(paper));
}

std::optional<PaperSize> paperFromName(const QString &name)
{
    for (const PaperSize paper : {PaperSize::A4, PaperSize::A3, PaperSize::A2, PaperSize::A1, PaperSize::A0})
        if (name.compare(paperName(paper), Qt::CaseInsensitive) == 0)
            return paper;
    return std::nullopt;
}

QString scaleText(int denominator)
{
    return QStringLiteral("1:%1").arg(denominator);
}

QStringList sheetLayerKeys()
{
    QStringList keys;
    for (const LayerKey &k : kLayerKeys)
        keys << QLatin1String(k.key);
    return keys;
}

QString sheetLayerKey(SheetLayer layer)
{
    for (const LayerKey &k : kLayerKeys)
        if (k.layer == layer)
            return QLatin1String(k.key);
    return {};
}

std::optional<SheetLayer> sheetLayerFromKey(const QString &key)
{
    for (const LayerKey &k : kLayerKeys)
        if (key.compare(QLatin1String(k.key), Qt::CaseInsensitive) == 0)
            return k.layer;
    return std::nullopt;
}

QString displayName(SheetLayer layer)
{
    switch (layer) {
    case SheetLayer::Grid: return QCoreApplication::translate("hectare::ui::PlanSheet", "Floor grid");
    case SheetLayer::Labels: return QCoreApplication::translate("hectare::ui::PlanSheet", "Rack labels");
    case SheetLayer::Dimensions: return QCoreApplication::translate("hectare::ui::PlanSheet", "Dimensions");
    case SheetLayer::Tenants: return QCoreApplication::translate("hectare::ui::PlanSheet", "Tenants");
    case SheetLayer::Density: return QCoreApplication::translate("hectare::ui::PlanSheet", "Power density");
    case SheetLayer::Clearances: return QCoreApplication::translate("hectare::ui::PlanSheet", "Service clearances");
    }
    return {};
}

PlanColourMode fillMode(SheetLayers layers)
{
    if (layers.testFlag(SheetLayer::Density))
        return PlanColourMode::Density;
    if (layers.testFlag(SheetLayer::Tenants))
        return PlanColourMode::Tenant;
    return PlanColourMode::State;
}

} // namespace hectare::ui
