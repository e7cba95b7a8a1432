// Translated text for the cause chains of scenario_cause.h.
#include "scenario_cause.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace hectare::reliability {

namespace {

// Up to two decimals, without trailing zeros: 20, 7.5, 24.33.
QString number(double v)
{
    return QString::number(std::round(v * 100) / 100, 'g', 12);
}

bool isGenerator(const Network &n, int unit)
{
    return n.generators >= 0 && std::ranges::count(n.groups[std::size_t(n.generators)].units, unit) > 0;
}

// Objects by their names when the network has them (a compiled site's: "UPS A/B unit 2"), by
// their ids otherwise (a network built by hand).
QString unitName(const Network &n, int u)
{
    if (!n.units[std::size_t(u)].name.isEmpty())
        return n.units[std::size_t(u)].name;
    const int id = n.units[std::size_t(u)].id;
    return isGenerator(n, u) ? QCoreApplication::translate("hectare::FailureScenario", "generator %1").arg(id)
                             : QCoreApplication::translate("hectare::FailureScenario", "unit %1").arg(id);
}

QString groupName(const Network &n, int g)
{
    if (!n.groups[std::size_t(g)].name.isEmpty())
        return n.groups[std::size_t(g)].name;
    return g == n.generators ? QCoreApplication::translate("hectare::FailureScenario", "generators")
                             : QCoreApplication::translate("hectare::FailureScenario", "group %1").arg(n.groups[std::size_t(g)].id);
}

QString pathName(const Network &n, int p)
{
    const Path &path = n.paths[std::size_t(p)];
    if (!path.name.isEmpty())
        return path.side == Side::A ? QCoreApplication::translate("hectare::FailureScenario", "%1 (A)").arg(path.name)
                                    : QCoreApplication::translate("hectare::FailureScenario", "%1 (B)").arg(path.name);
    return path.side == Side::A ? QCoreApplication::translate("hectare::FailureScenario", "path %1 (A)").arg(path.id)
                                : QCoreApplication::translate("hectare::FailureScenario", "path %1 (B)").arg(path.id);
}

QString coolingName(const Network &n, int c)
{
    if (!n.coolings[std::size_t(c)].name.isEmpty())
        return n.coolings[std::size_t(c)].name;
    return QCoreApplication::translate("hectare::FailureScenario", "cooling %1").arg(n.coolings[std::size_t(c)].id);
}

} // namespace

QString describe(const Network &n, const CauseStep &s)
{
    switch (s.kind) {
    case CauseKind::GridOutage:
        return QCoreApplication::translate("hectare::FailureScenario", "grid outage at %1 h").arg(number(s.atHours));
    case CauseKind::GeneratorsStarting:
        return QCoreApplication::translate("hectare::FailureScenario", "generators starting (%1 min)").arg(number(s.minutes));
    case CauseKind::FailedToStart:
        return QCoreApplication::translate("hectare::FailureScenario", "%1 failed to start").arg(unitName(n, s.index));
    case CauseKind::UnitFailed:
        return QCoreApplication::translate("hectare::FailureScenario", "%1 failed at %2 h").arg(unitName(n, s.index), number(s.atHours));
    case CauseKind::UnitInMaintenance:
        return QCoreApplication::translate("hectare::FailureScenario", "%1 in maintenance since %2 h").arg(unitName(n, s.index), number(s.atHours));
    case CauseKind::CapacityDerated:
        return QCoreApplication::translate("hectare::FailureScenario", "%1 derated to %2 % of rated capacity")
            .arg(groupName(n, s.index), number(s.factor * 100));
    case CauseKind::GroupShort:
        return QCoreApplication::translate("hectare::FailureScenario", "%1 below k (%2 of %3 needed)")
            .arg(groupName(n, s.index)).arg(s.unitsUp).arg(s.unitsRequired);
    case CauseKind::FuelExhausted:
        return QCoreApplication::translate("hectare::FailureScenario", "fuel exhausted at %1 h (tanks for %2 h)")
            .arg(number(s.atHours), number(s.hours));
    case CauseKind::SourceLost:
        return QCoreApplication::translate("hectare::FailureScenario", "source lost");
    case CauseKind::BatteryExhausted:
        return QCoreApplication::translate("hectare::FailureScenario", "battery of %1 exhausted after %2 min")
            .arg(pathName(n, s.index), number(s.minutes));
    case CauseKind::PathDown:
        return QCoreApplication::translate("hectare::FailureScenario", "%1 down").arg(pathName(n, s.index));
    case CauseKind::CoolingRestarting:
        return QCoreApplication::translate("hectare::FailureScenario", "power back at %1 h, %2 restarting (%3 min)")
            .arg(number(s.atHours), coolingName(n, s.index), number(s.minutes));
    case CauseKind::RideThroughExhausted:
        return QCoreApplication::translate("hectare::FailureScenario", "thermal ride-through of %1 exhausted after %2 min")
            .arg(coolingName(n, s.index), number(s.minutes));
    case CauseKind::CoolingLost:
        return QCoreApplication::translate("hectare::FailureScenario", "%1 lost").arg(coolingName(n, s.index));
    }
    return {};
}

QString describe(const Network &n, const CauseChain &chain)
{
    QStringList steps;
    for (const CauseStep &s : chain.steps)
        steps << describe(n, s);
    return steps.join(QStringLiteral(" → "));
}

} // namespace hectare::reliability
