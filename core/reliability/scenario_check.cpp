#include "scenario_check.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace hectare::reliability {
namespace {

Error eventError(int i, const QString &message)
{
    return Error{QCoreApplication::translate("hectare::FailureScenario", "Event %1").arg(i + 1), message};
}

} // namespace

Status checkScenarioEvents(const Network &network, const FailureScenario &scenario)
{
    if (!(scenario.horizonHours > 0) || std::isinf(scenario.horizonHours))
        return Error{
            QCoreApplication::translate("hectare::FailureScenario", "Scenario \"%1\"").arg(scenario.name),
            QCoreApplication::translate("hectare::FailureScenario", "the horizon must be > 0 hours and finite")};
    for (const auto &[g, factor] : scenario.options.capacityScale)
        if (g < 0 || std::size_t(g) >= network.groups.size() || !(factor >= 0))
            return Error{
                QCoreApplication::translate("hectare::FailureScenario", "Scenario \"%1\"").arg(scenario.name),
                QCoreApplication::translate("hectare::FailureScenario",
                                            "a capacity scale names a group that does not exist or is negative")};
    const auto validUnit = [&](int u) { return u >= 0 && std::size_t(u) < network.units.size(); };
    for (std::size_t i = 0; i < scenario.events.size(); ++i) {
        const ScenarioEvent &e = scenario.events[i];
        if (!(e.atHours >= 0) || std::isinf(e.atHours))
            return eventError(
                int(i), QCoreApplication::translate("hectare::FailureScenario", "the time must be ≥ 0 and finite"));
        if (const auto *o = std::get_if<GridOutage>(&e.what); o && !(o->durationHours >= 0))
            return eventError(
                int(i), QCoreApplication::translate("hectare::FailureScenario", "the outage duration must be ≥ 0"));
        if (const auto *f = std::get_if<UnitFails>(&e.what); f && !validUnit(f->unit))
            return eventError(
                int(i), QCoreApplication::translate("hectare::FailureScenario", "the failing unit does not exist"));
        if (const auto *m = std::get_if<UnitInMaintenance>(&e.what)) {
            if (!validUnit(m->unit))
                return eventError(int(i), QCoreApplication::translate("hectare::FailureScenario",
                                                                      "the unit in maintenance does not exist"));
            if (!(m->fromHours >= 0) || !(m->untilHours >= m->fromHours))
                return eventError(int(i), QCoreApplication::translate("hectare::FailureScenario",
                                                                      "maintenance must end after it begins"));
        }
        if (const auto *s = std::get_if<GeneratorFailsToStart>(&e.what)) {
            const bool isGenerator = validUnit(s->unit) && network.generators >= 0
                && std::ranges::count(network.groups[std::size_t(network.generators)].units, s->unit) > 0;
            if (!isGenerator)
                return eventError(int(i), QCoreApplication::translate("hectare::FailureScenario",
                                                                      "the unit failing to start is not a generator"));
        }
    }
    return {};
}

} // namespace hectare::reliability
