#include "quantity_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace hectare::ui {

namespace {

bool hasDecimals(Resource r)
{
    return r == Resource::Power || r == Resource::Cooling || r == Resource::Generator;
}

} // namespace

QString localeNumber(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const double scale = std::pow(10.0, maxDecimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0;   // no "-0" for a tiny negative
    int decimals = maxDecimals;
    // Drop decimals that are all zero: "471" reads better than "471.0".
    while (decimals > 0) {
        const double shifted = rounded * std::pow(10.0, decimals - 1);
        if (std::abs(shifted - std::round(shifted)) > 1e-9)
            break;
        --decimals;
    }
    return QLocale().toString(rounded, 'f', decimals);
}

QString compactAmount(double value, Resource r)
{
    if (!hasDecimals(r))
        return localeNumber(value, 0);
    return localeNumber(value, std::abs(value) >= 100 ? 0 : 1);
}

QString preciseAmount(double value, Resource r)
{
    return localeNumber(value, hasDecimals(r) ? 1 : 0);
}

QString withUnit(const QString &number, Resource r)
{
    return QCoreApplication::translate("hectare::ui::QuantityText", "%1 %2", "number and unit")
        .arg(number, resourceUnitName(r));
}

QString percentText(double percent)
{
    return QCoreApplication::translate("hectare::ui::QuantityText", "%1%", "percentage")
        .arg(localeNumber(percent, 0));
}

} // namespace hectare::ui
