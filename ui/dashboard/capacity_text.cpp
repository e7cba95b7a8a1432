#include "capacity_text.h"

#include "quantity_text.h"

#include <QStringList>

#include <cmath>

namespace hectare::ui {

namespace {

// Below this a stranded kW figure is rounding noise, not capacity anyone could sell.
constexpr double kNegligibleKw = 0.05;

} // namespace

QString CapacityText::stranded(const StrandedCapacity &s)
{
    QStringList parts;
    if (s.positions > 0)
        parts << tr("%Ln position(s)", "stranded", s.positions);
    if (s.powerKw > kNegligibleKw)
        parts << tr("%1 of power", "stranded").arg(withUnit(preciseAmount(s.powerKw, Resource::Power), Resource::Power));
    if (s.coolingKw > kNegligibleKw)
        parts << tr("%1 of cooling", "stranded")
                     .arg(withUnit(preciseAmount(s.coolingKw, Resource::Cooling), Resource::Cooling));
    if (parts.isEmpty())
        return tr("Nothing stranded.");
    return tr("Stranded: %1").arg(parts.join(tr(", ", "list separator")));
}

QString CapacityText::binding(Resource r, const RackEquivalents &freeRacks, bool siteWide)
{
    const double racks = freeRacks[size_t(resourceIndex(r))];
    const QString name = siteWide ? tr("%1 (site-wide)").arg(resourceDisplayName(r)) : resourceDisplayName(r);
    if (!std::isfinite(racks))
        return tr("Runs out first: %1").arg(name);
    return tr("Runs out first: %1, %2 racks left").arg(name, localeNumber(racks, 1));
}

QString CapacityText::pueAtCommitted(const CapacityReport &report)
{
    if (!std::isfinite(report.pueAtCommitted))
        return tr("PUE at committed load: none (nothing committed)");
    return tr("PUE at committed load: %1").arg(QLocale().toString(report.pueAtCommitted, 'f', 2));
}

QString CapacityText::generatorItKw(const CapacityReport &report)
{
    return tr("IT load the generators can carry: %1")
        .arg(withUnit(compactAmount(report.itKwSupportedByGenerators, Resource::Power), Resource::Power));
}

} // namespace hectare::ui
